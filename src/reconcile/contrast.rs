//! Contrasts: per topic, the state side's groups beside the armed side's.

use std::collections::HashMap;

use crate::model::{ClaimKind, Contrast, EventRef, Group, Side};

/// Which side of the conflict an actor is on.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Ord, PartialOrd)]
pub(crate) enum SideKind {
    /// State forces and governments.
    State,
    /// Armed groups.
    Armed,
}

/// The topics, in output order, and the claim kinds each one covers.
/// "outcome" sets an attack repelled against places seized.
pub(crate) const TOPICS: &[(&str, &[ClaimKind])] = &[
    ("casualties", &[ClaimKind::Casualties]),
    ("outcome", &[ClaimKind::Repelled, ClaimKind::Control]),
    ("responsibility", &[ClaimKind::Responsibility]),
    ("undisclosed", &[ClaimKind::Undisclosed]),
    ("materiel", &[ClaimKind::Materiel]),
    ("characterization", &[ClaimKind::Characterization]),
];

/// The contrasts of `groups`: one per topic on which both sides have
/// groups, each side actor with its groups (state actors first, each side
/// in order of first appearance).
///
/// Contrasts are about the attack the story reports: groups about an
/// earlier attack the versions recall (`event: prior`) are left out, so the
/// army's toll for this attack is never set against a group's toll for
/// another.
pub(crate) fn contrasts(
    groups: &[Group],
    side_of: impl Fn(&str) -> Option<SideKind>,
) -> Vec<Contrast> {
    let mut out = Vec::new();
    for (topic, kinds) in TOPICS {
        let mut sides: Vec<(SideKind, Side)> = Vec::new();
        let mut slot: HashMap<&str, usize> = HashMap::new();
        for (i, g) in groups.iter().enumerate() {
            if !kinds.contains(&g.kind) || g.event == Some(EventRef::Prior) {
                continue;
            }
            let Some(actor) = g.claimant.as_deref() else {
                continue;
            };
            let Some(kind) = side_of(actor) else {
                continue;
            };
            let s = *slot.entry(actor).or_insert_with(|| {
                sides.push((
                    kind,
                    Side {
                        actor: actor.to_string(),
                        groups: Vec::new(),
                    },
                ));
                sides.len() - 1
            });
            sides[s].1.groups.push(i);
        }
        let has = |k: SideKind| sides.iter().any(|(s, _)| *s == k);
        if has(SideKind::State) && has(SideKind::Armed) {
            sides.sort_by_key(|(k, _)| *k);
            out.push(Contrast {
                topic: topic.to_string(),
                sides: sides.into_iter().map(|(_, s)| s).collect(),
            });
        }
    }
    out
}
