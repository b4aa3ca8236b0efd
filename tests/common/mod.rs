//! Helpers shared by the integration tests.

use counterclaim::Span;

/// The fuzz targets' checks (`fuzz/checks.rs`); its span walk serves here.
#[path = "../../fuzz/checks.rs"]
#[allow(dead_code)]
mod checks;

pub use checks::all_spans;

/// Whether `span` lies inside `text` on char boundaries.
pub fn on_boundaries(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}
