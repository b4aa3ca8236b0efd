//! Grouping: which claims of which versions are the same claim.
//!
//! A claim's key is its kind, claimant, folded subject, folded outcome and
//! event. Claims with equal keys form a bucket. A key with an unknown field
//! (no subject, no outcome, no event, no claimant) is a less specific way of
//! stating a claim some other bucket states in full: such a bucket joins the
//! one bucket that refines it, when exactly one most specific refinement
//! exists, rather than splitting the claim in two. A missing claimant (the
//! article itself speaks) joins a claimant's bucket only when no version
//! states both, so an outlet's own figure is never folded into an army's
//! figure that the same outlet also reports. Likewise a "killed" claim and
//! a "neutralised" one (the army's word for it) are one claim when no
//! version states both.
//!
//! Cost: one hash lookup per claim, and sixteen generalised keys per bucket
//! to find refinements, so linear in the number of claims.

use std::collections::HashMap;

use crate::model::{ClaimKind, EventRef, Extraction};
use crate::reconcile::fold;

/// The grouping key of a claim, its fields folded.
#[derive(Clone, Debug, Eq, PartialEq, Hash)]
pub(crate) struct Key {
    pub(crate) kind: ClaimKind,
    pub(crate) claimant: Option<String>,
    pub(crate) subject: Option<String>,
    pub(crate) outcome: Option<String>,
    pub(crate) event: Option<EventRef>,
}

/// The number of optional fields of a [`Key`].
const FIELDS: u32 = 4;

impl Key {
    fn of(claim: &crate::model::Claim) -> Key {
        Key {
            kind: claim.kind,
            claimant: claim
                .claimant
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_string),
            subject: claim.subject.as_deref().and_then(fold::subject),
            outcome: claim
                .outcome
                .as_deref()
                .and_then(|o| fold::outcome(claim.kind, o)),
            event: claim.event,
        }
    }

    /// Bit `i` set when optional field `i` is known.
    fn known(&self) -> u32 {
        u32::from(self.claimant.is_some())
            | u32::from(self.subject.is_some()) << 1
            | u32::from(self.outcome.is_some()) << 2
            | u32::from(self.event.is_some()) << 3
    }

    /// The key with the fields of `mask` forgotten.
    fn forget(&self, mask: u32) -> Key {
        Key {
            kind: self.kind,
            claimant: self.claimant.clone().filter(|_| mask & 1 == 0),
            subject: self.subject.clone().filter(|_| mask & 2 == 0),
            outcome: self.outcome.clone().filter(|_| mask & 4 == 0),
            event: self.event.filter(|_| mask & 8 == 0),
        }
    }

    /// Whether `self` states everything `general` states (and maybe more).
    fn refines(&self, general: &Key) -> bool {
        fn ok<T: PartialEq>(specific: &Option<T>, general: &Option<T>) -> bool {
            general.is_none() || specific == general
        }
        self.kind == general.kind
            && ok(&self.claimant, &general.claimant)
            && ok(&self.subject, &general.subject)
            && ok(&self.outcome, &general.outcome)
            && ok(&self.event, &general.event)
    }
}

/// One group of claims: its key and, per version that states it, the
/// indexes of the claims in that version.
#[derive(Debug)]
pub(crate) struct Grouped {
    pub(crate) key: Key,
    /// `(version index, claim indexes)`, by version index; claim indexes
    /// ascending.
    pub(crate) members: Vec<(usize, Vec<usize>)>,
}

struct Bucket {
    key: Key,
    /// `(version, claim)`, in input order.
    claims: Vec<(usize, usize)>,
    /// The versions stating it, ascending, without repeats.
    versions: Vec<usize>,
}

/// Groups the claims of all versions; groups come in order of first
/// appearance (first version, then text order).
pub(crate) fn group(versions: &[Extraction]) -> Vec<Grouped> {
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut buckets: Vec<Bucket> = Vec::new();
    for (v, x) in versions.iter().enumerate() {
        for (c, claim) in x.claims.iter().enumerate() {
            let key = Key::of(claim);
            let b = *index.entry(key).or_insert_with_key(|key| {
                buckets.push(Bucket {
                    key: key.clone(),
                    claims: Vec::new(),
                    versions: Vec::new(),
                });
                buckets.len() - 1
            });
            let bucket = &mut buckets[b];
            bucket.claims.push((v, c));
            if bucket.versions.last() != Some(&v) {
                bucket.versions.push(v);
            }
        }
    }

    let buckets = merge_synonyms(buckets);

    // Every strict generalisation of every bucket's key, to find the
    // buckets that refine a less specific one.
    let mut refinements: HashMap<Key, Vec<usize>> = HashMap::new();
    for (b, bucket) in buckets.iter().enumerate() {
        let known = bucket.key.known();
        for mask in 1..(1u32 << FIELDS) {
            if mask & known == mask {
                refinements
                    .entry(bucket.key.forget(mask))
                    .or_default()
                    .push(b);
            }
        }
    }

    // Each bucket's root: itself, or the one bucket it joins.
    let root: Vec<usize> = buckets
        .iter()
        .enumerate()
        .map(|(b, bucket)| {
            let Some(cands) = refinements.get(&bucket.key) else {
                return b;
            };
            match most_specific(&buckets, cands) {
                Some(top)
                    if bucket.key.claimant.is_some()
                        || buckets[top].key.claimant.is_none()
                        || disjoint(&bucket.versions, &buckets[top].versions) =>
                {
                    top
                }
                _ => b,
            }
        })
        .collect();

    // Collect each root's claims; buckets are in order of first appearance,
    // and a root's first claim is the first of its own or a joined bucket's.
    struct Root {
        bucket: usize,
        first: (usize, usize),
        claims: Vec<(usize, usize)>,
    }
    let mut out: Vec<Root> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    for (b, bucket) in buckets.iter().enumerate() {
        let r = root[b];
        let s = *slot.entry(r).or_insert_with(|| {
            out.push(Root {
                bucket: r,
                first: bucket.claims[0],
                claims: Vec::new(),
            });
            out.len() - 1
        });
        out[s].claims.extend_from_slice(&bucket.claims);
    }
    out.sort_by_key(|root| root.first);
    out.into_iter()
        .map(
            |Root {
                 bucket: r,
                 mut claims,
                 ..
             }| {
                claims.sort_unstable();
                let mut members: Vec<(usize, Vec<usize>)> = Vec::new();
                for (v, c) in claims {
                    match members.last_mut() {
                        Some((last, cs)) if *last == v => cs.push(c),
                        _ => members.push((v, vec![c])),
                    }
                }
                Grouped {
                    key: buckets[r].key.clone(),
                    members,
                }
            },
        )
        .collect()
}

/// Outcomes that different outlets use for the same fact: "neutralised" is
/// an army's word for killed. Buckets whose keys differ only by outcomes of
/// one class are merged when no version states more than one of them (one
/// outlet writes "neutralised", another "killed"); a version that states
/// both keeps them apart. The merged bucket keeps its first outcome.
const SYNONYMS: &[&[&str]] = &[&["killed", "neutralised"]];

fn merge_synonyms(mut buckets: Vec<Bucket>) -> Vec<Bucket> {
    let mut classes: HashMap<Key, Vec<usize>> = HashMap::new();
    for (b, bucket) in buckets.iter().enumerate() {
        let outcome = bucket.key.outcome.as_deref();
        if let Some(class) = SYNONYMS
            .iter()
            .position(|c| outcome.is_some_and(|o| c.contains(&o)))
        {
            let key = Key {
                outcome: Some(format!("\0{class}")),
                ..bucket.key.clone()
            };
            classes.entry(key).or_default().push(b);
        }
    }
    // Where each bucket goes; classes are independent, so the order in
    // which they are visited does not matter.
    let mut into: Vec<usize> = (0..buckets.len()).collect();
    for members in classes.values().filter(|m| m.len() > 1) {
        let mut versions: Vec<usize> = members
            .iter()
            .flat_map(|&b| buckets[b].versions.iter().copied())
            .collect();
        let total = versions.len();
        versions.sort_unstable();
        versions.dedup();
        if versions.len() == total {
            for &b in members {
                into[b] = members[0];
            }
        }
    }
    let mut keep: Vec<Option<Bucket>> = Vec::with_capacity(buckets.len());
    for (b, bucket) in buckets.drain(..).enumerate() {
        if into[b] == b {
            keep.push(Some(bucket));
        } else {
            let target = keep[into[b]]
                .as_mut()
                .expect("merged into an earlier bucket");
            target.claims.extend(bucket.claims);
            target.claims.sort_unstable();
            target.versions.extend(bucket.versions);
            target.versions.sort_unstable();
            keep.push(None);
        }
    }
    keep.into_iter().flatten().collect()
}

/// The one most specific of `cands` when it refines all the others.
fn most_specific(buckets: &[Bucket], cands: &[usize]) -> Option<usize> {
    let known = |b: usize| buckets[b].key.known().count_ones();
    let best = cands.iter().map(|&b| known(b)).max()?;
    let mut tops = cands.iter().filter(|&&b| known(b) == best);
    let top = *tops.next()?;
    if tops.next().is_some() {
        return None;
    }
    cands
        .iter()
        .all(|&b| buckets[top].key.refines(&buckets[b].key))
        .then_some(top)
}

/// Whether two ascending lists share no element.
fn disjoint(a: &[usize], b: &[usize]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return false,
        }
    }
    true
}
