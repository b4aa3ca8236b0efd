/*!
counterclaim reads conflict news and answers: who claims what, about whom,
where, when, according to whom, and how the claims of the two sides and of
different versions of a story line up.

It is built for the people who make conflict-event data (ACLED- and
UCDP-style datasets), for fact-checkers and for OSINT researchers, who read
many reports of the same attack, each repeating, rewording or garbling what
the army said and what the armed group said.

# Example

```
use counterclaim::{ClaimKind, Document, Extractor, Reconciler};

let extractor = Extractor::new();
let early = Document::new(
    "early",
    "The army said it repelled the attack on Tuesday and killed 20 militants. \
     JNIM said in a statement that it had seized control of two army posts.",
).with_published("2025-07-01".parse()?);
let later = Document::new(
    "later",
    "The army said it repelled the attack and killed more than 20 militants.",
).with_published("2025-07-02".parse()?);

let a = extractor.extract(&early);
let b = extractor.extract(&later);
let toll = a.claims.iter().find(|c| c.kind == ClaimKind::Casualties).unwrap();
assert_eq!(toll.claimant.as_deref(), Some("army"));
assert_eq!(toll.count.as_ref().and_then(|c| c.low), Some(20));

let rec = Reconciler::new().reconcile(&[a, b]);
assert_eq!(rec.versions, ["early", "later"]);
# Ok::<(), counterclaim::Error>(())
```

# The pipeline

1. [`Document`]: an id, the text, and an optional publication date.
2. Cleaning and segmentation: the text is folded (curly quotes, accents,
   markdown emphasis) with a map back to the original bytes, split into
   paragraphs and sentences; repeated paragraphs, teaser and headline lines
   and trailing boilerplate are marked so they add mentions but never a
   second claim.
3. One pass per fact kind, each driven by lexicons kept as data:
   actors, locations, dates, sources, counts, and last the claims, which
   read the earlier results.
4. [`Extraction`]: the facts, every span a byte range of the original text.
5. [`Reconciler`] takes the `Extraction`s of several versions of a story and
   returns a [`Reconciliation`]: claim groups with their variants and status
   (agreed, compatible, conflicting), the two sides' claims set side by side,
   casualty estimates and what changed between versions.

# Guarantees

* Extraction never fails and never panics, on any `&str`.
* It runs in time linear in the length of the text: a fixed number of passes
  of compiled patterns (regexes, whose engines run in linear time, and each
  lexicon's table of names, looked up a bounded number of times per word).
* Every [`Span`] lies on `char` boundaries of the document's text.
* Output is deterministic: the same input gives the same output, in a stable
  order. The crate never reads the clock.

# What this crate does not do

No machine learning, no coreference beyond aliases and the nearest-actor
rules for "the group", "the army", "it" and "they", English only.

# Data and licences

Lexicons (actors, countries, places, number words, cue verbs) live in the
crate's `data/` directory as line-oriented tables; `data/README.md` gives the
source and licence of each. [`LEXICON_VERSION`] names the version built in.

# Crate features

* `rayon` (off by default): [`Extractor::extract_many`] runs in parallel.
*/

#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations)]

mod date;
mod document;
mod error;
mod extract;
mod extractor;
mod lexicon;
mod model;
mod pattern;
mod reconcile;
mod span;
mod text;

pub use crate::date::{CivilDate, Precision};
pub use crate::document::Document;
pub use crate::error::{Error, ErrorKind, Result};
pub use crate::extractor::{Extractor, ExtractorBuilder};
pub use crate::lexicon::LEXICON_VERSION;
pub use crate::model::{
    Actor, ActorKind, Channel, Claim, ClaimKind, Contrast, Count, DateExpr, Estimate, EventRef,
    Extraction, Group, Location, LocationKind, Reconciliation, Side, Source, Speech, Status,
    Variant, VersionDiff, VersionSpan,
};
pub use crate::reconcile::{Reconciler, ReconcilerBuilder, Relation};
pub use crate::span::Span;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
