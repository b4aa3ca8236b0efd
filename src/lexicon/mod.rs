//! Lexicons: the word tables the extractors match, parsed from `data/`.

/// The version of the built-in lexicons (the `data/` directory). It changes
/// whenever an entry is added, removed or changed, since that changes output
/// as much as code does.
pub const LEXICON_VERSION: &str = "2026.11.25";
