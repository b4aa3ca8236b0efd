//! Unit tests of the reconciler on hand-built extractions.

use super::*;
use crate::model::{Actor, Count, EventRef};
use crate::span::Span;

use ClaimKind::*;

fn actor(id: &str, kind: ActorKind) -> Actor {
    Actor {
        id: id.into(),
        name: id.to_uppercase(),
        kind,
        country: None,
        mentions: vec![],
    }
}

/// A claim of `kind` by `claimant`, every other field empty.
fn c(kind: ClaimKind, claimant: Option<&str>) -> Claim {
    Claim {
        kind,
        claimant: claimant.map(str::to_string),
        source: None,
        subject: None,
        outcome: None,
        count: None,
        items: vec![],
        event: None,
        location: None,
        date: None,
        hedged: false,
        span: Span::from(0..1),
        rule: String::new(),
    }
}

/// A toll: `claimant` says `count` `subject` were `outcome`.
fn toll(claimant: Option<&str>, subject: &str, outcome: &str, count: Option<Count>) -> Claim {
    Claim {
        subject: Some(subject.into()),
        outcome: Some(outcome.into()),
        count,
        ..c(Casualties, claimant)
    }
}

fn at(claim: Claim, start: usize) -> Claim {
    Claim {
        span: Span::from(start..start + 10),
        ..claim
    }
}

fn ext(id: &str, claims: Vec<Claim>) -> Extraction {
    Extraction {
        id: id.into(),
        actors: vec![
            actor("mali_army", ActorKind::StateForce),
            actor("benin_government", ActorKind::Government),
            actor("jnim", ActorKind::ArmedGroup),
            actor("csp", ActorKind::ArmedGroup),
            actor("acled", ActorKind::Media),
        ],
        claims,
        ..Extraction::default()
    }
}

fn rec(versions: &[Extraction]) -> Reconciliation {
    Reconciler::new().reconcile(versions)
}

/// The reconciliation of one casualty claim per version, by the army, about
/// militants killed, with these counts (`None`: the version has no claim).
fn tolls(counts: &[Option<Option<Count>>]) -> Reconciliation {
    let versions: Vec<Extraction> = counts
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let claims = match n {
                Some(n) => vec![toll(Some("mali_army"), "militants", "killed", n.clone())],
                None => vec![],
            };
            ext(&format!("v{i}"), claims)
        })
        .collect();
    rec(&versions)
}

fn status_of(counts: &[Option<Count>]) -> Status {
    let r = tolls(&counts.iter().cloned().map(Some).collect::<Vec<_>>());
    assert_eq!(r.groups.len(), 1, "{r:#?}");
    r.groups[0].status
}

#[test]
fn count_statuses() {
    let n = |c: Count| Some(c);
    // Same value however worded.
    assert_eq!(
        status_of(&[
            n(Count::at_least(81, "over 80")),
            n(Count::at_least(81, "more than 80"))
        ]),
        Status::Agreed
    );
    // Compatible.
    for (a, b) in [
        (Count::exact(3, "three"), Count::at_least(2, "multiple")),
        (Count::at_least(30, "at least 30"), Count::exact(30, "30")),
        (
            Count::about(20, "about 20"),
            Count::at_least(21, "more than 20"),
        ),
        (Count::at_least(24, "dozens"), Count::exact(47, "47")),
    ] {
        assert_eq!(
            status_of(&[n(a.clone()), n(b.clone())]),
            Status::Compatible,
            "{a:?} {b:?}"
        );
    }
    // A missing figure beside a figure.
    assert_eq!(
        status_of(&[None, n(Count::exact(33, "33"))]),
        Status::Compatible
    );
    // Conflicting.
    for (a, b) in [(23, 30), (8, 54), (7, 9)] {
        assert_eq!(
            status_of(&[n(Count::exact(a, "a")), n(Count::exact(b, "b"))]),
            Status::Conflicting
        );
    }
    // Three versions: pairwise fine is jointly fine; one outlier conflicts.
    assert_eq!(
        status_of(&[
            n(Count::exact(3, "three")),
            n(Count::at_least(2, "multiple")),
            n(Count::at_most(5, "up to five"))
        ]),
        Status::Compatible
    );
    assert_eq!(
        status_of(&[
            n(Count::exact(3, "three")),
            n(Count::at_least(2, "multiple")),
            n(Count::exact(30, "30"))
        ]),
        Status::Conflicting
    );
}

#[test]
fn item_statuses() {
    let materiel = |items: &[&str]| Claim {
        items: items.iter().map(|s| s.to_string()).collect(),
        ..c(Materiel, Some("mali_army"))
    };
    let r = rec(&[
        ext("a", vec![materiel(&["weapons", "vehicles", "motorcycles"])]),
        ext("b", vec![materiel(&["Weapons", "vehicles"])]),
        ext("c", vec![materiel(&["motorcycles", "vehicles", "weapon"])]),
    ]);
    assert_eq!(r.groups.len(), 1);
    let g = &r.groups[0];
    assert_eq!(g.status, Status::Compatible);
    assert_eq!(g.variants.len(), 2);
    assert_eq!(g.variants[0].versions, ["a", "c"]);
    assert_eq!(g.variants[0].text, "weapons, vehicles, motorcycles");
    assert_eq!(g.variants[1].versions, ["b"]);

    let r = rec(&[
        ext("a", vec![materiel(&["vehicles", "tankers"])]),
        ext("b", vec![materiel(&["vehicles", "weapons"])]),
    ]);
    assert_eq!(r.groups[0].status, Status::Compatible);
}

#[test]
fn date_statuses() {
    // The earlier Timbuktu raid: June 2, last June, earlier this month.
    let raid = |date: &str| Claim {
        event: Some(EventRef::Prior),
        date: Some(date.parse().unwrap()),
        ..c(Responsibility, Some("jnim"))
    };
    let r = rec(&[
        ext("000", vec![raid("2025-06-02")]),
        ext("001", vec![raid("2025-06")]),
        ext("002", vec![raid("2025-07")]),
        ext("003", vec![]),
        ext("004", vec![raid("2025-06-02")]),
    ]);
    assert_eq!(r.groups.len(), 1);
    let g = &r.groups[0];
    assert_eq!(g.status, Status::Conflicting);
    let dates: Vec<String> = g
        .variants
        .iter()
        .map(|v| v.date.unwrap().to_string())
        .collect();
    assert_eq!(dates, ["2025-06-02", "2025-06", "2025-07"]);
    assert_eq!(g.variants[0].versions, ["000", "004"]);
    assert_eq!(g.variants[0].text, "on 2025-06-02");
    assert_eq!(g.missing_in, ["003"]);

    // Without the last one, June 2 and June can both be true.
    let r = rec(&[
        ext("000", vec![raid("2025-06-02")]),
        ext("001", vec![raid("2025-06")]),
    ]);
    assert_eq!(r.groups[0].status, Status::Compatible);
}

#[test]
fn paraphrases_fold_into_one_group() {
    let r = rec(&[
        ext(
            "a",
            vec![toll(Some("mali_army"), "fighters", "neutralized", None)],
        ),
        ext(
            "b",
            vec![toll(Some("mali_army"), "assailants", "Neutralised", None)],
        ),
        ext(
            "c",
            vec![toll(Some("mali_army"), "militant", "neutralised", None)],
        ),
    ]);
    assert_eq!(r.groups.len(), 1);
    assert_eq!(r.groups[0].subject.as_deref(), Some("militants"));
    assert_eq!(r.groups[0].outcome.as_deref(), Some("neutralised"));
    assert_eq!(r.groups[0].status, Status::Agreed);

    // Killed and neutralised stay apart; so do soldiers and militants.
    let r = rec(&[ext(
        "a",
        vec![
            toll(Some("mali_army"), "militants", "killed", None),
            toll(Some("mali_army"), "militants", "neutralised", None),
            toll(Some("mali_army"), "troops", "died", None),
        ],
    )]);
    assert_eq!(r.groups.len(), 3);
    assert_eq!(r.groups[2].subject.as_deref(), Some("soldiers"));
    assert_eq!(r.groups[2].outcome.as_deref(), Some("killed"));
}

#[test]
fn a_missing_subject_or_outcome_joins_the_one_group() {
    let control = |subject: Option<&str>, outcome: Option<&str>, n: Count| Claim {
        subject: subject.map(str::to_string),
        outcome: outcome.map(str::to_string),
        count: Some(n),
        ..c(Control, Some("jnim"))
    };
    let r = rec(&[
        ext(
            "a",
            vec![control(
                Some("barracks"),
                Some("seized"),
                Count::exact(3, "three"),
            )],
        ),
        ext(
            "b",
            vec![control(Some("bases"), None, Count::exact(3, "three"))],
        ),
        ext(
            "c",
            vec![control(
                None,
                Some("took control"),
                Count::exact(3, "three"),
            )],
        ),
        ext(
            "d",
            vec![control(
                Some("army barracks"),
                Some("seized"),
                Count::at_least(2, "multiple"),
            )],
        ),
    ]);
    assert_eq!(r.groups.len(), 1, "{r:#?}");
    let g = &r.groups[0];
    assert_eq!(g.subject.as_deref(), Some("bases"));
    assert_eq!(g.outcome.as_deref(), Some("seized"));
    assert_eq!(g.status, Status::Compatible);
    assert!(g.missing_in.is_empty());

    // Materiel without an outcome joins the one with.
    let materiel = |outcome: Option<&str>| Claim {
        outcome: outcome.map(str::to_string),
        items: vec!["weapons".into()],
        ..c(Materiel, Some("mali_army"))
    };
    let r = rec(&[
        ext("a", vec![materiel(Some("recovered"))]),
        ext("b", vec![materiel(None)]),
        ext("c", vec![materiel(Some("confiscated"))]),
    ]);
    assert_eq!(r.groups.len(), 1);
    assert_eq!(r.groups[0].status, Status::Agreed);

    // Two candidates: the claim without a subject cannot choose, so stays.
    let r = rec(&[
        ext(
            "a",
            vec![toll(Some("mali_army"), "militants", "killed", None)],
        ),
        ext(
            "b",
            vec![toll(Some("mali_army"), "soldiers", "killed", None)],
        ),
        ext(
            "c",
            vec![Claim {
                subject: None,
                ..toll(Some("mali_army"), "x", "killed", None)
            }],
        ),
    ]);
    assert_eq!(r.groups.len(), 3);
    assert_eq!(r.groups[2].subject, None);
    assert_eq!(r.groups[0].missing_in, ["b", "c"]);
}

#[test]
fn a_missing_event_joins_but_not_across_two_events() {
    let soldiers = |event: Option<EventRef>| Claim {
        event,
        ..toll(
            None,
            "soldiers",
            "killed",
            Some(Count::at_least(30, "at least 30")),
        )
    };
    let r = rec(&[
        ext("a", vec![soldiers(Some(EventRef::Prior))]),
        ext("b", vec![soldiers(None)]),
    ]);
    assert_eq!(r.groups.len(), 1);
    assert_eq!(r.groups[0].event, Some(EventRef::Prior));

    let r = rec(&[
        ext("a", vec![soldiers(Some(EventRef::Prior))]),
        ext("b", vec![soldiers(None)]),
        ext("c", vec![soldiers(Some(EventRef::Current))]),
    ]);
    assert_eq!(r.groups.len(), 3);
}

#[test]
fn a_missing_claimant_joins_only_versions_that_lack_it() {
    let n = || Some(Count::at_least(30, "at least 30"));
    // One version attributes the toll to JNIM, another states it flatly.
    let r = rec(&[
        ext("a", vec![toll(Some("jnim"), "soldiers", "killed", n())]),
        ext("b", vec![toll(None, "soldiers", "killed", n())]),
    ]);
    assert_eq!(r.groups.len(), 1);
    assert_eq!(r.groups[0].claimant.as_deref(), Some("jnim"));
    assert_eq!(r.groups[0].variants[0].versions, ["a", "b"]);

    // A version giving both its own toll and the army's keeps them apart.
    let r = rec(&[
        ext(
            "a",
            vec![
                toll(None, "civilians", "killed", Some(Count::exact(30, "30"))),
                toll(
                    Some("mali_army"),
                    "civilians",
                    "killed",
                    Some(Count::exact(10, "10")),
                ),
            ],
        ),
        ext(
            "b",
            vec![toll(
                Some("mali_army"),
                "civilians",
                "killed",
                Some(Count::exact(10, "ten")),
            )],
        ),
    ]);
    assert_eq!(r.groups.len(), 2);
    assert_eq!(r.groups[0].claimant, None);
    assert_eq!(r.groups[0].missing_in, ["b"]);
    assert_eq!(r.groups[1].status, Status::Agreed);
}

#[test]
fn a_version_stating_a_claim_twice_counts_once() {
    // Headline without a figure, body with one, repeated paragraph.
    let r = rec(&[
        ext(
            "a",
            vec![
                at(toll(Some("mali_army"), "militants", "neutralised", None), 0),
                at(
                    toll(
                        Some("mali_army"),
                        "fighters",
                        "neutralized",
                        Some(Count::at_least(81, "over 80")),
                    ),
                    100,
                ),
                at(
                    toll(
                        Some("mali_army"),
                        "militants",
                        "neutralised",
                        Some(Count::at_least(81, "over 80")),
                    ),
                    500,
                ),
            ],
        ),
        ext(
            "b",
            vec![at(
                toll(
                    Some("mali_army"),
                    "militants",
                    "neutralised",
                    Some(Count::at_least(81, "more than 80")),
                ),
                40,
            )],
        ),
    ]);
    assert_eq!(r.groups.len(), 1);
    let g = &r.groups[0];
    assert_eq!(g.status, Status::Agreed);
    assert_eq!(g.variants.len(), 1);
    let v = &g.variants[0];
    assert_eq!(v.versions, ["a", "b"]);
    assert_eq!(v.text, "over 80");
    let spans: Vec<(&str, usize)> = v
        .spans
        .iter()
        .map(|s| (s.version.as_str(), s.start))
        .collect();
    assert_eq!(spans, [("a", 100), ("a", 500), ("b", 40)]);

    // The more specific of two figures in one version: three over multiple.
    let bases = |n: Count| Claim {
        subject: Some("bases".into()),
        count: Some(n),
        ..c(Control, Some("jnim"))
    };
    let r = rec(&[ext(
        "a",
        vec![
            bases(Count::at_least(2, "multiple")),
            bases(Count::exact(3, "three")),
        ],
    )]);
    assert_eq!(r.groups[0].variants.len(), 1);
    assert_eq!(r.groups[0].variants[0].text, "three");
}

#[test]
fn one_version_is_all_agreed() {
    let x = ext(
        "only",
        vec![
            toll(
                Some("mali_army"),
                "militants",
                "killed",
                Some(Count::exact(3, "3")),
            ),
            toll(
                Some("mali_army"),
                "militants",
                "killed",
                Some(Count::exact(30, "30")),
            ),
            c(Repelled, Some("mali_army")),
            c(Control, Some("jnim")),
            Claim {
                subject: None,
                ..toll(None, "", "wounded", None)
            },
        ],
    );
    let r = rec(&[x]);
    assert!(!r.groups.is_empty());
    for g in &r.groups {
        assert_eq!(g.status, Status::Agreed);
        assert!(g.missing_in.is_empty());
        assert_eq!(g.variants.len(), 1);
    }
    assert!(r.diffs.is_empty());
}

#[test]
fn groups_come_in_order_of_first_appearance() {
    let r = rec(&[
        ext(
            "a",
            vec![c(Repelled, Some("mali_army")), c(Control, Some("jnim"))],
        ),
        ext(
            "b",
            vec![c(Undisclosed, Some("jnim")), c(Repelled, Some("mali_army"))],
        ),
    ]);
    let kinds: Vec<ClaimKind> = r.groups.iter().map(|g| g.kind).collect();
    assert_eq!(kinds, [Repelled, Control, Undisclosed]);
}

#[test]
fn estimates_on_casualty_groups() {
    let r = tolls(&[
        Some(Some(Count::exact(8, "eight"))),
        Some(Some(Count::exact(54, "54"))),
        Some(None),
    ]);
    let e = r.groups[0].estimate.as_ref().unwrap();
    assert_eq!(
        (e.conservative, e.low, e.best, e.high),
        (Some(8), Some(8), Some(54), Some(54))
    );
    assert!(
        e.reason.contains("v0") && e.reason.contains("v1"),
        "{}",
        e.reason
    );

    let r = rec(&[ext("a", vec![c(Repelled, Some("mali_army"))])]);
    assert_eq!(r.groups[0].estimate, None);
    let r = tolls(&[Some(None)]);
    assert_eq!(r.groups[0].estimate, None);
}

#[test]
fn contrasts_set_the_sides_side_by_side() {
    let r = rec(&[
        ext(
            "a",
            vec![
                c(Repelled, Some("mali_army")),
                c(Control, Some("jnim")),
                c(Undisclosed, Some("mali_army")),
                c(Undisclosed, Some("jnim")),
                toll(Some("mali_army"), "militants", "killed", None),
                c(Characterization, Some("jnim")),
                toll(Some("acled"), "people", "killed", None),
                c(Undisclosed, Some("csp")),
            ],
        ),
        ext("b", vec![c(Repelled, Some("benin_government"))]),
    ]);
    let topics: Vec<&str> = r.contrasts.iter().map(|c| c.topic.as_str()).collect();
    assert_eq!(topics, ["outcome", "undisclosed"]);
    let outcome = &r.contrasts[0];
    let sides: Vec<(&str, &[usize])> = outcome
        .sides
        .iter()
        .map(|s| (s.actor.as_str(), s.groups.as_slice()))
        .collect();
    // State actors first (the army, then the government of version b).
    assert_eq!(
        sides,
        [
            ("mali_army", &[0][..]),
            ("benin_government", &[8][..]),
            ("jnim", &[1][..])
        ]
    );
    let undisclosed = &r.contrasts[1];
    let actors: Vec<&str> = undisclosed.sides.iter().map(|s| s.actor.as_str()).collect();
    assert_eq!(actors, ["mali_army", "jnim", "csp"]);
    for c in &r.contrasts {
        for s in &c.sides {
            for &g in &s.groups {
                assert_eq!(r.groups[g].claimant.as_deref(), Some(s.actor.as_str()));
            }
        }
    }

    // Named sides.
    let r2 = Reconciler::builder()
        .state_actors(["benin_government"])
        .armed_actors(["csp"])
        .build()
        .reconcile(&[
            ext(
                "a",
                vec![
                    c(Undisclosed, Some("mali_army")),
                    c(Undisclosed, Some("csp")),
                ],
            ),
            ext("b", vec![c(Undisclosed, Some("benin_government"))]),
        ]);
    assert_eq!(r2.contrasts.len(), 1);
    let actors: Vec<&str> = r2.contrasts[0]
        .sides
        .iter()
        .map(|s| s.actor.as_str())
        .collect();
    assert_eq!(actors, ["benin_government", "csp"]);
}

#[test]
fn no_contrast_with_one_side() {
    let r = rec(&[ext(
        "a",
        vec![c(Repelled, Some("mali_army")), c(Control, Some("acled"))],
    )]);
    assert!(r.contrasts.is_empty());
}

#[test]
fn diffs_follow_input_order() {
    let gov = |n: Count| toll(Some("benin_government"), "soldiers", "killed", Some(n));
    let wounded = || {
        toll(
            Some("benin_government"),
            "soldiers",
            "wounded",
            Some(Count::at_least(2, "several")),
        )
    };
    let r = rec(&[
        ext(
            "a",
            vec![
                gov(Count::exact(8, "eight")),
                wounded(),
                c(Repelled, Some("benin_government")),
            ],
        ),
        ext(
            "b",
            vec![
                gov(Count::exact(54, "54")),
                c(Control, Some("jnim")),
                c(Repelled, Some("benin_government")),
            ],
        ),
        ext(
            "c",
            vec![gov(Count::exact(50, "50")), c(Control, Some("jnim"))],
        ),
        ext(
            "d",
            vec![gov(Count::about(50, "about 50")), c(Control, Some("jnim"))],
        ),
    ]);
    // Groups: 0 killed, 1 wounded, 2 repelled, 3 control.
    assert_eq!(r.diffs.len(), 3);
    let d = &r.diffs[0];
    assert_eq!((d.from.as_str(), d.to.as_str()), ("a", "b"));
    assert_eq!(d.added, [3]);
    assert_eq!(d.dropped, [1]);
    assert_eq!(d.revised_up, [0]);
    assert!(d.revised_down.is_empty() && d.changed.is_empty());
    let d = &r.diffs[1];
    assert_eq!(d.dropped, [2]);
    assert_eq!(d.revised_down, [0]);
    assert!(d.added.is_empty() && d.revised_up.is_empty());
    let d = &r.diffs[2];
    assert_eq!(d.changed, [0]);
    assert_eq!(r.groups[0].status, Status::Conflicting);
    assert_eq!(r.groups[0].estimate.as_ref().unwrap().best, Some(50));
}

#[test]
fn dates_do_not_split_the_reported_attack() {
    // One version dates the claim by the attack, another by the day of
    // the statement, a third not at all: the same claim on the same attack.
    let repelled = |date: Option<&str>| Claim {
        event: Some(EventRef::Current),
        date: date.map(|d| d.parse().unwrap()),
        ..c(Repelled, Some("mali_army"))
    };
    let r = rec(&[
        ext("a", vec![repelled(Some("2025-05-10"))]),
        ext("b", vec![repelled(Some("2025-05-12"))]),
        ext("c", vec![repelled(None)]),
    ]);
    assert_eq!(r.groups.len(), 1);
    assert_eq!(r.groups[0].status, Status::Agreed);
    assert_eq!(r.groups[0].variants.len(), 1);
    assert_eq!(r.groups[0].variants[0].versions, ["a", "b", "c"]);
    // Figures still count.
    let toll = |n: u64, date: &str| Claim {
        event: Some(EventRef::Current),
        date: Some(date.parse().unwrap()),
        ..toll(
            Some("jnim"),
            "soldiers",
            "killed",
            Some(Count::exact(n, "n")),
        )
    };
    let r = rec(&[
        ext("a", vec![toll(53, "2025-05-10")]),
        ext("b", vec![toll(58, "2025-05-12")]),
    ]);
    assert_eq!(r.groups[0].status, Status::Conflicting);
}

#[test]
fn reconciler_is_send_sync_clone() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug + Default>() {}
    check::<Reconciler>();
    check::<ReconcilerBuilder>();
}

#[test]
fn no_contrast_with_an_earlier_attack() {
    let army = || toll(Some("mali_army"), "militants", "killed", None);
    let prior = Claim {
        event: Some(EventRef::Prior),
        ..toll(
            Some("jnim"),
            "soldiers",
            "killed",
            Some(Count::at_least(30, "at least 30")),
        )
    };
    let r = rec(&[ext("a", vec![army(), prior])]);
    assert!(r.contrasts.is_empty());
    let current = toll(Some("jnim"), "soldiers", "killed", None);
    let r = rec(&[ext("a", vec![army(), current])]);
    assert_eq!(r.contrasts[0].topic, "casualties");
}

#[test]
fn killed_and_neutralised_are_one_claim_across_outlets() {
    // Benin: "terrorists neutralised", no figure (a); "bodies of 33
    // assailants" (b).
    let gov = Some("benin_government");
    let r = rec(&[
        ext("a", vec![toll(gov, "terrorists", "neutralised", None)]),
        ext(
            "b",
            vec![
                toll(gov, "assailants", "killed", Some(Count::exact(33, "33"))),
                toll(gov, "attackers", "dead", None),
            ],
        ),
    ]);
    assert_eq!(r.groups.len(), 1, "{r:#?}");
    assert_eq!(r.groups[0].outcome.as_deref(), Some("neutralised"));
    assert_eq!(r.groups[0].status, Status::Compatible);
    assert_eq!(r.groups[0].variants[1].text, "33");

    // Tinzaouaten: a says both "killed" and "neutralised"; they stay apart,
    // and b's "killed" goes with a's "killed".
    let army = Some("mali_army");
    let r = rec(&[
        ext(
            "a",
            vec![
                toll(
                    army,
                    "terrorists",
                    "killed",
                    Some(Count::about(20, "about 20")),
                ),
                toll(
                    army,
                    "terrorists",
                    "neutralised",
                    Some(Count::about(20, "about 20")),
                ),
            ],
        ),
        ext(
            "b",
            vec![toll(
                army,
                "rebels",
                "killed",
                Some(Count::at_least(21, "more than 20")),
            )],
        ),
    ]);
    assert_eq!(r.groups.len(), 2);
    assert_eq!(r.groups[0].outcome.as_deref(), Some("killed"));
    assert_eq!(r.groups[0].status, Status::Compatible);
    assert_eq!(r.groups[1].missing_in, ["b"]);
}
