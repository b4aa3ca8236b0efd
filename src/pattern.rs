//! A drop-in for [`regex::Regex`] that is fast on ASCII text.
//!
//! The extractors match folded text, which is ASCII in nearly every article
//! (folding turns curly quotes, dashes and accented Latin letters into
//! ASCII). Their patterns are written Unicode-aware (`\w`, `\b`, `(?i)`),
//! and Unicode classes make big automata: resolving capture groups over a
//! pattern with a dozen `[\w'-]*` runs took milliseconds per match, so one
//! discovery pattern ran at under 1 MB/s.
//!
//! [`Regex`] compiles each pattern twice:
//!
//! * an **ASCII twin**, built from the parsed pattern by intersecting every
//!   class with ASCII and making word boundaries ASCII (`(?-u:\b)`); it is
//!   small and fast, and is used whenever the haystack is ASCII;
//! * the pattern **as written**, compiled the first time a haystack holds a
//!   non-ASCII char.
//!
//! On an ASCII haystack the two match exactly the same spans with the same
//! groups: a class and its intersection with ASCII accept the same ASCII
//! chars, Unicode and ASCII word boundaries agree between ASCII chars, and
//! the structure (alternation order, repetitions, groups) is unchanged. So
//! output never depends on which one ran. The methods mirror
//! `regex::Regex`'s and return its types, so call sites read as before.
//!
//! Deciding costs nothing per call for slices of the document being
//! extracted: [`Scope::enter`] indexes the folded text once (which 64-byte
//! blocks hold a non-ASCII byte), so whether any slice of it is ASCII is
//! answered in constant time, however long the slice. A haystack from
//! elsewhere is scanned.

use std::cell::RefCell;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use regex_syntax::hir::{self, Class, Hir, HirKind, Look};

/// A compiled pattern with an ASCII twin; see the [module docs](self).
#[derive(Clone, Debug)]
pub(crate) struct Regex {
    /// The pattern as written.
    pattern: Box<str>,
    /// For ASCII haystacks.
    ascii: regex::Regex,
    /// Words one of which every match on an ASCII haystack contains (ASCII
    /// case ignored), when the pattern has such.
    required: Option<Vec<Vec<u8>>>,
    /// The pattern as written, for any other haystack; compiled on first use.
    unicode: OnceLock<regex::Regex>,
}

/// The ASCII twin of `pattern`, compiled, and the words every match of it
/// holds, or `None` if the twin cannot be built (then the pattern as written
/// serves every haystack, and compiling it reports any error).
fn ascii_twin(pattern: &str) -> Option<(regex::Regex, Option<Vec<Vec<u8>>>)> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()?;
    let ascii = to_ascii(&hir);
    let twin = regex::Regex::new(&ascii.to_string()).ok()?;
    // The printed twin must keep the groups, in order, with their names.
    let mut names = vec![None];
    capture_names(&hir, &mut names);
    if !twin.capture_names().eq(names.iter().map(|n| n.as_deref())) {
        return None;
    }
    let required = required(&ascii);
    Some((twin, required))
}

/// Most strings a set of literals may hold before it is given up.
const MAX_SET: usize = 256;
/// Shortest word worth an Aho-Corasick check.
const MIN_REQUIRED: usize = 3;

/// What is known of the strings a pattern matches, lowercased.
#[derive(Clone, Debug, Default)]
struct Facts {
    /// Every string it matches, when few.
    exact: Option<Vec<Vec<u8>>>,
    /// Strings one of which every match contains, when known.
    factors: Option<Vec<Vec<u8>>>,
}

/// The best of two factor sets: longer shortest member, then fewer members.
fn better(a: Option<Vec<Vec<u8>>>, b: Option<Vec<Vec<u8>>>) -> Option<Vec<Vec<u8>>> {
    let score = |s: &Vec<Vec<u8>>| {
        let min = s.iter().map(Vec::len).min().unwrap_or(0);
        (min, std::cmp::Reverse(s.len()))
    };
    match (a, b) {
        (Some(a), Some(b)) => Some(if score(&b) > score(&a) { b } else { a }),
        (a, b) => a.or(b),
    }
}

fn dedup(mut v: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    v.sort();
    v.dedup();
    v
}

fn product(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if a.len() * b.len() > MAX_SET {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let mut s = x.clone();
            s.extend_from_slice(y);
            out.push(s);
        }
    }
    Some(dedup(out))
}

fn facts(h: &Hir) -> Facts {
    let exact = |set: Vec<Vec<u8>>| Facts {
        factors: Some(set.clone()),
        exact: Some(set),
    };
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => Facts {
            exact: Some(vec![Vec::new()]),
            factors: None,
        },
        HirKind::Literal(l) => exact(vec![l.0.to_ascii_lowercase()]),
        HirKind::Class(c) => {
            let mut chars: Vec<Vec<u8>> = Vec::new();
            let mut push = |lo: u32, hi: u32| {
                for cp in lo..=hi {
                    if chars.len() > 2 * MAX_SET {
                        return;
                    }
                    if let Some(c) = char::from_u32(cp) {
                        let mut buf = [0; 4];
                        let s = c.to_ascii_lowercase().encode_utf8(&mut buf);
                        chars.push(s.as_bytes().to_vec());
                    }
                }
            };
            match c {
                Class::Unicode(u) => {
                    for r in u.ranges() {
                        push(r.start() as u32, r.end() as u32);
                    }
                }
                Class::Bytes(b) => {
                    for r in b.ranges() {
                        push(u32::from(r.start()), u32::from(r.end()));
                    }
                }
            }
            let chars = dedup(chars);
            if chars.len() <= 16 {
                exact(chars)
            } else {
                Facts::default()
            }
        }
        HirKind::Capture(c) => facts(&c.sub),
        HirKind::Repetition(r) => {
            let sub = facts(&r.sub);
            let exact = match (r.min, r.max) {
                (1, Some(1)) => sub.exact.clone(),
                (0, Some(1)) => sub.exact.clone().map(|mut e| {
                    e.push(Vec::new());
                    dedup(e)
                }),
                _ => None,
            };
            let factors = if r.min >= 1 {
                better(sub.factors, sub.exact)
            } else {
                None
            };
            Facts { exact, factors }
        }
        HirKind::Concat(subs) => {
            let mut best: Option<Vec<Vec<u8>>> = None;
            // A run of children with exact sets multiplies into longer words.
            let mut run: Option<Vec<Vec<u8>>> = Some(vec![Vec::new()]);
            let mut all_exact = true;
            for sub in subs {
                let f = facts(sub);
                best = better(best, f.factors.clone());
                match (&run, &f.exact) {
                    (Some(r), Some(e)) => match product(r, e) {
                        Some(p) => run = Some(p),
                        None => {
                            best = better(best, run.take());
                            run = Some(e.clone());
                            all_exact = false;
                        }
                    },
                    (None, Some(e)) => run = Some(e.clone()),
                    (_, None) => {
                        best = better(best, run.take());
                        all_exact = false;
                    }
                }
            }
            let exact = if all_exact { run.clone() } else { None };
            Facts {
                factors: better(best, run),
                exact,
            }
        }
        HirKind::Alternation(subs) => {
            let all: Vec<Facts> = subs.iter().map(facts).collect();
            let exact = all
                .iter()
                .map(|f| f.exact.clone())
                .collect::<Option<Vec<_>>>()
                .map(|sets| dedup(sets.concat()))
                .filter(|e| e.len() <= MAX_SET);
            let factors = all
                .into_iter()
                .map(|f| better(f.factors, f.exact))
                .collect::<Option<Vec<_>>>()
                .map(|sets| dedup(sets.concat()))
                .filter(|e| e.len() <= 4 * MAX_SET);
            Facts { exact, factors }
        }
    }
}

/// Words one of which every match of `h` contains, lowercased, if they are
/// long enough to be worth a check.
fn required(h: &Hir) -> Option<Vec<Vec<u8>>> {
    let f = facts(h);
    better(f.factors, f.exact).filter(|set| set.iter().all(|w| w.len() >= MIN_REQUIRED))
}

/// The names of the groups of `h`, by index (index 0 is the whole match).
fn capture_names(h: &Hir, out: &mut Vec<Option<String>>) {
    match h.kind() {
        HirKind::Capture(c) => {
            let i = c.index as usize;
            if out.len() <= i {
                out.resize(i + 1, None);
            }
            out[i] = c.name.as_deref().map(String::from);
            capture_names(&c.sub, out);
        }
        HirKind::Repetition(r) => capture_names(&r.sub, out),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            for s in subs {
                capture_names(s, out);
            }
        }
        _ => {}
    }
}

fn to_ascii(h: &Hir) -> Hir {
    match h.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0.clone()),
        HirKind::Class(Class::Unicode(c)) => {
            let mut c = c.clone();
            c.intersect(&hir::ClassUnicode::new([hir::ClassUnicodeRange::new(
                '\0', '\x7F',
            )]));
            Hir::class(Class::Unicode(c))
        }
        HirKind::Class(Class::Bytes(c)) => Hir::class(Class::Bytes(c.clone())),
        HirKind::Look(l) => Hir::look(match *l {
            Look::WordUnicode => Look::WordAscii,
            Look::WordStartUnicode => Look::WordStartAscii,
            Look::WordEndUnicode => Look::WordEndAscii,
            Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
            Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
            // `(?-u:\B)` is refused in a `&str` regex (it could match inside
            // a char); the Unicode one agrees with it on ASCII text anyway.
            other => other,
        }),
        HirKind::Repetition(r) => Hir::repetition(hir::Repetition {
            min: r.min,
            max: r.max,
            greedy: r.greedy,
            sub: Box::new(to_ascii(&r.sub)),
        }),
        HirKind::Capture(c) => Hir::capture(hir::Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(to_ascii(&c.sub)),
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(to_ascii).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(to_ascii).collect()),
    }
}

impl Regex {
    /// Compiles `pattern` (and its ASCII twin). Fails as `regex::Regex::new`
    /// does.
    pub(crate) fn new(pattern: &str) -> Result<Regex, regex::Error> {
        match ascii_twin(pattern) {
            Some((ascii, required)) => Ok(Regex {
                pattern: pattern.into(),
                ascii,
                required,
                unicode: OnceLock::new(),
            }),
            // No usable twin: the pattern as written serves every haystack.
            None => {
                let re = regex::Regex::new(pattern)?;
                Ok(Regex {
                    pattern: pattern.into(),
                    ascii: re.clone(),
                    required: None,
                    unicode: OnceLock::from(re),
                })
            }
        }
    }

    /// The engine for `haystack`.
    #[inline]
    fn pick(&self, haystack: &str) -> &regex::Regex {
        if is_ascii(haystack) {
            &self.ascii
        } else {
            self.unicode()
        }
    }

    /// The engine for `haystack` and the haystack to search.
    #[inline]
    fn pick_hay<'h>(&self, haystack: &'h str) -> (&regex::Regex, &'h str) {
        (self.pick(haystack), haystack)
    }

    /// The pattern as written, compiled on first use.
    fn unicode(&self) -> &regex::Regex {
        self.unicode.get_or_init(|| {
            // The pattern parsed when the twin was built; compiling it can
            // only fail on a size limit, which `all_patterns_compile`-style
            // tests rule out. Should it happen, the twin is the best answer
            // left (exact on the ASCII parts of the text).
            regex::Regex::new(&self.pattern).unwrap_or_else(|_| self.ascii.clone())
        })
    }

    /// Forces the pattern as written to compile (for tests).
    #[cfg(test)]
    pub(crate) fn force_unicode(&self) -> &regex::Regex {
        self.unicode()
    }

    /// See [`regex::Regex::is_match`].
    #[inline]
    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        let (re, hay) = self.pick_hay(haystack);
        re.is_match(hay)
    }

    /// See [`regex::Regex::find`].
    #[inline]
    pub(crate) fn find<'h>(&self, haystack: &'h str) -> Option<regex::Match<'h>> {
        let (re, hay) = self.pick_hay(haystack);
        re.find(hay)
    }

    /// See [`regex::Regex::find_iter`].
    #[inline]
    pub(crate) fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> regex::Matches<'r, 'h> {
        let (re, hay) = self.pick_hay(haystack);
        re.find_iter(hay)
    }

    /// See [`regex::Regex::captures`].
    #[inline]
    pub(crate) fn captures<'h>(&self, haystack: &'h str) -> Option<regex::Captures<'h>> {
        let (re, hay) = self.pick_hay(haystack);
        re.captures(hay)
    }

    /// See [`regex::Regex::captures_iter`].
    #[inline]
    pub(crate) fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> regex::CaptureMatches<'r, 'h> {
        let (re, hay) = self.pick_hay(haystack);
        re.captures_iter(hay)
    }

    /// See [`regex::Regex::split`].
    #[inline]
    pub(crate) fn split<'r, 'h>(&'r self, haystack: &'h str) -> regex::Split<'r, 'h> {
        self.pick(haystack).split(haystack)
    }
}

const BLOCK: usize = 64;

/// Which of up to 64 patterns may match in which slices of a text, from
/// one Aho-Corasick pass over the words each requires (see
/// [`Regex::required`]): a pattern can only match in a slice holding one of
/// its words. Patterns without such words, and slices that are not ASCII,
/// are always candidates.
#[derive(Clone, Debug)]
pub(crate) struct Prefilter {
    ac: Option<AhoCorasick>,
    /// For each word of `ac`, the patterns that require it.
    owners: Vec<u64>,
    /// Patterns that are always candidates.
    always: u64,
}

impl Prefilter {
    /// A prefilter for `patterns`, in order (bit `i` is pattern `i`; from
    /// the 65th on, patterns are always candidates).
    pub(crate) fn new<'a>(patterns: impl IntoIterator<Item = &'a Regex>) -> Prefilter {
        let mut words: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<u64> = Vec::new();
        let mut index: std::collections::HashMap<Vec<u8>, usize> = Default::default();
        let mut always = 0u64;
        for (i, re) in patterns.into_iter().enumerate().take(64) {
            let bit = 1u64 << i;
            match &re.required {
                Some(ws) => {
                    for w in ws {
                        let k = *index.entry(w.clone()).or_insert_with(|| {
                            words.push(w.clone());
                            owners.push(0);
                            words.len() - 1
                        });
                        owners[k] |= bit;
                    }
                }
                None => always |= bit,
            }
        }
        let ac = if words.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&words)
                .ok()
        };
        if ac.is_none() {
            always = u64::MAX;
        }
        Prefilter { ac, owners, always }
    }

    /// For each of `spans` (sorted, not overlapping byte ranges of `text`),
    /// the set of patterns that may match inside it.
    pub(crate) fn candidates(&self, text: &str, spans: &[(usize, usize)]) -> Vec<u64> {
        let mut out: Vec<u64> = spans
            .iter()
            .map(|&(a, b)| {
                if is_ascii(&text[a..b]) {
                    self.always
                } else {
                    u64::MAX
                }
            })
            .collect();
        let Some(ac) = &self.ac else {
            return out;
        };
        // Every occurrence, overlapping ones included, lands in the span
        // that holds it whole, if any.
        for m in ac.find_overlapping_iter(text) {
            let i = spans.partition_point(|&(_, b)| b < m.end());
            if let Some(&(a, b)) = spans.get(i) {
                if a <= m.start() && m.end() <= b {
                    out[i] |= self.owners[m.pattern().as_usize()];
                }
            }
        }
        out
    }
}

/// Where the text being extracted lies in memory, and how to tell whether a
/// slice of it is ASCII in constant time.
#[derive(Debug)]
struct Index {
    base: usize,
    len: usize,
    /// `dirty[i]`: how many of the first `i` blocks of `BLOCK` bytes hold a
    /// non-ASCII byte. Empty when the whole text is ASCII.
    dirty: Vec<u32>,
}

thread_local! {
    static SCOPE: RefCell<Option<Index>> = const { RefCell::new(None) };
}

/// Whether `s` is ASCII: in constant time for a slice of the text of the
/// current [`Scope`], by a scan otherwise.
#[inline]
fn is_ascii(s: &str) -> bool {
    SCOPE
        .with(|scope| scope.borrow().as_ref().and_then(|ix| ix.is_ascii(s)))
        .unwrap_or_else(|| s.is_ascii())
}

impl Index {
    fn new(text: &str) -> Index {
        let dirty = if text.is_ascii() {
            Vec::new()
        } else {
            let mut dirty = Vec::with_capacity(text.len() / BLOCK + 2);
            let mut n = 0u32;
            dirty.push(0);
            for block in text.as_bytes().chunks(BLOCK) {
                n += u32::from(!block.is_ascii());
                dirty.push(n);
            }
            dirty
        };
        Index {
            base: text.as_ptr() as usize,
            len: text.len(),
            dirty,
        }
    }

    /// `None` when `s` is not a slice of the indexed text.
    fn is_ascii(&self, s: &str) -> Option<bool> {
        let a = (s.as_ptr() as usize).checked_sub(self.base)?;
        let b = a + s.len();
        if b > self.len {
            return None;
        }
        if self.dirty.is_empty() {
            return Some(true);
        }
        // Whole blocks inside a..b from the table; the ragged ends by a scan
        // of at most two blocks.
        let first = a.div_ceil(BLOCK);
        let last = b / BLOCK;
        if first >= last {
            return Some(s.is_ascii());
        }
        let bytes = s.as_bytes();
        Some(
            self.dirty[last] == self.dirty[first]
                && bytes[..first * BLOCK - a].is_ascii()
                && bytes[last * BLOCK - a..].is_ascii(),
        )
    }
}

/// While alive, slices of `text` are known ASCII or not without a scan (on
/// this thread). Dropping it restores the previous scope.
#[derive(Debug)]
pub(crate) struct Scope {
    previous: Option<Index>,
}

impl Scope {
    pub(crate) fn enter(text: &str) -> Scope {
        let previous = SCOPE.with(|s| s.borrow_mut().replace(Index::new(text)));
        Scope { previous }
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        let previous = self.previous.take();
        SCOPE.with(|s| *s.borrow_mut() = previous);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twin_keeps_groups_and_matches_on_ascii() {
        let re = Regex::new(r"(?i)\b(?P<w>[\w'-]+)\s+(?P<n>\d+)\b|(é)").unwrap();
        let t = "They said KILLED 20, Gao's 3 x";
        let a: Vec<_> = re
            .captures_iter(t)
            .map(|c| c.name("w").map(|m| m.range()))
            .collect();
        let u: Vec<_> = re
            .force_unicode()
            .captures_iter(t)
            .map(|c| c.name("w").map(|m| m.range()))
            .collect();
        assert_eq!(a, u);
        assert_eq!(a.len(), 2);
        // Non-ASCII haystacks use the pattern as written.
        let c = re.captures("Ségou 12").unwrap();
        assert_eq!(&c["w"], "Ségou");
    }

    #[test]
    fn scope_answers_for_slices_of_its_text() {
        let mut text = "a".repeat(300);
        text.push('é');
        text.push_str(&"b".repeat(300));
        let _scope = Scope::enter(&text);
        for (a, b) in [
            (0, 300),
            (0, 302),
            (299, 303),
            (300, 600),
            (302, 602),
            (256, 320),
            (320, 384),
            (64, 128),
            (0, 602),
        ] {
            let s = &text[a..b];
            assert_eq!(is_ascii(s), s.is_ascii(), "{a}..{b}");
        }
        let other = String::from("é");
        assert!(!is_ascii(&other));
    }
}
