//! Hostile input: pathological texts that must extract in linear time,
//! without a panic, with every span on char boundaries; and a deterministic
//! mutation run over the fixtures (multi-byte chars spliced in anywhere).

use std::sync::Mutex;
use std::time::{Duration, Instant};

use counterclaim::{Document, Extraction, Extractor};

fn check(text: &str) -> Extraction {
    let x = Extractor::new()
        .extract(&Document::new("h", text).with_published("2025-07-01".parse().unwrap()));
    let spans = x
        .actors
        .iter()
        .flat_map(|a| a.mentions.iter().copied())
        .chain(x.locations.iter().flat_map(|l| l.mentions.iter().copied()))
        .chain(x.sources.iter().flat_map(|s| s.mentions.iter().copied()))
        .chain(x.dates.iter().map(|d| d.span))
        .chain(x.claims.iter().map(|c| c.span));
    for s in spans {
        assert!(s.start <= s.end && s.end <= text.len(), "{s:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?}"
        );
    }
    x
}

/// Timings are taken one at a time, so that tests running in parallel do
/// not slow one size and not the other.
static TIMING: Mutex<()> = Mutex::new(());

/// Extracts `make(n)` and `make(4n)` and checks the time grows about
/// linearly: four times the input may take at most eight times as long
/// (twice what linear time needs, as CI machines are noisy), where
/// quadratic time would take sixteen.
fn linear(name: &str, make: impl Fn(usize) -> String, n: usize) {
    let small = make(n);
    let big = make(4 * n);
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let t = Instant::now();
    check(&small);
    let a = t.elapsed();
    let t = Instant::now();
    check(&big);
    let b = t.elapsed();
    if std::env::var_os("HOSTILE_TIMES").is_some() {
        eprintln!("{name}: {a:?} -> {b:?}");
    }
    assert!(
        b <= a * 8 + Duration::from_millis(200),
        "{name}: {} bytes took {a:?}, {} bytes took {b:?}",
        small.len(),
        big.len()
    );
}

#[test]
fn one_long_line_without_newline() {
    linear(
        "no newline",
        |n| "Gunmen attacked the post near Kayes and fled ".repeat(n / 45),
        2_000_000,
    );
}

#[test]
fn megabytes_of_digits() {
    linear("digits", |n| "7".repeat(n), 1_000_000);
}

#[test]
fn the_same_outcome_word_over_and_over() {
    linear("killed", |n| "killed ".repeat(n), 150_000);
}

#[test]
fn hundreds_of_thousands_of_quote_marks() {
    linear("quotes", |n| "\"“”'’".repeat(n), 100_000);
    linear("dots", |n| ".".repeat(n), 1_000_000);
}

#[test]
fn every_kind_of_space_nul_and_right_to_left_text() {
    let spaces: String = ('\u{0}'..='\u{3000}')
        .filter(|c| c.is_whitespace())
        .collect();
    let text = format!(
        "The army\u{0} said{spaces}it killed 12\u{a0}militants in\u{2028}Kayes.\u{202e}قال الجيش إنه قتل 12 مسلحا\u{202c} {}",
        "\u{200f}\u{200e}".repeat(1000)
    );
    check(&text);
    check(&spaces.repeat(2000));
    check(&"\u{0}".repeat(100_000));
}

#[test]
fn dense_claims_and_long_sentences_stay_linear() {
    linear(
        "dense",
        |n| {
            "The group, which has ties to al-Qaeda, said it killed 12 soldiers, and a resident of Kayes said 5 were wounded. ".repeat(n / 110)
        },
        400_000,
    );
    linear(
        "one sentence",
        |n| "and 5 soldiers were killed ".repeat(n / 27),
        200_000,
    );
    // Thousands of speakers in one sentence (no full stop): each speaker
    // is looked up in a bounded window.
    linear(
        "speakers in one sentence",
        |n| {
            "in Kharkiv, Ukraine, a strike hurt people, the regional governor said, and the mayor said "
                .repeat(n / 90)
        },
        800_000,
    );
}

#[test]
fn huge_numbers_do_not_overflow() {
    let x = check("The army said 99999999999999999999999999 soldiers were killed and 1e400 wounded, 18,446,744,073,709,551,616 in all.");
    for c in x.claims {
        assert!(
            c.count.is_none()
                || c.count
                    .as_ref()
                    .is_some_and(|n| n.low.map_or(true, |l| l < u64::MAX))
        );
    }
}

#[test]
fn invalid_utf8_is_a_typed_error() {
    let err = Document::from_bytes("bad", b"Gunmen \xff killed 3").unwrap_err();
    assert!(err.to_string().contains("invalid UTF-8"));
}

/// A small deterministic generator (xorshift), so the run is reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn spliced_fixtures_never_panic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/dev");
    let texts: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let inserts = [
        "é",
        "’",
        "“",
        "—",
        "…",
        "\u{10fffd}",
        "中",
        "🙂",
        "\u{200b}",
        "**",
        "\n",
        ",",
        "\"",
        "(",
        ")",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..200 {
        let mut t = texts[round % texts.len()].clone();
        for _ in 0..20 {
            let mut at = (rng.next() as usize) % (t.len() + 1);
            while !t.is_char_boundary(at) {
                at -= 1;
            }
            let ins = inserts[(rng.next() as usize) % inserts.len()];
            t.insert_str(at, ins);
        }
        check(&t);
    }
}

#[test]
fn a_country_straddling_the_speaker_window() {
    // The speaker after "according to" is looked for in the next 30 bytes;
    // a country name that starts inside that window and ends past it once
    // made a slice end before its start (found by the `extract` fuzz target).
    for text in [
        "At least 40 people were killed, according to a monitor working with Burkina Faso.",
        "Nine soldiers died, according to the officials who spoke for Central African Republic.",
        "Two towns fell, according to a coalition fighting beside Democratic Republic of the Congo troops.",
    ] {
        check(text);
    }
}
