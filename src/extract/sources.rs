//! Sources and attribution: named speakers with role and title, unnamed
//! ones ("a resident of Kayes", "a security source"), organisations that
//! speak, the channel, and the reporting frames ("X said that ...", "...,
//! X said", "according to X") that give each claim its claimant.

use crate::pattern::Regex;
use std::collections::HashMap;

use once_cell::sync::Lazy;

use super::actors::Class;
use super::Ctx;
use crate::lexicon::gazetteer::Gazetteer;
use crate::lexicon::Lexicons;
use crate::model::{Channel, Source, Speech};

/// Compiled source patterns.
#[derive(Debug)]
pub(crate) struct SourceLex {
    named: Regex,
    titled: Regex,
    unnamed: Regex,
    cue: Regex,
    hedge_cues: Vec<String>,
    roles: Vec<(String, String)>,
    channels: Gazetteer<(usize, Channel)>,
    hedges: Regex,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SourceKind {
    Person,
    Unnamed,
    Org,
}

/// A source found in the text, before merging.
#[derive(Clone, Debug)]
pub(crate) struct FoundSource {
    pub(crate) name: Option<String>,
    pub(crate) role: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) actor: Option<usize>,
    pub(crate) channel: Option<Channel>,
    pub(crate) location: Option<String>,
    pub(crate) speech: Option<Speech>,
    pub(crate) mentions: Vec<(usize, usize)>,
    pub(crate) kind: SourceKind,
    pub(crate) spoke: bool,
}

/// A reporting frame: who says what follows (or precedes) a cue.
#[derive(Clone, Debug)]
pub(crate) struct Frame {
    pub(crate) cue_start: usize,
    pub(crate) scope_start: usize,
    pub(crate) scope_end: usize,
    pub(crate) actor: Option<usize>,
    pub(crate) source: Option<usize>,
    pub(crate) hedge: bool,
    /// The frame's scope follows its cue ("X said that ...").
    pub(crate) preposed: bool,
}

const PNAME: &str = r"(?:[A-Z][a-z][\w'-]*|[A-Z]\.)(?:\s+(?:(?:al|el|bin|ben|ould|ag|de|da|dos|van|von|le|la|Abu|Ould|Ag|Ben|Bin)\s+)?(?:[A-Z][\w'-]+|[A-Z]\.)){0,4}";

static SPEAKS_BEFORE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?:said|says|say|told|according\s+to|said\s+by|quoted|quoting)\s+(?:[\w'-]+\s+){0,3}$",
    )
    .expect("compiles")
});

const ADJECTIVAL_NEXT: &[&str] = &[
    "figure",
    "figures",
    "toll",
    "count",
    "tally",
    "statement",
    "account",
    "version",
    "channel",
    "channels",
    "media",
    "news",
    "results",
    "data",
    "confirmation",
    "estimate",
    "estimates",
    "number",
    "death",
    "report",
    "reports",
    "sources",
    "visit",
    "visits",
    "position",
];

const NOT_NAMES: &[&str] = &[
    "Staff",
    "Command",
    "Assembly",
    "Council",
    "Secretary",
    "Directorate",
    "Headquarters",
    "Office",
    "Ministry",
    "Army",
    "Forces",
    "Force",
    "Police",
    "Government",
    "Said",
    "Says",
    "The",
    "In",
    "On",
    "At",
];

fn alternation(words: impl Iterator<Item = String>) -> String {
    let mut w: Vec<String> = words
        .map(|w| {
            regex::escape(&w)
                .replace("\\ ", r"\s+")
                .replace(' ', r"\s+")
        })
        .collect();
    w.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    w.dedup();
    w.join("|")
}

impl SourceLex {
    pub(crate) fn new(lex: &Lexicons) -> SourceLex {
        let titles = alternation(lex.titles.iter().cloned());
        let named_roles = alternation(lex.roles.iter().filter(|r| r.2).map(|r| r.0.clone()));
        let unnamed_roles = alternation(lex.roles.iter().filter(|r| !r.2).map(|r| r.0.clone()));
        let named = Regex::new(&format!(
            r"\b(?P<role>(?i:{named_roles}))(?:\s+(?:of|in|from|for)\s+(?P<org>[^,.;\x22]{{2,60}}?))?,?\s+(?:(?P<title>{titles})\s+)?(?P<name>{PNAME})"
        ))
        .expect("named-source pattern compiles");
        let titled = Regex::new(&format!(
            r"\b(?P<title>{titles})\s+(?P<name>{PNAME})(?:,\s+(?:the\s+|a\s+)?(?P<role>(?i:{named_roles}))(?:\s+(?:of|for)\s+(?P<org>[^,.;]{{2,60}}?))?(?:[,.;]|\s))?"
        ))
        .expect("titled-source pattern compiles");
        let unnamed = Regex::new(&format!(
            r"\b(?P<lead>(?i:an?|one|the|two|three|several|some|other|many|local|independent)\s+)?(?P<adj>(?:[\w'-]+\s+){{0,2}}?)(?P<role>(?i:{unnamed_roles}))\b(?:\s+(?:of|from|in)\s+(?P<loc>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))?"
        ))
        .expect("unnamed-source pattern compiles");
        let cue_words = alternation(lex.cues.iter().map(|c| c.0.clone()));
        let cue = Regex::new(&format!(
            r"\b(?:(?P<acc>according\s+to)|(?P<asby>as\s+(?:stated|reported|claimed|said|announced|confirmed)\s+by)|(?P<verb>{cue_words}))\b"
        ))
        .expect("cue pattern compiles");
        let channels = Gazetteer::new(
            lex.channels
                .iter()
                .enumerate()
                .map(|(i, (w, c))| (w.clone(), (i, *c))),
        );
        let hedges = Regex::new(&format!(
            r"(?i)\b(?:{})\b",
            alternation(lex.hedges.iter().cloned())
        ))
        .expect("hedge pattern compiles");
        SourceLex {
            named,
            titled,
            unnamed,
            cue,
            hedge_cues: lex
                .cues
                .iter()
                .filter(|c| c.1)
                .map(|c| c.0.clone())
                .collect(),
            roles: lex
                .roles
                .iter()
                .map(|r| (r.0.to_lowercase(), r.1.clone()))
                .collect(),
            channels,
            hedges,
        }
    }

    fn role_of(&self, written: &str) -> String {
        let w = written
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        self.roles
            .iter()
            .find(|r| r.0 == w)
            .map_or(w, |r| r.1.clone())
    }

    /// Whether the sentence `text` hedges what it says.
    pub(crate) fn hedged(&self, text: &str) -> bool {
        self.hedges.is_match(text)
    }
}

fn clean_name(name: &str) -> Option<String> {
    let toks: Vec<&str> = name.split_whitespace().collect();
    let keep: Vec<&str> = toks
        .iter()
        .take_while(|t| !NOT_NAMES.contains(t))
        .copied()
        .collect();
    let n = keep.join(" ");
    let n = n.trim_end_matches("'s").to_string();
    (!n.is_empty()).then_some(n)
}

fn surname(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

/// Whether a word after a cue opens reported content rather than an object
/// ("put the toll at" yes, "put on trial" no).
fn cue_ok(cue: &str, rest: &str) -> bool {
    static PUT: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^\s+(?:the|its|their|his|her|a|an)\s+(?:own\s+)?(?:\w+\s+){0,2}?(?:toll|dead|death\s+toll|losses|number|figures?|casualties|tally|account|details|video|statement|communique|footage|audio|recording|message)\b")
            .expect("compiles")
    });
    match cue {
        "put" | "puts" | "putting" | "gave" | "released" | "issued" | "published" => {
            PUT.is_match(rest)
        }
        "claimed" | "claims" | "claim" | "claiming" => !rest
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("responsibility"),
        _ => true,
    }
}

/// Finds people and unnamed sources, reporting frames and channels.
pub(crate) fn run(ctx: &mut Ctx<'_, '_>) {
    let lex = &ctx.engine.sources;
    let text = ctx.text;
    // Named people.
    let mut people: Vec<FoundSource> = Vec::new();
    // Name spans taken so far; they never overlap, so the one that could
    // overlap a new name is the last one starting before its end.
    let mut taken: std::collections::BTreeMap<usize, usize> = Default::default();
    for c in lex
        .named
        .captures_iter(text)
        .chain(lex.titled.captures_iter(text))
    {
        let (Some(m), Some(name)) = (c.get(0), c.name("name")) else {
            continue;
        };
        if taken
            .range(..name.end())
            .next_back()
            .is_some_and(|(_, &e)| name.start() < e)
        {
            continue;
        }
        let Some(clean) = clean_name(name.as_str()) else {
            continue;
        };
        // Mentions are sorted and do not overlap: only the last one starting
        // at or before the name can hold it.
        let ms = &ctx.actors.mentions;
        let k = ms.partition_point(|a| a.start <= name.start());
        if k > 0 && ms[k - 1].actor.is_some() && name.start() < ms[k - 1].end {
            continue;
        }
        if ctx.sentence_at(m.start()).is_none() {
            continue;
        }
        let title = c.name("title").map(|t| t.as_str().to_string());
        let role = c.name("role").map(|r| lex.role_of(r.as_str()));
        let start = c
            .name("role")
            .map_or(m.start(), |r| r.start().min(m.start()));
        // The actor: a mention in the org phrase, the role, or just before it.
        let org = c.name("org").map(|o| (o.start(), o.end()));
        let (ws, we) = match org {
            Some((s, e)) => (s, e),
            None => (
                start
                    .saturating_sub(45)
                    .max(ctx.sentences[ctx.sentence_at(m.start()).unwrap_or(0)].start),
                c.name("role").map_or(start, |r| r.end()),
            ),
        };
        let mut actor = None;
        let ms = &ctx.actors.mentions;
        let (lo, hi) = (
            ms.partition_point(|mm| mm.end <= ws),
            ms.partition_point(|mm| mm.start < we),
        );
        for (mi, mm) in ms.iter().enumerate().take(hi).skip(lo).rev() {
            if mm.end <= ws
                || mm.start >= we
                || matches!(
                    mm.class,
                    Some(Class::Pronoun | Class::Person | Class::Relative)
                )
            {
                continue;
            }
            if org.is_none()
                && mm.end + 3 < c.name("role").map_or(start, |r| r.start())
                && mm.end < start.saturating_sub(3)
            {
                continue;
            }
            actor = ctx.resolve(mi);
            if actor.is_some() {
                break;
            }
        }
        if actor.is_none() {
            let t = title.as_deref().unwrap_or("");
            let r = role.as_deref().unwrap_or("");
            if matches!(
                t,
                "President" | "Prime Minister" | "Vice-President" | "Vice President"
            ) || r == "minister"
            {
                actor = ctx.resolve_class(Class::Gov, m.start());
            } else if !t.is_empty()
                && !matches!(
                    t,
                    "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Dr" | "Dr." | "Sheikh" | "Imam"
                )
            {
                actor = ctx.resolve_class(Class::State, m.start());
            }
        }
        taken.insert(name.start(), name.end());
        people.push(FoundSource {
            name: Some(clean),
            role,
            title,
            actor,
            channel: None,
            location: None,
            speech: None,
            mentions: vec![(start, m.end().max(name.end()))],
            kind: SourceKind::Person,
            spoke: false,
        });
    }
    people.sort_by_key(|p| p.mentions[0].0);
    // The named people's mentions, sorted by start, may overlap: keep the
    // furthest end so far to tell whether any overlaps a span. (Unnamed
    // sources pushed below lie inside earlier matches of the same pattern
    // and cannot overlap a later one.)
    let named_people = people.len();
    let reach = furthest_ends(&people);
    for c in lex.unnamed.captures_iter(text) {
        let (Some(m), Some(role)) = (c.get(0), c.name("role")) else {
            continue;
        };
        let k = people[..named_people].partition_point(|p| p.mentions[0].0 < m.end());
        if k > 0 && reach[k - 1] > m.start() {
            continue;
        }
        let Some(si) = ctx.sentence_at(m.start()) else {
            continue;
        };
        let sent = ctx.sentences[si];
        let lead_text = super::before(text, role.start(), 40).to_ascii_lowercase();
        if lead_text.trim_end().ends_with("same") || lead_text.trim_end().ends_with("that") {
            continue;
        }
        // "the official toll": a role word used as an adjective.
        let next = text[m.end()..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if ADJECTIVAL_NEXT.contains(&next.trim_matches(|c: char| !c.is_alphanumeric())) {
            continue;
        }
        let after = &text[m.end()..sent.end.max(m.end())];
        let speaks_after = lex
            .cue
            .find(super::after(after, 0, 120))
            .is_some_and(|cm| !after[..cm.start()].contains(['.', ';']));
        let speaks_before = SPEAKS_BEFORE.is_match(&lead_text);
        if !(speaks_after || speaks_before) {
            continue;
        }
        let adj = c.name("adj").map_or("", |a| a.as_str()).trim();
        let location = c
            .name("loc")
            .map(|l| l.as_str().to_string())
            .or_else(|| {
                adj.split_whitespace()
                    .rev()
                    .find(|w| w.starts_with(|ch: char| ch.is_uppercase()))
                    .map(String::from)
            })
            .filter(|l| !l.starts_with("The") && !super::locations_not_place(l));
        let start = c.name("lead").map_or(
            c.name("adj").map_or(role.start(), |a| {
                if a.as_str().is_empty() {
                    role.start()
                } else {
                    a.start()
                }
            }),
            |l| l.start(),
        );
        people.push(FoundSource {
            name: None,
            role: Some(lex.role_of(role.as_str())),
            title: None,
            actor: None,
            channel: None,
            location,
            speech: None,
            mentions: vec![(start, m.end())],
            kind: SourceKind::Unnamed,
            spoke: true,
        });
    }
    people.sort_by_key(|p| p.mentions[0].0);
    ctx.people_reach = furthest_ends(&people);
    ctx.last_person = people
        .iter()
        .enumerate()
        .scan(None, |last, (i, p)| {
            if p.kind == SourceKind::Person {
                *last = Some(i);
            }
            Some(*last)
        })
        .collect();
    ctx.people = people.len();
    ctx.sources = people;

    // Reporting frames, sentence by sentence.
    for si in 0..ctx.sentences.len() {
        let sent = ctx.sentences[si];
        let stext = &text[sent.start..sent.end];
        let hedged_sentence = lex.hedged(stext);
        let mut sentence_frames: Vec<Frame> = Vec::new();
        for cm in lex.cue.captures_iter(stext) {
            let Some(whole) = cm.get(0) else { continue };
            let (cs, ce) = (sent.start + whole.start(), sent.start + whole.end());
            let verb = cm.name("verb").map(|v| v.as_str());
            if let Some(v) = verb {
                if !cue_ok(v, &text[ce..sent.end]) || NEGATED.is_match(super::before(text, cs, 24))
                {
                    continue;
                }
            }
            let participle = verb.is_some_and(|v| v.ends_with("ing"));
            let hedge =
                verb.is_some_and(|v| lex.hedge_cues.iter().any(|h| h == v)) || hedged_sentence;
            let frame = if cm.name("acc").is_some() || cm.name("asby").is_some() {
                // Speaker after the cue; scope: the rest of the sentence.
                let spk = speaker_in(ctx, ce, (ce + 80).min(sent.end), true);
                spk.map(|(actor, source)| Frame {
                    cue_start: cs,
                    scope_start: sent.start,
                    scope_end: sent.end,
                    actor,
                    source,
                    hedge,
                    preposed: false,
                })
            } else {
                postposed(ctx, sent.start, sent.end, cs, ce)
                    .map(|(scope_end, actor, source)| Frame {
                        cue_start: cs,
                        scope_start: sent.start,
                        scope_end,
                        actor,
                        source,
                        hedge,
                        preposed: false,
                    })
                    .or_else(|| {
                        let clause = clause_start(text, sent.start, cs);
                        // A participle ("..., adding that") has the subject of
                        // the report before it.
                        let inherited = sentence_frames.last().map(|f| (f.actor, f.source));
                        let spk = if participle && inherited.is_some() {
                            inherited
                        } else {
                            speaker_in(ctx, clause, cs, false)
                                .or(inherited)
                                .or_else(|| speaker_in(ctx, sent.start, cs, false))
                        };
                        spk.map(|(actor, source)| Frame {
                            cue_start: cs,
                            scope_start: ce,
                            scope_end: sent.end,
                            actor,
                            source,
                            hedge,
                            preposed: true,
                        })
                    })
            };
            if let Some(f) = frame {
                sentence_frames.push(f.clone());
                ctx.frames.push(f);
            }
        }
        // Who spoke in this sentence: mark them, give them the channel.
        let channel = lex
            .channels
            .find_all(stext)
            .into_iter()
            .filter(|(s, _, _)| {
                let lead = super::before(stext, *s, 20).to_ascii_lowercase();
                !(lead.contains("circulating")
                    || lead.contains("spread")
                    || lead.contains("rumour"))
            })
            .min_by_key(|(_, _, (i, _))| *i)
            .map(|(_, _, (_, c))| *c);
        let direct = stext.contains('"');
        let mut speakers: Vec<(Option<usize>, Option<usize>, usize)> = sentence_frames
            .iter()
            .map(|f| (f.actor, f.source, f.cue_start))
            .collect();
        if speakers.is_empty() && channel.is_some() {
            if let Some((actor, source)) = speaker_in(ctx, sent.start, sent.end, false) {
                speakers.push((actor, source, sent.start));
            }
        }
        for (actor, source, at) in speakers {
            let idx = match source {
                Some(i) => Some(i),
                None => actor.map(|a| org_source(ctx, a, at)),
            };
            if let Some(i) = idx {
                let s = &mut ctx.sources[i];
                s.spoke = true;
                if s.channel.is_none() {
                    s.channel = channel;
                }
                if s.speech.is_none() || direct {
                    s.speech = Some(if direct {
                        Speech::Direct
                    } else {
                        Speech::Indirect
                    });
                }
            }
        }
    }
}

static NEGATED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:not|n't|never|no|neither|nor|yet\s+to|refused\s+to|declined\s+to)\s+(?:\w+\s+)?$").expect("compiles")
});

/// For sources sorted by the start of their one mention, the furthest
/// mention end among the first `i + 1`, for each `i`.
fn furthest_ends(sources: &[FoundSource]) -> Vec<usize> {
    sources
        .iter()
        .scan(0, |reach, s| {
            *reach = (*reach).max(s.mentions[0].1);
            Some(*reach)
        })
        .collect()
}

/// The org source for actor `a`, created on first use.
fn org_source(ctx: &mut Ctx<'_, '_>, a: usize, at: usize) -> usize {
    if let Some(&i) = ctx.org_sources.get(&a) {
        return i;
    }
    let k = ctx.actors.mentions.partition_point(|m| m.start <= at);
    let m = ctx.actors.mentions[..k]
        .iter()
        .rev()
        .find(|m| m.actor == Some(a))
        .map_or((at, at), |m| (m.start, m.end));
    ctx.org_sources.insert(a, ctx.sources.len());
    ctx.sources.push(FoundSource {
        name: Some(ctx.entry(a).name.clone()),
        role: None,
        title: None,
        actor: Some(a),
        channel: None,
        location: None,
        speech: None,
        mentions: vec![m],
        kind: SourceKind::Org,
        spoke: true,
    });
    ctx.sources.len() - 1
}

/// Where the clause holding `pos` starts: after the last ";", ", but",
/// ", and", ", while", ", although" or ", though" before it.
fn clause_start(text: &str, sent_start: usize, pos: usize) -> usize {
    static B: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?:;|,\s+(?:but|and|while|although|though|whereas|yet)\b|\s+but\b)")
            .expect("compiles")
    });
    B.find_iter(&text[sent_start..pos])
        .last()
        .map_or(sent_start, |m| sent_start + m.end())
}

/// A post-posed or inverted frame: "..., X said." / `"...," said X`.
/// Returns the end of the scope and the speaker.
fn postposed(
    ctx: &Ctx<'_, '_>,
    ss: usize,
    se: usize,
    cs: usize,
    ce: usize,
) -> Option<(usize, Option<usize>, Option<usize>)> {
    let text = ctx.text;
    let lead = text[ss..cs].trim_end();
    // Inverted: `"...," said a resident` or `..., said the army`.
    if lead.ends_with(",\"") || lead.ends_with('"') || lead.ends_with(',') {
        if let Some(spk) = speaker_in(ctx, ce, (ce + 30).min(se), true) {
            if spk.1.is_some() || named_or_generic_at(ctx, ce, (ce + 30).min(se)) {
                return Some((se, spk.0, spk.1));
            }
        }
    }
    // Post-posed: the speaker stands between the last comma or quote and
    // the cue. Walk back over up to three commas.
    let mut b = cs;
    for _ in 0..3 {
        let seg = &text[ss..b];
        let Some(i) = seg.rfind([',', '"']) else {
            break;
        };
        b = ss + i;
        if b <= ss || text[b + 1..cs].split_whitespace().count() > 12 {
            break;
        }
        if let Some(spk) = speaker_in(ctx, b + 1, cs, false) {
            return Some((se, spk.0, spk.1));
        }
    }
    None
}

/// Whether a named or generic actor (not a pronoun) starts in `a..b`.
fn named_or_generic_at(ctx: &Ctx<'_, '_>, a: usize, b: usize) -> bool {
    let ms = &ctx.actors.mentions;
    let (lo, hi) = (
        ms.partition_point(|m| m.start < a),
        ms.partition_point(|m| m.start < b),
    );
    ms[lo..hi.max(lo)].iter().any(|m| {
        m.start >= a
            && m.start < b
            && (m.actor.is_some()
                || matches!(
                    m.class,
                    Some(Class::State | Class::Gov | Class::Group | Class::Rebels)
                ))
    })
}

/// The speaker named in `a..b`: a person or unnamed source first, then a
/// named actor, then a generic reference or pronoun, then a country named
/// for its government. `near` takes the first candidate after `a` only if
/// it starts within a few words.
pub(crate) fn speaker_in(
    ctx: &Ctx<'_, '_>,
    a: usize,
    b: usize,
    near: bool,
) -> Option<(Option<usize>, Option<usize>)> {
    if a >= b {
        return None;
    }
    let limit = if near { (a + 30).min(b) } else { b };
    // The first person or unnamed source with a mention in range. They lead
    // `ctx.sources`, sorted by the start of their one mention.
    let people = &ctx.sources[..ctx.people.min(ctx.sources.len())];
    let first = if near {
        let i = people.partition_point(|s| s.mentions[0].0 < a);
        (i < people.len() && people[i].mentions[0].0 < limit).then_some(i)
    } else {
        // Among those starting before `limit`, the first ending after `a`:
        // where the furthest end so far first passes `a`.
        let k = people.partition_point(|s| s.mentions[0].0 < limit);
        let j = ctx.people_reach[..people.len()].partition_point(|&r| r <= a);
        (j < k).then_some(j)
    };
    if let Some(i) = first {
        return Some((people[i].actor, Some(i)));
    }
    let ms = &ctx.actors.mentions;
    let lo = ms.partition_point(|m| m.start < a);
    let hi = ms.partition_point(|m| m.start < limit);
    let range = lo..hi;
    if let Some(i) = range
        .clone()
        .find(|&i| ms[i].actor.is_some() && !ms[i].modifier)
    {
        return Some((ctx.resolve(i), None));
    }
    for i in range.clone() {
        if matches!(
            ms[i].class,
            Some(Class::State | Class::Gov | Class::Group | Class::Rebels)
        ) {
            if let Some(a) = ctx.resolve(i) {
                return Some((Some(a), None));
            }
        }
    }
    for i in range.clone() {
        match ms[i].class {
            Some(Class::Person) => {
                // The person named last before the pronoun.
                let k = people.partition_point(|s| s.mentions[0].0 < ms[i].start);
                if let Some(si) = k.checked_sub(1).and_then(|k| ctx.last_person[k]) {
                    return Some((people[si].actor, Some(si)));
                }
            }
            Some(Class::Pronoun | Class::Relative) => {
                if let Some(a) = ctx.resolve(i) {
                    return Some((Some(a), None));
                }
            }
            _ => {}
        }
    }
    if let Some(i) = range.clone().find(|&i| ms[i].actor.is_some()) {
        return Some((ctx.resolve(i), None));
    }
    // A country that speaks is its government: "Kenya has not said ...".
    let countries = &ctx.engine.places.countries;
    let from = ctx.places.partition_point(|p| p.start < a);
    if let Some(p) = ctx.places[from..]
        .iter()
        .take_while(|p| p.start < limit)
        .find(|p| p.kind == crate::LocationKind::Country)
    {
        if let Some(ci) = countries.iter().position(|c| Some(c) == p.country.as_ref()) {
            let lead = &ctx.text[a..p.start];
            if lead.split_whitespace().count() <= 3 && !ctx.text[p.end..].starts_with("'s") {
                return Some((Some(ctx.engine.actors.gov_of[ci]), None));
            }
        }
    }
    None
}

/// For each found source, the source it merges into (itself when it is
/// the first of its kind). Each source joins the first earlier one of its
/// kind that it matches and that joined none (a root): people by surname;
/// unnamed sources by role and compatible location, and any "source" with
/// the first "... source"; organisations by actor, or by their
/// spokesperson when they have one. The first root of each key is kept in
/// a map, so this is one pass.
fn merge_targets(found: &[FoundSource]) -> Vec<usize> {
    let mut target: Vec<usize> = (0..found.len()).collect();
    let mut person_roots: HashMap<&str, usize> = HashMap::new();
    let mut org_roots: HashMap<Option<usize>, usize> = HashMap::new();
    // Per role: the first root, the first with no location, the first per location.
    let mut role_roots: HashMap<Option<&str>, usize> = HashMap::new();
    let mut role_roots_unplaced: HashMap<Option<&str>, usize> = HashMap::new();
    let mut role_roots_at: HashMap<(Option<&str>, &str), usize> = HashMap::new();
    let mut first_source_role: Option<usize> = None;
    for i in 0..found.len() {
        let s = &found[i];
        let role = s.role.as_deref();
        let into = match s.kind {
            SourceKind::Person => s
                .name
                .as_deref()
                .and_then(|n| person_roots.get(surname(n)).copied()),
            SourceKind::Org => org_roots.get(&s.actor).copied(),
            SourceKind::Unnamed => {
                let same_role = match s.location.as_deref() {
                    None => role_roots.get(&role).copied(),
                    Some(l) => [
                        role_roots_unplaced.get(&role).copied(),
                        role_roots_at.get(&(role, l)).copied(),
                    ]
                    .into_iter()
                    .flatten()
                    .min(),
                };
                let any_source = first_source_role.filter(|_| role == Some("source"));
                same_role.into_iter().chain(any_source).min()
            }
        };
        match into {
            Some(j) => target[i] = j,
            None => match s.kind {
                SourceKind::Person => {
                    if let Some(n) = s.name.as_deref() {
                        person_roots.entry(surname(n)).or_insert(i);
                    }
                }
                SourceKind::Org => {
                    org_roots.entry(s.actor).or_insert(i);
                }
                SourceKind::Unnamed => {
                    role_roots.entry(role).or_insert(i);
                    match s.location.as_deref() {
                        None => {
                            role_roots_unplaced.entry(role).or_insert(i);
                        }
                        Some(l) => {
                            role_roots_at.entry((role, l)).or_insert(i);
                        }
                    }
                    if role.is_some_and(|r| r.ends_with("source")) {
                        first_source_role.get_or_insert(i);
                    }
                }
            },
        }
    }
    // An organisation's own voice is its spokesperson's, when it has one.
    let mut spokespeople: HashMap<Option<usize>, usize> = HashMap::new();
    for (j, p) in found.iter().enumerate() {
        if target[j] == j
            && p.kind == SourceKind::Person
            && p.role.as_deref() == Some("spokesperson")
        {
            spokespeople.entry(p.actor).or_insert(j);
        }
    }
    for i in 0..found.len() {
        if found[i].kind == SourceKind::Org && target[i] == i {
            if let Some(&j) = spokespeople.get(&found[i].actor) {
                target[i] = j;
            }
        }
    }
    target
}

/// Merges and filters the found sources into the contract's `Source`s, and
/// maps each found source to its output index.
pub(crate) fn finish(
    ctx: &Ctx<'_, '_>,
    id_of: &dyn Fn(usize) -> String,
) -> (Vec<Source>, Vec<Option<usize>>) {
    let found = &ctx.sources;
    let target = merge_targets(found);
    let mut spoke = vec![false; found.len()];
    for (k, s) in found.iter().enumerate() {
        if s.spoke {
            spoke[target[k]] = true;
        }
    }
    let keep = |j: usize| {
        let s = &found[j];
        match s.kind {
            SourceKind::Person => {
                spoke[j] || s.title.is_some() || s.role.as_deref() == Some("spokesperson")
            }
            _ => true,
        }
    };
    let mut out: Vec<Source> = Vec::new();
    let mut index: Vec<Option<usize>> = vec![None; found.len()];
    let mut out_of_root: Vec<Option<usize>> = vec![None; found.len()];
    for i in 0..found.len() {
        let root = target[i];
        if !keep(root) {
            continue;
        }
        let s = &found[i];
        let spans: Vec<crate::Span> = s
            .mentions
            .iter()
            .map(|&(a, b)| ctx.folded.span(a, b))
            .collect();
        match out_of_root[root] {
            Some(o) => {
                let t = &mut out[o];
                t.mentions.extend(spans);
                if t.channel.is_none() {
                    t.channel = s.channel;
                }
                if t.title.is_none() {
                    t.title = s.title.clone();
                }
                if t.role.is_none() {
                    t.role = s.role.clone();
                }
                if t.actor.is_none() {
                    t.actor = s.actor.map(id_of);
                }
                if t.location.is_none() {
                    t.location = s.location.clone();
                }
                if t.speech.is_none() {
                    t.speech = s.speech;
                }
                index[i] = Some(o);
            }
            None => {
                out_of_root[root] = Some(out.len());
                index[i] = Some(out.len());
                out.push(Source {
                    name: s.name.clone(),
                    role: s.role.clone(),
                    title: s.title.clone(),
                    actor: s.actor.map(id_of),
                    channel: s.channel,
                    location: s.location.clone(),
                    speech: s.speech,
                    mentions: spans,
                });
            }
        }
    }
    for m in &mut out {
        m.mentions.sort();
        m.mentions.dedup();
    }
    (out, index)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The merge as first written: a scan of every earlier source per source.
    fn merge_targets_by_scan(found: &[FoundSource]) -> Vec<usize> {
        let mut target: Vec<usize> = (0..found.len()).collect();
        for i in 0..found.len() {
            let s = &found[i];
            let into = (0..i).find(|&j| {
                let t = &found[j];
                if target[j] != j {
                    return false;
                }
                match (s.kind, t.kind) {
                    (SourceKind::Person, SourceKind::Person) => {
                        matches!((&s.name, &t.name), (Some(a), Some(b)) if surname(a) == surname(b))
                    }
                    (SourceKind::Unnamed, SourceKind::Unnamed) => {
                        s.role == t.role
                            && (s.location.is_none()
                                || t.location.is_none()
                                || s.location == t.location)
                            || s.role.as_deref() == Some("source")
                                && t.role.as_deref().is_some_and(|r| r.ends_with("source"))
                    }
                    (SourceKind::Org, SourceKind::Org) => s.actor == t.actor,
                    _ => false,
                }
            });
            if let Some(j) = into {
                target[i] = j;
            }
        }
        for i in 0..found.len() {
            if found[i].kind == SourceKind::Org && target[i] == i {
                if let Some(j) = (0..found.len()).find(|&j| {
                    target[j] == j
                        && found[j].kind == SourceKind::Person
                        && found[j].actor == found[i].actor
                        && found[j].role.as_deref() == Some("spokesperson")
                }) {
                    target[i] = j;
                }
            }
        }
        target
    }

    #[test]
    fn merging_by_maps_agrees_with_the_scan() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        let pick = |k: usize, xs: &[&str]| xs.get(k).map(|s| s.to_string());
        for _ in 0..2000 {
            let n = next(12);
            let found: Vec<FoundSource> = (0..n)
                .map(|_| FoundSource {
                    name: pick(next(4), &["Ali Sow", "Moussa Sow", "Ali Traore"]),
                    role: pick(
                        next(6),
                        &[
                            "source",
                            "security source",
                            "resident",
                            "spokesperson",
                            "official",
                        ],
                    ),
                    title: None,
                    actor: [None, Some(1), Some(2)][next(3)],
                    channel: None,
                    location: pick(next(3), &["Gao", "Kidal"]),
                    speech: None,
                    mentions: vec![(0, 1)],
                    kind: [SourceKind::Person, SourceKind::Unnamed, SourceKind::Org][next(3)],
                    spoke: next(2) == 0,
                })
                .collect();
            assert_eq!(
                merge_targets(&found),
                merge_targets_by_scan(&found),
                "{found:#?}"
            );
        }
    }
}
