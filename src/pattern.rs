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

use regex_syntax::hir::{self, Class, Hir, HirKind, Look};

/// A compiled pattern with an ASCII twin; see the [module docs](self).
#[derive(Clone, Debug)]
pub(crate) struct Regex {
    /// The pattern as written.
    pattern: Box<str>,
    /// For ASCII haystacks.
    ascii: regex::Regex,
    /// The pattern as written, for any other haystack; compiled on first use.
    unicode: OnceLock<regex::Regex>,
}

/// The ASCII twin of `pattern`, compiled, or `None` if it cannot be built
/// (then the pattern as written serves every haystack, and compiling it
/// reports any error).
fn ascii_twin(pattern: &str) -> Option<regex::Regex> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()?;
    let twin = regex::Regex::new(&to_ascii(&hir).to_string()).ok()?;
    // The printed twin must keep the groups, in order, with their names.
    let mut names = vec![None];
    capture_names(&hir, &mut names);
    let same = twin.capture_names().eq(names.iter().map(|n| n.as_deref()));
    same.then_some(twin)
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
            Some(ascii) => Ok(Regex {
                pattern: pattern.into(),
                ascii,
                unicode: OnceLock::new(),
            }),
            // No usable twin: the pattern as written serves every haystack.
            None => {
                let re = regex::Regex::new(pattern)?;
                Ok(Regex {
                    pattern: pattern.into(),
                    ascii: re.clone(),
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
        self.pick(haystack).is_match(haystack)
    }

    /// See [`regex::Regex::find`].
    #[inline]
    pub(crate) fn find<'h>(&self, haystack: &'h str) -> Option<regex::Match<'h>> {
        self.pick(haystack).find(haystack)
    }

    /// See [`regex::Regex::find_iter`].
    #[inline]
    pub(crate) fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> regex::Matches<'r, 'h> {
        self.pick(haystack).find_iter(haystack)
    }

    /// See [`regex::Regex::captures`].
    #[inline]
    pub(crate) fn captures<'h>(&self, haystack: &'h str) -> Option<regex::Captures<'h>> {
        self.pick(haystack).captures(haystack)
    }

    /// See [`regex::Regex::captures_iter`].
    #[inline]
    pub(crate) fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> regex::CaptureMatches<'r, 'h> {
        self.pick(haystack).captures_iter(haystack)
    }

    /// See [`regex::Regex::split`].
    #[inline]
    pub(crate) fn split<'r, 'h>(&'r self, haystack: &'h str) -> regex::Split<'r, 'h> {
        self.pick(haystack).split(haystack)
    }
}

const BLOCK: usize = 64;

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
        let a: Vec<_> = re.captures_iter(t).map(|c| c.name("w").map(|m| m.range())).collect();
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
        for (a, b) in [(0, 300), (0, 302), (299, 303), (300, 600), (302, 602), (256, 320), (320, 384), (64, 128), (0, 602)] {
            let s = &text[a..b];
            assert_eq!(is_ascii(s), s.is_ascii(), "{a}..{b}");
        }
        let other = String::from("é");
        assert!(!is_ascii(&other));
    }
}
