//! Sources and attribution: named speakers with role and title, unnamed
//! ones ("a resident of Kayes", "a security source"), organisations that
//! speak, the channel, and the reporting frames ("X said that ...", "...,
//! X said", "according to X") that give each claim its claimant.

use std::collections::HashMap;

use crate::pattern::Regex;
use once_cell::sync::Lazy;

use super::actors::Class;
use super::Ctx;
use crate::lexicon::gazetteer::Gazetteer;
use crate::lexicon::{Lexicons, WordClasses};
use crate::model::{Channel, Source, Speech};

/// Compiled source patterns.
#[derive(Debug)]
pub(crate) struct SourceLex {
    named: Regex,
    titled: Regex,
    /// A name with its role in apposition: "Musa Ibrahim, a resident",
    /// "Sani Dauda, the police spokesman".
    appositive: Regex,
    /// A name alone before a reporting verb, an apposition between:
    /// "Amadou Diallo told reporters", "Musa Ibrahim, who runs a shop by
    /// the market, said".
    bare: Regex,
    /// A bare name after its cue, closing a quotation or a clause:
    /// `"...," said Jocelyne Pierre.`
    bare_after: Regex,
    /// Words of roles and common nouns in the lexicons, lowercased: a
    /// capitalised phrase holding one ("Local Residents said") is no name.
    common_words: std::collections::HashSet<String>,
    /// The last word of each role, lowercased (see
    /// [`SourceLex::after_a_role`]).
    role_words: std::collections::HashSet<String>,
    unnamed: Regex,
    pub(super) cue: Regex,
    hedge_cues: Vec<String>,
    roles: Vec<(String, String)>,
    /// The roles that usually come with a name ("spokesman"), lowercased.
    named_roles: std::collections::HashSet<String>,
    channels: Gazetteer<(usize, Channel)>,
    /// Capitals that speak for their country's government (country index).
    capitals: Gazetteer<usize>,
    hedges: Regex,
    /// The word classes of `data/word_classes.tsv`.
    words: WordClasses,
    /// The `described_by` words, each with a space after it.
    described: Vec<String>,
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

const PNAME: &str = r"(?:[A-Z][a-z][\w'-]*|[A-Z]\.)(?:\s+(?:(?:al|el|bin|ben|ould|ag|de|da|dos|van|von|le|la|Abu|Ould|Ag|Ben|Bin)\s+)?(?:(?:al-|el-|ad-|ar-|as-|at-)?[A-Z][\w'-]+|[A-Z]\.)){0,4}";

static SPEAKS_BEFORE: Lazy<Regex> = Lazy::new(|| {
    super::compile(
        r"(?:said|says|say|told|according\s+to|said\s+by|quoted|quoting)\s+(?:[\w'-]+\s+){0,3}$",
    )
    .expect("compiles")
});

/// A verb of describing right after a role: its subject speaks.
static CHARACTERIZES: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"^\s+(?:(?:has|had|also|strongly|swiftly)\s+)?(?:called|described|denounced|condemned|branded|termed|labell?ed|dismissed)\s+(?:the|this|that|it|these|those|them)\b")
        .expect("compiles")
});

/// A party's own side named without the party: "on our side", "on the
/// friendly side", "in our ranks".
pub(super) static OWN_SIDE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"(?i)\b(?:on|from|among)\s+(?:our|the\s+friendly)\s+side\b|\bfriendly\s+(?:side|forces|losses)\b|\b(?:in|among)\s+our\s+(?:own\s+)?ranks\b")
        .expect("compiles")
});

/// Whether a sentence opens with a quote mark (after any markdown).
fn opens_quote(stext: &str) -> bool {
    stext
        .trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
        .starts_with('"')
}

impl SourceLex {
    pub(crate) fn new(lex: &Lexicons) -> SourceLex {
        let titles = super::alternation(lex.titles.iter().cloned());
        // Titles lowercased after "the", as translations from French and
        // Spanish write them: "the major Jean Mbuyi", "the lieutenant-colonel
        // X" (spelled-out titles only: no "Col.", "Mr").
        let lower_titles = super::alternation(
            lex.titles
                .iter()
                .filter(|t| {
                    t.len() >= 5 && t.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
                })
                .map(|t| t.to_lowercase()),
        );
        let named_roles = super::alternation(lex.roles.iter().filter(|r| r.2).map(|r| r.0.clone()));
        // Every role: unnamed sources take the roles that go unnamed, and
        // the others after an indefinite article ("a JNIM commander",
        // checked in `run`); an appositive name takes any of them.
        let all_roles = super::alternation(lex.roles.iter().map(|r| r.0.clone()));
        let named = super::compile(&format!(
            r"\b(?P<role>(?i:{named_roles}))(?:\s+(?:of|in|from|for|to)\s+(?P<org>[^,.;\x22]{{2,60}}?),|,)?\s+(?:(?:(?P<title>(?:{titles})(?:\s+(?:{titles}))?)|[Tt]he\s+(?P<ltitle>{lower_titles}))\s+)?(?P<name>{PNAME})"
        ))
        .expect("named-source pattern compiles");
        let titled = super::compile(&format!(
            r"\b(?:(?P<title>(?:{titles})(?:\s+(?:{titles}))?)|[Tt]he\s+(?P<ltitle>{lower_titles}))\s+(?P<name>{PNAME})(?:,\s+(?:the\s+|a\s+)?(?:[\w-]+'s\s+|(?:[A-Z][\w.-]*\s+){{1,3}})?(?:(?:military|army|police|chief|main|official|senior|top|regional|provincial|district|local|deputy|assistant|state|national)\s+){{0,2}}(?P<role>(?i:{named_roles}))(?:\s+(?:of|for|in)\s+(?P<org>[^,.;]{{2,60}}?))?(?:[,.;]|\s+(?:said|says|told|added|stated|warned)\b))?"
        ))
        .expect("titled-source pattern compiles");
        let unnamed = super::compile(&format!(
            r"\b(?P<lead>(?i:an?|one|the|two|three|several|some|other|many|local|independent)\s+)?(?P<adj>(?:[\w'-]+\s+){{0,2}}?)(?P<role>(?i:{all_roles}))\b(?:\s+(?:of|from|in)\s+(?P<loc>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))?(?:,\s+(?P<uname>{PNAME}),)?"
        ))
        .expect("unnamed-source pattern compiles");
        let cue_words = super::alternation(lex.cues.iter().map(|c| c.0.clone()));
        let cue = super::compile(&format!(
            r"\b(?:(?P<acc>[Aa]ccording\s+to)|(?P<asby>[Aa]s\s+(?:stated|reported|claimed|said|announced|confirmed)\s+by)|(?P<verb>{cue_words}))\b"
        ))
        .expect("cue pattern compiles");
        let channels = Gazetteer::new(
            lex.channels
                .iter()
                .enumerate()
                .map(|(i, (w, c))| (w.clone(), (i, *c))),
        );
        let hedges = super::compile(&format!(
            r"(?i)\b(?:{})\b",
            super::alternation(lex.hedges.iter().cloned())
        ))
        .expect("hedge pattern compiles");
        let appositive = super::compile(&format!(
            r"\b(?P<name>{PNAME}),\s+(?:(?:a|an|the)\s+(?:[\w'-]+\s+){{0,2}}?)?(?P<role>(?i:{all_roles}))\b"
        ))
        .expect("appositive-source pattern compiles");
        let bare = super::compile(&format!(
            r#"\b(?P<name>{PNAME})(?:,\s+[a-z][^,.;"]{{1,100}}?,|,)?\s+(?:said|says|told|added|stated|explained|recalled|wrote)\b"#
        ))
        .expect("bare-name pattern compiles");
        let bare_after = super::compile(&format!(
            r#"(?:,"|,|")\s+(?:said|says|added|explained|recalled|wrote)\s+(?P<name>{PNAME})(?:\s*[,.;]|\s*$)"#
        ))
        .expect("bare-name-after pattern compiles");
        let role_words: std::collections::HashSet<String> = lex
            .roles
            .iter()
            .filter_map(|r| r.0.split_whitespace().next_back())
            .map(str::to_lowercase)
            .collect();
        let common_words = lex
            .roles
            .iter()
            .map(|r| r.0.as_str())
            .chain(lex.subjects.keys().map(String::as_str))
            .flat_map(str::split_whitespace)
            .map(str::to_lowercase)
            .collect();
        let capitals = Gazetteer::with_case(lex.capitals.iter().cloned(), true);
        SourceLex {
            capitals,
            named,
            titled,
            appositive,
            bare,
            bare_after,
            common_words,
            role_words,
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
            named_roles: lex
                .roles
                .iter()
                .filter(|r| r.2)
                .map(|r| r.0.to_lowercase())
                .collect(),
            channels,
            hedges,
            words: lex.word_classes.clone(),
            described: lex
                .word_classes
                .described_by
                .iter()
                .map(|w| format!("{w} "))
                .collect(),
        }
    }

    /// Whether the text before a role (lowercased) ends in a cue that
    /// makes the role its speaker: "said a resident", "told two local
    /// officials". Not when a verb stands between the two, which makes the
    /// role its object: "said gunmen killed 14 villagers" (a word in -ed
    /// of `not_verb` is none: "said an unnamed official").
    fn speaks_before(&self, lead: &str) -> bool {
        SPEAKS_BEFORE.find(lead).is_some_and(|m| {
            !lead[m.start()..].split_whitespace().skip(1).any(|w| {
                w.ends_with("ed") && !self.words.not_verb.iter().any(|x| x == w) || w == "that"
            })
        })
    }

    /// Whether `word` (lowercase, bare) is a noun a role word right before
    /// it qualifies: "the official toll" is no official's.
    fn is_qualified_noun(&self, word: &str) -> bool {
        self.words.qualified_noun.iter().any(|x| x == word)
    }

    /// Whether `lead` (the sentence up to an allegation noun) ends with a
    /// denial of it (`denial_verb`): "denied the", "firmly rejects",
    /// "dismissed".
    fn denied_before(&self, lead: &str) -> bool {
        let lead = lead.trim_end().to_ascii_lowercase();
        let lead = lead
            .strip_suffix(" the")
            .or_else(|| lead.strip_suffix(" these"))
            .or_else(|| lead.strip_suffix(" those"))
            .unwrap_or(&lead);
        let verb = lead.rsplit(' ').next().unwrap_or("");
        self.words.denial_verb.iter().any(|x| x == verb)
    }

    /// Whether `word` (any case) is a noun of a body ("group", "daily").
    fn is_body_noun(&self, word: &str) -> bool {
        self.words.body.iter().any(|b| b.eq_ignore_ascii_case(word))
    }

    /// Whether `lead` ends with a noun of a body: the name after it is the
    /// body's ("the Islamist group Katiba Serma said").
    fn after_a_body_noun(&self, lead: &str) -> bool {
        lead.split_whitespace()
            .next_back()
            .is_some_and(|w| self.is_body_noun(w))
    }

    /// Whether `role` (as recorded) is a state post that serves one place.
    fn is_local_post(&self, role: &str) -> bool {
        self.words.local_post.iter().any(|p| p == role)
    }

    /// Whether `role` (as recorded) speaks for a government.
    fn is_government_role(&self, role: &str) -> bool {
        self.words.government_role.iter().any(|p| p == role)
    }

    /// `name` up to its first word that is no part of a name (a sentence
    /// adverb, a body's noun, a weekday), without a possessive; `None`
    /// when nothing is left ("General Hospital" is no General's name).
    fn clean_name(&self, name: &str) -> Option<String> {
        let keep: Vec<&str> = name
            .split_whitespace()
            .take_while(|t| {
                !self.words.not_name.iter().any(|x| x == t) && !super::dates::is_weekday(t)
            })
            .collect();
        let n = keep.join(" ");
        let n = n.trim_end_matches("'s").to_string();
        (!n.is_empty()).then_some(n)
    }

    fn role_of(&self, written: &str) -> String {
        let w = role_key(written);
        self.roles
            .iter()
            .find(|r| r.0 == w)
            .map_or(w, |r| r.1.clone())
    }

    /// Whether `name`, found with no role or title, reads as a person's
    /// name: two words or more, each capitalised and lowercase after, none
    /// of them a word that stops a name or a role or casualty noun of the
    /// lexicons ("Local Residents", "Security Sources").
    fn may_be_a_bare_name(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        words.len() >= 2
            && words.iter().all(|w| {
                let mut cs = w.chars();
                cs.next().is_some_and(|c| c.is_uppercase())
                    && cs.next().is_some_and(|c| c.is_lowercase())
                    && !self.words.not_name.iter().any(|x| x == w)
                    && !self.words.not_bare_name.iter().any(|x| x == w)
                    && !self.is_body_noun(w)
                    && !super::dates::is_weekday(w)
                    && !self.is_common_noun(w)
            })
    }

    /// Whether `word` is a role or casualty noun of the lexicons, in any
    /// case, singular or plural ("Farmers", "Residents").
    fn is_common_noun(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        self.common_words.contains(&w) || self.common_words.contains(w.trim_end_matches('s'))
    }

    /// Whether `lead` ends with a role, maybe with its place, and a comma
    /// ("A resident, ", "A traditional elder in Mahaday, "): the name after
    /// it is the role's, found with it by the unnamed-source pattern.
    fn after_a_role(&self, lead: &str) -> bool {
        let Some(l) = lead.trim_end().strip_suffix(',') else {
            return false;
        };
        let words: Vec<&str> = l.split_whitespace().collect();
        let role = |w: &str| {
            let w = w.to_lowercase();
            self.role_words.contains(&w) || self.role_words.contains(w.trim_end_matches('s'))
        };
        let place_word = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
        // The role, then "of/from/in" and one or two capitalised words.
        (0..=3).any(|tail| {
            let Some(k) = words.len().checked_sub(tail + 1) else {
                return false;
            };
            let after = &words[k + 1..];
            role(words[k])
                && (after.is_empty()
                    || (matches!(after[0], "of" | "from" | "in")
                        && after.len() >= 2
                        && after[1..].iter().all(place_word)))
        })
    }

    /// Whether the sentence `text` hedges what it says.
    pub(crate) fn hedged(&self, text: &str) -> bool {
        self.hedges.is_match(text)
    }
}

/// A role as the lexicon keys it: lowercase, single spaces.
fn role_key(written: &str) -> String {
    crate::text::lower_key(written)
}

/// Whether "he" or "she" can stand for `source`: a named person, or one
/// person introduced unnamed ("a resident", "an army officer").
fn one_person(ctx: &Ctx<'_, '_>, source: &FoundSource) -> bool {
    match source.kind {
        SourceKind::Person => true,
        SourceKind::Unnamed => source.mentions.first().is_some_and(|&(s, e)| {
            let lead = ctx.text[s..e].split_whitespace().next().unwrap_or("");
            matches!(lead.to_ascii_lowercase().as_str(), "a" | "an" | "one")
        }),
        SourceKind::Org => false,
    }
}

fn surname(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

/// Whether a word after a cue opens reported content rather than an object
/// ("put the toll at" yes, "put on trial" no).
fn cue_ok(cue: &str, rest: &str) -> bool {
    static PUT: Lazy<Regex> = Lazy::new(|| {
        super::compile(r"^\s+(?:the|its|their|his|her|a|an)\s+(?:own\s+)?(?:[\w'-]+\s+){0,2}?(?:toll|dead|death\s+toll|losses|number|figures?|casualties|tally|account|details|video|statement|communique|footage|audio|recording|message)\b")
            .expect("compiles")
    });
    match cue {
        "put" | "puts" | "putting" | "gave" | "released" | "issued" | "published" => {
            PUT.is_match(rest)
        }
        // "their condition is reported as stable": a state, not words.
        "reported" | "reports" => !rest.trim_start().starts_with("as "),
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
    // A place that holds the whole name, not one that is a word of it
    // ("Captain Abdulrahman Bako": Bako is also a town).
    let not_a_place = |c: &crate::pattern::Captures<'_, '_>| {
        c.name("name").is_some_and(|n| {
            let places = &ctx.places;
            let i = places.partition_point(|p| p.end <= n.start());
            places
                .get(i)
                .map_or(true, |p| !(p.start <= n.start() && p.end >= n.end()))
        })
    };
    let named_countries = countries_named(ctx);
    let mut people: Vec<FoundSource> = Vec::new();
    // Names already taken, by start: the patterns may find one person twice.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for c in lex
        .named
        .captures_lines(text)
        // "Burkina Faso, a source said" names a place, not a person; so
        // does "in Imam Sahib" (a title and a name, in form).
        .chain(lex.titled.captures_lines(text).filter(not_a_place))
        // "Farmers, a teacher, two old men": a role or casualty noun alone
        // is no name in apposition.
        .chain(lex.appositive.captures_lines(text).filter(not_a_place).filter(|c| {
            c.name("name").is_some_and(|n| {
                let n = n.as_str();
                n.contains(char::is_whitespace) || !lex.is_common_noun(n)
            })
        }))
        .chain(
            lex.bare
                .captures_lines(text)
                .chain(lex.bare_after.captures_lines(text))
                .filter(not_a_place)
                .filter(|c| {
                    c.name("name").is_some_and(|n| {
                        lex.may_be_a_bare_name(n.as_str())
                            // "the group led by Ahmad Massoud, said": an
                            // agent after "by" is no subject.
                            && !{
                                let lead = super::before(text, n.start(), 16)
                                    .trim_end()
                                    .to_ascii_lowercase();
                                lead.ends_with(" by")
                                    || lex.words.described_by.iter().any(|w| lead.ends_with(w.as_str()))
                            }
                            && !lex.after_a_role(super::before(text, n.start(), 40))
                            && !lex.after_a_body_noun(super::before(text, n.start(), 40))
                            // With no role or title to tell, a phrase with a
                            // place in it is taken for the place's.
                            && {
                                let places = &ctx.places;
                                let i = places.partition_point(|p| p.end <= n.start());
                                places.get(i).map_or(true, |p| p.start >= n.end())
                            }
                    })
                }),
        )
    {
        let (Some(m), Some(name)) = (c.get(0), c.name("name")) else {
            continue;
        };
        if taken
            .range(..name.end())
            .next_back()
            .is_some_and(|(_, &e)| e > name.start())
        {
            continue;
        }
        let Some(clean) = lex.clean_name(name.as_str()) else {
            continue;
        };
        // A title before a role is an address, no name: "Thank you, Mr.
        // Mayor". (After a role, one word may still be a name's.)
        if c.name("role").is_none()
            && !clean.contains(' ')
            && lex.role_words.contains(&clean.to_lowercase())
        {
            continue;
        }
        let ms = &ctx.actors.mentions;
        let k = ms.partition_point(|a| a.start <= name.start());
        if ms[..k]
            .iter()
            .rev()
            .take(4)
            .any(|a| a.actor.is_some() && name.start() < a.end)
        {
            continue;
        }
        if ctx.sentence_at(m.start()).is_none() {
            continue;
        }
        // A lowercase title takes a name of two words at least: "the major
        // Jean Mbuyi", not "the general Assembly".
        if c.name("ltitle").is_some() && !clean.contains(' ') {
            continue;
        }
        let title = c
            .name("title")
            .or_else(|| c.name("ltitle"))
            .map(|t| t.as_str().to_string());
        let role = c.name("role").map(|r| lex.role_of(r.as_str()));
        let start = c
            .name("role")
            .map_or(m.start(), |r| r.start().min(m.start()));
        // The actor: a mention in the org phrase, the role, or just before it.
        let org = c.name("org").map(|o| (o.start(), o.end()));
        // The party a role is "for" or "of" follows it: "a spokesman for
        // the provincial government".
        let role_of_party = c.name("role").and_then(|r| {
            let rest = text.get(r.end()..)?;
            let lower = rest.get(..5.min(rest.len()))?.to_ascii_lowercase();
            (lower.starts_with(" for ") || lower.starts_with(" of ") || lower.starts_with(" to "))
                .then(|| {
                    let phrase = super::after(text, r.end(), 48);
                    r.end() + phrase.find([',', ';', '.', '"']).unwrap_or(phrase.len())
                })
        });
        let default_window = || {
            let ws = start
                .saturating_sub(45)
                .max(ctx.sentences[ctx.sentence_at(m.start()).unwrap_or(0)].start);
            // Not inside a quotation before the name: what the speaker said
            // names no party of his ("...flushing out the rebels," said X).
            let ws = text
                .get(ws..start)
                .and_then(|lead| lead.rfind('"'))
                .map_or(ws, |q| ws + q + 1);
            (
                ws,
                role_of_party.unwrap_or_else(|| c.name("role").map_or(start, |r| r.end())),
            )
        };
        // The party in `ws..we`; `in_org` when that is the org phrase.
        let party_in = |ws: usize, we: usize, in_org: bool| -> Option<usize> {
            let lo = ms.partition_point(|x| x.start + 200 < ws);
            let hi = ms.partition_point(|x| x.start < we);
            // Names first ("al-Shabab's military spokesman"), then an owner
            // ("the group's military spokesman"), then generic words.
            let role_start = c.name("role").map_or(start, |r| r.start());
            // A possessive joined to the role is its owner: "Their military
            // spokesman" speaks for whom "their" stands for.
            // ("Their military" is read as a force noun: its possessive is
            // the owner all the same.)
            let owner_pronoun = |mm: &super::actors::Mention| {
                matches!(mm.class, Some(Class::Pronoun | Class::State))
                    && mm.end <= role_start
                    && text.get(mm.start..mm.end).is_some_and(|w| {
                        let w = w.to_ascii_lowercase();
                        w == "its"
                            || w == "their"
                            || w.starts_with("its ")
                            || w.starts_with("their ")
                    })
                    && text.get(mm.end..role_start).is_some_and(|gap| {
                        !gap.contains([',', '.', ';', '"']) && gap.split_whitespace().count() <= 2
                    })
            };
            let mut window: Vec<usize> = (lo..hi).rev().collect();
            window.sort_by_key(|&i| {
                let owner = text.get(ms[i].end..).is_some_and(|t| t.starts_with("'s"))
                    || owner_pronoun(&ms[i]);
                (ms[i].actor.is_none(), !owner)
            });
            for (mi, mm) in window.into_iter().map(|i| (i, &ms[i])) {
                let owner_pronoun = owner_pronoun(mm);
                if mm.end <= ws
                    || mm.start >= we
                    || (!owner_pronoun
                        && matches!(
                            mm.class,
                            Some(Class::Pronoun | Class::Person | Class::Relative)
                        ))
                {
                    continue;
                }
                // Before the role, only an owner joined to it counts: "Army
                // spokesperson", "al-Shabab's military spokesman", not a
                // name in an earlier clause.
                if !in_org
                    && mm.end <= role_start
                    && text[mm.end..role_start].contains([',', '.', ';', '"'])
                {
                    continue;
                }
                let found = if owner_pronoun && mm.class == Some(Class::State) {
                    ctx.resolve_class(Class::Pronoun, mm.start)
                } else {
                    ctx.resolve(mi)
                };
                if let Some(a) = found {
                    return Some(a);
                }
            }
            None
        };
        // The org phrase ("spokesman for the army, X"), else the words
        // before and at the role ("the Taliban police spokesman in Kunduz").
        let mut actor = match org {
            Some((s, e)) => party_in(s, e, true).or_else(|| {
                let (ws, we) = default_window();
                party_in(ws, we, false)
            }),
            None => {
                let (ws, we) = default_window();
                party_in(ws, we, false)
            }
        };
        // "Gen. X, the police commander for Cauca": a police rank, whatever
        // the title.
        // ("Gen. X, the commander of the Antioquia police department".)
        let police_role = c.name("role").is_some_and(|r| {
            text.get(name.end()..r.start())
                .is_some_and(|gap| gap.to_ascii_lowercase().contains("police"))
        }) || org
            .is_some_and(|(s, e)| text[s..e].to_ascii_lowercase().contains("police"));
        // Police ranks ("Inspector General of Police X", "Superintendent
        // X", "DSP X") are the police's.
        let police_title = title.as_deref().is_some_and(|t| {
            t.contains("Police")
                || lex
                    .words
                    .police_title
                    .iter()
                    .any(|p| t == p || t.strip_prefix("Chief ") == Some(p))
        });
        if actor.is_none() && (police_role || police_title) {
            actor = ctx.resolve_class(Class::Police, m.start());
        }
        if actor.is_none() {
            let t = title.as_deref().unwrap_or("");
            let r = role.as_deref().unwrap_or("");
            // The post a role serves: "the spokesman to the state
            // governor", "the Special Adviser to the Governor on Media"
            // speak for the governor's government.
            let served = org.and_then(|(s, e)| {
                text[s..e]
                    .split_whitespace()
                    .map(|w| lex.role_of(w.trim_end_matches("'s")))
                    .find(|p| lex.is_government_role(p))
            });
            // A role of a state's own service: "State security spokesman
            // X", "the federal police commissioner" (the words right
            // before the role). Not "regional" or "provincial": armed
            // groups have regional commanders too.
            let of_state = c.name("role").is_some_and(|ro| {
                super::before(text, ro.start(), 30)
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .any(|w| matches!(w.to_ascii_lowercase().as_str(), "state" | "federal"))
            });
            if matches!(
                t,
                "President" | "Prime Minister" | "Vice-President" | "Vice President"
            ) || lex.is_government_role(r)
                || served.is_some()
                || of_state
            {
                actor = (lex.is_local_post(r)
                    || of_state
                    || served.as_deref().is_some_and(|p| lex.is_local_post(p)))
                .then(|| government_of_place_near(ctx, &named_countries, m.start()))
                .flatten()
                .or_else(|| ctx.resolve_class(Class::Gov, m.start()));
            } else if !t.is_empty() && !lex.words.civil_title.iter().any(|x| x == t) {
                // A rank is the army's, unless the sentence is about an armed
                // group and names no state force ("a rebel commander who
                // calls himself Field Marshal X").
                let si = ctx.sentence_at(m.start()).unwrap_or(0);
                let s0 = ctx.sentences[si].start;
                let lo = ms.partition_point(|x| x.start < s0);
                let hi = ms.partition_point(|x| x.start < m.start());
                let mut group = None;
                let mut state = false;
                let end = hi.min(lo + crate::extract::LOOKBACK);
                for (i, x) in ms.iter().enumerate().take(end).skip(lo) {
                    match (x.actor, x.class) {
                        // A state force named even as an owner ("the Army's
                        // battalion") makes the sentence the army's too.
                        (Some(a), _) => match ctx.entry(a).kind {
                            crate::ActorKind::ArmedGroup if !x.modifier => {
                                group = group.or(Some(a))
                            }
                            crate::ActorKind::StateForce => state = true,
                            _ => {}
                        },
                        (None, Some(Class::Group | Class::Rebels)) => {
                            group = group.or_else(|| ctx.resolve(i));
                        }
                        (None, Some(Class::State)) => state = true,
                        _ => {}
                    }
                }
                // With no force named in the sentence, the rank is the home
                // army's, not the last foreign force named ("Lt-Col X, the
                // spokesperson of the operations sector", in an article on
                // Congo that named Burundian troops before).
                let home = || ctx.main_country.map(|c| ctx.engine.actors.army_of[c]);
                actor = match group {
                    Some(g) if !state => Some(g),
                    None if !state => home().or_else(|| ctx.resolve_class(Class::State, m.start())),
                    _ => ctx.resolve_class(Class::State, m.start()),
                };
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
    // "Brig. Gen. Byaruhanga said", after "Brigadier General Okello
    // Byaruhanga": the surname again, not another person (whose title
    // would otherwise give him the army).
    let mut merged: Vec<FoundSource> = Vec::with_capacity(people.len());
    for p in people {
        let single = p.name.as_deref().filter(|n| !n.contains(' '));
        let earlier = single.and_then(|n| {
            merged.iter().rposition(|q| {
                q.name
                    .as_deref()
                    .is_some_and(|full| full != n && surname(full) == n)
            })
        });
        match earlier {
            Some(i) => {
                let q = &mut merged[i];
                q.mentions.extend(p.mentions);
                if q.role.is_none() {
                    q.role = p.role;
                }
                if q.title.is_none() {
                    q.title = p.title;
                }
                if q.actor.is_none() {
                    q.actor = p.actor;
                }
            }
            None => merged.push(p),
        }
    }
    let mut people = merged;
    // Unnamed sources that speak.
    let named_people = people.len();
    // Later mentions of named people by their post ("the spokesman"):
    // (index in `people`, span).
    let mut aliases: Vec<(usize, (usize, usize))> = Vec::new();
    for c in lex.unnamed.captures_lines(text) {
        let (Some(m), Some(role)) = (c.get(0), c.name("role")) else {
            continue;
        };
        let k = people[..named_people].partition_point(|p| p.mentions[0].0 < m.end());
        if people[..k]
            .iter()
            .rev()
            .take(3)
            .any(|p| p.mentions[0].1 > m.start())
        {
            continue;
        }
        // A capitalised role word inside a party's name is part of it:
        // "Volunteers for the Defence of the Homeland (VDP) said" (not
        // "Somali health officials", a name built on a demonym).
        if role.as_str().starts_with(|ch: char| ch.is_uppercase()) {
            let ms = &ctx.actors.mentions;
            let j = ms.partition_point(|a| a.start <= role.start());
            if ms[..j]
                .iter()
                .rev()
                .take(4)
                .any(|a| a.actor.is_some() && a.end > role.start())
            {
                continue;
            }
        }
        // A capitalised role before another capitalised word is part of a
        // name: "the Sudan Doctors Network", "Resident Coordinator".
        let role_text = role.as_str();
        if role_text.starts_with(|ch: char| ch.is_uppercase())
            && text[role.end()..]
                .trim_start_matches([' ', '-'])
                .starts_with(|ch: char| ch.is_uppercase())
        {
            continue;
        }
        // A role in apposition after a name is that person's: "said Lt.
        // Col. Avi Cohen, a battalion commander".
        if let Some(p) = people[..k].iter_mut().rev().take(3).find(|p| {
            p.kind == SourceKind::Person
                && text
                    .get(p.mentions[0].1..m.start())
                    .is_some_and(|gap| gap.trim() == ",")
        }) {
            if p.role.is_none() {
                p.role = Some(lex.role_of(role.as_str()));
            }
            continue;
        }
        let Some(si) = ctx.sentence_at(m.start()) else {
            continue;
        };
        let sent = ctx.sentences[si];
        let lead_text = super::before(text, role.start(), 40).to_ascii_lowercase();
        // ("a monitor with a network of sources on the ground": the
        // sources are the monitor's, and it speaks.)
        let lead_end = lead_text.trim_end();
        if lead_end.ends_with("same")
            || lead_end.ends_with("that")
            || lead_end.ends_with("network of")
            || lead_end.ends_with("networks of")
        {
            continue;
        }
        // Whom a message was sent or spoken to is its listener: "in a
        // message sent to journalists, saying", "spoke to reporters" (not
        // "according to residents").
        {
            let lead = lead_text.trim_end();
            let lead = lead.strip_suffix(" the").unwrap_or(lead);
            if lead.ends_with(" to") && !lead.ends_with("according to") {
                continue;
            }
        }
        // A role that usually comes with a name stands unnamed only after
        // an indefinite article or a possessive: "a JNIM commander said",
        // "Colombia's defence minister said", not "the commander" (who is
        // named elsewhere, or is the party's voice).
        let possessed = text
            .get(m.start()..role.start())
            .is_some_and(|lead| lead.contains("'s "));
        // So does a post named by its place: "the Governor of the
        // North-West", "the mayor of Ndop".
        let of_place = {
            let rest = &text[role.end()..];
            let rest = rest
                .strip_prefix(" of the ")
                .or_else(|| rest.strip_prefix(" of "))
                .unwrap_or("");
            rest.starts_with(|ch: char| ch.is_ascii_uppercase())
        };
        // Or a plural after its party's name: "Houthi leaders say".
        let party_plural = role.as_str().ends_with('s') && {
            let ms = &ctx.actors.mentions;
            let lo = ms.partition_point(|a| a.start < m.start());
            ms[lo..]
                .iter()
                .take_while(|a| a.start < role.start())
                .any(|a| a.actor.is_some() && a.end <= role.start())
        };
        // The article before the role: the lead, or one among the words
        // before it when the match began earlier ("according to the
        // district administrator" matches from "to").
        let lead_word = c
            .name("lead")
            .map(|l| l.as_str().trim().to_ascii_lowercase())
            .or_else(|| {
                c.name("adj")?
                    .as_str()
                    .split_whitespace()
                    .map(str::to_ascii_lowercase)
                    .rfind(|w| matches!(w.as_str(), "a" | "an" | "one" | "the"))
            });
        if lex.named_roles.contains(&role_key(role.as_str()))
            && !possessed
            && !of_place
            && !party_plural
            // ("two officers who spoke on condition of anonymity": a
            // number of them is as indefinite as "an officer".)
            && !matches!(
                lead_word.as_deref(),
                Some("a" | "an" | "one" | "two" | "three" | "several")
            )
        {
            // ("The Khyber Pakhtunkhwa chief minister": a name of three
            // words or more before the role leaves "the" out of the match.)
            let definite = lead_word.as_deref() == Some("the") || {
                let words: Vec<&str> = super::before(text, m.start(), 40)
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .collect();
                match words.as_slice() {
                    [w, ..] if w.eq_ignore_ascii_case("the") => true,
                    [name, w] => {
                        w.eq_ignore_ascii_case("the")
                            && name.starts_with(|ch: char| ch.is_uppercase())
                    }
                    _ => false,
                }
            };
            if !definite {
                continue;
            }
            // "The spokesman said", "the minister added": the person named
            // earlier in that role or with that title.
            let written = role_key(role.as_str());
            let role_name = lex.role_of(role.as_str());
            let same_post = |p: &FoundSource| {
                p.kind == SourceKind::Person
                    && (p.role.as_deref() == Some(role_name.as_str())
                        || p.title.as_deref().is_some_and(|t| {
                            let t = role_key(t);
                            t.ends_with(&written) || written.ends_with(&t)
                        }))
            };
            // (The last few named before it: a bounded look per mention.)
            let earlier = k.saturating_sub(32);
            if let Some(pi) = people[earlier..k]
                .iter()
                .rposition(same_post)
                .map(|j| earlier + j)
            {
                let from = c.name("lead").map_or(role.start(), |l| l.start());
                aliases.push((pi, (from, role.end())));
                continue;
            }
            // With no one named in it, a post of the state speaks for its
            // government: "the regional governor said".
            if !lex.is_government_role(&role_name) {
                continue;
            }
        }
        // The party the person belongs to, named before the role.
        let ms = &ctx.actors.mentions;
        let lo = ms.partition_point(|a| a.start < m.start());
        let before_role = || (lo..ms.len()).take_while(|&i| ms[i].start <= role.start());
        let party = before_role()
            .find_map(|i| ms[i].actor)
            .or_else(|| {
                // A generic name of a party: "the army's commander".
                before_role()
                    .find(|&i| ms[i].class.is_some_and(Class::names_party))
                    .and_then(|i| ctx.resolve(i))
            })
            .or_else(|| {
                // A possessive: "one of its leaders", "their spokesman".
                before_role()
                    .find(|&i| {
                        ms[i].class == Some(Class::Pronoun)
                            && text.get(ms[i].start..ms[i].end).is_some_and(|w| {
                                w.eq_ignore_ascii_case("its") || w.eq_ignore_ascii_case("their")
                            })
                    })
                    .and_then(|i| ctx.resolve(i))
            })
            .or_else(|| {
                // Or just after it: "a commander of the group", "a
                // spokesman for JNIM".
                let k = ms.partition_point(|a| a.start < role.end());
                let next = ms.get(k)?;
                let gap = text.get(role.end()..next.start)?;
                let link = gap.trim().to_ascii_lowercase();
                let link = link.strip_suffix(" the").unwrap_or(&link);
                let joined = matches!(link, "of" | "for" | "from" | "with" | "in");
                (joined && gap.len() <= 12)
                    .then(|| ctx.resolve(k))
                    .flatten()
            });
        // "the official toll", "a volunteer rights group": a role word
        // used as an adjective, of the next noun or of the one after a
        // plain word (not a reporting verb or a function word).
        let mut next_words = super::after(text, m.end(), 60)
            .split_whitespace()
            .map(str::to_ascii_lowercase);
        let next = next_words.next().unwrap_or_default();
        let second = next_words.next().unwrap_or_default();
        let plain = !next.is_empty()
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && !lex.cue.is_match(&next)
            && !matches!(
                next.as_str(),
                "of" | "for"
                    | "from"
                    | "with"
                    | "in"
                    | "at"
                    | "on"
                    | "and"
                    | "or"
                    | "who"
                    | "whose"
                    | "whom"
                    | "which"
                    | "that"
                    | "to"
                    | "by"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "is"
                    | "was"
                    | "has"
                    | "had"
            );
        if lex.is_qualified_noun(next.trim_matches(|c: char| !c.is_alphanumeric()))
            || (plain && lex.is_qualified_noun(second.trim_matches(|c: char| !c.is_alphanumeric())))
        {
            continue;
        }
        let after = &text[m.end()..sent.end.max(m.end())];
        let speaks_after = lex.cue.find(super::after(after, 0, 220)).is_some_and(|cm| {
            // "Two herders were shot dead, according to the police": who
            // comes after "according to" speaks, not the role before it.
            let cited = cm.as_str().to_ascii_lowercase();
            if cited.starts_with("according") || cited.starts_with("as ") {
                return false;
            }
            // A new clause between the role and the cue has the cue's
            // subject ("killed a commander in a strike, while Lebanon's
            // health ministry said").
            let gap = &after[..cm.start()];
            // Nor is a role that another speaker follows: "shot dead a
            // village chief in Borno, residents said".
            // ("residents and local officials said": both speak.)
            // ("an officer and wounding three, two security sources said":
            // a clause, not a second subject.)
            let coordinated = (gap.trim_start().starts_with("and ")
                || gap.trim_start().starts_with("or "))
                && !gap.contains(',');
            // (An auxiliary may stand between: "a security source has
            // said".)
            let nearer = !coordinated
                && lex.unnamed.find_iter(gap).any(|r| {
                    gap[r.end()..]
                        .split(|ch: char| ch.is_whitespace() || ch == ',')
                        .all(|w| w.is_empty() || lex.words.cue_auxiliary.iter().any(|x| x == w))
                });
            // Nor is a role right before an inverted cue: "killed nine
            // herders, said the army" (the speaker follows the cue).
            let cue_end = m.end() + cm.end();
            let inverted = gap.trim_matches(|ch: char| ch.is_whitespace() || ch == '"') == ","
                && (named_or_generic_at(ctx, cue_end, (cue_end + 30).min(sent.end))
                    || lex
                        .unnamed
                        .find(super::after(text, cue_end, 60))
                        .is_some_and(|u| text[cue_end..cue_end + u.start()].trim().is_empty()));
            !gap.contains(['.', ';'])
                && clause_start(gap, 0, gap.len()) == 0
                && !nearer
                && !inverted
        });
        // Describing the attack is saying something about it: "Colombia's
        // defence minister called the attack an act of cowardice".
        let characterizes = CHARACTERIZES.is_match(super::after(after, 0, 40));
        let speaks_after = speaks_after || characterizes;
        // An auxiliary after the role makes it the subject of what was
        // said ("said the villagers had buried"); a participle does not
        // ("said a resident reached by phone").
        // So does a verb in the past: "said villagers spent the night in
        // the bush", unless it is a participle with its agent ("said a
        // resident reached by phone").
        let next_is_verb = {
            let mut words = after.split_whitespace();
            let w = words.next().unwrap_or("").to_ascii_lowercase();
            let then = words.next().unwrap_or("").to_ascii_lowercase();
            // ("said a resident reached through a relative": after an
            // article, the inverted "said a resident" is the speaker.)
            let article = c.name("lead").is_some_and(|l| {
                matches!(
                    l.as_str().trim().to_ascii_lowercase().as_str(),
                    "a" | "an" | "one" | "the"
                )
            });
            let past = !article
                && w.len() > 4
                && w.ends_with("ed")
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(
                    w.as_str(),
                    "reached" | "contacted" | "interviewed" | "quoted" | "based" | "cited"
                )
                && then != "by";
            past || matches!(
                w.as_str(),
                "had"
                    | "have"
                    | "has"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "would"
                    | "will"
                    | "could"
                    | "did"
                    | "spent"
                    | "saw"
                    | "heard"
                    | "fled"
                    | "ran"
                    | "hid"
                    | "left"
                    | "found"
                    | "took"
                    | "woke"
                    | "lost"
            )
        };
        let speaks_before = lex.speaks_before(&lead_text) && !next_is_verb;
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
            .filter(|l| {
                party.is_none() && !l.starts_with("The") && !ctx.engine.places.not_place(l)
            });
        // The mention starts at its determiner ("said a survivor" starts at
        // "a"), or at the role with a place name before it ("a Kokorou resident").
        let start = {
            let from = c
                .name("lead")
                .map_or(c.name("adj").map_or(role.start(), |a| a.start()), |l| {
                    l.start()
                });
            let head = &text[from..role.start()];
            let mut st = role.start();
            let mut off = 0;
            for w in head.split_inclusive(char::is_whitespace) {
                let word = w.trim().to_ascii_lowercase();
                if matches!(
                    word.as_str(),
                    "a" | "an"
                        | "one"
                        | "the"
                        | "two"
                        | "three"
                        | "several"
                        | "some"
                        | "other"
                        | "many"
                        | "local"
                        | "independent"
                ) {
                    st = from + off;
                }
                off += w.len();
            }
            if st == role.start() {
                if let Some(w) = head
                    .split_whitespace()
                    .last()
                    .filter(|w| w.starts_with(|ch: char| ch.is_uppercase()))
                {
                    st = role.start() - head.len() + head.rfind(w).unwrap_or(head.len());
                }
            }
            st
        };
        let role_name = lex.role_of(role.as_str());
        // Officials speak for the authorities.
        // A role that names its service ("a police official", "a military
        // officer") speaks for that service; other officials ("officials",
        // "a security official", "health officials") for the authorities.
        let service = if role_name.starts_with("police ") {
            Some(Class::Police)
        } else if role_name.starts_with("military ") || role_name.starts_with("army ") {
            Some(Class::State)
        } else {
            None
        };
        let gov_role = lex.is_government_role(&role_name)
            || (service.is_none() && (role_name == "official" || role_name.ends_with(" official")));
        let actor = if party.is_some() {
            party
        } else if let Some(class) = service {
            ctx.resolve_class(class, m.start())
        } else if gov_role {
            // A country named with the role ("Palestinian health
            // officials", "Kenya's interior minister") is the one; else the
            // government in context.
            let actors = &ctx.engine.actors;
            let of = if role_name.contains("health") {
                &actors.health_of
            } else {
                &actors.gov_of
            };
            actors
                .country_in(&text[m.start()..role.start()])
                .and_then(|k| of.get(k).copied())
                .or_else(|| {
                    lex.is_local_post(&role_name)
                        .then(|| government_of_place_near(ctx, &named_countries, m.start()))
                        .flatten()
                })
                .or_else(|| {
                    let mi = ctx.actors.mentions.partition_point(|x| x.start < m.start());
                    Some(ctx.government_before(mi, role_name.contains("health"), false))
                })
        } else {
            None
        };
        // "A resident, Musa Ibrahim, said": a person, named; so is "a
        // commander, who gave his name as Zemene Abebaw", "a spokesman, who
        // uses the name Ka Nilo".
        let name = c
            .name("uname")
            .and_then(|n| lex.clean_name(n.as_str()))
            .or_else(|| {
                GAVE_NAME
                    .captures(&text[m.end()..sent.end.max(m.end())])
                    .and_then(|g| lex.clean_name(g.name("name")?.as_str()))
            });
        let kind = if name.is_some() {
            SourceKind::Person
        } else {
            SourceKind::Unnamed
        };
        people.push(FoundSource {
            name,
            role: Some(role_name),
            title: None,
            actor,
            channel: None,
            location,
            speech: None,
            mentions: vec![(start, m.end())],
            kind,
            spoke: true,
        });
    }
    // A hospital that reports: "Rueso Hospital said", "the hospital
    // confirmed", "according to the Mirebalais University Hospital". Only
    // as the subject right before a reporting verb or after "according
    // to": the hospital the wounded were taken to is no source, nor the one
    // "doctors at the hospital" work in.
    for c in HOSPITAL.captures_lines(text) {
        let Some(m) = c.get(0) else { continue };
        if ctx.sentence_at(m.start()).is_none() || people.len() >= MAX_HOSPITAL_SCAN {
            continue;
        }
        let lead = super::before(text, m.start(), 20)
            .trim_end()
            .to_ascii_lowercase();
        let lead = lead.strip_suffix(" the").unwrap_or(&lead);
        let cited = lead.ends_with("according to");
        let governed = ["at", "in", "from", "of", "to"].iter().any(|w| {
            lead.strip_suffix(w)
                .is_some_and(|r| r.is_empty() || r.ends_with(' '))
        });
        if !cited
            && (governed || !super::actors::ORG_SPEAKS.is_match(super::after(text, m.end(), 100)))
        {
            continue;
        }
        let name = c.name("name").map(|n| {
            let n = n.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            n.strip_prefix("The ").map_or(n.clone(), str::to_string)
        });
        people.push(FoundSource {
            name,
            role: Some("hospital".to_string()),
            title: None,
            actor: None,
            channel: None,
            location: None,
            speech: None,
            mentions: vec![(m.start(), m.end())],
            kind: SourceKind::Unnamed,
            spoke: true,
        });
    }
    for (pi, span) in aliases {
        people[pi].mentions.push(span);
    }
    people.sort_by_key(|p| p.mentions[0].0);
    let mut spans: Vec<(usize, usize, usize)> = people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.mentions.iter().map(move |&(s, e)| (s, e, i)))
        .collect();
    spans.sort_unstable();
    // A named person is later called by surname alone: "Dauda said". In
    // a name of three words or more the second may be the one used ("Peter
    // Garang Maker": "Garang said"; "Gustavo Petro Urrego": "Petro").
    let surnames: Vec<(String, usize)> = people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == SourceKind::Person)
        .filter_map(|(i, p)| p.name.as_deref().map(|n| (n, i)))
        .flat_map(|(n, i)| {
            let words: Vec<&str> = n.split_whitespace().collect();
            let second = (words.len() >= 3).then(|| words[1]).filter(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && !lex.words.name_particle.iter().any(|p| p == w)
            });
            std::iter::once(surname(n))
                .chain(second)
                .map(move |w| (w.to_string(), i))
        })
        .filter(|(s, _)| s.len() >= 3)
        .take(64)
        .collect();
    if !surnames.is_empty() {
        let gz = Gazetteer::with_case(surnames, true);
        let known = spans.clone();
        for (s, e, &i) in gz.find_all(text) {
            let first = people[i].mentions[0];
            let k = known.partition_point(|&(a, _, _)| a <= s);
            let inside = known[..k].iter().rev().take(4).any(|&(_, b, _)| e <= b);
            if s > first.1 && !inside && ctx.sentence_at(s).is_some() {
                people[i].mentions.push((s, e));
                spans.push((s, e, i));
            }
        }
        spans.sort_unstable();
    }
    for p in &mut people {
        p.mentions.sort_unstable();
    }
    // "Ramon Dela Cruz, a spokesman for the army, ... Dela Cruz said": the
    // later name that is or ends the earlier one is that person, and
    // speaks for the same party (so is a name given after its role: "a
    // spokesman for the group, who uses the name Ka Nilo, said").
    for i in 1..people.len().min(64) {
        if people[i].kind != SourceKind::Person || people[i].actor.is_some() {
            continue;
        }
        let Some(short) = people[i].name.as_deref() else {
            continue;
        };
        let same = people[..i].iter().find(|p| {
            p.kind == SourceKind::Person
                && p.actor.is_some()
                && p.name.as_deref().is_some_and(|full| {
                    full == short
                        || (full.len() > short.len()
                            && full.ends_with(short)
                            && full[..full.len() - short.len()].ends_with(' '))
                })
        });
        if let Some(actor) = same.and_then(|p| p.actor) {
            people[i].actor = Some(actor);
        }
    }
    ctx.source_spans = spans;
    ctx.sources = people;

    // Reporting frames, sentence by sentence.
    ctx.hedged = ctx
        .sentences
        .iter()
        .map(|s| lex.hedged(&text[s.start..s.end]))
        .collect();
    for si in 0..ctx.sentences.len() {
        let sent = ctx.sentences[si];
        let stext = &text[sent.start..sent.end];
        let hedged_sentence = ctx.hedged[si];
        let mut sentence_frames: Vec<Frame> = Vec::new();
        for cm in lex.cue.captures_iter(stext).take(MAX_CUES_PER_SENTENCE) {
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
                // "According to the communique": whoever issued it last.
                // Within the cue's own phrase: "According to the police,
                // JNIM killed ..." is the police's word, not JNIM's.
                let phrase_end = text[ce..sent.end]
                    .find([',', ';', ':'])
                    .map_or(sent.end, |i| ce + i);
                // "According to a press release issued by X": X, however
                // long the document's name.
                let by = ISSUED_BY.find(&text[ce..phrase_end]).map(|m| ce + m.end());
                let spk = by
                    .and_then(|b| speaker_in(ctx, b, (b + 80).min(phrase_end), true))
                    .or_else(|| speaker_in(ctx, ce, (ce + 80).min(phrase_end), true))
                    .or_else(|| {
                        let next = super::after(text, ce, 40).to_ascii_lowercase();
                        let doc = document_head(next.trim_start());
                        let doc_word = lex
                            .words
                            .document
                            .iter()
                            .any(|w| doc.starts_with(w.as_str()));
                        // "According to him": the person who spoke last,
                        // maybe in the paragraph before.
                        let pronoun = {
                            let w = next.trim_start();
                            (w.starts_with("him") || w.starts_with("her"))
                                && !w[3..].starts_with(|c: char| c.is_ascii_alphanumeric())
                        };
                        if doc_word {
                            recent_speaker(ctx, si)
                        } else if pronoun {
                            speaker_within(ctx, si, 2, |f| {
                                f.source.is_some_and(|s| one_person(ctx, &ctx.sources[s]))
                            })
                        } else {
                            None
                        }
                    });
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
                // A participle ("..., saying that") follows its subject's
                // clause, and "put the toll at" has its content after it:
                // neither is ever post-posed; nor is "listed X as".
                // So is "blamed X", "accused X": X is blamed, not speaking.
                let object_first = verb.is_some_and(|v| {
                    matches!(
                        v,
                        "put"
                            | "puts"
                            | "putting"
                            | "gave"
                            | "listed"
                            | "lists"
                            | "listing"
                            | "blamed"
                            | "blames"
                            | "blaming"
                            | "accused"
                            | "accuses"
                    )
                });
                (if participle || object_first {
                    None
                } else {
                    postposed(ctx, sent.start, sent.end, cs, ce, hedge)
                })
                .or_else(|| {
                    // A sentence that opens with a quotation (`"...," the
                    // statement added`) has its speaker after the quote:
                    // names inside it are what was said.
                    let from = if stext.trim_start().starts_with('"') {
                        text[sent.start..cs]
                            .rfind('"')
                            .map_or(sent.start, |i| sent.start + i + 1)
                    } else {
                        sent.start
                    };
                    let clause = clause_start(text, sent.start, cs).max(from);
                    // A participle ("..., adding that") has the subject of
                    // the report before it.
                    let inherited = sentence_frames.last().map(|f| (f.actor, f.source));
                    // "The statement added": whoever issued it last.
                    // Only the last few words before the cue can be a
                    // document's name: read those, not the whole clause.
                    let near = cs - super::before(text, cs, 48).len();
                    let doc_name = text[clause.max(near)..cs].trim().to_ascii_lowercase();
                    let doc_subject = lex
                        .words
                        .document
                        .iter()
                        .any(|w| doc_name.ends_with(w.as_str()));
                    // "The government says eleven soldiers died, claims
                    // 100 terrorists killed": a cue with no subject of its
                    // own in its clause goes on with the report before it,
                    // when that report's cue is in the stretch of text
                    // before the comma ("Mali's army, however, said" has
                    // its subject there instead).
                    let lead = &text[clause..cs];
                    let (seg_start, subject) = match lead.rfind(',') {
                        Some(i) => (
                            clause + lead[..i].rfind(',').map_or(0, |j| j + 1),
                            &lead[i + 1..],
                        ),
                        None => (clause, lead),
                    };
                    let elided = subject.split_whitespace().all(|w| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "and" | "but" | "also" | "then" | "later"
                        )
                    }) && sentence_frames
                        .last()
                        .is_some_and(|f| f.cue_start >= seg_start);
                    // `"...," indicates the text`: an inverted document.
                    let doc_after = (stext.trim_start().starts_with('"')
                        || text[sent.start..cs].trim_end().ends_with(','))
                        && {
                            let next = super::after(text, ce, 40).to_ascii_lowercase();
                            lex.words
                                .document
                                .iter()
                                .any(|w| next.trim_start().starts_with(w.as_str()))
                        };
                    // "A communique read on television said": a clause
                    // that opens with a document is that document's words,
                    // whatever party its verbs name before the cue.
                    // Not past a relative clause with a subject of its own:
                    // "A video showed men who said they were X".
                    let opens_doc = if doc_subject || text[clause..cs].contains(" who ") {
                        None
                    } else {
                        document_opens(lex, &text[clause..cs])
                    };
                    // Whoever issued the document last: a speaker in this
                    // sentence or the few before it, else the party that
                    // put it out in the sentence before ("X put out an
                    // audio message. The message claims ...").
                    let owner = |noun: &str| {
                        recent_speaker(ctx, si)
                            .or_else(|| {
                                speaker_within(ctx, si, DOCUMENT_LOOKBACK, |f| f.actor.is_some())
                            })
                            .or_else(|| announced_by(ctx, si, noun))
                    };
                    let spk = if (participle || elided) && inherited.is_some() {
                        inherited
                    } else if let Some(noun) = opens_doc {
                        // An issuer of no known party ("signed by the
                        // command's spokesperson, X") speaks for the latest.
                        document_issuer(ctx, clause, cs)
                            .map(|(actor, source)| match actor {
                                Some(_) => (actor, source),
                                None => (owner(noun).and_then(|l| l.0), source),
                            })
                            .or_else(|| owner(noun))
                            .or(inherited)
                    } else if doc_subject || doc_after {
                        let noun = if doc_subject {
                            doc_name.rsplit(' ').next().unwrap_or_default()
                        } else {
                            ""
                        };
                        owner(noun).or(inherited)
                    } else {
                        speaker_in(ctx, clause, cs, false)
                            .or(inherited)
                            .or_else(|| speaker_in(ctx, from, cs, false))
                    };
                    // After a quotation, what was said is the quotation;
                    // so is what comes before ", the statement said" (or
                    // `," the statement said`, closing a quotation that
                    // opened sentences before).
                    let before_cue = text[sent.start.max(near)..cs]
                        .trim_end()
                        .to_ascii_lowercase();
                    let quoted = from > sent.start
                        || lex.words.document.iter().any(|w| {
                            before_cue.strip_suffix(w.as_str()).is_some_and(|rest| {
                                let rest = rest.trim_end();
                                rest.ends_with(',') || rest.ends_with(",\"")
                            })
                        });
                    spk.map(|(actor, source)| Frame {
                        cue_start: cs,
                        scope_start: if quoted { sent.start } else { ce },
                        scope_end: sent.end,
                        actor,
                        source,
                        hedge,
                        preposed: !quoted,
                    })
                })
            };
            if let Some(mut f) = frame {
                // "six men, who said they belonged to Los Lobos, claimed
                // ...": the relative clause's cue speaks for the party the
                // speakers name.
                if let Some(who) = text[..cs].strip_suffix("who ").map(str::len) {
                    let tail = super::after(text, who, sent.end.saturating_sub(who).min(120));
                    let clause = tail.find([',', '.', ';']).map_or(tail, |k| &tail[..k]);
                    if let Some(m) = BELONGS_TO.captures(clause).and_then(|c| c.name("to")) {
                        if let Some((Some(a), _)) =
                            speaker_strict(ctx, who + m.start(), who + m.end())
                        {
                            f.actor = Some(a);
                            f.source = None;
                        }
                    }
                }
                // "..., IRNA reported, quoting a provincial official": a
                // news outlet quoting someone relays that one's words.
                if f.actor
                    .is_some_and(|a| ctx.entry(a).kind == crate::ActorKind::Media)
                {
                    if let Some(q) = QUOTING.find(super::after(text, ce, 24)) {
                        let from = ce + q.end();
                        let to = (from + 60).min(sent.end);
                        if let Some((actor, source)) = speaker_in(ctx, from, to, true) {
                            if actor.is_some() || source.is_some() {
                                f.actor = actor;
                                f.source = source;
                            }
                        }
                    }
                }
                sentence_frames.push(f.clone());
                ctx.frames.push(f);
            }
        }
        // A sentence with no cue that still speaks for a party as a whole.
        let lead_ws = stext.len() - stext.trim_start().len();
        if sentence_frames.is_empty() {
            // "For the army, the attack was a desperate act": a party that
            // opens the sentence before a comma holds the view that follows.
            let for_party = stext[lead_ws..].starts_with("For ").then(|| {
                let from = sent.start + lead_ws + 4;
                let comma = text[from..sent.end].find(',').filter(|&k| k <= 40);
                comma.and_then(|k| speaker_strict(ctx, from, from + k))
            });
            // "On the friendly side, the toll is three dead": a party's own
            // side, with no speaker in the sentence, is the latest speaker's
            // (in this sentence or the two before it).
            let speaker = for_party.flatten().or_else(|| {
                OWN_SIDE
                    .is_match(stext)
                    .then(|| recent_speaker(ctx, si).filter(|s| s.0.is_some()))
                    .flatten()
            });
            if let Some((actor, source)) = speaker {
                let f = Frame {
                    cue_start: sent.start + lead_ws,
                    scope_start: sent.start,
                    scope_end: sent.end,
                    actor,
                    source,
                    hedge: hedged_sentence,
                    preposed: false,
                };
                sentence_frames.push(f.clone());
                ctx.frames.push(f);
            }
        }
        // A quotation that goes on after `"...," he said.`: a sentence that
        // opens with a quote mark and names no speaker, right after one that
        // quoted someone in the same paragraph, is the same speaker's.
        if sentence_frames.is_empty() && opens_quote(stext) && si > 0 {
            let prev = ctx.sentences[si - 1];
            if prev.para == sent.para && text[prev.start..prev.end].contains('"') {
                let lo = ctx.frames.partition_point(|f| f.cue_start < prev.start);
                if let Some(f) = ctx.frames[lo..]
                    .iter()
                    .rev()
                    .find(|f| f.cue_start < prev.end && (f.actor.is_some() || f.source.is_some()))
                {
                    let f = lent_to(sent, f);
                    sentence_frames.push(f.clone());
                    ctx.frames.push(f);
                }
            }
        }
        // "denies the allegations, spread by supporters of X, that the post
        // was overrun": what follows "that" is X's claim, reported.
        if let Some(f) = allegation_frame(ctx, sent) {
            let first = ctx.frames.partition_point(|x| x.cue_start < sent.start);
            let at = first + ctx.frames[first..].partition_point(|x| x.cue_start <= f.cue_start);
            ctx.frames.insert(at, f.clone());
            sentence_frames.push(f);
        }
        // "Strike kills three in Yater — Health Ministry", "Bandits kill
        // nine in Zamfara - Police": a headline or bullet credited after a
        // dash is that party's.
        if sentence_frames.is_empty() {
            if let Some(f) = dash_credit_frame(ctx, sent) {
                ctx.frames.push(f.clone());
                sentence_frames.push(f);
            } else if let Some(f) = section_label_frame(ctx, sent) {
                // Not one of this sentence's speakers: a label says nothing.
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
                None => actor.map(|a| match ministry_before(ctx, a, sent.start, at) {
                    Some(name) => ministry_source(ctx, a, name, at),
                    None => org_source(ctx, a, at),
                }),
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
    quotations_before_their_speaker(ctx);
    sources_given_after(ctx);
    reports_between_one_speaker(ctx);
    blocks_after_a_colon(ctx);
    a_named_speaker_and_a_colon(ctx);
    reproduced_documents(ctx);
    embedded_posts(ctx);
    speaker_labels(ctx);
    paragraphs_that_open_with_a_report(ctx);
    places_in_names(ctx);
}

/// "This is according to", "this was disclosed by": a sentence that opens
/// so gives the source of the one before it.
static SOURCE_OF_THE_LAST: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"(?i)^\W*(?:this|that)(?:\s+is|\s+was|'s|\s+has\s+been)\s+(?:according\s+to|(?:disclosed|announced|confirmed|revealed|stated)\s+(?:by|in)|contained\s+in)\b")
        .expect("compiles")
});

/// Gives a sentence with no report of its own the speaker of the next one
/// when that one opens "This is according to X" (see
/// [`SOURCE_OF_THE_LAST`]).
fn sources_given_after(ctx: &mut Ctx<'_, '_>) {
    let text = ctx.text;
    let mut added = Vec::new();
    for si in 1..ctx.sentences.len() {
        let (prev, sent) = (ctx.sentences[si - 1], ctx.sentences[si]);
        if prev.para != sent.para || !SOURCE_OF_THE_LAST.is_match(&text[sent.start..sent.end]) {
            continue;
        }
        let lo = ctx.frames.partition_point(|f| f.cue_start < prev.start);
        let hi = ctx.frames.partition_point(|f| f.cue_start < sent.end);
        let (before, here) = ctx.frames[lo..hi]
            .split_at(ctx.frames[lo..hi].partition_point(|f| f.cue_start < sent.start));
        if !before.is_empty() {
            continue;
        }
        if let Some(f) = here
            .iter()
            .find(|f| f.actor.is_some() || f.source.is_some())
        {
            added.push(lent_to(prev, f));
        }
    }
    add_frames(ctx, added);
}

/// A place named inside a person's name is the name: "Lawal Garba Anka",
/// "Captain Abdulrahman Bako" (Anka and Bako are also towns); so is one
/// that holds a name.
fn places_in_names(ctx: &mut Ctx<'_, '_>) {
    let text = ctx.text;
    let mut names: Vec<(usize, usize)> = Vec::new();
    for p in ctx.sources.iter().filter(|p| p.kind == SourceKind::Person) {
        let Some(name) = p.name.as_deref() else {
            continue;
        };
        for &(s, e) in &p.mentions {
            let Some(mention) = text.get(s..e) else {
                continue;
            };
            if let Some(k) = mention.find(name) {
                names.push((s + k, s + k + name.len()));
            } else if mention == surname(name) {
                names.push((s, e));
            }
        }
    }
    if names.is_empty() {
        return;
    }
    names.sort_unstable();
    // Inside the name, or holding it ("in Pemba, Inspector Eugenia
    // Mucavele" read as a list of places).
    ctx.places.retain(|p| {
        let k = names.partition_point(|&(s, _)| s < p.end);
        !names[..k]
            .iter()
            .rev()
            .take(4)
            .any(|&(s, e)| s < p.end && p.start < e)
    });
}

/// `f`'s speaker, lent to the whole of sentence `s` (which has no report
/// of its own).
fn lent_to(s: crate::text::Sentence, f: &Frame) -> Frame {
    Frame {
        cue_start: s.start,
        scope_start: s.start,
        scope_end: s.end,
        preposed: false,
        ..f.clone()
    }
}

/// Adds the frames a pass over whole sentences found, keeping text order.
fn add_frames(ctx: &mut Ctx<'_, '_>, added: Vec<Frame>) {
    if !added.is_empty() {
        ctx.frames.extend(added);
        ctx.frames.sort_by_key(|f| f.cue_start);
    }
}

/// A quotation of several sentences with its speaker in the last
/// (`"We lost nine men. We drove them back," he said.`): a sentence without
/// a speaker that opens a quotation it does not close, and the sentences
/// after it with no quote mark (up to [`MAX_QUOTED_SENTENCES`]), are the
/// speaker's of the sentence in its paragraph that closes the quotation
/// before its cue.
fn quotations_before_their_speaker(ctx: &mut Ctx<'_, '_>) {
    let text = ctx.text;
    let n = ctx.sentences.len();
    let mut added = Vec::new();
    let frames_in = |ctx: &Ctx<'_, '_>, a: usize, b: usize| {
        let lo = ctx.frames.partition_point(|f| f.cue_start < a);
        let hi = ctx.frames.partition_point(|f| f.cue_start < b);
        lo..hi
    };
    let mut si = 0;
    while si + 1 < n {
        let sent = ctx.sentences[si];
        let stext = &text[sent.start..sent.end];
        if !opens_quote(stext)
            || stext.matches('"').count() % 2 == 0
            || !frames_in(ctx, sent.start, sent.end).is_empty()
        {
            si += 1;
            continue;
        }
        // The quotation runs on, with no quote mark and no report of its
        // own, up to the sentence that closes it before its cue.
        let mut k = si + 1;
        let mut closed_at = None;
        while k < n && k - si <= MAX_QUOTED_SENTENCES {
            let next = ctx.sentences[k];
            if next.para != sent.para {
                break;
            }
            let ntext = &text[next.start..next.end];
            let fs = frames_in(ctx, next.start, next.end);
            if ntext.contains('"') {
                let closes = |f: &Frame| {
                    text.get(next.start..f.cue_start)
                        .is_some_and(|t| t.contains('"'))
                };
                closed_at = ctx.frames[fs]
                    .iter()
                    .find(|f| closes(f) && (f.actor.is_some() || f.source.is_some()))
                    .cloned();
                break;
            }
            if !fs.is_empty() {
                break;
            }
            k += 1;
        }
        if let Some(f) = closed_at {
            for j in si..k {
                added.push(lent_to(ctx.sentences[j], &f));
            }
        }
        si = k.max(si + 1);
    }
    add_frames(ctx, added);
}

/// Sentences a quotation before its speaker may run over.
const MAX_QUOTED_SENTENCES: usize = 6;

/// Whether a paragraph's first sentence opens an item of a list or a
/// quotation: "1. On Sunday ...", "- Two soldiers ...", "\"Our forces ...".
fn opens_block_item(stext: &str) -> bool {
    static ITEM: Lazy<Regex> = Lazy::new(|| {
        super::compile(
            r#"^[\s*_>]*(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\(\w{1,3}\)|[-\x{2022}*]|["\x{201C}])"#,
        )
        .expect("compiles")
    });
    ITEM.is_match(stext)
}

/// What a sentence after a report does with it (see [`lend_onward`]).
enum Onward {
    /// Takes the report.
    Lend,
    /// Keeps to itself, and the report goes on after it.
    Skip,
    /// Ends the report's run.
    Stop,
}

/// Lends the report that `opens` finds at a sentence (one party's) to the
/// sentences after it, each as `step` says, up to the first it stops at.
/// Each sentence is looked at once.
fn lend_onward(
    ctx: &mut Ctx<'_, '_>,
    opens: impl Fn(&Ctx<'_, '_>, usize) -> Option<Frame>,
    mut step: impl FnMut(&Ctx<'_, '_>, usize, usize, &Frame) -> Onward,
) {
    let mut added = Vec::new();
    let n = ctx.sentences.len();
    let mut si = 0;
    while si < n {
        let Some(f) = opens(ctx, si) else {
            si += 1;
            continue;
        };
        let mut j = si + 1;
        while j < n {
            match step(ctx, si, j, &f) {
                Onward::Stop => break,
                Onward::Lend => added.push(lent_to(ctx.sentences[j], &f)),
                Onward::Skip => {}
            }
            j += 1;
        }
        si = j;
    }
    add_frames(ctx, added);
}

/// Paragraphs a quotation opened after a colon report may run over.
const MAX_QUOTED_PARAS: usize = 12;

/// Paragraphs a document reproduced in full may run over.
const MAX_REPRODUCED_PARAS: usize = 24;

/// A paragraph that announces a document printed after it ("The ministry
/// published a communique ... We reproduce it below in its entirety", "The
/// full text of the statement follows").
static REPRODUCED: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"(?i)\b(?:(?:reproduce[sd]?|print(?:s|ed)?|publish(?:es|ed)?|carr(?:y|ies|ied)|is|are)\s+(?:it|them|the\s+(?:full\s+)?(?:text|statement|communiqu?e|release|document))?\s*(?:below|in\s+full\s+below|below\s+in\s+(?:full|its\s+entirety))\b|\b(?:reproduce[sd]?|print(?:s|ed)?)\s+(?:it|them|the\s+\w+)\s+in\s+(?:full|its\s+entirety)\b|\b(?:reproduce[sd]?|print(?:s|ed)?|publish(?:es|ed)?)\s+(?:the|its|their|an?)\s+(?:[\w'-]+\s+){0,6}?(?:statement|communiqu?e|release|document|text|version|message|note)\s+below\b|\bfull\s+text\s+(?:of\s+[^.]{1,60}?\s+)?(?:follows|is\s+below|below)\b|\breads?\s+(?:in\s+full\s+)?as\s+follows\b|\b(?:issued|published|released|sent|distributed|put\s+out)\s+the\s+following\s+(?:statement|press\s+release|press\s+note|communiqu?e|release|text|note)\b|\b(?:is|are)\s+reproduced\s+(?:as\s+received|verbatim|unedited|in\s+full)\b|\bpublish(?:es|ed)?\s+it\s+(?:unedited|verbatim|as\s+received|in\s+full)\b)")
        .expect("compiles")
});

/// "issued last night by", "signed on Monday by": who put out a document
/// a sentence names (the party follows).
static ISSUED_BY_IN: Lazy<Regex> = Lazy::new(|| {
    super::compile(&format!(r"(?i)\b(?:{ISSUING})\s+(?:[\w-]+\s+){{0,3}}?by\s"))
        .expect("issued-by pattern compiles")
});

/// The verbs of putting out a document ("issued", "signed", "put out"),
/// as a regex alternation: read by [`ISSUED_BY`] and [`ISSUED_BY_IN`].
const ISSUING: &str = r"issued|released|published|signed|posted|shared|sent|put\s+out|circulated|distributed|read\s+out";

/// A document a report prints in full after announcing it ("The Ministry
/// of Defence published a communique on the attack ... We reproduce it
/// below in its entirety.") is the words of the one party named in the
/// announcing paragraph: its header, its paragraphs in capitals and its
/// sign-off, up to a rule (`---`), a paragraph that reports someone's
/// words itself, or [`MAX_REPRODUCED_PARAS`] paragraphs.
fn reproduced_documents(ctx: &mut Ctx<'_, '_>) {
    lend_onward(
        ctx,
        |ctx, si| {
            let sent = ctx.sentences[si];
            // The announcement closes its paragraph, or one short
            // sentence follows it ("Our remarks follow.").
            let last_of_para = match ctx.sentences.get(si + 1) {
                Some(x) if x.para != sent.para => true,
                Some(x) => {
                    x.end - x.start <= 40
                        && ctx
                            .sentences
                            .get(si + 2)
                            .is_some_and(|y| y.para != sent.para)
                }
                None => false,
            };
            if !last_of_para || !REPRODUCED.is_match(&ctx.text[sent.start..sent.end]) {
                return None;
            }
            // The party it was issued by ("the communique issued last
            // night by the Government of X"), or the one party named in the
            // paragraph.
            let stext = &ctx.text[sent.start..sent.end];
            // A party that issues documents (an agency "as published by"
            // carries one; it issued nothing).
            let issuer = |a: usize| {
                matches!(
                    ctx.entry(a).kind,
                    crate::ActorKind::StateForce
                        | crate::ActorKind::Government
                        | crate::ActorKind::ArmedGroup
                )
            };
            let by = ISSUED_BY_IN
                .find(stext)
                .and_then(|m| {
                    let a = sent.start + m.end();
                    speaker_strict(ctx, a, (a + 80).min(sent.end))
                })
                .and_then(|(actor, _)| actor)
                .filter(|&a| issuer(a));
            let one_party = || {
                let first = ctx.sentences[..=si]
                    .iter()
                    .rposition(|x| x.para != sent.para)
                    .map_or(0, |k| k + 1);
                let (ps, pe) = (ctx.sentences[first].start, sent.end);
                let lo = ctx.actors.mentions.partition_point(|m| m.start < ps);
                let hi = ctx.actors.mentions.partition_point(|m| m.start < pe);
                let mut party = None;
                for mi in lo..hi {
                    // "It is reproduced below": the document, not a party.
                    if ctx.actors.mentions[mi].class == Some(Class::Pronoun) {
                        continue;
                    }
                    let Some(a) = ctx.resolve(mi).filter(|&a| issuer(a)) else {
                        continue;
                    };
                    match party {
                        None => party = Some(a),
                        Some(p) if p == a => {}
                        Some(_) => return None,
                    }
                }
                party
            };
            let actor = by.or_else(one_party)?;
            Some(Frame {
                cue_start: sent.start,
                scope_start: sent.start,
                scope_end: sent.end,
                actor: Some(actor),
                source: ctx.org_sources.get(&actor).copied(),
                hedge: false,
                preposed: false,
            })
        },
        |ctx, si, j, lent| {
            let (s, prev) = (ctx.sentences[j], ctx.sentences[j - 1]);
            let gap = &ctx.text[prev.end..s.start];
            let new_para = s.para != prev.para;
            // A passive "is reported" with no one behind it is no report
            // of the sentence's own.
            let own = ctx.frames[frames_of(ctx, j)]
                .iter()
                .any(|f| f.actor.is_some() || f.source.is_some());
            // A report of the document's own party ("The Chief of General
            // Staff informs the public that ...") is still the document.
            let others = ctx.frames[frames_of(ctx, j)]
                .iter()
                .any(|f| (f.actor.is_some() || f.source.is_some()) && f.actor != lent.actor);
            // A rule right after the announcing paragraph opens the
            // document; the next one closes it.
            let rule_line = |t: &str| t.contains("---") || t.contains("***") || t.contains("___");
            let line = ctx.text[s.start..s.end].trim();
            let rule = rule_line(gap)
                || (rule_line(line) && line.bytes().all(|b| matches!(b, b'-' | b'*' | b'_')));
            if s.para > ctx.sentences[si].para + MAX_REPRODUCED_PARAS
                || (rule && prev.para != ctx.sentences[si].para)
                || (new_para
                    && others
                    && ctx.engine.sources.cue.is_match(&ctx.text[s.start..s.end]))
            {
                Onward::Stop
            } else if !own {
                Onward::Lend
            } else {
                Onward::Skip
            }
        },
    );
}

/// The signature line of a social-media post embedded in a web page:
/// "— Khyber Pakhtunkhwa Police (@KP_Police1) July 19, 2026".
static POST_SIGNATURE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"^\s*(?:[\u{2014}\u{2013}]|-{1,2})\s*[^()\n]{2,80}?\s*\(@\w{1,30}\)")
        .expect("compiles")
});

/// A post embedded in a web page ("Police jawans repulsed the attack. 2
/// constables embraced shahadat" and, under it, "— Khyber Pakhtunkhwa
/// Police (@KP_Police1) July 19, 2026") is the words of the party its
/// signature line names, on social media: the post's paragraph, for its
/// sentences that report no one else's words.
fn embedded_posts(ctx: &mut Ctx<'_, '_>) {
    let mut added = Vec::new();
    for si in 1..ctx.sentences.len() {
        let sent = ctx.sentences[si];
        let prev = ctx.sentences[si - 1];
        if prev.para == sent.para || !POST_SIGNATURE.is_match(&ctx.text[sent.start..sent.end]) {
            continue;
        }
        let lo = ctx
            .actors
            .mentions
            .partition_point(|m| m.start < sent.start);
        let hi = ctx.actors.mentions.partition_point(|m| m.start < sent.end);
        let Some(actor) = (lo..hi).find_map(|mi| ctx.resolve(mi)) else {
            continue;
        };
        let first = ctx.sentences[..si]
            .iter()
            .rposition(|x| x.para != prev.para)
            .map_or(0, |k| k + 1);
        let unframed: Vec<usize> = (first..si)
            .filter(|&j| frames_of(ctx, j).is_empty())
            .collect();
        if unframed.is_empty() {
            continue;
        }
        let source = org_source(ctx, actor, sent.start);
        if ctx.sources[source].channel.is_none() {
            ctx.sources[source].channel = Some(crate::Channel::SocialMedia);
        }
        let frame = Frame {
            cue_start: sent.start,
            scope_start: sent.start,
            scope_end: sent.end,
            actor: Some(actor),
            source: Some(source),
            hedge: false,
            preposed: false,
        };
        for j in unframed {
            added.push(lent_to(ctx.sentences[j], &frame));
        }
    }
    add_frames(ctx, added);
}

/// A sentence that opens with a named person and a colon, with no verb
/// of saying ("Army spokesman Col. X, by phone this morning: the attack
/// was repelled ..."), as notes, threads and liveblogs write: what follows
/// the colon is that person's words. The person's mention starts the
/// sentence, and the lead before the colon is a few words.
fn a_named_speaker_and_a_colon(ctx: &mut Ctx<'_, '_>) {
    let text = ctx.text;
    let mut added = Vec::new();
    for si in 0..ctx.sentences.len() {
        let sent = ctx.sentences[si];
        if !frames_of(ctx, si).is_empty() {
            continue;
        }
        // (A bounded look: the lead is short.)
        let head = super::after(
            text,
            sent.start,
            sent.end.saturating_sub(sent.start).min(160),
        );
        let Some(colon) = head.find(':') else {
            continue;
        };
        let lead = &head[..colon];
        if lead.contains('"')
            || lead.split_whitespace().count() > 14
            || head[colon + 1..].trim().is_empty()
        {
            continue;
        }
        let lead_start = sent.start + (lead.len() - lead.trim_start().len());
        let spans = &ctx.source_spans;
        let k = spans.partition_point(|&(s, _, _)| s < lead_start);
        let Some(&(s, e, i)) = spans[k..].iter().find(|&&(s, _, _)| s < lead_start + 40) else {
            continue;
        };
        let src = &ctx.sources[i];
        if src.kind != SourceKind::Person || e > sent.start + colon || s >= sent.start + colon {
            continue;
        }
        added.push(Frame {
            cue_start: sent.start + colon,
            scope_start: sent.start + colon + 1,
            scope_end: sent.end,
            actor: src.actor,
            source: Some(i),
            hedge: false,
            preposed: false,
        });
    }
    add_frames(ctx, added);
}

/// A report that ends its paragraph with a colon ("The Government informs
/// the public of the following:", "The army said in a statement:") is
/// the speaker's for the numbered, bulleted or quoted paragraphs right
/// after it, up to the first paragraph that is none of these; a quotation
/// opened there and not yet closed goes on through the paragraphs it
/// spans. A colon sentence with no report of its own ("It reads in
/// part:") lends the report of the sentence before it in its paragraph
/// ("... a press release signed by the command's spokesperson.").
fn blocks_after_a_colon(ctx: &mut Ctx<'_, '_>) {
    // Quote marks counted since the block began: (opening sentence, the
    // next sentence to count, straight quotes, curly opening minus closing).
    let mut open = (usize::MAX, 0, 0usize, 0isize);
    lend_onward(
        ctx,
        |ctx, si| {
            let sent = ctx.sentences[si];
            let colon = ctx
                .sentences
                .get(si + 1)
                .map_or(true, |x| x.para != sent.para)
                && ctx.text[sent.start..sent.end].trim_end().ends_with(':');
            if !colon {
                return None;
            }
            if let Some(f) = party_frame(ctx, si) {
                return Some(f.clone());
            }
            let prev = si.checked_sub(1)?;
            if !frames_of(ctx, si).is_empty() || ctx.sentences[prev].para != sent.para {
                return None;
            }
            if let Some(f) = party_frame(ctx, prev) {
                return Some(f.clone());
            }
            // "... a press release signed by the spokesperson, X. It
            // reads:": the one source of a party named there, with no cue.
            let p = ctx.sentences[prev];
            let lo = ctx.source_spans.partition_point(|x| x.0 < p.start);
            let mut named = ctx.source_spans[lo..]
                .iter()
                .take_while(|x| x.0 < p.end)
                .map(|x| x.2)
                .filter(|&k| ctx.sources[k].actor.is_some());
            let k = named.next()?;
            named.all(|o| o == k).then(|| Frame {
                cue_start: p.start,
                scope_start: p.start,
                scope_end: sent.end,
                actor: ctx.sources[k].actor,
                source: Some(k),
                hedge: false,
                preposed: false,
            })
        },
        |ctx, si, j, _| {
            if open.0 != si {
                open = (si, si + 1, 0, 0);
            }
            // Count the sentences before `j` not counted yet.
            while open.1 < j {
                let t = ctx.sentences[open.1];
                for ch in ctx.text[t.start..t.end].chars() {
                    match ch {
                        '"' => open.2 += 1,
                        '\u{201C}' => open.3 += 1,
                        '\u{201D}' => open.3 -= 1,
                        _ => {}
                    }
                }
                open.1 += 1;
            }
            let s = ctx.sentences[j];
            // A quotation left open runs on, but not for ever (a stray mark
            // in a messy text), nor into a paragraph that reports someone's
            // words itself (a reporting cue of `data/cues.tsv`).
            let quoting = (open.2 % 2 == 1 || open.3 > 0)
                && s.para <= ctx.sentences[si].para + MAX_QUOTED_PARAS
                && frames_of(ctx, j).is_empty()
                && !ctx.engine.sources.cue.is_match(&ctx.text[s.start..s.end]);
            if s.para != ctx.sentences[j - 1].para
                && !quoting
                && !opens_block_item(&ctx.text[s.start..s.end])
            {
                Onward::Stop
            } else if frames_of(ctx, j).is_empty() {
                Onward::Lend
            } else {
                Onward::Skip
            }
        },
    );
}

/// A paragraph that opens with one party's report goes on with it: the
/// sentences after it with no report of their own, up to the first that
/// has one, are that party's (`X, a spokesman for the group, gave its
/// account on Monday. The fighters overran the camps. They killed 64
/// soldiers.`), except background that tells of an earlier event.
fn paragraphs_that_open_with_a_report(ctx: &mut Ctx<'_, '_>) {
    lend_onward(
        ctx,
        |ctx, si| {
            (si == 0 || ctx.sentences[si - 1].para != ctx.sentences[si].para)
                .then(|| party_frame(ctx, si).cloned())
                .flatten()
        },
        |ctx, si, j, _| {
            if ctx.sentences[j].para != ctx.sentences[si].para || !frames_of(ctx, j).is_empty() {
                Onward::Stop
            } else if ctx.prior_cue(j).is_some()
                || ctx.event_without_cue(j) == crate::EventRef::Prior
            {
                Onward::Skip
            } else {
                Onward::Lend
            }
        },
    );
}

/// A broadcast script's label for the clip that follows: "[SOUNDBITE —
/// Col. X, army spokesman]", "[SOT: ...]", "[INTERVIEW - ...]".
static CLIP_LABEL: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"^\s*\[\s*(?:SOUNDBITE|SOUND\s*BITE|SOT|SYNC|CLIP|AUDIO|INTERVIEW|INTERVIEWEE|Soundbite|Sound\s+bite|Clip|Audio|Interview)\b[^\[\]\n]{0,200}\]\s*$")
        .expect("compiles")
});

/// A transcript's speaker label that opens a paragraph: "MERON HAILE
/// (EHRC):", "ARMY SPOKESMAN:", after a timestamp if any ("[00:01:06]
/// HAILE:"). Group `name` is the speaker as written.
static SPEAKER_LABEL: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"^\s*(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)?(?P<name>[A-Z][A-Z'.-]*(?:\s[A-Z][A-Z'.-]*){0,4})(?:\s*\((?P<org>[^()\n]{2,80})\))?\s*:\s")
        .expect("compiles")
});

/// The words of a speaker a transcript or a broadcast script labels are
/// that speaker's: the paragraph a label "NAME (BODY):" opens, or the
/// paragraph after a clip label "[SOUNDBITE — NAME, role of BODY]". The
/// speaker speaks for the party or body the label names; a label that
/// names none (the presenter, a caller) lends nothing. Sentences that
/// report someone's words themselves keep them. Each sentence is looked at
/// once, and a name's body is remembered for its later labels ("MERON
/// HAILE:").
fn speaker_labels(ctx: &mut Ctx<'_, '_>) {
    let mut added = Vec::new();
    let mut known: Vec<(String, usize, usize)> = Vec::new();
    let n = ctx.sentences.len();
    let mut si = 0;
    while si < n {
        let sent = ctx.sentences[si];
        if si > 0 && ctx.sentences[si - 1].para == sent.para {
            si += 1;
            continue;
        }
        let stext = &ctx.text[sent.start..sent.end];
        // The body named in `a..b` (a name alone in brackets reads as a
        // credit, a modifier: `bracket` takes it).
        let party_in = |ctx: &Ctx<'_, '_>, a: usize, b: usize, bracket: bool| -> Option<usize> {
            let lo = ctx.actors.mentions.partition_point(|m| m.start < a);
            let hi = ctx.actors.mentions.partition_point(|m| m.start < b);
            (lo..hi)
                .filter(|&mi| {
                    let m = &ctx.actors.mentions[mi];
                    (bracket || !m.modifier) && m.end <= b
                })
                .find_map(|mi| ctx.resolve(mi))
        };
        // The paragraph's sentences from `from`, and where the next starts.
        let para_end = |ctx: &Ctx<'_, '_>, from: usize| {
            (from..n)
                .find(|&j| ctx.sentences[j].para != ctx.sentences[from].para)
                .unwrap_or(n)
        };
        let (speaker, first, end) = if CLIP_LABEL.is_match(stext) {
            let next = para_end(ctx, si);
            if next >= n {
                break;
            }
            let Some(actor) = party_in(ctx, sent.start, sent.end, false) else {
                si = next;
                continue;
            };
            // A source the label names itself, else the body's.
            let named = ctx.sources.iter().position(|x| {
                x.actor == Some(actor)
                    && x.mentions
                        .iter()
                        .any(|&(a, b)| sent.start <= a && b <= sent.end)
            });
            let source = match named {
                Some(i) => i,
                None => org_source(ctx, actor, sent.start),
            };
            ((Some(actor), source), next, para_end(ctx, next))
        } else if let Some(c) = SPEAKER_LABEL.captures(stext) {
            let (Some(name), Some(label)) = (c.name("name"), c.get(0)) else {
                si += 1;
                continue;
            };
            let key = name.as_str().to_string();
            let end = para_end(ctx, si);
            // The programme's own people speak for no one; a dateline
            // ("KABUL (AP):") is no speaker.
            let at = sent.start + name.start();
            let k = ctx.places.partition_point(|p| p.start < at);
            let place = ctx.places.get(k).is_some_and(|p| p.start == at);
            if place || ctx.engine.sources.words.host_label.contains(&key) {
                si = end;
                continue;
            }
            let found = match c.name("org") {
                Some(org) => party_in(ctx, sent.start + org.start(), sent.start + org.end(), true)
                    .map(|a| (a, None)),
                None => party_in(ctx, sent.start, sent.start + name.end(), false)
                    .map(|a| (a, None))
                    .or_else(|| {
                        known
                            .iter()
                            .find(|(k, _, _)| *k == key)
                            .map(|&(_, a, i)| (a, Some(i)))
                    })
                    .or_else(|| {
                        // A person introduced before, labelled by name or
                        // surname in capitals ("Shabnam Rahimi, a
                        // spokesperson for the Front ... RAHIMI:").
                        // (The first sources only: a bounded look per label.)
                        ctx.sources.iter().enumerate().take(256).find_map(|(i, x)| {
                            let n = x.name.as_deref().filter(|_| x.kind == SourceKind::Person)?;
                            let last = n.split_whitespace().next_back()?;
                            (n.eq_ignore_ascii_case(&key) || last.eq_ignore_ascii_case(&key))
                                .then_some((x.actor?, Some(i)))
                        })
                    }),
            };
            let Some((actor, seen)) = found else {
                si = end;
                continue;
            };
            let source = match seen {
                Some(i) => i,
                None => {
                    // A person named in capitals ("MERON HAILE") speaks for
                    // the body in brackets; a role ("ARMY SPOKESMAN") is the
                    // body's own voice.
                    let i = if c.name("org").is_some() && name.as_str().contains(' ') {
                        ctx.sources.push(FoundSource {
                            name: Some(title_case(name.as_str())),
                            role: None,
                            title: None,
                            actor: Some(actor),
                            channel: None,
                            location: None,
                            speech: Some(crate::Speech::Direct),
                            mentions: vec![(sent.start + name.start(), sent.start + name.end())],
                            kind: SourceKind::Person,
                            spoke: true,
                        });
                        ctx.sources.len() - 1
                    } else {
                        org_source(ctx, actor, sent.start)
                    };
                    if known.len() < 64 {
                        known.push((key, actor, i));
                    }
                    i
                }
            };
            // The label's own sentence, from after its colon.
            if frames_of(ctx, si).is_empty() {
                added.push(Frame {
                    cue_start: sent.start,
                    scope_start: sent.start + label.end(),
                    scope_end: sent.end,
                    actor: Some(actor),
                    source: Some(source),
                    hedge: false,
                    preposed: false,
                });
            }
            ((Some(actor), source), si + 1, end)
        } else {
            si += 1;
            continue;
        };
        let frame = Frame {
            cue_start: sent.start,
            scope_start: sent.start,
            scope_end: sent.end,
            actor: speaker.0,
            source: Some(speaker.1),
            hedge: false,
            preposed: false,
        };
        for j in first..end {
            let own = frames_of(ctx, j);
            if own.is_empty() {
                added.push(lent_to(ctx.sentences[j], &frame));
            }
            // "We have received reports that ...": a report with no one
            // behind it is the speaker's.
            for f in &mut ctx.frames[own] {
                if f.actor.is_none() && f.source.is_none() {
                    f.actor = frame.actor;
                    f.source = frame.source;
                }
            }
        }
        si = end.max(si + 1);
    }
    add_frames(ctx, added);
}

/// "MERON HAILE" as "Meron Haile".
fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut out = String::with_capacity(w.len());
            for (i, c) in w.chars().enumerate() {
                if i == 0 {
                    out.push(c);
                } else {
                    out.extend(c.to_lowercase());
                }
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The frames whose cue lies in sentence `si`.
fn frames_of(ctx: &Ctx<'_, '_>, si: usize) -> std::ops::Range<usize> {
    let s = ctx.sentences[si];
    let lo = ctx.frames.partition_point(|f| f.cue_start < s.start);
    let hi = ctx.frames.partition_point(|f| f.cue_start < s.end);
    lo..hi
}

/// The first frame of sentence `si` when every frame there speaks for one
/// party.
fn party_frame<'c>(ctx: &'c Ctx<'_, '_>, si: usize) -> Option<&'c Frame> {
    let fs = &ctx.frames[frames_of(ctx, si)];
    let first = fs.first()?;
    (first.actor.is_some() && fs.iter().all(|f| f.actor == first.actor)).then_some(first)
}

/// A sentence with no report of its own between two sentences of its
/// paragraph that report one party's words is that party's too: `"...,"
/// the communique states. About fifteen rebels were neutralised. Two
/// soldiers died, according to the same source.`
fn reports_between_one_speaker(ctx: &mut Ctx<'_, '_>) {
    let mut added = Vec::new();
    for si in 1..ctx.sentences.len().saturating_sub(1) {
        let (prev, sent, next) = (
            ctx.sentences[si - 1],
            ctx.sentences[si],
            ctx.sentences[si + 1],
        );
        if prev.para != sent.para || next.para != sent.para || !frames_of(ctx, si).is_empty() {
            continue;
        }
        if let (Some(a), Some(b)) = (party_frame(ctx, si - 1), party_frame(ctx, si + 1)) {
            if a.actor == b.actor {
                added.push(lent_to(sent, a));
            }
        }
    }
    // The last sentence of a paragraph goes on with the report of the
    // sentence before it: `"...," the ministry says. Two soldiers are still
    // missing.`
    for si in 1..ctx.sentences.len() {
        let (prev, sent) = (ctx.sentences[si - 1], ctx.sentences[si]);
        let last = ctx
            .sentences
            .get(si + 1)
            .map_or(true, |n| n.para != sent.para);
        // Background ("Since 2019, the group has killed more than 200
        // police officers") is the reporter's.
        if !last
            || prev.para != sent.para
            || !frames_of(ctx, si).is_empty()
            || ctx.prior_cue(si).is_some()
            || ctx.event_without_cue(si) == crate::EventRef::Prior
        {
            continue;
        }
        if let Some(first) = party_frame(ctx, si - 1) {
            added.push(lent_to(sent, first));
        }
    }
    add_frames(ctx, added);
}

/// The government of the country that holds the place named nearest to
/// `pos` in its sentence: a local post serves that state ("a drone hit
/// Kryvyi Rih, regional governor X said" is Ukraine's governor, whoever was
/// named before).
/// The country must be named in the document (`named`, sorted, see
/// [`countries_named`]): a town's name may also be a place in a country the
/// story is not about.
fn government_of_place_near(ctx: &Ctx<'_, '_>, named: &[&str], pos: usize) -> Option<usize> {
    let sent = ctx.sentences[ctx.sentence_at(pos)?];
    let places = &ctx.places;
    // Within a window about the post, so that a post named many times in
    // one long sentence costs a bounded look each.
    let lo = places.partition_point(|p| p.start < sent.start.max(pos.saturating_sub(300)));
    let hi = places.partition_point(|p| p.start < sent.end.min(pos + 300));
    let country = places[lo..hi]
        .iter()
        .filter(|p| p.country.is_some())
        .min_by_key(|p| p.start.abs_diff(pos))?
        .country
        .as_deref()
        .filter(|c| named.binary_search(c).is_ok())?;
    let actors = &ctx.engine.actors;
    actors
        .country_in(country)
        .and_then(|k| actors.gov_of.get(k).copied())
}

/// The countries a document names: as places, or as the country of an
/// actor it names.
fn countries_named<'a>(ctx: &'a Ctx<'_, '_>) -> Vec<&'a str> {
    let mut named: Vec<&str> = ctx
        .places
        .iter()
        .filter(|p| p.kind == crate::LocationKind::Country)
        .filter_map(|p| p.country.as_deref())
        .chain(
            ctx.actors
                .mentions
                .iter()
                .filter_map(|m| ctx.entry(m.actor?).country.as_deref()),
        )
        .collect();
    named.sort_unstable();
    named.dedup();
    named
}

/// The speaker of the latest frame with one, in this sentence or the two
/// before it.
fn recent_speaker(ctx: &Ctx<'_, '_>, si: usize) -> Option<(Option<usize>, Option<usize>)> {
    speaker_within(ctx, si, 2, |f| f.actor.is_some() || f.source.is_some())
}

/// The latest frame passing `ok` whose cue lies in sentence `si` or the
/// `back` sentences before it.
fn speaker_within(
    ctx: &Ctx<'_, '_>,
    si: usize,
    back: usize,
    ok: impl Fn(&Frame) -> bool,
) -> Option<(Option<usize>, Option<usize>)> {
    let prev = ctx.sentences[si.saturating_sub(back)].start;
    ctx.frames
        .iter()
        .rev()
        .take_while(|f| f.cue_start >= prev)
        .find(|f| ok(f))
        .map(|f| (f.actor, f.source))
}

/// The document word `clause` opens with as its subject, if it does: an
/// article or possessive, at most two words, and a document word ("A
/// communique read on state television", "The group's new statement").
fn document_opens<'l>(lex: &'l SourceLex, clause: &str) -> Option<&'l str> {
    let head = super::after(clause.trim_start(), 0, 60).to_ascii_lowercase();
    let rest = ["a ", "an ", "the ", "its ", "their "]
        .iter()
        .find_map(|a| head.strip_prefix(a))?;
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    (0..words.len()).find_map(|i| {
        let tail = words[i..].join(" ");
        let plain = words[..i]
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        lex.words
            .document
            .iter()
            .find(|w| {
                let w = w.strip_prefix("the ").unwrap_or(w);
                plain
                    && tail
                        .strip_prefix(w)
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
            })
            .and_then(|w| w.rsplit(' ').next())
    })
}

/// The party that put out a document in the sentence before `si`: the
/// speaker named in that sentence before the document's noun ("Al-Shabaab
/// put out an audio message." before "The message claims ...").
fn announced_by(
    ctx: &Ctx<'_, '_>,
    si: usize,
    noun: &str,
) -> Option<(Option<usize>, Option<usize>)> {
    let prev = ctx.sentences.get(si.checked_sub(1)?)?;
    if noun.is_empty() {
        return None;
    }
    // The party that put it out opens that sentence: its first few
    // hundred bytes are read.
    let head = super::after(ctx.text, prev.start, 400);
    let lower = head[..head.len().min(prev.end - prev.start)].to_ascii_lowercase();
    let at = lower.match_indices(noun).map(|(i, _)| i).find(|&i| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + noun.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })?;
    speaker_in(ctx, prev.start, prev.start + at, false).filter(|(actor, _)| actor.is_some())
}

/// The issuer a document subject names ("A statement from the army's
/// General Staff said", "A communique signed by X", "A video attributed
/// to X"): the party right after "by", "from" or "attributed to" within
/// the clause before the cue at `cs`.
fn document_issuer(
    ctx: &Ctx<'_, '_>,
    clause: usize,
    cs: usize,
) -> Option<(Option<usize>, Option<usize>)> {
    let head = super::after(ctx.text, clause, 120);
    let end = (clause + head.len()).min(cs);
    let lower = ctx.text[clause..end].to_ascii_lowercase();
    let at = [" by ", " from ", " attributed to "]
        .iter()
        .filter_map(|w| lower.find(w).map(|i| i + w.len()))
        .min()?;
    speaker_in(ctx, clause + at, cs, true)
}

/// A document named after "according to", its owner's name or pronoun
/// turned into "the": "the agency's report", "its statement" and "their
/// communique" all name the last report as "the report" does.
fn document_head(next: &str) -> std::borrow::Cow<'_, str> {
    for owner in ["its ", "their ", "his ", "her "] {
        if let Some(rest) = next.strip_prefix(owner) {
            return format!("the {rest}").into();
        }
    }
    if let Some(rest) = next.strip_prefix("the ") {
        // One or two words and a possessive: "the agency's", "the
        // defence office's".
        let cut = rest.find(['.', ',', ';']).unwrap_or(rest.len());
        if let Some(k) = rest[..cut].find("'s ") {
            if rest[..k].split_whitespace().count() <= 2 {
                return format!("the {}", &rest[k + 3..]).into();
            }
        }
    }
    next.into()
}

/// A document named after "according to" and who put it out: "a press
/// release issued by", "a statement posted by" (the speaker follows).
static ISSUED_BY: Lazy<Regex> = Lazy::new(|| {
    super::compile(&format!(
        r"(?i)^\s+(?:an?|the)\s+(?:[\w-]+\s+){{1,3}}?(?:{ISSUING})\s+by\s"
    ))
    .expect("issued-by pattern compiles")
});

/// A hospital or clinic by name ("Rueso Hospital", "the Mirebalais
/// University Hospital", "Hopital Universitaire de Mirebalais" once folded)
/// or as "the hospital".
static HOSPITAL: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"\b(?:(?P<name>[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|of|de|du|des|la|le|al|el)){0,5}\s+(?:Hospital|Clinic|Medical\s+Cent(?:re|er)|Health\s+Cent(?:re|er))(?:\s+(?:of|in|de)\s+[A-Z][\w'-]*)?|H[o\x{F4}]pital(?:\s+(?:[A-Z][\w'-]*|de|du|des|la|le)){1,5})|(?i:the)\s+(?:[\w-]+\s+)?(?:hospital|clinic|health\s+cent(?:re|er)))\b")
        .expect("hospital pattern compiles")
});

/// The most sources before hospitals stop being looked for (a bound for
/// hostile input).
const MAX_HOSPITAL_SCAN: usize = 4096;

/// How many sentences back "The statement said" looks for the party that
/// issued it, when no one spoke in the last two: a report told over a
/// paragraph or two ("It listed the spoils ... Photographs attached to the
/// statement showed ...").
const DOCUMENT_LOOKBACK: usize = 6;

/// Words that open a clause of its own after a comma.
const CONJUNCTIONS: &[&str] = &[
    "while ",
    "whereas ",
    "but ",
    "and ",
    "although ",
    "though ",
    "yet ",
];

/// Words that open a relative clause.
const RELATIVE_STARTS: &[&str] = &[
    "which ",
    "who ",
    "whose ",
    "whom ",
    "that ",
    "to which ",
    "of which ",
    "in which ",
    "with which ",
    "by which ",
    "to whom ",
    "where ",
    "when ",
];

/// The most reporting cues read in one sentence (a bound for hostile input).
const MAX_CUES_PER_SENTENCE: usize = 32;

/// The longest a person's or unnamed source's mention can be, in bytes.
const MAX_SOURCE_SPAN: usize = 512;

static NEGATED: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"(?i)\b(?:not|n't|never|no|neither|nor|yet\s+to|refused\s+to|declined\s+to)\s+(?:\w+\s+)?$").expect("compiles")
});

static MINISTRY: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"\b(?i:ministry)\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,2}|(?i:public\s+health|foreign\s+affairs|health|defen[cs]e|interior|information|security|justice))|\b(?P<adj>(?i:public\s+health|health|defen[cs]e|interior|foreign|information|security|justice))\s+(?i:ministry)\b")
        .expect("compiles")
});

/// The ministry of government `a` that is the subject of a cue at `at`:
/// the last mention of `a` in the sentence before the cue, when it names a
/// ministry ("Lebanon's health ministry said", "the Ministry of Public
/// Health says"). Its name as "Ministry of X".
fn ministry_before(ctx: &Ctx<'_, '_>, a: usize, sent_start: usize, at: usize) -> Option<String> {
    if ctx.entry(a).kind != crate::ActorKind::Government {
        return None;
    }
    let ms = &ctx.actors.mentions;
    let hi = ms.partition_point(|m| m.start < at);
    let m = ms[..hi]
        .iter()
        .rev()
        .take_while(|m| m.start >= sent_start)
        .find(|m| m.class == Some(Class::Gov) || m.actor == Some(a))?;
    // From the mention to the cue: "The Ministry" is the mention in "The
    // Ministry of Foreign Affairs said".
    let c = MINISTRY.captures(ctx.text.get(m.start..at)?)?;
    let title = |w: &str| {
        w.split_whitespace()
            .map(|x| {
                let mut cs = x.chars();
                match cs.next() {
                    Some(f) if x != "and" => f.to_uppercase().chain(cs).collect::<String>(),
                    _ => x.to_string(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let of = c
        .name("of")
        .or_else(|| c.name("adj"))?
        .as_str()
        .to_ascii_lowercase();
    let of = match of.replace("defense", "defence").as_str() {
        "foreign" => "foreign affairs".to_string(),
        o => o.to_string(),
    };
    Some(format!("Ministry of {}", title(&of)))
}

/// The source of ministry `name` of government `a`, created on first use:
/// a source of its own, beside the government's.
fn ministry_source(ctx: &mut Ctx<'_, '_>, a: usize, name: String, at: usize) -> usize {
    if let Some(&i) = ctx.ministry_sources.get(&(a, name.clone())) {
        return i;
    }
    let i = push_org(ctx, a, name.clone(), at, |m| {
        m.class == Some(Class::Gov) || m.actor == Some(a)
    });
    ctx.ministry_sources.insert((a, name), i);
    i
}

/// The org source for actor `a`, created on first use.
fn org_source(ctx: &mut Ctx<'_, '_>, a: usize, at: usize) -> usize {
    if let Some(&i) = ctx.org_sources.get(&a) {
        return i;
    }
    let name = ctx.entry(a).name.clone();
    let i = push_org(ctx, a, name, at, |m| m.actor == Some(a));
    ctx.org_sources.insert(a, i);
    i
}

/// Adds a source named `name` that speaks for actor `a`, mentioned where
/// the last mention before `at` that `names_it` accepts is.
fn push_org(
    ctx: &mut Ctx<'_, '_>,
    a: usize,
    name: String,
    at: usize,
    names_it: impl Fn(&super::actors::Mention) -> bool,
) -> usize {
    let k = ctx.actors.mentions.partition_point(|m| m.start <= at);
    let m = ctx.actors.mentions[..k]
        .iter()
        .rev()
        .take(super::LOOKBACK)
        .find(|m| names_it(m))
        .map_or((at, at), |m| (m.start, m.end));
    ctx.sources.push(FoundSource {
        name: Some(name),
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
///
/// Only the last `CLAUSE_WINDOW` bytes are searched, so that finding
/// clauses stays linear on hostile, unpunctuated text.
pub(crate) fn clause_start(text: &str, sent_start: usize, pos: usize) -> usize {
    static B: Lazy<Regex> = Lazy::new(|| {
        super::compile(r"(?:;|,\s+(?:but|and|while|although|though|whereas|yet)\b|\s+but\b)")
            .expect("compiles")
    });
    let window = super::before(text, pos, CLAUSE_WINDOW);
    let from = (pos - window.len()).max(sent_start).min(pos);
    B.find_iter(&text[from..pos])
        .last()
        .map_or(from, |m| from + m.end())
}

/// How far back a clause or a speaker is looked for, in bytes.
const CLAUSE_WINDOW: usize = 400;

/// A post-posed or inverted frame: "..., X said." / `"...," said X`.
/// The frame's scope is the sentence, or what follows the cue after all
/// ("..., the army says it lost six soldiers").
fn postposed(
    ctx: &Ctx<'_, '_>,
    ss: usize,
    se: usize,
    cs: usize,
    ce: usize,
    hedge: bool,
) -> Option<Frame> {
    let frame = |scope_start: usize, (actor, source): (Option<usize>, Option<usize>)| Frame {
        cue_start: cs,
        scope_start,
        scope_end: se,
        actor,
        source,
        hedge,
        preposed: scope_start == ce,
    };
    let text = ctx.text;
    // "Three soldiers killed, the army says; the rebels claim eight": a
    // semicolon closes what an inverted speaker after it can report.
    // (Read back as far as the walk below looks, not the whole sentence.)
    let window = (cs - super::before(text, cs, CLAUSE_WINDOW).len()).max(ss);
    let ss = text[window..cs].rfind(';').map_or(ss, |i| window + i + 1);
    let lead = text[ss..cs].trim_end();
    // Post-posed: the speaker stands between the last comma or quote and
    // the cue. Walk back over up to three commas.
    let mut b = cs;
    // "X, which took power in 2023, says the army ...": the comma before
    // the cue closes a relative clause, so the subject came before it and
    // what follows the cue is the report, not an inverted speaker.
    let mut relative_before_cue = false;
    // The word after the cue.
    let next_word = text[ce..se]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    // "..., the M23 affirms to hold the city", "claims to have killed":
    // an infinitive after the cue is what it reports.
    let infinitive = {
        let mut w = super::after(text, ce, 40).split_whitespace();
        w.next().is_some_and(|t| t.eq_ignore_ascii_case("to"))
            && w.next().is_some_and(|t| {
                matches!(
                    t.to_ascii_lowercase().as_str(),
                    "have" | "be" | "hold" | "control" | "occupy" | "remain" | "own"
                )
            })
    };
    // Whether the walk stepped over a relative clause or an apposition
    // that describes the subject before it.
    let mut described = false;
    let preposed_at = |next_word: &str| {
        matches!(
            next_word,
            "it" | "they" | "that" | "he" | "she" | "we" | "there" | "responsibility"
        ) || next_word.starts_with(|c: char| c.is_ascii_digit())
            || infinitive
    };
    for walked in 0..3 {
        let seg = super::before(text, b, CLAUSE_WINDOW);
        let from = (b - seg.len()).max(ss);
        let Some(i) = text[from..b].rfind([',', '"']) else {
            // "The NRF, which is led by Ahmad Massoud, said": the subject
            // opens the sentence, before the clause stepped over.
            if described && b > ss {
                if let Some(spk) = speaker_strict(ctx, ss, b) {
                    return Some(frame(if preposed_at(&next_word) { ce } else { ss }, spk));
                }
            }
            break;
        };
        b = from + i;
        if b <= ss || text[b + 1..cs].split_whitespace().count() > 12 {
            break;
        }
        // `"..., three KNF fighters were killed," the release said`: a
        // quotation closed before the cue is what was said; names inside
        // it do not speak. A quoted name of a few words is no such
        // quotation (`who calls himself "Comandante Lucas" said`).
        if walked > 0 && closes_a_quotation(&text[b..cs]) {
            break;
        }
        // A relative clause ("..., to which the ADF has pledged
        // allegiance, said") is not the speaker: keep walking back.
        let np = text[b + 1..cs].trim_start().to_ascii_lowercase();
        let describers = &ctx.engine.sources.described;
        // "six armed men, who said they belonged to Los Lobos, claimed":
        // whom the speakers say they belong to speaks.
        if let Some(m) = BELONGS_TO
            .captures(&text[b + 1..cs])
            .and_then(|c| c.name("to"))
        {
            let (from, to) = (b + 1 + m.start(), b + 1 + m.end());
            if let Some(spk) = speaker_strict(ctx, from, to) {
                if spk.0.is_some() {
                    return Some(frame(
                        if preposed_at(&next_word) { ce } else { ss },
                        (spk.0, None),
                    ));
                }
            }
        }
        if RELATIVE_STARTS.iter().any(|w| np.starts_with(w)) {
            relative_before_cue |= walked == 1 && text[..cs].trim_end().ends_with(',');
            described = true;
            continue;
        }
        // "X, a group that ... Y, claimed": an apposition between commas
        // right before the cue describes the subject before it; so does
        // one whose head is "led by Y", "commanded by Y" ("X, the armed
        // group led by Y, said").
        if walked == 1
            && text[..cs].trim_end().ends_with(',')
            && (np.starts_with("a ")
                || np.starts_with("an ")
                || (np.starts_with("the ") || describers.iter().any(|w| np.starts_with(w)))
                    && describers.iter().any(|w| np.contains(w)))
        {
            described = true;
            continue;
        }
        // "The army, in a communique read on television, said": a phrase
        // between commas that opens with a preposition says how the
        // subject before it spoke.
        if walked == 1
            && text[..cs].trim_end().ends_with(',')
            && ["in ", "on ", "via ", "through ", "during ", "at "]
                .iter()
                .any(|w| np.starts_with(w))
        {
            described = true;
            continue;
        }
        // "..., while the ministry said the strike killed two": a clause of
        // its own, whose report follows its cue.
        if CONJUNCTIONS.iter().any(|w| np.starts_with(w)) {
            break;
        }
        if let Some(spk) = speaker_strict(ctx, b + 1, cs) {
            // "FLA claims posts, army says it lost six soldiers": a clause
            // after the cue is what the speaker said (preposed).
            // So is a figure or a claim's object right after the cue
            // ("toll rises to 26 soldiers killed, JNIM claims 47").
            return Some(frame(if preposed_at(&next_word) { ce } else { ss }, spk));
        }
    }
    // Else inverted: `"...," said a resident` or `..., said the army`;
    // after "told" comes the listener, never the speaker.
    let told = matches!(&text[cs..ce], "told" | "tells");
    let object_follows = matches!(
        next_word.as_str(),
        "through"
            | "on"
            | "in"
            | "via"
            | "at"
            | "to"
            | "that"
            | "it"
            | "its"
            | "they"
            | "their"
            | "he"
            | "she"
            | "his"
            | "her"
    );
    // (An inverted speaker never opens with a quote mark: `said "a
    // group of bandits" attacked` quotes what was said.)
    let quote_follows = text[ce..se].trim_start().starts_with('"');
    if !told
        && !object_follows
        && !quote_follows
        && !relative_before_cue
        && (lead.ends_with(",\"") || lead.ends_with('"') || lead.ends_with(','))
    {
        if let Some(spk) = speaker_in(ctx, ce, (ce + 30).min(se), true) {
            if spk.1.is_some() || named_or_generic_at(ctx, ce, (ce + 30).min(se)) {
                return Some(frame(ss, spk));
            }
        }
    }
    None
}

/// Whether `seg` closes a quotation opened before it, or holds a quotation
/// of more than three words.
fn closes_a_quotation(seg: &str) -> bool {
    // The first part lies before any quote mark.
    let parts = seg.split('"').skip(1);
    let mut inside = true;
    let mut quotes = 0;
    for p in parts {
        quotes += 1;
        if inside && p.split_whitespace().count() > 3 {
            return true;
        }
        inside = !inside;
    }
    quotes % 2 == 1
}

/// A relative clause in which unnamed speakers say whom they belong to:
/// "who said they belonged to X", "who identified themselves as members
/// of X", "claiming to be fighters of X".
static BELONGS_TO: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"^\s*(?:who|claiming|saying)\s+(?:(?:said|say|says|claimed|claim)\s+(?:they|he|she)\s+(?:belonged|belong|belongs|were|was|are|is)|identified\s+(?:themselves|himself|herself)\s+as|to\s+be)\s+(?:(?:to|from|with|members?\s+of|fighters?\s+of|part\s+of|of)\s+)+(?P<to>[^,.;]{1,60}?)\s*,?\s*$")
        .expect("compiles")
});

/// Right after a news outlet's reporting verb: whom it quotes.
static QUOTING: Lazy<Regex> =
    Lazy::new(|| super::compile(r"^,?\s+(?:quoting|citing)\s+").expect("compiles"));

static GAVE_NAME: Lazy<Regex> = Lazy::new(|| {
    super::compile(&format!(r#"^[^.;"]{{0,60}}?\b(?i:who\s+gave\s+(?:his|her|their)\s+name\s+(?:only\s+)?as|(?:identified|named)\s+(?:only\s+)?as|asked\s+to\s+be\s+(?:identified|called)\s+(?:only\s+)?as|who\s+(?:uses|used|goes\s+by)\s+(?:the\s+)?(?:name|nom\s+de\s+guerre|alias|pseudonym)|who\s+(?:calls|called)\s+(?:himself|herself))\s+["\x{{201C}}']?(?P<name>{PNAME})"#))
        .expect("compiles")
});

static ALLEGATION: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"(?i)\b(?:claims?|allegations?|assertions?|accusations?|reports?|rumou?rs?)\b(?P<who>[^.;]{1,100}?),?\s+(?:that|according\s+to\s+which)\b")
        .expect("compiles")
});

/// A claim reported as someone's: "the claims by X that ...", "the
/// allegations, relayed by supporters of X, that ...", "claims circulated on
/// X-affiliated websites, according to which ...". The party named between
/// the noun and "that" speaks, hedged, for what follows.
fn allegation_frame(ctx: &Ctx<'_, '_>, sent: crate::text::Sentence) -> Option<Frame> {
    let stext = &ctx.text[sent.start..sent.end];
    // The pattern ends at "that" or "which" (in lower case in running
    // text): most sentences are ruled out by a substring search.
    if !(stext.contains(" that") || stext.contains(" which")) {
        return None;
    }
    let c = ALLEGATION.captures(stext)?;
    let (who, whole) = (c.name("who")?, c.get(0)?);
    // "The video claims that 74 soldiers were killed and that ...": the
    // verb and its first clause, not a noun and who made the claim.
    if who
        .as_str()
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.eq_ignore_ascii_case("that"))
    {
        return None;
    }
    let (a, b) = (sent.start + who.start(), sent.start + who.end());
    let ms = &ctx.actors.mentions;
    let lo = ms.partition_point(|m| m.start < a);
    let actor = ms[lo..].iter().take_while(|m| m.start < b).find_map(|m| {
        m.actor
            .filter(|&x| ctx.entry(x).kind != crate::ActorKind::Media)
            .or_else(|| {
                m.class
                    .filter(|c| c.names_party())
                    .and_then(|_| ctx.resolve_class(m.class?, m.start))
            })
    });
    // With no party found ("allegations by the separatists" in a story
    // that names no armed group), what follows is still nobody's claim
    // but theirs: not the claim of whoever denies it.
    if actor.is_none() && !ctx.engine.sources.denied_before(&stext[..whole.start()]) {
        return None;
    }
    let cue = sent.start + whole.end();
    Some(Frame {
        cue_start: cue,
        scope_start: cue,
        scope_end: sent.end,
        actor,
        source: None,
        hedge: true,
        preposed: true,
    })
}

/// Whether a named or generic actor (not a pronoun) starts in `a..b`.
fn named_or_generic_at(ctx: &Ctx<'_, '_>, a: usize, b: usize) -> bool {
    let ms = &ctx.actors.mentions;
    let lo = ms.partition_point(|m| m.start < a);
    ms[lo..].iter().take_while(|m| m.start < b).any(|m| {
        m.start >= a
            && m.start < b
            && (m.actor.is_some() || m.class.is_some_and(Class::names_party))
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
    speaker_with(ctx, a, b, near, false)
}

/// A section label: a sentence that is only a party's name, maybe after a
/// section number or bullet ("2.2 FAMa General Staff.", "Police
/// Headquarters:"). It speaks no words of its own (its frame has an empty
/// scope), but it is the latest party for what comes after it: "A
/// communique said", "according to the statement" in that section are the
/// labelled party's.
fn section_label_frame(ctx: &Ctx<'_, '_>, sent: crate::text::Sentence) -> Option<Frame> {
    let stext = &ctx.text[sent.start..sent.end];
    let rest = stext.trim_start_matches(|c: char| {
        c.is_ascii_digit()
            || c.is_whitespace()
            || matches!(c, '.' | ')' | '-' | '*' | '#' | '\u{2022}')
    });
    let body = rest.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '*'));
    if body.is_empty() || body.len() > 80 {
        return None;
    }
    let name_like = body.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c == '(')
            || matches!(
                w,
                "of" | "the" | "and" | "for" | "de" | "du" | "des" | "la" | "al"
            )
    });
    if !name_like {
        return None;
    }
    let a = sent.start + (stext.len() - rest.len());
    let b = a + body.len();
    let (actor, source) = speaker_strict(ctx, a, b)?;
    actor?;
    Some(Frame {
        cue_start: a,
        scope_start: b,
        scope_end: b,
        actor,
        source,
        hedge: false,
        preposed: false,
    })
}

/// The party a sentence is credited to after a closing dash ("... kills
/// three — Health Ministry", "... in Zamfara - Police"): the words after
/// the last spaced dash are no more than a few and name a party.
fn dash_credit_frame(ctx: &Ctx<'_, '_>, sent: crate::text::Sentence) -> Option<Frame> {
    let stext = &ctx.text[sent.start..sent.end];
    let body = stext.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    let (dash, len) = [" \u{2014} ", " \u{2013} ", " - ", " -- "]
        .iter()
        .filter_map(|d| body.rfind(d).map(|i| (i, d.len())))
        .max()?;
    let tail = &body[dash + len..];
    if tail.is_empty() || tail.split_whitespace().count() > 5 || tail.contains(['"', ',']) {
        return None;
    }
    // Something must stand before the dash to be credited.
    if body[..dash].split_whitespace().count() < 3 {
        return None;
    }
    let (a, b) = (sent.start + dash + len, sent.start + body.len());
    let (actor, source) = speaker_strict(ctx, a, b)?;
    actor?;
    Some(Frame {
        cue_start: a,
        scope_start: sent.start,
        scope_end: sent.start + dash,
        actor,
        source,
        hedge: false,
        preposed: false,
    })
}

/// As [`speaker_in`], but only a real subject counts: no party named as a
/// modifier ("al-Qaeda's branch"), no country read as its government. Used
/// when walking back over appositives.
fn speaker_strict(ctx: &Ctx<'_, '_>, a: usize, b: usize) -> Option<(Option<usize>, Option<usize>)> {
    speaker_with(ctx, a, b, false, true)
}

fn speaker_with(
    ctx: &Ctx<'_, '_>,
    a: usize,
    b: usize,
    near: bool,
    strict: bool,
) -> Option<(Option<usize>, Option<usize>)> {
    if a >= b {
        return None;
    }
    let limit = if near { (a + 30).min(b) } else { b };
    // Offsets past `a` are only compared, except where the text is sliced:
    // keep the limit on a char boundary.
    let mut limit = limit.min(ctx.text.len());
    while !ctx.text.is_char_boundary(limit) {
        limit -= 1;
    }
    // People and unnamed sources, by start (their mentions are short).
    let spans = &ctx.source_spans;
    // The first that starts (near) or ends after `a`, found forward from
    // the first that may reach it: a bounded look even in a sentence of
    // thousands of sources. Among several with that start, the last.
    let k = spans.partition_point(|&(s, _, _)| s < limit);
    let lo = spans[..k].partition_point(|&(s, _, _)| s + MAX_SOURCE_SPAN <= a);
    let ok = |&&(s, e, _): &&(usize, usize, usize)| if near { s >= a } else { e > a };
    let hit = spans[lo..k].iter().position(|x| ok(&x)).map(|j| {
        let first = spans[lo + j].0;
        spans[lo + j..k]
            .iter()
            .take_while(|x| x.0 == first)
            .filter(|x| ok(x))
            .last()
            .unwrap_or(&spans[lo + j])
    });
    if let Some(&(_, _, i)) = hit {
        return Some((ctx.sources[i].actor, Some(i)));
    }
    let ms = &ctx.actors.mentions;
    let lo = ms.partition_point(|m| m.start < a);
    let hi = ms
        .partition_point(|m| m.start < limit)
        .min(lo + super::LOOKBACK);
    let range = lo..hi;
    // A party's own outlet ("its Amaq agency", "on Radio Andalus") carries
    // its words: names of media count only when no other name is there.
    let is_media = |i: usize| {
        ms[i]
            .actor
            .is_some_and(|a| ctx.entry(a).kind == crate::ActorKind::Media)
    };
    // The party right before the cue is its subject, whatever was named
    // earlier in the clause: "Houthis launch offensive, army says"; so is
    // a pronoun ("captured four soldiers of the army, who it said were
    // unhurt": "it" is not the army).
    if !near {
        if let Some(i) = range.clone().next_back().filter(|&i| {
            ctx.text
                .get(ms[i].end..limit)
                .is_some_and(|gap| gap.trim().is_empty())
                && !ms[i].modifier
                && !is_media(i)
                && (ms[i].actor.is_some()
                    || ms[i]
                        .class
                        .is_some_and(|c| c.names_party() || c == Class::Pronoun))
        }) {
            if let Some(a) = ctx.resolve(i) {
                return Some((Some(a), None));
            }
        }
        // So is a capital right before it: "an allegation Paris rejects".
        let tail = super::before(ctx.text, limit, 40);
        if let Some(&(_, e, &ci)) = ctx.engine.sources.capitals.find_all(tail).last() {
            if only_aux(&tail[e..]) && tail[e..].trim().len() < 20 {
                if let Some(&g) = ctx.engine.actors.gov_of.get(ci) {
                    return Some((Some(g), None));
                }
            }
        }
    }
    if let Some(i) = range
        .clone()
        .find(|&i| ms[i].actor.is_some() && !ms[i].modifier && !is_media(i))
    {
        return Some((ctx.resolve(i), None));
    }
    let media = range
        .clone()
        .find(|&i| ms[i].actor.is_some() && !ms[i].modifier);
    for i in range.clone() {
        if ms[i].class.is_some_and(Class::names_party) {
            if let Some(a) = ctx.resolve(i) {
                return Some((Some(a), None));
            }
        }
    }
    for i in range.clone() {
        match ms[i].class {
            Some(Class::Person) => {
                let k = spans.partition_point(|&(s, _, _)| s < ms[i].start);
                if let Some(&(since, _, si)) = spans[..k]
                    .iter()
                    .rev()
                    .take(super::LOOKBACK)
                    .find(|&&(_, _, si)| one_person(ctx, &ctx.sources[si]))
                {
                    // "X, the army spokesman, said ... The rebels gave their
                    // own figures in a message sent by a man who presented
                    // himself as their spokesman. He said ...": a party's
                    // report since that person, in the sentence before,
                    // that brings in someone of its own, is whom "he" means.
                    let cur = ctx.sentence_at(ms[i].start).unwrap_or(0);
                    if let Some(f) = ctx.frames.iter().rev().take(super::LOOKBACK).find(|f| {
                        f.cue_start > since
                            && f.cue_start < ms[i].start
                            && ctx.sentence_at(f.cue_start).is_some_and(|fs| fs + 1 == cur)
                    }) {
                        // (Read at most 200 bytes after the cue: linear
                        // however many pronouns follow a long sentence.)
                        let fs = ctx.sentences[cur - 1];
                        let from = f.cue_start.max(fs.start);
                        let after_cue =
                            super::after(ctx.text, from, fs.end.saturating_sub(from).min(200));
                        if f.actor.is_some()
                            && f.actor != ctx.sources[si].actor
                            && ctx.engine.sources.unnamed.is_match(after_cue)
                        {
                            return Some((f.actor, f.source));
                        }
                    }
                    return Some((ctx.sources[si].actor, Some(si)));
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
    if let Some(i) = media {
        return Some((ctx.resolve(i), None));
    }
    if strict {
        return None;
    }
    // A party named as a modifier, but never a dateline's credit
    // ("DAKAR (Reuters) - A jihadist group said").
    let credit =
        |i: usize| ctx.text[..ms[i].start].ends_with('(') && ctx.text[ms[i].end..].starts_with(')');
    if let Some(i) = range.clone().find(|&i| ms[i].actor.is_some() && !credit(i)) {
        return Some((ctx.resolve(i), None));
    }
    // A country or a capital that speaks opens the subject and has only
    // auxiliaries after it: a few words, so a long subject is neither.
    if limit - a > 160 {
        return None;
    }
    // A country that speaks is its government: "Kenya has not said ...".
    let countries = &ctx.engine.places.countries;
    let from = ctx.places.partition_point(|p| p.start < a);
    if let Some(p) = ctx.places[from..]
        .iter()
        .take_while(|p| p.start < limit)
        .find(|p| p.end <= limit && p.kind == crate::LocationKind::Country)
    {
        if let Some(ci) = countries.iter().position(|c| Some(c) == p.country.as_ref()) {
            let lead = &ctx.text[a..p.start];
            let rest = &ctx.text[p.end..limit];
            if lead.split_whitespace().count() <= 3 && only_aux(rest) {
                return Some((Some(ctx.engine.actors.gov_of[ci]), None));
            }
        }
    }
    // So is its capital: "Ankara said", "Moscow has not commented".
    let subject = &ctx.text[a..limit];
    if let Some(&(s, e, &ci)) = ctx.engine.sources.capitals.find_all(subject).last() {
        if subject[..s].split_whitespace().count() <= 3 && only_aux(&subject[e..]) {
            return ctx.engine.actors.gov_of.get(ci).map(|&g| (Some(g), None));
        }
    }
    None
}

/// Whether `rest`, between a subject and its reporting verb, holds only
/// auxiliaries and adverbs ("has not", "also").
fn only_aux(rest: &str) -> bool {
    rest.split_whitespace().all(|w| {
        matches!(
            w,
            "has"
                | "have"
                | "had"
                | "not"
                | "also"
                | "already"
                | "now"
                | "again"
                | "yet"
                | "previously"
                | "initially"
                | "later"
                | "itself"
                | "officially"
        )
    })
}

/// Merges and filters the found sources into the contract's `Source`s, and
/// maps each found source to its output index.
/// Whether an unnamed source's own words place it locally ("a local
/// official", "a village elder") or centrally ("a ministry official", "a
/// senior government official"): two such sources of one role are two
/// people.
fn level(ctx: &Ctx<'_, '_>, s: &FoundSource) -> Option<bool> {
    let &(a, b) = s.mentions.first()?;
    let words = ctx.text.get(a..b)?.to_ascii_lowercase();
    let has = |list: &[&str]| words.split_whitespace().any(|w| list.contains(&w));
    if has(&[
        "local",
        "village",
        "district",
        "community",
        "municipal",
        "county",
    ]) {
        Some(true)
    } else if has(&["ministry", "national", "federal", "senior", "central"]) {
        Some(false)
    } else {
        None
    }
}

pub(crate) fn finish(
    ctx: &Ctx<'_, '_>,
    id_of: &dyn Fn(usize) -> String,
) -> (Vec<Source>, Vec<Option<usize>>) {
    let found = &ctx.sources;
    // Merge repeated mentions of one source, in one pass with hash maps:
    // people by surname, unnamed sources by role (and place), orgs by actor.
    let mut target: Vec<usize> = (0..found.len()).collect();
    let mut by_surname: HashMap<&str, usize> = HashMap::new();
    let mut by_role: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut first_source_role: Option<usize> = None;
    let mut by_actor: HashMap<(usize, Option<&str>), usize> = HashMap::new();
    for (i, s) in found.iter().enumerate() {
        let into = match s.kind {
            SourceKind::Person => s.name.as_deref().and_then(|n| {
                let root = *by_surname.entry(surname(n)).or_insert(i);
                (root != i).then_some(root)
            }),
            SourceKind::Unnamed => {
                let role = s.role.as_deref().unwrap_or("");
                let roots = by_role.entry(role).or_default();
                let same = roots.iter().copied().find(|&j| {
                    (s.location.is_none()
                        || found[j].location.is_none()
                        || s.location == found[j].location)
                        && !(level(ctx, s).zip(level(ctx, &found[j]))).is_some_and(|(a, b)| a != b)
                        // Nor one of another party: two regional governors
                        // of two countries.
                        && !(s.actor.zip(found[j].actor)).is_some_and(|(a, b)| a != b)
                });
                let into = same.or(if role == "source" {
                    first_source_role
                } else {
                    None
                });
                if into.is_none() && roots.len() < 16 {
                    roots.push(i);
                }
                if role.ends_with("source") && first_source_role.is_none() && into.is_none() {
                    first_source_role = Some(i);
                }
                into
            }
            SourceKind::Org => s.actor.and_then(|a| {
                let root = *by_actor.entry((a, s.name.as_deref())).or_insert(i);
                (root != i).then_some(root)
            }),
        };
        if let Some(j) = into {
            target[i] = j;
        }
    }
    // An organisation's own voice is its spokesperson's, when it has one.
    let mut spokes: HashMap<usize, usize> = HashMap::new();
    for (j, p) in found.iter().enumerate() {
        if target[j] == j
            && p.kind == SourceKind::Person
            && p.role.as_deref() == Some("spokesperson")
        {
            if let Some(a) = p.actor {
                spokes.entry(a).or_insert(j);
            }
        }
    }
    for i in 0..found.len() {
        // (A ministry keeps its own name.)
        let ministry = found[i]
            .name
            .as_deref()
            .is_some_and(|n| n.starts_with("Ministry of "));
        if found[i].kind == SourceKind::Org && target[i] == i && !ministry {
            if let Some(&j) = found[i].actor.and_then(|a| spokes.get(&a)) {
                // Unless both spoke through channels of their own: a written
                // statement and a press conference are two sources.
                let separate =
                    matches!((found[i].channel, found[j].channel), (Some(a), Some(b)) if a != b);
                if !separate {
                    target[i] = j;
                }
            }
        }
    }
    let mut root_spoke = vec![false; found.len()];
    for (k, s) in found.iter().enumerate() {
        if s.spoke {
            root_spoke[target[k]] = true;
        }
    }
    let keep = |j: usize| {
        let s = &found[j];
        match s.kind {
            SourceKind::Person => {
                root_spoke[j] || s.title.is_some() || s.role.as_deref() == Some("spokesperson")
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
    use crate::{Channel, Document, Extractor, Source};

    fn sources(text: &str) -> Vec<Source> {
        Extractor::new().extract(&Document::new("t", text)).sources
    }

    /// One field of each source of `text`.
    fn each(text: &str, field: impl Fn(Source) -> Option<String>) -> Vec<Option<String>> {
        sources(text).into_iter().map(field).collect()
    }

    /// The claimant of the claim of `text` whose figure starts at `low`,
    /// and the claims (for a failure's message).
    fn claimant_of_figure(text: &str, low: u64) -> (Option<String>, Vec<crate::Claim>) {
        let x = Extractor::new().extract(&Document::new("t", text));
        let c = x
            .claims
            .iter()
            .find(|c| c.count.as_ref().and_then(|n| n.low) == Some(low))
            .and_then(|c| c.claimant.clone());
        (c, x.claims)
    }

    /// The role of each source of `text`.
    fn roles(text: &str) -> Vec<Option<String>> {
        each(text, |s| s.role)
    }

    #[test]
    fn an_embedded_post_is_its_signers_on_social_media() {
        let text = "Officers of the Gusau division foiled an ambush on the highway. Three \
                    constables were wounded and taken to hospital. #NPF\n\
                    \u{2014} Nigeria Police Force (@PoliceNG) May 2, 2026\n\n\
                    The road stayed closed on Sunday.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let wounded = x
            .claims
            .iter()
            .find(|c| c.outcome.as_deref() == Some("wounded"))
            .expect("a toll");
        assert_eq!(wounded.claimant.as_deref(), Some("nigeria_police"));
        let s = &x.sources[wounded.source.expect("a source")];
        assert_eq!(s.channel, Some(crate::Channel::SocialMedia), "{s:?}");
        // A dash line without a handle signs nothing.
        let text = "Three constables were wounded.\n\u{2014} Nigeria Police Force, May 2";
        let x = Extractor::new().extract(&Document::new("t", text));
        assert!(
            x.claims.iter().all(|c| c.claimant.is_none()),
            "{:?}",
            x.claims
        );
    }

    #[test]
    fn a_speaker_with_a_figure_of_its_own_after_the_cue_is_not_post_posed() {
        let text = "Raid on Marte: toll climbs to 30 soldiers killed, ISWAP claims 52";
        let x = Extractor::new().extract(&Document::new("t", text));
        let thirty = x
            .claims
            .iter()
            .find(|c| c.count.as_ref().and_then(|n| n.low) == Some(30))
            .expect("a toll");
        assert_eq!(thirty.claimant, None, "{:?}", x.claims);
    }

    #[test]
    fn according_to_names_its_speaker_before_the_comma() {
        // The party after the comma is what was said, not who said it.
        let text = "According to the local police, the ADF killed nine farmers near Beni.";
        let x = Extractor::new().extract(&Document::new("t", text));
        assert!(
            x.sources.iter().all(|s| s.actor.as_deref() != Some("adf")),
            "{:?}",
            x.sources
        );
        let text = "According to Acled, the ADF killed 200 people in the province this year.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let claimants: Vec<Option<&str>> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(claimants, [Some("acled")], "{:?}", x.claims);
    }

    #[test]
    fn according_to_him_is_the_last_speaker_even_a_paragraph_back() {
        let text = "Colonel Ruth Achieng told reporters that the convoy reached Bor.\n\n\
                    According to her, gunmen killed four drivers near Pibor on Friday.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let speakers: Vec<Option<&str>> = x
            .claims
            .iter()
            .map(|c| c.source.and_then(|i| x.sources.get(i)?.name.as_deref()))
            .collect();
        assert!(!speakers.is_empty(), "{x:?}");
        assert!(
            speakers.iter().all(|s| *s == Some("Ruth Achieng")),
            "{speakers:?}"
        );
    }

    #[test]
    fn a_spokesman_of_a_state_service_speaks_for_its_government() {
        let s = sources(
            "Gunmen burned two buses in Zamfara, Nigeria. State security spokesman Musa \
             Aliyu told reporters the attackers fled.",
        );
        assert_eq!(s[0].actor.as_deref(), Some("nigeria_government"), "{s:?}");
        // A party named with the role keeps it.
        let s = sources("Islamic State spokesman Abu Hudhayfa said the group attacked.");
        assert_eq!(s[0].actor.as_deref(), Some("islamic_state"), "{s:?}");
    }

    #[test]
    fn volunteers_and_rescuers_speak_and_victims_do_not() {
        assert_eq!(
            roles("A volunteer with a rescue group in Sittwe said nine bodies were recovered."),
            [Some("volunteer".into())]
        );
        assert_eq!(
            roles("Rescue workers said the death toll had reached twelve."),
            [Some("rescuer".into())]
        );
        // Volunteers among the dead, and the source with an auxiliary.
        assert_eq!(
            roles(
                "Forty people, among them militia volunteers and farmers, were killed in the \
                 raid, a local source has said."
            ),
            [Some("local source".into())]
        );
        // A role word inside a party's name is the party's.
        let s =
            sources("Volunteers for the Defence of the Homeland (VDP) said they held the town.");
        assert!(s.iter().all(|x| x.role.is_none()), "{s:?}");
    }

    #[test]
    fn a_post_cited_after_according_to() {
        // The match of the role starts at "to": its article is still "the".
        assert_eq!(
            roles("According to the district commissioner, two herders were shot dead."),
            [Some("commissioner".into())]
        );
        assert_eq!(
            roles("Two herders were shot dead, according to a regional governor."),
            [Some("governor".into())]
        );
        // A role in a clause before "and" is not a second speaker.
        assert_eq!(
            roles(
                "Gunmen killed four policemen including an inspector and wounded two, \
                 two police sources said."
            ),
            [Some("police source".into())]
        );
    }

    #[test]
    fn institutions_and_addresses_are_no_names() {
        let names = |text: &str| each(text, |s| s.name);
        // "General" is a title, but "General Hospital" is a place.
        let text = "A doctor at the General Hospital in Maiduguri said nine wounded \
                    people arrived overnight.";
        assert!(
            !names(text).contains(&Some("Hospital".into())),
            "{:?}",
            names(text)
        );
        // A courtesy title before a role addresses the post holder.
        let text = "HOST: Thank you, Mr. Governor. Colonel Adamu Bello said the road was \
                    cleared.";
        let got = names(text);
        assert!(!got.contains(&Some("Governor".into())), "{got:?}");
        assert!(got.contains(&Some("Adamu Bello".into())), "{got:?}");
    }

    #[test]
    fn an_aide_to_a_post_speaks_for_its_government() {
        let roles_and_actors = |text: &str| -> Vec<(Option<String>, Option<String>)> {
            sources(text)
                .into_iter()
                .map(|s| (s.role, s.actor))
                .collect()
        };
        let text = "Bandits stormed a market in Sokoto, Nigeria. The spokeswoman to the \
                    state governor, Hauwa Tanko, called the raid cowardly.";
        assert_eq!(
            roles_and_actors(text),
            [(
                Some("spokesperson".into()),
                Some("nigeria_government".into())
            )]
        );
        let text = "Rebels shelled a camp in Kasai, Congo. The Senior Adviser to the Governor \
                    on Security, Paul Mbala, said three people died.";
        assert_eq!(
            roles_and_actors(text),
            [(Some("adviser".into()), Some("dr_congo_government".into()))]
        );
        // Serving a post that is not a government's names no party.
        let text = "Troops held the bridge near Kasai. The Senior Adviser to the bishop, \
                    Paul Mbala, said three people died.";
        assert_eq!(roles_and_actors(text), [(Some("adviser".into()), None)]);
    }

    #[test]
    fn burmese_honorifics_and_online_briefings() {
        let s = sources("Rebel spokesman U Tun Aung told an online briefing that the camp fell.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].name.as_deref(), Some("Tun Aung"));
        assert_eq!(s[0].role.as_deref(), Some("spokesperson"));
        assert_eq!(s[0].channel, Some(Channel::PressConference));
        // An honorific, not a rank: no army behind it.
        let s = sources("Daw Hla Hla, a nurse, said the clinic was shelled.");
        assert_eq!(s[0].name.as_deref(), Some("Hla Hla"), "{s:?}");
        assert_eq!(s[0].actor, None);
    }

    #[test]
    fn unnamed_sources_in_the_plural() {
        assert_eq!(
            roles("Security analysts say the group is regrouping."),
            [Some("analyst".to_string())]
        );
        assert_eq!(
            roles("Religious leaders said the mosque was hit twice."),
            [Some("religious leader".to_string())]
        );
    }

    /// A quotation that opens the sentence is what was said: a party named
    /// inside it does not speak, the document after it does.
    #[test]
    fn names_inside_a_closed_quotation_do_not_speak() {
        let s = sources(
            "The police said on Friday that a patrol had come under fire near the river, the Cauca police said.\n\n\"In the exchange, at least two ELN guerrillas were killed,\" the statement said.",
        );
        assert!(s.iter().all(|x| x.actor.as_deref() != Some("eln")), "{s:?}");
    }

    /// "X, in a communique read on television, said": the phrase between
    /// commas tells how X spoke; a quotation right after the cue is what
    /// was said, never an inverted speaker.
    #[test]
    fn a_prepositional_phrase_between_subject_and_cue() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The rebels of the CPC said they took the town. The army, in a communique read on state radio on Sunday, said \"a group of armed bandits\" had attacked the post and killed two soldiers.",
        ));
        let c = x
            .claims
            .iter()
            .find(|c| c.count.as_ref().and_then(|n| n.low) == Some(2));
        assert_eq!(
            c.and_then(|c| c.claimant.as_deref()),
            Some("army"),
            "{:?}",
            x.claims
        );
    }

    /// Unnamed speakers who say whom they belong to speak for that party.
    #[test]
    fn speakers_who_say_they_belong_to_a_party() {
        for text in [
            "Troops were ambushed near Uruapan, the army said. In a video, four armed men, who said they belonged to the CJNG, claimed to have killed six soldiers.",
            "Troops were ambushed near Uruapan, the army said. Two gunmen, who identified themselves as members of the CJNG, said they killed six soldiers.",
        ] {
            let x = Extractor::new().extract(&Document::new("t", text));
            let c = x.claims.iter().find(|c| c.count.as_ref().and_then(|n| n.low) == Some(6));
            assert_eq!(c.and_then(|c| c.claimant.as_deref()), Some("cjng"), "{text}\n{:?}", x.claims);
        }
    }

    /// A named person, a few words and a colon open that person's words.
    #[test]
    fn a_named_speaker_and_a_colon_in_notes() {
        let text = "Gunfire was heard all night in Kidal.\n\n\
                    Malian army spokesman Col. Souleymane Dembele, on state radio at noon: 14 militants were killed and two soldiers wounded.\n\n\
                    Context: 9 people died in a similar raid last year.";
        let (c, claims) = claimant_of_figure(text, 14);
        assert_eq!(c.as_deref(), Some("mali_army"), "{claims:?}");
        let (c, claims) = claimant_of_figure(text, 9);
        assert_eq!(c, None, "{claims:?}");
    }

    /// A country's "National Police", and French ranks in translated text.
    #[test]
    fn national_police_and_french_ranks() {
        a_named_speaker_of(
            "The spokesman of the Colombian National Police, Commissaire Ana Rojas, said two officers were wounded.",
            "Ana Rojas",
            "colombia_police",
        );
    }

    /// A role or casualty noun alone is no name in apposition to a role.
    #[test]
    fn a_common_noun_is_no_name_in_apposition() {
        let s = sources("Police detained 40 people in the raid. Herders, a nurse, two elders.");
        assert!(s.iter().all(|x| x.name.is_none()), "{s:?}");
        let s = sources("Fighting went on near Kidal, the army said. Musa Ag Ibrahim, a resident, said he saw 20 bodies.");
        assert!(
            s.iter()
                .any(|x| x.name.as_deref() == Some("Musa Ag Ibrahim")),
            "{s:?}"
        );
    }

    /// A hospital that reports is a source; one the wounded were taken
    /// to, or one its staff work in, is not.
    #[test]
    fn hospitals_that_report() {
        let hospital = |text: &str| -> Vec<Option<String>> {
            sources(text)
                .into_iter()
                .filter(|s| s.role.as_deref() == Some("hospital"))
                .map(|s| s.name)
                .collect()
        };
        assert_eq!(
            hospital("Kidal Regional Hospital said it had treated 14 wounded men."),
            [Some("Kidal Regional Hospital".to_string())]
        );
        assert_eq!(
            hospital("According to the hospital, six of the wounded were children."),
            [None]
        );
        assert_eq!(
            hospital("The clinic confirmed that two nurses were hurt."),
            [None]
        );
        for text in [
            "Nine wounded soldiers were flown to hospital, the army said.",
            "A nurse at the Kidal Regional Hospital said 14 men had been brought in.",
            "The wounded were treated at Gao Hospital, officials said.",
        ] {
            assert!(hospital(text).is_empty(), "{text}");
        }
    }

    /// Translations write a title in lowercase after "the": "the colonel
    /// X", "the lieutenant-colonel X"; one word after it is no name.
    #[test]
    fn lowercase_titles_after_the() {
        a_named_speaker_of(
            "The spokesman of the Malian army, the colonel Souleymane Dembele, declared that nine soldiers died.",
            "Souleymane Dembele",
            "mali_army",
        );
        let s = sources(
            "The Chadian army said the lieutenant-colonel Abakar Moussa Idriss led the column.",
        );
        let t = s
            .iter()
            .find(|x| x.name.as_deref() == Some("Abakar Moussa Idriss"));
        assert_eq!(
            t.and_then(|x| x.title.as_deref()),
            Some("lieutenant-colonel"),
            "{s:?}"
        );
        let s = sources("The general Assembly met on Monday, a diplomat said.");
        assert!(s.iter().all(|x| x.name.is_none()), "{s:?}");
    }

    /// A pronoun right before a cue is its subject, not a party named
    /// earlier in the clause ("of the army, who it said").
    #[test]
    fn a_pronoun_right_before_the_cue_is_the_subject() {
        let text = "The Karen National Union said in a statement its troops had:\n\n\
                    - overrun a camp of the junta;\n\
                    - detained three soldiers, who it said were being treated well.\n\n\
                    The statement said two of its own men were wounded.";
        let (c, claims) = claimant_of_figure(text, 2);
        assert_eq!(c.as_deref(), Some("knla"), "{claims:?}");
    }

    /// State news agencies are outlets that relay; one that quotes
    /// someone relays that one's words.
    #[test]
    fn a_news_agency_quoting_an_official() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Two guards died in an attack on a post near Zahedan, Iran, on Friday, the Tasnim news agency reported, quoting a provincial official.",
        ));
        let c = x.claims.first();
        assert_eq!(
            c.and_then(|c| c.claimant.as_deref()),
            Some("iran_government"),
            "{:?}",
            x
        );
        let s = sources("Three shells hit the port of Latakia, SANA reported.");
        assert_eq!(
            s.first().and_then(|s| s.actor.as_deref()),
            Some("sana"),
            "{s:?}"
        );
    }

    /// "He" after a party's report that brought in an unnamed man of its
    /// own is that man, not the person named before the report.
    #[test]
    fn he_after_another_partys_messenger() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Colonel Amadou Sow, the army spokesman, said the raid was repelled. He said four soldiers died.\n\nThe CPC rebels gave their own figures in an audio message sent by a man who called himself their spokesman. He said the rebels had killed 16 soldiers.",
        ));
        let c = x
            .claims
            .iter()
            .find(|c| c.count.as_ref().and_then(|n| n.low) == Some(16));
        let claimant = c.and_then(|c| c.claimant.as_deref());
        assert!(claimant.is_some_and(|a| a != "army"), "{:?}", x.claims);
    }

    /// "In a video on its channel, signed by its spokesman X, the group
    /// said": possessives fronted before the subject are the subject's.
    #[test]
    fn a_fronted_possessive_is_the_subjects() {
        a_named_speaker_of(
            "Troops of the Malian army were attacked near Gao. In a message posted on its Telegram channel, signed by its spokesman Abu Hudhaifa, JNIM said it had killed ten soldiers.",
            "Abu Hudhaifa",
            "jnim",
        );
    }

    /// A monitor's informants are no source of their own: "a monitor
    /// with a network of sources" is the monitor speaking.
    #[test]
    fn a_network_of_sources_is_its_owners() {
        assert!(roles(
            "The Kivu Security Tracker, a project with a network of sources in every territory, put the toll at 19."
        )
        .iter()
        .all(|r| r.as_deref() != Some("source")));
    }

    #[test]
    fn a_bare_name_after_its_cue_speaks() {
        let names = |t: &str| each(t, |s| s.name);
        assert_eq!(
            names("\"The shooting lasted an hour,\" said Amina Diallo, who runs a shop."),
            [Some("Amina Diallo".to_string())]
        );
        assert_eq!(
            names("The road is closed again, said Pedro Alves."),
            [Some("Pedro Alves".to_string())]
        );
        // Not a day and a name, nor one word.
        assert!(names("\"We left,\" said Friday Adamu.").is_empty());
        assert!(names("\"We left,\" said Adamu.").is_empty());
    }

    #[test]
    fn an_official_of_a_service_keeps_the_service_in_role_and_actor() {
        let one = |t: &str| -> (Option<String>, Option<String>) {
            let s = sources(t);
            assert_eq!(s.len(), 1, "{t}: {s:?}");
            (s[0].role.clone(), s[0].actor.clone())
        };
        let r = |role: &str, actor: &str| (Some(role.to_string()), Some(actor.to_string()));
        assert_eq!(
            one("In Chad, a military official said six soldiers died."),
            r("military official", "chad_army")
        );
        assert_eq!(
            one("In Chad, police officials said six gunmen were held."),
            r("police official", "chad_police")
        );
        // Other officials still speak for the authorities; health
        // officials for the health ministry.
        assert_eq!(
            one("In Chad, health officials said six people died."),
            r("health official", "chad_health_ministry")
        );
        assert_eq!(
            one("In Chad, officials said six people died."),
            r("official", "chad_government")
        );
    }

    #[test]
    fn a_capital_right_before_its_verb_speaks_whatever_came_before() {
        let s = sources(
            "Niger's rulers have often accused Paris of arming jihadist groups, a charge Paris rejects.",
        );
        assert!(
            s.iter()
                .any(|x| x.actor.as_deref() == Some("france_government")),
            "{s:?}"
        );
        assert!(
            s.iter().all(|x| x.actor.as_deref() != Some("jihadists")),
            "{s:?}"
        );
    }

    fn a_speaker_with_role(text: &str, role: &str) {
        let s = sources(text);
        assert!(
            s.iter().any(|x| x.role.as_deref() == Some(role)),
            "{text}: {s:?}"
        );
    }

    /// Asserts a source named `name` speaking for `actor`.
    fn a_named_speaker_of(text: &str, name: &str, actor: &str) {
        let s = sources(text);
        assert!(
            s.iter()
                .any(|x| x.name.as_deref() == Some(name) && x.actor.as_deref() == Some(actor)),
            "{text}: {s:?}"
        );
    }

    fn no_speaker_with_role(text: &str, role: &str) {
        let s = sources(text);
        assert!(
            s.iter().all(|x| x.role.as_deref() != Some(role)),
            "{text}: {s:?}"
        );
    }

    /// A local post serves the state that holds the place named with it
    /// (when the story names that country), not the government named last;
    /// two unnamed holders of one post for two parties stay two sources.
    #[test]
    fn a_local_post_serves_the_state_of_its_place() {
        a_named_speaker_of(
            "Russia fired 40 drones at Ukraine overnight. In Kharkiv a strike hit a market, \
             regional governor Oleh Bondar said.",
            "Oleh Bondar",
            "ukraine_government",
        );
        let s = sources(
            "Ukrainian drones hit a depot in Russia's Belgorod region, the regional governor \
             said. In Kharkiv, Ukraine, a strike hurt four people, the regional governor said.",
        );
        let governors: Vec<_> = s
            .iter()
            .filter(|x| x.role.as_deref() == Some("governor"))
            .filter_map(|x| x.actor.as_deref())
            .collect();
        assert_eq!(
            governors,
            ["russia_government", "ukraine_government"],
            "{s:?}"
        );
    }

    /// A post named again after "the" is the person named earlier in it;
    /// a post of the state with no one named in it speaks for its
    /// government; other posts after "the" stay unnamed voices of no one.
    #[test]
    fn the_post_again_is_its_holder() {
        let text = "Defence Minister Amina Kone toured the camp at Kidal on Friday. \
                    The minister said four soldiers were wounded.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let claim = x.claims.first().expect("a claim");
        let source = claim.source.and_then(|i| x.sources.get(i));
        assert_eq!(
            source.and_then(|s| s.name.as_deref()),
            Some("Amina Kone"),
            "{x:?}"
        );
        a_named_speaker_of(
            "Police spokeswoman Grace Wanjiru spoke first. Later the spokeswoman \
             said two officers were hurt near Garissa.",
            "Grace Wanjiru",
            "kenya_police",
        );
        a_speaker_with_role(
            "Shelling hit Kharkiv at dawn, wounding six people, the regional governor said.",
            "governor",
        );
        // ("The Kebbi State deputy governor": "the" before a long name.)
        a_speaker_with_role(
            "Gunmen raided a school in Kebbi, Nigeria. The Kebbi State deputy governor \
             condemned the \"senseless killings\".",
            "governor",
        );
        no_speaker_with_role(
            "Troops reached the river at dawn. The commander said the road was open.",
            "commander",
        );
    }

    /// A rank with no force named in its sentence is the home army's, not
    /// the last foreign force named.
    #[test]
    fn a_rank_alone_is_the_home_armys() {
        a_named_speaker_of(
            "Rwandan troops were seen near Goma in DR Congo on Monday. \
             Later, the spokesperson of the operations sector, Major Jean Kasongo, said the town was calm.",
            "Jean Kasongo",
            "dr_congo_army",
        );
    }

    /// Prosecutors speak for their government.
    #[test]
    fn prosecutors_speak_for_the_state() {
        let s = sources(
            "Four men were found dead in Guerrero, Mexico, according to state prosecutors.",
        );
        assert!(
            s.iter().any(|x| x.role.as_deref() == Some("prosecutor")
                && x.actor.as_deref() == Some("mexico_government")),
            "{s:?}"
        );
    }

    /// Whom a message is sent or spoken to is no source.
    #[test]
    fn listeners_are_not_speakers() {
        no_speaker_with_role(
            "Hamas said in a message sent to reporters that its fighters had hit a tank.",
            "journalist",
        );
        no_speaker_with_role(
            "The mayor spoke to residents after the raid, saying the town was safe.",
            "resident",
        );
        a_speaker_with_role(
            "Three people died, according to residents of the village.",
            "resident",
        );
    }

    /// Police ranks, with "of Police" or without, are the police's.
    #[test]
    fn police_ranks_speak_for_the_police() {
        a_named_speaker_of(
            "Gunmen attacked a checkpoint in Kaduna state, Nigeria, Commissioner of Police Ahmed Bello Musa said.",
            "Ahmed Bello Musa",
            "nigeria_police",
        );
        a_named_speaker_of(
            "Two officers were hurt in Peshawar, Pakistan, DSP Imran Qadir said.",
            "Imran Qadir",
            "pakistan_police",
        );
    }

    /// Voice messages travel on networks; the Islamic State's weekly is its
    /// outlet.
    #[test]
    fn voice_messages_and_newsletters() {
        let s =
            sources("In a voice message, a spokesman for the ELN said two soldiers were killed.");
        assert_eq!(s[0].channel, Some(Channel::SocialMedia), "{s:?}");
        let s = sources("In its weekly al-Naba, the Islamic State said it killed five soldiers.");
        assert_eq!(s[0].channel, Some(Channel::NewsAgency), "{s:?}");
        let s = sources("In its newsletter, ISWAP said it killed five soldiers.");
        assert_eq!(s[0].channel, Some(Channel::Statement), "{s:?}");
    }

    /// A headline or bullet credited after a closing dash is the credited
    /// party's.
    #[test]
    fn a_dash_credits_the_line() {
        for (text, who) in [
            (
                "Gunmen kill seven in Katsina village - Police",
                "nigeria_police",
            ),
            (
                "\u{2022} Shelling kills four and wounds nine in Bakhmut \u{2014} Ukrainian army",
                "ukraine_army",
            ),
        ] {
            let x = crate::Extractor::new().extract(&crate::Document::new("t", text));
            assert!(!x.claims.is_empty(), "{text}: {x:?}");
            assert!(
                x.claims.iter().all(|c| c.claimant.as_deref() == Some(who)),
                "{text}: {x:?}"
            );
        }
        // A long aside after a dash credits nothing.
        let x = crate::Extractor::new().extract(&crate::Document::new(
            "t",
            "Gunmen killed seven people - the police arrived two hours later.",
        ));
        assert!(x.claims.iter().all(|c| c.claimant.is_none()), "{x:?}");
    }

    /// "X, the group led by Y, said": X speaks; Y only describes it.
    #[test]
    fn the_leader_in_an_apposition_is_not_the_speaker() {
        for text in [
            "The TTP, the militant alliance led by Noor Wali Mehsud, said nine soldiers were killed.",
            "The TTP, which is headed by Noor Wali Mehsud, said nine soldiers were killed.",
        ] {
            let s = sources(text);
            assert_eq!(s.len(), 1, "{text}: {s:?}");
            assert_eq!(s[0].actor.as_deref(), Some("ttp"), "{text}: {s:?}");
            assert_ne!(s[0].name.as_deref(), Some("Noor Wali Mehsud"), "{text}: {s:?}");
        }
        // A commander named in apposition does not take the army's words.
        let x = crate::Extractor::new().extract(&crate::Document::new(
            "t",
            "The Ghanaian army, commanded by General Kofi Mensah, said four militants were killed.",
        ));
        assert_eq!(x.claims[0].claimant.as_deref(), Some("ghana_army"), "{x:?}");
    }

    #[test]
    fn named_speakers_with_role_title_and_actor() {
        let s = sources(
            "Army spokesman Lt-Col Moussa Diarra told state television that the post held.",
        );
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].name.as_deref(), Some("Moussa Diarra"));
        assert_eq!(s[0].role.as_deref(), Some("spokesperson"));
        assert_eq!(s[0].title.as_deref(), Some("Lt-Col"));
        assert_eq!(s[0].channel, Some(Channel::Television));
        let s = sources("Gen Ali Musa, the commander of the Multinational Joint Task Force, said the island was retaken.");
        assert_eq!(s[0].actor.as_deref(), Some("mnjtf"), "{s:?}");
        // The role may be followed by where the person serves.
        let s = sources(
            "Maj. Idrissa Kone, the army's spokesman in Mopti, told reporters the road was open.",
        );
        assert_eq!(s[0].role.as_deref(), Some("spokesperson"), "{s:?}");
        assert_eq!(s[0].title.as_deref(), Some("Maj."));
    }

    #[test]
    fn a_party_named_in_the_appositive_and_not_in_the_quote() {
        // "the M23 deputy spokesman": the party named before the role; the
        // rebels the quotation speaks of are not the speaker's side.
        let s = sources(
            "\"We drove the rebels out,\" said Major General Sylvain Ekenge \
             Bomusa, the FARDC spokesman, on Monday.",
        );
        assert_eq!(s[0].role.as_deref(), Some("spokesperson"), "{s:?}");
        assert_eq!(s[0].actor.as_deref(), Some("dr_congo_army"), "{s:?}");
        let s = sources(
            "\"We hold the town,\" said Colonel Willy Ngoma Lubala, the M23 deputy \
             military spokesman.",
        );
        assert_eq!(s[0].actor.as_deref(), Some("m23"), "{s:?}");
        // The second of three names stands for the person later on.
        let text = "Army spokesman Peter Garang Maker spoke in Juba. Garang said \
                    four soldiers had been killed.";
        let e = Extractor::new().extract(&Document::new("t", text));
        assert_eq!(e.sources.len(), 1, "{:?}", e.sources);
        assert_eq!(e.claims[0].source, Some(0), "{:?}", e.claims);
    }

    #[test]
    fn the_army_capitalised_names_the_state_force() {
        // "the Army's battalion" names the army, so a rank in the sentence
        // is a soldier's even where rebels are spoken of.
        let s = sources(
            "Kenyan troops were ambushed. Soldiers of the Army's 5th battalion \
             were on patrol when the rebels opened fire, according to Lt. Col. \
             Peter Mwangi.",
        );
        assert_eq!(s[0].actor.as_deref(), Some("kenya_army"), "{s:?}");
    }

    #[test]
    fn a_relative_clause_before_the_cue_leaves_the_subject_before_it() {
        // "X, which ..., says the army killed": the army is what X reports,
        // not a speaker after an inverted cue.
        let s = sources(
            "Chad's government, which came to power in May 2021, says the army \
             killed dozens of rebels near the lake.",
        );
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].actor.as_deref(), Some("chad_government"), "{s:?}");
        // An inverted cue after a plain clause still names its speaker.
        let s = sources("The raid killed nine herders, said the army.");
        assert_eq!(s[0].actor.as_deref(), Some("army"), "{s:?}");
    }

    /// Whether no source of `s` has `role`.
    fn without_role(s: &[crate::Source], role: &str) -> bool {
        s.iter().all(|x| x.role.as_deref() != Some(role))
    }

    #[test]
    fn a_name_alone_before_a_reporting_verb() {
        let named = |text: &str| -> Vec<(Option<String>, Option<String>)> {
            sources(text)
                .into_iter()
                // People: a party speaking as a body has its actor.
                .filter(|s| s.name.is_some() && s.actor.is_none())
                .map(|s| (s.name, s.role))
                .collect()
        };
        assert_eq!(
            named("Ibrahim Sanogo told reporters that four guards died."),
            [(Some("Ibrahim Sanogo".to_string()), None)]
        );
        assert_eq!(
            named("The head of the drivers' union, Issa Traore, said two lorries burned."),
            [(Some("Issa Traore".to_string()), None)]
        );
        // A role before it is found with it.
        assert_eq!(
            named("A farmer, Issa Traore, said two lorries burned."),
            [(Some("Issa Traore".to_string()), Some("farmer".to_string()))]
        );
        assert_eq!(
            named("A farmer in Kayes, Issa Traore, said two lorries burned."),
            [(Some("Issa Traore".to_string()), Some("farmer".to_string()))]
        );
        // A place before a name in apposition is not the name.
        assert_eq!(
            named("The head of the union in Kayes, Issa Traore, said two lorries burned."),
            [(Some("Issa Traore".to_string()), None)]
        );
        // Not a body, common nouns, a question, or a place's phrase.
        assert!(named("The Sultan Murad Division said it took the hill.").is_empty());
        assert!(named("Local Residents said four guards died.").is_empty());
        assert!(named("Has Ali Musa said anything about the raid?").is_empty());
        assert!(named("Burkina Faso said four guards died.").is_empty());
        assert!(named("The Islamist group Katiba Serma said it killed 12 guards.").is_empty());
    }

    #[test]
    fn a_partys_leaders_speak_unnamed() {
        let s =
            sources("Clashes went on near Goma. M23 commanders say their fighters hold the hills.");
        assert_eq!(s[0].role.as_deref(), Some("commander"), "{s:?}");
        assert_eq!(s[0].actor.as_deref(), Some("m23"), "{s:?}");
        // One leader without an article is someone named elsewhere.
        let s = sources("Clashes went on near Goma. The M23 leader said the hills were held.");
        assert!(without_role(&s, "leader"), "{s:?}");
    }

    #[test]
    fn a_partys_outlet_and_its_message() {
        let channel = |text: &str| {
            sources(text)
                .into_iter()
                .find(|x| x.actor.as_deref() == Some("iswap"))
                .and_then(|x| x.channel)
        };
        assert_eq!(
            channel("ISWAP claimed the raid through its propaganda agency, saying it killed 9."),
            Some(Channel::NewsAgency)
        );
        assert_eq!(
            channel("In a claim relayed by the Amaq agency, ISWAP said it killed 9."),
            Some(Channel::NewsAgency)
        );
        assert_eq!(
            channel("ISWAP said in a statement released by its media arm that it killed 9."),
            Some(Channel::Statement)
        );
        assert_eq!(
            channel("ISWAP said in a message to its supporters that it killed 9."),
            Some(Channel::Statement)
        );
    }

    /// A label after a timestamp, naming by surname a person introduced
    /// before, gives the paragraph to that person's party.
    #[test]
    fn timestamped_labels_by_surname() {
        let t = "[00:00:05] HOST: My guest is Ahmad Wali, a commander of the National Resistance Front.\n\n\
                 [00:00:40] HOST: What happened on Friday?\n\n\
                 [00:00:44] WALI: We overran two posts and killed nine Taliban fighters.";
        let (c, claims) = claimant_of_figure(t, 9);
        assert_eq!(c.as_deref(), Some("nrf_afghanistan"), "{claims:?}");
    }

    #[test]
    fn transcript_and_script_labels_name_the_speaker() {
        let claimants = |text: &str| -> Vec<Option<String>> {
            Extractor::new()
                .extract(&Document::new("t", text))
                .claims
                .into_iter()
                .map(|c| c.claimant)
                .collect()
        };
        // A transcript: the paragraph a "NAME (BODY):" label opens is the
        // body's, and so is the same name's later paragraph; the host's
        // and a caller's are no one's.
        let t = "HOST: With us is a spokesman for Human Rights Watch, Omar Idris.\n\n\
                 OMAR IDRIS (HRW): Thank you. Our team counted at least 14 civilians killed in the shelling.\n\n\
                 HOST: And the wounded?\n\n\
                 OMAR IDRIS: We know of 30 people wounded.\n\n\
                 CALLER: My neighbour says four people died on our street.";
        assert_eq!(
            claimants(t),
            [Some("hrw".to_string()), Some("hrw".to_string()), None]
        );
        let s = sources(t);
        assert!(
            s.iter()
                .any(|x| x.name.as_deref() == Some("Omar Idris")
                    && x.actor.as_deref() == Some("hrw")),
            "{s:?}"
        );
        // A broadcast script: the clip after a "[SOUNDBITE — ...]" label
        // is the words of the body the label names.
        let t = "The town was quiet by noon.\n\n\
                 [SOUNDBITE — Major Paul Obi, spokesman of the Nigerian Army]\n\n\
                 \"Our troops held the position. Eleven terrorists were neutralised.\"\n\n\
                 Residents said two farmers died.";
        let got = claimants(t);
        let (last, clip) = got.split_last().expect("claims");
        assert!(
            !clip.is_empty() && clip.iter().all(|c| c.as_deref() == Some("nigeria_army")),
            "{got:?}"
        );
        assert_eq!(*last, None);
        // A dateline with its agency is no speaker label.
        let t = "KANO (AFP): Gunmen killed nine villagers on Sunday.";
        assert_eq!(claimants(t), [None]);
        // A label that names no one lends nothing.
        let t =
            "[SOUNDBITE — a trader at the market]\n\n\"Three men were killed near the stalls.\"";
        assert_eq!(claimants(t), [None]);
    }

    #[test]
    fn a_ministry_that_speaks_is_a_source_of_its_own() {
        let s = sources(
            "Strikes hit Tyre in Lebanon. Lebanon's health ministry said four people died. \
             The Ministry of Foreign Affairs said it would complain to the UN. \
             The health ministry later said two more had died.",
        );
        let names: Vec<&str> = s.iter().filter_map(|x| x.name.as_deref()).collect();
        assert!(names.contains(&"Ministry of Health"), "{names:?}");
        assert!(names.contains(&"Ministry of Foreign Affairs"), "{names:?}");
        assert_eq!(
            names.iter().filter(|n| **n == "Ministry of Health").count(),
            1
        );
        // The health ministry is told apart from the government.
        for x in &s {
            let want = if x.name.as_deref() == Some("Ministry of Health") {
                "lebanon_health_ministry"
            } else {
                "lebanon_government"
            };
            assert_eq!(x.actor.as_deref(), Some(want), "{s:?}");
        }
    }

    #[test]
    fn the_party_right_before_the_cue_is_its_subject() {
        let text =
            "After Boko Haram fighters raided the camp the Chadian army said 9 raiders died.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let c = x.claims.first().expect("a claim");
        assert_eq!(c.claimant.as_deref(), Some("chad_army"), "{c:?}");
    }

    #[test]
    fn a_post_named_by_its_place_speaks_unnamed() {
        let s = sources(
            "Bandits raided Gusau in Nigeria. The Governor of Zamfara said the town was calm.",
        );
        assert_eq!(s[0].role.as_deref(), Some("governor"), "{s:?}");
        assert_eq!(s[0].actor.as_deref(), Some("nigeria_government"), "{s:?}");
        // Without its place, "the governor" is the one named earlier, or
        // else an unnamed voice of the government.
        a_named_speaker_of(
            "Governor Dauda Lawal flew to Gusau. The governor said the town was calm.",
            "Dauda Lawal",
            "nigeria_government",
        );
        let s = sources("Bandits raided Gusau in Nigeria. The governor said the town was calm.");
        assert_eq!(s[0].actor.as_deref(), Some("nigeria_government"), "{s:?}");
    }

    #[test]
    fn a_name_given_after_the_role() {
        let s = sources(
            "A farmer, who gave his name only as Ibrahim, said the raiders took his goats.",
        );
        assert_eq!(s[0].name.as_deref(), Some("Ibrahim"), "{s:?}");
        assert_eq!(s[0].role.as_deref(), Some("farmer"), "{s:?}");
        let s =
            sources("A nurse identified as Grace Achieng told reporters that six men were hurt.");
        assert_eq!(s[0].name.as_deref(), Some("Grace Achieng"), "{s:?}");
    }

    #[test]
    fn a_role_for_the_party_named_after_it() {
        let s = sources("A spokesman for the ELN said the bridge was blown up.");
        assert_eq!(s[0].actor.as_deref(), Some("eln"), "{s:?}");
    }

    #[test]
    fn a_capitalised_government_names_it() {
        let s = sources(
            "Malian troops fought the rebels. The Transitional Government said the town held.",
        );
        assert_eq!(s[0].actor.as_deref(), Some("mali_government"), "{s:?}");
    }

    #[test]
    fn for_a_party_the_view_that_follows() {
        let text = "Chadian troops held the island. For the army, the raid was \
                    \"a last gasp of a beaten enemy\".";
        let e = Extractor::new().extract(&Document::new("t", text));
        let c = e
            .claims
            .iter()
            .find(|c| c.kind == crate::ClaimKind::Characterization);
        assert_eq!(
            c.and_then(|c| c.claimant.as_deref()),
            Some("chad_army"),
            "{:?}",
            e.claims
        );
        // "For two days," names no one.
        assert!(sources("For two days, gunmen shelled the town.").is_empty());
    }

    #[test]
    fn a_capital_that_speaks_is_its_government() {
        let s = sources("Moscow has denied the report, while Kyiv said 12 drones were downed.");
        let actors: Vec<_> = s.iter().filter_map(|x| x.actor.as_deref()).collect();
        assert_eq!(actors, ["russia_government", "ukraine_government"], "{s:?}");
        // A capital as a place is no one.
        assert!(sources("Fighting broke out near Juba on Monday.").is_empty());
    }

    #[test]
    fn the_subject_of_what_was_said_is_no_speaker() {
        // "said villagers spent the night": the villagers are what was said.
        no_speaker_with_role(
            "The chief said villagers spent the night outdoors.",
            "villager",
        );
        no_speaker_with_role("The mayor said residents returned on Monday.", "resident");
        // The inverted "said a resident" speaks, with a participle after it.
        a_speaker_with_role(
            "The town was calm, said a resident contacted through a relative.",
            "resident",
        );
    }

    #[test]
    fn unnamed_sources_only_when_they_speak() {
        let s = sources(
            "\"They came at night,\" said a farmer from Djibasso. Officials evacuated residents.",
        );
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].role.as_deref(), Some("farmer"));
        assert_eq!(s[0].location.as_deref(), Some("Djibasso"));
        assert!(sources("The official toll rose on Monday.").is_empty());
        // After "said", a role with a verb between is the verb's object.
        no_speaker_with_role(
            "The governor said bandits abducted 30 farmers on Friday.",
            "farmer",
        );
        // The role nearest the cue speaks, unless the two are coordinated.
        no_speaker_with_role("Bandits shot a herder near Maru, traders said.", "herder");
        a_speaker_with_role(
            "The market burned, residents and local officials said.",
            "resident",
        );
        // A long relative clause between the role and its cue.
        a_speaker_with_role("A nurse at the district hospital in Kaya, who asked not to be named because staff are not allowed to speak to reporters, said nine bodies had arrived.", "nurse");
        a_speaker_with_role("The bridge was blown up, said two farmers.", "farmer");
        // A new clause between the role and the cue has its own subject.
        no_speaker_with_role(
            "Troops shot a farmer near the dam, while the governor said order was restored.",
            "farmer",
        );
        // A role after "said" followed by an auxiliary is what was said.
        no_speaker_with_role(
            "The chief, Musa Idris, said the herders had fled to the hills.",
            "herder",
        );
        // A sentence adverb before a comma is not a name.
        let s = sources("Also, a police source said the road was closed.");
        assert!(s.iter().all(|x| x.name.is_none()), "{s:?}");
        // With a place after the role, the party is still the one before
        // it: "the JNIM spokesman in Timbuktu, X".
        let s = sources(
            "The post was overrun, the JNIM spokesman in Timbuktu, Ahmed Ag Sidi, told AFP.",
        );
        assert_eq!(s[0].actor.as_deref(), Some("jnim"), "{s:?}");
        // "Their military spokesman": the owner of "their", not the army.
        let s = sources("JNIM gave another account. Their military spokesman, Colonel Abu Hamza, said the post fell.");
        assert_eq!(s[0].actor.as_deref(), Some("jnim"), "{s:?}");
        // The party after a role: "a commander of the X group".
        let s =
            sources("A commander of the JNIM group, reached by phone, said the convoy was hit.");
        assert_eq!(s[0].actor.as_deref(), Some("jnim"), "{s:?}");
    }

    #[test]
    fn a_titled_surname_later_is_the_same_person() {
        let s = sources(
            "JNIM's spokesman, Commander Ahmed Ag Sidi, said the post fell. \"We took it,\" Cmdr. Sidi said.",
        );
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].actor.as_deref(), Some("jnim"));
        assert_eq!(s[0].mentions.len(), 2, "{s:?}");
    }

    /// A two-word surname later ("Van Dyk said") speaks for the party of
    /// the full name given before.
    #[test]
    fn a_two_word_surname_later_speaks_for_the_same_party() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Captain Pieter Van Dyk, a spokesman for the Kenyan army, said the patrol was ambushed. Three soldiers were wounded, Van Dyk said.",
        ));
        assert_eq!(x.sources.len(), 1, "{:?}", x.sources);
        assert!(
            x.claims
                .iter()
                .any(|c| c.count.as_ref().and_then(|n| n.low) == Some(3)
                    && c.claimant.as_deref() == Some("kenya_army")),
            "{:?}",
            x.claims
        );
    }

    /// A nom de guerre given after the role is the role's name: one
    /// source, of the role's party.
    #[test]
    fn a_name_a_role_goes_by_is_that_role() {
        for text in [
            "A spokesman for the ELN's western front, who uses the name Camilo Rojas, said the rebels downed a drone.",
            "A commander of the ELN who calls himself \"Comandante Lucas\" said the rebels downed a drone.",
        ] {
            let s = sources(text);
            assert_eq!(s.len(), 1, "{text}\n{s:?}");
            assert_eq!(s[0].actor.as_deref(), Some("eln"), "{s:?}");
            assert!(s[0].role.is_some() && s[0].name.is_some(), "{s:?}");
        }
    }

    #[test]
    fn a_town_inside_a_persons_name_is_the_name() {
        // Anka and Bungudu are towns in Zamfara; here they are surnames.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Gunmen attacked Kucheri in Zamfara, police spokesman Yazid Anka said. Captain Ali Bungudu said troops pursued them.",
        ));
        let places: Vec<&str> = x.locations.iter().map(|l| l.name.as_str()).collect();
        assert!(places.contains(&"Zamfara"), "{places:?}");
        assert!(
            !places.contains(&"Anka") && !places.contains(&"Bungudu"),
            "{places:?}"
        );
        assert!(x
            .sources
            .iter()
            .any(|s| s.name.as_deref() == Some("Ali Bungudu")));
    }

    #[test]
    fn names_with_their_role_in_apposition() {
        // Name first, role after: the role may be one that usually goes
        // unnamed ("a farmer") or one that comes with a name.
        let s = sources("Aisha Bello, a farmer who fled the village, said the men came on foot.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].name.as_deref(), Some("Aisha Bello"));
        assert_eq!(s[0].role.as_deref(), Some("farmer"));
        let s = sources("Ibrahim Toure, the regional governor, said order had been restored.");
        assert_eq!(s[0].name.as_deref(), Some("Ibrahim Toure"), "{s:?}");
        assert_eq!(s[0].role.as_deref(), Some("governor"));
        // Without an article, the role right after the comma.
        let s = sources("Ka Rodel Santos, spokesperson of the rebel front, said the post fell.");
        assert_eq!(s[0].role.as_deref(), Some("spokesperson"), "{s:?}");
        // Not a verb and a noun: "Musa Garba, said villagers".
        let s = sources("A resident, Musa Garba, said villagers spent the night in the bush.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].role.as_deref(), Some("resident"), "{s:?}");
        // Role first, name in apposition: a person, kept apart from the
        // unnamed people of the same role.
        let s = sources(
            "Residents said the gunmen stayed for hours. A trader, Halima Sani, said she hid in a granary.",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s.iter().any(|x| x.name.as_deref() == Some("Halima Sani")));
        // A place or a weekday before the comma is not a person.
        for text in [
            "Near Fada N'Gourma, a source said, the convoy turned back.",
            "On Thursday, the spokesman said the road had reopened.",
        ] {
            assert!(sources(text).iter().all(|x| x.name.is_none()), "{text}");
        }
    }

    #[test]
    fn a_local_and_a_ministry_official_are_two_sources() {
        let s = sources(
            "Gunmen raided Kaya in Burkina Faso. A ministry official said the raid was repelled. \
             A local official said the raiders burned the market.",
        );
        let officials = s
            .iter()
            .filter(|x| x.role.as_deref() == Some("official"))
            .count();
        assert_eq!(officials, 2, "{s:?}");
        // One role with nothing telling them apart is one source.
        let s = sources(
            "Gunmen raided Kaya in Burkina Faso. An official said the raid was repelled. \
             The official said the raiders burned the market.",
        );
        let officials = s
            .iter()
            .filter(|x| x.role.as_deref() == Some("official"))
            .count();
        assert_eq!(officials, 1, "{s:?}");
    }

    #[test]
    fn one_unnamed_person_and_the_pronoun_after() {
        // A role that usually comes with a name, unnamed after "a": a
        // person of the party named before the role.
        let text = "A Boko Haram commander told reporters the town had fallen. \
                    He said 12 soldiers were killed in the fighting.";
        let x = Extractor::new().extract(&Document::new("t", text));
        assert_eq!(x.sources.len(), 1, "{:?}", x.sources);
        assert_eq!(x.sources[0].role.as_deref(), Some("commander"));
        assert_eq!(x.sources[0].actor.as_deref(), Some("boko_haram"));
        let killed = x
            .claims
            .iter()
            .find(|c| c.count.as_ref().is_some_and(|n| n.low == Some(12)))
            .expect("the toll");
        assert_eq!(killed.claimant.as_deref(), Some("boko_haram"));
        assert_eq!(killed.source, Some(0));
        // "He" is never a group of people.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Residents said the gunmen came at night. He said five people were killed.",
        ));
        assert!(
            x.claims.iter().all(|c| c.source.is_none()),
            "{:?}",
            x.claims
        );
        // Without "a", such a role is not an unnamed source of its own.
        assert!(sources("The commander was not available for comment.").is_empty());
    }

    #[test]
    fn organisations_that_speak_with_their_channel() {
        let s = sources("ISWAP said on Telegram that it had overrun the base.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].actor.as_deref(), Some("iswap"));
        assert_eq!(s[0].channel, Some(Channel::SocialMedia));
        // A party that does not speak is not a source.
        assert!(sources("Boko Haram has not commented on the raid.").is_empty());
    }

    #[test]
    fn police_ranks_parties_after_the_role_and_owners() {
        let s = sources(
            "\"They will pay,\" said Gen. Jorge Luis Mejia, the commander of the Cauca \
             police department.",
        );
        assert_eq!(s[0].actor.as_deref(), Some("colombia_police"), "{s:?}");
        let s = sources("Kano police spokesman ASP Haruna Kiyawa said the suspects fled.");
        assert_eq!(s[0].title.as_deref(), Some("ASP"), "{s:?}");
        let s = sources("Ghana's army said the post held. According to Kofi Mensah, a spokesman for the regional government, two people died.");
        let p = s.iter().find(|x| x.name.as_deref() == Some("Kofi Mensah"));
        assert_eq!(
            p.and_then(|x| x.actor.as_deref()),
            Some("ghana_government"),
            "{s:?}"
        );
        let s = sources("JNIM fighters attacked the post. Ahmed Ould Sidi, the group's military spokesman, said the base fell.");
        let p = s
            .iter()
            .find(|x| x.name.as_deref() == Some("Ahmed Ould Sidi"));
        assert_eq!(p.and_then(|x| x.actor.as_deref()), Some("jnim"), "{s:?}");
        // A generic force noun before an unnamed role is the force named
        // before it: "an army spokesman" after "Kenyan troops".
        let s = sources("Kenyan troops held the ridge. An army spokesman said four raiders died.");
        let p = s.iter().find(|x| x.role.as_deref() == Some("spokesperson"));
        assert_eq!(
            p.and_then(|x| x.actor.as_deref()),
            Some("kenya_army"),
            "{s:?}"
        );
    }

    #[test]
    fn seats_of_government_roles_in_apposition_and_demonyms() {
        let s =
            sources("A Kremlin spokesman, Dmitry Volkov, told reporters the claims were false.");
        assert_eq!(s[0].actor.as_deref(), Some("russia_government"), "{s:?}");
        // The role after a titled name is that person's, not a second source.
        let s = sources("\"We held the bridge,\" said Col. Amadou Diarra, a battalion commander.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].role.as_deref(), Some("commander"));
        // A demonym before an official names the government.
        let s = sources("Kenyan police said 12 raiders died. Somali health officials said nine people were hurt.");
        let official = s
            .iter()
            .find(|x| x.role.as_deref() == Some("health official"));
        assert_eq!(
            official.and_then(|x| x.actor.as_deref()),
            Some("somalia_health_ministry"),
            "{s:?}"
        );
    }

    #[test]
    fn a_quotation_of_several_sentences_is_its_closing_speakers() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "\"Three of our men were killed. Five bandits were neutralised. The search goes on,\" Kenya's police said on Sunday.\n\nFour traders died, a resident said.",
        ));
        let by: Vec<_> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(
            by,
            [Some("kenya_police"), Some("kenya_police"), None],
            "{:?}",
            x.claims
        );
    }

    #[test]
    fn a_quotation_is_not_its_own_speaker() {
        // "The statement added" speaks for whoever issued the statement; the
        // names inside the quotation are what was said.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Troops beat back the raid, the Chadian army said.\n\n\"Weapons seized from the Boko Haram fighters include 12 rifles,\" the statement added.",
        ));
        let speakers: Vec<_> = x
            .sources
            .iter()
            .filter_map(|s| s.actor.as_deref())
            .collect();
        assert_eq!(speakers, ["chad_army"], "{:?}", x.sources);
        let m = x
            .claims
            .iter()
            .find(|c| c.kind == crate::ClaimKind::Materiel);
        assert_eq!(
            m.and_then(|c| c.claimant.as_deref()),
            Some("chad_army"),
            "{:?}",
            x.claims
        );
    }

    #[test]
    fn a_reproduced_document_is_its_issuers() {
        // The party it was issued by, though another is named with it, and
        // one short sentence after the announcement.
        let text = "We carry below the statement signed on Sunday by the Nigerian \
                    Army after ISWAP fighters raided a police outpost. Comments \
                    follow.\n\n---\n\n1. Nine insurgents were neutralised.\n\n\
                    ---\n\nThree farmers died nearby, residents said.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let by: Vec<_> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(by, [Some("nigeria_army"), None], "{:?}", x.claims);
        // An agency that published it carries it: the one party issued it.
        let text = "ISWAP claimed the raid on Saturday. We reproduce its statement \
                    below, as published by the Amaq news agency.\n\n---\n\n\
                    Nine soldiers were killed.\n\n---\n\nThree farmers died \
                    nearby, residents said.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let by: Vec<_> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(by, [Some("iswap"), Some("iswap"), None], "{:?}", x.claims);
    }

    #[test]
    fn a_document_reproduced_in_full_is_its_authors() {
        let text = "Chad's army issued a press release on the raid on Monday. We print it below in full.\n\nREPUBLIC OF CHAD\n\nPRESS RELEASE\n\nTHE ASSAULT ON THE POST WAS REPELLED. SIX SOLDIERS DIED.\n\n---\n\nResidents said the market burned.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let by = |kind: crate::ClaimKind| {
            x.claims
                .iter()
                .find(|c| c.kind == kind)
                .and_then(|c| c.claimant.as_deref())
        };
        assert_eq!(
            by(crate::ClaimKind::Repelled),
            Some("chad_army"),
            "{:?}",
            x.claims
        );
        assert_eq!(
            by(crate::ClaimKind::Casualties),
            Some("chad_army"),
            "{:?}",
            x.claims
        );
        // Up to the rule that closes it, past a passive "is reported as".
        let text = "Chad's army issued a press release on the raid on Monday. We print it below in full.\n\n---\n\nPRESS RELEASE\n\nSix soldiers died; their state is reported as stable.\n\n---\n\nFour civilians died in the market.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let by: Vec<_> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(by, [Some("chad_army"), None], "{:?}", x.claims);
        // "Issued the following statement ... published unedited".
        let text = "Chad's army issued the following statement on Monday night. We publish it unedited.\n\n---\n\n1. Four soldiers died when a mine struck their truck.\n\n---\n\nTwo shepherds were killed nearby, residents said.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let by: Vec<_> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(by, [Some("chad_army"), None], "{:?}", x.claims);
        // "We reproduce the main part of its English version below": a
        // document named after a few words of its own.
        let text = "Chad's army posted a long statement in French and English on Monday. We reproduce the main part of the English version below, edited for length.\n\n\"1. Four soldiers died when a mine struck their truck.\"\n\nTwo shepherds were killed nearby, residents said.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let by: Vec<_> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(by, [Some("chad_army"), None], "{:?}", x.claims);
        // A document that speaks of its author in the third person ("The
        // Chief of Staff informs the public that ...") goes on after it.
        let text = "Chad's army issued a communique on the raid on Monday. We reproduce it in full below.\n\n---\n\nThe Chief of Staff of the Chadian army informs the public that a post was attacked on Sunday.\n\nThe assault was repelled. Four soldiers died.\n\n---\n\nTwo shepherds were killed nearby, residents said.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let by: Vec<_> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(
            by,
            [Some("chad_army"), Some("chad_army"), None],
            "{:?}",
            x.claims
        );
        // "It is reproduced as received": "it" is the note, not the party
        // named before the paragraph; a district's police issued it.
        let text = "Rebels deny the police account of the clash in Kenya.\n\nThe Garissa county police issued the following press note on Friday. It is reproduced as received.\n\n---\n\nPRESS NOTE\n\nThe bodies of 03 (three) bandits were recovered.\n\n---\n\nTraders said the market reopened.";
        let x = Extractor::new().extract(&Document::new("t", text));
        let by: Vec<_> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(by, [Some("kenya_police")], "{:?}", x.claims);
        // Two parties named where it is announced: no one's.
        let text = "Chad's army and the rebels both issued statements. We print the army's below in full.\n\nTHE ASSAULT WAS REPELLED.";
        let x = Extractor::new().extract(&Document::new("t", text));
        assert!(
            x.claims.iter().all(|c| c.claimant.is_none()),
            "{:?}",
            x.claims
        );
    }

    #[test]
    fn who_blames_speaks_and_who_is_blamed_does_not() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Interior Minister Halima Oumar blamed the rebels for the raid on the depot.",
        ));
        assert!(
            x.sources
                .iter()
                .any(|s| s.name.as_deref() == Some("Halima Oumar")
                    && s.role.as_deref() == Some("minister")),
            "{:?}",
            x.sources
        );
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Chad says nine soldiers killed in raid, blames Boko Haram",
        ));
        assert!(
            x.sources
                .iter()
                .all(|s| s.actor.as_deref() != Some("boko_haram")),
            "{:?}",
            x.sources
        );
    }

    #[test]
    fn informed_disclosed_and_briefed_report() {
        // "informed ... that" reports; "informed sources" are still sources.
        let text = "The spokesman of Niger's army informed journalists on Friday \
                    that the attack was repelled and that troops neutralised nine \
                    terrorists.";
        assert_eq!(claimant_of_figure(text, 9).0.as_deref(), Some("niger_army"));
        // So do "disclosed" and "briefed ... that".
        for text in [
            "Nigeria's army spokesman disclosed that 12 insurgents were killed.",
            "Nigeria's army briefed reporters that 12 insurgents were killed.",
        ] {
            assert_eq!(
                claimant_of_figure(text, 12).0.as_deref(),
                Some("nigeria_army"),
                "{text}"
            );
        }
        assert_eq!(
            roles("Well-informed sources said 12 soldiers died near Mopti."),
            [Some("source".to_string())]
        );
    }

    #[test]
    fn a_role_word_before_a_plain_word_and_a_body_is_an_adjective() {
        let text = "The Jos Monitors Network, a volunteer rights group that counts \
                    the dead, said 12 villagers were killed.";
        assert!(roles(text)
            .iter()
            .all(|r| r.as_deref() != Some("volunteer")));
        assert_eq!(
            claimant_of_figure(text, 12).0.as_deref(),
            Some("jos_monitors_network")
        );
        // A role word before a reporting verb still speaks.
        assert_eq!(
            roles("A volunteer said 12 villagers were killed."),
            [Some("volunteer".to_string())]
        );
    }

    #[test]
    fn no_inverted_speaker_past_a_semicolon_or_before_an_infinitive() {
        let text = "Three soldiers killed in an ambush near Marawi, the armed \
                    forces say; NPA claims eight.";
        assert_ne!(claimant_of_figure(text, 3).0.as_deref(), Some("npa"));
        let text = "Three soldiers killed in an ambush near Marawi; NPA claims.";
        assert_ne!(claimant_of_figure(text, 3).0.as_deref(), Some("npa"));
        // Nor an inverted cue with an infinitive: it reports what follows.
        let text = "Eleven soldiers died in the raid near Marawi, the NPA claims to \
                    hold the town.";
        let (eleven, claims) = claimant_of_figure(text, 11);
        assert_ne!(eleven.as_deref(), Some("npa"), "{claims:?}");
        assert!(
            claims.iter().any(
                |c| c.kind == crate::ClaimKind::Control && c.claimant.as_deref() == Some("npa")
            ),
            "{claims:?}"
        );
    }

    #[test]
    fn a_section_label_owns_the_documents_after_it() {
        // A brief's numbered section named after a party: "a bulletin" and
        // "according to the bulletin" in it are that party's, not the
        // last party that spoke, nor the raiders its verbs name.
        let text = "1. ISWAP. In a message on Telegram, ISWAP said its fighters \
                    killed 20 soldiers near Damboa.\n\n2. Nigerian Army. A bulletin \
                    aired on national radio on Monday evening described the raiders \
                    as \"criminals\". According to the bulletin, 12 insurgents were \
                    killed.";
        assert_eq!(claimant_of_figure(text, 20).0.as_deref(), Some("iswap"));
        assert_eq!(
            claimant_of_figure(text, 12).0.as_deref(),
            Some("nigeria_army")
        );
        // A line of lowercase words is no label.
        let text = "ISWAP said its fighters killed 20 soldiers near Damboa.\n\n\
                    Other accounts. A bulletin aired on national radio said 12 \
                    insurgents were killed.";
        assert_eq!(claimant_of_figure(text, 12).0.as_deref(), Some("iswap"));
    }

    #[test]
    fn a_clause_that_opens_with_a_document_is_its_words() {
        // The document's issuer after "from", "by" or "attributed to".
        for (text, issuer) in [
            (
                "Police in Kaduna said bandits stormed the village. A statement \
                 from the Nigerian Army described the gunmen as ISWAP fighters \
                 and said 14 of them were killed.",
                "nigeria_army",
            ),
            (
                "A video attributed to ISWAP says 14 soldiers died near Damboa. \
                 The Nigerian Army denied it.",
                "iswap",
            ),
        ] {
            assert_eq!(
                claimant_of_figure(text, 14).0.as_deref(),
                Some(issuer),
                "{text}"
            );
        }
        // An issuer of no known party speaks for the latest party; "listed
        // X as" has its object after it.
        let text = "ISWAP said on Telegram that its men overran a base near \
                    Damboa. The message, signed by the cell's media officer, Abu \
                    Musab, listed 14 soldiers killed.";
        assert_eq!(claimant_of_figure(text, 14).0.as_deref(), Some("iswap"));
        // A relative clause has a subject of its own.
        let text = "A clip that spread on Telegram showed armed men who said they \
                    belonged to ISWAP and said 9 soldiers had died near Damboa.";
        assert_eq!(claimant_of_figure(text, 9).0.as_deref(), Some("iswap"));
    }

    #[test]
    fn according_to_an_owners_document() {
        // "the office's bulletin", "its communique": the last report, as
        // "the bulletin" is.
        for follow in [
            "According to the office's bulletin, troops beat back the raid.",
            "According to its communique, troops beat back the raid.",
        ] {
            let text =
                format!("Three guards died at the depot, the Chadian army said.\n\n{follow}");
            let x = Extractor::new().extract(&Document::new("t", text.as_str()));
            let repelled = x
                .claims
                .iter()
                .find(|c| c.kind == crate::ClaimKind::Repelled);
            assert_eq!(
                repelled.and_then(|c| c.claimant.as_deref()),
                Some("chad_army"),
                "{text}: {:?}",
                x.claims
            );
        }
        // "Official" before a document is no official.
        let text = "Three guards died at the depot, the Chadian army said.\n\nAccording to the official communique, troops beat back the raid.";
        let x = Extractor::new().extract(&Document::new("t", text));
        assert!(
            x.sources
                .iter()
                .all(|s| s.role.as_deref() != Some("official")),
            "{:?}",
            x.sources
        );
        assert!(
            x.claims.iter().any(|c| c.kind == crate::ClaimKind::Repelled
                && c.claimant.as_deref() == Some("chad_army")),
            "{:?}",
            x.claims
        );
        assert_eq!(
            super::document_head("the unit's daily report"),
            "the daily report"
        );
        assert_eq!(super::document_head("the day's events"), "the events");
        assert_eq!(
            super::document_head("the local officials"),
            "the local officials"
        );
    }

    #[test]
    fn unnamed_officials_after_a_possessive_or_a_junta() {
        let s = sources("Chad's interior minister said on Sunday that the convoy was ambushed.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].role.as_deref(), Some("minister"));
        assert_eq!(s[0].actor.as_deref(), Some("chad_government"), "{s:?}");
        // A country's health ministry is its own.
        let s = sources("The Lebanese health ministry said nine people died.");
        assert_eq!(
            s[0].actor.as_deref(),
            Some("lebanon_health_ministry"),
            "{s:?}"
        );
        a_speaker_with_role(
            "Kenyan police said raiders struck. District police chief Ali Noor said two died.",
            "police chief",
        );
        // A role word inside an organisation's name is no one.
        let s = sources("At least 30 people died, according to the Sudan Doctors Network.");
        assert!(s.iter().all(|x| x.role.is_none()), "{s:?}");
        let s = sources("The army's commander said the road was reopened.");
        assert!(s[0].actor.is_some(), "{s:?}");
        let s = sources("A junta spokesman told reporters the town was calm.");
        assert!(s[0].actor.is_some(), "{s:?}");
        // Without a possessive or an article, a named role stays unnamed
        // only when a name follows elsewhere: "the commander said" is no source.
        assert!(sources("The commander said the road was reopened.").is_empty());
        // A rank does not make a rebel a soldier: "a rebel commander who
        // calls himself General X" speaks for the rebels named before.
        let s = sources(
            "M23 rebels shelled the town. A rebel commander who calls himself \
             General Kamanzi said in a video that the hills were theirs.",
        );
        assert!(s.iter().all(|x| x.actor.as_deref() == Some("m23")), "{s:?}");
        // A role that names a force: "one military officer said".
        let s = sources("Chadian troops held the town, one military officer said.");
        assert_eq!(s[0].actor.as_deref(), Some("chad_army"), "{s:?}");
        // A dateline's credit never speaks, and "an al Qaeda-linked group"
        // is the group the article names, not al Qaeda.
        let s = sources(
            "BAMAKO, May 2 (AFP) - An al Qaeda-linked group said it took the \
             post. JNIM said on Telegram that the base fell.",
        );
        assert!(
            s.iter().all(|x| x.actor.as_deref() == Some("jnim")),
            "{s:?}"
        );
        // "One of its leaders": a leader of the party "its" stands for.
        let s = sources(
            "Did Boko Haram react? One of its leaders said in an audio message that the camp fell.",
        );
        let p = s.iter().find(|x| x.role.as_deref() == Some("leader"));
        assert_eq!(
            p.and_then(|x| x.actor.as_deref()),
            Some("boko_haram"),
            "{s:?}"
        );
    }

    #[test]
    fn press_releases_and_officials_of_a_government() {
        let s = sources(
            "In a press release on Sunday, police spokesman Ahmed Bello says two officers died.",
        );
        assert_eq!(s[0].channel, Some(Channel::Statement), "{s:?}");
        // An official of a government speaks for it when the sentence
        // names no other party.
        let s =
            sources("The state commissioner for security, Yusuf Adamu, said the road was closed.");
        assert_eq!(s[0].role.as_deref(), Some("commissioner"), "{s:?}");
        assert!(s[0].actor.is_some(), "{s:?}");
        let s = sources(
            "The media information officer of the brigade, Major Kofi Mensah, said the camp held.",
        );
        assert_eq!(s[0].role.as_deref(), Some("information officer"), "{s:?}");
    }
}
