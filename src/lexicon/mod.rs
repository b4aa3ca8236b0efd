//! Lexicons: the word tables the extractors match, parsed from `data/`.
//!
//! Every table is a line-oriented TSV (or one-entry-per-line text) file with
//! `#` comments, pulled in with `include_str!` and parsed once. Parsing
//! returns an [`ErrorKind::Lexicon`] with the line number of a bad entry.

pub(crate) mod gazetteer;

use std::collections::HashMap;

use once_cell::sync::Lazy;

use crate::error::{Error, ErrorKind, Result};
use crate::model::{ActorKind, Channel, LocationKind};

/// The version of the built-in lexicons (the `data/` directory). It changes
/// whenever an entry is added, removed or changed, since that changes output
/// as much as code does.
///
/// ```
/// assert!(!counterclaim::LEXICON_VERSION.is_empty());
/// ```
pub const LEXICON_VERSION: &str = "2026.11.27.106";

/// The Arabic article as transliterations write it before a name ("Al-",
/// "el ") and its assimilated forms before sun letters ("Er Rahad", "Ad
/// Damazin", "As Sulaymaniyah", "ash-Sham"), lower case. Read by the claim
/// engine ("three al-Qaeda fighters"), the place engine ("Souq al-Juma")
/// and the reconciler (one key for "Er Rahad" and "Al-Rahad").
pub(crate) const ARABIC_ARTICLES: &[&str] = &[
    "al", "el", "ar", "er", "as", "es", "ad", "ed", "at", "et", "an", "en", "az", "ez", "ash",
    "esh", "adh", "ath",
];

/// [`ARABIC_ARTICLES`] as a regex alternation (no group).
pub(crate) fn arabic_articles_pattern() -> String {
    ARABIC_ARTICLES.join("|")
}

/// An actor the lexicon knows.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ActorEntry {
    pub(crate) id: String,
    pub(crate) kind: ActorKind,
    pub(crate) country: Option<String>,
    /// What its members are called as casualties.
    pub(crate) members: Option<String>,
    pub(crate) name: String,
    pub(crate) aliases: Vec<String>,
}

/// A country and the words that point to it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct CountryEntry {
    pub(crate) name: String,
    pub(crate) demonyms: Vec<String>,
    pub(crate) aliases: Vec<String>,
    pub(crate) force_aliases: Vec<String>,
}

/// A place the gazetteer knows.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PlaceEntry {
    pub(crate) name: String,
    pub(crate) kind: LocationKind,
    pub(crate) country: Option<String>,
    pub(crate) aliases: Vec<String>,
}

/// What a force noun names: a country's army, police or government.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ForceKind {
    Army,
    Police,
    Government,
    /// A health ministry: a government body, reported apart from the
    /// government because it keeps the tolls.
    Health,
}

/// Grammatical forms of a casualty outcome word (see `data/outcomes.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Form {
    Verb,
    Intrans,
    Pred,
    Noun,
    Adj,
}

/// All the word tables.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lexicons {
    pub(crate) actors: Vec<ActorEntry>,
    pub(crate) countries: Vec<CountryEntry>,
    pub(crate) places: Vec<PlaceEntry>,
    pub(crate) force_nouns: Vec<(String, ForceKind)>,
    pub(crate) number_words: HashMap<String, u64>,
    pub(crate) quantifiers: Vec<(String, Option<u64>, Option<u64>)>,
    pub(crate) subjects: HashMap<String, String>,
    pub(crate) outcomes: Vec<(Form, String, String)>,
    pub(crate) items: HashMap<String, String>,
    pub(crate) cues: Vec<(String, bool)>,
    pub(crate) hedges: Vec<String>,
    pub(crate) roles: Vec<(String, String, bool)>,
    pub(crate) titles: Vec<String>,
    pub(crate) channels: Vec<(String, Channel)>,
    /// Capitals that stand for their country's government, with the index
    /// of the country in `countries`.
    pub(crate) capitals: Vec<(String, usize)>,
    /// Word classes the source, actor, place and claim engines consult
    /// (`data/word_classes.tsv`).
    pub(crate) word_classes: WordClasses,
}

/// The word classes of `data/word_classes.tsv`, one list per class.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct WordClasses {
    /// Nouns of bodies, lowercase ("group", "daily", "ministry").
    pub(crate) body: Vec<String>,
    /// Recorded roles of a state post that serves one place ("governor").
    pub(crate) local_post: Vec<String>,
    /// Recorded roles of officials who speak for a government ("minister").
    pub(crate) government_role: Vec<String>,
    /// Titles that are police ranks only ("Superintendent", "DSP").
    pub(crate) police_title: Vec<String>,
    /// Documents that speak for whoever issued them ("the communique").
    pub(crate) document: Vec<String>,
    /// Capitalised words that end a name or open a sentence before one
    /// ("However", "Near", "Staff"), as written.
    pub(crate) not_name: Vec<String>,
    /// Capitalised words that open a question or a clause ("Has", "When"),
    /// as written: never the start of a bare name.
    pub(crate) not_bare_name: Vec<String>,
    /// Capitalised words that open no place's name ("The", "Each",
    /// "Monday"), as written.
    pub(crate) not_place: Vec<String>,
    /// Nouns a role word right before them qualifies ("the official
    /// toll", "police sources"), lowercase: the role is no source.
    pub(crate) qualified_noun: Vec<String>,
    /// Words in -ed that qualify a role rather than make it a verb's
    /// object ("said an unnamed official"), lowercase.
    pub(crate) not_verb: Vec<String>,
    /// Auxiliaries and adverbs between a speaker and its reporting verb
    /// ("a security source has said"), lowercase.
    pub(crate) cue_auxiliary: Vec<String>,
    /// Words of a name not used alone for the person ("Abu", "Ould"), as
    /// written.
    pub(crate) name_particle: Vec<String>,
    /// Titles that are no rank ("Mr", "Sheikh", "Senator"), as written: a
    /// person with one is not taken for the army's.
    pub(crate) civil_title: Vec<String>,
    /// Verbs of denial ("denied", "rejects"), lowercase: an allegation
    /// after one is not the denier's claim.
    pub(crate) denial_verb: Vec<String>,
    /// Nouns a date right before them belongs to ("the November 2024
    /// ceasefire"), lowercase: the date is not the event's.
    pub(crate) dated_thing: Vec<String>,
    /// Nouns of the remains of the dead ("bodies", "corpses"), lowercase:
    /// a figure after one and "of" counts the dead.
    pub(crate) corpse_noun: Vec<String>,
    /// Nouns of a state institution, as written: a party the article
    /// defines with its acronym is no armed group when its name holds one
    /// ("Secretariat of National Defense (Defensa)").
    pub(crate) institution: Vec<String>,
    /// Words of such a name that make it the state's forces rather than
    /// its government, as written ("Defence", "Army").
    pub(crate) force_institution: Vec<String>,
    /// Words of such a name that make it a civil body that reports, not a
    /// party ("National Commission on Human Rights (Komnas HAM)").
    pub(crate) civil_body: Vec<String>,
    /// Words that make a name an armed group's ("Front", "Katiba"), as
    /// written.
    pub(crate) group_word: Vec<String>,
    /// Capitalised words before "militia" or "gang" that name no group
    /// ("Islamist", "Rival"), as written.
    pub(crate) not_group_name: Vec<String>,
    /// Speaker labels of a programme's own people ("PRESENTER"), as
    /// written.
    pub(crate) host_label: Vec<String>,
    /// Phrases that make an apposition a description ("led by", "loyal
    /// to"), lowercase.
    pub(crate) described_by: Vec<String>,
    /// Words before a date that make it a date of origin ("founded", "in
    /// power since"), lowercase.
    pub(crate) origin_word: Vec<String>,
    /// Ordinary words between a figure and its noun ("senior", "quarry"),
    /// lowercase.
    pub(crate) modifier: Vec<String>,
    /// Capitalised words that open a town's name before a country's name
    /// ("Puerto", "San"), as written.
    pub(crate) place_prefix: Vec<String>,
    /// Last words of the names of bodies ("Front", "Cell"), as written: "the
    /// Front" after a name ending in it is that body.
    pub(crate) name_head: Vec<String>,
    /// Words (or two) after "fell" that give it a sense other than death
    /// ("ill", "into", "in love"), lowercase.
    pub(crate) not_fallen: Vec<String>,
    /// Nouns an armed group uses of its own men ("fighters", "comrades"),
    /// lowercase.
    pub(crate) own_men: Vec<String>,
    /// Phrases that make the party after them another's backer ("backed
    /// by", "with the support of"), lowercase.
    pub(crate) backer_phrase: Vec<String>,
}

/// Parses `data/word_classes.tsv`: `class<TAB>word` rows.
pub(crate) fn parse_word_classes(file: &str, text: &str) -> Result<WordClasses> {
    let mut out = WordClasses::default();
    for (line, r) in rows(file, text, 2)? {
        let list = match r[0] {
            "body" => &mut out.body,
            "local_post" => &mut out.local_post,
            "government_role" => &mut out.government_role,
            "police_title" => &mut out.police_title,
            "document" => &mut out.document,
            "not_name" => &mut out.not_name,
            "not_bare_name" => &mut out.not_bare_name,
            "not_place" => &mut out.not_place,
            "qualified_noun" => &mut out.qualified_noun,
            "not_verb" => &mut out.not_verb,
            "cue_auxiliary" => &mut out.cue_auxiliary,
            "name_particle" => &mut out.name_particle,
            "civil_title" => &mut out.civil_title,
            "denial_verb" => &mut out.denial_verb,
            "dated_thing" => &mut out.dated_thing,
            "corpse_noun" => &mut out.corpse_noun,
            "institution" => &mut out.institution,
            "force_institution" => &mut out.force_institution,
            "civil_body" => &mut out.civil_body,
            "group_word" => &mut out.group_word,
            "not_group_name" => &mut out.not_group_name,
            "host_label" => &mut out.host_label,
            "described_by" => &mut out.described_by,
            "origin_word" => &mut out.origin_word,
            "modifier" => &mut out.modifier,
            "place_prefix" => &mut out.place_prefix,
            "name_head" => &mut out.name_head,
            "not_fallen" => &mut out.not_fallen,
            "own_men" => &mut out.own_men,
            "backer_phrase" => &mut out.backer_phrase,
            other => return Err(lex_err(file, line, format!("unknown word class {other:?}"))),
        };
        list.push(r[1].to_string());
    }
    Ok(out)
}

/// Parses `text` as TSV rows of exactly `n` fields (or at least `n` when
/// `n` is 1), skipping blank and `#` lines.
pub(crate) fn rows<'t>(file: &str, text: &'t str, n: usize) -> Result<Vec<(usize, Vec<&'t str>)>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if fields.len() != n {
            return Err(lex_err(
                file,
                i + 1,
                format!("expected {n} tab-separated fields, found {}", fields.len()),
            ));
        }
        if fields.iter().any(|f| f.is_empty()) {
            return Err(lex_err(
                file,
                i + 1,
                "empty field (write - for none)".into(),
            ));
        }
        out.push((i + 1, fields));
    }
    Ok(out)
}

pub(crate) fn lex_err(file: &str, line: usize, msg: String) -> Error {
    Error::from(ErrorKind::Lexicon {
        file: file.to_string(),
        line,
        msg,
    })
}

fn opt(field: &str) -> Option<String> {
    (field != "-").then(|| field.to_string())
}

fn list(field: &str) -> Vec<String> {
    if field == "-" {
        return Vec::new();
    }
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn bound(file: &str, line: usize, field: &str) -> Result<Option<u64>> {
    if field == "-" {
        return Ok(None);
    }
    field
        .parse()
        .map(Some)
        .map_err(|_| lex_err(file, line, format!("not a number: {field:?}")))
}

/// Parses the actors table (`data/actors.tsv` format).
pub(crate) fn parse_actors(file: &str, text: &str) -> Result<Vec<ActorEntry>> {
    rows(file, text, 6)?
        .into_iter()
        .map(|(line, f)| {
            let kind = ActorKind::from_name(f[1])
                .ok_or_else(|| lex_err(file, line, format!("unknown actor kind {:?}", f[1])))?;
            Ok(ActorEntry {
                id: f[0].to_string(),
                kind,
                country: opt(f[2]),
                members: opt(f[3]),
                name: f[4].to_string(),
                aliases: list(f[5]),
            })
        })
        .collect()
}

/// Parses the places table (`data/places.tsv` format).
pub(crate) fn parse_places(file: &str, text: &str) -> Result<Vec<PlaceEntry>> {
    rows(file, text, 4)?
        .into_iter()
        .map(|(line, f)| {
            let kind = LocationKind::from_name(f[1])
                .ok_or_else(|| lex_err(file, line, format!("unknown place kind {:?}", f[1])))?;
            Ok(PlaceEntry {
                name: f[0].to_string(),
                kind,
                country: opt(f[2]),
                aliases: list(f[3]),
            })
        })
        .collect()
}

fn parse_countries(file: &str, text: &str) -> Result<Vec<CountryEntry>> {
    Ok(rows(file, text, 5)?
        .into_iter()
        .map(|(_, f)| CountryEntry {
            name: f[0].to_string(),
            demonyms: list(f[2]),
            aliases: list(f[3]),
            force_aliases: list(f[4]),
        })
        .collect())
}

fn single_column(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

macro_rules! data {
    ($name:literal) => {
        ($name, include_str!(concat!("../../data/", $name)))
    };
}

impl Lexicons {
    /// Parses the built-in tables.
    pub(crate) fn builtin() -> Result<Lexicons> {
        let (f, t) = data!("actors.tsv");
        let actors = parse_actors(f, t)?;
        let (f, t) = data!("countries.tsv");
        let countries = parse_countries(f, t)?;
        let (f, t) = data!("places.tsv");
        let places = parse_places(f, t)?;

        let (f, t) = data!("force_nouns.tsv");
        let force_nouns = rows(f, t, 2)?
            .into_iter()
            .map(|(line, r)| {
                let kind = match r[1] {
                    "state_force" => ForceKind::Army,
                    "police" => ForceKind::Police,
                    "government" => ForceKind::Government,
                    "health" => ForceKind::Health,
                    other => return Err(lex_err(f, line, format!("unknown force kind {other:?}"))),
                };
                Ok((r[0].to_string(), kind))
            })
            .collect::<Result<Vec<_>>>()?;

        let (f, t) = data!("number_words.tsv");
        let number_words = rows(f, t, 2)?
            .into_iter()
            .map(|(line, r)| Ok((r[0].to_string(), bound(f, line, r[1])?.unwrap_or(0))))
            .collect::<Result<HashMap<_, _>>>()?;

        let (f, t) = data!("quantifiers.tsv");
        let quantifiers = rows(f, t, 3)?
            .into_iter()
            .map(|(line, r)| {
                Ok((
                    r[0].to_string(),
                    bound(f, line, r[1])?,
                    bound(f, line, r[2])?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;

        let (f, t) = data!("subjects.tsv");
        let subjects = rows(f, t, 2)?
            .into_iter()
            .map(|(_, r)| (r[0].to_lowercase(), r[1].to_string()))
            .collect();

        let (f, t) = data!("outcomes.tsv");
        let outcomes = rows(f, t, 3)?
            .into_iter()
            .map(|(line, r)| {
                let form = match r[0] {
                    "verb" => Form::Verb,
                    "intrans" => Form::Intrans,
                    "pred" => Form::Pred,
                    "noun" => Form::Noun,
                    "adj" => Form::Adj,
                    other => return Err(lex_err(f, line, format!("unknown form {other:?}"))),
                };
                Ok((form, r[1].to_string(), r[2].to_string()))
            })
            .collect::<Result<Vec<_>>>()?;

        let (f, t) = data!("items.tsv");
        let items = rows(f, t, 2)?
            .into_iter()
            .map(|(_, r)| (r[0].to_lowercase(), r[1].to_string()))
            .collect();

        let (f, t) = data!("cues.tsv");
        let cues = rows(f, t, 2)?
            .into_iter()
            .map(|(line, r)| match r[1] {
                "plain" => Ok((r[0].to_string(), false)),
                "hedge" => Ok((r[0].to_string(), true)),
                other => Err(lex_err(f, line, format!("unknown flag {other:?}"))),
            })
            .collect::<Result<Vec<_>>>()?;

        let (f, t) = data!("roles.tsv");
        let roles = rows(f, t, 3)?
            .into_iter()
            .map(|(_, r)| (r[0].to_string(), r[1].to_string(), r[2] == "yes"))
            .collect();

        let (f, t) = data!("channels.tsv");
        let channels = rows(f, t, 2)?
            .into_iter()
            .map(|(line, r)| {
                let c = Channel::from_name(r[1])
                    .ok_or_else(|| lex_err(f, line, format!("unknown channel {:?}", r[1])))?;
                Ok((r[0].to_string(), c))
            })
            .collect::<Result<Vec<_>>>()?;

        let (f, t) = data!("capitals.tsv");
        let capitals = rows(f, t, 2)?
            .into_iter()
            .map(|(line, r)| {
                let k = countries
                    .iter()
                    .position(|c| c.name == r[1])
                    .ok_or_else(|| lex_err(f, line, format!("unknown country {:?}", r[1])))?;
                Ok((r[0].to_string(), k))
            })
            .collect::<Result<Vec<_>>>()?;

        let (f, t) = data!("word_classes.tsv");
        let word_classes = parse_word_classes(f, t)?;

        Ok(Lexicons {
            actors,
            countries,
            places,
            force_nouns,
            number_words,
            quantifiers,
            subjects,
            outcomes,
            items,
            cues,
            hedges: single_column(include_str!("../../data/hedges.txt")),
            roles,
            titles: single_column(include_str!("../../data/titles.tsv")),
            channels,
            capitals,
            word_classes,
        })
    }

    /// The built-in tables, parsed once.
    pub(crate) fn default_ref() -> &'static Lexicons {
        static LEX: Lazy<Lexicons> = Lazy::new(|| {
            Lexicons::builtin().expect("built-in lexicons in data/ parse (checked by tests)")
        });
        &LEX
    }
}

/// `"Burkina Faso"` → `"burkina_faso"`.
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in crate::text::fold_str(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_parse() {
        let lex = Lexicons::builtin().unwrap();
        assert!(lex.actors.iter().any(|a| a.id == "jnim"));
        assert!(lex.countries.iter().any(|c| c.name == "Mali"));
        assert!(lex.places.len() > 100);
        assert_eq!(lex.number_words.get("thirty"), Some(&30));
    }

    #[test]
    fn bad_lines_name_their_line() {
        let err = parse_actors("mine.tsv", "# c\nx\tarmed_group\t-\t-\tX\n").unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::Lexicon { line: 2, .. }),
            "{err}"
        );
        let err = parse_places("p.tsv", "Kayes\ttown\tMali\t-\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "lexicon p.tsv, line 1: unknown place kind \"town\""
        );
    }

    #[test]
    fn word_classes_parse_and_agree_with_the_roles() {
        let lex = Lexicons::builtin().unwrap();
        let w = &lex.word_classes;
        assert!(w.body.iter().any(|b| b == "ministry" || b == "group"));
        // Every class names a role the roles table records, and a local
        // post speaks for a government.
        for post in &w.local_post {
            assert!(w.government_role.contains(post), "{post}");
        }
        for role in &w.government_role {
            assert!(lex.roles.iter().any(|r| &r.1 == role), "{role}");
        }
        // The classes the engines read in place of word lists in code are
        // there, with a word each is known to hold.
        for (class, words, sample) in [
            ("qualified_noun", &w.qualified_noun, "toll"),
            ("not_verb", &w.not_verb, "unnamed"),
            ("cue_auxiliary", &w.cue_auxiliary, "has"),
            ("name_particle", &w.name_particle, "Ould"),
            ("civil_title", &w.civil_title, "Mrs."),
            ("denial_verb", &w.denial_verb, "denied"),
            ("dated_thing", &w.dated_thing, "ceasefire"),
            ("corpse_noun", &w.corpse_noun, "bodies"),
            ("institution", &w.institution, "Secretariat"),
            ("force_institution", &w.force_institution, "Defense"),
            ("civil_body", &w.civil_body, "Commission"),
            ("group_word", &w.group_word, "Katiba"),
            ("not_group_name", &w.not_group_name, "Rival"),
            ("host_label", &w.host_label, "ANCHOR"),
            ("described_by", &w.described_by, "loyal to"),
            ("origin_word", &w.origin_word, "in power since"),
            ("modifier", &w.modifier, "quarry"),
            ("place_prefix", &w.place_prefix, "Puerto"),
            ("name_head", &w.name_head, "Front"),
            ("not_fallen", &w.not_fallen, "in love"),
            ("own_men", &w.own_men, "comrades"),
            ("backer_phrase", &w.backer_phrase, "backed by"),
        ] {
            assert!(!words.is_empty(), "{class}");
            assert!(words.iter().any(|x| x == sample), "{class}: {sample}");
        }
        let err = parse_word_classes("w.tsv", "body\tgroup\nbodies\tgang\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "lexicon w.tsv, line 2: unknown word class \"bodies\""
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Burkina Faso"), "burkina_faso");
        assert_eq!(slug("Côte d'Ivoire"), "cote_d_ivoire");
    }
}
