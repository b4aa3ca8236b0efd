//! Lining up the claims of several versions of one story.
//!
//! The reconciler works on values only: it reads [`Extraction`]s, never
//! text, so it can be driven by hand-built extractions. It
//!
//! 1. groups the same claim across versions ([`group`]): kind, claimant,
//!    folded subject, folded outcome and event ([`fold`]);
//! 2. keeps one claim per version and group, the most specific one, so a
//!    toll repeated in a headline and a body counts once;
//! 3. splits each group into variants, one per distinct value (figure,
//!    items, and the date of an earlier attack: every version's claims on
//!    the attack the story reports are about one attack, so their dates,
//!    often a statement's day, split nothing), and rates the group agreed,
//!    compatible or conflicting with the comparisons of [`relation`];
//! 4. adds casualty estimates ([`estimate`]), the two sides' contrasts
//!    ([`contrast`]) and the diffs between consecutive versions ([`diff`]).
//!
//! Output order is stable: groups by first appearance, variants by first
//! version, contrasts by topic. Cost is linear in claims × versions, plus
//! the size of the output (`missing_in` lists).

mod contrast;
mod diff;
mod estimate;
mod fold;
mod group;
mod relation;

use std::collections::HashMap;

pub use self::relation::Relation;

use self::contrast::SideKind;
use self::relation::{item_keys, Joint};
use crate::date::CivilDate;
use crate::model::{
    ActorKind, Claim, ClaimKind, Extraction, Group, Reconciliation, Status, Variant, VersionSpan,
};

/// Compares the [`Extraction`]s of several versions of one story.
///
/// The versions are given in a meaningful order (an early wire copy before
/// its update): the diffs run from each version to the next, and a tie for
/// the best casualty estimate goes to the latest version.
///
/// By default the state side is every claimant whose actor kind is
/// `state_force` or `government`, and the armed side every `armed_group`;
/// [`Reconciler::builder`] names the side actors explicitly.
///
/// ```
/// use counterclaim::{Claim, ClaimKind, Count, Extraction, Reconciler, Span, Status};
///
/// # fn toll(count: Count) -> Claim {
/// #     Claim { kind: ClaimKind::Casualties, claimant: Some("mali_army".into()), source: None,
/// #         subject: Some("fighters".into()), outcome: Some("neutralized".into()),
/// #         count: Some(count), items: vec![], event: None, location: None, date: None,
/// #         hedged: false, span: Span::from(0..10), rule: String::new() }
/// # }
/// let a = Extraction { id: "a".into(), claims: vec![toll(Count::at_least(81, "over 80"))], ..Default::default() };
/// let b = Extraction { id: "b".into(), claims: vec![toll(Count::at_least(81, "more than 80"))], ..Default::default() };
///
/// let rec = Reconciler::new().reconcile(&[a, b]);
/// let g = &rec.groups[0];
/// assert_eq!((g.subject.as_deref(), g.outcome.as_deref()), (Some("militants"), Some("neutralised")));
/// assert_eq!(g.status, Status::Agreed);
/// assert_eq!(g.variants[0].versions, ["a", "b"]);
/// assert_eq!(g.estimate.as_ref().unwrap().conservative, Some(81));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Reconciler {
    state: Option<Vec<String>>,
    armed: Option<Vec<String>>,
}

impl Reconciler {
    /// A reconciler with the default sides: state forces and governments
    /// against armed groups.
    ///
    /// ```
    /// use counterclaim::Reconciler;
    /// let rec = Reconciler::new().reconcile(&[]);
    /// assert!(rec.versions.is_empty() && rec.groups.is_empty());
    /// ```
    pub fn new() -> Reconciler {
        Reconciler::default()
    }

    /// A builder to name the actors of each side.
    ///
    /// ```
    /// use counterclaim::Reconciler;
    /// let r = Reconciler::builder().state_actors(["benin_army"]).armed_actors(["jnim", "is_sahel"]).build();
    /// # let _ = r;
    /// ```
    pub fn builder() -> ReconcilerBuilder {
        ReconcilerBuilder::default()
    }

    /// Lines up the versions' claims. Never fails; versions without claims
    /// simply state nothing.
    ///
    /// ```
    /// use counterclaim::{Extraction, Reconciler};
    /// let empty = |id: &str| Extraction { id: id.into(), ..Default::default() };
    /// let rec = Reconciler::new().reconcile(&[empty("a"), empty("b")]);
    /// assert_eq!(rec.versions, ["a", "b"]);
    /// assert_eq!(rec.diffs.len(), 1);
    /// ```
    pub fn reconcile(&self, versions: &[Extraction]) -> Reconciliation {
        let ids: Vec<String> = versions.iter().map(|v| v.id.clone()).collect();
        let mut stated: Vec<Vec<(usize, usize)>> = vec![Vec::new(); versions.len()];
        let groups: Vec<Group> = group::group(versions)
            .into_iter()
            .enumerate()
            .map(|(g, grouped)| build_group(versions, &ids, grouped, g, &mut stated))
            .collect();

        let mut kinds: HashMap<&str, ActorKind> = HashMap::new();
        for x in versions {
            for a in &x.actors {
                kinds.entry(a.id.as_str()).or_insert(a.kind);
            }
        }
        let contrasts = contrast::contrasts(&groups, |actor| self.side_of(actor, &kinds));
        let diffs = diff::diffs(&ids, &groups, &stated);
        Reconciliation {
            versions: ids,
            groups,
            contrasts,
            diffs,
        }
    }

    /// The side an actor is on: the named actors when sides were named,
    /// else by the actor's kind. The state side is checked first.
    fn side_of(&self, actor: &str, kinds: &HashMap<&str, ActorKind>) -> Option<SideKind> {
        let named = |ids: &Option<Vec<String>>, default: &[ActorKind]| match ids {
            Some(ids) => ids.iter().any(|id| id == actor),
            None => kinds.get(actor).is_some_and(|k| default.contains(k)),
        };
        if named(&self.state, &[ActorKind::StateForce, ActorKind::Government]) {
            Some(SideKind::State)
        } else if named(&self.armed, &[ActorKind::ArmedGroup]) {
            Some(SideKind::Armed)
        } else {
            None
        }
    }
}

/// Configures a [`Reconciler`]: which actors form the two sides.
///
/// A side left unset keeps its default (by actor kind).
///
/// ```
/// use counterclaim::Reconciler;
///
/// let mut b = Reconciler::builder();
/// b.state_actors(["mali_army", "mali_government"]);
/// b.armed_actors(["csp"]);
/// let reconciler = b.build();
/// # let _ = reconciler;
/// ```
#[derive(Clone, Debug, Default)]
pub struct ReconcilerBuilder {
    state: Option<Vec<String>>,
    armed: Option<Vec<String>>,
}

impl ReconcilerBuilder {
    /// Names the state side's actor ids, instead of every state force and
    /// government.
    ///
    /// ```
    /// use counterclaim::Reconciler;
    /// let r = Reconciler::builder().state_actors(["mali_army"]).build();
    /// # let _ = r;
    /// ```
    pub fn state_actors<I>(&mut self, ids: I) -> &mut ReconcilerBuilder
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        self.state = Some(ids.into_iter().map(Into::into).collect());
        self
    }

    /// Names the armed side's actor ids, instead of every armed group.
    ///
    /// ```
    /// use counterclaim::Reconciler;
    /// let r = Reconciler::builder().armed_actors(["jnim"]).build();
    /// # let _ = r;
    /// ```
    pub fn armed_actors<I>(&mut self, ids: I) -> &mut ReconcilerBuilder
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        self.armed = Some(ids.into_iter().map(Into::into).collect());
        self
    }

    /// Builds the reconciler.
    ///
    /// ```
    /// use counterclaim::Reconciler;
    /// let r = Reconciler::builder().build();
    /// assert!(r.reconcile(&[]).contrasts.is_empty());
    /// ```
    pub fn build(&self) -> Reconciler {
        Reconciler {
            state: self.state.clone(),
            armed: self.armed.clone(),
        }
    }
}

/// The value a claim states, for telling variants apart: the figure's
/// bounds (not its wording), the folded items, the date.
#[derive(Clone, Debug, Eq, PartialEq, Hash)]
struct Value {
    count: Option<(Option<u64>, Option<u64>, bool)>,
    items: Vec<String>,
    date: Option<CivilDate>,
}

impl Value {
    /// The value of `c`; its date counts only if `dated`.
    fn of(c: &Claim, dated: bool) -> Value {
        Value {
            count: c.count.as_ref().map(|n| (n.low, n.high, n.approx)),
            items: item_keys(&c.items),
            date: c.date.filter(|_| dated),
        }
    }
}

/// How specific a claim is, for choosing one per version: a figure beats
/// none, two bounds beat one, exact beats approximate, narrow beats wide;
/// then more items, then a more precise date.
fn specificity(c: &Claim) -> impl Ord {
    let count = c.count.as_ref().map(|n| {
        let bounds = u8::from(n.low.is_some()) + u8::from(n.high.is_some());
        let width = match (n.low, n.high) {
            (Some(l), Some(h)) => h.saturating_sub(l),
            _ => u64::MAX,
        };
        (bounds, !n.approx, std::cmp::Reverse(width))
    });
    (count, c.items.len(), c.date.map(|d| d.precision()))
}

/// A short rendering of a value with no figure.
fn render(kind: ClaimKind, c: &Claim) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(n) = &c.count {
        parts.push(n.text.clone());
    }
    if !c.items.is_empty() {
        parts.push(c.items.join(", "));
    }
    if let Some(d) = c.date {
        parts.push(format!("on {d}"));
    }
    if parts.is_empty() {
        return match kind {
            ClaimKind::Casualties | ClaimKind::Undisclosed => "(no figure)".to_string(),
            _ => "(stated)".to_string(),
        };
    }
    parts.join("; ")
}

/// Builds group `g`'s variants, status, `missing_in` and estimate, and
/// records in `stated` which variant each version states.
fn build_group(
    versions: &[Extraction],
    ids: &[String],
    grouped: group::Grouped,
    g: usize,
    stated: &mut [Vec<(usize, usize)>],
) -> Group {
    let mut variants: Vec<Variant> = Vec::new();
    let mut last: Vec<usize> = Vec::new();
    let mut index: HashMap<Value, usize> = HashMap::new();
    let mut joint = Joint::new();
    let kind = grouped.key.kind;
    // Every version's claims on the attack the story reports are about
    // one attack: a date there tells when a version says it happened (or,
    // as often, when a statement was made), and neither splits variants
    // nor makes them conflict. An earlier attack's date tells which attack
    // it is, and counts.
    let dated = grouped.key.event != Some(crate::model::EventRef::Current);
    for (v, claims) in &grouped.members {
        let all = &versions[*v].claims;
        // The first of the most specific claims.
        let mut rep = &all[claims[0]];
        for &c in &claims[1..] {
            if specificity(&all[c]) > specificity(rep) {
                rep = &all[c];
            }
        }
        let value = Value::of(rep, dated);
        let spans = claims
            .iter()
            .map(|&c| &all[c])
            .filter(|c| Value::of(c, dated) == value)
            .map(|c| VersionSpan {
                version: ids[*v].clone(),
                start: c.span.start,
                end: c.span.end,
            })
            .collect::<Vec<_>>();
        let i = *index.entry(value).or_insert_with(|| {
            joint.add(rep.count.as_ref(), rep.date.as_ref().filter(|_| dated));
            variants.push(Variant {
                count: rep.count.clone(),
                items: rep.items.clone(),
                date: rep.date,
                text: render(kind, rep),
                versions: Vec::new(),
                spans: Vec::new(),
            });
            last.push(*v);
            variants.len() - 1
        });
        variants[i].versions.push(ids[*v].clone());
        variants[i].spans.extend(spans);
        last[i] = *v;
        stated[*v].push((g, i));
    }
    let status = match variants.len() {
        0 | 1 => Status::Agreed,
        _ if joint.conflicting() => Status::Conflicting,
        _ => Status::Compatible,
    };
    let mut missing_in = Vec::with_capacity(ids.len() - grouped.members.len());
    let mut members = grouped.members.iter().map(|(v, _)| *v).peekable();
    for (v, id) in ids.iter().enumerate() {
        if members.next_if_eq(&v).is_none() {
            missing_in.push(id.clone());
        }
    }
    let estimate = match kind {
        ClaimKind::Casualties => estimate::estimate(&variants, &last),
        _ => None,
    };
    Group {
        kind,
        claimant: grouped.key.claimant,
        subject: grouped.key.subject,
        outcome: grouped.key.outcome,
        event: grouped.key.event,
        variants,
        status,
        missing_in,
        estimate,
    }
}

#[cfg(test)]
mod tests;
