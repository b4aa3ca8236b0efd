//! Actor mentions: lexicon names (longest first), aliases learned from the
//! text ("Long Name (ACR)"), generic references ("the army", "the group")
//! and pronouns, and the rules that resolve the last two to an actor.

use std::collections::HashMap;

use crate::pattern::Regex;
use once_cell::sync::Lazy;

use crate::lexicon::gazetteer::Gazetteer;
use crate::lexicon::{slug, ActorEntry, CountryEntry, ForceKind, Lexicons};
use crate::model::ActorKind;
use crate::text::collapse;

/// What a generic reference points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// "the army", "the military", "troops".
    State,
    /// "the government", "the presidency", "authorities".
    Gov,
    /// "the police", "Police spokesman".
    Police,
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

impl Class {
    /// Whether the word names a party (a state force, police, a government,
    /// a group or rebels) rather than referring back to one.
    pub(crate) fn names_party(self) -> bool {
        matches!(
            self,
            Class::State | Class::Police | Class::Gov | Class::Group | Class::Rebels
        )
    }
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
}

/// The compiled actor lexicon.
#[derive(Clone, Debug)]
pub(crate) struct ActorLex {
    pub(crate) entries: Vec<ActorEntry>,
    gz: Gazetteer<usize>,
    /// Country names and demonyms, by country index.
    heads: Gazetteer<usize>,
    /// A force or government noun right after a country head, longest first:
    /// group `state` or `gov`.
    nouns: Regex,
    noun_kinds: HashMap<String, ForceKind>,
    /// Index in `entries` of each country's army and government, by country index.
    pub(crate) army_of: Vec<usize>,
    pub(crate) gov_of: Vec<usize>,
    pub(crate) police_of: Vec<usize>,
    /// Each country's health ministry, by country index (ascending).
    pub(crate) health_of: Vec<usize>,
    /// Generic "army" and "government" with no country.
    pub(crate) army_generic: usize,
    pub(crate) gov_generic: usize,
    /// A health ministry with no country.
    pub(crate) health_generic: usize,
    /// Words that are no part of a name (`not_name` of
    /// `data/word_classes.tsv`): "Meanwhile Sawa Relief" is "Sawa Relief".
    not_name: Vec<String>,
    /// Nouns of a state institution, and the words of one that make it
    /// the state's forces (`institution`, `force_institution` of
    /// `data/word_classes.tsv`).
    institution: Institutions,
    /// A word that makes a name an armed group's (`group_word` of
    /// `data/word_classes.tsv`), as a whole word.
    group_words: Regex,
    /// Capitalised words before "militia" or "gang" that name no group
    /// (`not_group_name` of `data/word_classes.tsv`).
    not_group_name: Vec<String>,
    /// "the Front" after "the National Resistance Front" (`name_head` of
    /// `data/word_classes.tsv`): `[Tt]he` and one of the words, or one
    /// lowercased (group `lhead`).
    the_head: Option<Regex>,
    /// Phrases that make the party right after them another's backer
    /// (`backer_phrase` of `data/word_classes.tsv`), anchored at the end of
    /// the text before a mention: "backed by (the)".
    backed_by: Option<Regex>,
}

/// The classes `institution`, `force_institution` and `civil_body` of
/// `data/word_classes.tsv`, which tell what a group the article defines
/// with its acronym is.
#[derive(Clone, Debug)]
struct Institutions {
    institution: Vec<String>,
    force: Vec<String>,
    civil: Vec<String>,
}

impl Institutions {
    /// Whether `name` is a civil body's.
    fn is_civil(&self, name: &str) -> bool {
        has_word(name, &self.civil)
    }
}

/// Whether one of the words of `name` is in `class`.
fn has_word(name: &str, class: &[String]) -> bool {
    name.split_whitespace()
        .any(|x| class.iter().any(|w| w == x))
}

/// Builds the actor table: the lexicon's actors, then one army and one
/// government per country, named from the country's demonyms and the force
/// nouns.
pub(crate) fn build(lex: &Lexicons, user: &[ActorEntry]) -> ActorLex {
    let mut entries: Vec<ActorEntry> = user.to_vec();
    entries.extend(lex.actors.iter().cloned());
    let mut army_of = Vec::new();
    let mut gov_of = Vec::new();
    let mut police_of = Vec::new();
    let mut health_of = Vec::new();
    for c in &lex.countries {
        police_of.push(entries.len());
        entries.push(police_actor(c));
        army_of.push(entries.len());
        entries.push(country_actor(c, ActorKind::StateForce));
        gov_of.push(entries.len());
        entries.push(country_actor(c, ActorKind::Government));
        health_of.push(entries.len());
        entries.push(health_actor(c));
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
    let health_generic = entries.len();
    entries.push(ActorEntry {
        id: "health_ministry".into(),
        kind: ActorKind::Government,
        country: None,
        members: None,
        name: "Ministry of Health (country not named)".into(),
        aliases: Vec::new(),
    });
    // A government row with a country ("Kremlin", Russia) names that
    // country's government: its names lead to the government built above.
    let country_gov = |e: &ActorEntry| -> Option<usize> {
        if e.kind != ActorKind::Government {
            return None;
        }
        let c = e.country.as_deref()?;
        let k = lex.countries.iter().position(|x| x.name == c)?;
        gov_of.get(k).copied()
    };
    let mut names = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let i = country_gov(e).unwrap_or(i);
        names.push((e.name.clone(), i));
        for a in &e.aliases {
            names.push((a.clone(), i));
            // "JNIM's" is JNIM: possessives are handled by the boundary rule.
        }
    }
    let mut head_names = Vec::new();
    for (i, c) in lex.countries.iter().enumerate() {
        for h in c
            .demonyms
            .iter()
            .chain(std::iter::once(&c.name))
            .chain(c.aliases.iter())
        {
            head_names.push((h.clone(), i));
        }
    }
    // One alternation, longest first, so "military government" beats
    // "military"; the kind is looked up from the noun matched.
    let alternation = super::alternation(lex.force_nouns.iter().map(|n| n.0.as_str()));
    let nouns = super::compile(&format!(r"^(?:'s)?\s+(?i:(?P<noun>{alternation}))\b"))
        .expect("force noun pattern compiles");
    let noun_kinds: HashMap<String, ForceKind> = lex
        .force_nouns
        .iter()
        .map(|(n, k)| (n.to_ascii_lowercase(), *k))
        .collect();
    ActorLex {
        gz: Gazetteer::new(names),
        heads: Gazetteer::new(head_names),
        nouns,
        noun_kinds,
        entries,
        army_of,
        gov_of,
        police_of,
        health_of,
        army_generic,
        gov_generic,
        health_generic,
        not_name: lex.word_classes.not_name.clone(),
        institution: Institutions {
            institution: lex.word_classes.institution.clone(),
            force: lex.word_classes.force_institution.clone(),
            civil: lex.word_classes.civil_body.clone(),
        },
        group_words: super::compile(&format!(
            r"\b(?:{})\b",
            super::alternation(&lex.word_classes.group_word)
        ))
        .expect("group-word pattern compiles"),
        not_group_name: lex.word_classes.not_group_name.clone(),
        the_head: (!lex.word_classes.name_head.is_empty()).then(|| {
            let lower: Vec<String> = lex
                .word_classes
                .name_head
                .iter()
                .map(|w| w.to_lowercase())
                .collect();
            super::compile(&format!(
                r"\b(?:[Tt]he\s+(?P<head>{})|the\s+(?P<lhead>{}))\b",
                super::alternation(&lex.word_classes.name_head),
                super::alternation(&lower)
            ))
            .expect("name-head pattern compiles")
        }),
        backed_by: (!lex.word_classes.backer_phrase.is_empty()).then(|| {
            super::compile(&format!(
                r"(?i)\b(?:{})\s+(?:the\s+)?$",
                super::alternation(&lex.word_classes.backer_phrase)
            ))
            .expect("backer-phrase pattern compiles")
        }),
    }
}

impl ActorLex {
    /// Whether a backer phrase ends right before `pos` in `text` ("backed
    /// by the", read in the 40 bytes before it).
    pub(crate) fn is_backer_at(&self, text: &str, pos: usize) -> bool {
        self.backed_by
            .as_ref()
            .is_some_and(|re| re.is_match(super::before(text, pos, 40)))
    }

    /// Whether `actor` is a health ministry.
    pub(crate) fn is_health(&self, actor: usize) -> bool {
        actor == self.health_generic || self.health_of.binary_search(&actor).is_ok()
    }

    /// The first country named in `text` by name or demonym, as an index
    /// into the countries table.
    pub(crate) fn country_in(&self, text: &str) -> Option<usize> {
        self.heads.find_all(text).first().map(|&(_, _, &c)| c)
    }
}

/// A country's police ("Kenyan police", "Nigeria's police").
fn police_actor(c: &CountryEntry) -> ActorEntry {
    let name = match c.demonyms.first() {
        Some(d) => format!("{d} police"),
        None => format!("{} police", c.name),
    };
    ActorEntry {
        id: format!("{}_police", slug(&c.name)),
        kind: ActorKind::StateForce,
        country: Some(c.name.clone()),
        members: Some("police".into()),
        name,
        aliases: Vec::new(),
    }
}

/// A country's health ministry ("Lebanon's health ministry", "the Gaza
/// Ministry of Health"): a government body the tolls come from.
fn health_actor(c: &CountryEntry) -> ActorEntry {
    ActorEntry {
        id: format!("{}_health_ministry", slug(&c.name)),
        kind: ActorKind::Government,
        country: Some(c.name.clone()),
        members: None,
        name: format!("Ministry of Health of {}", c.name),
        aliases: Vec::new(),
    }
}

fn country_actor(c: &CountryEntry, kind: ActorKind) -> ActorEntry {
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
    // "Malian army", "Mali's military": matched as a country head followed
    // by a force noun (see `ActorLex::find`), not as listed aliases.
    let aliases = if kind == ActorKind::StateForce {
        c.force_aliases.clone()
    } else {
        Vec::new()
    };
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
    super::compile(
        r"(?x)
        \b(?:
            (?P<gov>(?i:the|a)\s+(?:(?-i:[A-Z][a-z]+)\s+){0,2}?(?:(?-i:[A-Z][\w]*)-(?:run|led|controlled|backed)\s+)?(?i:(?:military|transitional|interim|provincial|regional|federal|central|national|state|local|county|district|governorate|municipal|zone|city|town)\s+)?(?:[Gg]overnment|[Aa]dministration|[Pp]residency|(?i:president)|[Jj]unta|[Mm]inistry|(?:[Dd]efen[cs]e|[Ii]nterior|[Ss]ecurity|[Ii]nformation|[Ff]oreign|[Hh]ealth)\s+[Mm]inistry|[Hh]ealth\s+(?:office|bureau|department|directorate)|[Cc]abinet|authorities)
              | (?-i:[A-Z][\w'-]*)'s\s+(?:(?-i:[A-Z][\w]*)-(?:run|led|controlled|backed)\s+)?(?i:(?:state|provincial|regional|federal|local|district|county|governorate)\s+)?(?i:(?:health|information|foreign|justice|interior|defen[cs]e|security)\s+ministry|health\s+(?:office|bureau|department|directorate)|ministry\s+of\s+(?:the\s+)?(?:health|information|foreign\s+affairs|justice|interior|defen[cs]e|security))
              | (?:Authorities|authorities|officials|Officials|Government|Presidential|[Jj]unta|Ministry\s+of\s+(?:the\s+)?(?:Public\s+)?[A-Z][\w'-]*|(?:Health|Information|Foreign|Justice|Interior|Defen[cs]e|Security)\s+Ministry|(?i:government|presidential|presidency)\s+spokes\w*|(?i:government|junta)\s+(?:officials?|sources?|said|says|say|claims|claimed|denies|denied|confirms|confirmed)\b|(?i:defen[cs]e|interior|security)\s+ministry)
              | (?i:the\s+military\s+rulers|military\s+rulers|(?:the\s+)?ruling\s+(?:military\s+)?(?:council|junta)|(?:the\s+)?(?:military|transitional)\s+council))
          | (?P<police>(?i:the|its|their)\s+(?:(?-i:[A-Z][\w'-]*)\s+)?(?i:(?:provincial|regional|state|district|county|local|city|border|national|federal)\s+)?police(?i:\s+(?:command|headquarters|department))?|(?:(?i:the|its|their)|(?-i:[A-Z][\w'-]*)'s)\s+(?i:(?:public\s+)?security\s+secretariat|secretariat\s+of\s+(?:public\s+)?security)|(?i:police)\s+(?:spokes\w*|officials?|officers?|sources?|chief|commissioner|said|say|says)|Police)
          | (?P<state>(?i:the|its|their|our)\s+(?i:(?:national|regular)\s+)?(?i:army|military|armed\s+forces|security\s+forces|defen[cs]e\s+forces|defen[cs]e\s+and\s+security\s+forces|security\s+and\s+defen[cs]e\s+forces|general\s+staff|army\s+general\s+staff|gendarmerie|troops|soldiers)
              | (?i:army|military)\s+(?:spokes\w*|officials?|officers?|sources?|chief|commander|statement|said|says|say)
              | (?i:military\s+authorities)
              | ISPR\b|Inter[\s-]Services\s+Public\s+Relations(?:\s+Directorate)?
              | (?i:the|its)\s+(?i:division|battalion|regiment|brigade)\s+(?i:said|says|reported|added|stated|announced|confirmed)\b
              | (?i:the|its|their|our)\s+(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?i:(?:infantry|armou?red|mechani[sz]ed|motori[sz]ed|joint|mountain|airborne|special)\s+)?(?i:division|brigade|battalion|regiment|military\s+region|corps))
          | (?P<rebels>(?i:the|these|those)\s+(?:(?:separatist|tuareg|armed|rebel)\s+)?(?:rebels|separatists|alliance|rebel\s+alliance|coalition|movement)
              | (?i:separatist|tuareg(?:-led)?)\s+(?:separatist\s+)?rebels
              | (?i:separatist|rebel)\s+(?:commanders?|leaders?|spokes\w*|officials?|sources?)
              | (?:Rebels|Separatists|rebels|separatists)\b)
          | (?P<group>(?i:the|an?|this|that)\s+(?:(?:armed|jihadist|militant|extremist|terrorist|islamist|insurgent|jihadi|paramilitary|rebel|separatist|(?i:al[\s-]qa[ei]da|islamic\s+state|is)[\s-](?:linked|affiliated|aligned|allied))\s+)*(?:group|organi[sz]ation|faction|affiliate|militants|jihadists|insurgents|extremists|islamists|terrorists|assailants|attackers|fighters|gunmen)
              | (?i:jihadist|islamist|armed|militant|extremist)\s+(?:group|groups|fighters|militants)
              | (?i:jihadist|islamist|militant|insurgent|gang|militia)\s+(?:commanders?|leaders?|spokes\w*|officials?|sources?)
              | (?:Jihadists|Militants|Insurgents|Jihadist\s+militants|Islamist\s+militants)\b
              | (?:jihadists|militants|insurgents)\s+(?:say|says|said|claim|claims|claimed)
              | (?i:affiliate))
          | (?P<pro>(?:[Ii]t|[Tt]hey|[Ii]ts|[Tt]heir)\b)
          | (?P<person>(?:[Hh]e|[Ss]he)\b)
        )\b
      | (?P<rel>,\s*(?:which|who|whose)\b)",
    )
    .expect("generic actor pattern compiles")
});

static MODIFIER_AFTER: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"^(?:-(?:linked|affiliated|aligned|allied|backed|associated|inspired|tied|loyal|run|led|controlled|administered|governed)\b|(?:'s)?\s+(?:(?-i:[A-Z][\w-]*)\s+)?(?:affiliate|affiliates|franchise|offshoot|branch|ally|allies|-linked|splinter)\b|'s\s+(?:(?-i:[A-Z][\w-]*)\s+){0,2}(?:(?:official\s+)?news\s+agency|(?:propaganda|media)\s+(?:arm|wing|outlet|agency|channel)|mouthpiece)\b)")
        .expect("modifier pattern compiles")
});

static MODIFIER_BEFORE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"(?i)(?:(?:linked|tied|ties|allied|affiliated|associated|loyal|allegiance|affiliate|affiliates|branch|offshoot|franchise|wing|arm|close|connected|links|agency|mouthpiece)\s+(?:to|with|of)\s+(?:the\s+)?(?:both\s+|either\s+)?(?:the\s+)?|\b(?:pro|anti)-)$")
        .expect("modifier pattern compiles")
});

static LEARN_RE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"\b(?:The\s+)?(?P<long>[A-Z][\w'-]*(?:\s+(?:(?:of|on|the|for|and|in|wal|al|de|du|des|la|le|l'|pour|et)\s+)*[A-Z][\w'-]*){1,10})\s+\((?P<short>[A-Z][A-Za-z0-9-]{1,11}(?:\s[A-Z]{2,6})?)\)")
        .expect("alias-learning pattern compiles")
});

/// A name and what it is: "the Gran Grif gang", "the Kata'ib Hezbollah
/// militia". The name is one to four capitalised words.
static NAMED_GROUP_RE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"\b(?i:the)\s+(?P<name>(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)\s+(?P<noun>gang|militia|cartel|(?:armed|rebel|militant|jihadist|insurgent|vigilante|self-defen[cs]e|criminal)\s+group)\b")
        .expect("named-group pattern compiles")
});

/// A group the lexicon does not know, with what it is in apposition: "The
/// Kashmir Tigers, a group that ...", "the Hawks of Tessit, a little-known
/// jihadist militia".
static APPOSED_GROUP_RE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"\b(?i:the)\s+(?P<name>(?:[A-Z][\w'-]*\s+(?:(?:of|the)\s+){0,2}){0,3}[A-Z][\w'-]*),\s+(?i:an?)\s+(?i:(?:little-known|shadowy|new|newly\s+formed|militant|armed|rebel|jihadist|separatist|islamist|insurgent|outlawed|banned|proscribed|criminal|local|self-styled|(?-i:[A-Z][\w-]*))\s+){0,2}(?i:group|militia|outfit|faction|gang|cartel)\b")
        .expect("apposed-group pattern compiles")
});

/// An organisation named in full by its kind: "the Sudan Doctors Network",
/// "the Pakistan Institute for Conflict and Security Studies (PICSS)",
/// "the Armed Conflict Location and Event Data Project (ACLED)", with its
/// acronym in brackets or after "known by its initials".
static NAMED_ORG_RE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"\b(?P<name>(?:[A-Z][\w'&-]*\s+(?:(?:of|for|and|on|in|the|de|du|des)\s+){0,2}){1,6}(?:Network|Observatory|Foundation|Association|Federation|Watch|Monitor|Forum|Society|Commission|Committee|Collective|Platform|Institute|Project|Initiative)(?:\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w'&-]*\s+(?:(?:and|&|of|the|in)\s+)?){0,4}[A-Z][\w'&-]*)?)\b(?:\s+\((?P<acr>[A-Z][A-Za-z]{1,10})\)|,\s+known\s+(?:by\s+its\s+(?:[A-Z]?[a-z]+\s+)?(?:initials|acronym)|as)\s+(?P<acr2>[A-Z]{2,10})\b)?")
        .expect("named-organisation pattern compiles")
});

/// An organisation named after what it is: "the Italian NGO Emergency",
/// "the medical charity Doctors of the Valley (DOV)". The name is one to
/// five capitalised words. A bare "group" is not such a kind ("the
/// Islamist group X" names an armed group), only an aid, relief, rights or
/// monitoring group.
static KIND_NAMED_ORG_RE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"\b(?i:the)\s+(?P<kind>(?:(?-i:[A-Z][\w-]*)\s+)?(?i:(?:local|international|humanitarian|medical|independent|non-?profit|non-governmental|charitable)\s+){0,2}(?i:NGO|charity|watchdog|monitor|(?:aid|relief|rights|human\s+rights|monitoring|humanitarian|medical|advocacy)\s+(?:group|agency|organi[sz]ation)|organi[sz]ation))\s+(?P<name>(?:[A-Z][\w'&-]*\s+(?:(?:of|for|and|the|de|du|des|sans)\s+){0,2}){0,4}[A-Z][\w'&-]*)\b(?:\s+\((?P<acr>[A-Z][A-Za-z]{1,10})\))?")
        .expect("kind-named organisation pattern compiles")
});

/// An organisation named before its kind, in apposition: "Action pour le
/// Developpement du Lubero, a humanitarian NGO", "Sawa Relief, a local
/// charity".
static APPOSED_ORG_RE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"\b(?P<name>(?:[A-Z][\w'&-]*\s+(?:(?:of|for|and|the|de|du|des|sans|pour|le|la|el|al)\s+){0,2}){0,5}[A-Z][\w'&-]*)(?:\s+\((?P<acr>[A-Z][A-Za-z]{1,10})\))?,\s+(?i:an?)\s+(?P<kind>(?i:(?:local|international|humanitarian|medical|independent|non-?profit|non-governmental|charitable|(?-i:[A-Z][\w-]*))\s+){0,2}(?i:NGO|charity|watchdog|(?:aid|relief|rights|human\s+rights|monitoring|humanitarian|medical|advocacy|volunteer)\s+(?:group|agency|organi[sz]ation|network)|organi[sz]ation))\b(?P<next>\s+[a-z]+)?")
        .expect("apposed organisation pattern compiles")
});

/// A reporting verb right after an organisation's name (or after a clause
/// in apposition to it).
pub(super) static ORG_SPEAKS: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"^(?:\s*,[^.;]{0,80}?,|,)?\s+(?:(?:has|had|have|also|later|now|again|since|then|still)\s+){0,2}(?:said|says|reported|reports|documented|recorded|estimated|estimates|counted|tallied|registered|verified|told|confirmed|added|stated|warned|announced|published|released|put|puts|placed|gave|gives|raised|revised|accused|blamed|condemned|denounced)\b")
        .expect("compiles")
});

/// The last words of a generic mention that may stand for an organisation
/// other than an armed group.
const ORG_WORDS: &[&str] = &["organisation", "organization"];

/// A party the article defines itself: "Long Name (ACR)". An armed group,
/// unless the name is a civil body's ("National Commission on Human Rights
/// (Komnas HAM)": neither party nor government) or a state institution's:
/// of the state's forces when it names defence or the army ("Secretariat
/// of National Defense (Defensa)"), else of the government.
fn learned_group(institution: &Institutions, long: &str, short: &str) -> ActorEntry {
    let has = |class: &[String]| has_word(long, class);
    let (kind, members) = if has(&institution.civil) {
        (ActorKind::Other, None)
    } else if !has(&institution.institution) {
        (ActorKind::ArmedGroup, Some("militants"))
    } else if has(&institution.force) {
        (ActorKind::StateForce, Some("soldiers"))
    } else {
        (ActorKind::Government, None)
    };
    ActorEntry {
        id: slug(short),
        kind,
        country: None,
        members: members.map(String::from),
        name: format!("{long} ({short})"),
        aliases: vec![long.to_string(), short.to_string()],
    }
}

/// Adds an actor the article names itself to `doc`, and its aliases to the
/// names searched for it; `base` is the size of the lexicon (learned actors
/// are numbered after it).
fn learn(
    doc: &mut DocActors,
    base: usize,
    extra_names: &mut Vec<(String, usize)>,
    entry: ActorEntry,
) {
    let i = base + doc.learned.len();
    extra_names.extend(entry.aliases.iter().map(|a| (a.clone(), i)));
    doc.learned.push(entry);
}

/// Whether one of the mentions `named` (sorted by start) that begin before
/// `end` overlaps `start..end`; only the last few are looked at.
fn overlaps_named(named: &[Mention], start: usize, end: usize) -> bool {
    let k = named.partition_point(|m| m.start < end);
    named[..k].iter().rev().take(4).any(|m| m.end > start)
}

/// Whether any lexicon name stands inside a phrase.
fn known_long_any(inside: &[Mention]) -> bool {
    inside.iter().any(|m| m.actor.is_some())
}

/// The most actors one document can teach (a bound for hostile input).
const MAX_LEARNED: usize = 64;

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
    ///
    /// `is_place` tells whether a name is a known place: a place is not
    /// learned as the name of a group ("the Ituri militia").
    pub(crate) fn find(&self, text: &str, is_place: &dyn Fn(&str) -> bool) -> DocActors {
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
            })
            .collect();
        // A country's forces or government: a country head and a force noun.
        let mut forces: Vec<Mention> = Vec::new();
        for (s, e, &c) in self.heads.find_all(text) {
            let Some(caps) = self.nouns.captures(super::after(text, e, 64)) else {
                continue;
            };
            let Some(m) = caps.get(0) else { continue };
            let noun = caps.name("noun").map_or(String::new(), |n| {
                let mut noun = collapse(n.as_str());
                noun.make_ascii_lowercase();
                noun
            });
            let actor = match self.noun_kinds.get(&noun) {
                Some(ForceKind::Government) => self.gov_of[c],
                Some(ForceKind::Health) => self.health_of[c],
                Some(ForceKind::Police) => self.police_of[c],
                _ => self.army_of[c],
            };
            forces.push(Mention {
                start: s,
                end: e + m.end(),
                actor: Some(actor),
                class: None,
                modifier: false,
            });
        }
        if !forces.is_empty() {
            // Longest first where they overlap; the lexicon wins ties.
            named.extend(forces);
            named.sort_by(|a, b| {
                a.start
                    .cmp(&b.start)
                    .then((b.end - b.start).cmp(&(a.end - a.start)))
            });
            let mut kept: Vec<Mention> = Vec::with_capacity(named.len());
            for m in named {
                if kept.last().map_or(true, |l| m.start >= l.end) {
                    kept.push(m);
                }
            }
            named = kept;
        }
        // Learn "Long Name (ACR)": either side known teaches the other.
        let mut extra_names: Vec<(String, usize)> = Vec::new();
        let mut overrides: Vec<(String, usize)> = Vec::new();
        let mut superseded: Vec<(usize, usize)> = Vec::new();
        for c in LEARN_RE.captures_lines(text) {
            let (Some(long), Some(short)) = (c.name("long"), c.name("short")) else {
                continue;
            };
            // `named` is sorted by start: look only at what lies in the phrase.
            let lo = named.partition_point(|m| m.start < long.start());
            let hi = named.partition_point(|m| m.start < long.end());
            let known_long = named[lo..hi]
                .iter()
                .find(|m| m.end <= long.end() && m.end + 3 >= long.end());
            let si = named.partition_point(|m| m.start < short.start());
            let known_short = named.get(si).filter(|m| m.start == short.start());
            // "West Papua National Liberation Army (TPNPB)": a known
            // group's name with a place before it and an acronym of its
            // own is another group, named in full.
            if let (Some(k), None) = (known_long, known_short) {
                let lead = &text[long.start()..k.start];
                if !lead.trim().is_empty()
                    && !lead.contains("'s")
                    && k.actor.and_then(|a| self.entries.get(a)).is_some_and(|e| {
                        e.kind == ActorKind::ArmedGroup
                            && !e.aliases.iter().any(|x| x == short.as_str())
                    })
                    && self.heads.find_all(lead).is_empty()
                    && doc.learned.len() < MAX_LEARNED
                {
                    let i = self.entries.len() + doc.learned.len();
                    doc.learned.push(learned_group(
                        &self.institution,
                        long.as_str(),
                        short.as_str(),
                    ));
                    superseded.push((long.start(), long.end()));
                    extra_names.push((long.as_str().to_string(), i));
                    extra_names.push((short.as_str().to_string(), i));
                    continue;
                }
            }
            match (
                known_long.and_then(|m| m.actor),
                known_short.and_then(|m| m.actor),
            ) {
                (Some(a), None) => extra_names.push((short.as_str().to_string(), a)),
                // The lexicon knows the acronym as another group's: the
                // article's own definition wins ("Ambazonia Defence Forces
                // (ADF)" is not the Allied Democratic Forces).
                // (A state force's acronym spelled out, "Armed Forces of
                // the Democratic Republic of Congo (FARDC)", is that force.)
                (None, Some(a))
                    if self.group_words.is_match(long.as_str())
                        && !known_long_any(&named[lo..hi])
                        && !matches!(
                            self.entries.get(a).map(|e| e.kind),
                            Some(ActorKind::StateForce | ActorKind::Government)
                        )
                        && doc.learned.len() < MAX_LEARNED =>
                {
                    let i = self.entries.len() + doc.learned.len();
                    doc.learned.push(learned_group(
                        &self.institution,
                        long.as_str(),
                        short.as_str(),
                    ));
                    overrides.push((short.as_str().to_string(), i));
                    extra_names.push((long.as_str().to_string(), i));
                }
                (None, Some(a)) => extra_names.push((long.as_str().to_string(), a)),
                // Both known, as different groups: the article's pairing wins.
                (Some(a), Some(b)) if a != b => overrides.push((short.as_str().to_string(), a)),
                (None, None)
                    if (self.group_words.is_match(long.as_str())
                        || self.institution.is_civil(long.as_str()))
                        && doc.learned.len() < MAX_LEARNED
                        && !doc.learned.iter().any(|l| {
                            l.aliases.get(1).map(String::as_str) == Some(short.as_str())
                        }) =>
                {
                    let i = self.entries.len() + doc.learned.len();
                    doc.learned.push(learned_group(
                        &self.institution,
                        long.as_str(),
                        short.as_str(),
                    ));
                    extra_names.push((long.as_str().to_string(), i));
                    extra_names.push((short.as_str().to_string(), i));
                }
                _ => {}
            }
        }
        // A group the lexicon does not know, named by the article with what
        // it is: "the Gran Grif gang", "the Yakutumba militia".
        for c in NAMED_GROUP_RE.captures_lines(text) {
            let (Some(whole), Some(name), Some(noun)) = (c.get(0), c.name("name"), c.name("noun"))
            else {
                continue;
            };
            // "The Nigerien militia": a country's, not a name.
            if overlaps_named(&named, name.start(), whole.end())
                || doc.learned.len() >= MAX_LEARNED
                || !self.heads.find_all(name.as_str()).is_empty()
                || self.not_group_name.iter().any(|w| w == name.as_str())
                || is_place(name.as_str())
            {
                continue;
            }
            let noun = collapse(noun.as_str());
            let phrase = format!("{} {noun}", name.as_str());
            if doc.learned.iter().any(|l| l.name == phrase) {
                continue;
            }
            let mut aliases = vec![phrase.clone()];
            // The bare name too, when it is a name of several words (a
            // single word may be a place: "the Ituri militia").
            if name.as_str().contains(' ') {
                aliases.push(name.as_str().to_string());
            }
            let entry = ActorEntry {
                id: slug(name.as_str()),
                kind: ActorKind::ArmedGroup,
                country: None,
                members: Some("militants".into()),
                name: phrase,
                aliases,
            };
            learn(&mut doc, self.entries.len(), &mut extra_names, entry);
        }
        for c in APPOSED_GROUP_RE.captures_lines(text) {
            let Some(name) = c.name("name") else { continue };
            let phrase = collapse(name.as_str());
            if overlaps_named(&named, name.start(), name.end())
                || doc.learned.len() >= MAX_LEARNED
                || !self.heads.find_all(&phrase).is_empty()
                || self.not_group_name.contains(&phrase)
                || is_place(&phrase)
                || doc.learned.iter().any(|l| l.aliases.contains(&phrase))
            {
                continue;
            }
            let entry = ActorEntry {
                id: slug(&phrase),
                kind: ActorKind::ArmedGroup,
                country: None,
                members: Some("militants".into()),
                name: phrase.clone(),
                aliases: vec![phrase],
            };
            learn(&mut doc, self.entries.len(), &mut extra_names, entry);
        }
        // An organisation the lexicon does not know, named in full: "the
        // Sudan Doctors Network", "the National Human Rights Defense
        // Network, known by its French initials RNDDH".
        for c in NAMED_ORG_RE
            .captures_lines(text)
            .chain(KIND_NAMED_ORG_RE.captures_lines(text))
            .chain(APPOSED_ORG_RE.captures_lines(text))
        {
            let (Some(whole), Some(name)) = (c.get(0), c.name("name")) else {
                continue;
            };
            // Not a person of the organisation: "X, an NGO worker".
            if c.name("next").is_some_and(|w| {
                matches!(
                    w.as_str().trim(),
                    "worker"
                        | "workers"
                        | "official"
                        | "officials"
                        | "staff"
                        | "employee"
                        | "member"
                        | "volunteer"
                        | "coordinator"
                        | "director"
                        | "head"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "activist"
                        | "doctor"
                )
            }) {
                continue;
            }
            // Only one that reports something: an organisation named in
            // passing is not a party to the story.
            let lead = super::before(text, whole.start(), 24).to_ascii_lowercase();
            let lead = lead.trim_end();
            let cited = lead
                .strip_suffix(" the")
                .unwrap_or(lead)
                .ends_with("according to");
            if !cited && !ORG_SPEAKS.is_match(super::after(text, whole.end(), 120)) {
                continue;
            }
            let phrase = collapse(name.as_str());
            // "Meanwhile Sawa Relief, a local charity, said": a sentence
            // adverb or a preposition before the name is not part of it.
            let mut phrase = phrase.strip_prefix("The ").unwrap_or(&phrase);
            while let Some((w, rest)) = phrase.split_once(' ') {
                if !self.not_name.iter().any(|x| x == w) {
                    break;
                }
                phrase = rest;
            }
            let phrase = phrase.to_string();
            // "The Observatory says" after "the Syrian Observatory for Human
            // Rights": one word of the name of a body named before it.
            if !phrase.contains(' ') && !overlaps_named(&named, name.start(), name.end()) {
                let k = named.partition_point(|m| m.start < whole.start());
                let has_word = |e: &ActorEntry| {
                    !matches!(e.kind, ActorKind::StateForce | ActorKind::Government)
                        && e.name.contains(' ')
                        && e.name.split_whitespace().any(|w| w == phrase)
                };
                // A lexicon name before it, or a name learned here.
                let earlier = named[..k]
                    .iter()
                    .rev()
                    .take(super::LOOKBACK)
                    .filter_map(|m| m.actor)
                    .find(|&a| has_word(self.entry(&doc, a)))
                    .or_else(|| {
                        doc.learned
                            .iter()
                            .position(has_word)
                            .map(|j| self.entries.len() + j)
                    });
                if let Some(a) = earlier {
                    if !extra_names.iter().any(|(n, _)| *n == phrase) {
                        extra_names.push((phrase, a));
                    }
                    continue;
                }
            }
            if overlaps_named(&named, name.start(), name.end())
                || doc.learned.len() >= MAX_LEARNED
                || doc.learned.iter().any(|l| l.aliases.contains(&phrase))
                || is_place(&phrase)
            {
                continue;
            }
            let acronym = c
                .name("acr")
                .or_else(|| c.name("acr2"))
                .map(|a| a.as_str().to_string());
            let mut aliases = vec![phrase.clone()];
            aliases.extend(acronym.clone());
            let entry = ActorEntry {
                id: slug(acronym.as_deref().unwrap_or(&phrase)),
                kind: ActorKind::Other,
                country: None,
                members: None,
                // What the text calls it goes with a name that may be a
                // common word: "Emergency, Italian NGO".
                name: match (&acronym, c.name("kind")) {
                    (Some(a), _) => format!("{phrase} ({a})"),
                    (None, Some(k)) => format!("{phrase}, {}", collapse(k.as_str())),
                    (None, None) => phrase,
                },
                aliases,
            };
            learn(&mut doc, self.entries.len(), &mut extra_names, entry);
        }
        if !superseded.is_empty() {
            named.retain(|m| !superseded.iter().any(|&(s, e)| s <= m.start && m.end <= e));
        }
        if !extra_names.is_empty() {
            let gz = Gazetteer::new(extra_names);
            let before_learning = named.len();
            for (s, e, &i) in gz.find_all(text) {
                let k = named[..before_learning].partition_point(|m| m.start < e);
                let clear = k == 0 || named[k - 1].end <= s;
                if clear {
                    named.push(Mention {
                        start: s,
                        end: e,
                        actor: Some(i),
                        class: None,
                        modifier: false,
                    });
                }
            }
            named.sort_by_key(|m| m.start);
        }
        // Re-point the overridden acronyms at the article's own group.
        for (short, i) in &overrides {
            for m in named.iter_mut() {
                if &text[m.start..m.end] == short {
                    m.actor = Some(*i);
                }
            }
        }
        // "The UN peacekeeping mission, MINUSCA, said": the body's name
        // before its mission's, in apposition, is one mention of the
        // mission, not a second party.
        let broad_then_mission = |a: &Mention, b: &Mention| {
            let (Some(x), Some(y)) = (a.actor, b.actor) else {
                return false;
            };
            let (x, y) = (self.entry(&doc, x), self.entry(&doc, y));
            let gap = text[a.end..b.start].trim_end();
            x.kind == ActorKind::International
                && x.members.is_none()
                && y.kind == ActorKind::International
                && y.members.is_some()
                && gap.len() <= 40
                && gap.ends_with(',')
                && gap[..gap.len() - 1]
                    .split_whitespace()
                    .all(|w| w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-'))
        };
        let drop: Vec<bool> = (0..named.len())
            .map(|i| {
                named
                    .get(i + 1)
                    .is_some_and(|b| broad_then_mission(&named[i], b))
            })
            .collect();
        let mut i = 0;
        named.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
        for m in &mut named {
            // A dateline's credit, "(Reuters)", is not a party to anything.
            let credit = text[..m.start].ends_with('(') && text[m.end..].starts_with(')');
            m.modifier = credit
                || MODIFIER_AFTER.is_match(&text[m.end..])
                || MODIFIER_BEFORE.is_match(super::before(text, m.start, 60));
        }
        // "a spokesperson for the Front" after "the National Resistance
        // Front": the last word of a name of two words or more, named in
        // the mentions just before, is that party (not when more of a name
        // follows: "the Front for Democracy").
        if let Some(re) = &self.the_head {
            let mut heads = Vec::new();
            for c in re.captures_lines(text) {
                let Some(m) = c.get(0) else { continue };
                // In lowercase only as the subject of a report ("the cell
                // said"): "the front" is also a front line.
                let h = match (c.name("head"), c.name("lhead")) {
                    (Some(h), _) => h,
                    (None, Some(h)) if ORG_SPEAKS.is_match(super::after(text, h.end(), 120)) => h,
                    _ => continue,
                };
                let next = super::after(text, h.end(), 6).trim_start();
                if next.starts_with(|ch: char| ch.is_uppercase())
                    || next.starts_with("of ")
                    || next.starts_with("for ")
                {
                    continue;
                }
                let k = named.partition_point(|n| n.start < m.end());
                if k > 0 && named[k - 1].end > m.start() {
                    continue;
                }
                let earlier = named[..k]
                    .iter()
                    .rev()
                    .take(super::LOOKBACK)
                    .filter(|n| !n.modifier)
                    .find(|n| {
                        let mut words = text[n.start..n.end].split_whitespace();
                        words
                            .next_back()
                            .is_some_and(|w| w.eq_ignore_ascii_case(h.as_str()))
                            && words.next().is_some()
                    })
                    .and_then(|n| n.actor);
                if let Some(a) = earlier {
                    heads.push(Mention {
                        start: m.start(),
                        end: m.end(),
                        actor: Some(a),
                        class: None,
                        modifier: false,
                    });
                }
            }
            if !heads.is_empty() {
                named.extend(heads);
                named.sort_by_key(|m| m.start);
            }
        }
        let mut generic = Vec::new();
        for c in GENERIC_RE.captures_lines(text) {
            let Some(m) = c.get(0) else { continue };
            // A generic phrase that holds a name as a modifier ("an al
            // Qaeda-linked group") is a mention of its own; one that
            // overlaps a name otherwise is part of that name.
            let k = named.partition_point(|n| n.start < m.end());
            if k > 0
                && named[k - 1].end > m.start()
                && !(named[k - 1].modifier
                    && named[k - 1].start > m.start()
                    && named[k - 1].end < m.end())
            {
                continue;
            }
            let class = if c.name("police").is_some() {
                Class::Police
            } else if c.name("state").is_some() {
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
            // "the Houthi military spokesman": the armed group's own.
            if class == Class::State && k > 0 {
                let prev = &named[k - 1];
                let group = prev.actor.filter(|&a| {
                    self.entry(&doc, a).kind == ActorKind::ArmedGroup
                        && text
                            .get(prev.end..m.start())
                            .is_some_and(|gap| gap.len() <= 2 && gap.trim().is_empty())
                });
                if let Some(a) = group {
                    generic.push(Mention {
                        start: m.start(),
                        end: m.end(),
                        actor: Some(a),
                        class: None,
                        modifier: false,
                    });
                    continue;
                }
            }
            // "The Italian NGO Emergency said ... 'Among the dead were two
            // children,' the organisation said": the organisation named
            // last, if it is neither a party nor the state.
            if class == Class::Group && ORG_WORDS.iter().any(|w| m.as_str().ends_with(w)) {
                let org = named[..k]
                    .iter()
                    .rev()
                    .filter(|n| !n.modifier)
                    .find_map(|n| n.actor)
                    .filter(|&a| {
                        matches!(
                            self.entry(&doc, a).kind,
                            ActorKind::Other | ActorKind::Media | ActorKind::International
                        )
                    });
                if let Some(a) = org {
                    generic.push(Mention {
                        start: m.start(),
                        end: m.end(),
                        actor: Some(a),
                        class: None,
                        modifier: false,
                    });
                    continue;
                }
            }
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

    /// The claimant of the first claim extracted from `text`.
    fn first_claimant(text: &str) -> Option<String> {
        let x = crate::Extractor::new().extract(&crate::Document::new("t", text));
        let c = x
            .claims
            .first()
            .unwrap_or_else(|| panic!("no claim in {text:?}"));
        c.claimant.clone()
    }

    /// "the Front" after a name ending in "Front" is that party; "the
    /// Front for ..." is another name.
    #[test]
    fn the_head_word_of_a_name_named_before() {
        assert_eq!(
            first_claimant("Fighters of the National Resistance Front raided a post in Panjshir. A commander of the Front said nine Taliban fighters were killed.").as_deref(),
            Some("nrf_afghanistan")
        );
        let lex = lex();
        let text = "The National Resistance Front met the Front for Democracy on Monday.";
        let doc = lex.find(text, &|_| false);
        let at = text.find("Front for").unwrap();
        assert!(
            doc.mentions.iter().all(|m| m.start != at - 4),
            "{:?}",
            doc.mentions
        );
    }

    /// "The army" is not a force named as another party's backer.
    #[test]
    fn the_army_is_not_a_backer_named_before() {
        let text = "Congolese troops lost a camp in Ituri to rebels backed by the Ugandan army \
                    on Monday. Two days later the army said its troops had killed 30 rebels.";
        let x = crate::Extractor::new().extract(&crate::Document::new("t", text));
        let c = x
            .claims
            .iter()
            .find(|c| c.count.as_ref().and_then(|n| n.low) == Some(30));
        assert_eq!(
            c.and_then(|c| c.claimant.as_deref()),
            Some("dr_congo_army"),
            "{:?}",
            x.claims
        );
    }

    /// Military media offices and joint commands speak for the forces.
    #[test]
    fn a_security_media_cell_is_the_army() {
        assert_eq!(
            first_claimant(
                "Iraq's Security Media Cell said three militants were killed near Tikrit."
            )
            .as_deref(),
            Some("iraq_army")
        );
        // Its head word in lowercase, as the subject of a report; "the
        // front" elsewhere is a front line.
        assert_eq!(
            first_claimant("Gunmen attacked a post near Tikrit, Iraq's Security Media Cell reported. Later the cell said three militants were killed.").as_deref(),
            Some("iraq_army")
        );
        let lex = lex();
        let text = "The National Resistance Front sent men to the front near Banu.";
        let doc = lex.find(text, &|_| false);
        let at = text.find("the front").unwrap();
        assert!(
            doc.mentions.iter().all(|m| m.start != at),
            "{:?}",
            doc.mentions
        );
    }

    #[test]
    fn a_police_command_is_the_police() {
        assert_eq!(
            first_claimant("Gunmen raided a checkpoint in Kenya's Garissa county. The county police command said three officers were killed.").as_deref(),
            Some("kenya_police")
        );
    }

    /// Emergency services that keep tolls are parties of their own.
    #[test]
    fn civil_defence_and_civil_protection_speak_for_themselves() {
        assert_eq!(
            first_claimant("Rescuers worked through the night in Aleppo. The Civil Defense said 14 people were killed when two buildings collapsed.").as_deref(),
            Some("civil_defence")
        );
        assert_eq!(
            first_claimant("Gunfire hit the suburb overnight. The Directorate of Civil Protection said nine people were wounded.").as_deref(),
            Some("civil_protection")
        );
    }

    /// "the Hamas-run health ministry": the party that runs a body is a
    /// modifier; the body speaks.
    #[test]
    fn a_body_run_by_a_party_speaks_for_itself() {
        assert_eq!(
            first_claimant("Strikes hit the camp overnight. The Houthi-run health ministry said nine people were wounded.").as_deref(),
            Some("health_ministry")
        );
        let d = lex().find("The Taliban-led government and the Houthis.", &|_| false);
        let t = "The Taliban-led government and the Houthis.";
        let taliban = d.mentions.iter().find(|m| &t[m.start..m.end] == "Taliban");
        assert!(taliban.is_some_and(|m| m.modifier), "{:?}", d.mentions);
    }

    #[test]
    fn a_ministry_named_after_a_place_is_a_government_mention() {
        let gov = |t: &str| -> Vec<String> {
            let d = lex().find(t, &|_| false);
            d.mentions
                .iter()
                .filter(|m| m.class == Some(crate::extract::Class::Gov))
                .map(|m| t[m.start..m.end].to_string())
                .collect()
        };
        // A region or city between "the" and the ministry...
        assert_eq!(
            gov("Five died, the Tigray health ministry said."),
            ["the Tigray health ministry"]
        );
        assert_eq!(
            gov("Aden's health ministry gave no toll."),
            ["Aden's health ministry"]
        );
        assert_eq!(
            gov("The Upper Nile state government said so."),
            ["The Upper Nile state government"]
        );
        // ...and a group that runs the ministry, which stays a mention of
        // its own, as a modifier.
        assert_eq!(
            gov("The Hamas-run interior ministry said so."),
            ["The Hamas-run interior ministry"]
        );
        let t = "The Hamas-run interior ministry said so.";
        let d = lex().find(t, &|_| false);
        assert!(
            d.mentions
                .iter()
                .any(|m| &t[m.start..m.end] == "Hamas" && m.modifier && m.actor.is_some()),
            "{:?}",
            d.mentions
        );
        // A capitalised word that is not a place name is not taken either.
        assert!(gov("It was the ISWAP health ministry.").is_empty());
    }

    #[test]
    fn modifiers_are_marked() {
        let t = "The group, Ansar Dine, which has ties to al-Qaeda, said. An al-Qaeda-linked group and the al-Qaeda affiliate JNIM.";
        let d = lex().find(t, &|_| false);
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

#[cfg(test)]
mod resolution_tests {
    use crate::{Document, Extractor};

    fn ids(text: &str) -> Vec<String> {
        Extractor::new()
            .extract(&Document::new("t", text))
            .actors
            .into_iter()
            .map(|a| a.id)
            .collect()
    }

    #[test]
    fn lexicon_names_and_state_forces_by_country() {
        assert_eq!(
            ids("Burkinabe troops and the VDP repelled Ansarul Islam."),
            ["burkina_faso_army", "vdp", "ansarul_islam"]
        );
        assert_eq!(
            ids("Kenya's military and Somalia's government"),
            ["kenya_army", "somalia_government"]
        );
        // A country's contingent abroad is its forces.
        assert_eq!(ids("The Burundian contingent said so."), ["burundi_army"]);
        assert_eq!(
            ids("The FARDC and M23 rebels clashed."),
            ["dr_congo_army", "m23"]
        );
        // The acronym IS matches only in capitals.
        assert!(ids("This is what it is.").is_empty());
        // A headline's bare "army says" is the army of the story.
        assert_eq!(
            ids("Chad: raiders hit Baga Sola, army says post held"),
            ["chad_army"]
        );
    }

    /// "People's Defence Forces" with its acronym HPG is the PKK's armed
    /// wing; without it, Myanmar's resistance forces.
    #[test]
    fn two_peoples_defence_forces() {
        assert_eq!(
            ids("The People's Defence Forces (HPG) said a Turkish drone hit Zap."),
            ["hpg"]
        );
        assert_eq!(
            ids("The People's Defence Force said it shot down a junta helicopter."),
            ["pdf_myanmar"]
        );
    }

    #[test]
    fn a_body_named_before_its_mission_in_apposition_is_the_mission() {
        assert_eq!(
            ids("The UN stabilisation mission, MINUSMA, sent a helicopter."),
            ["minusma"]
        );
        // Not when the two are separate subjects.
        assert_eq!(
            ids("The UN said MINUSMA had sent a helicopter."),
            ["un", "minusma"]
        );
    }

    #[test]
    fn aliases_are_learned_from_the_text() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Liptako Liberation Front (LLF) said it attacked a post. The LLF later released a video.",
        ));
        let a = &x.actors[0];
        assert_eq!(a.id, "llf");
        assert_eq!(a.mentions.len(), 3, "{a:?}");
        // A state force's acronym spelled out is that force, not a new group.
        assert_eq!(
            ids("The Armed Forces of the Democratic Republic of Congo (FARDC) held the town."),
            ["dr_congo_army"]
        );
        // A state institution defined the same way is no armed group.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Ministry of Defence and Veterans (MDV) said troops held the ridge. The Office of the State Prosecutor (OSP) opened an inquiry.",
        ));
        let kinds: Vec<(&str, crate::ActorKind)> =
            x.actors.iter().map(|a| (a.id.as_str(), a.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("mdv", crate::ActorKind::StateForce),
                ("osp", crate::ActorKind::Government)
            ]
        );
        // A civil body, a government in exile, an acronym of two words;
        // "The" is no part of the name.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Uganda Human Rights Commission (UHRC) said it would investigate. The Provisional Unity Government (PUG) condemned the raid. The Civic Rights Observatory (Obs CR) said 40 people had died.",
        ));
        let kinds: Vec<(&str, &str, crate::ActorKind)> = x
            .actors
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str(), a.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    "uhrc",
                    "Uganda Human Rights Commission (UHRC)",
                    crate::ActorKind::Other
                ),
                (
                    "pug",
                    "Provisional Unity Government (PUG)",
                    crate::ActorKind::Government
                ),
                (
                    "obs_cr",
                    "Civic Rights Observatory (Obs CR)",
                    crate::ActorKind::Other
                )
            ]
        );
    }

    #[test]
    fn an_embassy_is_its_government() {
        assert_eq!(
            ids("The Turkish embassy in Tripoli said none of its staff was hurt."),
            ["turkey_government"]
        );
    }

    #[test]
    fn a_known_name_inside_a_longer_one_with_its_own_acronym_is_another_group() {
        // The lexicon knows "National Liberation Army" (the ELN); with a
        // place before it and an acronym of its own, it is another group.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Southern Highlands National Liberation Army (SHNLA) said it killed four soldiers. SHNLA fighters burned a truck.",
        ));
        let got: Vec<&str> = x.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(got, ["shnla"], "{:?}", x.actors);
        assert_eq!(x.actors[0].mentions.len(), 3);
        assert_eq!(x.claims[0].claimant.as_deref(), Some("shnla"));
        // The known group itself, or a country's name before it, is not.
        assert_eq!(
            ids("The National Liberation Army (ELN) blew up a pipeline."),
            ["eln"]
        );
        assert_eq!(
            ids("Colombia's National Liberation Army (ELN) blew up a pipeline."),
            ["eln"]
        );
    }

    #[test]
    fn the_owner_of_a_news_agency_is_a_modifier() {
        // Also with the agency's name between, or after it.
        for t in [
            "Amaq, the Islamic State's news agency, carried the claim.",
            "The claim came through the Islamic State's Amaq news agency.",
            "The claim came through Amaq, the news agency of the Islamic State.",
        ] {
            let d = super::build(crate::lexicon::Lexicons::default_ref(), &[]).find(t, &|_| false);
            let m = d
                .mentions
                .iter()
                .find(|m| &t[m.start..m.end] == "Islamic State")
                .expect("found");
            assert!(m.modifier, "{t}: {m:?}");
        }
    }

    #[test]
    fn groups_named_with_what_they_are_are_learned() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Members of the Baz Noir gang set fire to houses. Police said Baz Noir controls the port road.",
        ));
        let a = x
            .actors
            .iter()
            .find(|a| a.id == "baz_noir")
            .expect("learned");
        assert_eq!(a.kind, crate::ActorKind::ArmedGroup);
        assert_eq!(a.mentions.len(), 2, "{a:?}");
        // A country's militia, or a known place's, is not a new name.
        for t in [
            "The Nigerien militia withdrew from the area.",
            "The Ituri militia withdrew from the area.",
        ] {
            let x = Extractor::new().extract(&Document::new("t", t));
            assert!(
                x.actors
                    .iter()
                    .all(|a| a.kind != crate::ActorKind::ArmedGroup),
                "{t}: {:?}",
                x.actors
            );
        }
    }

    #[test]
    fn organisations_that_report_are_learned() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Tana Valley Peace Network, known by its initials TVPN, said 14 herders were killed. TVPN later said the figure would rise.",
        ));
        let a = x.actors.iter().find(|a| a.id == "tvpn").expect("learned");
        assert_eq!(a.kind, crate::ActorKind::Other);
        // The name, the acronym in apposition, the acronym again.
        assert_eq!(a.mentions.len(), 3, "{a:?}");
        assert_eq!(x.claims[0].claimant.as_deref(), Some("tvpn"));
        // Named in passing, not reporting: not a party.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The road passes the Lake Chad Fisheries Association building.",
        ));
        assert!(x.actors.is_empty(), "{:?}", x.actors);
        // One that puts a toll at a figure reports too.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Upper Nile Medics' Committee, a volunteer group, put the civilian death toll at 19.",
        ));
        let c = &x.claims[0];
        assert_eq!(c.claimant.as_deref(), Some("upper_nile_medics_committee"));
        assert_eq!(c.subject.as_deref(), Some("civilians"));
        // ... and one that "now says" after a clause about its first count.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Nuba Relief Committee, which listed 12 dead last week, now says 19 civilians died.",
        ));
        let last = x.claims.last().expect("a claim");
        assert_eq!(last.claimant.as_deref(), Some("nuba_relief_committee"));
        // A state's or a governorate's health office keeps the tolls too.
        for text in [
            "Kassala's state health ministry said nine civilians were wounded.",
            "Gedaref's regional health office said nine civilians were wounded.",
            "The governorate health office said nine civilians were wounded.",
        ] {
            let x = Extractor::new().extract(&Document::new("t", text));
            let c = x.claims.first().expect("a claim");
            assert!(
                c.claimant
                    .as_deref()
                    .is_some_and(|a| a.ends_with("health_ministry")),
                "{text}: {c:?}"
            );
        }
    }

    #[test]
    fn a_group_described_in_apposition_is_learned_and_speaks() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Hawks of the Valley, a little-known group that officials link to al-Shabab, claimed the raid and said its fighters killed six soldiers.",
        ));
        let a = x
            .actors
            .iter()
            .find(|a| a.id == "hawks_of_the_valley")
            .expect("learned");
        assert_eq!(a.kind, crate::ActorKind::ArmedGroup);
        assert!(
            x.claims
                .iter()
                .all(|c| c.claimant.as_deref() == Some("hawks_of_the_valley")),
            "{:?}",
            x.claims
        );
        // A rights group in apposition is no armed group.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Valley Watch, a rights group, said six people died.",
        ));
        assert!(
            x.actors
                .iter()
                .all(|a| a.kind != crate::ActorKind::ArmedGroup),
            "{:?}",
            x.actors
        );
    }

    #[test]
    fn an_armed_groups_military_spokesman_is_the_groups() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Houthi military spokesman says 30 soldiers were killed in the offensive.",
        ));
        assert_eq!(x.claims[0].claimant.as_deref(), Some("houthis"));
        let ids: Vec<_> = x.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["houthis"]);
        // "X's Sahel affiliate, Y": X qualifies Y, and Y claims.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Al-Qaeda's Sahel affiliate, JNIM, claimed the ambush.",
        ));
        let r: Vec<_> = x.claims.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(r, [Some("jnim")], "{:?}", x.claims);
    }

    #[test]
    fn a_unit_that_reports_is_its_army() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Peru's army sent troops to the valley. Soldiers captured three rebels, the division said.",
        ));
        assert_eq!(x.claims[0].claimant.as_deref(), Some("peru_army"));
        // A unit's base named as a place is no party.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Peru's army was deployed. Rebels shelled the battalion base, killing three farmers.",
        ));
        assert!(
            x.claims.iter().all(|c| c.claimant.is_none()),
            "{:?}",
            x.claims
        );
    }

    #[test]
    fn a_public_security_secretariat_is_the_police() {
        for t in [
            "Jalisco's Public Security Secretariat said four elements of the Civil Guard were killed.",
            "Mexican police fought gunmen. The Public Security Secretariat said four elements of the Civil Guard were killed.",
        ] {
            let x = Extractor::new().extract(&Document::new("t", t));
            let c = &x.claims[0];
            assert_eq!(c.claimant.as_deref(), Some("mexico_police"), "{t}");
            assert_eq!(c.subject.as_deref(), Some("police"), "{t}");
        }
    }

    #[test]
    fn one_word_of_a_named_body_refers_back_to_it() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Tana Valley Peace Network, known by its initials TVPN, said 14 herders were killed. \
             The Network says 40 people have died there since March.",
        ));
        let ids: Vec<_> = x.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["tvpn"]);
        assert!(
            x.claims
                .iter()
                .all(|c| c.claimant.as_deref() == Some("tvpn")),
            "{:?}",
            x.claims
        );
        // A body named by no earlier name is learned as itself.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Observatory says 40 people have died there since March.",
        ));
        assert_eq!(x.actors.len(), 1, "{:?}", x.actors);
    }

    #[test]
    fn institutes_named_with_their_field_are_learned_when_cited() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "According to the Kivu Institute for Peace and Conflict Studies (KIPCS), 90 civilians were killed in May.",
        ));
        let a = x.actors.iter().find(|a| a.id == "kipcs").expect("learned");
        assert_eq!(
            a.name,
            "Kivu Institute for Peace and Conflict Studies (KIPCS)"
        );
        assert_eq!(x.claims[0].claimant.as_deref(), Some("kipcs"));
    }

    #[test]
    fn organisations_with_their_kind_in_apposition_are_learned() {
        for (text, id) in [
            (
                "Nine herders were shot dead, according to Hope for Kivu, a local charity that runs a clinic in the town.",
                "hope_for_kivu",
            ),
            (
                "Sawa Relief, a humanitarian NGO, said 14 wounded people had been brought in.",
                "sawa_relief",
            ),
            // A sentence adverb before the name is not part of it.
            (
                "Meanwhile Sawa Relief, a local charity, said 20 people were killed.",
                "sawa_relief",
            ),
        ] {
            let x = Extractor::new().extract(&Document::new("t", text));
            assert_eq!(x.claims[0].claimant.as_deref(), Some(id), "{x:?}");
        }
        // A person of an organisation is not one.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Amina Yusuf, an NGO worker, said 14 wounded people had been brought in.",
        ));
        assert!(
            x.actors.iter().all(|a| a.kind != crate::ActorKind::Other),
            "{:?}",
            x.actors
        );
    }

    #[test]
    fn organisations_named_after_what_they_are_are_learned() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The local charity Hope for Kivu, which runs a clinic in the town, said 12 wounded people had been brought in.",
        ));
        let a = x
            .actors
            .iter()
            .find(|a| a.id == "hope_for_kivu")
            .expect("learned");
        assert_eq!(a.kind, crate::ActorKind::Other);
        assert_eq!(a.name, "Hope for Kivu, local charity");
        assert_eq!(x.claims[0].claimant.as_deref(), Some("hope_for_kivu"));
        // "The organisation" after it is the charity; after an armed
        // group, the group.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The local charity Hope for Kivu said 12 wounded people had been brought in. \"Among the dead were three children,\" the organisation said.",
        ));
        let last = x.claims.last().expect("a claim");
        assert_eq!(last.claimant.as_deref(), Some("hope_for_kivu"), "{x:?}");
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The ADF raided the camp. \"We killed three soldiers,\" the organisation said.",
        ));
        let last = x.claims.last().expect("a claim");
        assert_eq!(last.claimant.as_deref(), Some("adf"), "{x:?}");
        // A health ministry is told apart from the government: "the
        // ministry" after it is it, "the government" is not.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Syria's health ministry said 11 people died in the shelling. The ministry said 30 people were hurt. The government said the rebels fired first.",
        ));
        let by: Vec<Option<&str>> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(
            &by[..2],
            [Some("syria_health_ministry"), Some("syria_health_ministry")],
            "{x:?}"
        );
        assert!(x.actors.iter().any(|a| a.id == "syria_government"), "{x:?}");
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Palestinian health officials said 8 people were killed in the strike.",
        ));
        assert_eq!(
            x.claims[0].claimant.as_deref(),
            Some("palestine_health_ministry"),
            "{x:?}"
        );
        // A monitor or a UN agency the lexicon knows is one too.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Human Rights Watch said six people died in the raid. The organization said 250 villagers had been killed in the province this year.",
        ));
        let last = x.claims.last().expect("a claim");
        assert_eq!(last.claimant.as_deref(), Some("hrw"), "{x:?}");
        // Named in passing, not reporting: not a party.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The aid group Wells for Kivu dug two wells near the camp last year.",
        ));
        assert!(x.actors.is_empty(), "{:?}", x.actors);
        // A bare "group" is no such kind: an armed group, maybe.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The Islamist group Katiba Serma said it killed 12 soldiers.",
        ));
        assert!(
            x.actors.iter().all(|a| a.kind != crate::ActorKind::Other),
            "{:?}",
            x.actors
        );
    }

    #[test]
    fn an_acronym_inside_a_dateline_in_capitals_is_not_one() {
        let got = ids("PORT-AU-PRINCE (Reuters) - Gangs burned a market.");
        assert!(!got.contains(&"african_union".to_string()), "{got:?}");
        assert_eq!(ids("The AU-led force withdrew."), ["african_union"]);
    }

    #[test]
    fn generic_references_resolve_in_context() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Chadian soldiers fought Boko Haram on Monday. The army said it killed 20 fighters. The group did not give a toll.",
        ));
        let c: Vec<_> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
        assert_eq!(c, [Some("chad_army"), Some("boko_haram")]);
    }

    #[test]
    fn a_generic_force_takes_the_party_named_with_its_head_noun() {
        let claimant = |t: &str| {
            let x = Extractor::new().extract(&Document::new("t", t));
            x.claims
                .iter()
                .find(|c| c.kind == crate::ClaimKind::Casualties)
                .and_then(|c| c.claimant.clone())
        };
        // The nearest force is Armenia's, but "the General Staff" was
        // Azerbaijan's.
        assert_eq!(
            claimant(
                "Azerbaijan's General Staff reported that Armenian troops shelled its positions twice. \
                 The General Staff later said 12 Armenian soldiers were killed."
            )
            .as_deref(),
            Some("azerbaijan_army")
        );
        // Without a same-head antecedent, the nearest force as before.
        assert_eq!(
            claimant(
                "Azerbaijan's General Staff reported shelling. Armenian troops withdrew. \
                 The army later said 12 soldiers were killed."
            )
            .as_deref(),
            Some("armenia_army")
        );
    }

    /// Armies of movements are the movements: the Polisario's army, the
    /// Ambazonia fighters.
    #[test]
    fn a_movements_army_is_the_movement() {
        for (text, id) in [
            (
                "Units of the Sahrawi army shelled the wall near Guelta, the agency said.",
                "polisario",
            ),
            (
                "A commander said his Ambazonia fighters burned the checkpoint.",
                "ambazonia",
            ),
        ] {
            let x = Extractor::new().extract(&Document::new("t", text));
            assert!(
                x.actors.iter().any(|a| a.id == id),
                "{text}: {:?}",
                x.actors
            );
        }
    }

    /// ISPR is the military media wing of both Pakistan and Bangladesh:
    /// the army of the country the story is in.
    #[test]
    fn ispr_speaks_for_the_army_of_the_story() {
        for (text, army) in [
            (
                "Three soldiers died in an ambush in Khulna, Bangladesh, the Inter Services Public Relations Directorate (ISPR) said.",
                "bangladesh_army",
            ),
            (
                "According to a statement released by the Inter-Services Public Relations (ISPR), six militants died near Quetta, Pakistan.",
                "pakistan_army",
            ),
        ] {
            let x = Extractor::new().extract(&Document::new("t", text));
            assert_eq!(
                x.claims.first().and_then(|c| c.claimant.as_deref()),
                Some(army),
                "{text}"
            );
        }
    }

    #[test]
    fn capitalised_government_and_ministries_speak_for_the_government() {
        for t in [
            "Kenyan police clashed with gunmen near Garissa. Eight gunmen were killed, the Ministry of Interior said.",
            "Kenyan police clashed with gunmen near Garissa. The Government said eight gunmen were killed.",
            "Kenyan police clashed with gunmen near Garissa. Eight gunmen were killed, the Defence Ministry said.",
            "Kenyan police clashed with gunmen near Garissa. Eight gunmen were killed, an official of the county administration said.",
        ] {
            let x = Extractor::new().extract(&Document::new("t", t));
            let c: Vec<_> = x.claims.iter().map(|c| c.claimant.as_deref()).collect();
            assert_eq!(c, [Some("kenya_government")], "{t}");
        }
    }
}
