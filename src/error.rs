//! The crate's one error type.

use std::path::PathBuf;

/// A `Result` whose error is [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// An error from setting up extraction: reading a document, parsing a date,
/// loading a lexicon or building an [`Extractor`](crate::Extractor).
///
/// Extraction itself never fails. The error is opaque; [`Error::kind`] says
/// what went wrong.
///
/// ```
/// use counterclaim::{Document, ErrorKind};
///
/// let err = Document::from_bytes("a", &[0x66, 0xff, 0x6f]).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::InvalidUtf8 { valid_up_to: 1, .. }));
/// assert_eq!(err.to_string(), "document a: invalid UTF-8 after byte 1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error(Box<ErrorKind>);

impl Error {
    /// What kind of error this is.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Consumes the error, returning its kind.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }
}

/// The kinds of [`Error`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A document's bytes are not UTF-8.
    #[error("document {id}: invalid UTF-8 after byte {valid_up_to}")]
    InvalidUtf8 {
        /// The document's id.
        id: String,
        /// How many leading bytes are valid UTF-8.
        valid_up_to: usize,
    },
    /// A date is not a valid `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) date.
    #[error("invalid date {input:?}: expected YYYY-MM-DD")]
    InvalidDate {
        /// The text that was given.
        input: String,
    },
    /// A lexicon line could not be read.
    #[error("lexicon {file}, line {line}: {msg}")]
    Lexicon {
        /// The lexicon's name (its file name for built-in data).
        file: String,
        /// One-based line number.
        line: usize,
        /// What is wrong with the line.
        msg: String,
    },
    /// A rule id given to the builder is not a known rule.
    #[error("unknown rule {0:?}")]
    UnknownRule(String),
    /// A file could not be read (used by helpers that read from disk).
    #[error("{}: {msg}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's message.
        msg: String,
    },
}
