//! Helpers shared by the integration tests.

// Each test file uses some of these.
#![allow(dead_code, unused_imports)]

use counterclaim::{Extraction, Span};

/// The fuzz targets' checks (`fuzz/checks.rs`); its span walk serves here.
#[path = "../../fuzz/checks.rs"]
mod checks;

pub use checks::all_spans;

/// The ids (file stems) of the five seed articles in tests/fixtures/seeds.
pub const SEEDS: [&str; 5] = [
    "000_15d883551b142b43",
    "001_cccec71aff28f8ef",
    "002_5baa466865041fb0",
    "003_778081bc03c6719f",
    "004_b73952fc860debfb",
];

/// Whether the claims of `shifted`, extracted from the text of `x` with one
/// leading space, sit one byte further on, each of them.
pub fn claims_shifted_by_one(x: &Extraction, shifted: &Extraction) -> bool {
    let a = x.claims.iter().map(|c| (c.span.start + 1, c.span.end + 1));
    let b = shifted.claims.iter().map(|c| (c.span.start, c.span.end));
    a.eq(b)
}

/// Whether `span` lies inside `text` on char boundaries.
pub fn on_boundaries(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}
