//! What changed from one version to the next, in input order.

use std::cmp::Ordering;

use crate::model::{Count, Group, VersionDiff};

/// How a figure moved from `old` to `new`: up when no bound went down and
/// one went up, down the other way round, `None` when it moved both ways
/// or only its wording or approximation changed.
fn moved(old: &Count, new: &Count) -> Option<Ordering> {
    let lo = |c: &Count| c.low.unwrap_or(0);
    let hi = |c: &Count| c.high.unwrap_or(u64::MAX);
    match (lo(new).cmp(&lo(old)), hi(new).cmp(&hi(old))) {
        (Ordering::Equal, Ordering::Equal) => None,
        (a, b) if a != Ordering::Less && b != Ordering::Less => Some(Ordering::Greater),
        (a, b) if a != Ordering::Greater && b != Ordering::Greater => Some(Ordering::Less),
        _ => None,
    }
}

/// One diff per version after the first. `stated[v]` lists, by group index,
/// `(group, variant)` for the groups version `v` states.
pub(crate) fn diffs(
    ids: &[String],
    groups: &[Group],
    stated: &[Vec<(usize, usize)>],
) -> Vec<VersionDiff> {
    (1..ids.len())
        .map(|v| {
            let mut d = VersionDiff {
                from: ids[v - 1].clone(),
                to: ids[v].clone(),
                added: vec![],
                dropped: vec![],
                revised_up: vec![],
                revised_down: vec![],
                changed: vec![],
            };
            let (old, new) = (&stated[v - 1], &stated[v]);
            let (mut i, mut j) = (0, 0);
            while i < old.len() || j < new.len() {
                // A list that has run out sorts after every group.
                let ga = old.get(i).map_or(usize::MAX, |&(g, _)| g);
                let gb = new.get(j).map_or(usize::MAX, |&(g, _)| g);
                match ga.cmp(&gb) {
                    Ordering::Less => {
                        d.dropped.push(ga);
                        i += 1;
                    }
                    Ordering::Greater => {
                        d.added.push(gb);
                        j += 1;
                    }
                    Ordering::Equal => {
                        let (va, vb) = (old[i].1, new[j].1);
                        if va != vb {
                            let vars = &groups[ga].variants;
                            let dir = match (&vars[va].count, &vars[vb].count) {
                                (Some(x), Some(y)) => moved(x, y),
                                _ => None,
                            };
                            match dir {
                                Some(Ordering::Greater) => d.revised_up.push(ga),
                                Some(Ordering::Less) => d.revised_down.push(ga),
                                _ => d.changed.push(ga),
                            }
                        }
                        i += 1;
                        j += 1;
                    }
                }
            }
            d
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_moves() {
        let c = |l: Option<u64>, h: Option<u64>| Count::range(l, h, "");
        assert_eq!(
            moved(&c(Some(8), Some(8)), &c(Some(54), Some(54))),
            Some(Ordering::Greater)
        );
        assert_eq!(
            moved(&c(Some(9), Some(9)), &c(Some(7), Some(7))),
            Some(Ordering::Less)
        );
        assert_eq!(
            moved(&c(Some(28), Some(28)), &c(Some(28), None)),
            Some(Ordering::Greater)
        );
        assert_eq!(moved(&c(Some(3), Some(3)), &c(Some(2), None)), None);
        assert_eq!(
            moved(&c(Some(20), Some(20)), &Count::about(20, "about 20")),
            None
        );
    }
}
