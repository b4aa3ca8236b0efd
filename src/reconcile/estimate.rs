//! Casualty estimates by the two conventions analysts use.
//!
//! * ACLED records the most conservative figure reported: here the lowest
//!   figure any version states ("over 80" counts as 81, "nearly 100" as 99,
//!   "about 40" as 40).
//! * UCDP records a low, a best and a high estimate: low is the lowest
//!   figure stated, high the highest, and best the figure stated by the most
//!   versions; on a tie, the figure of the latest version among the tied
//!   ones, since input order runs from early copies to updates. A range
//!   ("between 20 and 30") stands for its midpoint as a best figure.

use crate::model::{Count, Estimate, Variant};

/// The lowest figure a count allows, as stated.
fn floor(c: &Count) -> Option<u64> {
    c.low.or(c.high)
}

/// The highest figure a count states (its low bound when open-ended).
fn ceil(c: &Count) -> Option<u64> {
    c.high.or(c.low)
}

/// One figure standing for the count.
fn point(c: &Count) -> Option<u64> {
    match (c.low, c.high) {
        (Some(l), Some(h)) if h >= l => Some(l + (h - l) / 2),
        (l, h) => l.or(h),
    }
}

/// `"over 80" (a, b)`.
fn cite(v: &Variant) -> String {
    format!("\"{}\" ({})", v.text, v.versions.join(", "))
}

/// The estimate of a casualty group from its variants; `last[i]` is the
/// input index of the latest version stating variant `i`. `None` when no
/// version gives a figure.
pub(crate) fn estimate(variants: &[Variant], last: &[usize]) -> Option<Estimate> {
    let figures: Vec<(usize, &Count)> = variants
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            v.count
                .as_ref()
                .filter(|c| point(c).is_some())
                .map(|c| (i, c))
        })
        .collect();
    let lowest = figures.iter().min_by_key(|(_, c)| floor(c))?;
    let highest = figures.iter().max_by_key(|(_, c)| ceil(c))?;
    // Most versions; then the latest version (each version states one
    // variant, so the latest versions differ).
    let best = figures
        .iter()
        .max_by_key(|(i, _)| (variants[*i].versions.len(), last[*i]))?;
    let stating: usize = figures
        .iter()
        .map(|(i, _)| variants[*i].versions.len())
        .sum();
    let best_n = variants[best.0].versions.len();
    let tied = figures
        .iter()
        .filter(|(i, _)| variants[*i].versions.len() == best_n)
        .count();
    let conservative = floor(lowest.1);
    let (best_fig, high) = (point(best.1), ceil(highest.1));
    let stated: Vec<String> = figures.iter().map(|(i, _)| cite(&variants[*i])).collect();
    let why = if figures.len() == 1 {
        "the only figure".to_string()
    } else if tied > 1 {
        format!(
            "{tied} figures are each stated by {best_n} of the {stating} versions giving one, \
             so the latest version's"
        )
    } else {
        format!("stated by {best_n} of the {stating} versions giving one")
    };
    let reason = format!(
        "figures stated: {}. ACLED (most conservative): {c}, the lowest figure. UCDP: low {c}, \
         the lowest; high {h}, the highest; best {b} (\"{bt}\"), {why}",
        stated.join("; "),
        c = fmt(conservative),
        h = fmt(high),
        b = fmt(best_fig),
        bt = variants[best.0].text,
    );
    Some(Estimate {
        conservative,
        low: conservative,
        best: best_fig,
        high,
        reason,
    })
}

fn fmt(n: Option<u64>) -> String {
    n.map_or_else(|| "none".to_string(), |n| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn var(count: Option<Count>, versions: &[&str]) -> Variant {
        Variant {
            text: count
                .as_ref()
                .map_or("(no figure)".into(), |c| c.text.clone()),
            count,
            items: vec![],
            date: None,
            versions: versions.iter().map(|s| s.to_string()).collect(),
            spans: vec![],
        }
    }

    #[test]
    fn one_figure() {
        let e = estimate(
            &[var(Some(Count::at_least(81, "over 80")), &["a", "b"])],
            &[1],
        )
        .unwrap();
        assert_eq!(
            (e.conservative, e.low, e.best, e.high),
            (Some(81), Some(81), Some(81), Some(81))
        );
        assert!(e.reason.contains("the only figure"), "{}", e.reason);
        assert!(e.reason.contains("\"over 80\" (a, b)"), "{}", e.reason);
    }

    #[test]
    fn majority_then_latest() {
        let vs = [
            var(Some(Count::exact(8, "eight")), &["a"]),
            var(Some(Count::exact(54, "54")), &["b"]),
        ];
        let e = estimate(&vs, &[0, 1]).unwrap();
        assert_eq!(
            (e.conservative, e.low, e.best, e.high),
            (Some(8), Some(8), Some(54), Some(54))
        );
        assert!(e.reason.contains("latest"), "{}", e.reason);

        let vs = [
            var(Some(Count::exact(23, "23")), &["a", "b"]),
            var(Some(Count::exact(30, "30")), &["c"]),
            var(None, &["d"]),
        ];
        let e = estimate(&vs, &[1, 2, 3]).unwrap();
        assert_eq!(
            (e.conservative, e.best, e.high),
            (Some(23), Some(23), Some(30))
        );
        assert!(e.reason.contains("2 of the 3"), "{}", e.reason);
    }

    #[test]
    fn vague_and_ranged_figures() {
        let vs = [
            var(Some(Count::at_most(99, "nearly 100")), &["a"]),
            var(
                Some(Count::range(Some(20), Some(30), "between 20 and 30")),
                &["b", "c"],
            ),
            var(Some(Count::about(40, "about 40")), &["d"]),
        ];
        let e = estimate(&vs, &[0, 2, 3]).unwrap();
        assert_eq!(
            (e.conservative, e.best, e.high),
            (Some(20), Some(25), Some(99))
        );
    }

    #[test]
    fn no_figure_no_estimate() {
        assert_eq!(estimate(&[var(None, &["a"])], &[0]), None);
        assert_eq!(
            estimate(&[var(Some(Count::range(None, None, "")), &["a"])], &[0]),
            None
        );
    }
}
