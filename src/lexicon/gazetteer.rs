//! A longest-first multi-word matcher over a lexicon's names.
//!
//! Two Aho-Corasick automata with leftmost-longest semantics, one pass over
//! the text each, whatever the size of the lexicon: one for names that
//! ignore ASCII case (built over the lowercased names and run over a
//! lowercased copy of the text, which keeps every offset: half the
//! transitions of a case-insensitive automaton to build and to walk), one
//! case-sensitive for acronyms such as `IS` or `SITE`. Matches must stand
//! on word boundaries.
//!
//! A handful of names (the sets built per document: names learned from the
//! text, discovered places) skip the automaton, whose construction would
//! cost more than the search: each name is found with `memmem`, and the
//! same leftmost-longest choice is made over the occurrences.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// A compiled set of names, each mapped to a value.
#[derive(Clone, Debug)]
pub(crate) struct Gazetteer<T> {
    ci: Option<(Matcher, Vec<usize>)>,
    cs: Option<(Matcher, Vec<usize>)>,
    values: Vec<T>,
}

/// Most names searched one by one rather than with an automaton.
const FEW: usize = 16;

/// Leftmost-longest search for a set of names.
#[derive(Clone, Debug)]
enum Matcher {
    Automaton {
        ac: AhoCorasick,
        /// Whether the names are lowercased, to be found in lowercased text.
        ci: bool,
    },
    /// The names (lowercased when `ci`), searched one by one.
    Few { names: Vec<String>, ci: bool },
}

impl Matcher {
    fn new(pats: Vec<String>, ci: bool) -> Option<Matcher> {
        // Names to match ignoring ASCII case are lowercased here and found
        // in a lowercased copy of the text (same offsets): an automaton
        // without case-insensitive transitions has half as many to build
        // and to walk.
        let pats: Vec<String> = if ci {
            pats.iter().map(|p| p.to_ascii_lowercase()).collect()
        } else {
            pats
        };
        if pats.len() <= FEW {
            return Some(Matcher::Few { names: pats, ci });
        }
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&pats)
            .ok()
            .map(|ac| Matcher::Automaton { ac, ci })
    }

    fn find_iter(&self, text: &str, mut f: impl FnMut(usize, usize, usize)) {
        let lower;
        let hay = match self {
            Matcher::Automaton { ci: true, .. } | Matcher::Few { ci: true, .. } => {
                lower = text.to_ascii_lowercase();
                lower.as_bytes()
            }
            _ => text.as_bytes(),
        };
        match self {
            Matcher::Automaton { ac, .. } => {
                for m in ac.find_iter(hay) {
                    f(m.start(), m.end(), m.pattern().as_usize());
                }
            }
            Matcher::Few { names, .. } => {
                // Every occurrence, overlapping ones included...
                let mut occ: Vec<(usize, usize, usize)> = Vec::new();
                for (i, name) in names.iter().enumerate() {
                    let finder = memchr::memmem::Finder::new(name.as_bytes());
                    let mut from = 0;
                    while let Some(k) = finder.find(&hay[from..]) {
                        occ.push((from + k, from + k + name.len(), i));
                        from += k + 1;
                    }
                }
                // ...then the automaton's choice: the leftmost, then the
                // longest, then on from its end.
                occ.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
                let mut pos = 0;
                for (s, e, i) in occ {
                    if s >= pos {
                        f(s, e, i);
                        pos = e;
                    }
                }
            }
        }
    }
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

/// Whether `start..end` is one part of a hyphenated word in capitals, as
/// datelines write a city ("PORT-AU-PRINCE"): an acronym there is not one.
/// Whether `name` is written in capitals only ("IS", "M23"), as acronyms are.
fn is_acronym(name: &str) -> bool {
    !name.bytes().any(|b| b.is_ascii_lowercase())
}

/// Whether the acronym at `start..end` is part of a longer one joined by a
/// hyphen ("IS" in "IS-K").
fn in_capitals_compound(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let capital_before = start >= 2 && b[start - 1] == b'-' && b[start - 2].is_ascii_uppercase();
    let capital_after =
        b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(u8::is_ascii_uppercase);
    capital_before || capital_after
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
            Matcher::new(pats, ci).map(|m| (m, ids))
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
        for (matcher, cs) in [(&self.ci, false), (&self.cs, true)] {
            let Some((m, ids)) = matcher else { continue };
            m.find_iter(text, |s, e, p| {
                if on_word_boundaries(text, s, e)
                    && !(cs && is_acronym(&text[s..e]) && in_capitals_compound(text, s, e))
                {
                    all.push((s, e, ids[p]));
                }
            });
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

    #[test]
    fn few_names_and_lowercased_automata_match_as_a_case_insensitive_one() {
        let names = [
            "aa",
            "aab",
            "ab",
            "b",
            "Mali",
            "Malian army",
            "ba a",
            "\u{e9}t\u{e9}",
        ];
        let texts = [
            "aaab aab baab ba ab",
            "The MALIAN ARMY left mali; Malian army's post. \u{e9}t\u{e9} x",
            "aaaaab",
            "",
        ];
        for ci in [false, true] {
            let pats: Vec<String> = names.iter().map(|s| s.to_string()).collect();
            let ac = AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(ci)
                .build(&pats)
                .unwrap();
            let few = Matcher::new(pats.clone(), ci).unwrap();
            assert!(matches!(few, Matcher::Few { .. }));
            // The same names padded past FEW make an automaton over
            // lowercased names and text.
            let mut many = pats;
            many.extend((0..FEW).map(|i| format!("Zz{i}")));
            let many = Matcher::new(many, ci).unwrap();
            assert!(matches!(many, Matcher::Automaton { .. }));
            for t in texts {
                let want: Vec<(usize, usize, usize)> = ac
                    .find_iter(t)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect();
                for m in [&few, &many] {
                    let mut got = Vec::new();
                    m.find_iter(t, |s, e, p| got.push((s, e, p)));
                    assert_eq!(got, want, "{t:?} ci={ci}");
                }
            }
        }
    }
}
