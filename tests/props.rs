//! Property tests (STYLE 19, issue 4): invariants that hold for any input,
//! in the style of regex's and nlprule's `quickcheck` tests.
//!
//! Two generators: any `String` (quickcheck's, which rarely forms a word),
//! and [`Article`], which strings together sentences of the bundled
//! articles with junk between them (punctuation, odd spaces, markdown,
//! other scripts, numbers), so that the rules actually fire.

use std::sync::OnceLock;

use counterclaim::{Document, Extraction, Extractor, Reconciler, Span, Status};
use quickcheck::{Arbitrary, Gen, QuickCheck, TestResult};

/// Sentences of the bundled articles.
fn sentences() -> &'static [String] {
    static SENTENCES: OnceLock<Vec<String>> = OnceLock::new();
    SENTENCES.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut out = Vec::new();
        for dir in ["seeds", "dev"] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            for p in paths {
                let text = std::fs::read_to_string(p).unwrap();
                for line in text.lines() {
                    out.extend(
                        line.split_inclusive(". ")
                            .map(str::to_string)
                            .filter(|s| !s.trim().is_empty()),
                    );
                }
            }
        }
        out
    })
}

const JUNK: &[&str] = &[
    " ",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "\u{a0}",
    "\u{2009}",
    "\u{3000}",
    "\u{200b}",
    "\r\n",
    ".",
    "...",
    ",",
    ";",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "\u{2019}",
    "(",
    ")",
    "*",
    "**",
    "`",
    "-",
    "\u{2014}",
    "!",
    "?",
    ":",
    "#",
    "0",
    "20",
    "3,000",
    "99999999999999999999",
    "\0",
    "\u{feff}",
    "\u{202e}",
    "\u{645}\u{627}\u{644}\u{64a}",
    "\u{1f600}",
    "Mali",
    "JNIM",
    "the army",
    "said",
    "killed",
    "soldiers",
    "on Monday",
    "in Gao",
    "\u{e9}",
    "\u{259}",
    "\u{1e9e}",
    "K\u{212a}",
];

/// An article-like text: bundled sentences with junk between them.
#[derive(Clone, Debug)]
struct Article(String);

impl Arbitrary for Article {
    fn arbitrary(g: &mut Gen) -> Article {
        let sentences = sentences();
        let parts = usize::arbitrary(g) % 12 + 1;
        let mut text = String::new();
        for _ in 0..parts {
            match u8::arbitrary(g) % 4 {
                0 => text.push_str(g.choose(JUNK).unwrap()),
                1 => text.push_str(&String::arbitrary(g)),
                _ => text.push_str(g.choose(sentences).unwrap()),
            }
            if bool::arbitrary(g) {
                text.push_str(g.choose(JUNK).unwrap());
            }
        }
        Article(text)
    }

    fn shrink(&self) -> Box<dyn Iterator<Item = Article>> {
        Box::new(self.0.shrink().map(Article))
    }
}

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fn extract(text: &str) -> Extraction {
    let doc = Document::new("p", text).with_published("2025-07-01".parse().unwrap());
    extractor().extract(&doc)
}

/// Every span of an extraction, in a fixed order.
fn spans(x: &Extraction) -> Vec<Span> {
    let mut out = Vec::new();
    for a in &x.actors {
        out.extend(&a.mentions);
    }
    for l in &x.locations {
        out.extend(&l.mentions);
    }
    for s in &x.sources {
        out.extend(&s.mentions);
    }
    out.extend(x.dates.iter().map(|d| d.span));
    out.extend(x.claims.iter().map(|c| c.span));
    out
}

fn spans_are_valid(text: &str) -> bool {
    spans(&extract(text)).iter().all(|s| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    })
}

fn same_output_twice(text: &str) -> bool {
    extract(text) == extract(text)
}

/// Extracting `" " + text` moves every span right by one byte and changes
/// nothing else. Texts that start with blank space or markdown are left
/// out: the prefix would merge with them.
fn shift_by_one(text: &str) -> TestResult {
    if text.is_empty()
        || text.starts_with(|c: char| c.is_whitespace() || c.is_control() || "*`#>-_".contains(c))
        || text.starts_with('\u{feff}')
        || text.starts_with('\u{200b}')
    {
        return TestResult::discard();
    }
    let plain = extract(text);
    let shifted = extract(&format!(" {text}"));
    let moved = spans(&plain)
        .iter()
        .map(|s| Span::new(s.start + 1, s.end + 1))
        .collect::<Vec<_>>();
    let mut unshifted = shifted.clone();
    let mut plain_cleared = plain.clone();
    for x in [&mut unshifted, &mut plain_cleared] {
        for a in &mut x.actors {
            a.mentions.clear();
        }
        for l in &mut x.locations {
            l.mentions.clear();
        }
        for s in &mut x.sources {
            s.mentions.clear();
        }
        for d in &mut x.dates {
            d.span = Span::default();
        }
        for c in &mut x.claims {
            c.span = Span::default();
        }
    }
    TestResult::from_bool(spans(&shifted) == moved && unshifted == plain_cleared)
}

/// Reconciling a single version agrees with itself everywhere.
fn one_version_agrees(text: &str) -> bool {
    let rec = Reconciler::new().reconcile(&[extract(text)]);
    rec.groups
        .iter()
        .all(|g| g.status == Status::Agreed && g.missing_in.is_empty())
}

/// 300 cases per property (set `PROPS_TESTS` for a longer hunt).
fn qc() -> QuickCheck {
    let tests = std::env::var("PROPS_TESTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
    QuickCheck::new().tests(tests).rng(Gen::new(60))
}

#[test]
fn any_string_gives_valid_spans() {
    fn prop(a: String) -> bool {
        spans_are_valid(&a)
    }
    qc().quickcheck(prop as fn(String) -> bool);
}

#[test]
fn articles_give_valid_spans() {
    fn prop(a: Article) -> bool {
        spans_are_valid(&a.0)
    }
    qc().quickcheck(prop as fn(Article) -> bool);
}

#[test]
fn same_input_same_output() {
    fn any(a: String) -> bool {
        same_output_twice(&a)
    }
    fn article(a: Article) -> bool {
        same_output_twice(&a.0)
    }
    qc().quickcheck(any as fn(String) -> bool);
    qc().quickcheck(article as fn(Article) -> bool);
}

#[test]
fn a_leading_space_shifts_every_span_by_one() {
    fn any(a: String) -> TestResult {
        shift_by_one(&a)
    }
    fn article(a: Article) -> TestResult {
        shift_by_one(&a.0)
    }
    qc().quickcheck(any as fn(String) -> TestResult);
    qc().quickcheck(article as fn(Article) -> TestResult);
}

#[test]
fn one_version_reconciles_to_agreed_groups() {
    fn any(a: String) -> bool {
        one_version_agrees(&a)
    }
    fn article(a: Article) -> bool {
        one_version_agrees(&a.0)
    }
    qc().quickcheck(any as fn(String) -> bool);
    qc().quickcheck(article as fn(Article) -> bool);
}

#[test]
fn articles_make_the_rules_fire() {
    // The generator is only useful if claims come out of it.
    let mut g = Gen::new(60);
    let with_claims = (0..200)
        .filter(|_| !extract(&Article::arbitrary(&mut g).0).claims.is_empty())
        .count();
    assert!(
        with_claims > 40,
        "only {with_claims} of 200 articles had a claim"
    );
}
