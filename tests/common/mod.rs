//! Helpers shared by the integration tests.

use counterclaim::{Extraction, Span};

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

/// Whether `span` lies inside `text` on char boundaries.
pub fn on_boundaries(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}
