//! A longest-first multi-word matcher over a lexicon's names.
//!
//! Two Aho-Corasick automata (ASCII-case-insensitive for names, case-sensitive
//! for acronyms such as `IS` or `SITE`) with leftmost-longest semantics: one
//! pass over the text each, whatever the size of the lexicon. Matches must
//! stand on word boundaries.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// A compiled set of names, each mapped to a value.
#[derive(Clone, Debug)]
pub(crate) struct Gazetteer<T> {
    ci: Option<(AhoCorasick, Vec<usize>)>,
    cs: Option<(AhoCorasick, Vec<usize>)>,
    values: Vec<T>,
}

/// Whether a name should match only as written: it has no lowercase letter
/// (`IS`, `JNIM`, `U.S.`) or capitals after its first letter that a
/// case-insensitive match would lose (`FAMa`).
fn case_sensitive(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    (upper == letters.len() && letters.len() <= 6) || (name.len() <= 5 && upper >= 2)
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Whether `start..end` of `text` stands on word boundaries.
pub(crate) fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    (start == 0 || !is_word_byte(b[start - 1])) && (end >= b.len() || !is_word_byte(b[end]))
}

impl<T> Gazetteer<T> {
    /// Builds the matcher. Names are folded as article text is; a name given
    /// twice keeps its first value.
    pub(crate) fn new(entries: impl IntoIterator<Item = (String, T)>) -> Gazetteer<T> {
        Gazetteer::with_case(entries, false)
    }

    /// As [`Gazetteer::new`]; with `all_case_sensitive`, every name matches
    /// only as written (place names are proper nouns).
    pub(crate) fn with_case(
        entries: impl IntoIterator<Item = (String, T)>,
        all_case_sensitive: bool,
    ) -> Gazetteer<T> {
        let mut values = Vec::new();
        let (mut ci_pats, mut ci_ids) = (Vec::new(), Vec::new());
        let (mut cs_pats, mut cs_ids) = (Vec::new(), Vec::new());
        let mut seen = std::collections::HashSet::new();
        for (name, value) in entries {
            let name = crate::text::fold_str(name.trim());
            if name.is_empty() {
                continue;
            }
            let cs = all_case_sensitive || case_sensitive(&name);
            let key = if cs {
                name.clone()
            } else {
                name.to_ascii_lowercase()
            };
            if !seen.insert((cs, key)) {
                continue;
            }
            let id = values.len();
            values.push(value);
            if cs {
                cs_pats.push(name);
                cs_ids.push(id);
            } else {
                ci_pats.push(name);
                ci_ids.push(id);
            }
        }
        let build = |pats: Vec<String>, ids: Vec<usize>, ci: bool| {
            if pats.is_empty() {
                return None;
            }
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(ci)
                .build(&pats)
                .ok()
                .map(|ac| (ac, ids))
        };
        Gazetteer {
            ci: build(ci_pats, ci_ids, true),
            cs: build(cs_pats, cs_ids, false),
            values,
        }
    }

    /// Every match on word boundaries, leftmost-longest, not overlapping,
    /// sorted by start: `(start, end, value)`.
    pub(crate) fn find_all<'s>(&'s self, text: &str) -> Vec<(usize, usize, &'s T)> {
        let mut all = Vec::new();
        for (ac, ids) in [&self.ci, &self.cs].into_iter().flatten() {
            for m in ac.find_iter(text) {
                if on_word_boundaries(text, m.start(), m.end()) {
                    all.push((m.start(), m.end(), ids[m.pattern().as_usize()]));
                }
            }
        }
        all.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out: Vec<(usize, usize, &T)> = Vec::with_capacity(all.len());
        for (s, e, id) in all {
            if out.last().map_or(true, |last| s >= last.1) {
                out.push((s, e, &self.values[id]));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_first_on_word_boundaries() {
        let g = Gazetteer::new(vec![
            ("Mali".to_string(), 1),
            ("Malian army".to_string(), 2),
            ("IS".to_string(), 3),
            ("Tillabéri".to_string(), 4),
        ]);
        let t = "The malian army left Mali; this IS Tillaberi, not Malians.";
        let got: Vec<(&str, i32)> = g
            .find_all(t)
            .into_iter()
            .map(|(s, e, v)| (&t[s..e], *v))
            .collect();
        assert_eq!(
            got,
            [("malian army", 2), ("Mali", 1), ("IS", 3), ("Tillaberi", 4)]
        );
        // "is" in lower case is not the acronym.
        assert!(g.find_all("this is it").is_empty());
    }
}
