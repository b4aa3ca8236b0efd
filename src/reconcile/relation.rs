//! How two stated values relate: the same, different but both possibly
//! true, or contradictory.
//!
//! The comparisons live on the value types ([`Count::relation`],
//! [`CivilDate::relation`], [`Relation::of_items`]) so the reconciler only
//! groups and folds. Every relation here is between intervals (a count is a
//! range of numbers, a date a range of days), so values that are pairwise
//! compatible are also jointly compatible, and [`Joint`] checks a whole list
//! in one pass.

use crate::date::CivilDate;
use crate::model::{Count, Status};

/// How two stated values relate.
///
/// Ordered from agreement to contradiction, so the relation of several
/// comparisons together is their maximum ([`Relation::and`]).
///
/// ```
/// use counterclaim::{Count, Relation};
///
/// let over = Count::at_least(81, "over 80");
/// assert_eq!(over.relation(&Count::at_least(81, "more than 80")), Relation::Same);
/// assert_eq!(over.relation(&Count::exact(90, "90")), Relation::Compatible);
/// assert_eq!(over.relation(&Count::exact(23, "23")), Relation::Conflicting);
/// assert!(Relation::Same < Relation::Conflicting);
/// ```
#[derive(Clone, Copy, Debug, Eq, PartialEq, Hash, Ord, PartialOrd)]
#[non_exhaustive]
pub enum Relation {
    /// The same value, however it is worded.
    Same,
    /// Different values that can both be true.
    Compatible,
    /// Values that cannot both be true.
    Conflicting,
}

impl Relation {
    /// The relation of two comparisons taken together: the worse of the two.
    ///
    /// ```
    /// use counterclaim::Relation;
    /// assert_eq!(Relation::Same.and(Relation::Compatible), Relation::Compatible);
    /// assert_eq!(Relation::Conflicting.and(Relation::Same), Relation::Conflicting);
    /// ```
    pub fn and(self, other: Relation) -> Relation {
        self.max(other)
    }

    /// The group [`Status`] this relation gives: `Same` is agreed.
    ///
    /// ```
    /// use counterclaim::{Relation, Status};
    /// assert_eq!(Relation::Same.status(), Status::Agreed);
    /// assert_eq!(Relation::Conflicting.status(), Status::Conflicting);
    /// ```
    pub const fn status(self) -> Status {
        match self {
            Relation::Same => Status::Agreed,
            Relation::Compatible => Status::Compatible,
            Relation::Conflicting => Status::Conflicting,
        }
    }

    /// How two lists of items (materiel: "weapons", "vehicles"...) relate.
    ///
    /// Lists of items are partial by nature: a version that names fewer or
    /// other items does not deny the ones it leaves out. So equal sets
    /// (ignoring case, order, repeats and a plural `s`) are `Same`, and any
    /// other pair is `Compatible`; items alone never conflict.
    ///
    /// ```
    /// use counterclaim::Relation;
    /// let all = ["weapons", "vehicles", "motorcycles"];
    /// assert_eq!(Relation::of_items(&all, &["Motorcycles", "weapon", "vehicles"]), Relation::Same);
    /// assert_eq!(Relation::of_items(&all, &["weapons", "vehicles"]), Relation::Compatible);
    /// assert_eq!(Relation::of_items(&["vehicles", "tankers"], &["vehicles", "weapons"]), Relation::Compatible);
    /// ```
    pub fn of_items<A: AsRef<str>, B: AsRef<str>>(a: &[A], b: &[B]) -> Relation {
        if item_keys(a) == item_keys(b) {
            Relation::Same
        } else {
            Relation::Compatible
        }
    }
}

impl Count {
    /// How this count relates to another.
    ///
    /// `Same` when the bounds and the approximation flag are equal, however
    /// the figure is worded ("over 80" and "more than 80" are both 81..).
    /// `Compatible` when the ranges intersect, an approximate figure being
    /// read with the tolerance of [`Count::compatible`] ("about 20" and
    /// "more than 20"; "three" and "multiple"; "at least 30" and "30").
    /// `Conflicting` otherwise (exact 23 and exact 30).
    ///
    /// ```
    /// use counterclaim::{Count, Relation};
    ///
    /// let three = Count::exact(3, "three");
    /// assert_eq!(three.relation(&Count::exact(3, "3")), Relation::Same);
    /// assert_eq!(three.relation(&Count::at_least(2, "multiple")), Relation::Compatible);
    /// assert_eq!(Count::about(20, "about 20").relation(&Count::at_least(21, "more than 20")), Relation::Compatible);
    /// assert_eq!(Count::exact(7, "seven").relation(&Count::exact(9, "nine")), Relation::Conflicting);
    /// ```
    pub fn relation(&self, other: &Count) -> Relation {
        if self.same_value(other) {
            Relation::Same
        } else if self.compatible(other) {
            Relation::Compatible
        } else {
            Relation::Conflicting
        }
    }

    /// The range `(low, high)` this count allows, with the tolerance of an
    /// approximate figure.
    pub(crate) fn tolerance(&self) -> (u64, u64) {
        let lo = self.low.unwrap_or(0);
        let hi = self.high.unwrap_or(u64::MAX);
        if self.approx {
            (lo - lo / 4, hi.saturating_add(hi / 4))
        } else {
            (lo, hi)
        }
    }
}

impl CivilDate {
    /// How this date relates to another.
    ///
    /// `Same` when equal, `Compatible` when one contains the other (June 2025
    /// and 2 June 2025), `Conflicting` when they cannot be the same day.
    ///
    /// ```
    /// use counterclaim::{CivilDate, Relation};
    ///
    /// let june2: CivilDate = "2025-06-02".parse()?;
    /// assert_eq!(june2.relation(&"2025-06-02".parse()?), Relation::Same);
    /// assert_eq!(june2.relation(&"2025-06".parse()?), Relation::Compatible);
    /// assert_eq!(june2.relation(&"2025-07".parse()?), Relation::Conflicting);
    /// # Ok::<(), counterclaim::Error>(())
    /// ```
    pub fn relation(&self, other: &CivilDate) -> Relation {
        if self == other {
            Relation::Same
        } else if self.compatible(other) {
            Relation::Compatible
        } else {
            Relation::Conflicting
        }
    }

    /// The first and last day the date can be, as `(year, month, day)`
    /// triples that compare in calendar order (day 31 stands for "the end of
    /// the month", which is all a comparison needs).
    pub(crate) fn day_range(&self) -> (Day, Day) {
        let y = self.year();
        match (self.month(), self.day()) {
            (Some(m), Some(d)) => ((y, m, d), (y, m, d)),
            (Some(m), None) => ((y, m, 1), (y, m, 31)),
            _ => ((y, 1, 1), (y, 12, 31)),
        }
    }
}

/// A day as `(year, month, day)`, ordered by the calendar.
pub(crate) type Day = (i16, u8, u8);

/// The comparison key of a list of items: folded, sorted, without repeats.
pub(crate) fn item_keys<S: AsRef<str>>(items: &[S]) -> Vec<String> {
    let mut keys: Vec<String> = items
        .iter()
        .map(|s| crate::reconcile::fold::item(s.as_ref()))
        .filter(|s| !s.is_empty())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Whether a whole list of counts and dates can all be true at once, in one
/// pass: the intersection of their ranges is not empty. `None` values (not
/// stated) are compatible with anything, and so are item lists.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Joint {
    count: Option<(u64, u64)>,
    date: Option<(Day, Day)>,
    conflicting: bool,
}

impl Joint {
    pub(crate) fn new() -> Joint {
        Joint {
            count: None,
            date: None,
            conflicting: false,
        }
    }

    /// Adds one stated value.
    pub(crate) fn add(&mut self, count: Option<&Count>, date: Option<&CivilDate>) {
        if let Some(c) = count {
            let (lo, hi) = c.tolerance();
            let (lo, hi) = match self.count {
                Some((a, b)) => (a.max(lo), b.min(hi)),
                None => (lo, hi),
            };
            self.conflicting |= lo > hi;
            self.count = Some((lo, hi));
        }
        if let Some(d) = date {
            let (lo, hi) = d.day_range();
            let (lo, hi) = match self.date {
                Some((a, b)) => (a.max(lo), b.min(hi)),
                None => (lo, hi),
            };
            self.conflicting |= lo > hi;
            self.date = Some((lo, hi));
        }
    }

    /// Whether the values added so far cannot all be true.
    pub(crate) fn conflicting(&self) -> bool {
        self.conflicting
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    #[test]
    fn count_relations() {
        use Relation::*;
        let cases: &[(Count, Count, Relation)] = &[
            (
                Count::at_least(81, "over 80"),
                Count::at_least(81, "more than 80"),
                Same,
            ),
            (Count::exact(3, "three"), Count::exact(3, "3"), Same),
            (
                Count::exact(3, "three"),
                Count::at_least(2, "multiple"),
                Compatible,
            ),
            (
                Count::at_least(30, "at least 30"),
                Count::exact(30, "30"),
                Compatible,
            ),
            (
                Count::about(20, "about 20"),
                Count::at_least(21, "more than 20"),
                Compatible,
            ),
            (
                Count::at_least(24, "dozens"),
                Count::exact(47, "47"),
                Compatible,
            ),
            (
                Count::at_most(99, "nearly 100"),
                Count::exact(90, "90"),
                Compatible,
            ),
            (
                Count::exact(20, "20"),
                Count::about(20, "about 20"),
                Compatible,
            ),
            (Count::exact(23, "23"), Count::exact(30, "30"), Conflicting),
            (
                Count::exact(8, "eight"),
                Count::exact(54, "54"),
                Conflicting,
            ),
            (
                Count::exact(7, "seven"),
                Count::exact(9, "nine"),
                Conflicting,
            ),
            (
                Count::at_most(99, "nearly 100"),
                Count::exact(100, "100"),
                Conflicting,
            ),
            (
                Count::exact(3, "three"),
                Count::at_least(81, "over 80"),
                Conflicting,
            ),
        ];
        for (a, b, want) in cases {
            assert_eq!(a.relation(b), *want, "{} vs {}", a.text, b.text);
            assert_eq!(b.relation(a), *want, "{} vs {} (reversed)", b.text, a.text);
        }
    }

    #[test]
    fn date_relations() {
        use Relation::*;
        let cases = [
            ("2025-06-02", "2025-06-02", Same),
            ("2025-06", "2025-06", Same),
            ("2025-06-02", "2025-06", Compatible),
            ("2025", "2025-06-02", Compatible),
            ("2025-06-02", "2025-07", Conflicting),
            ("2025-06", "2025-07", Conflicting),
            ("2025-06-02", "2025-06-01", Conflicting),
            ("2024", "2025-06", Conflicting),
        ];
        for (a, b, want) in cases {
            assert_eq!(d(a).relation(&d(b)), want, "{a} vs {b}");
            assert_eq!(d(b).relation(&d(a)), want, "{b} vs {a}");
        }
    }

    #[test]
    fn item_relations() {
        use Relation::*;
        let empty: [&str; 0] = [];
        assert_eq!(Relation::of_items(&["weapons"], &["Weapons "]), Same);
        assert_eq!(
            Relation::of_items(&["weapons", "weapon"], &["weapons"]),
            Same
        );
        assert_eq!(Relation::of_items(&empty, &empty), Same);
        assert_eq!(
            Relation::of_items(&["weapons", "vehicles"], &["weapons"]),
            Compatible
        );
        assert_eq!(Relation::of_items(&["weapons"], &["vehicles"]), Compatible);
    }

    #[test]
    fn relation_order_and_status() {
        assert_eq!(
            Relation::Compatible.and(Relation::Same),
            Relation::Compatible
        );
        assert_eq!(
            Relation::Compatible.and(Relation::Conflicting),
            Relation::Conflicting
        );
        assert_eq!(Relation::Compatible.status(), Status::Compatible);
    }

    #[test]
    fn joint_tolerance_is_count_compatible() {
        // `Joint` reads counts with `Count::tolerance`; it must agree with
        // `Count::compatible` on every pair.
        let mut counts = Vec::new();
        for n in [0, 1, 2, 3, 4, 8, 15, 16, 20, 21, 25, 26, 30] {
            counts.push(Count::exact(n, ""));
            counts.push(Count::at_least(n, ""));
            counts.push(Count::at_most(n, ""));
            counts.push(Count::about(n, ""));
            counts.push(Count::range(Some(n), Some(n + 5), ""));
        }
        for a in &counts {
            for b in &counts {
                let mut j = Joint::new();
                j.add(Some(a), None);
                j.add(Some(b), None);
                assert_eq!(!j.conflicting(), a.compatible(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn joint_agrees_with_pairwise() {
        let counts = [
            Count::exact(3, "three"),
            Count::at_least(2, "multiple"),
            Count::at_most(5, "up to 5"),
            Count::about(4, "about 4"),
        ];
        let mut j = Joint::new();
        for c in &counts {
            j.add(Some(c), None);
        }
        assert!(!j.conflicting());
        j.add(Some(&Count::exact(9, "nine")), None);
        assert!(j.conflicting());

        let mut j = Joint::new();
        for s in ["2025-06-02", "2025-06", "2025"] {
            j.add(None, Some(&d(s)));
        }
        assert!(!j.conflicting());
        j.add(None, Some(&d("2025-07")));
        assert!(j.conflicting());

        let mut j = Joint::new();
        j.add(None, None);
        j.add(Some(&Count::exact(1, "one")), None);
        assert!(!j.conflicting());
    }
}
