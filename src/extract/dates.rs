//! Date expressions: weekdays, day and month, numeric dates (`31/03/2026`,
//! `2026-03-31`), months, years and relative expressions, resolved against
//! the publication date with a past bias.

use crate::pattern::Regex;
use once_cell::sync::Lazy;

use crate::date::CivilDate;

/// A date expression found in folded text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FoundDate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: Option<CivilDate>,
    /// Marks an earlier event by its words alone ("earlier this month").
    pub(crate) prior_cue: bool,
}

pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `word` names a day of the week ("Monday", "monday").
pub(crate) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

static DATE_RE: Lazy<Regex> = Lazy::new(|| {
    // Month and day names as written in running text or in capitals (a
    // communique printed in full: "ON TUESDAY 16 JUNE 2026").
    let month = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Sept?\.?|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.)";
    let month_abbr = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?";
    let weekday = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";
    let part = r"(?:morning|afternoon|evening|night)";
    super::compile(&format!(
        r"(?x)
        (?P<md>(?:(?i:by|of|until|from|since)\s+)?(?P<md_m>{month}|{month_abbr})\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<md_y>(?:19|20)\d\d)\b)?)
      | (?P<dm>(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{month}|{month_abbr})(?:,?\s+(?P<dm_y>(?:19|20)\d\d)\b)?)
      | (?P<my>(?:(?:early|late|mid)[-\s])?(?P<my_m>{month})\s+(?:of\s+)?(?P<my_y>(?:19|20)\d\d)\b)
      | (?P<wd>(?:(?:early|late)\s+(?:on\s+)?)?(?:(?:on\s+)?the\s+{part}\s+of\s+)?(?P<wd_last>last\s+)?(?P<wd_d>{weekday})(?:'s)?(?:\s+{part})?)
      | (?P<mo>(?:(?i:early|late|mid)[-\s])?(?:(?P<mo_last>(?i:last|this|in|since|during|until|by|of|from|early|late|mid))(?:\s+|-))(?P<mo_m>{month})(?:,?\s+(?P<mo_y>(?:19|20)\d\d)|\s+(?P<mo_ly>last\s+year))?\b)
      | (?P<rel>(?i:yesterday|today|tonight|last\s+night|last\s+evening|the\s+day\s+before|a\s+day\s+(?:prior|earlier|before)|the\s+previous\s+day|the\s+following\s+day|the\s+next\s+day
            |earlier\s+this\s+(?:month|week|year)|this\s+(?:month|week|year)|last\s+(?:weekend|week|month|year)|(?:a|one|two|three)\s+weeks?\s+(?:earlier|before|prior|later)
            |(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|prior|before)
            |(?:just\s+)?(?:days|weeks|months|years)\s+(?:ago|earlier|prior|before)
            |more\s+than\s+a\s+decade\s+ago|a\s+decade\s+ago))
      | (?P<num>\b(?:(?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})/|(?P<num_c>\d{{1,2}})\.(?P<num_d>\d{{1,2}})\.)(?P<num_y>(?:19|20)\d\d)\b)
      | (?P<iso>(?:(?i:in|since|of|until|by|from|during|before|after|and|or|to|on)\s+)?\b(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b)
      | (?P<y>(?:(?i:in|since|of|until|by|from|early|late|mid|during|before|after|and|or|to|'s)\s+)(?P<y_y>(?:19|20)\d\d)\b(?:'s)?)
      | (?P<yb>\b(?P<yb_y>(?:19|20)\d\d)\s+(?:coup|elections?|attacks?|offensive|uprising|rebellion|crisis|war|putsch|takeover|massacre|raid|ceasefire|insurgency|mutiny|invasion|revolution|protests?|siege|referendum|constitution|(?:(?:peace|ceasefire|power-sharing)\s+)?(?:accord|agreement|deal|treaty|talks))\b)
        "
    ))
    .expect("date pattern compiles")
});

fn month_index(s: &str) -> Option<u8> {
    let s = s.trim_end_matches('.').to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| m.starts_with(&s) && s.len() >= 3)
        .map(|i| i as u8 + 1)
}

/// The date written `a/b/y` or `a.b.y`: day first, as most of the world
/// writes it, unless only the other order makes a date ("4/23/2025"). When
/// both do ("3/4/2025") and only one of them is not after the publication
/// date, that one wins (a report tells of the past); else day first.
fn numeric_date(y: i16, a: u8, b: u8, published: Option<CivilDate>) -> Option<CivilDate> {
    let day_first = CivilDate::ymd(y, b, a);
    let month_first = CivilDate::ymd(y, a, b);
    match (day_first, month_first, published) {
        // Day first, unless only the month-first reading is in the past.
        (Some(d), Some(m), Some(p)) if m <= p && d > p => Some(m),
        (Some(d), _, _) => Some(d),
        (None, m, _) => m,
    }
}

fn small_number(s: &str) -> Option<i32> {
    Some(match s.to_ascii_lowercase().as_str() {
        "a" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        other => other.parse().ok()?,
    })
}

fn resolve_relative(
    text: &str,
    published: Option<CivilDate>,
    anchor: Option<CivilDate>,
) -> (Option<CivilDate>, bool) {
    let t = text.to_ascii_lowercase();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(p) = published else {
        return (None, t.starts_with("earlier this"));
    };
    let day = |n: i32| p.add_days(n);
    match t.as_str() {
        "today" | "tonight" => (Some(p), false),
        "yesterday" | "last night" | "last evening" => (day(-1), false),
        "the day before" | "a day prior" | "a day earlier" | "a day before"
        | "the previous day" => (anchor.unwrap_or(p).add_days(-1), false),
        "the following day" | "the next day" => (anchor.and_then(|a| a.add_days(1)), false),
        "a week earlier" | "a week before" | "a week prior" | "one week earlier" => {
            (anchor.unwrap_or(p).add_days(-7), anchor.is_none())
        }
        "last weekend" => (p.last_weekday(5, true), false),
        "earlier this month" => (p.add_months(0), true),
        "this month" => (p.add_months(0), false),
        "earlier this week" | "this week" | "last week" => {
            // Within the news window: "earlier this week" dates the attack
            // a report is about as often as an earlier one.
            let back = if t == "last week" { -7 } else { 0 };
            (day(back).and_then(|d| d.add_months(0)), false)
        }
        "last month" => (p.add_months(-1), false),
        "earlier this year" => (Some(CivilDate::y(p.year())), true),
        "this year" => (Some(CivilDate::y(p.year())), false),
        "last year" => (Some(CivilDate::y(p.year() - 1)), true),
        _ => {
            let words: Vec<&str> = t.split(' ').collect();
            match words.as_slice() {
                [n, unit, _] if small_number(n).is_some() => {
                    let n = small_number(n).unwrap_or(0);
                    let v = if unit.starts_with("day") {
                        day(-n)
                    } else if unit.starts_with("week") {
                        day(-7 * n).and_then(|d| d.add_months(0))
                    } else if unit.starts_with("month") {
                        p.add_months(-n)
                    } else {
                        Some(CivilDate::y(p.year() - n as i16))
                    };
                    (v, true)
                }
                _ => (None, true),
            }
        }
    }
}

/// Finds the date expressions in `text[range]`, resolving them against
/// `published`.
/// Whether a capitalised "Today" or "Tonight" ends a name ("Andes
/// Today", "USA TODAY"): a capitalised word stands right before it on the
/// same line, with no sentence end between.
fn is_title_word(word: &str, before: &str) -> bool {
    if !word.starts_with('T') || !matches!(word.to_ascii_lowercase().as_str(), "today" | "tonight")
    {
        return false;
    }
    let Some(lead) = before.strip_suffix(' ') else {
        return false;
    };
    let prev = lead.rsplit([' ', '\n']).next().unwrap_or("");
    prev.starts_with(|c: char| c.is_ascii_uppercase())
        && prev
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
}

pub(crate) fn find(
    text: &str,
    start: usize,
    end: usize,
    published: Option<CivilDate>,
    out: &mut Vec<FoundDate>,
) {
    let hay = &text[start..end];
    // "The following day", "the previous day": from the last day named
    // before, in this sentence or an earlier one (a few dates back at
    // most, so the scan stays linear).
    let mut anchor: Option<CivilDate> = out
        .iter()
        .rev()
        .take(8)
        .find_map(|d| d.value.filter(|v| v.day().is_some()));
    for caps in DATE_RE.captures_iter(hay) {
        let Some(m) = caps.get(0) else { continue };
        let mut s = m.start();
        // Leading prepositions belong to the sentence, not the date.
        let lead = [
            "in ", "since ", "during ", "until ", "by ", "from ", "of ", "on ", "In ", "Since ",
        ];
        let mut text_part = m.as_str();
        for l in lead {
            if let Some(rest) = text_part.strip_prefix(l) {
                if caps.name("y").is_some()
                    || caps.name("md").is_some()
                    || caps.name("mo").is_some() && !text_part.starts_with("last")
                {
                    s += l.len();
                    text_part = rest;
                }
                break;
            }
        }
        let mut e = m.end();
        if text_part.ends_with("'s") {
            e -= 2;
        }
        let (value, prior_cue) = if caps.name("md").is_some() || caps.name("dm").is_some() {
            let (mo, d, y) = if caps.name("md").is_some() {
                (
                    caps.name("md_m").map(|m| m.as_str()),
                    caps.name("md_d"),
                    caps.name("md_y"),
                )
            } else {
                (
                    caps.name("dm_m").map(|m| m.as_str()),
                    caps.name("dm_d"),
                    caps.name("dm_y"),
                )
            };
            let month = mo.and_then(month_index);
            let day: Option<u8> = d.and_then(|d| d.as_str().parse().ok());
            let v = match (month, day, y.and_then(|y| y.as_str().parse::<i16>().ok())) {
                (Some(m), Some(d), Some(y)) => CivilDate::ymd(y, m, d),
                (Some(m), Some(d), None) => published.and_then(|p| p.last_day_of_year(m, d)),
                _ => None,
            };
            if v.is_none() && month.is_some() && day.is_some_and(|d| d > 31) {
                continue;
            }
            (v, false)
        } else if let Some(y) = caps.name("num_y").or_else(|| caps.name("iso_y")) {
            let y_match_start = y.start();
            let y: Option<i16> = y.as_str().parse().ok();
            let num = |g: &str| caps.name(g).and_then(|m| m.as_str().parse::<u8>().ok());
            let v = if caps.name("iso").is_some() {
                s = y_match_start;
                y.zip(num("iso_m").zip(num("iso_d")))
                    .and_then(|(y, (m, d))| CivilDate::ymd(y, m, d))
            } else {
                let (a, b) = (
                    num("num_a").or_else(|| num("num_c")),
                    num("num_b").or_else(|| num("num_d")),
                );
                y.zip(a.zip(b))
                    .and_then(|(y, (a, b))| numeric_date(y, a, b, published))
            };
            if v.is_none() {
                continue;
            }
            (v, false)
        } else if caps.name("my").is_some() {
            let m = caps.name("my_m").and_then(|m| month_index(m.as_str()));
            let y = caps
                .name("my_y")
                .and_then(|y| y.as_str().parse::<i16>().ok());
            (m.zip(y).and_then(|(m, y)| CivilDate::ym(y, m)), false)
        } else if let Some(wd) = caps.name("wd_d") {
            let idx = WEEKDAYS
                .iter()
                .position(|w| w.eq_ignore_ascii_case(wd.as_str()))
                .unwrap_or(0) as u8;
            let strict = caps.name("wd_last").is_some();
            (published.and_then(|p| p.last_weekday(idx, strict)), false)
        } else if caps.name("mo").is_some() {
            let m = caps.name("mo_m").and_then(|m| month_index(m.as_str()));
            // "May" after a preposition is a month; the modal verb never follows one.
            let last = caps
                .name("mo_last")
                .map(|l| l.as_str().to_ascii_lowercase());
            let strict = last.as_deref() == Some("last");
            if !strict {
                // Drop the leading preposition from the text.
                if let Some(mm) = caps.name("mo_m") {
                    if caps
                        .name("mo")
                        .is_some_and(|mo| !mo.as_str().starts_with(['e', 'l', 'm', 'E', 'L', 'M']))
                    {
                        s = mm.start();
                    }
                }
            }
            let year = caps
                .name("mo_y")
                .and_then(|y| y.as_str().parse::<i16>().ok())
                .or_else(|| caps.name("mo_ly").and(published).map(|p| p.year() - 1));
            let v = match year {
                Some(y) => m.and_then(|m| CivilDate::ym(y, m)),
                None => m.and_then(|m| published.and_then(|p| p.last_month_named(m, strict))),
            };
            (v, false)
        } else if let Some(r) = caps.name("rel") {
            // "Andes Today", "ANDES TODAY": a title, not a day.
            if is_title_word(r.as_str(), &hay[..r.start()]) {
                continue;
            }
            resolve_relative(r.as_str(), published, anchor)
        } else if let Some(y) = caps.name("y_y").or_else(|| caps.name("yb_y")) {
            if caps.name("yb").is_some() {
                s = y.start();
                e = y.end();
            }
            (y.as_str().parse::<i16>().ok().map(CivilDate::y), false)
        } else {
            continue;
        };
        if value.is_some_and(|v| v.day().is_some()) {
            anchor = value;
        }
        out.push(FoundDate {
            start: start + s,
            end: start + e.max(s),
            value,
            prior_cue,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
        let mut out = Vec::new();
        find(
            text,
            0,
            text.len(),
            published.map(|p| p.parse().unwrap()),
            &mut out,
        );
        out.into_iter()
            .map(|d| {
                (
                    text[d.start..d.end].to_string(),
                    d.value.map(|v| v.to_string()),
                )
            })
            .collect()
    }

    fn one(text: &str, published: &str) -> (String, Option<String>) {
        let mut v = run(text, Some(published));
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.remove(0)
    }

    /// "Today" that ends a title ("Sahel Today") is no date; one that
    /// opens a sentence or stands in lower case is.
    #[test]
    fn today_in_a_title_is_no_date() {
        assert!(super::is_title_word("Today", "a doctor told Sahel "));
        assert!(super::is_title_word("TODAY", "KIVU "));
        assert!(!super::is_title_word("Today", "fled on Monday. "));
        assert!(!super::is_title_word("today", "Residents fled "));
        assert!(!super::is_title_word("Today", ""));
    }

    #[test]
    fn numeric_dates_day_first_unless_only_the_other_order_is_a_date() {
        let got = run(
            "Signed 07/11/2024 in Goma; filed 12.05.2024; 5/28/2024 in a US \
             paper; logged 2024-06-02. Not dates: 1/2, 3.5.20245, 12/40/2024.",
            Some("2024-11-20"),
        );
        let want = [
            ("07/11/2024", "2024-11-07"),
            ("12.05.2024", "2024-05-12"),
            ("5/28/2024", "2024-05-28"),
            ("2024-06-02", "2024-06-02"),
        ];
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(t, v)| (t.to_string(), Some(v.to_string())))
            .collect();
        assert_eq!(got, want);
        // Both orders make a date: the one not after publication wins...
        assert_eq!(
            one("Dated 10/12/2024.", "2024-11-20"),
            ("10/12/2024".to_string(), Some("2024-10-12".to_string()))
        );
        // ...and day first when both are in the past, or with no date.
        assert_eq!(
            one("Dated 02/03/2024.", "2024-11-20"),
            ("02/03/2024".to_string(), Some("2024-03-02".to_string()))
        );
        assert_eq!(
            run("Dated 02/03/2024.", None),
            [("02/03/2024".to_string(), Some("2024-03-02".to_string()))]
        );
    }

    /// A release printed in capitals keeps its dates; "MAY" alone is no
    /// month.
    #[test]
    fn dates_in_capitals() {
        let got = run(
            "ON FRIDAY 3 APRIL 2026 A PATROL WAS AMBUSHED. CITIZENS MAY CALL THE HOTLINE.",
            Some("2026-04-06"),
        );
        assert_eq!(
            got,
            [
                ("FRIDAY".to_string(), Some("2026-04-03".to_string())),
                ("3 APRIL 2026".to_string(), Some("2026-04-03".to_string())),
            ]
        );
    }

    /// A preposition before a month and day does not cut the day off.
    #[test]
    fn a_preposition_before_a_full_date() {
        assert_eq!(
            one(
                "Troops must leave the district by June 30, 2027.",
                "2027-01-10"
            ),
            ("June 30, 2027".to_string(), Some("2027-06-30".to_string()))
        );
        assert_eq!(
            one(
                "Shelling went on through the night of August 4.",
                "2026-08-06"
            ),
            ("August 4".to_string(), Some("2026-08-04".to_string()))
        );
        assert_eq!(
            one("The camp has been empty since May 12.", "2026-08-06"),
            ("May 12".to_string(), Some("2026-05-12".to_string()))
        );
    }

    #[test]
    fn weekdays_resolve_to_the_latest_on_or_before_publication() {
        // 2024-03-13 was a Wednesday.
        assert_eq!(
            one("gunmen struck early on Monday", "2024-03-13")
                .1
                .as_deref(),
            Some("2024-03-11")
        );
        assert_eq!(
            one("fighting on Wednesday evening", "2024-03-13")
                .1
                .as_deref(),
            Some("2024-03-13")
        );
        assert_eq!(
            one("on the night of Thursday", "2024-03-13").1.as_deref(),
            Some("2024-03-07")
        );
        assert_eq!(
            one("since last Wednesday", "2024-03-13").1.as_deref(),
            Some("2024-03-06")
        );
        assert_eq!(one("Saturday's ambush", "2024-03-13").0, "Saturday");
    }

    #[test]
    fn parts_of_a_month_with_a_hyphen() {
        assert_eq!(
            one("the offensive that began in mid-February", "2024-03-13"),
            ("mid-February".to_string(), Some("2024-02".to_string()))
        );
        assert_eq!(
            one("raids in early-January", "2024-03-13").1.as_deref(),
            Some("2024-01")
        );
    }

    #[test]
    fn days_months_and_years() {
        assert_eq!(
            one("the raid on March 9", "2024-03-13").1.as_deref(),
            Some("2024-03-09")
        );
        assert_eq!(
            one("on 20 December", "2024-03-13").1.as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            one("on 4 August 2019", "2024-03-13").1.as_deref(),
            Some("2019-08-04")
        );
        assert_eq!(
            one("in September 2021", "2024-03-13").1.as_deref(),
            Some("2021-09")
        );
        let (t, v) = one("in October", "2024-03-13");
        assert_eq!((t.as_str(), v.as_deref()), ("October", Some("2023-10")));
        assert_eq!(
            one("last March", "2024-03-13").1.as_deref(),
            Some("2023-03")
        );
        assert_eq!(
            one("since 2012", "2024-03-13"),
            ("2012".into(), Some("2012".into()))
        );
        assert_eq!(one("the 2021 coup", "2024-03-13").0, "2021");
        // A year before a noun of politics or war.
        assert_eq!(one("under a 2018 peace accord", "2024-03-13").0, "2018");
        assert_eq!(one("since the 2003 invasion", "2024-03-13").0, "2003");
        assert_eq!(one("a 2016 power-sharing deal", "2024-03-13").0, "2016");
    }

    #[test]
    fn relative_expressions() {
        assert_eq!(
            one("earlier this month", "2024-03-13").1.as_deref(),
            Some("2024-03")
        );
        assert_eq!(
            one("last month", "2024-01-13").1.as_deref(),
            Some("2023-12")
        );
        assert_eq!(
            one("two days ago", "2024-03-13").1.as_deref(),
            Some("2024-03-11")
        );
        assert_eq!(
            one("the police chief said last night", "2024-03-13")
                .1
                .as_deref(),
            Some("2024-03-12")
        );
        let v = run("on March 9 and a day earlier", Some("2024-03-13"));
        assert_eq!(v[1].1.as_deref(), Some("2024-03-08"));
        // "The following day" counts from the last day named, in an earlier
        // sentence too.
        let text = "The convoy left on March 9. It reached the town the following day.";
        let mut out = Vec::new();
        let cut = text.find(" It").unwrap_or(0);
        let p = "2024-03-13".parse().ok();
        find(text, 0, cut, p, &mut out);
        find(text, cut, text.len(), p, &mut out);
        assert_eq!(
            out[1].value.map(|v| v.to_string()).as_deref(),
            Some("2024-03-10")
        );
    }

    #[test]
    fn without_publication_date_relative_dates_stay_unresolved() {
        assert_eq!(one_none("on Friday"), None);
        assert_eq!(one_none("on 4 August 2019").as_deref(), Some("2019-08-04"));
        assert_eq!(one_none("last month"), None);
    }

    fn one_none(text: &str) -> Option<String> {
        let v = run(text, None);
        assert_eq!(v.len(), 1, "{v:?}");
        v[0].1.clone()
    }

    #[test]
    fn not_dates() {
        for t in [
            "3,000 troops",
            "about 2,400 people",
            "it may rain",
            "the Friday prayers were",
        ] {
            let v = run(t, Some("2024-03-13"));
            assert!(v.iter().all(|(s, _)| s != "may"), "{t}: {v:?}");
        }
        assert!(run("some 2000 soldiers", Some("2024-03-13")).is_empty());
    }
}
