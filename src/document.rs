//! Articles as they come in.

use crate::date::CivilDate;
use crate::error::{Error, ErrorKind, Result};

/// One article: an id, its text, and the date it was published.
///
/// The publication date is the only reference relative dates ("on Tuesday",
/// "last June") are resolved against; without it they stay unresolved.
/// The crate never reads the clock.
///
/// ```
/// use counterclaim::{CivilDate, Document};
///
/// let doc = Document::new("wire-1", "The army said it repelled the attack on Tuesday.")
///     .with_published("2025-07-01".parse()?);
/// assert_eq!(doc.published(), Some(CivilDate::ymd(2025, 7, 1).unwrap()));
/// # Ok::<(), counterclaim::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    id: String,
    text: String,
    published: Option<CivilDate>,
}

impl Document {
    /// A document with no publication date.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            published: None,
        }
    }

    /// A document from raw bytes, which must be UTF-8. A leading byte-order
    /// mark is kept in the text (spans stay offsets into the bytes given).
    ///
    /// ```
    /// use counterclaim::Document;
    /// assert_eq!(Document::from_bytes("a", b"Gunmen attacked.")?.text(), "Gunmen attacked.");
    /// assert!(Document::from_bytes("b", b"\xff").is_err());
    /// # Ok::<(), counterclaim::Error>(())
    /// ```
    pub fn from_bytes(id: impl Into<String>, bytes: &[u8]) -> Result<Document> {
        let id = id.into();
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(Document::new(id, text)),
            Err(e) => Err(Error::from(ErrorKind::InvalidUtf8 {
                id,
                valid_up_to: e.valid_up_to(),
            })),
        }
    }

    /// Sets the publication date.
    pub fn with_published(mut self, date: CivilDate) -> Document {
        self.published = Some(date);
        self
    }

    /// Sets or clears the publication date.
    pub fn set_published(&mut self, date: Option<CivilDate>) {
        self.published = date;
    }

    /// The id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The publication date, if known.
    pub fn published(&self) -> Option<CivilDate> {
        self.published
    }
}
