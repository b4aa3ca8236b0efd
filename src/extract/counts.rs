//! Numbers and counts: digits, number words, vague amounts and qualifiers,
//! read into a [`Count`] with inclusive bounds (see SCHEMA.md).

use std::collections::HashMap;

use crate::pattern::Regex;

use crate::lexicon::Lexicons;
use crate::model::Count;
use crate::text::lower_key;

/// Compiled count patterns.
#[derive(Clone, Debug)]
pub(crate) struct Counts {
    /// A regex fragment (no capture groups) matching one count expression;
    /// claim rules embed it.
    pub(crate) fragment: String,
    /// The same fragment, anchored, for parsing a matched count.
    whole: Regex,
    words: HashMap<String, u64>,
    quantifiers: Vec<(String, Option<u64>, Option<u64>)>,
}

impl Counts {
    pub(crate) fn new(lex: &Lexicons) -> Counts {
        let words: HashMap<String, u64> = lex
            .number_words
            .iter()
            .map(|(k, v)| (k.to_lowercase(), *v))
            .collect();
        let numeric_words = super::alternation(
            words
                .keys()
                .filter(|w| !matches!(w.as_str(), "a" | "an" | "single"))
                .map(String::as_str),
        );
        let quants = super::alternation(lex.quantifiers.iter().map(|q| q.0.as_str()));
        let quals = super::alternation(QUALIFIER_WORDS.iter().copied());
        let digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
        let number = format!(
            r"(?:{digits})(?:\s+(?:hundred|thousand|million))?(?:\s*\((?:{numeric_words})(?:(?:\s+and\s+|[\s-]+)(?:{numeric_words}))*\))?|(?:(?:{numeric_words})(?:(?:\s+and\s+|[\s-]+)(?:{numeric_words}))*)(?:\s*\(\d{{1,4}}\))?"
        );
        let fragment = format!(
            r"(?i:between\s+(?:{number})\s+and\s+(?:{number})|(?:{number})\s+(?:to|or)\s+(?:{number})|(?:(?:{quals})\s+)?(?:{number})(?:\s+or\s+more|\s+or\s+so|\s*\+)?|(?:{quants}))"
        );
        let whole = super::compile(&format!("^(?:{fragment})$")).expect("count pattern compiles");
        let mut quantifiers = lex.quantifiers.clone();
        for q in &mut quantifiers {
            q.0 = q.0.to_lowercase();
        }
        Counts {
            fragment,
            whole,
            words,
            quantifiers,
        }
    }

    /// Reads one number: `"3,000"`, `"thirty-five"`, `"two hundred"`, `"a dozen"`.
    pub(crate) fn number(&self, s: &str) -> Option<u64> {
        let s = s.trim().to_lowercase();
        let first = s.chars().next()?;
        if first.is_ascii_digit() {
            let mut parts = s.split_whitespace();
            let digits: String = parts.next()?.chars().filter(|c| *c != ',').collect();
            let base: f64 = digits.parse().ok()?;
            let mult = match parts.next() {
                Some("hundred") => 100.0,
                Some("thousand") => 1000.0,
                Some("million") => 1_000_000.0,
                _ => 1.0,
            };
            let v = base * mult;
            return (v.is_finite() && (0.0..1e15).contains(&v)).then_some(v as u64);
        }
        if let Some(v) = self.words.get(&s) {
            return Some(*v);
        }
        // Word numbers: "thirty-five", "two hundred and fifty", "two dozen".
        let mut total: u64 = 0;
        let mut current: u64 = 0;
        let mut any = false;
        for w in s
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
        {
            if w == "and" || w == "a" || w == "an" {
                if w != "and" {
                    current = current.max(1);
                }
                continue;
            }
            let v = *self.words.get(w)?;
            any = true;
            match v {
                12 if w == "dozen" => current = current.max(1).saturating_mul(12),
                100 => current = current.max(1).saturating_mul(100),
                1000 | 1_000_000 => {
                    total = total.saturating_add(current.max(1).saturating_mul(v));
                    current = 0;
                }
                _ => current = current.saturating_add(v),
            }
        }
        any.then_some(total.saturating_add(current))
    }

    /// Reads a whole count expression matched by `fragment`.
    pub(crate) fn parse(&self, text: &str) -> Option<Count> {
        let t = text.trim();
        if !self.whole.is_match(t) {
            return None;
        }
        let mut lower = lower_key(t);
        // "seven (07)", "07 (seven)": the words with their digits, as
        // official releases write them.
        if lower.ends_with(')') {
            if let Some(i) = lower.rfind('(') {
                lower = lower[..i].trim_end().to_string();
            }
        }
        if let Some(rest) = lower.strip_prefix("between ") {
            let (a, b) = rest.split_once(" and ")?;
            let (a, b) = (self.number(a)?, self.number(b)?);
            return Some(Count::range(Some(a.min(b)), Some(a.max(b)), t));
        }
        // "10 to 15", "two or three": a range.
        for sep in [" to ", " or "] {
            if let Some((a, b)) = lower.split_once(sep) {
                if let (Some(a), Some(b)) = (self.number(a), self.number(b)) {
                    return Some(Count::range(Some(a.min(b)), Some(a.max(b)), t));
                }
            }
        }
        if let Some(q) = self.quantifiers.iter().find(|q| q.0 == lower) {
            return Some(Count::range(q.1, q.2, t));
        }
        let mut rest = lower.as_str();
        let mut qual = "";
        for q in QUALIFIER_WORDS {
            if let Some(r) = lower.strip_prefix(q).and_then(|r| r.strip_prefix(' ')) {
                if q.len() > qual.len() {
                    qual = q;
                    rest = r;
                }
            }
        }
        let (rest, or_more) = match rest
            .strip_suffix(" or more")
            .or_else(|| rest.strip_suffix('+'))
            .map(str::trim_end)
        {
            Some(r) => (r, true),
            None => (rest.strip_suffix(" or so").unwrap_or(rest), false),
        };
        let n = self.number(rest)?;
        let c =
            match qual {
                "at least" | "no fewer than" | "no less than" | "a minimum of"
                | "at least another" => Count::at_least(n, t),
                "more than" | "over" | "well over" | "just over" | "upwards of"
                | "in excess of" => Count::at_least(n.saturating_add(1), t),
                "nearly" | "almost" | "close to" | "fewer than" | "less than" | "under"
                | "just under" => Count::at_most(n.saturating_sub(1), t),
                "up to" | "as many as" | "at most" | "a maximum of" => Count::at_most(n, t),
                "about" | "around" | "some" | "roughly" | "approximately" | "an estimated"
                | "estimated" => Count::about(n, t),
                _ if or_more => Count::at_least(n, t),
                _ if lower.ends_with(" or so") => Count::about(n, t),
                _ => Count::exact(n, t),
            };
        Some(c)
    }
}

/// Words before a number that bound or hedge it.
const QUALIFIER_WORDS: &[&str] = &[
    "at least",
    "more than",
    "over",
    "well over",
    "just over",
    "nearly",
    "almost",
    "close to",
    "up to",
    "as many as",
    "about",
    "around",
    "some",
    "roughly",
    "approximately",
    "an estimated",
    "estimated",
    "fewer than",
    "less than",
    "under",
    "just under",
    "at most",
    "no fewer than",
    "no less than",
    "upwards of",
    "in excess of",
    "at least another",
    "another",
    "a further",
    "a total of",
    "a minimum of",
    "a maximum of",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn counts() -> Counts {
        Counts::new(Lexicons::default_ref())
    }

    #[track_caller]
    fn check(text: &str, low: Option<u64>, high: Option<u64>, approx: bool) {
        let c = counts()
            .parse(text)
            .unwrap_or_else(|| panic!("no count in {text:?}"));
        assert_eq!((c.low, c.high, c.approx), (low, high, approx), "{text}");
        assert_eq!(c.text, text);
    }

    #[test]
    fn numbers_and_words() {
        let c = counts();
        assert_eq!(c.number("3,000"), Some(3000));
        assert_eq!(c.number("thirty-five"), Some(35));
        assert_eq!(c.number("two hundred and fifty"), Some(250));
        assert_eq!(c.number("a dozen"), Some(12));
        assert_eq!(c.number("two dozen"), Some(24));
        assert_eq!(c.number("1.5 million"), Some(1_500_000));
        assert_eq!(c.number("eleven"), Some(11));
        assert_eq!(c.number("zebra"), None);
    }

    #[test]
    fn qualifiers_give_inclusive_bounds() {
        check("17", Some(17), Some(17), false);
        check("twelve", Some(12), Some(12), false);
        check("at least 12", Some(12), None, false);
        check("over 40", Some(41), None, false);
        check("More than 100", Some(101), None, false);
        check("nearly 60", None, Some(59), false);
        check("up to 15", None, Some(15), false);
        check("between 10 and 25", Some(10), Some(25), false);
        check("10 to 15", Some(10), Some(15), false);
        check("two or three", Some(2), Some(3), false);
        check("half a dozen", Some(6), Some(6), false);
        check("about 3,000", Some(3000), Some(3000), true);
        check("an estimated 90", Some(90), Some(90), true);
        check("20 or more", Some(20), None, false);
        check("several", Some(2), None, false);
        check("multiple", Some(2), None, false);
        check("dozens", Some(24), None, false);
        check("scores", Some(40), None, false);
        check("hundreds", Some(200), None, false);
        // A vague figure of a round unit: the unit's plural's bound.
        check("several dozen", Some(24), None, false);
        check("a few hundred", Some(200), None, false);
        check("several thousand", Some(2000), None, false);
    }

    #[test]
    fn words_with_their_digits_in_brackets() {
        // Official releases: "seven (07) terrorists neutralised".
        check("seven (07)", Some(7), Some(7), false);
        check("07 (seven)", Some(7), Some(7), false);
        check("12 (twelve)", Some(12), Some(12), false);
        check("twelve(12)", Some(12), Some(12), false);
        check("at least three (03)", Some(3), None, false);
    }

    #[test]
    fn not_counts() {
        let c = counts();
        for t in ["", "many more soldiers", "the army", "over", "between 5"] {
            assert!(c.parse(t).is_none(), "{t}");
        }
    }
}
