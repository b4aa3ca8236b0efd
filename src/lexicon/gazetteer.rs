//! A longest-first multi-word matcher over a lexicon's names.
//!
//! Every match stands on word boundaries; among the occurrences that do,
//! the leftmost wins, then the longest, and the search goes on from its
//! end. Names that ignore ASCII case are lowercased and found in a
//! lowercased copy of the text (which keeps every offset); names in
//! capitals, such as `IS` or `SITE`, match only as written.
//!
//! Names that begin and end with a word char (nearly all) go into a hash
//! table with every prefix of theirs that ends a word: at each word start
//! of the text the words are looked up one more at a time while they are
//! the start of some name, so a search is about one lookup per word, and
//! building is filling a table (an Aho-Corasick automaton over the 13,000
//! place names was half the time of building the default
//! [`Extractor`](crate::Extractor)). A handful of names (the sets built per
//! document: names learned from the text, discovered places) are each found
//! with `memmem`; the few names that begin or end with another char
//! ("'Ain Abid") with an automaton over all their occurrences.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// A compiled set of names, each mapped to a value.
#[derive(Clone, Debug)]
pub(crate) struct Gazetteer<T> {
    /// Matchers over parts of the names, with the value index of each of
    /// their names and whether they are case-sensitive.
    parts: Vec<(Matcher, Vec<usize>, bool)>,
    values: Vec<T>,
}

/// Most names searched one by one rather than with a table.
const FEW: usize = 16;

/// Marks a key of [`Matcher::Words`] that is only the start of a name.
const PREFIX: usize = usize::MAX;

/// Names and word-end prefixes of names, to a name's index or [`PREFIX`].
type WordTable = HashMap<Box<[u8]>, usize, BuildHasherDefault<WordHasher>>;

/// FxHash over 8-byte chunks, for the keys of a [`WordTable`]: text words,
/// hashed at every word start of a document.
#[derive(Default)]
struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Bits of [`Starts`]: a few more than the first words of the biggest
/// built-in gazetteer, so that few other words share a bit with one.
const START_BITS: usize = 1 << 18;

/// Which first words of names a [`Matcher::Words`] holds, as a bit per
/// [`start_bit`]: most words of a text start no name, and this tells
/// without hashing the word.
#[derive(Clone, Debug)]
struct Starts(Box<[u64]>);

/// The bit of [`Starts`] for a word: from its first two bytes, its last
/// byte and its length.
#[inline]
fn start_bit(word: &[u8]) -> usize {
    let (Some(&a), Some(&z)) = (word.first(), word.last()) else {
        return 0;
    };
    let b = word.get(1).copied().unwrap_or(0);
    let h = (usize::from(a) << 10) ^ (usize::from(b) << 5) ^ (usize::from(z) << 13) ^ word.len();
    h.wrapping_mul(0x9E37_79B9) >> 7 & (START_BITS - 1)
}

impl Starts {
    fn new() -> Starts {
        Starts(vec![0; START_BITS / 64].into_boxed_slice())
    }

    fn insert(&mut self, word: &[u8]) {
        let i = start_bit(word);
        self.0[i / 64] |= 1 << (i % 64);
    }

    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        let i = start_bit(word);
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

/// Leftmost-longest search for a set of names, on word boundaries.
#[derive(Clone, Debug)]
enum Matcher {
    /// Names that begin and end with a word char, looked up at each word
    /// start: the word, then the words after it while they are the start
    /// of some name. Building it is filling a hash table (an automaton
    /// over the 13,000 names of the place gazetteer was half the time of
    /// building the default [`Extractor`](crate::Extractor)); searching
    /// is about one lookup per word of text.
    Words {
        table: WordTable,
        starts: Starts,
        /// The longest name, in bytes.
        longest: usize,
        /// Whether the names are lowercased, to be found in lowercased text.
        ci: bool,
    },
    /// A few names (lowercased when `ci`), each found with `memmem`.
    Few { names: Vec<String>, ci: bool },
    /// Many names that begin or end with another char ("'Ain Abid"):
    /// every occurrence from one automaton.
    Automaton { ac: AhoCorasick, ci: bool },
}

/// Whether a name begins and ends with a word char, as
/// [`Matcher::Words`] requires.
fn word_shaped(name: &str) -> bool {
    let b = name.as_bytes();
    b.first().is_some_and(|&c| is_word_byte(c)) && b.last().is_some_and(|&c| is_word_byte(c))
}

impl Matcher {
    /// A matcher for `pats`, which must all be [`word_shaped`] if `words`.
    fn new(pats: Vec<String>, ci: bool, words: bool) -> Option<Matcher> {
        // Names to match ignoring ASCII case are lowercased here and found
        // in a lowercased copy of the text (same offsets).
        let pats: Vec<String> = if ci {
            pats.iter().map(|p| p.to_ascii_lowercase()).collect()
        } else {
            pats
        };
        if pats.len() <= FEW {
            return Some(Matcher::Few { names: pats, ci });
        }
        if words {
            let mut table = WordTable::default();
            let mut starts = Starts::new();
            let mut longest = 0;
            for (i, name) in pats.iter().enumerate() {
                let b = name.as_bytes();
                longest = longest.max(b.len());
                let first = b.iter().position(|&c| !is_word_byte(c)).unwrap_or(b.len());
                starts.insert(&b[..first]);
                // The name's word ends before its own end are prefixes.
                for k in 1..b.len() {
                    if is_word_byte(b[k - 1]) && !is_word_byte(b[k]) {
                        table.entry(b[..k].into()).or_insert(PREFIX);
                    }
                }
                let slot = table.entry(b.into()).or_insert(PREFIX);
                if *slot == PREFIX {
                    *slot = i;
                }
            }
            return Some(Matcher::Words {
                table,
                starts,
                longest,
                ci,
            });
        }
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .ok()
            .map(|ac| Matcher::Automaton { ac, ci })
    }

    /// Reports `(start, end, name)` for the leftmost-longest occurrences
    /// that stand on word boundaries and that `accept` takes, not
    /// overlapping, in order. `lower` holds the lowercased `text` once a
    /// matcher has wanted it (every case-insensitive one of a gazetteer
    /// searches the same copy).
    fn find_iter(
        &self,
        text: &str,
        lower: &OnceCell<String>,
        accept: impl Fn(usize, usize) -> bool,
        mut f: impl FnMut(usize, usize, usize),
    ) {
        let hay = match self {
            Matcher::Words { ci: true, .. }
            | Matcher::Few { ci: true, .. }
            | Matcher::Automaton { ci: true, .. } => {
                lower.get_or_init(|| text.to_ascii_lowercase()).as_bytes()
            }
            _ => text.as_bytes(),
        };
        let accept = |s: usize, e: usize| on_word_boundaries(text, s, e) && accept(s, e);
        let mut occ: Vec<(usize, usize, usize)> = Vec::new();
        match self {
            Matcher::Words {
                table,
                starts,
                longest,
                ..
            } => {
                find_words(table, starts, *longest, hay, accept, f);
                return;
            }
            Matcher::Few { names, .. } => {
                // Every occurrence, overlapping ones included...
                for (i, name) in names.iter().enumerate() {
                    let finder = memchr::memmem::Finder::new(name.as_bytes());
                    let mut from = 0;
                    while let Some(k) = finder.find(&hay[from..]) {
                        if accept(from + k, from + k + name.len()) {
                            occ.push((from + k, from + k + name.len(), i));
                        }
                        from += k + 1;
                    }
                }
            }
            Matcher::Automaton { ac, .. } => {
                for m in ac.find_overlapping_iter(hay) {
                    if accept(m.start(), m.end()) {
                        occ.push((m.start(), m.end(), m.pattern().as_usize()));
                    }
                }
            }
        }
        // ...then the leftmost, then the longest, then on from its end.
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

/// The search of [`Matcher::Words`]: at each word start of `hay`, the
/// longest name `accept` takes, then on from its end.
fn find_words(
    table: &WordTable,
    starts: &Starts,
    longest: usize,
    hay: &[u8],
    accept: impl Fn(usize, usize) -> bool,
    mut f: impl FnMut(usize, usize, usize),
) {
    let n = hay.len();
    let mut i = 0;
    while i < n {
        if !is_word_byte(hay[i]) {
            i += 1;
            continue;
        }
        // A word starts at `i`. Extend through the words after it while
        // the text so far is the start of a name (at most `longest`
        // bytes: each start costs a bounded amount of work).
        let s = i;
        let mut best = None;
        let mut e = s;
        while e < n && is_word_byte(hay[e]) {
            e += 1;
        }
        let first_end = e;
        if !starts.may_hold(&hay[s..e]) {
            i = first_end;
            continue;
        }
        loop {
            while e < n && is_word_byte(hay[e]) {
                e += 1;
            }
            if e - s > longest {
                break;
            }
            match table.get(&hay[s..e]) {
                None => break,
                Some(&PREFIX) => {}
                Some(&id) => {
                    if accept(s, e) {
                        best = Some((e, id));
                    }
                }
            }
            while e < n && e - s <= longest && !is_word_byte(hay[e]) {
                e += 1;
            }
            if e >= n || e - s > longest {
                break;
            }
        }
        match best {
            Some((e, id)) => {
                f(s, e, id);
                i = e;
            }
            None => i = first_end,
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

/// Whether `b` is part of a word: an ASCII letter or digit, or a byte of
/// a non-ASCII char.
#[inline]
fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// [`is_word_byte`] as a table: a name search tests every byte of a text.
static WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b >= 0x80;
        b += 1;
    }
    t
};

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
/// hyphen ("IS" in "IS-K"): the word joined to it is in capitals too (not
/// "FARDC-Wazalendo", two names joined).
fn in_capitals_compound(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let capitals = |word: &[u8]| {
        !word.is_empty()
            && word
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    // (Bounded looks: a word joined so is short.)
    let capital_before = start >= 2 && b[start - 1] == b'-' && {
        let lo = (start - 1).saturating_sub(65);
        let word = &b[lo..start - 1];
        let from = word
            .iter()
            .rposition(|&c| !is_word_byte(c))
            .map_or(0, |k| k + 1);
        word.len() - from <= 64 && capitals(&word[from..])
    };
    let capital_after = b.get(end) == Some(&b'-') && {
        let rest = &b[(end + 1).min(b.len())..];
        let len = rest
            .iter()
            .take(65)
            .position(|&c| !is_word_byte(c))
            .unwrap_or(rest.len().min(65));
        len <= 64 && capitals(&rest[..len])
    };
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
        let mut parts = Vec::new();
        for (pats, ids, ci) in [(ci_pats, ci_ids, true), (cs_pats, cs_ids, false)] {
            // Word-shaped names in a table, the others apart.
            let (mut words, mut others) = ((Vec::new(), Vec::new()), (Vec::new(), Vec::new()));
            for (p, id) in pats.into_iter().zip(ids) {
                let part = if word_shaped(&p) {
                    &mut words
                } else {
                    &mut others
                };
                part.0.push(p);
                part.1.push(id);
            }
            for ((pats, ids), shaped) in [(words, true), (others, false)] {
                if pats.is_empty() {
                    continue;
                }
                if let Some(m) = Matcher::new(pats, ci, shaped) {
                    parts.push((m, ids, !ci));
                }
            }
        }
        Gazetteer { parts, values }
    }

    /// Every match on word boundaries, leftmost-longest, not overlapping,
    /// sorted by start: `(start, end, value)`.
    pub(crate) fn find_all<'s>(&'s self, text: &str) -> Vec<(usize, usize, &'s T)> {
        let mut all = Vec::new();
        let lower = OnceCell::new();
        for (m, ids, cs) in &self.parts {
            // An acronym inside a longer one joined by a hyphen is not one.
            let accept = |s: usize, e: usize| {
                !(*cs && is_acronym(&text[s..e]) && in_capitals_compound(text, s, e))
            };
            m.find_iter(text, &lower, accept, |s, e, p| all.push((s, e, ids[p])));
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

    /// An acronym joined by a hyphen to another word in capitals is part of
    /// a longer one; joined to a name, it is itself.
    #[test]
    fn acronyms_in_hyphenated_compounds() {
        let g = Gazetteer::new(vec![("IS".to_string(), 1), ("FACA".to_string(), 2)]);
        let ids = |t: &str| -> Vec<i32> { g.find_all(t).into_iter().map(|(_, _, &i)| i).collect() };
        assert!(ids("IS-K claimed it; PORT-AU-IS-NORD").is_empty());
        assert_eq!(ids("the FACA-Wagner column"), [2]);
        assert_eq!(ids("the Wagner-FACA column"), [2]);
    }

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

    /// Every occurrence of `names` in `text` on word boundaries (ASCII
    /// case ignored if `ci`), then the leftmost, the longest, and on from
    /// its end: what every matcher must report.
    fn reference(names: &[String], text: &str, ci: bool) -> Vec<(usize, usize, usize)> {
        let fold = |s: &str| {
            if ci {
                s.to_ascii_lowercase()
            } else {
                s.to_string()
            }
        };
        let hay = fold(text);
        let mut occ = Vec::new();
        for (i, name) in names.iter().map(|n| fold(n)).enumerate() {
            for s in 0..hay.len() {
                let e = s + name.len();
                if hay.get(s..e) == Some(name.as_str()) && on_word_boundaries(text, s, e) {
                    occ.push((s, e, i));
                }
            }
        }
        occ.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        for o in occ {
            if out.last().map_or(true, |l| o.0 >= l.1) {
                out.push(o);
            }
        }
        out
    }

    /// The matches of `m` over `text`, every one accepted.
    fn run(m: &Matcher, text: &str) -> Vec<(usize, usize, usize)> {
        let mut got = Vec::new();
        m.find_iter(
            text,
            &OnceCell::new(),
            |_, _| true,
            |s, e, p| got.push((s, e, p)),
        );
        got
    }

    #[test]
    fn every_matcher_finds_what_the_reference_finds() {
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
            "Malian armyx Mali",
            "aaaaab",
            "",
        ];
        for ci in [false, true] {
            let pats: Vec<String> = names.iter().map(|s| s.to_string()).collect();
            let few = Matcher::new(pats.clone(), ci, true).unwrap();
            assert!(matches!(few, Matcher::Few { .. }));
            // The same names padded past FEW make a table.
            let mut many = pats.clone();
            many.extend((0..FEW).map(|i| format!("Zz{i}")));
            let many = Matcher::new(many, ci, true).unwrap();
            assert!(matches!(many, Matcher::Words { .. }));
            for t in texts {
                let want = reference(&pats, t, ci);
                assert_eq!(run(&few, t), want, "{t:?} ci={ci}");
                assert_eq!(run(&many, t), want, "{t:?} ci={ci}");
            }
        }
    }

    /// The table, the automaton and the few-names search agree with the
    /// reference on names and texts from a small alphabet that makes
    /// prefixes, case variants, spaces, punctuation and non-ASCII letters
    /// collide.
    #[test]
    fn matchers_agree_with_the_reference() {
        fn agree(words: Vec<u8>, text: Vec<u8>, ci: bool) -> bool {
            const ABC: [&str; 8] = ["a", "b", "A", " ", "\u{e9}", "-", "'", "B"];
            let pick = |b: &u8| ABC[*b as usize % ABC.len()];
            let names: Vec<String> = words
                .split(|b| *b % 13 == 0)
                .map(|w| w.iter().map(pick).collect::<String>())
                .filter(|w| !w.is_empty())
                .take(12)
                .collect();
            let text: String = text.iter().map(pick).collect();
            let (shaped, odd): (Vec<String>, Vec<String>) =
                names.into_iter().partition(|n| word_shaped(n));
            // Padded past FEW with names that never occur: the table (or
            // the automaton) instead of the few-names search.
            let pad = |mut v: Vec<String>, shape: &str| {
                v.extend((0..=FEW).map(|i| format!("{shape}{i}q")));
                v
            };
            let cases = [
                (shaped.clone(), true),
                (pad(shaped, "Zz"), true),
                (odd.clone(), false),
                (pad(odd, "'z"), false),
            ];
            cases.into_iter().all(|(names, words)| {
                let Some(m) = Matcher::new(names.clone(), ci, words) else {
                    return names.is_empty();
                };
                run(&m, &text) == reference(&names, &text, ci)
            })
        }
        quickcheck::QuickCheck::new()
            .tests(2000)
            .quickcheck(agree as fn(Vec<u8>, Vec<u8>, bool) -> bool);
    }
}
