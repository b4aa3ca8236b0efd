//! Civil dates with a precision, and the calendar arithmetic that resolves
//! relative expressions against a publication date.
//!
//! The arithmetic uses `jiff::civil::Date` internally; jiff stays out of the
//! public API.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, ErrorKind};

/// A calendar date that may be known only to the month or the year.
///
/// Serializes as `"YYYY-MM-DD"`, `"YYYY-MM"` or `"YYYY"`, the forms the JSON
/// contract uses.
///
/// ```
/// use counterclaim::CivilDate;
///
/// let d: CivilDate = "2025-07-01".parse()?;
/// assert_eq!(d, CivilDate::ymd(2025, 7, 1).unwrap());
/// assert_eq!(CivilDate::ym(2025, 6).unwrap().to_string(), "2025-06");
/// assert_eq!(CivilDate::y(2011).to_string(), "2011");
/// assert!("2025-02-30".parse::<CivilDate>().is_err());
/// # Ok::<(), counterclaim::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Eq, PartialEq, Hash, Ord, PartialOrd)]
pub struct CivilDate {
    year: i16,
    month: Option<u8>,
    day: Option<u8>,
}

/// How precisely a [`CivilDate`] is known.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Hash, Ord, PartialOrd, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Precision {
    /// Known to the year.
    Year,
    /// Known to the month.
    Month,
    /// Known to the day.
    Day,
}

impl CivilDate {
    /// A date known to the day, or `None` if it does not exist.
    ///
    /// ```
    /// use counterclaim::CivilDate;
    /// assert!(CivilDate::ymd(2024, 2, 29).is_some());
    /// assert!(CivilDate::ymd(2025, 2, 29).is_none());
    /// ```
    pub fn ymd(year: i16, month: u8, day: u8) -> Option<CivilDate> {
        jiff::civil::Date::new(year, month as i8, day as i8).ok()?;
        Some(CivilDate {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// A date known to the month, or `None` if the month is not 1..=12.
    ///
    /// ```
    /// use counterclaim::CivilDate;
    /// assert_eq!(CivilDate::ym(2023, 11).unwrap().to_string(), "2023-11");
    /// ```
    pub fn ym(year: i16, month: u8) -> Option<CivilDate> {
        if !(1..=12).contains(&month) || !(1..=9999).contains(&year) {
            return None;
        }
        Some(CivilDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A date known to the year.
    ///
    /// ```
    /// use counterclaim::CivilDate;
    /// assert_eq!(CivilDate::y(2015).year(), 2015);
    /// ```
    pub const fn y(year: i16) -> CivilDate {
        CivilDate {
            year,
            month: None,
            day: None,
        }
    }

    /// The year.
    pub const fn year(&self) -> i16 {
        self.year
    }

    /// The month (1..=12), when known.
    pub const fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when known.
    pub const fn day(&self) -> Option<u8> {
        self.day
    }

    /// How precisely the date is known.
    ///
    /// ```
    /// use counterclaim::{CivilDate, Precision};
    /// assert_eq!(CivilDate::ym(2025, 6).unwrap().precision(), Precision::Month);
    /// ```
    pub const fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Whether both dates can describe the same day: one contains the other
    /// (2025-06 contains 2025-06-02) or they are equal.
    ///
    /// ```
    /// use counterclaim::CivilDate;
    /// let june: CivilDate = "2025-06".parse().unwrap();
    /// assert!(june.compatible(&"2025-06-02".parse().unwrap()));
    /// assert!(!june.compatible(&"2024-06".parse().unwrap()));
    /// ```
    pub fn compatible(&self, other: &CivilDate) -> bool {
        self.year == other.year && opt_eq(self.month, other.month) && opt_eq(self.day, other.day)
    }

    fn to_jiff(self) -> Option<jiff::civil::Date> {
        jiff::civil::Date::new(self.year, self.month? as i8, self.day? as i8).ok()
    }

    fn from_jiff(d: jiff::civil::Date) -> CivilDate {
        CivilDate {
            year: d.year(),
            month: Some(d.month() as u8),
            day: Some(d.day() as u8),
        }
    }

    /// The day `days` days later (negative: earlier); `None` unless the date
    /// is known to the day.
    pub(crate) fn add_days(self, days: i32) -> Option<CivilDate> {
        let d = self.to_jiff()?;
        let span = jiff::Span::new().try_days(days).ok()?;
        d.checked_add(span).ok().map(CivilDate::from_jiff)
    }

    /// The month `months` months later (negative: earlier), at month precision.
    pub(crate) fn add_months(self, months: i32) -> Option<CivilDate> {
        let m = i32::from(self.month?) - 1 + months;
        let year = i32::from(self.year) + m.div_euclid(12);
        CivilDate::ym(i16::try_from(year).ok()?, (m.rem_euclid(12) + 1) as u8)
    }

    /// Monday = 0 .. Sunday = 6, when known to the day.
    pub(crate) fn weekday(self) -> Option<u8> {
        Some(self.to_jiff()?.weekday().to_monday_zero_offset() as u8)
    }

    /// The latest day on or before `self` (or strictly before, if `strict`)
    /// that falls on `weekday` (Monday = 0).
    pub(crate) fn last_weekday(self, weekday: u8, strict: bool) -> Option<CivilDate> {
        let today = self.weekday()?;
        let mut back = (i32::from(today) - i32::from(weekday)).rem_euclid(7);
        if back == 0 && strict {
            back = 7;
        }
        self.add_days(-back)
    }

    /// The latest month `month` on or before `self`'s month (strictly before
    /// if `strict`), at month precision.
    pub(crate) fn last_month_named(self, month: u8, strict: bool) -> Option<CivilDate> {
        let cur = self.month?;
        let year = if month < cur || (month == cur && !strict) {
            self.year
        } else {
            self.year - 1
        };
        CivilDate::ym(year, month)
    }

    /// The latest `month`/`day` on or before `self` (past bias for news).
    pub(crate) fn last_day_of_year(self, month: u8, day: u8) -> Option<CivilDate> {
        let this = CivilDate::ymd(self.year, month, day);
        match this {
            Some(d) if (d.month, d.day) <= (self.month, self.day) => Some(d),
            _ => CivilDate::ymd(self.year - 1, month, day),
        }
    }
}

fn opt_eq(a: Option<u8>, b: Option<u8>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for CivilDate {
    type Err = Error;

    fn from_str(s: &str) -> Result<CivilDate, Error> {
        let bad = || {
            Error::from(ErrorKind::InvalidDate {
                input: s.to_string(),
            })
        };
        let mut parts = s.trim().split('-');
        let num = |p: Option<&str>, len: usize| -> Option<Option<u16>> {
            match p {
                None => Some(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().ok().map(Some)
                }
                Some(_) => None,
            }
        };
        let year = num(parts.next(), 4).flatten().ok_or_else(bad)?;
        let month = num(parts.next(), 2).ok_or_else(bad)?;
        let day = num(parts.next(), 2).ok_or_else(bad)?;
        if parts.next().is_some() {
            return Err(bad());
        }
        let year = year as i16;
        match (month, day) {
            (None, _) if year >= 1 => Ok(CivilDate::y(year)),
            (Some(m), None) => CivilDate::ym(year, m as u8).ok_or_else(bad),
            (Some(m), Some(d)) => CivilDate::ymd(year, m as u8, d as u8).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl Serialize for CivilDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CivilDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<CivilDate, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    #[test]
    fn parse_and_display_round_trip() {
        for s in ["2025-07-01", "2025-07", "2025", "0999-12-31"] {
            assert_eq!(d(s).to_string(), s);
        }
        for s in [
            "",
            "2025-7-01",
            "2025-13",
            "2025-02-29",
            "20250",
            "2025-01-01-01",
            "x",
        ] {
            assert!(s.parse::<CivilDate>().is_err(), "{s}");
        }
    }

    #[test]
    fn weekday_resolution_has_past_bias() {
        // 2016-01-18 was a Monday.
        let p = d("2016-01-18");
        assert_eq!(p.weekday(), Some(0));
        assert_eq!(p.last_weekday(4, false), Some(d("2016-01-15")));
        assert_eq!(p.last_weekday(0, false), Some(p));
        assert_eq!(p.last_weekday(0, true), Some(d("2016-01-11")));
        assert_eq!(p.last_weekday(6, false), Some(d("2016-01-17")));
    }

    #[test]
    fn month_arithmetic() {
        let p = d("2024-01-05");
        assert_eq!(p.add_months(-1), Some(d("2023-12")));
        assert_eq!(p.last_month_named(11, false), Some(d("2023-11")));
        assert_eq!(p.last_month_named(1, false), Some(d("2024-01")));
        assert_eq!(p.last_month_named(1, true), Some(d("2023-01")));
        assert_eq!(p.last_day_of_year(12, 30), Some(d("2023-12-30")));
        assert_eq!(p.last_day_of_year(1, 2), Some(d("2024-01-02")));
        assert_eq!(d("2024-03-01").add_days(-1), Some(d("2024-02-29")));
    }

    #[test]
    fn compatibility() {
        assert!(d("2025-06").compatible(&d("2025-06-02")));
        assert!(!d("2025-06-02").compatible(&d("2025-06-01")));
        assert!(d("2025").compatible(&d("2025-06-01")));
    }
}
