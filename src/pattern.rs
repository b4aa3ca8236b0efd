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
//! `regex::Regex`'s, so call sites read as before; they return this
//! module's [`Match`], [`Captures`], [`Matches`] and [`Split`], with the
//! methods of the regex crate's. Both engines are [`Engine`]s: the regex
//! crate's own engine, built without the literal analysis the crate's
//! features make useless.
//!
//! Deciding costs nothing per call for slices of the document being
//! extracted: [`Scope::enter`] indexes the folded text once (which 64-byte
//! blocks hold a non-ASCII byte), so whether any slice of it is ASCII is
//! answered in constant time, however long the slice. A haystack from
//! elsewhere is scanned.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use regex_automata::meta;
use regex_syntax::ast::{self, Ast, ClassSet, ClassSetItem, Flag, GroupKind, Span};

/// A compiled pattern with an ASCII twin; see the [module docs](self).
#[derive(Clone, Debug)]
pub(crate) struct Regex {
    /// The pattern as written.
    pattern: Box<str>,
    /// What one parse of the pattern tells: its twin and groups.
    analysis: OnceLock<Analysis>,
    /// See [`Regex::required`]: computed on demand (only prefilters want
    /// it, and on a pattern with a big word list it costs more than
    /// compiling it).
    required: OnceLock<Option<Vec<Vec<u8>>>>,
    /// The engine for ASCII haystacks; compiled by [`Regex::new`], or on
    /// first use for a pattern made by [`Regex::new_lazy`].
    ascii: OnceLock<Ascii>,
    /// The pattern as written, for any other haystack; compiled on first use.
    unicode: OnceLock<Engine>,
}

/// What one parse of a pattern tells.
#[derive(Clone, Debug)]
struct Analysis {
    /// The source of the ASCII twin, if the pattern has one.
    twin: Option<String>,
    /// The names of the pattern's capture groups, in order.
    names: Vec<Option<String>>,
    /// The index of each named group; `None` if the pattern did not parse.
    index: Option<GroupIndex>,
}

/// Group indices by name, for [`Regex::group_index`].
type GroupIndex = HashMap<Box<str>, usize, BuildHasherDefault<NameHasher>>;

/// FxHash (rustc's hasher), byte by byte: a rotate, a xor and a multiply
/// per byte. The keys are the crate's own group names (short, fixed), so
/// the flooding SipHash guards against is no concern, and its cost is.
#[derive(Default)]
struct NameHasher(u64);

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Byte by byte: the names are a few bytes long, and packing them
        // into words took a `memcpy` call each.
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.write_u64(u64::from(b));
    }

    fn write_u64(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The engine for ASCII haystacks.
#[derive(Clone, Debug)]
struct Ascii {
    re: Engine,
    /// Whether `re` is a twin (else it is the pattern as written).
    twin: bool,
}

/// Parses `pattern` once: the source of its ASCII twin (if it has one) and
/// its capture groups.
fn analyse(pattern: &str) -> Analysis {
    match regex_syntax::ast::parse::Parser::new().parse(pattern) {
        Ok(ast) => analyse_ast(ast, pattern.len()),
        Err(_) => unparsed(),
    }
}

/// The analysis of a pattern that does not parse.
fn unparsed() -> Analysis {
    Analysis {
        twin: None,
        names: Vec::new(),
        index: None,
    }
}

/// The analysis of the parsed pattern `ast`, whose source is `len` bytes.
fn analyse_ast(ast: Ast, len: usize) -> Analysis {
    let names = group_names(&ast);
    let index = names
        .iter()
        .enumerate()
        .filter_map(|(i, n)| Some((n.as_deref()?.into(), i + 1)))
        .collect();
    Analysis {
        twin: twin_source(ast, len),
        names,
        index: Some(index),
    }
}

/// The source of the ASCII twin of the parsed pattern `ast`, or `None` if
/// the pattern has no twin (then the pattern as written serves every
/// haystack).
///
/// The twin is the pattern's own syntax tree printed back under `(?-u)`,
/// where `\w`, `\d`, `\s`, `\b` and `(?i)` are ASCII. The constructs that
/// would then match bytes above ASCII (and so are refused in a `&str`
/// regex) are cut to ASCII: `.`, negated classes and `\W`, `\D`, `\S`
/// become their Unicode negations intersected with ASCII; `\B`
/// keeps its Unicode form, which agrees with the ASCII one between ASCII
/// chars. Anything else unusual (Unicode
/// classes, flags `u`, `s`, `R`, set operations) means no twin.
fn twin_source(mut ast: Ast, len: usize) -> Option<String> {
    if !asciify(&mut ast) {
        return None;
    }
    let mut twin = String::with_capacity(len + 16);
    twin.push_str("(?-u)");
    regex_syntax::ast::print::Printer::new()
        .print(&ast, &mut twin)
        .ok()?;
    Some(twin)
}

/// Compiles the twin `source`, if it keeps the groups `names`, in order.
fn compile_twin(source: &str, names: &[Option<String>]) -> Option<Engine> {
    let re = Engine::new(source, None).ok()?;
    let same = re
        .capture_names()
        .skip(1)
        .eq(names.iter().map(|n| n.as_deref()));
    same.then_some(re)
}

/// The capture groups of `ast`, in order, by name.
fn group_names(ast: &Ast) -> Vec<Option<String>> {
    fn walk(ast: &Ast, out: &mut Vec<Option<String>>) {
        match ast {
            Ast::Group(g) => {
                match &g.kind {
                    GroupKind::CaptureIndex(_) => out.push(None),
                    GroupKind::CaptureName { name, .. } => out.push(Some(name.name.clone())),
                    GroupKind::NonCapturing(_) => {}
                }
                walk(&g.ast, out);
            }
            Ast::Repetition(r) => walk(&r.ast, out),
            Ast::Alternation(a) => a.asts.iter().for_each(|x| walk(x, out)),
            Ast::Concat(c) => c.asts.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(ast, &mut out);
    out
}

/// `\x{0}-\x{7F}`.
fn ascii_range(span: Span) -> ClassSetItem {
    let lit = |c: char| ast::Literal {
        span,
        kind: ast::LiteralKind::HexBrace(ast::HexLiteralKind::X),
        c,
    };
    ClassSetItem::Range(ast::ClassSetRange {
        span,
        start: lit('\0'),
        end: lit('\x7F'),
    })
}

/// `ast` in a group that turns Unicode back on: `(?u:ast)`.
fn unicode_group(span: Span, ast: Ast) -> Ast {
    Ast::group(ast::Group {
        span,
        kind: GroupKind::NonCapturing(ast::Flags {
            span,
            items: vec![ast::FlagsItem {
                span,
                kind: ast::FlagsItemKind::Flag(Flag::Unicode),
            }],
        }),
        ast: Box::new(ast),
    })
}

/// The negation of `items` cut to ASCII: `(?u:[[^items]&&\x{0}-\x{7F}])`.
/// (Under `(?-u)` a negation would match the bytes above ASCII, which a
/// `&str` regex refuses. In Unicode mode the negation is the one written,
/// case folding included, and the intersection keeps its ASCII chars: the
/// ones it matches on ASCII text.)
fn negated_ascii(span: Span, items: Vec<ClassSetItem>) -> Ast {
    let negation = ClassSetItem::Bracketed(Box::new(ast::ClassBracketed {
        span,
        negated: true,
        kind: ClassSet::union(ast::ClassSetUnion { span, items }),
    }));
    let class = Ast::class_bracketed(ast::ClassBracketed {
        span,
        negated: false,
        kind: ClassSet::BinaryOp(ast::ClassSetBinaryOp {
            span,
            kind: ast::ClassSetBinaryOpKind::Intersection,
            lhs: Box::new(ClassSet::Item(negation)),
            rhs: Box::new(ClassSet::Item(ascii_range(span))),
        }),
    });
    unicode_group(span, class)
}

/// Whether every flag in `flags` is one the twin handles.
fn flags_ok(flags: &ast::Flags) -> bool {
    flags.items.iter().all(|i| {
        !matches!(
            i.kind,
            ast::FlagsItemKind::Flag(Flag::Unicode | Flag::DotMatchesNewLine | Flag::CRLF)
        )
    })
}

/// Whether a class item matches only ASCII under `(?-u)` (before any
/// negation of the class holding it).
fn item_ok(item: &ClassSetItem) -> bool {
    match item {
        ClassSetItem::Empty(_) | ClassSetItem::Ascii(_) => true,
        ClassSetItem::Literal(l) => l.c.is_ascii(),
        ClassSetItem::Range(r) => r.end.c.is_ascii(),
        ClassSetItem::Perl(p) => !p.negated,
        ClassSetItem::Unicode(_) => false,
        ClassSetItem::Bracketed(b) => !b.negated && set_ok(&b.kind),
        ClassSetItem::Union(u) => u.items.iter().all(item_ok),
    }
}

fn set_ok(set: &ClassSet) -> bool {
    match set {
        ClassSet::Item(i) => item_ok(i),
        ClassSet::BinaryOp(_) => false,
    }
}

/// Rewrites `ast` in place for the twin; `false` if it cannot.
fn asciify(ast: &mut Ast) -> bool {
    match ast {
        Ast::Empty(_) | Ast::Literal(_) => true,
        Ast::Flags(f) => flags_ok(&f.flags),
        Ast::Dot(span) => {
            let span = **span;
            // Escaped: a verbatim newline would be blank space under `(?x)`.
            let newline = ClassSetItem::Literal(ast::Literal {
                span,
                kind: ast::LiteralKind::Special(ast::SpecialLiteralKind::LineFeed),
                c: '\n',
            });
            *ast = negated_ascii(span, vec![newline]);
            true
        }
        Ast::Assertion(a) => {
            if a.kind == ast::AssertionKind::NotWordBoundary {
                let span = a.span;
                let inner = std::mem::replace(ast, Ast::empty(span));
                *ast = unicode_group(span, inner);
            }
            true
        }
        Ast::ClassUnicode(_) => false,
        Ast::ClassPerl(p) => {
            if p.negated {
                let span = p.span;
                let positive = ClassSetItem::Perl(ast::ClassPerl {
                    span,
                    kind: p.kind.clone(),
                    negated: false,
                });
                *ast = negated_ascii(span, vec![positive]);
            }
            true
        }
        Ast::ClassBracketed(c) => {
            let span = c.span;
            match &mut c.kind {
                ClassSet::Item(item) if c.negated => {
                    if !item_ok(item) {
                        return false;
                    }
                    let item = std::mem::replace(item, ClassSetItem::Empty(span));
                    *ast = negated_ascii(span, vec![item]);
                    true
                }
                set => set_ok(set),
            }
        }
        Ast::Repetition(r) => asciify(&mut r.ast),
        Ast::Group(g) => g.flags().map_or(true, flags_ok) && asciify(&mut g.ast),
        Ast::Alternation(a) => a.asts.iter_mut().all(asciify),
        Ast::Concat(c) => c.asts.iter_mut().all(asciify),
    }
}

/// Most strings a set of literals may hold before it is given up.
const MAX_SET: usize = 256;
/// Shortest word worth an Aho-Corasick check.
const MIN_REQUIRED: usize = 3;

/// What is known of the strings a pattern matches, lowercased.
#[derive(Debug, Default)]
struct Facts {
    /// Every string it matches, when few.
    exact: Option<Vec<Vec<u8>>>,
    /// Strings one of which every match contains, when known and better
    /// than `exact` (which is such a set too).
    factors: Option<Vec<Vec<u8>>>,
}

impl Facts {
    fn best(self) -> Option<Vec<Vec<u8>>> {
        better(self.factors, self.exact)
    }
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
    v.sort_unstable();
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
            let mut s = Vec::with_capacity(x.len() + y.len());
            s.extend_from_slice(x);
            s.extend_from_slice(y);
            out.push(s);
        }
    }
    Some(dedup(out))
}

/// The chars of a small bracketed class, lowercased; `None` for a big one
/// or a negated one.
fn class_chars(c: &ast::ClassBracketed) -> Option<Vec<Vec<u8>>> {
    const MAX_CLASS: usize = 16;
    fn walk(item: &ClassSetItem, out: &mut Vec<char>) -> Option<()> {
        match item {
            ClassSetItem::Empty(_) => {}
            ClassSetItem::Literal(l) => out.push(l.c),
            ClassSetItem::Range(r) => {
                let (lo, hi) = (r.start.c as u32, r.end.c as u32);
                if hi < lo || hi - lo >= MAX_CLASS as u32 {
                    return None;
                }
                out.extend((lo..=hi).filter_map(char::from_u32));
            }
            ClassSetItem::Bracketed(b) if !b.negated => match &b.kind {
                ClassSet::Item(i) => walk(i, out)?,
                ClassSet::BinaryOp(_) => return None,
            },
            ClassSetItem::Union(u) => {
                for i in &u.items {
                    walk(i, out)?;
                }
            }
            _ => return None,
        }
        (out.len() <= MAX_CLASS).then_some(())
    }
    if c.negated {
        return None;
    }
    let mut chars = Vec::new();
    match &c.kind {
        ClassSet::Item(i) => walk(i, &mut chars)?,
        ClassSet::BinaryOp(_) => return None,
    }
    Some(dedup(chars.into_iter().map(lower_char).collect()))
}

/// `c` as lowercase UTF-8 (ASCII case only: the words are matched ignoring
/// ASCII case, and only on ASCII text).
fn lower_char(c: char) -> Vec<u8> {
    let mut buf = [0; 4];
    c.to_ascii_lowercase()
        .encode_utf8(&mut buf)
        .as_bytes()
        .to_vec()
}

/// What is known of the strings `a` matches. Case flags are ignored: the
/// words are lowercased and matched ignoring ASCII case, which accepts at
/// least what the pattern does on ASCII text.
fn facts(a: &Ast) -> Facts {
    let exact = |set: Vec<Vec<u8>>| Facts {
        exact: Some(set),
        factors: None,
    };
    match a {
        Ast::Empty(_) | Ast::Flags(_) | Ast::Assertion(_) => exact(vec![Vec::new()]),
        Ast::Literal(l) => exact(vec![lower_char(l.c)]),
        Ast::Dot(_) | Ast::ClassUnicode(_) | Ast::ClassPerl(_) => Facts::default(),
        Ast::ClassBracketed(c) => Facts {
            exact: class_chars(c),
            factors: None,
        },
        Ast::Group(g) => facts(&g.ast),
        Ast::Repetition(r) => {
            let (min, max) = match &r.op.kind {
                ast::RepetitionKind::ZeroOrOne => (0, Some(1)),
                ast::RepetitionKind::ZeroOrMore => (0, None),
                ast::RepetitionKind::OneOrMore => (1, None),
                ast::RepetitionKind::Range(ast::RepetitionRange::Exactly(n)) => (*n, Some(*n)),
                ast::RepetitionKind::Range(ast::RepetitionRange::AtLeast(n)) => (*n, None),
                ast::RepetitionKind::Range(ast::RepetitionRange::Bounded(m, n)) => (*m, Some(*n)),
            };
            if min == 0 && max != Some(1) {
                return Facts::default();
            }
            let sub = facts(&r.ast);
            match (min, max) {
                (1, Some(1)) => sub,
                (0, _) => Facts {
                    exact: sub.exact.map(|mut e| {
                        e.push(Vec::new());
                        dedup(e)
                    }),
                    factors: None,
                },
                _ => Facts {
                    exact: None,
                    factors: sub.best(),
                },
            }
        }
        Ast::Concat(c) => {
            let mut best: Option<Vec<Vec<u8>>> = None;
            // A run of children with exact sets multiplies into longer words.
            let mut run: Option<Vec<Vec<u8>>> = Some(vec![Vec::new()]);
            let mut all_exact = true;
            for sub in &c.asts {
                let f = facts(sub);
                best = better(best, f.factors);
                match (run.take(), f.exact) {
                    (Some(r), Some(e)) => match product(&r, &e) {
                        Some(p) => run = Some(p),
                        None => {
                            best = better(best, Some(r));
                            run = Some(e);
                            all_exact = false;
                        }
                    },
                    (None, Some(e)) => run = Some(e),
                    (r, None) => {
                        best = better(best, r);
                        all_exact = false;
                    }
                }
            }
            if all_exact {
                Facts {
                    exact: run,
                    factors: best,
                }
            } else {
                Facts {
                    exact: None,
                    factors: better(best, run),
                }
            }
        }
        Ast::Alternation(alt) => {
            let mut exact: Option<Vec<Vec<u8>>> = Some(Vec::new());
            let mut factors: Option<Vec<Vec<u8>>> = Some(Vec::new());
            for sub in &alt.asts {
                let f = facts(sub);
                match (&mut exact, &f.exact) {
                    (Some(all), Some(e)) if all.len() + e.len() <= MAX_SET => {
                        all.extend(e.iter().cloned())
                    }
                    _ => exact = None,
                }
                match (&mut factors, f.best()) {
                    (Some(all), Some(b)) if all.len() + b.len() <= 4 * MAX_SET => all.extend(b),
                    _ => factors = None,
                }
                if exact.is_none() && factors.is_none() {
                    break;
                }
            }
            Facts {
                exact: exact.map(dedup),
                factors: factors.map(dedup),
            }
        }
    }
}

impl Regex {
    /// Compiles `pattern` (and its ASCII twin). Fails as `regex::Regex::new`
    /// does.
    pub(crate) fn new(pattern: &str) -> Result<Regex, BuildError> {
        let re = Regex::new_lazy(pattern);
        let ascii = re.build_ascii()?;
        let _ = re.ascii.set(ascii);
        Ok(re)
    }

    /// A pattern that is parsed and compiled on first use: for the many
    /// patterns of which an extraction may need only a few (the claim
    /// rules, behind their [`Prefilter`]). The pattern must compile: one
    /// that does not never matches (the crate's tests compile every
    /// pattern made this way).
    pub(crate) fn new_lazy(pattern: &str) -> Regex {
        let re = Regex {
            pattern: pattern.into(),
            analysis: OnceLock::new(),
            required: OnceLock::new(),
            ascii: OnceLock::new(),
            unicode: OnceLock::new(),
        };
        #[cfg(test)]
        tests::REGISTRY
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(re.clone());
        re
    }

    /// The pattern parsed, on first need.
    fn analysis(&self) -> &Analysis {
        self.analysis.get_or_init(|| analyse(&self.pattern))
    }

    /// The engine for ASCII haystacks: the twin, or, without a usable twin,
    /// the pattern as written (which then serves every haystack).
    fn build_ascii(&self) -> Result<Ascii, BuildError> {
        let analysis = self.analysis();
        if let Some(re) = analysis
            .twin
            .as_deref()
            .and_then(|t| compile_twin(t, &analysis.names))
        {
            return Ok(Ascii { re, twin: true });
        }
        let written = compile_written(&self.pattern)?;
        let _ = self.unicode.set(written.clone());
        Ok(Ascii {
            re: written,
            twin: false,
        })
    }

    /// The engine for ASCII haystacks, compiled on first use.
    fn ascii(&self) -> &Ascii {
        self.ascii.get_or_init(|| {
            self.build_ascii().unwrap_or_else(|_| Ascii {
                re: never(),
                twin: false,
            })
        })
    }

    /// Whether the engine for ASCII haystacks is a twin.
    fn twin(&self) -> bool {
        self.ascii().twin
    }

    /// Words one of which every match on an ASCII haystack contains,
    /// lowercased (ASCII case is to be ignored), when the pattern has such
    /// words of at least three letters. Computed from the parsed pattern, on
    /// demand (it is only wanted for prefilters).
    pub(crate) fn required(&self) -> Option<Vec<Vec<u8>>> {
        self.required
            .get_or_init(|| {
                // One parse serves both the words and, if not yet made, the
                // analysis (a prefilter asks a lazy pattern for its words
                // before anything else; these parses cost as much as the
                // compiling of the patterns an article needs).
                let ast = regex_syntax::ast::parse::Parser::new()
                    .parse(&self.pattern)
                    .ok();
                let words = ast.as_ref().map(facts);
                if self.analysis.get().is_none() {
                    let analysis = match ast {
                        Some(ast) => analyse_ast(ast, self.pattern.len()),
                        None => unparsed(),
                    };
                    let _ = self.analysis.set(analysis);
                }
                // Without a twin, the pattern as written runs on ASCII text
                // too, and its Unicode case folding is not what the words
                // account for.
                self.analysis().twin.as_ref()?;
                words?
                    .best()
                    .filter(|set| set.iter().all(|w| w.len() >= MIN_REQUIRED))
            })
            .clone()
    }

    /// The engine for `haystack`.
    #[inline]
    fn pick(&self, haystack: &str) -> &Engine {
        if is_ascii(haystack) {
            &self.ascii().re
        } else {
            self.unicode()
        }
    }

    /// The engine for `haystack` and the haystack to search.
    #[inline]
    fn pick_hay<'h>(&self, haystack: &'h str) -> (&Engine, &'h str) {
        (self.pick(haystack), haystack)
    }

    /// The pattern as written, compiled on first use.
    fn unicode(&self) -> &Engine {
        self.unicode.get_or_init(|| {
            // The crate's patterns compile (its tests compile every one);
            // a pattern as written whose twin compiled can still fail on a
            // size limit. Then the twin is the best answer left (exact on
            // the ASCII parts of the text), and without one, no match.
            compile_written(&self.pattern).unwrap_or_else(|_| match self.ascii.get() {
                Some(a) if a.twin => a.re.clone(),
                _ => never(),
            })
        })
    }

    /// Forces the pattern as written to compile (for tests).
    #[cfg(test)]
    pub(crate) fn force_unicode(&self) -> &Engine {
        self.unicode()
    }

    /// Why the pattern as written does not compile, or its twin was lost
    /// (for tests: a lazy pattern that does not compile never matches).
    #[cfg(test)]
    pub(crate) fn compile_error(&self) -> Option<String> {
        if let Err(e) = compile_written(&self.pattern) {
            return Some(e.to_string());
        }
        let analysis = self.analysis();
        if analysis.twin.is_some() && !self.twin() {
            return Some(format!("the twin of {:?} does not compile", self.pattern));
        }
        None
    }

    /// See [`regex::Regex::is_match`].
    #[inline]
    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        let (re, hay) = self.pick_hay(haystack);
        re.is_match(hay)
    }

    /// See [`regex::Regex::find`].
    #[inline]
    pub(crate) fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        let (re, hay) = self.pick_hay(haystack);
        re.find(hay)
    }

    /// See [`regex::Regex::find_iter`].
    #[inline]
    pub(crate) fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> Matches<'r, 'h> {
        let (re, hay) = self.pick_hay(haystack);
        re.find_iter(hay)
    }

    /// See [`regex::Regex::captures`].
    #[inline]
    pub(crate) fn captures<'r, 'h>(&'r self, haystack: &'h str) -> Option<Captures<'r, 'h>> {
        if self.twin() && !is_ascii(haystack) {
            let m = self.unicode().find(haystack)?;
            return self.groups_of(haystack, m.start(), m.end());
        }
        let re = self.pick(haystack);
        let mut locs = re.capture_locations();
        re.captures_read_at(&mut locs, haystack, 0)?;
        Some(self.captured(haystack, locs))
    }

    /// The groups of a match in `haystack`, read into `locs`.
    fn captured<'r, 'h>(&'r self, haystack: &'h str, locs: Locations) -> Captures<'r, 'h> {
        Captures {
            re: self,
            haystack,
            locs,
        }
    }

    /// The groups of the match `start..end` that the pattern as written
    /// found in the non-ASCII `haystack`.
    ///
    /// Resolving groups with the pattern as written is slow (its Unicode
    /// classes make a big automaton), so when the match and the char on
    /// each side of it are ASCII, the twin resolves them instead, on the
    /// haystack cut a little after the match: the groups of a match depend
    /// only on its text and the chars next to it, on which the two
    /// patterns agree. The twin's answer is taken only if it is the same
    /// match; otherwise, or near non-ASCII text, the pattern as written
    /// does the work.
    fn groups_of<'r, 'h>(
        &'r self,
        haystack: &'h str,
        start: usize,
        end: usize,
    ) -> Option<Captures<'r, 'h>> {
        let bytes = haystack.as_bytes();
        let ascii_around = (start == 0 || bytes[start - 1].is_ascii())
            && is_ascii(&haystack[start..end])
            && (end == bytes.len() || bytes[end].is_ascii());
        if ascii_around {
            // Up to the next non-ASCII byte, at most 256 bytes on: ASCII,
            // so a char boundary.
            let cut = bytes[end..]
                .iter()
                .take(256)
                .position(|b| !b.is_ascii())
                .map_or((end + 256).min(bytes.len()), |k| end + k);
            let twin = &self.ascii().re;
            let mut locs = twin.capture_locations();
            if let Some(m) = twin.captures_read_at(&mut locs, &haystack[..cut], start) {
                if m.start() == start && m.end() == end {
                    return Some(self.captured(haystack, locs));
                }
            }
        }
        // The pattern matched at `start`, so this finds that match.
        let written = self.unicode();
        let mut locs = written.capture_locations();
        let m = written.captures_read_at(&mut locs, haystack, start)?;
        (m.start() == start).then(|| self.captured(haystack, locs))
    }

    /// See [`regex::Regex::captures_iter`].
    #[inline]
    pub(crate) fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CaptureMatches<'r, 'h> {
        if self.twin() && !is_ascii(haystack) {
            return CaptureMatches::Mixed {
                re: self,
                haystack,
                matches: self.unicode().find_iter(haystack),
            };
        }
        CaptureMatches::Plain {
            re: self,
            haystack,
            engine: self.pick(haystack),
            locs: None,
            at: 0,
            last_end: None,
        }
    }

    /// The matches in `text`, line by line: none spans a line break. A
    /// sentence never does, so a match that did could only swallow the
    /// start of a real one in the next paragraph ("...attack quarry
    /// workers\n\nA medical officer said" read from the boilerplate line).
    /// Offsets are into `text`; look-behind sees the line break.
    pub(crate) fn captures_lines<'r, 'h>(&'r self, text: &'h str) -> LineCaptures<'r, 'h> {
        LineCaptures {
            re: self,
            text,
            next_line: 0,
            line: None,
            locs: None,
        }
    }

    /// The index of the group `name`.
    ///
    /// `regex::Captures::name` looks the name up in a SipHash map, some 230
    /// instructions a call (5% of an extraction); this looks it up in the
    /// pattern's own map under FxHash. The indices are the same: the twin
    /// keeps the groups of the pattern as written, in order.
    #[inline]
    fn group_index(&self, name: &str) -> Option<usize> {
        match &self.analysis().index {
            Some(index) => index.get(name).copied(),
            // Not parsed (a pattern that does not compile never matches).
            None => self
                .ascii()
                .re
                .capture_names()
                .position(|n| n == Some(name)),
        }
    }

    /// See [`regex::Regex::split`].
    #[inline]
    pub(crate) fn split<'r, 'h>(&'r self, haystack: &'h str) -> Split<'r, 'h> {
        self.pick(haystack).split(haystack)
    }
}

/// The pattern as written, compiled.
fn compile_written(pattern: &str) -> Result<Engine, BuildError> {
    Engine::new(pattern, Some(UNICODE_DFA_CACHE))
}

/// A regex that matches nothing.
fn never() -> Engine {
    static NEVER: OnceLock<Engine> = OnceLock::new();
    NEVER
        .get_or_init(|| Engine::new(r"[^\s\S]", None).unwrap_or_else(|e| unreachable!("{e}")))
        .clone()
}

/// Why a pattern does not compile (boxed: the engine's error is large, and
/// most results are not errors).
pub(crate) type BuildError = Box<meta::BuildError>;

/// One compiled pattern: the regex crate's own engine (`regex::Regex` is a
/// thin wrapper of it), built without the literal analysis that
/// `regex::RegexBuilder` cannot turn off.
///
/// That analysis looks for literals to scan for ahead of the automaton
/// (prefilters, and the reverse suffix and inner literal strategies). The
/// crate builds without the regex crate's `perf-literal` (see Cargo.toml),
/// so its result was computed and then dropped: a quarter of the time
/// spent building the default [`Extractor`](crate::Extractor). With
/// `auto_prefilter(false)` the same automata are built (the strategy is the
/// core engines in both cases) and match exactly as before.
#[derive(Clone, Debug)]
pub(crate) struct Engine(meta::Regex);

/// The capture groups of one search, for one [`Engine`].
pub(crate) type Locations = regex_automata::util::captures::Captures;

impl Engine {
    /// Compiles `pattern` as `regex::Regex::new` does (leftmost-first, UTF-8
    /// empty matches, the same NFA size limit), with a lazy DFA cache of
    /// `cache` bytes if given (else the regex crate's default of 2 MB).
    fn new(pattern: &str, cache: Option<usize>) -> Result<Engine, BuildError> {
        let config = meta::Config::new()
            .match_kind(regex_automata::MatchKind::LeftmostFirst)
            .utf8_empty(true)
            .nfa_size_limit(Some(10 << 20))
            .hybrid_cache_capacity(cache.unwrap_or(2 << 20))
            .auto_prefilter(false);
        meta::Builder::new()
            .configure(config)
            .syntax(regex_automata::util::syntax::Config::new().utf8(true))
            .build(pattern)
            .map(Engine)
            .map_err(Box::new)
    }

    #[inline]
    fn is_match(&self, haystack: &str) -> bool {
        self.0.is_match(haystack)
    }

    #[inline]
    fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        let m = self.0.find(haystack)?;
        Some(Match {
            haystack,
            start: m.start(),
            end: m.end(),
        })
    }

    #[inline]
    fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> Matches<'r, 'h> {
        Matches {
            haystack,
            it: self.0.find_iter(haystack),
        }
    }

    /// Empty capture groups for this engine's searches.
    fn capture_locations(&self) -> Locations {
        self.0.create_captures()
    }

    /// As `regex::Regex::captures_read_at`: the leftmost match starting at
    /// or after `start` (look-around sees the whole haystack), its groups
    /// written to `locs`.
    #[inline]
    fn captures_read_at<'h>(
        &self,
        locs: &mut Locations,
        haystack: &'h str,
        start: usize,
    ) -> Option<Match<'h>> {
        let input = regex_automata::Input::new(haystack).span(start..haystack.len());
        self.0.search_captures(&input, locs);
        let m = locs.get_match()?;
        Some(Match {
            haystack,
            start: m.start(),
            end: m.end(),
        })
    }

    /// Every match's groups, as `regex::Regex::captures_iter` finds them
    /// (for tests).
    #[cfg(test)]
    pub(crate) fn groups_all(&self, haystack: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        self.0
            .captures_iter(haystack)
            .map(|c| {
                (0..c.group_len())
                    .map(|i| c.get_group(i).map(|s| (s.start, s.end)))
                    .collect()
            })
            .collect()
    }

    /// The names of the groups, group 0 (unnamed) first.
    fn capture_names(&self) -> impl Iterator<Item = Option<&str>> + '_ {
        self.0
            .group_info()
            .pattern_names(regex_automata::PatternID::ZERO)
    }

    #[inline]
    fn split<'r, 'h>(&'r self, haystack: &'h str) -> Split<'r, 'h> {
        Split {
            matches: self.find_iter(haystack),
            last: 0,
        }
    }
}

/// The matches of [`Regex::find_iter`].
#[derive(Debug)]
pub(crate) struct Matches<'r, 'h> {
    haystack: &'h str,
    it: meta::FindMatches<'r, 'h>,
}

impl<'h> Iterator for Matches<'_, 'h> {
    type Item = Match<'h>;

    #[inline]
    fn next(&mut self) -> Option<Match<'h>> {
        let m = self.it.next()?;
        Some(Match {
            haystack: self.haystack,
            start: m.start(),
            end: m.end(),
        })
    }
}

/// The pieces of [`Regex::split`]: as `regex::Split`.
#[derive(Debug)]
pub(crate) struct Split<'r, 'h> {
    matches: Matches<'r, 'h>,
    /// Where the next piece starts; past the end once the last is out.
    last: usize,
}

impl<'h> Iterator for Split<'_, 'h> {
    type Item = &'h str;

    fn next(&mut self) -> Option<&'h str> {
        let haystack = self.matches.haystack;
        match self.matches.next() {
            Some(m) => {
                let piece = &haystack[self.last..m.start()];
                self.last = m.end();
                Some(piece)
            }
            None if self.last <= haystack.len() => {
                let piece = &haystack[self.last..];
                self.last = haystack.len() + 1;
                Some(piece)
            }
            None => None,
        }
    }
}

/// A match or a group of one: as [`regex::Match`], which only the regex
/// crate can make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.end
    }

    #[cfg(test)]
    pub(crate) fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    #[inline]
    pub(crate) fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
}

/// The groups of one match of a [`Regex`]: as [`regex::Captures`], but
/// made only for a match. The regex crate makes a `regex::Captures` (an
/// allocation) for every search, match or not, so
/// [`Regex::captures_lines`] paid one for every line of a text; its
/// searches here reuse one set of capture locations until one finds a
/// match. Group names are looked up in the pattern's own index (see
/// [`Regex::group_index`]).
#[derive(Clone, Debug)]
pub(crate) struct Captures<'r, 'h> {
    re: &'r Regex,
    haystack: &'h str,
    locs: Locations,
}

impl<'h> Captures<'_, 'h> {
    /// The group `i` (0 is the whole match), if it took part in the match.
    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<Match<'h>> {
        let span = self.locs.get_group(i)?;
        Some(Match {
            haystack: self.haystack,
            start: span.start,
            end: span.end,
        })
    }

    /// The group `name`, if it took part in the match (see
    /// [`Regex::group_index`]).
    #[inline]
    pub(crate) fn name(&self, name: &str) -> Option<Match<'h>> {
        self.get(self.re.group_index(name)?)
    }
}

/// Capture locations for searches with one engine, made on first use and
/// reused while the engine stays the same (a `regex::CaptureLocations` is
/// only for the regex that made it).
type Reused<'r> = Option<(&'r Engine, Locations)>;

/// The capture locations of `reused` if they are `engine`'s, else new ones.
fn locations_for<'a, 'r>(reused: &'a mut Reused<'r>, engine: &'r Engine) -> &'a mut Locations {
    if !reused
        .as_ref()
        .is_some_and(|(re, _)| std::ptr::eq(*re, engine))
    {
        *reused = None;
    }
    &mut reused
        .get_or_insert_with(|| (engine, engine.capture_locations()))
        .1
}

/// The matches of [`Regex::captures_iter`], with their groups.
#[derive(Debug)]
pub(crate) enum CaptureMatches<'r, 'h> {
    /// Matches and groups from one engine, as `regex::CaptureMatches`
    /// finds them.
    Plain {
        re: &'r Regex,
        haystack: &'h str,
        engine: &'r Engine,
        locs: Reused<'r>,
        /// Where the next search starts.
        at: usize,
        /// Where the last match ended.
        last_end: Option<usize>,
    },
    /// On a non-ASCII haystack: matches found by the pattern as written,
    /// groups resolved by [`Regex::groups_of`].
    Mixed {
        re: &'r Regex,
        haystack: &'h str,
        matches: Matches<'r, 'h>,
    },
}

/// The iterator of [`Regex::captures_lines`].
#[derive(Debug)]
pub(crate) struct LineCaptures<'r, 'h> {
    re: &'r Regex,
    text: &'h str,
    /// Where the next line starts.
    next_line: usize,
    /// The line being searched: its engine, the search position, its end.
    line: Option<(&'r Engine, usize, usize)>,
    locs: Reused<'r>,
}

impl<'r, 'h> Iterator for LineCaptures<'r, 'h> {
    type Item = Captures<'r, 'h>;

    fn next(&mut self) -> Option<Captures<'r, 'h>> {
        loop {
            if let Some((re, at, end)) = self.line {
                if at <= end {
                    let locs = locations_for(&mut self.locs, re);
                    if let Some(m) = re.captures_read_at(locs, &self.text[..end], at) {
                        // Past an empty match by one char, as `captures_iter`.
                        let next = if m.end() > m.start() {
                            m.end()
                        } else {
                            self.text[m.end()..end]
                                .chars()
                                .next()
                                .map_or(end + 1, |ch| m.end() + ch.len_utf8())
                        };
                        self.line = Some((re, next, end));
                        let (_, locs) = self.locs.take()?;
                        return Some(self.re.captured(self.text, locs));
                    }
                }
                self.line = None;
            }
            if self.next_line > self.text.len() {
                return None;
            }
            let start = self.next_line;
            let end = memchr::memchr(b'\n', &self.text.as_bytes()[start..])
                .map_or(self.text.len(), |i| start + i);
            self.next_line = end + 1;
            let line = &self.text[start..end];
            if !line.trim().is_empty() {
                self.line = Some((self.re.pick(line), start, end));
            }
        }
    }
}

impl<'r, 'h> Iterator for CaptureMatches<'r, 'h> {
    type Item = Captures<'r, 'h>;

    fn next(&mut self) -> Option<Captures<'r, 'h>> {
        match self {
            CaptureMatches::Plain {
                re,
                haystack,
                engine,
                locs,
                at,
                last_end,
            } => {
                // As `regex::CaptureMatches`: an empty match where the last
                // match ended is skipped by searching again a byte on.
                let found = locations_for(locs, engine);
                let mut m = engine.captures_read_at(found, haystack, *at)?;
                if m.start() == m.end() && Some(m.end()) == *last_end {
                    if *at >= haystack.len() {
                        return None;
                    }
                    *at += 1;
                    m = engine.captures_read_at(found, haystack, *at)?;
                }
                *at = m.end();
                *last_end = Some(m.end());
                let (_, found) = locs.take()?;
                Some(re.captured(haystack, found))
            }
            CaptureMatches::Mixed {
                re,
                haystack,
                matches,
            } => loop {
                let m = matches.next()?;
                if let Some(c) = re.groups_of(haystack, m.start(), m.end()) {
                    return Some(c);
                }
            },
        }
    }
}

/// Cache of the lazy DFA of a pattern as written (per thread). Its Unicode
/// classes make many more states than the twin's; with the default 2 MB
/// the cache of a pattern such as place discovery filled and was cleared
/// over and over on a text with one emoji, and the search fell back to the
/// PikeVM (0.4 MB/s; 2.9 MB/s with 8 MB, no better with 16). The cache
/// only grows as states are needed.
const UNICODE_DFA_CACHE: usize = 8 << 20;

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
    /// Patterns that are always candidates in a non-ASCII span: those with
    /// a non-ASCII required word, which Unicode case folding could match
    /// in another case.
    always_unicode: u64,
}

impl Prefilter {
    /// A prefilter for `patterns`, in order (bit `i` is pattern `i`; from
    /// the 65th on, patterns are always candidates).
    pub(crate) fn new<'a>(patterns: impl IntoIterator<Item = &'a Regex>) -> Prefilter {
        let mut words: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<u64> = Vec::new();
        let mut index: std::collections::HashMap<Vec<u8>, usize> = Default::default();
        let mut always = 0u64;
        let mut always_unicode = 0u64;
        for (i, re) in patterns.into_iter().enumerate().take(64) {
            let bit = 1u64 << i;
            match re.required() {
                Some(ws) => {
                    if !ws.iter().all(|w| w.is_ascii()) {
                        always_unicode |= bit;
                    }
                    for w in &ws {
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
        Prefilter {
            ac,
            owners,
            always,
            always_unicode: always | always_unicode,
        }
    }

    /// For each of `spans` (sorted, not overlapping byte ranges of `text`),
    /// the set of patterns that may match inside it.
    ///
    /// The words hold on any text, with two exceptions for the patterns as
    /// written on non-ASCII text: Unicode case folding matches `k` to the
    /// Kelvin sign and `s` to the long s (a span holding either is a
    /// candidate for every pattern), and non-ASCII words to their other
    /// cases (their patterns are candidates in every non-ASCII span).
    pub(crate) fn candidates(&self, text: &str, spans: &[(usize, usize)]) -> Vec<u64> {
        let mut out: Vec<u64> = spans
            .iter()
            .map(|&(a, b)| {
                let span = &text[a..b];
                if is_ascii(span) {
                    self.always
                } else if span.contains(['\u{212A}', '\u{17F}']) {
                    u64::MAX
                } else {
                    self.always_unicode
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
    static SCOPE: RefCell<Vec<Index>> = const { RefCell::new(Vec::new()) };
}

/// Whether `s` is ASCII: in constant time for a slice of the text of the
/// current [`Scope`], by a scan otherwise.
#[inline]
fn is_ascii(s: &str) -> bool {
    SCOPE
        .with(|scope| scope.borrow().iter().find_map(|ix| ix.is_ascii(s)))
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

/// While alive, slices of the texts entered are known ASCII or not without
/// a scan (on this thread). Dropping it restores the previous scope.
#[derive(Debug)]
pub(crate) struct Scope {
    previous: Vec<Index>,
}

impl Scope {
    /// Indexes every text of a batch; a slice is looked up among them (a
    /// batch holds a few dozen documents at most).
    pub(crate) fn enter<'t>(texts: impl IntoIterator<Item = &'t str>) -> Scope {
        let indexes = texts.into_iter().map(Index::new).collect();
        let previous = SCOPE.with(|s| std::mem::replace(&mut *s.borrow_mut(), indexes));
        Scope { previous }
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        let previous = std::mem::take(&mut self.previous);
        SCOPE.with(|s| *s.borrow_mut() = previous);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every pattern compiled so far in this test process.
    pub(crate) static REGISTRY: std::sync::Mutex<Vec<Regex>> = std::sync::Mutex::new(Vec::new());

    /// Asserts that the match `text` of `pattern` holds one of `words`
    /// (lowercase), ignoring ASCII case.
    fn assert_holds_one(words: &[Vec<u8>], text: &str, pattern: &str) {
        let lower = text.to_ascii_lowercase();
        assert!(
            words
                .iter()
                .any(|w| lower.as_bytes().windows(w.len()).any(|x| x == &w[..])),
            "{pattern:?} matched {text:?} without a required word"
        );
    }

    /// Checks every registered pattern on `haystacks` (ASCII): the twin and
    /// the pattern as written find the same matches with the same groups,
    /// and every match holds one of the pattern's required words.
    pub(crate) fn check_registered(haystacks: &[&str]) -> usize {
        let all: Vec<Regex> = REGISTRY.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let mut checked = 0;
        for re in &all {
            if !re.twin() {
                continue;
            }
            let required = re.required();
            let unicode = re.force_unicode();
            for hay in haystacks {
                assert!(hay.is_ascii());
                let twin = re.ascii().re.groups_all(hay);
                assert_eq!(
                    twin,
                    unicode.groups_all(hay),
                    "pattern {:?} on {hay:?}",
                    re.pattern
                );
                if let Some(words) = &required {
                    for m in &twin {
                        let (s, e) = m[0].expect("group 0");
                        assert_holds_one(words, &hay[s..e], &re.pattern);
                    }
                }
                checked += 1;
            }
        }
        checked
    }

    /// On non-ASCII `haystacks` (without the Kelvin sign or the long s),
    /// every match of a registered pattern as written holds one of its
    /// required words when these are ASCII (what [`Prefilter`] relies on).
    pub(crate) fn check_required_on_unicode(haystacks: &[&str]) -> usize {
        let all: Vec<Regex> = REGISTRY.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let mut checked = 0;
        for re in &all {
            let Some(words) = re.required().filter(|ws| ws.iter().all(|w| w.is_ascii())) else {
                continue;
            };
            for hay in haystacks {
                assert!(!hay.contains(['\u{212A}', '\u{17F}']));
                for m in re.force_unicode().find_iter(hay) {
                    assert_holds_one(&words, m.as_str(), &re.pattern);
                }
                checked += 1;
            }
        }
        checked
    }

    #[test]
    fn line_captures_never_cross_a_line_and_keep_offsets() {
        let re = Regex::new(r"\b(?:[a-z]+\s+){0,2}officer\b").unwrap();
        let text = "workers\n\nA medical officer said.\nAn officer, caf\u{e9} officer";
        let got: Vec<(usize, &str)> = re
            .captures_lines(text)
            .map(|c| {
                let m = c.get(0).unwrap();
                (m.start(), m.as_str())
            })
            .collect();
        // "workers\n\nA medical" would cross the break; the offsets are the
        // text's, on the non-ASCII line too.
        let want = ["medical officer", "officer", "officer"];
        assert_eq!(got.iter().map(|g| g.1).collect::<Vec<_>>(), want);
        for (start, m) in &got {
            assert_eq!(&text[*start..start + m.len()], *m);
        }
        assert!(got[2].0 > text.find('\u{e9}').unwrap());
        // Without line breaks, the same matches as `captures_iter`.
        let flat = "a medical officer and the officer";
        let a: Vec<_> = re
            .captures_lines(flat)
            .map(|c| c.get(0).unwrap().range())
            .collect();
        let b: Vec<_> = re
            .captures_iter(flat)
            .map(|c| c.get(0).unwrap().range())
            .collect();
        assert_eq!(a, b);
        assert_eq!(re.captures_lines("").count(), 0);
        assert_eq!(re.captures_lines("\n\n").count(), 0);
    }

    #[test]
    fn twin_keeps_groups_and_matches_on_ascii() {
        let re = Regex::new(r"(?i)\b(?P<w>[\w'-]+)\s+(?P<n>\d+)\b|(é)").unwrap();
        let t = "They said KILLED 20, Gao's 3 x";
        let a: Vec<_> = re
            .captures_iter(t)
            .map(|c| c.name("w").map(|m| m.range()))
            .collect();
        let u: Vec<_> = regex::Regex::new(&re.pattern)
            .unwrap()
            .captures_iter(t)
            .map(|c| c.name("w").map(|m| m.range()))
            .collect();
        assert_eq!(a, u);
        assert_eq!(a.len(), 2);
        // Non-ASCII haystacks use the pattern as written.
        let c = re.captures("Ségou 12").unwrap();
        assert_eq!(c.name("w").unwrap().as_str(), "Ségou");
    }

    #[test]
    fn captures_are_those_of_the_regex_crate() {
        // Empty matches too: the iterator steps past them as the regex
        // crate's does.
        let patterns = [
            r"(?i)\b(?P<w>[\w'-]+)\s+(?:(?P<n>\d+)|(x))(?P<end>\b)",
            r"(?P<a>a)?",
            r"\b",
            r"(?P<e>)|(?P<w>\w+)",
        ];
        let hays = [
            "They said KILLED 20, Gao's 3 x",
            "S\u{e9}gou 12 and caf\u{e9} x",
            "",
            "aa b a\u{e9}a",
        ];
        let names = ["w", "n", "end", "a", "e", "missing", ""];
        for pattern in patterns {
            let re = Regex::new(pattern).unwrap();
            for hay in hays {
                let ours: Vec<_> = re.captures_iter(hay).collect();
                let theirs: Vec<_> = regex::Regex::new(pattern)
                    .unwrap()
                    .captures_iter(hay)
                    .collect();
                assert_eq!(ours.len(), theirs.len(), "{pattern:?} on {hay:?}");
                for (a, b) in ours.iter().zip(&theirs) {
                    for i in 0..b.len() + 1 {
                        assert_eq!(
                            a.get(i).map(|m| (m.start(), m.end())),
                            b.get(i).map(|m| (m.start(), m.end())),
                            "group {i} of {pattern:?} on {hay:?}"
                        );
                    }
                    for name in names {
                        assert_eq!(
                            a.name(name).map(|m| m.as_str()),
                            b.name(name).map(|m| m.as_str()),
                            "{name:?} of {pattern:?} on {hay:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn lazy_patterns_compile_on_first_use() {
        let re = Regex::new_lazy(r"(?i)\b(?P<n>\d+)\s+(?:killed|dead)\b");
        assert!(re.ascii.get().is_none());
        assert_eq!(
            re.required(),
            Some(vec![b"dead".to_vec(), b"killed".to_vec()])
        );
        assert!(re.ascii.get().is_none(), "analysis alone compiles nothing");
        let c = re.captures("They said 12 KILLED.").unwrap();
        assert_eq!(c.name("n").unwrap().as_str(), "12");
        assert!(re.compile_error().is_none());
        // A lazy pattern that does not compile never matches.
        let bad = Regex::new_lazy(r"(?P<x>a");
        assert!(bad.compile_error().is_some());
        assert!(!bad.is_match("a"));
        assert!(bad.captures_iter("aaa").next().is_none());
    }

    #[test]
    fn scope_answers_for_slices_of_its_text() {
        let mut text = "a".repeat(300);
        text.push('é');
        text.push_str(&"b".repeat(300));
        let _scope = Scope::enter([text.as_str()]);
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
