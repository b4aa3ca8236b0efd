//! Property tests (quickcheck): invariants that hold for any input, not
//! values. Generated texts mix sentences from the fixtures with random
//! strings, so that the rules actually fire.

mod common;

use counterclaim::{Document, Extraction, Extractor, Reconciler, Status};
use quickcheck::{Arbitrary, Gen, QuickCheck, TestResult};

const PIECES: &[&str] = &[
    "The army said it repelled the attack on Tuesday, killing over 80 militants.",
    "JNIM said in a statement on social media that it seized control of three barracks.",
    "At least 30 soldiers were killed in a raid on June 2, a security source said.",
    "\"We woke up in shock,\" a resident of Kayes said.",
    "Army spokesman Col. Ali Sow told state television that weapons, vehicles and motorcycles were recovered.",
    "**Headline in bold**\n",
    "The group did not give a toll. ",
    "Gunmen killed 44 civilians, the interior ministry said.",
    "Niger's military government blamed the Islamic State in the Greater Sahara (ISGS).",
    "’“”—…\u{a0}\u{200b}\u{feff}é ß Ω 中 🙂",
    "\n\n",
    ", and ",
    " between 10 and 15 ",
    " nearly 100 ",
];

/// An article made of fixture-like pieces and arbitrary text.
#[derive(Clone, Debug)]
struct Article(String);

impl Arbitrary for Article {
    fn arbitrary(g: &mut Gen) -> Article {
        let n = usize::arbitrary(g) % 12;
        let mut s = String::new();
        for _ in 0..n {
            if bool::arbitrary(g) {
                s.push_str(g.choose(PIECES).copied().unwrap_or(""));
            } else {
                s.push_str(&String::arbitrary(g));
            }
            if bool::arbitrary(g) {
                s.push(' ');
            }
        }
        Article(s)
    }

    fn shrink(&self) -> Box<dyn Iterator<Item = Article>> {
        Box::new(self.0.shrink().map(Article))
    }
}

fn extract(text: &str) -> Extraction {
    let doc = Document::new("p", text).with_published("2025-07-01".parse().unwrap());
    Extractor::new().extract(&doc)
}

fn spans_ok(text: &str, x: &Extraction) -> bool {
    common::all_spans(x)
        .into_iter()
        .all(|s| common::on_boundaries(text, s))
        && x.sources.len()
            >= x.claims
                .iter()
                .filter_map(|c| c.source)
                .max()
                .map_or(0, |m| m + 1)
}

fn qc() -> QuickCheck {
    QuickCheck::new().tests(300).max_tests(3000)
}

#[test]
fn any_string_extracts_without_panic_and_spans_lie_on_char_boundaries() {
    fn prop(s: String) -> bool {
        let x = extract(&s);
        spans_ok(&s, &x)
    }
    qc().quickcheck(prop as fn(String) -> bool);
}

#[test]
fn articles_keep_the_span_invariants() {
    fn prop(a: Article) -> bool {
        let x = extract(&a.0);
        spans_ok(&a.0, &x)
    }
    qc().quickcheck(prop as fn(Article) -> bool);
}

#[test]
fn the_same_input_gives_the_same_output() {
    fn prop(a: Article) -> bool {
        extract(&a.0) == extract(&a.0)
    }
    qc().quickcheck(prop as fn(Article) -> bool);
}

#[test]
fn a_leading_space_shifts_every_claim_by_one_byte() {
    fn prop(a: Article) -> TestResult {
        let t = a.0.trim_start();
        if t.is_empty() || t.starts_with(['*', '#', '_']) {
            return TestResult::discard();
        }
        let x = extract(t);
        let y = extract(&format!(" {t}"));
        TestResult::from_bool(common::claims_shifted_by_one(&x, &y))
    }
    qc().quickcheck(prop as fn(Article) -> TestResult);
}

#[test]
fn one_version_reconciles_to_agreed_groups_only() {
    fn prop(a: Article) -> bool {
        let rec = Reconciler::new().reconcile(&[extract(&a.0)]);
        rec.groups
            .iter()
            .all(|g| g.status == Status::Agreed && g.missing_in.is_empty())
    }
    qc().quickcheck(prop as fn(Article) -> bool);
}
