//! Runs the examples as a user would, on the crate's own fixtures: the CLI
//! contract (JSON lines, ids from file stems, errors naming the file) that
//! unit tests cannot see.

use std::path::PathBuf;
use std::process::Command;

use counterclaim::{Extraction, Reconciliation};

/// `cargo test` builds the examples next to the test binaries.
fn example(name: &str) -> Command {
    let mut dir = std::env::current_exe().unwrap();
    dir.pop();
    if dir.ends_with("deps") {
        dir.pop();
    }
    let bin = dir.join("examples").join(name);
    Command::new(bin)
}

fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn seeds() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(fixture("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

#[test]
fn extract_prints_one_extraction_per_line() {
    let out = example("extract")
        .args(["--json", "--published", "2025-07-01"])
        .args(seeds())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Extraction> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0].id, "000_15d883551b142b43");
    assert!(lines
        .iter()
        .all(|x| x.published.map(|d| d.to_string()).as_deref() == Some("2025-07-01")));
}

#[test]
fn extract_reports_bad_files_by_name_and_goes_on() {
    let dir = std::env::temp_dir().join(format!("counterclaim-examples-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("broken.txt");
    std::fs::write(&bad, b"Gunmen killed \xff\xfe 3 people.").unwrap();
    let missing = dir.join("missing.txt");
    let good = &seeds()[1];
    let out = example("extract")
        .arg("--json")
        .arg(&bad)
        .arg(good)
        .arg(&missing)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.txt") && err.contains("invalid UTF-8"),
        "{err}"
    );
    assert!(err.contains("missing.txt"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "the good file is still printed");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn extract_rejects_a_bad_date() {
    let out = example("extract")
        .args(["--published", "2025-13-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2025-13-01"));
}

#[test]
fn reconcile_runs_on_the_bundled_seeds() {
    let out = example("reconcile").arg("--json").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rec: Reconciliation = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rec.versions.len(), 5);
    assert!(!rec.contrasts.is_empty());
    let plain = example("reconcile").output().unwrap();
    assert!(plain.status.success());
    assert!(!plain.stdout.is_empty());
}
