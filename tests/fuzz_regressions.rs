//! Replays saved inputs of the fuzz targets (`fuzz/fuzz_targets/`) with the
//! same checks (`fuzz/checks.rs`), so a crash found once stays fixed. The inputs live in
//! `tests/fuzz/<target>/`; `tests/fuzz/README.md` says where each came from.

use std::path::{Path, PathBuf};

#[path = "../fuzz/checks.rs"]
mod checks;

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

// See: tests/fuzz/README.md, extract/subject-window-inside-a-char: a
// casualty subject followed, 60 bytes on, by the middle of a multi-byte
// char (found by tests/props.rs).
#[test]
fn extract_inputs() {
    let all = inputs("extract");
    assert!(!all.is_empty());
    for (path, data) in all {
        eprintln!("replaying {}", path.display());
        checks::extract_target(checks::extractor(), &data);
    }
}

#[test]
fn reconcile_inputs() {
    for (path, data) in inputs("reconcile") {
        eprintln!("replaying {}", path.display());
        checks::reconcile_target(checks::extractor(), &data);
    }
    // The bundled two-version stories, as the fuzz target reads them.
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dev");
    for story in ["mali-tinzaouaten", "benin-park-w"] {
        let mut data = b"\x01".to_vec();
        data.extend(std::fs::read(dev.join(format!("{story}-a.txt"))).unwrap());
        data.push(0);
        data.extend(std::fs::read(dev.join(format!("{story}-b.txt"))).unwrap());
        checks::reconcile_target(checks::extractor(), &data);
    }
}
