//! End-to-end checks over the crate's own copies of the seed and dev
//! articles (tests/fixtures): facts every version must yield, the cleaning
//! guarantees, and the span invariants.

mod common;

use counterclaim::{ClaimKind, Document, EventRef, Extraction, Extractor};

use common::SEEDS;

fn read(dir: &str, id: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/{dir}/{id}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

fn extract(text: &str, id: &str, published: Option<&str>) -> Extraction {
    let mut doc = Document::new(id, text);
    doc.set_published(published.map(|p| p.parse().unwrap()));
    Extractor::new().extract(&doc)
}

fn check_spans(text: &str, x: &Extraction) {
    for s in common::all_spans(x) {
        assert!(common::on_boundaries(text, s), "{s:?}");
    }
}

// See: the seeds, the army's toll and JNIM's claims in every version.
#[test]
fn every_seed_yields_both_sides_claims() {
    for id in SEEDS {
        let text = read("seeds", id);
        let x = extract(&text, id, Some("2025-07-01"));
        check_spans(&text, &x);
        let toll = x
            .claims
            .iter()
            .find(|c| {
                c.kind == ClaimKind::Casualties
                    && c.claimant.as_deref() == Some("mali_army")
                    && c.subject.as_deref() == Some("militants")
            })
            .unwrap_or_else(|| panic!("{id}: no army toll"));
        assert_eq!(toll.count.as_ref().and_then(|c| c.low), Some(81), "{id}");
        assert_eq!(toll.event, Some(EventRef::Current), "{id}");
        let control = x
            .claims
            .iter()
            .find(|c| c.kind == ClaimKind::Control && c.claimant.as_deref() == Some("jnim"))
            .unwrap_or_else(|| panic!("{id}: no JNIM control claim"));
        assert_eq!(control.subject.as_deref(), Some("bases"), "{id}");
        assert!(
            x.dates
                .iter()
                .any(|d| d.value.map(|v| v.to_string()).as_deref() == Some("2025-07-01")),
            "{id}"
        );
    }
}

// See: seed 000, a body pasted twice.
#[test]
fn a_repeated_body_adds_mentions_never_claims() {
    let text = read("seeds", SEEDS[0]);
    let once: String = {
        let mut seen = std::collections::HashSet::new();
        text.lines()
            .filter(|l| l.trim().is_empty() || seen.insert(l.to_string()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let twice = extract(&text, "twice", Some("2025-07-01"));
    let single = extract(&once, "once", Some("2025-07-01"));
    assert_eq!(twice.claims.len(), single.claims.len());
    let jnim = |x: &Extraction| x.actor("jnim").map_or(0, |a| a.mentions.len());
    assert!(jnim(&twice) > jnim(&single));
}

// See: seed 000, markdown bold and curly quotes; spans point into the original.
#[test]
fn spans_point_into_the_original_text() {
    let text = read("seeds", SEEDS[0]);
    let x = extract(&text, "s", Some("2025-07-01"));
    let jnim = x.actor("jnim").unwrap();
    for m in &jnim.mentions {
        let s = &text[m.range()];
        assert!(s == "JNIM" || s.starts_with("Jama"), "{s}");
    }
    // Shift test: one leading space moves every span by one byte.
    let shifted = extract(&format!(" {text}"), "s", Some("2025-07-01"));
    assert!(common::claims_shifted_by_one(&x, &shifted));
}

// See: seed 003, cut off mid-sentence.
#[test]
fn a_truncated_version_still_extracts() {
    let text = read("seeds", SEEDS[3]);
    let cut = &text[..text.len() / 2];
    let cut = &cut[..cut.char_indices().last().map_or(0, |(i, _)| i)];
    let x = extract(cut, "cut", Some("2025-07-01"));
    check_spans(cut, &x);
    assert!(!x.claims.is_empty());
}

#[test]
fn without_a_publication_date_relative_dates_stay_unresolved() {
    let text = read("seeds", SEEDS[0]);
    let x = extract(&text, "s", None);
    let tuesday = x.dates.iter().find(|d| d.text.contains("Tuesday")).unwrap();
    assert_eq!(tuesday.value, None);
    let june = x.dates.iter().find(|d| d.text == "June 2").unwrap();
    assert_eq!(june.value, None, "a day and month need a year");
}

#[test]
fn dev_articles_keep_their_invariants() {
    let path = format!(
        "{}/tests/fixtures/dev/manifest.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for m in manifest.as_array().unwrap() {
        let id = m["id"].as_str().unwrap();
        let text = read("dev", id);
        let x = extract(&text, id, m["published"].as_str());
        check_spans(&text, &x);
        assert!(!x.claims.is_empty(), "{id}");
        assert!(!x.actors.is_empty(), "{id}");
        // Same input, same output.
        assert_eq!(x, extract(&text, id, m["published"].as_str()));
    }
}

// See: tests/corpus, articles written for the project as a held-out check.
#[test]
fn corpus_articles_keep_their_invariants() {
    let dir = format!("{}/tests/corpus", env!("CARGO_MANIFEST_DIR"));
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/manifest.json")).unwrap())
            .unwrap();
    for m in manifest.as_array().unwrap() {
        let id = m["id"].as_str().unwrap();
        let text = std::fs::read_to_string(format!("{dir}/{id}.txt")).unwrap();
        let x = extract(&text, id, m["published"].as_str());
        check_spans(&text, &x);
        assert!(!x.claims.is_empty() && !x.actors.is_empty(), "{id}");
    }
}

#[test]
fn empty_and_blank_text_give_empty_results() {
    for t in ["", " ", "\n\n", "***", "\u{feff}"] {
        let x = extract(t, "e", Some("2025-07-01"));
        assert!(
            x.actors.is_empty() && x.claims.is_empty() && x.sources.is_empty(),
            "{t:?}"
        );
    }
}
