//! Several extractions built from one input, reconciled.
//!
//! The input is split on NUL bytes into up to eight versions of a story;
//! each is extracted (bytes are read as ASCII, or as UTF-8 with invalid
//! sequences replaced, so every run reconciles something) and the
//! extractions are reconciled. Checks: no panic, the
//! versions come back in order, every group's `missing_in` and variants
//! name only those versions, and one version alone agrees with itself.

#![no_main]

use std::sync::OnceLock;

use counterclaim::{Document, Extractor, Reconciler, Status};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fuzz_target!(|data: &[u8]| {
    // Mostly ASCII text, which the extractor handles fast, so more stories
    // get reconciled per second; one input in four keeps its bytes (invalid
    // UTF-8 replaced).
    let keep_bytes = data.first().is_some_and(|b| b % 4 == 0);
    let versions: Vec<_> = data
        .split(|&b| b == 0)
        .take(8)
        .enumerate()
        .map(|(i, part)| {
            let text: String = if keep_bytes {
                String::from_utf8_lossy(part).into_owned()
            } else {
                part.iter().map(|&b| char::from(b & 0x7f)).collect()
            };
            // Alternate publication dates, some missing, some out of order.
            let doc = Document::new(format!("v{i}"), text);
            let doc = match i % 3 {
                0 => doc.with_published("2024-07-28".parse().unwrap()),
                1 => doc.with_published("2024-08-02".parse().unwrap()),
                _ => doc,
            };
            extractor().extract(&doc)
        })
        .collect();
    let ids: Vec<&str> = versions.iter().map(|v| v.id.as_str()).collect();
    let rec = Reconciler::new().reconcile(&versions);
    assert_eq!(rec.versions, ids);
    for g in &rec.groups {
        assert!(g.missing_in.iter().all(|m| ids.contains(&m.as_str())));
        for v in &g.variants {
            assert!(v.versions.iter().all(|m| ids.contains(&m.as_str())));
        }
    }
    if let Some(first) = versions.first() {
        let alone = Reconciler::new().reconcile(std::slice::from_ref(first));
        assert!(alone
            .groups
            .iter()
            .all(|g| g.status == Status::Agreed && g.missing_in.is_empty()));
    }
});
