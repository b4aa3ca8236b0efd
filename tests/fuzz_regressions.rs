//! Replays saved inputs of the fuzz targets (`fuzz/fuzz_targets/`) with the
//! same checks, so a crash found once stays fixed. The inputs live in
//! `tests/fuzz/<target>/`; `tests/fuzz/README.md` says where each came from.

use std::path::{Path, PathBuf};

use counterclaim::{Document, ErrorKind, Extractor, Reconciler, Status};

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(target);
    let mut out: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.map(|e| e.unwrap().path())
                .filter(|p| p.is_file())
                .map(|p| {
                    let bytes = std::fs::read(&p).unwrap();
                    (p, bytes)
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The checks of `fuzz/fuzz_targets/extract.rs`.
fn extract_target(data: &[u8]) {
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
    let x = Extractor::new().extract(&doc);
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
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
}

/// The checks of `fuzz/fuzz_targets/reconcile.rs`.
fn reconcile_target(data: &[u8]) {
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
            let doc = Document::new(format!("v{i}"), text);
            let doc = match i % 3 {
                0 => doc.with_published("2024-07-28".parse().unwrap()),
                1 => doc.with_published("2024-08-02".parse().unwrap()),
                _ => doc,
            };
            Extractor::new().extract(&doc)
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

// See: tests/fuzz/README.md, extract/subject-window-inside-a-char: a
// casualty subject followed, 60 bytes on, by the middle of a multi-byte
// char (found by tests/props.rs).
#[test]
fn extract_inputs() {
    let all = inputs("extract");
    assert!(!all.is_empty());
    for (path, data) in all {
        eprintln!("replaying {}", path.display());
        extract_target(&data);
    }
}

#[test]
fn reconcile_inputs() {
    for (path, data) in inputs("reconcile") {
        eprintln!("replaying {}", path.display());
        reconcile_target(&data);
    }
    // The bundled two-version stories, as the fuzz target reads them.
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dev");
    for story in ["mali-tinzaouaten", "benin-park-w"] {
        let mut data = b"\x01".to_vec();
        data.extend(std::fs::read(dev.join(format!("{story}-a.txt"))).unwrap());
        data.push(0);
        data.extend(std::fs::read(dev.join(format!("{story}-b.txt"))).unwrap());
        reconcile_target(&data);
    }
}
