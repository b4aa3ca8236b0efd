//! Hostile input (issue 4): text no article looks like, in sizes that would
//! show a quadratic pass. Each case checks that extraction does not panic,
//! that every span lies on char boundaries inside the text, and that time
//! grows linearly: the case runs at two sizes, four times apart, and the
//! larger may take at most ten times as long as the smaller (a quadratic
//! pass takes sixteen), plus a little slack for timer noise on tiny runs.
//!
//! The floods and long inputs of the performance work; `hostile.rs` has the
//! shorter cases and the spliced fixtures.
//!
//! CI runs these with the test profile (opt-level 1) on two cores; the
//! whole file stays well under a minute there.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use counterclaim::{Document, ErrorKind, Extraction, Extractor, Span};

/// Every span of an extraction.
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

/// Extracts `text`, checks every span, and returns how long it took.
fn run(ex: &Extractor, text: &str) -> Duration {
    let doc = Document::new("hostile", text);
    let t = Instant::now();
    let x = ex.extract(&doc);
    let took = t.elapsed();
    for s in spans(&x) {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "span {s:?} outside a text of {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} off a char boundary"
        );
    }
    for d in &x.dates {
        assert_eq!(d.text, text[d.span]);
    }
    took
}

/// `unit` repeated to at least `bytes` bytes.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// Timings are taken one at a time, so that tests running in parallel do
/// not slow one size and not the other.
static TIMING: Mutex<()> = Mutex::new(());

/// Runs `make(n)` and `make(4 * n)` and checks the second costs at most ten
/// times the first (plus 50 ms).
fn linear(name: &str, n: usize, make: impl Fn(usize) -> String) {
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let ex = Extractor::new();
    // Warm up: the shared engine and the patterns compiled on first use.
    run(&ex, &make(1000));
    let small = make(n);
    let large = make(4 * n);
    let t_small = run(&ex, &small).min(run(&ex, &small));
    let t_large = run(&ex, &large);
    if std::env::var_os("HOSTILE_TIMES").is_some() {
        eprintln!(
            "{name}: {} B {t_small:?}, {} B {t_large:?}",
            small.len(),
            large.len()
        );
    }
    let bound = t_small * 10 + Duration::from_millis(50);
    assert!(
        t_large <= bound,
        "{name}: {} bytes took {t_small:?}, {} bytes took {t_large:?} (more than {bound:?}): not linear",
        small.len(),
        large.len()
    );
}

/// The bundled articles, one after another.
fn articles() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = ["seeds", "dev"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root.join(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn ten_megabytes_without_a_newline() {
    let prose = articles().replace(['\n', '\r'], " ");
    let text = repeat(&prose, 10 << 20);
    assert!(!text.contains('\n'));
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let ex = Extractor::new();
    run(&ex, &prose);
    let quarter = &text[..text.floor_char_boundary_compat(text.len() / 4)];
    let t_quarter = run(&ex, quarter);
    let t_full = run(&ex, &text);
    assert!(
        t_full <= t_quarter * 10 + Duration::from_millis(50),
        "2.5 MB took {t_quarter:?}, 10 MB took {t_full:?}"
    );
}

#[test]
fn two_megabytes_of_digits() {
    linear("digits", 512 << 10, |n| repeat("0123456789", n));
}

#[test]
fn killed_three_hundred_thousand_times() {
    let ex = Extractor::new();
    let text = "killed ".repeat(300_000);
    run(&ex, &text);
    linear("killed", 75_000 * 7, |n| repeat("killed ", n));
}

#[test]
fn hundreds_of_thousands_of_quote_marks() {
    linear("straight quotes", 100_000, |n| repeat("\"", n));
    linear("curly quotes", 100_000, |n| {
        repeat("\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}'", n)
    });
    linear("quoted words", 100_000, |n| {
        repeat("\"killed\" \"20\" \"soldiers\" said \"", n)
    });
    linear("closing quotes after stops", 100_000, |n| repeat(".\"", n));
}

#[test]
fn every_kind_of_unicode_space() {
    let spaces: Vec<char> = (0..=0x10FFFF_u32)
        .filter_map(char::from_u32)
        .filter(|c| c.is_whitespace())
        .chain([
            '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{180e}',
        ])
        .collect();
    assert!(spaces.len() > 25);
    let unit: String = spaces
        .iter()
        .map(|c| format!("Gunmen{c}killed{c}20{c}soldiers{c}near{c}Gao{c}on{c}Monday.{c}"))
        .collect();
    linear("unicode spaces", 64 << 10, |n| repeat(&unit, n));
    let only: String = spaces.iter().collect();
    linear("only spaces", 256 << 10, |n| repeat(&only, n));
}

#[test]
fn nul_bytes() {
    linear("nul", 256 << 10, |n| repeat("\0", n));
    linear("nul between words", 64 << 10, |n| {
        repeat("The army\0said\0it killed 20\0militants.\0", n)
    });
}

#[test]
fn right_to_left_text() {
    let unit = "\u{202b}\u{642}\u{627}\u{644} \u{627}\u{644}\u{62c}\u{64a}\u{634} \u{625}\u{646}\u{647} \
                \u{642}\u{62a}\u{644} 20 \u{645}\u{633}\u{644}\u{62d}\u{627}\u{202c} \u{200f}JNIM\u{200f} \
                said 20 soldiers were killed near \u{5d2}\u{5d0}\u{5d5} on Monday. \u{202e}dellik\u{202c} ";
    linear("right to left", 16 << 10, |n| repeat(unit, n));
}

#[test]
fn deep_punctuation() {
    for unit in [
        "(",
        ")",
        "[[{{",
        ".",
        "...",
        "?!",
        ",",
        ";",
        "'",
        "-",
        "*",
        "`",
        "(((20 killed)))",
    ] {
        linear(unit, 128 << 10, |n| repeat(unit, n));
    }
    linear("nested", 64 << 10, |n| {
        let d = n / 2;
        "(".repeat(d) + "the army said 20 soldiers were killed" + &")".repeat(d)
    });
}

#[test]
fn huge_numbers() {
    let ex = Extractor::new();
    let x = ex.extract(&Document::new(
        "n",
        "99999999999999999999999 soldiers killed. 18446744073709551616 militants were killed. \
         The army said 1e308 and 999,999,999,999,999,999 fighters died.",
    ));
    for c in &x.claims {
        if let Some(n) = &c.count {
            assert!(
                n.low.is_none_or_small() && n.high.is_none_or_small(),
                "{n:?}"
            );
        }
    }
    linear("huge numbers", 64 << 10, |n| {
        repeat("99999999999999999999999 soldiers killed. ", n)
    });
    linear("long number", 256 << 10, |n| {
        repeat("9", n) + " soldiers killed."
    });
}

#[test]
fn many_names_sources_and_places() {
    linear("spokesmen", 64 << 10, |n| {
        (0..n / 40)
            .map(|i| format!("Spokesman Ali Zz{i:x} said 3 died. "))
            .collect()
    });
    linear("residents", 64 << 10, |n| {
        repeat("A resident said, \"we fled\". ", n)
    });
    linear("discovered towns", 64 << 10, |n| {
        (0..n / 30)
            .map(|i| format!("in Town{i:x}, near Zaka{i:x}. "))
            .collect()
    });
    linear("learned names", 64 << 10, |n| {
        (0..n / 40)
            .map(|i| format!("the Front Alpha {i} (FA{i:x}) attacked. "))
            .collect()
    });
    linear("one long sentence of claims", 64 << 10, |n| {
        repeat(
            "the army said it killed 20 militants, and 10 soldiers were killed, ",
            n,
        )
    });
}

#[test]
fn invalid_utf8_is_a_typed_error() {
    let err = Document::from_bytes("bad", b"Gunmen killed \xff\xfe 20 soldiers").unwrap_err();
    match err.kind() {
        ErrorKind::InvalidUtf8 { id, valid_up_to } => {
            assert_eq!(id, "bad");
            assert_eq!(*valid_up_to, 14);
        }
        other => panic!("unexpected error {other:?}"),
    }
    // A lone surrogate encoded as UTF-8 bytes, an overlong encoding and a
    // truncated sequence are all refused.
    for bytes in [&b"\xed\xa0\x80"[..], b"\xc0\xaf", b"abc\xe2\x82"] {
        assert!(Document::from_bytes("b", bytes).is_err());
    }
}

/// The `extract` example, built by `cargo test` (or built here when a
/// filtered run skipped it).
fn example_binary() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(Path::parent).unwrap().to_path_buf();
    let bin = dir
        .join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "--quiet", "--example", "extract"]);
        if dir.ends_with("release") {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("cargo runs");
        assert!(status.success(), "building the extract example failed");
    }
    bin
}

#[test]
fn the_example_names_the_invalid_file_and_goes_on() {
    let dir = std::env::temp_dir().join(format!("counterclaim-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good_a = dir.join("good-a.txt");
    let bad = dir.join("broken.txt");
    let good_b = dir.join("good-b.txt");
    std::fs::write(&good_a, "The army said it killed 20 militants near Gao.").unwrap();
    std::fs::write(&bad, b"Gunmen killed \xff 12 soldiers.").unwrap();
    std::fs::write(&good_b, "JNIM said it seized control of two army posts.").unwrap();
    let out = Command::new(example_binary())
        .arg("--json")
        .args([&good_a, &bad, &good_b])
        .output()
        .expect("example runs");
    std::fs::remove_dir_all(&dir).ok();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "exit status should be non-zero");
    assert!(
        stderr.contains("broken.txt") && stderr.contains("invalid UTF-8"),
        "stderr should name the file: {stderr}"
    );
    let ids: Vec<String> = stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(ids, ["good-a", "good-b"]);
}

/// `str::floor_char_boundary` is not stable on the crate's MSRV.
trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorCharBoundary for String {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// Counts the crate can represent are far below `u64::MAX`.
trait SmallBound {
    fn is_none_or_small(&self) -> bool;
}

impl SmallBound for Option<u64> {
    fn is_none_or_small(&self) -> bool {
        self.map_or(true, |v| v < 1_000_000_000_000_000)
    }
}
