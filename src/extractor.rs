//! The public entry point for extraction.

use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};
use crate::extract::claims::RULE_IDS;
use crate::extract::Engine;
use crate::lexicon::{parse_actors, parse_places, ActorEntry, Lexicons, PlaceEntry};
use crate::model::{ActorKind, Extraction, LocationKind};

/// Extracts facts from articles.
///
/// Building one parses the lexicons and compiles every pattern (a few tens of
/// milliseconds); reuse it. [`Extractor::new`] shares one built-in instance,
/// so calling it again is free. An `Extractor` is cheap to clone (an `Arc`
/// inside) and is `Send + Sync`.
///
/// Extraction runs in time linear in the length of the text: a fixed number
/// of passes of compiled regexes and Aho-Corasick automata, none of which
/// backtracks. It never fails and never panics.
///
/// ```
/// use counterclaim::{ClaimKind, Document, Extractor};
///
/// let doc = Document::new(
///     "wire-1",
///     "Niger's defence ministry said 17 soldiers were killed when gunmen attacked a post near Tera.",
/// );
/// let x = Extractor::new().extract(&doc);
/// let toll = &x.claims[0];
/// assert_eq!(toll.kind, ClaimKind::Casualties);
/// assert_eq!(toll.claimant.as_deref(), Some("niger_government"));
/// assert_eq!(toll.subject.as_deref(), Some("soldiers"));
/// assert_eq!(toll.count.as_ref().and_then(|c| c.low), Some(17));
/// assert_eq!(&doc.text()[toll.span], "17 soldiers were killed");
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    engine: Arc<Engine>,
}

static DEFAULT: Lazy<Extractor> = Lazy::new(|| Extractor {
    engine: Arc::new(Engine::new(Lexicons::default_ref(), &[], &[], Vec::new())),
});

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the built-in lexicons and every rule on.
    ///
    /// ```
    /// let x = counterclaim::Extractor::new();
    /// # let _ = x;
    /// ```
    pub fn new() -> Extractor {
        DEFAULT.clone()
    }

    /// A builder to add actors and places or switch rules off.
    ///
    /// ```
    /// use counterclaim::{ActorKind, Document, Extractor};
    ///
    /// let ex = Extractor::builder()
    ///     .actor("kbr", ActorKind::ArmedGroup, "Kel Bouri Rangers", &["KBR", "Bouri Rangers"])
    ///     .build()?;
    /// let x = ex.extract(&Document::new("a", "The KBR said it attacked the camp."));
    /// assert_eq!(x.actors[0].id, "kbr");
    /// # Ok::<(), counterclaim::Error>(())
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The ids of the built-in claim rules, in priority order.
    ///
    /// ```
    /// assert!(counterclaim::Extractor::rule_ids().contains(&"repelled/verb"));
    /// ```
    pub fn rule_ids() -> &'static [&'static str] {
        RULE_IDS
    }

    /// Extracts the facts of one document. Never fails, never panics; an
    /// empty text gives an empty extraction.
    ///
    /// ```
    /// use counterclaim::{Document, Extractor};
    /// let x = Extractor::new().extract(&Document::new("empty", ""));
    /// assert!(x.actors.is_empty() && x.claims.is_empty());
    /// ```
    pub fn extract(&self, doc: &Document) -> Extraction {
        self.engine.run(doc)
    }

    /// Extracts many documents, returning their extractions in input order.
    /// With the `rayon` feature the work is spread over a thread pool.
    ///
    /// The result is what [`extract`](Self::extract) gives for each
    /// document, but faster: documents are taken in batches of a few dozen
    /// (at most about a megabyte of text), and each pass runs over the whole
    /// batch before the next, so its automata stay in the CPU cache. Memory
    /// grows with the batch, not with the number of documents read (beyond
    /// the returned extractions); to stream an archive, feed it in slices.
    ///
    /// ```
    /// use counterclaim::{Document, Extractor};
    /// let docs = vec![Document::new("a", "Gunmen killed 3 villagers."), Document::new("b", "")];
    /// let out = Extractor::new().extract_many(&docs);
    /// assert_eq!(out.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
    /// ```
    pub fn extract_many<'d, I>(&self, docs: I) -> Vec<Extraction>
    where
        I: IntoIterator<Item = &'d Document>,
    {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            // Every thread gets a batch, however few the documents.
            let docs: Vec<&Document> = docs.into_iter().collect();
            let per_thread = docs.len().div_ceil(rayon::current_num_threads().max(1));
            let batches: Vec<Vec<&Document>> = Batches {
                docs: docs.into_iter().peekable(),
                max_docs: per_thread.clamp(1, BATCH_DOCS),
            }
            .collect();
            let out: Vec<Vec<Extraction>> = batches
                .par_iter()
                .map(|b| self.engine.run_batch(b))
                .collect();
            out.into_iter().flatten().collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            let batches = Batches {
                docs: docs.into_iter().peekable(),
                max_docs: BATCH_DOCS,
            };
            let mut out = Vec::new();
            for b in batches {
                out.extend(self.engine.run_batch(&b));
            }
            out
        }
    }
}

/// At most this many documents are extracted together by
/// [`Extractor::extract_many`]...
const BATCH_DOCS: usize = 32;
/// ...or at most about this many bytes of text.
const BATCH_BYTES: usize = 1 << 20;

/// Cuts a stream of documents into batches of `max_docs` documents (at
/// most [`BATCH_DOCS`]) or [`BATCH_BYTES`] bytes, whichever comes first (a
/// longer document is a batch of its own).
struct Batches<'d, I: Iterator<Item = &'d Document>> {
    docs: std::iter::Peekable<I>,
    max_docs: usize,
}

impl<'d, I: Iterator<Item = &'d Document>> Iterator for Batches<'d, I> {
    type Item = Vec<&'d Document>;

    fn next(&mut self) -> Option<Vec<&'d Document>> {
        let mut batch = vec![self.docs.next()?];
        let mut bytes = batch[0].text().len();
        while batch.len() < self.max_docs {
            match self.docs.peek() {
                Some(d) if bytes + d.text().len() <= BATCH_BYTES => {
                    bytes += d.text().len();
                    batch.extend(self.docs.next());
                }
                _ => break,
            }
        }
        Some(batch)
    }
}

/// Configures an [`Extractor`]: extra actors and places, rules switched off.
///
/// Setters take `&mut self` and return it, so calls chain; [`build`](Self::build)
/// can be called more than once.
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    actors: Vec<ActorEntry>,
    places: Vec<PlaceEntry>,
    disabled: Vec<String>,
    errors: Vec<Error>,
}

impl ExtractorBuilder {
    /// Adds an actor with its aliases. Names written in capitals only
    /// (`"KBR"`) match case-sensitively; others ignore ASCII case. User
    /// actors win over built-in ones with the same name.
    pub fn actor(
        &mut self,
        id: &str,
        kind: ActorKind,
        name: &str,
        aliases: &[&str],
    ) -> &mut ExtractorBuilder {
        self.actors.push(ActorEntry {
            id: id.to_string(),
            kind,
            country: None,
            members: match kind {
                ActorKind::ArmedGroup => Some("militants".into()),
                ActorKind::StateForce | ActorKind::International => Some("soldiers".into()),
                _ => None,
            },
            name: name.to_string(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
        });
        self
    }

    /// Adds actors from a table in the format of the crate's
    /// `data/actors.tsv`. A malformed line makes [`build`](Self::build) fail
    /// with [`ErrorKind::Lexicon`], naming the line.
    ///
    /// ```
    /// use counterclaim::Extractor;
    /// let err = Extractor::builder().actors_tsv("mine", "x\tbad_kind\t-\t-\tX\tX\n").build().unwrap_err();
    /// assert!(err.to_string().contains("line 1"));
    /// ```
    pub fn actors_tsv(&mut self, name: &str, tsv: &str) -> &mut ExtractorBuilder {
        match parse_actors(name, tsv) {
            Ok(a) => self.actors.extend(a),
            Err(e) => self.errors.push(e),
        }
        self
    }

    /// Adds a place. `country` should be a country name as the built-in
    /// table writes it ("Mali", "Burkina Faso").
    ///
    /// ```
    /// use counterclaim::{Document, Extractor, LocationKind};
    /// let ex = Extractor::builder().place("Zinder Est", LocationKind::Settlement, Some("Niger")).build()?;
    /// let x = ex.extract(&Document::new("a", "Clashes broke out in Zinder Est."));
    /// assert_eq!(x.locations[0].country.as_deref(), Some("Niger"));
    /// # Ok::<(), counterclaim::Error>(())
    /// ```
    pub fn place(
        &mut self,
        name: &str,
        kind: LocationKind,
        country: Option<&str>,
    ) -> &mut ExtractorBuilder {
        self.places.push(PlaceEntry {
            name: name.to_string(),
            kind,
            country: country.map(String::from),
            aliases: Vec::new(),
        });
        self
    }

    /// Adds places from a table in the format of `data/places.tsv`.
    pub fn places_tsv(&mut self, name: &str, tsv: &str) -> &mut ExtractorBuilder {
        match parse_places(name, tsv) {
            Ok(p) => self.places.extend(p),
            Err(e) => self.errors.push(e),
        }
        self
    }

    /// Switches a claim rule off by id (see [`Extractor::rule_ids`]). An
    /// unknown id makes [`build`](Self::build) fail.
    ///
    /// ```
    /// use counterclaim::{Document, Extractor};
    /// let ex = Extractor::builder().disable_rule("repelled/verb").build()?;
    /// let x = ex.extract(&Document::new("a", "The army said it repelled the attack."));
    /// assert!(x.claims.is_empty());
    /// assert!(Extractor::builder().disable_rule("no/such").build().is_err());
    /// # Ok::<(), counterclaim::Error>(())
    /// ```
    pub fn disable_rule(&mut self, id: &str) -> &mut ExtractorBuilder {
        if RULE_IDS.contains(&id) {
            self.disabled.push(id.to_string());
        } else {
            self.errors
                .push(Error::from(ErrorKind::UnknownRule(id.to_string())));
        }
        self
    }

    /// Builds the extractor.
    pub fn build(&self) -> Result<Extractor> {
        if let Some(e) = self.errors.first() {
            return Err(e.clone());
        }
        if self.actors.is_empty() && self.places.is_empty() && self.disabled.is_empty() {
            return Ok(Extractor::new());
        }
        Ok(Extractor {
            engine: Arc::new(Engine::new(
                Lexicons::default_ref(),
                &self.actors,
                &self.places,
                self.disabled.clone(),
            )),
        })
    }
}
