//! Arbitrary bytes -> `Document::from_bytes` -> `Extractor::extract`.
//!
//! Invalid UTF-8 must give the typed error; anything else must extract
//! without panicking, with every span on char boundaries inside the text.

#![no_main]

use std::sync::OnceLock;

use counterclaim::{Document, ErrorKind, Extractor};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fuzz_target!(|data: &[u8]| {
    // The first byte, when there is one, picks a publication date or none,
    // so relative dates are resolved in some runs.
    let (published, bytes) = match data.split_first() {
        Some((b, rest)) if b % 2 == 0 => (Some("2024-03-13"), rest),
        Some((_, rest)) => (None, rest),
        None => (None, data),
    };
    let doc = match Document::from_bytes("fuzz", bytes) {
        Ok(doc) => doc,
        Err(e) => {
            assert!(std::str::from_utf8(bytes).is_err());
            assert!(matches!(e.kind(), ErrorKind::InvalidUtf8 { .. }));
            return;
        }
    };
    let doc = match published {
        Some(p) => doc.with_published(p.parse().unwrap()),
        None => doc,
    };
    let text = doc.text();
    let x = extractor().extract(&doc);
    let mut spans = Vec::new();
    for a in &x.actors {
        spans.extend(&a.mentions);
    }
    for l in &x.locations {
        spans.extend(&l.mentions);
    }
    for s in &x.sources {
        spans.extend(&s.mentions);
    }
    spans.extend(x.dates.iter().map(|d| d.span));
    spans.extend(x.claims.iter().map(|c| c.span));
    for s in spans {
        assert!(s.start <= s.end && s.end <= text.len(), "{s:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?}"
        );
    }
});
