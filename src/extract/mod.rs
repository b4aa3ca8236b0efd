//! The extraction passes, one module per fact kind, and the engine that runs
//! them in order:
//!
//! 1. [`text`](crate::text): fold and segment.
//! 2. [`actors`]: names, learned aliases, generic references.
//! 3. [`locations`] and [`dates`].
//! 4. [`sources`]: speakers, reporting frames and channels.
//! 5. [`claims`]: the claim rules, which read the results above.
//!
//! Every pass works on the folded text; spans are mapped back to the
//! original text once, when the [`Extraction`] is assembled.

pub(crate) mod actors;
pub(crate) mod claims;
pub(crate) mod counts;
pub(crate) mod dates;
pub(crate) mod locations;
pub(crate) mod sources;

use std::collections::HashMap;

use crate::document::Document;
use crate::lexicon::{ActorEntry, Lexicons, PlaceEntry};
use crate::model::{Actor, ActorKind, DateExpr, Extraction, Location};
use crate::text::{segment, Folded, Sentence};

use self::actors::{ActorLex, Class, DocActors};
use self::locations::PlaceLex;

/// The compiled lexicons and patterns behind an [`Extractor`](crate::Extractor).
#[derive(Debug)]
pub(crate) struct Engine {
    pub(crate) actors: ActorLex,
    pub(crate) places: PlaceLex,
    pub(crate) counts: counts::Counts,
    pub(crate) sources: sources::SourceLex,
    pub(crate) claims: claims::ClaimLex,
    pub(crate) disabled: Vec<String>,
}

impl Engine {
    pub(crate) fn new(
        lex: &Lexicons,
        user_actors: &[ActorEntry],
        user_places: &[PlaceEntry],
        disabled: Vec<String>,
    ) -> Engine {
        let counts = counts::Counts::new(lex);
        let actors = actors::build(lex, user_actors);
        let places = locations::build(lex, user_places);
        let sources = sources::SourceLex::new(lex);
        let claims = claims::ClaimLex::new(lex, &counts);
        Engine {
            actors,
            places,
            sources,
            claims,
            counts,
            disabled,
        }
    }

    pub(crate) fn run(&self, doc: &Document) -> Extraction {
        self.run_batch(std::slice::from_ref(&doc))
            .pop()
            .expect("one extraction per document")
    }

    /// Extracts a batch of documents pass by pass: each pass (and each claim
    /// rule) runs over every document of the batch before the next starts,
    /// so its automata stay in the CPU cache. The result is the same as
    /// extracting the documents one by one; memory grows with the batch.
    pub(crate) fn run_batch(&self, docs: &[&Document]) -> Vec<Extraction> {
        let folded: Vec<Folded<'_>> = docs.iter().map(|d| Folded::new(d.text())).collect();
        // Patterns pick their ASCII twin on ASCII slices of these texts.
        let _ascii = crate::pattern::Scope::enter(folded.iter().map(|f| f.text.as_str()));
        let mut ctxs: Vec<Ctx<'_, '_>> = docs
            .iter()
            .zip(&folded)
            .map(|(doc, f)| Ctx::new(self, f, segment(&f.text), doc))
            .collect();
        for ctx in &mut ctxs {
            ctx.find_entities();
        }
        for ctx in &mut ctxs {
            sources::run(ctx);
        }
        let matches = claims::find(&ctxs);
        for (ctx, m) in ctxs.iter_mut().zip(matches) {
            claims::run(ctx, m);
        }
        ctxs.into_iter()
            .zip(docs)
            .map(|(ctx, doc)| ctx.finish(doc))
            .collect()
    }
}

/// Everything known about one document while its passes run. Offsets are
/// into the folded text.
pub(crate) struct Ctx<'e, 'd> {
    pub(crate) engine: &'e Engine,
    pub(crate) folded: &'d Folded<'d>,
    pub(crate) text: &'d str,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) published: Option<crate::CivilDate>,
    pub(crate) actors: DocActors,
    pub(crate) places: Vec<locations::FoundPlace>,
    pub(crate) dates: Vec<dates::FoundDate>,
    pub(crate) sources: Vec<sources::FoundSource>,
    pub(crate) frames: Vec<sources::Frame>,
    /// Whether each sentence hedges what it says (by the sources pass,
    /// which reads it for its frames; the claims pass reads it too).
    pub(crate) hedged: Vec<bool>,
    /// Mentions of people and unnamed sources: (start, end, index into
    /// `sources`), sorted by start.
    pub(crate) source_spans: Vec<(usize, usize, usize)>,
    /// The org source of each actor that speaks without a named person.
    pub(crate) org_sources: HashMap<usize, usize>,
    /// The source of each ministry that speaks, by its party and name.
    pub(crate) ministry_sources: HashMap<(usize, String), usize>,
    pub(crate) claims: Vec<claims::FoundClaim>,
    /// Index into the countries table of the country the article is about.
    pub(crate) main_country: Option<usize>,
    salient_group: Option<usize>,
    salient_local: Option<usize>,
}

/// The name a place is reported under: the article's own spelling when it
/// names the place by another of its names ("Afgoye" for the gazetteer's
/// "Afgooye"), so that the output reads as the article does; the
/// gazetteer's name when the two differ only in accents or case, and for
/// countries and borders (found from demonyms: "the Chadian border" is Chad).
fn surface_name(p: &locations::FoundPlace, written: &str) -> String {
    let plain = matches!(
        p.kind,
        crate::LocationKind::Settlement
            | crate::LocationKind::AdminRegion
            | crate::LocationKind::Region
            | crate::LocationKind::Other
    );
    let same = crate::text::fold_str(&p.name).eq_ignore_ascii_case(&crate::text::fold_str(written));
    if !plain || same || written.trim().is_empty() {
        p.name.clone()
    } else {
        crate::text::collapse(written)
    }
}

/// How many mentions back resolution looks.
pub(crate) const LOOKBACK: usize = 200;

impl<'e, 'd> Ctx<'e, 'd> {
    fn new(
        engine: &'e Engine,
        folded: &'d Folded<'d>,
        sentences: Vec<Sentence>,
        doc: &Document,
    ) -> Self {
        Ctx {
            engine,
            folded,
            text: folded.text.as_str(),
            sentences,
            published: doc.published(),
            actors: DocActors::default(),
            places: Vec::new(),
            dates: Vec::new(),
            sources: Vec::new(),
            frames: Vec::new(),
            hedged: Vec::new(),
            source_spans: Vec::new(),
            org_sources: HashMap::new(),
            ministry_sources: HashMap::new(),
            claims: Vec::new(),
            main_country: None,
            salient_group: None,
            salient_local: None,
        }
    }

    /// Actors, places and dates: what the sources and claims passes read.
    fn find_entities(&mut self) {
        let places = &self.engine.places;
        self.actors = self
            .engine
            .actors
            .find(self.text, &|name| places.is_place(name));
        // Actor mentions outside any kept sentence (boilerplate) are dropped.
        let sents = &self.sentences;
        let inside = |s: usize| {
            let i = sents.partition_point(|x| x.end <= s);
            i < sents.len() && sents[i].start <= s
        };
        self.actors.mentions.retain(|m| inside(m.start));
        // A mention that is a place's whole name ("Puntland", a region
        // with forces of its own) is the place too.
        let blocked: Vec<(usize, usize)> = self
            .actors
            .mentions
            .iter()
            .filter(|m| m.actor.is_some() && !places.is_place(&self.text[m.start..m.end]))
            .map(|m| (m.start, m.end))
            .collect();
        let mut places = self.engine.places.find(self.text, &blocked);
        places.retain(|p| inside(p.start));
        fill_countries(&mut places, &self.sentences);
        self.places = places;
        self.main_country = self.compute_main_country();
        self.salient_group = self.salient(|a| self.entry(a).kind == ActorKind::ArmedGroup);
        self.salient_local = self.salient(|a| {
            let e = self.entry(a);
            e.kind == ActorKind::ArmedGroup && e.country.is_some()
        });
        for s in &self.sentences {
            dates::find(self.text, s.start, s.end, self.published, &mut self.dates);
        }
    }

    fn compute_main_country(&self) -> Option<usize> {
        let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
        let countries = &self.engine.places.countries;
        for p in &self.places {
            if let Some(c) = p
                .country
                .as_ref()
                .and_then(|c| countries.iter().position(|x| x == c))
            {
                if matches!(
                    p.kind,
                    crate::LocationKind::Country | crate::LocationKind::Border
                ) || p.kind != crate::LocationKind::Region
                {
                    let e = counts.entry(c).or_insert((0, p.start));
                    e.0 += 1;
                }
            }
        }
        for m in &self.actors.mentions {
            if let Some(a) = m.actor {
                if a < self.engine.actors.entries.len() {
                    let e = &self.engine.actors.entries[a];
                    if matches!(e.kind, ActorKind::StateForce | ActorKind::Government)
                        && !m.modifier
                    {
                        if let Some(c) = e
                            .country
                            .as_ref()
                            .and_then(|c| countries.iter().position(|x| x == c))
                        {
                            let en = counts.entry(c).or_insert((0, m.start));
                            en.0 += 2;
                        }
                    }
                }
            }
        }
        counts
            .into_iter()
            .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
            .map(|(c, _)| c)
    }

    /// The sentence holding offset `pos`.
    pub(crate) fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }

    pub(crate) fn entry(&self, actor: usize) -> &ActorEntry {
        self.engine.actors.entry(&self.actors, actor)
    }

    /// Resolves the mention at index `mi` to an actor.
    pub(crate) fn resolve(&self, mi: usize) -> Option<usize> {
        let m = &self.actors.mentions[mi];
        if let Some(a) = m.actor {
            return Some(a);
        }
        self.resolve_with(m.class?, m.start, mi)
    }

    /// The government the mentions before index `mi` refer to: the
    /// government (or, if `health`, the health ministry) named last, else
    /// the main country's, else one with no country. With `either`, a health
    /// ministry named last is it too ("the ministry" after "Lebanon's health
    /// ministry").
    pub(crate) fn government_before(&self, mi: usize, health: bool, either: bool) -> usize {
        let lex = &self.engine.actors;
        let named = self.actors.mentions[..mi]
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter(|x| !x.modifier)
            .filter_map(|x| x.actor)
            .find(|&a| {
                self.entry(a).kind == ActorKind::Government
                    && (either || lex.is_health(a) == health)
            });
        let (of, generic) = if health {
            (&lex.health_of, lex.health_generic)
        } else {
            (&lex.gov_of, lex.gov_generic)
        };
        named
            .or_else(|| self.main_country.and_then(|c| of.get(c).copied()))
            .unwrap_or(generic)
    }

    /// How a government mention reads: whether it names a health
    /// ministry ("the health ministry"), and whether it is a bare ministry
    /// that a health ministry named before may be ("the ministry"; not
    /// "the Ministry of Foreign Affairs").
    fn ministry_reading(&self, m: &actors::Mention) -> (bool, bool) {
        let written = self.text.get(m.start..m.end).unwrap_or("");
        let health = contains_ci(written, "health");
        let of_after = after(self.text, m.end, 4).starts_with(" of ");
        (health, !health && !of_after && is_bare_ministry(written))
    }

    /// Resolves a generic reference of `class` written at `pos`.
    pub(crate) fn resolve_class(&self, class: Class, pos: usize) -> Option<usize> {
        let mi = self.actors.mentions.partition_point(|m| m.start < pos);
        self.resolve_with(class, pos, mi)
    }

    fn resolve_with(&self, class: Class, pos: usize, mi: usize) -> Option<usize> {
        let before = &self.actors.mentions[..mi];
        // Look back a bounded number of mentions: resolution stays linear.
        let named_before = || {
            before
                .iter()
                .rev()
                .take(LOOKBACK)
                .filter(|x| x.actor.is_some() && !x.modifier)
        };
        let lex = &self.engine.actors;
        // "The General Staff" after "Ukraine's General Staff" and "Russian
        // troops": the party named earlier with the same head noun, before
        // the nearest party of the same kind.
        if matches!(class, Class::State | Class::Police | Class::Gov) {
            if let Some(a) = self.same_head_antecedent(pos, mi, class) {
                return Some(a);
            }
        }
        match class {
            // Not forces named as another's backers: "the army" after "M23
            // fighters backed by the Rwandan army" is the story's own.
            Class::State => named_before()
                .filter(|x| !self.named_as_backer(x))
                .filter_map(|x| x.actor)
                .find(|&a| {
                    let e = self.entry(a);
                    e.kind == ActorKind::StateForce && e.members.as_deref() == Some("soldiers")
                })
                .or_else(|| self.main_country.map(|c| lex.army_of[c]))
                .or(Some(lex.army_generic)),
            Class::Police => named_before()
                .filter_map(|x| x.actor)
                .find(|&a| self.entry(a).members.as_deref() == Some("police"))
                .or_else(|| self.main_country.map(|c| lex.police_of[c])),
            Class::Gov => {
                let m = self.actors.mentions.get(mi).filter(|m| m.start == pos);
                let (health, either) = m.map_or((false, false), |m| self.ministry_reading(m));
                Some(self.government_before(mi, health, either))
            }
            Class::Group | Class::Rebels => {
                let want_local = class == Class::Rebels;
                let ok = |a: usize| {
                    let e = self.entry(a);
                    e.kind == ActorKind::ArmedGroup && (!want_local || e.country.is_some())
                };
                named_before()
                    .filter_map(|x| x.actor)
                    .find(|&a| ok(a))
                    .or(if want_local {
                        self.salient_local.or(self.salient_group)
                    } else {
                        self.salient_group
                    })
            }
            Class::Pronoun | Class::Relative => {
                if class == Class::Pronoun {
                    let si = self.sentence_at(pos).unwrap_or(0);
                    // The party named as the subject of sentence `k`, near
                    // its start.
                    let subject_of = |k: usize| -> Option<usize> {
                        let s = self.sentences.get(k)?;
                        let from = before.partition_point(|x| x.start < s.start);
                        let subject_zone = s.start + 40;
                        let (j, _) = before
                            .iter()
                            .enumerate()
                            .skip(from)
                            .take_while(|(_, x)| x.start < subject_zone)
                            .find(|(_, x)| {
                                !x.modifier && x.class.map_or(true, Class::names_party)
                            })?;
                        self.resolve(j)
                    };
                    // "In a statement posted on its page, signed by its
                    // spokesman, the FPL said": a possessive in a phrase
                    // fronted before the subject is the subject's.
                    if let Some(a) = self.fronted_possessive_owner(si, pos) {
                        return Some(a);
                    }
                    // An actor named earlier in the same sentence, as its
                    // subject...
                    if let Some(a) = subject_of(si) {
                        return Some(a);
                    }
                    // ...else the subject of the last report, in this
                    // sentence or the two before.
                    if let Some(f) = self.frames.iter().rev().take(LOOKBACK).find(|f| {
                        // A news agency relaying a claim is not what "it" means.
                        f.cue_start < pos
                            && self.sentence_at(f.cue_start).is_some_and(|fs| fs + 2 >= si)
                            && f.actor
                                .is_some_and(|a| self.entry(a).kind != ActorKind::Media)
                    }) {
                        if let Some(a) = f.actor {
                            return Some(a);
                        }
                    }
                    // ...else the subject of the sentence before ("JNIM has
                    // stepped up attacks since the junta came to power. In
                    // June it claimed..." is JNIM, not the junta).
                    if let Some(a) = si.checked_sub(1).and_then(subject_of) {
                        return Some(a);
                    }
                }
                before
                    .iter()
                    .enumerate()
                    .rev()
                    .take(LOOKBACK)
                    .filter(|(_, x)| !x.modifier && x.class.map_or(true, Class::names_party))
                    .find_map(|(j, _)| self.resolve(j))
            }
            Class::Person => None,
        }
    }

    /// The party a possessive at `pos` stands for when it lies in a phrase
    /// fronted before the subject of sentence `si` ("In a video on its
    /// channel, JNIM said"): the first party named right after the comma
    /// that closes the phrase, within a few words of the sentence start.
    fn fronted_possessive_owner(&self, si: usize, pos: usize) -> Option<usize> {
        let sent = self.sentences.get(si)?;
        // A fronted phrase is short: reads stay bounded per possessive.
        if pos.saturating_sub(sent.start) > 200 {
            return None;
        }
        let lead = self.text.get(sent.start..pos)?.trim_start();
        let written = self.text.get(pos..pos + 6).unwrap_or("");
        let possessive = written.starts_with("its ") || written.starts_with("their ");
        let fronted = ["In ", "On ", "Via ", "Through ", "Speaking "]
            .iter()
            .any(|w| lead.starts_with(w));
        if !possessive || !fronted || lead.contains('"') {
            return None;
        }
        // The subject: a named party right after a comma that closes the
        // fronted phrase, with a reporting word right after it (reads
        // bounded to the next 200 bytes).
        let end = sent.end.min(pos + 200);
        let rest = self
            .text
            .get(pos..end)
            .or_else(|| self.text.get(pos..sent.end))?;
        rest.match_indices(", ").find_map(|(k, _)| {
            let at = pos + k + 2;
            let lo = self.actors.mentions.partition_point(|m| m.start < at);
            let m = self.actors.mentions.get(lo)?;
            let gap = self.text.get(at..m.start)?.trim();
            if !(gap.is_empty() || gap.eq_ignore_ascii_case("the")) || m.modifier {
                return None;
            }
            // (A reporting cue of `data/cues.tsv` right after it.)
            let next = after(self.text, m.end, 24);
            let speaks = self
                .engine
                .sources
                .cue
                .find(next)
                .is_some_and(|c| next[..c.start()].trim().is_empty());
            if speaks {
                m.actor
            } else {
                None
            }
        })
    }

    /// Whether mention `x` names another party's backer ("backed by the
    /// Rwandan army", "with the support of"): no antecedent of "the army".
    fn named_as_backer(&self, x: &actors::Mention) -> bool {
        self.engine.actors.is_backer_at(self.text, x.start)
    }

    /// The party named within [`LOOKBACK`] mentions before the generic
    /// mention `mi` (at `pos`) with the same head noun: "the General Staff"
    /// is the one of "Ukraine's General Staff", even with "Russian troops"
    /// named in between.
    fn same_head_antecedent(&self, pos: usize, mi: usize, class: Class) -> Option<usize> {
        let m = self.actors.mentions.get(mi).filter(|m| m.start == pos)?;
        let written = self.text.get(m.start..m.end)?.trim();
        let head = written
            .strip_prefix("the ")
            .or_else(|| written.strip_prefix("The "))?;
        if head.is_empty() {
            return None;
        }
        self.actors.mentions[..mi]
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter(|x| !x.modifier && x.end - x.start > head.len() && !self.named_as_backer(x))
            .find(|x| {
                let name = self.text.get(x.start..x.end).unwrap_or("");
                name.len() > head.len()
                    && name.is_char_boundary(name.len() - head.len())
                    && name[name.len() - head.len()..].eq_ignore_ascii_case(head)
                    && name.as_bytes()[name.len() - head.len() - 1] == b' '
            })
            .and_then(|x| x.actor)
            .filter(|&a| {
                let e = self.entry(a);
                match class {
                    Class::Police => e.members.as_deref() == Some("police"),
                    // "The ministry" after "Lebanon's health ministry" is
                    // it; "the Ministry of Defence" is not.
                    Class::Gov => {
                        e.kind == ActorKind::Government
                            && (!self.engine.actors.is_health(a) || {
                                let (health, either) = self.ministry_reading(m);
                                health || either
                            })
                    }
                    _ => e.kind == ActorKind::StateForce,
                }
            })
    }

    /// The actor passing `ok` named most often, not as a modifier; ties go
    /// to the earliest.
    fn salient(&self, ok: impl Fn(usize) -> bool) -> Option<usize> {
        let mut best: Option<(usize, usize, usize)> = None;
        let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
        for m in &self.actors.mentions {
            if let (Some(a), false) = (m.actor, m.modifier) {
                if ok(a) {
                    let e = counts.entry(a).or_insert((0, m.start));
                    e.0 += 1;
                }
            }
        }
        for (a, (n, first)) in counts {
            if best.map_or(true, |(_, bn, bf)| n > bn || (n == bn && first < bf)) {
                best = Some((a, n, first));
            }
        }
        best.map(|b| b.0)
    }

    fn finish(self, doc: &Document) -> Extraction {
        let f = self.folded;
        // Actors: every named mention, plus actors claims or sources point to.
        let mut order: Vec<usize> = Vec::new();
        let mut spans: HashMap<usize, Vec<crate::Span>> = HashMap::new();
        for (mi, m) in self.actors.mentions.iter().enumerate() {
            // "The army", "the authorities": a mention of the force or
            // government they resolve to.
            let a = m.actor.or_else(|| match m.class {
                Some(Class::State | Class::Police | Class::Gov) => self.resolve(mi).filter(|&a| {
                    a != self.engine.actors.army_generic && a != self.engine.actors.gov_generic
                }),
                _ => None,
            });
            if let Some(a) = a {
                spans
                    .entry(a)
                    .or_insert_with(|| {
                        order.push(a);
                        Vec::new()
                    })
                    .push(f.span(m.start, m.end));
            }
        }
        let referenced: Vec<usize> = self
            .claims
            .iter()
            .filter_map(|c| c.claimant)
            .chain(self.sources.iter().filter_map(|s| s.actor))
            .collect();
        for a in referenced {
            if let std::collections::hash_map::Entry::Vacant(e) = spans.entry(a) {
                e.insert(Vec::new());
                order.push(a);
            }
        }
        let actors: Vec<Actor> = order
            .iter()
            .map(|&a| {
                let e = self.entry(a);
                Actor {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                    country: e.country.clone(),
                    mentions: spans.remove(&a).unwrap_or_default(),
                }
            })
            .collect();
        let id_of = |a: usize| self.entry(a).id.clone();

        let mut locations: Vec<Location> = Vec::new();
        let mut by_name: HashMap<&str, usize> = HashMap::new();
        for p in &self.places {
            let span = f.span(p.start, p.end);
            match by_name.get(p.name.as_str()) {
                Some(&i) => locations[i].mentions.push(span),
                None => {
                    by_name.insert(p.name.as_str(), locations.len());
                    locations.push(Location {
                        name: surface_name(p, &doc.text()[span.range()]),
                        kind: p.kind,
                        country: p.country.clone(),
                        mentions: vec![span],
                    })
                }
            }
        }

        let dates: Vec<DateExpr> = self
            .dates
            .iter()
            .map(|d| {
                let span = f.span(d.start, d.end);
                DateExpr {
                    text: doc.text()[span.range()].to_string(),
                    value: d.value,
                    span,
                }
            })
            .collect();

        let (sources, source_index) = sources::finish(&self, &id_of);
        let claims = claims::finish(&self, &id_of, &source_index);
        Extraction {
            id: doc.id().to_string(),
            published: doc.published(),
            actors,
            locations,
            sources,
            dates,
            claims,
        }
    }
}

/// Gives a place no gazetteer knows the country its sentence names, when
/// the sentence names exactly one.
fn fill_countries(places: &mut [locations::FoundPlace], sentences: &[Sentence]) {
    let mut lo = 0;
    for s in sentences {
        while lo < places.len() && places[lo].start < s.start {
            lo += 1;
        }
        let mut hi = lo;
        while hi < places.len() && places[hi].start < s.end {
            hi += 1;
        }
        let here = &mut places[lo..hi];
        let mut only: Option<&str> = None;
        let mut several = false;
        for p in here.iter() {
            if let (crate::LocationKind::Country | crate::LocationKind::Border, Some(c)) =
                (p.kind, p.country.as_deref())
            {
                match only {
                    Some(o) if o != c => several = true,
                    _ => only = Some(c),
                }
            }
        }
        if let (Some(c), false) = (only.map(String::from), several) {
            for p in here
                .iter_mut()
                .filter(|p| p.country.is_none() && p.kind != crate::LocationKind::Region)
            {
                p.country = Some(c.clone());
            }
        }
        lo = hi;
    }
}

/// Compiles one of the crate's patterns: a [`crate::pattern::Regex`],
/// which matches ASCII slices of the folded text with an ASCII twin of the
/// pattern (ASCII classes and word boundaries) and compiles the pattern as
/// written only for text that needs it.
pub(crate) fn compile(pattern: &str) -> Result<crate::pattern::Regex, crate::pattern::BuildError> {
    crate::pattern::Regex::new(pattern)
}

/// A regex alternation of literal words, longest first (the regex crate is
/// leftmost-first, so "armed forces" must come before "armed"), spaces
/// matching any run of whitespace (a word's own runs of whitespace count as
/// one space; empty words are left out).
///
/// The alternation is written as a prefix tree ("sold(?:iers|ier)" rather
/// than "soldiers|soldier") that matches exactly what the flat list does,
/// with the same preference. The regex crate turns an alternation of plain
/// literals into a trie itself, but not one under `(?i)` or with `\s+`
/// inside, and then its backtracker, which resolves capture groups, tries
/// every word in turn at every position it enters the list: for the lists
/// of hundreds of words in the claim patterns that was the largest single
/// cost of extraction.
pub(crate) fn alternation<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> String {
    let w: Vec<Vec<char>> = words
        .into_iter()
        .map(|w| {
            let w: Vec<&str> = w.as_ref().split_whitespace().collect();
            w.join(" ").chars().collect()
        })
        .filter(|w: &Vec<char>| !w.is_empty())
        .collect();
    // Longest pattern first (each length computed once: a comparison that
    // wrote out both words' tokens was a sixth of building the default
    // Extractor).
    let len = |v: &[char]| v.iter().map(|&c| token_len(c)).sum::<usize>();
    let mut keyed: Vec<(usize, Vec<char>)> = w.into_iter().map(|v| (len(&v), v)).collect();
    keyed.sort_by(|(la, a), (lb, b)| lb.cmp(la).then_with(|| a.cmp(b)));
    let mut w: Vec<Vec<char>> = keyed.into_iter().map(|(_, v)| v).collect();
    w.dedup();
    let refs: Vec<&[char]> = w.iter().map(Vec::as_slice).collect();
    let mut out = String::new();
    prefix_tree(&refs, &mut out);
    out
}

/// The length of [`token`]`(c)`, without writing it.
fn token_len(c: char) -> usize {
    if c == ' ' {
        r"\s+".len()
    } else if regex_syntax::is_meta_character(c) {
        1 + c.len_utf8()
    } else {
        c.len_utf8()
    }
}

/// One char of a literal word as a pattern: a space matches any run of
/// whitespace; anything else matches itself.
fn token(c: char) -> String {
    if c == ' ' {
        r"\s+".to_owned()
    } else {
        regex::escape(c.encode_utf8(&mut [0; 4]))
    }
}

/// Writes `words` (distinct, in order of preference) as one alternation
/// shaped as a prefix tree, with the same matches and preference.
///
/// Two words can only compete at one position of a text when one is a
/// prefix of the other (ignoring case under `(?i)`), so words may be
/// regrouped by first char as long as those sharing a first char keep
/// their order; the empty word (a word ending at this node) competes with
/// all, so the words before it and after it are grouped apart. Words whose
/// first char is not ASCII are never regrouped (Unicode case folding makes
/// more chars equal than lowercasing does).
fn prefix_tree(words: &[&[char]], out: &mut String) {
    let mut first = true;
    let mut alt = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push('|');
        }
    };
    let mut rest = words;
    while !rest.is_empty() {
        let end = rest.iter().position(|w| w.is_empty()).unwrap_or(rest.len());
        let (seg, tail) = rest.split_at(end);
        // Words with the same first char ignoring ASCII case, in order of
        // first appearance; a non-ASCII first char keeps the order as is.
        let mut groups: Vec<Vec<&[char]>> = Vec::new();
        let regroup = seg.iter().all(|w| w[0].is_ascii());
        for w in seg {
            let slot = if regroup {
                let key = w[0].to_ascii_lowercase();
                groups
                    .iter_mut()
                    .find(|g| g[0][0].to_ascii_lowercase() == key)
            } else {
                groups.last_mut().filter(|g| g[0][0] == w[0])
            };
            match slot {
                Some(g) => g.push(w),
                None => groups.push(vec![w]),
            }
        }
        for g in groups {
            // Runs of one exact first char (case may differ within a group).
            let mut i = 0;
            while i < g.len() {
                let c = g[i][0];
                let j = i + g[i..].iter().take_while(|w| w[0] == c).count();
                let run = &g[i..j];
                alt(out);
                if run.len() == 1 {
                    out.extend(run[0].iter().map(|c| token(*c)));
                } else {
                    // The longest prefix the run shares, then its suffixes.
                    let mut k = 1;
                    while run.iter().all(|w| w.len() > k && w[k] == run[0][k]) {
                        k += 1;
                    }
                    out.extend(run[0][..k].iter().map(|c| token(*c)));
                    let tails: Vec<&[char]> = run.iter().map(|w| &w[k..]).collect();
                    out.push_str("(?:");
                    prefix_tree(&tails, out);
                    out.push(')');
                }
                i = j;
            }
        }
        if let Some((empty, after)) = tail.split_first() {
            debug_assert!(empty.is_empty());
            alt(out);
            rest = after;
        } else {
            rest = tail;
        }
    }
}

/// Whether `text` holds `word` (lower case, ASCII), case ignored.
fn contains_ci(text: &str, word: &str) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// Whether a government mention is a ministry named by no field: "the
/// ministry", "the Ministry".
fn is_bare_ministry(written: &str) -> bool {
    let w = written.trim();
    let w = w
        .strip_prefix("the ")
        .or_else(|| w.strip_prefix("The "))
        .unwrap_or(w);
    w.eq_ignore_ascii_case("ministry")
}

/// At most `n` bytes of `text` before `pos`, starting on a char boundary.
pub(crate) fn before(text: &str, pos: usize, n: usize) -> &str {
    let pos = pos.min(text.len());
    let mut s = pos.saturating_sub(n);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    &text[s..pos]
}

/// At most `n` bytes of `text` after `pos`, ending on a char boundary.
pub(crate) fn after(text: &str, pos: usize, n: usize) -> &str {
    let pos = pos.min(text.len());
    let mut e = (pos + n).min(text.len());
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    &text[pos..e.max(pos)]
}

#[cfg(test)]
mod tests {
    use crate::{Document, Extractor};

    /// The flat alternation the prefix tree stands for.
    fn flat(words: &[&str]) -> String {
        let mut w: Vec<String> = words
            .iter()
            .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|w| !w.is_empty())
            .map(|w| regex::escape(&w).replace(' ', r"\s+"))
            .collect();
        w.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        w.dedup();
        w.join("|")
    }

    #[test]
    fn token_len_is_the_length_of_the_token() {
        for c in (' '..='\u{7f}').chain(['\u{e9}', '\u{2019}', '\u{1f600}']) {
            assert_eq!(super::token_len(c), super::token(c).len(), "{c:?}");
        }
    }

    #[test]
    fn alternation_is_a_prefix_tree() {
        assert_eq!(
            super::alternation(["soldier", "soldiers", "troops", "armed forces", "armed"]),
            r"armed(?:\s+forces|)|soldier(?:s|)|troops"
        );
        assert_eq!(super::alternation(["a.b", "a"]), r"a(?:\.b|)");
        assert_eq!(super::alternation(Vec::<&str>::new()), "");
    }

    /// Matches and groups of the tree and the flat list agree, with and
    /// without case folding, on words and texts from a small alphabet that
    /// makes prefixes, case variants, spaces and non-ASCII letters collide.
    #[test]
    fn alternation_matches_like_the_flat_list() {
        fn agree(words: Vec<u8>, text: Vec<u8>) -> bool {
            const ABC: [&str; 7] = ["a", "b", "A", " ", "\u{e9}", "\u{c9}", "-"];
            let pick = |b: &u8| ABC[*b as usize % ABC.len()];
            let words: Vec<String> = words
                .split(|b| *b % 11 == 0)
                .map(|w| w.iter().map(pick).collect::<String>())
                .filter(|w| !w.is_empty())
                .take(12)
                .collect();
            if words.is_empty() {
                return true;
            }
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            let text: String = text.iter().map(pick).collect();
            ["", "(?i)"].iter().all(|flags| {
                let a = regex::Regex::new(&format!("{flags}(?P<w>{})", super::alternation(&refs)));
                let b = regex::Regex::new(&format!("{flags}(?P<w>{})", flat(&refs)));
                let (Ok(a), Ok(b)) = (a, b) else { return false };
                let spans = |re: &regex::Regex| -> Vec<(usize, usize)> {
                    re.captures_iter(&text)
                        .filter_map(|c| c.name("w").map(|m| (m.start(), m.end())))
                        .collect()
                };
                spans(&a) == spans(&b)
            })
        }
        quickcheck::QuickCheck::new()
            .tests(2000)
            .quickcheck(agree as fn(Vec<u8>, Vec<u8>) -> bool);
    }

    /// Every pattern's ASCII twin agrees with the pattern as written on the
    /// bundled articles (whole, per sentence, and per suffix for anchored
    /// patterns) and on text written to trip edge cases.
    #[test]
    fn ascii_twins_agree_with_the_patterns_as_written() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut texts: Vec<String> = Vec::new();
        for dir in ["seeds", "dev"] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            for p in paths {
                texts.push(crate::text::Folded::new(&std::fs::read_to_string(p).unwrap()).text);
            }
        }
        texts.push(
            "KILLED 12 SOLDIERS. Kk Ss sS: the army's \"repelled\" it; 3,000 or so. \
             \tFor more updates, follow us on X. (c) 2024 copyright.\n\
             The Group said it was behind the attack, which killed nearly 100 people.\n\
             Col. Ali said that 20 were killed; Sunday's raid, 4 August 2019, two days ago.\n\
             \x7f\x00 \x0b weird_under_score and \\B \\b test-case k-i-l-l-e-d."
                .to_string(),
        );
        // Build the engine and run it once over everything, so every lazily
        // compiled pattern is registered.
        let ex = Extractor::builder()
            .disable_rule("repelled/verb")
            .build()
            .unwrap();
        for t in &texts {
            ex.extract(&Document::new("t", t.as_str()));
        }
        let mut hays: Vec<&str> = Vec::new();
        for t in &texts {
            hays.push(t);
            for s in crate::text::segment(t) {
                hays.push(&t[s.start..s.end]);
            }
        }
        let tail = &texts[texts.len() - 1];
        for i in (0..tail.len()).step_by(7) {
            hays.push(&tail[i..]);
        }
        assert!(crate::pattern::tests::check_registered(&hays) > 1000);
        // The same texts with non-ASCII letters and signs worked in: the
        // words the rule prefilter requires hold there too.
        let unicode: Vec<String> = texts
            .iter()
            .map(|t| {
                t.replace("ed ", "\u{e9}d ")
                    .replace(" the ", " \u{1f600}the\u{259} ")
                    .replace("KILLED", "K\u{130}LLED")
            })
            .collect();
        let hays: Vec<&str> = unicode.iter().map(String::as_str).collect();
        assert!(crate::pattern::tests::check_required_on_unicode(&hays) > 10);
    }
}
