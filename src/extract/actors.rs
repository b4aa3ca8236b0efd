//! Actor mentions: lexicon names (longest first), aliases learned from the
//! text ("Long Name (ACR)"), generic references ("the army", "the group")
//! and pronouns, and the rules that resolve the last two to an actor.

use crate::pattern::Regex;
use once_cell::sync::Lazy;

use crate::lexicon::gazetteer::Gazetteer;
use crate::lexicon::{slug, ActorEntry, CountryEntry, Lexicons};
use crate::model::ActorKind;

/// What a generic reference points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// "the army", "the military", "troops".
    State,
    /// "the government", "the presidency", "authorities".
    Gov,
    /// "the group", "the jihadists", "militants".
    Group,
    /// "the rebels", "the separatists", "the alliance".
    Rebels,
    /// "it", "they", "its", "their".
    Pronoun,
    /// "he", "she".
    Person,
    /// "which", "who" right after a name.
    Relative,
}

/// One mention of an actor, or of something that refers to one.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The actor, for names.
    pub(crate) actor: Option<usize>,
    /// For generic references, pronouns and relatives.
    pub(crate) class: Option<Class>,
    /// Named only to qualify another ("al-Qaeda-linked", "affiliate of X").
    pub(crate) modifier: bool,
    /// For a generic reference, the country it names ("Mali's army" is a
    /// name; "the Malian authorities" too), if any.
    pub(crate) country: Option<usize>,
}

/// The compiled actor lexicon.
#[derive(Clone, Debug)]
pub(crate) struct ActorLex {
    pub(crate) entries: Vec<ActorEntry>,
    gz: Gazetteer<usize>,
    /// Index in `entries` of each country's army and government, by country index.
    pub(crate) army_of: Vec<usize>,
    pub(crate) gov_of: Vec<usize>,
    /// Generic "army" and "government" with no country.
    pub(crate) army_generic: usize,
    pub(crate) gov_generic: usize,
}

/// Builds the actor table: the lexicon's actors, then one army and one
/// government per country, named from the country's demonyms and the force
/// nouns.
pub(crate) fn build(lex: &Lexicons, user: &[ActorEntry]) -> ActorLex {
    let mut entries: Vec<ActorEntry> = user.to_vec();
    entries.extend(lex.actors.iter().cloned());
    let mut army_of = Vec::new();
    let mut gov_of = Vec::new();
    for c in &lex.countries {
        army_of.push(entries.len());
        entries.push(country_actor(c, lex, ActorKind::StateForce));
        gov_of.push(entries.len());
        entries.push(country_actor(c, lex, ActorKind::Government));
    }
    let army_generic = entries.len();
    entries.push(ActorEntry {
        id: "army".into(),
        kind: ActorKind::StateForce,
        country: None,
        members: Some("soldiers".into()),
        name: "army (country not named)".into(),
        aliases: Vec::new(),
    });
    let gov_generic = entries.len();
    entries.push(ActorEntry {
        id: "government".into(),
        kind: ActorKind::Government,
        country: None,
        members: None,
        name: "government (country not named)".into(),
        aliases: Vec::new(),
    });
    let mut names = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        names.push((e.name.clone(), i));
        for a in &e.aliases {
            names.push((a.clone(), i));
            // "JNIM's" is JNIM: possessives are handled by the boundary rule.
        }
    }
    ActorLex {
        gz: Gazetteer::new(names),
        entries,
        army_of,
        gov_of,
        army_generic,
        gov_generic,
    }
}

fn country_actor(c: &CountryEntry, lex: &Lexicons, kind: ActorKind) -> ActorEntry {
    let base = slug(&c.name);
    let demonym = c.demonyms.first().cloned();
    let (id, name, members) = if kind == ActorKind::StateForce {
        let n = match &demonym {
            Some(d) => format!("{d} armed forces"),
            None => format!("{} armed forces", c.name),
        };
        (format!("{base}_army"), n, Some("soldiers".to_string()))
    } else {
        (
            format!("{base}_government"),
            format!("Government of {}", c.name),
            None,
        )
    };
    let mut aliases = Vec::new();
    let mut heads: Vec<String> = c.demonyms.clone();
    let mut names = vec![c.name.clone()];
    names.extend(c.aliases.iter().cloned());
    for n in &names {
        heads.push(format!("{n}'s"));
        heads.push(n.clone());
    }
    for (noun, k) in &lex.force_nouns {
        if *k != kind {
            continue;
        }
        for h in &heads {
            aliases.push(format!("{h} {noun}"));
        }
    }
    if kind == ActorKind::StateForce {
        aliases.extend(c.force_aliases.iter().cloned());
    }
    ActorEntry {
        id,
        kind,
        country: Some(c.name.clone()),
        members,
        name,
        aliases,
    }
}

static GENERIC_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)
        \b(?:
            (?P<state>(?i:the|its|their|our)\s+(?:(?:national|regular)\s+)?(?:army|military|armed\s+forces|security\s+forces|defen[cs]e\s+forces|defen[cs]e\s+and\s+security\s+forces|security\s+and\s+defen[cs]e\s+forces|general\s+staff|army\s+general\s+staff|gendarmerie|troops|soldiers)
              | (?i:army|military)\s+(?:spokes\w*|officials?|sources?|chief|commander|statement)
              | (?i:military\s+authorities))
          | (?P<gov>(?i:the|a)\s+(?:(?:military|transitional|interim)\s+)?(?:government|presidency|president|junta|ministry|(?:defen[cs]e|interior|security)\s+ministry|cabinet|authorities)
              | (?:Authorities|authorities|officials|Officials|Government|Presidential|(?i:defen[cs]e|interior|security)\s+ministry)
              | (?i:the\s+military\s+rulers|military\s+rulers))
          | (?P<rebels>(?i:the|these|those)\s+(?:(?:separatist|tuareg|armed|rebel)\s+)?(?:rebels|separatists|alliance|rebel\s+alliance|coalition|movement)
              | (?i:separatist|tuareg(?:-led)?)\s+(?:separatist\s+)?rebels
              | (?:Rebels|Separatists)\b)
          | (?P<group>(?i:the|an?|this|that)\s+(?:(?:armed|jihadist|militant|extremist|terrorist|islamist|insurgent|al-qaeda-linked|al-qaeda-affiliated|jihadi)\s+)*(?:group|organi[sz]ation|faction|affiliate|militants|jihadists|insurgents|extremists|islamists|terrorists|assailants|attackers|fighters|gunmen)
              | (?i:jihadist|islamist|armed|militant|extremist)\s+(?:group|groups|fighters|militants)
              | (?:Jihadists|Militants|Insurgents|Jihadist\s+militants|Islamist\s+militants)\b
              | (?i:affiliate))
          | (?P<pro>(?:[Ii]t|[Tt]hey|[Ii]ts|[Tt]heir)\b)
          | (?P<person>(?:[Hh]e|[Ss]he)\b)
        )\b
      | (?P<rel>,\s*(?:which|who)\b)",
    )
    .expect("generic actor pattern compiles")
});

static MODIFIER_AFTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:-(?:linked|affiliated|aligned|allied|backed|associated|inspired|tied|loyal)\b|(?:'s)?\s+(?:affiliate|affiliates|franchise|offshoot|branch|ally|allies|-linked|splinter)\b)")
        .expect("modifier pattern compiles")
});

static MODIFIER_BEFORE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?:linked|tied|ties|allied|affiliated|associated|loyal|allegiance|affiliate|affiliates|branch|offshoot|franchise|wing|arm|close|connected|links)\s+(?:to|with|of)\s+(?:the\s+)?(?:both\s+|either\s+)?(?:the\s+)?$")
        .expect("modifier pattern compiles")
});

static LEARN_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(?P<long>[A-Z][\w'-]*(?:\s+(?:(?:of|the|for|and|in|wal|al|de|du|des|la|le|l'|pour|et)\s+)*[A-Z][\w'-]*){1,10})\s+\((?P<short>[A-Z][A-Za-z0-9-]{1,11})\)")
        .expect("alias-learning pattern compiles")
});

static GROUP_WORDS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(?:Front|Movement|Group|Army|Alliance|Brigade|Brigades|Jama'?at|Jamaat|Ansar|Katiba|Mujahideen|Liberation|Resistance|Militia|Coalition|Council|Forces|Province|State|Union|Party|Patriots|Defence|Defense)\b")
        .expect("group-word pattern compiles")
});

/// Per-document actor state: the mentions, in text order, and any actors
/// learned from the text.
#[derive(Clone, Debug, Default)]
pub(crate) struct DocActors {
    pub(crate) mentions: Vec<Mention>,
    pub(crate) learned: Vec<ActorEntry>,
}

impl ActorLex {
    /// The entry for an actor index (lexicon or learned).
    pub(crate) fn entry<'a>(&'a self, doc: &'a DocActors, i: usize) -> &'a ActorEntry {
        if i < self.entries.len() {
            &self.entries[i]
        } else {
            &doc.learned[i - self.entries.len()]
        }
    }

    /// Finds every mention in the folded text.
    pub(crate) fn find(&self, text: &str) -> DocActors {
        let mut doc = DocActors::default();
        let mut named: Vec<Mention> = self
            .gz
            .find_all(text)
            .into_iter()
            .map(|(s, e, &i)| Mention {
                start: s,
                end: e,
                actor: Some(i),
                class: None,
                modifier: false,
                country: None,
            })
            .collect();
        // Learn "Long Name (ACR)": either side known teaches the other.
        let mut extra_names: Vec<(String, usize)> = Vec::new();
        for c in LEARN_RE.captures_iter(text) {
            let (Some(long), Some(short)) = (c.name("long"), c.name("short")) else {
                continue;
            };
            // `named` is sorted and its mentions do not overlap: look only
            // at the ones starting inside the span.
            let from = named.partition_point(|m| m.start < long.start());
            let known_long = named[from..]
                .iter()
                .take_while(|m| m.start <= long.end())
                .find(|m| m.end <= long.end() && m.end + 3 >= long.end());
            let at = named.partition_point(|m| m.start < short.start());
            let known_short = named.get(at).filter(|m| m.start == short.start());
            match (
                known_long.and_then(|m| m.actor),
                known_short.and_then(|m| m.actor),
            ) {
                (Some(a), None) => extra_names.push((short.as_str().to_string(), a)),
                (None, Some(a)) => extra_names.push((long.as_str().to_string(), a)),
                (None, None) if GROUP_WORDS.is_match(long.as_str()) => {
                    let i = self.entries.len() + doc.learned.len();
                    doc.learned.push(ActorEntry {
                        id: slug(short.as_str()),
                        kind: ActorKind::ArmedGroup,
                        country: None,
                        members: Some("militants".into()),
                        name: format!("{} ({})", long.as_str(), short.as_str()),
                        aliases: vec![long.as_str().to_string(), short.as_str().to_string()],
                    });
                    extra_names.push((long.as_str().to_string(), i));
                    extra_names.push((short.as_str().to_string(), i));
                }
                _ => {}
            }
        }
        if !extra_names.is_empty() {
            let gz = Gazetteer::for_document(extra_names, false);
            // The names found by the lexicon, sorted and apart; the learned
            // ones cannot overlap each other.
            let known = named.len();
            for (s, e, &i) in gz.find_all(text) {
                let k = named[..known].partition_point(|m| m.end <= s);
                if k == known || named[k].start >= e {
                    named.push(Mention {
                        start: s,
                        end: e,
                        actor: Some(i),
                        class: None,
                        modifier: false,
                        country: None,
                    });
                }
            }
            named.sort_by_key(|m| m.start);
        }
        for m in &mut named {
            m.modifier = MODIFIER_AFTER.is_match(&text[m.end..])
                || MODIFIER_BEFORE.is_match(super::before(text, m.start, 60));
        }
        let mut generic = Vec::new();
        for c in GENERIC_RE.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let k = named.partition_point(|n| n.end <= m.start());
            if k < named.len() && named[k].start < m.end() {
                continue;
            }
            let class = if c.name("state").is_some() {
                Class::State
            } else if c.name("gov").is_some() {
                Class::Gov
            } else if c.name("rebels").is_some() {
                Class::Rebels
            } else if c.name("group").is_some() {
                Class::Group
            } else if c.name("pro").is_some() {
                Class::Pronoun
            } else if c.name("person").is_some() {
                Class::Person
            } else {
                Class::Relative
            };
            // A relative pronoun's mention is the word, not its comma.
            let start = if class == Class::Relative {
                m.as_str()
                    .rfind(|c: char| c == ',' || c.is_whitespace())
                    .map_or(m.start(), |i| m.start() + i + 1)
            } else {
                m.start()
            };
            generic.push(Mention {
                start,
                end: m.end(),
                actor: None,
                class: Some(class),
                modifier: false,
                country: None,
            });
        }
        named.extend(generic);
        named.sort_by_key(|m| (m.start, m.end));
        doc.mentions = named;
        doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> ActorLex {
        build(Lexicons::default_ref(), &[])
    }

    #[test]
    fn modifiers_are_marked() {
        let t = "The group, Ansar Dine, which has ties to al-Qaeda, said. An al-Qaeda-linked group and the al-Qaeda affiliate JNIM.";
        let d = lex().find(t);
        let named: Vec<(&str, bool)> = d
            .mentions
            .iter()
            .filter(|m| m.actor.is_some())
            .map(|m| (&t[m.start..m.end], m.modifier))
            .collect();
        assert_eq!(
            named,
            [
                ("Ansar Dine", false),
                ("al-Qaeda", true),
                ("al-Qaeda", true),
                ("al-Qaeda", true),
                ("JNIM", false)
            ]
        );
    }
}
