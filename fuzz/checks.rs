//! The checks of the fuzz targets, shared with `tests/fuzz_regressions.rs`
//! (which includes this file with `#[path]`), so a saved crash input is
//! replayed with exactly the checks that found it.

use std::sync::OnceLock;

use counterclaim::{Document, ErrorKind, Extraction, Extractor, Reconciler, Span, Status};

/// One extractor for every run of a target (building one per input would
/// make the fuzzer measure the build).
pub fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

/// Every span an extraction holds: mentions of actors, places and sources,
/// dates and claims.
pub fn all_spans(x: &Extraction) -> Vec<Span> {
    let mut spans = Vec::new();
    for a in &x.actors {
        spans.extend(a.mentions.iter().copied());
    }
    for l in &x.locations {
        spans.extend(l.mentions.iter().copied());
    }
    for s in &x.sources {
        spans.extend(s.mentions.iter().copied());
    }
    spans.extend(x.dates.iter().map(|d| d.span));
    spans.extend(x.claims.iter().map(|c| c.span));
    spans
}

/// Target `extract`: arbitrary bytes through `Document::from_bytes` and
/// `Extractor::extract`. Invalid UTF-8 must give the typed error; anything
/// else must extract without a panic, every span on char boundaries inside
/// the text. The first byte, when there is one, picks a publication date or
/// none, so relative dates are resolved in some runs.
pub fn extract_target(ex: &Extractor, data: &[u8]) {
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
        Some(p) => doc.with_published(p.parse().expect("a valid date")),
        None => doc,
    };
    let text = doc.text();
    let x = ex.extract(&doc);
    for s in all_spans(&x) {
        assert!(s.start <= s.end && s.end <= text.len(), "{s:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?}"
        );
    }
}

/// Target `reconcile`: the input split on NUL bytes into up to eight
/// versions of a story, extracted and reconciled. Bytes are read as ASCII
/// (more stories a second), or, for one input in four, as UTF-8 with
/// invalid sequences replaced. The versions must come back in order, every
/// group's `missing_in` and variants must name only those versions, and one
/// version alone must agree with itself.
pub fn reconcile_target(ex: &Extractor, data: &[u8]) {
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
                0 => doc.with_published("2024-07-28".parse().expect("a valid date")),
                1 => doc.with_published("2024-08-02".parse().expect("a valid date")),
                _ => doc,
            };
            ex.extract(&doc)
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
}
