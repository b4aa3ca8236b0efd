//! Claims: the rule table and the pass that runs it.
//!
//! Each rule has an id (`"casualties/count_subject_outcome"`), a claim kind
//! and a pattern built from the lexicons. Rules run sentence by sentence on
//! the body and the front matter (never on repeated paragraphs). A claim's
//! claimant is the speaker of the reporting frame around it (see
//! [`sources`](super::sources)), or, for rules about what a party did or
//! withholds, the party named as the clause's subject.
//!
//! # Overlap policy
//!
//! Rules run in table order, which is their priority. A claim whose anchor
//! (its count, or its key word when it has no count) was already used by an
//! earlier claim of the same kind is dropped. Then, in one pass in text
//! order: a front-matter claim (headline, teaser) is dropped when a later
//! paragraph states a claim of the same kind, figure and event, with a
//! subject and a claimant that agree (or, without a figure, the same
//! claimant); and a claim identical to an earlier one in every field but
//! its span is dropped. Output is in text order.

use std::collections::HashMap;

use crate::pattern::{Match, Regex};
use once_cell::sync::Lazy;

use super::actors::Class;
use super::counts::Counts;
use super::sources::{clause_start, speaker_in};
use super::Ctx;
use crate::lexicon::{Form, Lexicons};
use crate::model::{ActorKind, Claim, ClaimKind, Count, EventRef};
use crate::text::{lower_key, Role};

/// The most claims one sentence can give (a bound that keeps the overlap
/// pass linear on hostile input).
const MAX_PER_SENTENCE: usize = 64;

/// How many claims back a toll without victims looks for the figure it
/// updates (a bound: the scan stays linear in the text).
const LOOKBACK_CLAIMS: usize = 32;

/// A rule: id, kind, compiled pattern.
#[derive(Debug)]
pub(crate) struct Rule {
    pub(crate) id: &'static str,
    pub(crate) kind: ClaimKind,
    pub(crate) re: Regex,
}

/// The compiled claim rules and the word tables they read.
#[derive(Debug)]
pub(crate) struct ClaimLex {
    pub(crate) rules: Vec<Rule>,
    subjects: std::collections::HashMap<String, String>,
    outcomes: Vec<(Form, String, String)>,
    items: std::collections::HashMap<String, String>,
    list_item: Regex,
    continuation: Regex,
    own_outcome: Regex,
    ellipsis: Regex,
    /// A part of a figure named in apposition: ", three of them police
    /// officers,", ", including five children,".
    included: Regex,
    subject_any: Regex,
    /// Nouns a date before them belongs to (`dated_thing` of
    /// `data/word_classes.tsv`): "the November 2024 ceasefire".
    dated_thing: Vec<String>,
    /// Nouns of the remains of the dead (`corpse_noun` of
    /// `data/word_classes.tsv`): "the bodies of three men".
    corpse_noun: Vec<String>,
    /// Words before a date that make it a date of origin (`origin_word`
    /// of `data/word_classes.tsv`): "founded in 2012".
    origin_word: Vec<String>,
    /// Words (or two) after "fell" that give it a sense other than death
    /// (`not_fallen` of `data/word_classes.tsv`): "fell ill", "fell in love".
    not_fallen: Vec<String>,
    /// Nouns an armed group uses of its own men (`own_men` of
    /// `data/word_classes.tsv`): "our comrades" are its `fighters`.
    own_men: Vec<String>,
    /// Which rules may match in a sentence, from one pass over the text;
    /// built on first use (it parses every rule).
    prefilter: std::sync::OnceLock<crate::pattern::Prefilter>,
}

/// The ids of every built-in rule, for [`ExtractorBuilder::disable_rule`](crate::ExtractorBuilder::disable_rule).
pub(crate) const RULE_IDS: &[&str] = &[
    "casualties/put_toll_at",
    "casualties/coordinated_subjects",
    "casualties/outcome_count_subject",
    "casualties/count_subject_outcome",
    "casualties/noun_of_count",
    "casualties/among_the",
    "casualties/count_subject_deaths",
    "casualties/count_of_them",
    "casualties/bodies",
    "casualties/bodies_of",
    "casualties/toll_is",
    "casualties/toll_of",
    "casualties/taken_prisoner",
    "casualties/count_adj_subject",
    "casualties/count_outcome",
    "casualties/subject_outcome",
    "casualties/losses",
    "casualties/none_suffered",
    "undisclosed/no_figure",
    "control/took_control",
    "control/overran",
    "control/passive",
    "repelled/verb",
    "materiel/verb_items",
    "materiel/items_taken",
    "responsibility/claimed",
    "responsibility/said_it_attacked",
    "responsibility/attack_that_claimed",
    "responsibility/blamed",
    "responsibility/behind",
    "responsibility/denied",
    "responsibility/named_attacker",
    "characterization/described_as",
    "characterization/was_quoted",
    "characterization/acted",
    "characterization/epithet",
];

/// Words that may stand between a figure and its noun, up to three, as
/// a pattern: capitalised names and demonyms ("70 Beninese soldiers", "50
/// Wagner fighters"), "al-" names, ages ("a 14-year-old boy") and the
/// ordinary modifiers of `words` (`modifier` of `data/word_classes.tsv`).
fn mods_pattern(words: &[String]) -> String {
    format!(
        r"(?:(?:(?-i:[A-Z][\w'-]*)|(?:{})-(?-i:[A-Z])[\w'-]*|\w+-year-old|{})\s+){{0,3}}?",
        crate::lexicon::arabic_articles_pattern(),
        super::alternation(words)
    )
}
const AUX: &str = r"(?:(?:were|was|had|have|has|are|is|been|being|reportedly|reported|also|all|later|allegedly|still|now|subsequently|initially|confirmed|slightly|seriously|critically|badly|severely|lightly|gravely|fatally|mortally|believed\s+to\s+have\s+been|thought\s+to\s+have\s+been|said\s+to\s+have\s+been|known\s+to\s+have\s+been|reported\s+to\s+have\s+been|feared\s+to\s+have\s+been|presumed|feared|believed|remain|remains|remained|among\s+the)\s+){0,3}";
const Q: &str = r#"["']?"#;
/// One word of a unit or force named after a casualty subject ("a soldier
/// of the 5th Battalion", "a jawan of the District Reserve Guard (DRG)"):
/// a capitalised word, an ordinal, an acronym in brackets or a unit noun.
/// Never a verb, so "a resident of Titao reached by phone said ..." is no
/// subject of what follows.
const UNIT: &str = r"(?:(?-i:[A-Z0-9][\w'-]*)|\((?-i:[A-Z][\w-]*)\)|battalion|brigade|regiment|division|company|platoon|squad|unit|army|police|forces?|guard|corps|patrol|garrison|convoy|contingent|detachment|post|base)";

/// The modifiers (`modifier` of `data/word_classes.tsv`) that say what befell the people they qualify.
const OUTCOME_MODS: [&str; 7] = [
    "wounded",
    "injured",
    "dead",
    "killed",
    "captured",
    "kidnapped",
    "abducted",
];
/// Before a place taken: "large parts of eastern", "much of the northern".
const PART_OF: &str = r"(?:(?:(?:large|vast|big|huge|wide)\s+)?(?:parts?|swaths?|swathes|areas|stretches|tracts)\s+of\s+(?:the\s+)?|(?:much|most)\s+of\s+(?:the\s+)?)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?";

/// The subject table with the plural of each country's demonyms as
/// "people" ("killed 27 Palestinians", "two Nigerians were kidnapped"):
/// those that take an "s" (ending in "-an" or "-i"; not "Sudanese",
/// "French"). A noun the table lists keeps its class.
fn with_demonym_plurals(lex: &Lexicons) -> HashMap<String, String> {
    let mut subjects = lex.subjects.clone();
    for c in &lex.countries {
        for d in &c.demonyms {
            let d = d.to_lowercase();
            if d.contains(' ') || !(d.ends_with("an") || d.ends_with('i')) {
                continue;
            }
            subjects
                .entry(format!("{d}s"))
                .or_insert_with(|| "people".to_string());
        }
    }
    subjects
}

impl ClaimLex {
    pub(crate) fn new(lex: &Lexicons, counts: &Counts) -> ClaimLex {
        let count = &counts.fragment;
        let mods = mods_pattern(&lex.word_classes.modifier);
        let subjects = with_demonym_plurals(lex);
        let subj_words: Vec<&str> = subjects.keys().map(String::as_str).collect();
        let subj = super::alternation(subj_words.iter().copied());
        let base_words: Vec<&str> = lex
            .subjects
            .iter()
            .filter(|(_, v)| v.as_str() == "bases")
            .map(|(k, _)| k.as_str())
            .collect();
        let base = super::alternation(base_words.iter().copied());
        // A word of a phrase may stand in quotation marks: "fell as
        // \"martyrs\"", "taken \"hostage\"".
        let of_form = |f: Form| {
            super::alternation(
                lex.outcomes
                    .iter()
                    .filter(|o| o.0 == f)
                    .map(|o| o.1.as_str()),
            )
            .replace(r"\s+", r#"["']?\s+["']?"#)
        };
        let verb = of_form(Form::Verb);
        let intrans = of_form(Form::Intrans);
        let pred = of_form(Form::Pred);
        let noun = of_form(Form::Noun);
        let adj = of_form(Form::Adj);
        let items = super::alternation(lex.items.keys().map(String::as_str));
        // An item may carry a figure and modifiers: "14 vehicles", "18 AK-47
        // rifles", "a quantity of ammunition", "the rangers' weapons".
        let one_item = format!(
            r#"(?:an?\s+)?(?:(?:{count})\s+(?:of\s+(?:the|their|its|our|his|her)\s+)?)?(?:"?(?:a\s+)?(?:(?:large|huge|significant|small|big)\s+)?(?:quantity|quantities|number|cache|stock|stocks|lot|range|amount|amounts|haul|rounds|boxes|crates|cases|belts|sacks|bags|barrels|drums|pieces|units)"?\s+of\s+)?(?:[\w-]+'s?\s+)?(?:(?-i:[A-Z0-9][\w.-]*)\s+|(?:heavy|light|small|military|armed|armoured|armored|police|army|assault|automatic|combat|fuel|pickup|pick-up|technical|special|live|spare|anti-aircraft|anti-tank|damaged|abandoned|burnt|burned|destroyed|various|assorted|sophisticated|improvised|modern|new|old|operational|serviceable|unused|stolen|locally[\s-]made|locally[\s-]manufactured|home-?made|hand-?made|makeshift|artisanal|craft|motori[sz]ed|wooden|fishing|speed|sniper|hunting)\s+){{0,2}}(?:{items})"#
        );
        let item_list = format!(
            r#"{one_item}"?(?:\s*,\s*(?:and\s+)?(?:the\s+|some\s+)?"?{one_item}"?|,?\s+(?:and|or|as\s+well\s+as|(?:loaded|laden|packed|filled|stocked)\s+with|including)\s+(?:the\s+|some\s+)?"?{one_item}"?)*"#
        );
        let det = r#"(?:(?:a|an|the|some|large|huge|significant|important|substantial|considerable|vast|quantities|quantity|amounts?|range|cache|stockpile|stocks?|haul|supply|supplies|consignment|arsenal|number|lot|its|their|heavy|several|dozens|hundreds|of|all)["']?\s+)*"#;
        let place = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?";
        // Double quotes, or single ones (curly quotes are folded to
        // straight): 'a war crime', not the apostrophe of "army's".
        let quote = r#"(?:"(?P<q>[^"]{2,80})"|'(?P<qs>[^"\n]{2,80}?)'\B)"#;

        let rule = |id: &'static str, kind: ClaimKind, pat: String| Rule {
            id,
            kind,
            // Compiled on first use: an article needs few of the rules.
            re: Regex::new_lazy(&pat),
        };
        let rules = vec![
            rule(
                "casualties/put_toll_at",
                ClaimKind::Casualties,
                format!(
                    r"(?i)\b(?:put|puts|putting|placed|placing|raised?|raises|raising|revised|revising|set|sets|bringing|brings|brought|taking|takes|took)\s+(?:(?P<det>the|its|their|his|her)\s+(?:(?P<owner>[\w-]+)(?:'s|s')\s+|(?P<named_owner>(?-i:[A-Z][\w-]*))\s+)?(?:own\s+)?(?:(?:overall|official|final|first|claimed|reported|provisional|initial|previous|earlier|new|latest|updated|revised)\s+)?(?:(?P<toll_of>civilian|military|army|police)\s+)?(?:death\s+toll|toll|dead|losses|casualties|casualty\s+figure|figure|number\s+of\s+(?:dead|deaths|fatalities|victims|casualties|those\s+killed)|number\s+of\s+{Q}(?P<subj>{subj})\s+(?P<out>{intrans}|{verb}|dead){Q})|(?-i:[A-Z][a-z]+)\s+(?:losses|casualties)|(?P<it>it))(?:\s+(?:from|in|for|of)\s+[^,.;]{{1,60}}?)?\s+(?:at|to)\s+{Q}(?P<list>{count}[^.;]*)"
                ),
            ),
            rule(
                "casualties/coordinated_subjects",
                ClaimKind::Casualties,
                format!(r#"(?i)\b(?P<list>(?:{count})\s+(?:of\s+(?:our|their|its)\s+)?(?:{mods}){Q}(?:{subj})\b{Q}(?:(?:,\s+|,?\s+and\s+){Q}(?:{count}){Q}\s+(?:of\s+(?:our|their|its)\s+)?(?:{mods}){Q}(?:{subj})\b{Q}(?:\s+of\s+the\s+[^,.;]{{1,80}}?)?)+)(?:\s+-{{1,2}}\s+[^.;-]{{1,140}}?\s+-{{1,2}})?\s+{AUX}{Q}(?P<out>{intrans}|{verb}|{pred})\b{Q}"#),
            ),
            rule(
                "casualties/outcome_count_subject",
                ClaimKind::Casualties,
                format!(r#"(?i)\b{Q}(?P<out>{verb}){Q}\s+(?:{Q}(?P<count>{count}){Q}\s+(?:of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+'s\s+)?(?:own\s+)?)?|(?P<one>an?)\s+)(?P<mods>{mods})(?:"(?:[\w'-]+\s+){{0,3}}?|{Q})(?P<subj>{subj})\b{Q}"#),
            ),
            rule(
                "casualties/count_subject_outcome",
                ClaimKind::Casualties,
                format!(r#"(?i)\b{Q}(?P<count>{count}){Q}\s+(?:of\s+(?:(?:the|its|their|our|his|her|my)\s+(?:own\s+)?)?(?:(?:the\s+)?(?:group|movement|army|militia|organi[sz]ation|rebels|insurgents|jihadists)'s\s+)?)?{Q}(?P<mods>{mods}){Q}(?P<subj>{subj})\b{Q}(?:\s+and\s+(?:an?\s+|one\s+)?(?:{mods}){Q}(?:{subj})\b{Q})?(?:\s+(?:from|of|in)\s+[^,.;]{{1,80}}?)??(?:\s*,[^.;]{{1,140}}?,|\s+-{{1,2}}\s+[^.;-]{{1,140}}?\s+-{{1,2}}|\s+(?:who|that)\s+(?:was|were|had|has|have|is|are|\w+ed|\w+s)\s+[^,.;"]{{1,80}}?|\s+[a-z]+ing\s+(?:at|in|on|near|by|along|outside|inside|through)\s+[^,.;"]{{1,50}}?){{0,2}}?\s+(?:(?:who|that)\s+|(?:(?:that|whom)\s+)?(?:it|they|we)\s+(?:(?:had|has|have|says?|said|claims?|claimed)\s+){{0,2}})?{AUX}{Q}(?P<out>{intrans}|{verb}|{pred})\b{Q}"#),
            ),
            rule(
                "casualties/noun_of_count",
                ClaimKind::Casualties,
                format!(r"(?i)\b(?P<out>{noun})\s+of\s+(?P<count>{count})\s+(?:of\s+(?:the|its|their|our|his|her)\s+)?(?P<mods>{mods})(?P<subj>{subj})\b"),
            ),
            // "Among the dead are three civilians": the figure after the
            // outcome it is counted in.
            rule(
                "casualties/among_the",
                ClaimKind::Casualties,
                format!(r"(?i)\bamong\s+the\s+(?P<out>dead|killed|wounded|injured|missing)\s+(?:were|are|was|is)\s+(?:(?P<count>{count})|(?P<one>an?))\s+(?P<mods>{mods})(?P<subj>{subj})\b"),
            ),
            rule(
                "casualties/count_subject_deaths",
                ClaimKind::Casualties,
                format!(r"(?i)\b(?P<count>{count})\s+(?P<mods>{mods})(?P<subj>{subj})(?:'s?|s')?\s+(?P<out>deaths|lives)\b|\b(?:deplor(?:e|es|ed|ing)|lost|los(?:e|es|ing)|mourn(?:s|ed|ing)?|count(?:s|ed|ing)?|gave|offered|buried)\s+(?P<count2>{count})\s+(?:more\s+)?(?P<out2>martyrs?)\b"),
            ),
            rule(
                "casualties/count_of_them",
                ClaimKind::Casualties,
                format!(r#"(?i)\b{Q}(?P<count>{count}){Q}\s+of\s+(?:them|whom|those|the\s+attackers|the\s+assailants|the\s+victims)\s+(?:(?:had|have|has|were|was|been|being|reportedly|also|later)\s+){{0,3}}{Q}(?P<out>{verb}|{pred}){Q}|\b(?P<out2>{verb}){Q}\s+{Q}(?P<count2>{count}){Q}\s+of\s+(?:them|those)\b|(?:^|[.;:]\s+|\n)(?:[A-Z]\w*\s+){{0,2}}?{Q}(?P<count3>{count}){Q}\s+others\s+(?:(?:had|have|has|were|was|are|is|been|being|reportedly|also|later|still|remain|remained|remains)\s+){{1,3}}{Q}(?P<out3>{verb}|{pred}){Q}"#),
            ),
            rule(
                "casualties/bodies",
                ClaimKind::Casualties,
                format!(r#"(?i)\b(?:recovered|counted|found|collected|retrieved|buried|exhumed|discovered|seen|saw|identified|received|pulled|dug\s+out|removed|extracted)\s+{Q}(?:the\s+)?(?P<count>{count})\s+(?:(?:more|other|charred|decomposing|burnt|burned)\s+)?(?P<out>bodies|corpses)\b{Q}(?:\s+of\s+(?:the\s+)?(?P<mods>{mods})(?P<subj>{subj})\b)?|\b(?P<count2>{count})\s+(?:(?:more|other|charred|decomposing|burnt|burned)\s+)?(?P<out2>bodies|corpses)\s+(?:had\s+been|have\s+been|has\s+been|were|was|are|being)\s+(?:(?:so\s+far|already|now)\s+)?(?:recovered|found|buried|retrieved|collected|counted|exhumed|identified|brought\s+in|brought\s+to|taken\s+to|received)\b|\b(?:recovered|found|collected|retrieved|received|pulled\s+out)\s+(?:[^.;"]{{1,60}}?\s+and\s+)?(?:the\s+)?(?P<out3>bodies|corpses|remains)\s+of\s+(?P<count3>{count})\s+(?:others|more|people|(?P<mods3>{mods})(?P<subj3>{subj})\b)"#),
            ),
            rule(
                "casualties/bodies_of",
                ClaimKind::Casualties,
                // "the bodies of 21 of them had been recovered".
                format!(r#"(?i)\b(?P<out>bodies|corpses|remains)\s+of\s+(?:the\s+)?{Q}(?P<count>{count}){Q}\s+(?:(?P<them>of\s+(?:them|those|the\s+attackers|the\s+assailants|the\s+victims))|(?P<mods>{mods}){Q}(?P<subj>{subj})\b{Q})(?:\s+[^,.;]{{1,60}}?)??\s+(?:(?:had|have|has)\s+been|were|was|are|being)\s+(?:(?:so\s+far|already|now|later)\s+)?(?:recovered|found|buried|retrieved|collected|counted|exhumed|identified|pulled)\b"#),
            ),
            rule(
                "casualties/toll_is",
                ClaimKind::Casualties,
                format!(r"(?i)\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|(?P<subj>{subj})\s+(?P<out>{intrans}|{verb}|dead)))(?:\s+(?:from|in|of|for|when|after|during|since)\s+[^,.;]{{1,100}}?)?\s+(?:(?:has|had)\s+)?(?:was|is|stood\s+at|stands\s+at|rose\s+to|has\s+risen\s+to|had\s+risen\s+to|risen\s+to|climbed\s+to|reached|increased\s+to|jumped\s+to)\s+(?P<count>{count})\b(?:\s+(?P<mods2>{mods})(?P<subj2>{subj})\b)?"),
            ),
            rule(
                "casualties/toll_of",
                ClaimKind::Casualties,
                // "a death toll of 30 soldiers".
                format!(r"(?i)\b(?:death\s+toll|toll|tally)\s+of\s+(?P<count>{count})(?:\s+(?P<mods>{mods})(?P<subj>{subj})\b)?"),
            ),
            rule(
                "casualties/taken_prisoner",
                ClaimKind::Casualties,
                format!(r"(?i)\b(?:taking|took|taken|take|takes|holding|held|holds|capturing|captured)\s+(?P<count>{count})\s+(?:(?P<mods>{mods})(?P<subj>{subj}|survivors|men|people)\s+(?:as\s+)?(?:prisoners?|captive|captives|hostages?)|(?P<out>prisoners|hostages|captives))\b"),
            ),
            rule(
                "casualties/count_adj_subject",
                ClaimKind::Casualties,
                format!(r"(?i)\b(?P<count>{count})\s+(?P<out>{adj})\s+(?P<mods>{mods})(?P<subj>{subj})\b"),
            ),
            rule(
                "casualties/count_outcome",
                ClaimKind::Casualties,
                format!(r#"(?i)\b(?P<count>{count})\s+(?:people\s+)?(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|reportedly)\s+)?{Q}(?P<out>dead|killed|wounded|injured|missing){Q}(?:\s|[,.;]|$)|\b(?P<out2>killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures)\s+(?P<count2>{count})\s*(?:,|;|\.|$|\s+(?:in|on|at|near|during|when|as|and|after|before|including)\b|\s+(?:-|\x{{2014}}|\x{{2013}})\s)"#),
            ),
            rule(
                "casualties/subject_outcome",
                ClaimKind::Casualties,
                format!(r#"(?i)(?:^|[^\w"'])(?P<mods>(?:the\s+|its\s+|their\s+)?(?:(?-i:[A-Z][\w'-]*)\s+)?){Q}(?P<subj>{subj}){Q}(?:\s+(?:of|from)\s+(?:the\s+)?{UNIT}(?:\s+(?:of\s+|and\s+|the\s+)*{UNIT}){{0,5}})?(?:\s*,[^,.;]{{1,50}},|\s+who\s+(?:was|were|had|has|have|is|are|\w+ed|\w+s)\s+[^,.;"]{{1,80}}?|\s+[a-z]+ing\s+(?:at|in|on|near|by|along|outside|inside|through)\s+[^,.;"]{{1,50}}?)??\s+(?:(?:had|have|has|also|reportedly|all|later)\s+){{0,2}}(?:(?:were|was|been|being|are|is)\s+(?:(?:also|reportedly|all|later)\s+)?{Q}(?P<out>{verb}){Q}|{Q}(?P<out2>{intrans})\b{Q})"#),
            ),
            rule(
                "casualties/losses",
                ClaimKind::Casualties,
                format!(r"(?i)(?:\b(?P<subj>{subj})\s+(?:had\s+|has\s+|have\s+)?(?:suffered|incurred|sustained)|\b(?:acknowledged|admitted|conceded|confirmed))\s+(?:(?:a|an|the|some|heavy|significant|substantial|considerable|serious|major|large|number|of|in|its|their|own)\s+){{0,5}}(?:losses|casualties)\b"),
            ),
            // "The group said it suffered no casualties": a stated zero,
            // of the speaker's own side unless a subject is named. ("There
            // were no casualties" is left alone: it may be anyone's, or
            // another incident's; "no civilian casualties" says whose.)
            rule(
                "casualties/none_suffered",
                ClaimKind::Casualties,
                format!(r#"(?i)(?:(?:\b(?P<subj>{subj})\s+(?:had\s+|has\s+|have\s+)?(?:suffered|incurred|sustained|recorded|registered)|\b(?:suffered|incurred|sustained|recorded|registered))\s+(?:(?:absolutely|virtually)\s+)?|(?:^|[.;]\s+|\b(?:said|says|added|stated|reported|confirmed|indicated)\s+(?:that\s+)?)(?P<bare>)){Q}(?P<count>no)\s+(?:(?:human|further|other)\s+)?(?P<out>casualties|losses|deaths|fatalities)\b{Q}(?:\s+(?:were|was|have\s+been|had\s+been)\s+(?:reported|recorded|registered|suffered))?|\b(?P<count2>no)\s+(?P<subj2>civilian|police)\s+(?P<out2>casualt(?:y|ies)|deaths|fatalities|losses)\b(?:\s*(?:[,.;:]|$)|\s+(?:were|was|had|has|have|are|is|in|among|on|during|and|or)\b)"#),
            ),
            rule(
                "undisclosed/no_figure",
                ClaimKind::Undisclosed,
                r"(?i)\b(?:not|n't|no|never|without|neither|yet\s+to|declined\s+to|refused\s+to|refrained\s+from|failed\s+to)\b(?:\s+[\w'-]+){0,6}?\s+(?:casualt\w*|toll|death\s+toll|figures?|how\s+many|whether\s+any|losses|details|tally|specifics|comment\w*|statement\s+on|the\s+(?:exact\s+|precise\s+|total\s+)?number\s+of)\b|\b(?:not|n't|no|never|without)\b(?:\s+[\w'-]+){0,4}?\s+(?:a|any)\s+(?:exact\s+|precise\s+)?number(?:\s*[,.;]|\s*$|\s+(?:for|on)\b)|\b(?:casualt\w*|toll|figures?|losses|number)\s+(?:[\w'-]+\s+){0,5}?(?:was|were|has|have|had|remain|remains)?\s*(?:not|never)\s+(?:been\s+)?(?:provided|given|released|disclosed|confirmed|published|announced|specified|made\s+public)\b|\b(?:remain(?:s|ed)?\s+undisclosed|were\s+not\s+disclosed|was\s+not\s+disclosed|withheld)\b|\bneither\s+confirmed\s+nor\s+denied\b|\b(?:made|issued|released|published|put\s+out)\s+(?:no|any)\s+(?:public\s+|official\s+)?(?:statements?|comments?)\b"
                    .to_string(),
            ),
            rule(
                "control/took_control",
                ClaimKind::Control,
                format!(r"(?i)\b{Q}(?:seiz(?:ed|ing|es|e)|took|taken|taking|take|takes|gain(?:ed|ing)?|assert(?:ed|ing|s)?|claim(?:ed|ing|s)?|wrest(?:ed|ing)?|regain(?:ed|ing)?|ha(?:s|d|ve)|in|under)\s+{Q}(?:full\s+|total\s+|complete\s+)?control{Q}\s+(?:over|of)\s+{Q}(?:(?P<count>{count})\s+)?(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+'s\s+)?(?:same\s+|main\s+|last\s+|remaining\s+)?(?:(?P<mods>{mods})(?P<subj>{base})\b|(?:(?:strategic\s+|key\s+|border\s+|northern\s+|southern\s+|eastern\s+|western\s+|mining\s+|market\s+)?(?:town|village|city|locality|district|commune|region|province|area|hill|island)\s+of\s+)?{PART_OF}(?-i:(?P<place>{place}))|(?:(?:strategic\s+|key\s+|border\s+|mining\s+|market\s+|garrison\s+)?(?P<common>town|towns|city|village|villages|locality|district|airport|airstrip|border\s+crossing|crossing|bridge|road|highway|area|areas|region|zone|territory)\b))"),
            ),
            rule(
                "control/overran",
                ClaimKind::Control,
                format!(r#"(?i)\b{Q}(?:overr[au]n|overrunning|overruns|overwhelmed|stormed\s+and\s+(?:seized|captured|took)|forc(?:ed|ing|es)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:army|troops|soldiers|forces|military|enemy|police|militants|rebels|insurgents|jihadists|fighters)\s+to\s+(?:abandon|flee|leave|evacuate|withdraw\s+from|retreat\s+from|pull\s+out\s+of)|(?:took|taken|taking|takes?)(?:\s+over)?|captured|recaptured|retook|retaken|seized|occupied|occupying|held|holding|holds?|controlled|controlling|controls|liberated|(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:firmly\s+|solidly\s+|entrenched\s+)?in\s+(?:their|its|our)){Q}\s+{Q}(?:(?P<count>{count})\s+)?(?:(?:the|a|an|their|its|our)\s+)?(?:(?:string|series|chain|cluster|line|ring)\s+of\s+)?(?:[\w-]+'s\s+)?(?:same\s+|main\s+|last\s+|remaining\s+)?(?:(?P<mods>{mods})(?P<subj>{base})\b|(?:(?:strategic\s+|key\s+|border\s+|northern\s+|southern\s+|eastern\s+|western\s+|mining\s+|market\s+)?(?:town|village|city|locality|district|commune)\s+of\s+|(?:[a-z-]+\s+)?(?:stronghold|bastion|capital|hub)\s+of\s+)?{PART_OF}(?-i:(?P<place>{place}))(?:'s)?(?:\s|[,.;]|$)|(?:(?:strategic\s+|key\s+|border\s+|mining\s+|market\s+|garrison\s+)?(?P<common>towns?|city|cities|villages?|localit(?:y|ies)|districts?|airport|airstrip)\b))"#),
            ),
            rule(
                "control/passive",
                ClaimKind::Control,
                format!(r"(?i)\b(?:the\s+)?(?:(?:strategic|key|border|garrison|mining|market|main)\s+)?(?:(?P<common>town|city|village|locality|district|airport|airstrip|area)|(?P<subj>{base})|(?-i:(?P<place>{place})))(?:\s+(?:sector|area|zone))?(?:,\s+(?:about|some|around|nearly|a|an|the|located|situated|which\s+lies|\d)[^,.;]{{1,70}}?,)?\s+{Q}(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:briefly|temporarily|later|then|subsequently|eventually|again|still|firmly)\s+)?(?:captured|recaptured|taken|retaken|seized|overrun|occupied|held|controlled)|(?:(?:had|has|have)\s+(?:remained|stayed)|remained|remains|remain|stayed|stays|was|is|were|are|has\s+been|had\s+been|have\s+been)\s+(?:(?:intact|secure|calm|safe|stable)\s+and\s+)?{Q}(?:(?:still|firmly|fully|entirely|completely|totally|now|back|once\s+again|again)\s+)?(?:in\s+the\s+hands\s+of|in\s+(?:our|their|its)\s+hands|in\s+the\s+(?:firm\s+|full\s+|total\s+)?hold\s+of|under\s+(?:our|their|its)\s+(?:full\s+|total\s+|complete\s+|firm\s+|entire\s+)?control\b|under\s+(?:the\s+)?(?:full\s+|total\s+|complete\s+|firm\s+|entire\s+)?control{Q}\s+of|under\s+(?:full\s+|total\s+|firm\s+)?(?:(?-i:[A-Z][\w-]*\s+){{1,2}}|(?:police|army|military|government|rebel|militant|jihadist|insurgent|state)\s+)control\b)|(?:fell|falls|(?:has|had|have)\s+fallen)\s+(?:in)?to(?:\s+the\s+hands\s+of)?|(?:fell|(?:has|had)\s+fallen)\s+(?:on|after|early|late|overnight|within|following|before|during)\b)\b|\b(?-i:(?P<rplace>{place}))(?:,\s+(?:a|an|the)\s+[^,.;]{{1,60}}?)?,?\s+(?:which|that)\s+(?:it|they|the\s+(?:group|rebels|militants|jihadists|insurgents|army|military|junta|militia|fighters)|(?-i:[A-Z][\w-]+))\s+(?:(?:had|has|have|briefly|first|later|then|temporarily|eventually|once)\s+){{0,2}}(?:seized|captured|took|overran|occupied|retook|recaptured|controlled|held)\s*(?:in|on|during|last|after|before|from|until|for|,|;|\.|$)"),
            ),
            rule(
                "repelled/verb",
                ClaimKind::Repelled,
                r#"(?i)\b(?:repel(?:led|s|ling)?|repuls(?:ed|e|es|ing)|fend(?:ed|ing|s)?\s+off|f(?:ought|ight|ights|ighting)\s+off|beat(?:en|ing)?\s+off|foiled|thwarted|beat\s+back|beaten\s+back|push(?:ed|ing)?\s+back|push(?:ed|ing)?\s+(?:the\s+)?(?:\w+\s+){0,2}back|warded\s+off|drove\s+back|driven\s+back|neutrali[sz]ed\s+the\s+attack|(?:put|putting)\s+(?:them\s+)?to\s+flight|"?put\s+to\s+flight|forc(?:ed|ing)\s+(?:them|the\s+(?:\w+\s+){0,2}(?:attackers|assailants|militants|insurgents|jihadists|terrorists|gunmen|bandits|hoodlums|rebels|fighters|enemy))\s+to\s+(?:retreat|withdraw|flee|pull\s+back))\b"#.to_string(),
            ),
            rule(
                "materiel/verb_items",
                ClaimKind::Materiel,
                format!(r#"(?i)\b(?:recover(?:ed|ing|y|ies)?|seiz(?:ed|ing|e|ure)|captur(?:ed|ing|e)|confiscat(?:ed|ing|e|ion)|secur(?:ed|ing)|impound(?:ed|ing)|took|taken|taking|carried\s+(?:off|away)|carrying\s+(?:off|away)|cart(?:ed|ing)\s+(?:off|away)(?:\s+with)?|made\s+(?:off|away)\s+with|making\s+(?:off|away)\s+with|(?:drove|driving|drive)\s+(?:off|away)(?:\s+with)?|rustl(?:ed|ing)|looted|looting|stole|stolen|haul|took\s+away|(?:spoils|booty)(?:\s+of\s+war)?)\b(?:\s+from\s+[^,.;]{{1,60}}?)?(?:\s+(?:of|include|includes|included|including|were|was|is|are|as)|,\s+including|\s+[^,.;"]{{1,40}}?,?\s+(?:along|together)\s+with)?\s+{Q}{det}(?P<items>{item_list})\b"#),
            ),
            rule(
                "materiel/items_taken",
                ClaimKind::Materiel,
                format!(r"(?i)\b(?P<items>{item_list})(?:\s+(?:used|abandoned|left\s+behind|left|belonging\s+to|carried|owned|brought)\s+(?:by\s+)?[^,.;]{{1,40}}?)?(?:\s+(?:that\s+|which\s+)?(?:it|they|he|she)\s+(?:said|says|claimed|claims)(?:\s+(?:it|they|he|she))?)?\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:taken|seized|captured|recovered|looted|stolen|carried\s+off|confiscated|secured|impounded|among\s+(?:the|its|their)\s+(?:spoils|booty|loot))(?:\s+(?:or|and)\s+(?:destroyed|burnt|burned|damaged|seized|recovered|confiscated))?(?:\s+(?:from|in|during|at|by|near|on|after|inside|along|following)\b|\s*[.,;]|\s*$)"),
            ),
            rule(
                "responsibility/claimed",
                ClaimKind::Responsibility,
                r"(?i)\b(?:claim(?:ed|s|ing)?|accept(?:ed|s|ing)?|admit(?:ted|s)?|assum(?:ed|es|ing))\s+(?:full\s+)?responsibility\b|\bclaim\s+of\s+responsibility\b|\bclaim(?:ed|s|ing)?\s+(?:the|this|that|an?|both|\w+'s)\s+(?:(?:deadly|twin|suicide|mortar|and|latest|weekend|overnight|coordinated)\s+){0,3}(?:attacks?|ambush(?:es)?|bombings?|raids?|assaults?|killings?|blasts?|explosions?|strikes?)\b|\bclaims\s+(?:(?:deadly|twin|double|suicide|mortar|bomb|car|rocket|drone|gun|and|latest|weekend|overnight|coordinated|major|fresh|new|multiple)\s+){0,3}(?:attacks?|ambush(?:es)?|bombings?|raids?|assaults?|killings?|blasts?)(?:\s+(?:on|in|near|at|against|targeting|outside|that)\b|\s*[,:;]|\s*$)|\bclaim(?:s|ed|ing)?\s+(?:the\s+)?(?:capture|seizure|takeover|fall)\s+of\b|\bclaim(?:s|ed)?\s+(?:(?:the|several|multiple|two|three|four|five|six|\d{1,2}|key|strategic|military|army)\s+){1,3}(?:posts?|positions?|hilltops?|bases?|camps?|barracks|towns?|villages?|outposts?|checkpoints?)\b".to_string(),
            ),
            rule(
                "responsibility/said_it_attacked",
                ClaimKind::Responsibility,
                // "it had attacked the base", and a group's report of what its
                // own fighters did: "its fighters had killed 63 soldiers",
                // "it had taken control of the town". The speaker must be an
                // armed group (see `build`).
                r#"(?i)\b(?:it|they|the\s+group|the\s+(?:rebels|guerrillas|insurgents|mujahideen)|the\s+air\s+force|(?:its|their|his|our|the\s+group's|the\s+movement's)\s+["']?(?:fighters|men|forces|soldiers|mujahideen|combatants|units|guerrillas|militants|members|brigades|air\s+force|aircraft|jets|warplanes|drones)(?:\s+of\s+(?:the\s+)?[A-Z][^,.;"']{0,40}?)?["']?)\s+(?:had\s+|has\s+|have\s+)?(?:(?:fired|launched|shot)\s+(?:[\w'-]+\s+){0,3}?(?:missiles?|rockets?|shells?|drones?|mortars?|projectiles?|salvos?|barrages?)\s+(?:at|on|towards?|against|into)\b|(?:carried\s+out|struck|attacked|ambushed|targeted|launched|conducted|staged|mounted|was\s+behind|were\s+behind)\s+(?:[\w'-]+\s+){0,3}?["']?(?:[\w'-]+\s+){0,2}?(?:attacks?|gatherings?|concentrations?|assaults?|raids?|ambush(?:es)?|offensive|operations?|actions?|strikes?|bombings?|convoy|posts?|bases?|camps?|barracks|positions?|patrols?|garrison|checkpoints?|detachment|targets?|sites?|hideouts?|depots?|infrastructure|facilit(?:y|ies)|operatives?|commanders?)\b|["']?(?:killed|eliminated|annihilated|neutrali[sz]ed|overran|overrun|stormed|destroyed|shot\s+down|(?:seized|taken|took)\s+(?:full\s+|complete\s+|total\s+)?control|captured\s+the|seized\s+the|(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+in\s+(?:full\s+|complete\s+|total\s+|firm\s+)?control)\b|["']?(?:took|taken|entered|liberated|captured|seized|overran|overrun)["']?\s+(?:(?:the|several|a|an|many|multiple|two|three|four|five|six|\d{1,2}|key|strategic|military|army|enemy|government)\s+){0,3}(?:posts?|positions?|bases?|camps?|barracks|towns?|villages?|city|hilltops?|hills?|outposts?|checkpoints?|detachment|garrison|headquarters|airport|localit(?:y|ies)|(?-i:[A-Z][a-z]+\b(?:\s+(?:at|in|on|near|after|before|and|,|by|from))))\b)"#.to_string(),
            ),
            rule(
                "responsibility/attack_that_claimed",
                ClaimKind::Responsibility,
                r"(?i)\b(?:attacks?|raids?|assaults?|ambush|bombing|strikes?)\s+(?:that|which)\s+(?P<who>[^,.;]{1,40}?)\s+(?:also\s+|later\s+|has\s+|had\s+)?claimed\b".to_string(),
            ),
            rule(
                "responsibility/blamed",
                ClaimKind::Responsibility,
                r"(?i)\b(?:blamed|blames|blaming|accused|accuses|accusing|attribut(?:ed|es|ing)\s+the\s+(?:attacks?|assaults?|raids?|killings?|ambush(?:es)?|bombings?|massacres?|blasts?|explosions?|violence|offensive|incursion|shelling|strikes?)\s+to|held\s+responsible|(?:held|holds|holding)\s+(?P<held>[^,.;]{1,50}?)\s+(?:fully\s+|directly\s+|solely\s+|entirely\s+|personally\s+)?(?:responsible|accountable))\b(?P<who>[^,.;]{1,60})".to_string(),
            ),
            rule(
                "responsibility/behind",
                ClaimKind::Responsibility,
                r"(?i)\b(?:was|were|is|are)\s+behind\s+(?:the|an?|this|these|those|its)\s+(?:attacks?|assaults?|raids?|ambush|bombings?|offensive|violence)\b|\b(?:group|faction|militants|jihadists|organi[sz]ation)\s+(?:behind|responsible(?:\s+for)?)\b|\bclaimed\s+(?:(?:(?:late\s+|early\s+)?on\s+\w+|later|quickly|swiftly|subsequently|since|also|yesterday|today|overnight|online|publicly)\s+)?by\b|\b(?:orchestrated|masterminded|perpetrated|carried\s+out|(?:planned|plotted|engineered)(?:\s+and\s+(?:directed|executed|ordered|financed|carried\s+out))?)\s+by\b|\b(?:attacks?|assaults?|raids?|ambush(?:es)?|incursions?|offensive|onslaught)\s+by\b".to_string(),
            ),
            // "The group denied attacking the army", "the RSF denied any
            // involvement": a party's denial of its own part.
            rule(
                "responsibility/denied",
                ClaimKind::Responsibility,
                r"(?i)\b(?:denied|denies|deny|denying)\s+(?:(?:any|all|its|their)\s+)?(?:(?:involvement|role|responsibility|part)\b|(?:that\s+(?:it|they|(?:its|their)\s+(?:fighters|men|forces|troops|members|units))\s+(?:had\s+|has\s+|have\s+)?)?(?:attack(?:ing|ed)|order(?:ing|ed)|carr(?:ying|ied)\s+out|stag(?:ing|ed)|launch(?:ing|ed)|shell(?:ing|ed)|bomb(?:ing|ed)|target(?:ing|ed)|kill(?:ing|ed)|(?:being|was|were)\s+behind|having\s+(?:carried\s+out|attacked|ordered|targeted|killed|shelled|bombed))\b)".to_string(),
            ),
            // "... when Boko Haram fighters attacked an army post, the army
            // said": a report that names the attacker (see `build`).
            rule(
                "responsibility/named_attacker",
                ClaimKind::Responsibility,
                r"(?i)\b(?:attacked|stormed|raided|ambushed|assaulted)\b".to_string(),
            ),
            rule(
                "characterization/described_as",
                ClaimKind::Characterization,
                format!(r#"(?i)\b(?:describ(?:ed|es|ing)|labell?(?:ed|ing|s)?|call(?:ed|s|ing)|characteri[sz](?:ed|es|ing)|term(?:ed|s)|brand(?:ed|s)|hail(?:ed|s)|dubbed|deem(?:ed|ing)|depict(?:ed|s)|portray(?:ed|s)|dismiss(?:ed|es|ing)|denounc(?:ed|es|ing)|condemn(?:ed|s|ing)|reject(?:ed|s|ing))\s+(?:[\w'-]+\s+){{0,4}}?as\s+(?:an?\s+)?(?:{quote}|(?P<q2>(?:pure\s+|mere\s+|nothing\s+but\s+)?(?:propaganda|lies|fabrications?|baseless|unfounded|false|cowardly|barbaric|heinous|despicable|terrorist\s+acts?|acts?\s+of\s+terror(?:ism)?)))|\b(?:call(?:ed|s|ing)|term(?:ed|s)|brand(?:ed|s)|dubbed)\s+(?:the|this|that|it|them|these|those)\s+(?:(?:deadly\s+)?(?:attacks?|killings?|assaults?|ambush(?:es)?|bombings?|massacres?|strikes?|raids?|operations?|incidents?|offensives?|shootings?|violence|events?)\s+)?(?:an?\s+)?(?:"(?P<q3>[^"]{{2,80}})"|'(?P<q5>[^"\n]{{2,80}}?)'\B|(?P<q4>(?:cowardly|barbaric|heinous|despicable|senseless|dastardly|criminal|terrorist)\s+(?:acts?|attacks?|crimes?)|acts?\s+of\s+(?:terror(?:ism)?|cowardice|barbarism)))|\bwhat\s+(?:he|she|it|they|the\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+(?:called|calls|termed|terms|branded|dubbed|described\s+as)\s+(?:an?\s+)?"(?P<q6>[^"]{{2,80}})""#),
            ),
            rule(
                "characterization/was_quoted",
                ClaimKind::Characterization,
                // "said the strikes were 'a flagrant violation'": a quoted
                // predicate of the attack, in a speaker's report.
                format!(r"(?i)\b(?:attacks?|strikes?|raids?|assaults?|ambush(?:es)?|bombings?|killings?|massacres?|shelling|offensive)\s+(?:was|were|is|are|amounted\s+to|amounts\s+to|constituted|constitutes|represented|represents)\s+(?:nothing\s+(?:less|more)\s+than\s+|an?\s+|the\s+)?{quote}"),
            ),
            rule(
                "characterization/acted",
                ClaimKind::Characterization,
                format!(r"(?i)\b(?:acted|behaved|operated)\s+{quote}"),
            ),
            rule(
                "characterization/epithet",
                ClaimKind::Characterization,
                // A speaker's epithet for the attack: "this cowardly attack",
                // "a barbaric act". Kept only with a speaker (see `build`).
                r#"(?i)\b(?:this|these|that|such\s+an?|an?|the|are|were)\s+["']?(?P<q2>(?:cowardly|barbaric|heinous|despicable|senseless|dastardly|savage|vile|abominable|odious|treacherous|inhumane?|atrocious|abhorrent|monstrous|gruesome)(?:\s+(?:and|,)\s+(?:cowardly|barbaric|heinous|despicable|senseless|dastardly|savage|vile|abominable|odious|treacherous|inhumane?|atrocious|abhorrent|monstrous|gruesome|criminal|terrorist))?)["']?\s+(?:attacks?|acts?|assaults?|killings?|crimes?|massacres?|ambush|bombings?)\b"#
                    .to_string(),
            ),
        ];
        debug_assert_eq!(rules.len(), RULE_IDS.len());
        let list_item = Regex::new_lazy(&format!(
            r"(?i)(?:^|,\s+(?:and\s+)?|\s+and\s+){Q}(?P<count>{count}){Q}(?:\s+(?P<ours>of\s+(?:our|their|its)\s+)?(?P<mods>{mods})(?P<subj>{subj})\b(?:\s+of\s+(?:the\s+)?[^,.;]{{1,80}}?)?)?(?:\s+(?P<out>{intrans}|{verb}|{pred}))?"
        ));
        // A sub-figure in apposition between a figure and the next one:
        // "killed nine people, two of them children, and wounded 27
        // others".
        let appos = format!(
            r"(?:,\s+(?:{count}\s+of\s+(?:them|whom)|including|among\s+them|mostly|most\s+of\s+them|many\s+of\s+them)\s+[^,.;]{{1,40}}?)?"
        );
        let continuation = Regex::new_lazy(&format!(
            r"(?i)^(?:\s+(?:from|of|since|in|at|near|on|during)\s+[^,.;]{{1,45}}?)?(?:,?\s+and\s+|,\s+(?:(?:among|including)\s+(?:them|whom)\s+|including\s+)?|(?:,\s+(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,3}}),)?,?\s+(?:along\s+with|together\s+with|alongside|as\s+well\s+as)\s+)(?:(?P<count>{count})|(?P<one>an?))\s+(?P<mods>{mods})(?P<subj>{subj})\b|^(?:\s+(?:in|during|at|near|on|of|from)\s+[^,.;]{{1,45}}?)?{appos}(?:,?\s+(?:and(?:\s+(?:repeated|added|said|insisted|claimed|stated|noted|confirmed))?|while|whereas|but|adding|saying|repeating|insisting|noting)(?:\s+that)?|;|,)\s+{Q}(?P<count2>{count}){Q}\s+(?:others?\s*|more\s*)?(?:,[^,.;]{{1,60}},\s*)?{AUX}(?:(?:seriously|critically|badly|slightly|lightly|severely)\s+)?(?P<out>{intrans}|{verb}|{pred})\b|^(?:\s+and\s+{Q}(?:{mods})(?:{subj})\b{Q})?(?:\s+(?:from|of|in|at|near|on|during)\s+[^,.;]{{1,45}}?)?{appos}(?:,?\s+and|,)\s+(?:to\s+have\s+|had\s+|have\s+|has\s+)?(?P<out3>{verb})\s+(?P<count3>{count})(?:\s+(?:others?|more|alive)\b|\s*(?:[,.;]|$)|\s+(?:in|during|at|near|on|when|as|after|before|while|and)\s)|^(?:,?\s+and|,)\s+(?:taking|took|taken)\s+(?P<count4>{count})\s+(?:of\s+them\s+|others?\s+|more\s+)?(?:prisoners?|captives?)\b|^(?:,?\s+and|,)\s+(?:the\s+)?(?P<out5>{noun})\s+of\s+(?P<count5>{count})\s+(?:others?|more)\b"
        ));
        // After a coordinated figure, its own outcome: "15 attackers were
        // neutralised and two soldiers lost their lives", past a clause in
        // apposition ("14 people, mostly women and girls, were abducted")
        // or a place ("and two policemen at the depot have not been heard from").
        let own_outcome = Regex::new_lazy(&format!(
            r"(?i)^(?:\s*,[^,.;]{{1,60}},|\s+(?:at|in|from|near|of)\s+[^,.;]{{1,40}}?)?\s+{AUX}{Q}(?P<out>{intrans}|{verb}|{pred})\b"
        ));
        let included = Regex::new_lazy(&format!(
            r"(?i),\s+(?:(?P<c1>{count})\s+of\s+(?:them|whom)|(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?P<c2>{count}))\s+(?P<mods>{mods})(?P<subj>{subj})\b"
        ));
        let ellipsis = Regex::new_lazy(&format!(
            r"(?i),\s+and\s+(?P<count>{count})\s+(?:at|in|near|on|from)\s"
        ));
        let subject_any = Regex::new_lazy(&format!(r"(?i)\b(?:{subj})\b"));
        ClaimLex {
            prefilter: std::sync::OnceLock::new(),
            rules,
            subjects,
            outcomes: lex.outcomes.clone(),
            items: lex.items.clone(),
            list_item,
            continuation,
            own_outcome,
            ellipsis,
            included,
            subject_any,
            dated_thing: lex.word_classes.dated_thing.clone(),
            corpse_noun: lex.word_classes.corpse_noun.clone(),
            origin_word: lex.word_classes.origin_word.clone(),
            not_fallen: lex.word_classes.not_fallen.clone(),
            own_men: lex.word_classes.own_men.clone(),
        }
    }

    /// Whether `word` (lowercase, bare) is a noun a date right before it
    /// belongs to ("the 2019 peace agreement", "the November 2024
    /// ceasefire"), rather than to the event a sentence reports.
    fn is_dated_thing(&self, word: &str) -> bool {
        self.dated_thing.iter().any(|x| x == word)
    }

    /// Whether `lead` (lowercase) ends with a noun of the remains of the
    /// dead and "of": "the bodies of".
    fn after_corpse_noun(&self, lead: &str) -> bool {
        lead.strip_suffix(" of")
            .is_some_and(|l| self.corpse_noun.iter().any(|w| l.ends_with(w.as_str())))
    }

    fn subject_class(&self, word: &str) -> Option<String> {
        self.subjects.get(&lower_key(word)).cloned()
    }

    /// Whether a subject noun of the table is singular ("soldier",
    /// "commander"; not "soldiers", "people", "police").
    fn is_singular(&self, word: &str) -> bool {
        const PLURALS: &[&str] = &[
            "people",
            "men",
            "women",
            "children",
            "police",
            "personnel",
            "staff",
            "youth",
            "gendarmerie",
            "militia",
            "military",
            "army",
            "enemy",
            "security",
            "troop",
        ];
        let w = word.trim().to_lowercase();
        let head = w.split_whitespace().last().unwrap_or("");
        self.subjects.contains_key(&w) && !head.ends_with('s') && !PLURALS.contains(&head)
    }

    /// Whether `word` is only ever a transitive outcome verb ("killed",
    /// not "died" or "dead"): after "had" it is active ("had killed").
    fn is_transitive(&self, word: &str) -> bool {
        let w = word.trim_matches(|c| c == '"' || c == '\'').to_lowercase();
        let mut forms = self
            .outcomes
            .iter()
            .filter(|o| o.1 == w)
            .map(|o| o.0)
            .peekable();
        forms.peek().is_some() && forms.all(|f| f == Form::Verb)
    }

    fn outcome(&self, word: &str) -> Option<String> {
        let mut w = lower_key(word);
        // Quotation marks inside a phrase ("fell as \"martyrs\"").
        if w.contains('"') {
            w.retain(|c| c != '"');
        }
        let w = w.trim_matches(|c| c == '"' || c == '\'');
        self.outcomes.iter().find(|o| o.1 == w).map(|o| o.2.clone())
    }

    fn items_of(&self, list: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut lower = lower_key(list);
        // The joiners of the item list other than commas, "and" and "or".
        for joiner in [
            " as well as ",
            " including ",
            " loaded with ",
            " laden with ",
            " packed with ",
            " filled with ",
            " stocked with ",
        ] {
            lower = lower.replace(joiner, ", ");
        }
        for part in lower
            .split([','])
            .flat_map(|p| p.split(" and "))
            .flat_map(|p| p.split(" or "))
        {
            // Quotes around an item ("\"dozens of weapons\" and two
            // vehicles") are the writer's, not the item's.
            let p = part
                .trim()
                .trim_matches(['"', '\''])
                .trim()
                .trim_start_matches("and ")
                .trim_start_matches("the ")
                .trim_start_matches("some ")
                .trim();
            // The item is the longest known noun phrase the part ends with:
            // "18 ak-47 rifles" is rifles, "fuel tankers" is tankers.
            let words: Vec<&str> = p.split_whitespace().collect();
            let found = (0..words.len()).find_map(|i| self.items.get(&words[i..].join(" ")));
            if let Some(item) = found {
                if !out.contains(item) {
                    out.push(item.clone());
                }
            }
        }
        out
    }
}

/// A claim found in the folded text, before assembly.
#[derive(Clone, Debug)]
pub(crate) struct FoundClaim {
    pub(crate) kind: ClaimKind,
    pub(crate) claimant: Option<usize>,
    pub(crate) source: Option<usize>,
    pub(crate) subject: Option<String>,
    pub(crate) outcome: Option<String>,
    pub(crate) count: Option<Count>,
    pub(crate) items: Vec<String>,
    pub(crate) event: Option<EventRef>,
    pub(crate) location: Option<String>,
    pub(crate) date: Option<crate::CivilDate>,
    pub(crate) hedged: bool,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) anchor: (usize, usize),
    pub(crate) rule: &'static str,
    pub(crate) sentence: usize,
}

/// Whether `lead`, the text before a singular noun, ends with "a", "an"
/// or "one", past an age and up to two plain modifiers ("a 14-year-old
/// boy", "a paramilitary ranger"); a determiner, a figure, a preposition or
/// a verb ends the search ("the ranger", "said ranger").
fn one_before(lead: &str) -> bool {
    const CLOSED: &[&str] = &[
        "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "when", "where", "while", "after", "before", "said", "says", "was", "were", "is", "are",
        "has", "have", "had", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "some", "several", "many", "no", "another", "each", "every", "other", "more", "all",
        "both", "any",
    ];
    for w in lead.split_whitespace().rev().take(3) {
        let w = w.to_ascii_lowercase();
        if matches!(w.as_str(), "a" | "an" | "one") {
            return true;
        }
        let plain = w.ends_with("-year-old")
            || (w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !CLOSED.contains(&w.as_str()));
        if !plain {
            return false;
        }
    }
    false
}

/// A bare "no casualties" (or losses, deaths, fatalities).
static NO_LOSSES: Lazy<Regex> = Lazy::new(|| {
    super::compile(r#"(?i)^no\s+(?:(?:civilian|police)\s+)?["']?(?:casualt(?:y|ies)|losses|deaths|fatalities)["']?$"#)
        .expect("compiles")
});

/// A word after "no casualties" that makes it a figure withheld ("no
/// casualties figures were given").
static FIGURE_NEXT: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"(?i)^\s*(?:figures?|tolls?|counts?|details|numbers?|tally|were\s+(?:given|released|disclosed|announced)|was\s+(?:given|released|disclosed|announced))\b")
        .expect("compiles")
});

/// After a toll with no noun: "scores of dead among the VDP", "heavy
/// losses in the ranks of the army".
static AMONG_RE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"(?i)^[\s\x22']*(?:among|in\s+the\s+ranks\s+of)\s+(?:the\s+)?")
        .expect("compiles")
});

static SAME_EVENT_RE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"(?i)\b(?:in|during|from)\s+(?:that|the\s+same|the\s+earlier|the\s+previous|this\s+earlier)\s+(?:attack|raid|assault|ambush|incident|offensive|fighting|clash(?:es)?)\b")
        .expect("same-event pattern compiles")
});

/// Whether the last 30 bytes of `lead` (the sentence up to a date or a
/// cue) hold one of `words_of_origin` (`origin_word` of `data/word_classes.tsv`:
/// words before a date that make it a date of origin), word by word
/// ("born" is not in "Borno").
fn origin_before(lead: &str, words_of_origin: &[String]) -> bool {
    let lead = super::before(lead, lead.len(), 30).to_ascii_lowercase();
    // The words with one space around each, so that a phrase is found
    // whole and across any punctuation between its words.
    let mut words = String::with_capacity(lead.len() + 2);
    words.push(' ');
    for w in lead
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words.push_str(w);
        words.push(' ');
    }
    let b = words.as_bytes();
    words_of_origin.iter().any(|w| {
        words.match_indices(w).any(|(i, _)| {
            i.checked_sub(1).is_some_and(|j| b[j] == b' ') && b.get(i + w.len()) == Some(&b' ')
        })
    })
}

/// The attack nouns of `responsibility/behind`'s "an attack by X".
static ATTACK_BY: Lazy<Regex> = Lazy::new(|| {
    super::compile(
        r"(?i)^(?:attacks?|assaults?|raids?|ambush(?:es)?|incursions?|offensive|onslaught)\s+by$",
    )
    .expect("compiles")
});

static PRIOR_RE: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"(?i)\b(?:previously|formerly|in\s+the\s+past|a\s+history\s+of|at\s+the\s+time|earlier\s+(?:attacks?|raids?|assaults?|ambush|this\s+(?:month|year))|a\s+(?:previous|prior|separate|similar)\s+(?:attack|raid|assault|ambush)|last\s+year|follows\s+(?:their|its|a|an|the)\b|(?:comes?|came|follows?|followed)\s+(?:(?:just|only|barely|less\s+than|more\s+than|about|nearly|almost|some)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|\d{1,2})\s+)?(?:days?|weeks?|months?)\s+(?:after|since)\b|recent\s+operations|had\s+(?:previously|earlier|also)\s+claimed)\b")
        .expect("prior pattern compiles")
});

impl Ctx<'_, '_> {
    /// The frame around offset `pos` in sentence `si`: the latest preposed
    /// frame whose cue comes before `pos`, else a frame whose scope holds it.
    fn frame_at(&self, si: usize, pos: usize) -> Option<&super::sources::Frame> {
        let s = self.sentences[si];
        // Frames are in text order: take this sentence's by binary search.
        let lo = self.frames.partition_point(|f| f.cue_start < s.start);
        let hi = self.frames.partition_point(|f| f.cue_start < s.end);
        let here = &self.frames[lo..hi];
        here.iter()
            .rev()
            .find(|f| f.preposed && f.cue_start <= pos && pos < f.scope_end)
            .or_else(|| {
                here.iter()
                    .find(|f| !f.preposed && f.scope_start <= pos && pos < f.scope_end)
            })
    }

    /// The event the sentence `si` reports, leaving aside its own lexical
    /// cue of an earlier event (which the caller reads, with its position).
    pub(super) fn event_without_cue(&self, si: usize) -> EventRef {
        let s = self.sentences[si];
        // "... were killed in that attack": the event of the sentence before.
        if si > 0 && SAME_EVENT_RE.is_match(&self.text[s.start..s.end]) {
            return self
                .event_of_dates(si - 1, true)
                .unwrap_or(EventRef::Current);
        }
        self.event_of_dates(si, false).unwrap_or(EventRef::Current)
    }

    /// The first lexical cue of an earlier event in sentence `si` (offsets
    /// into the sentence), not counting the words of a party's origin ("an
    /// alliance formed last year said its fighters attacked on Sunday").
    pub(super) fn prior_cue(&self, si: usize) -> Option<crate::pattern::Match<'_>> {
        let s = self.sentences[si];
        PRIOR_RE.find_iter(&self.text[s.start..s.end]).find(|m| {
            !origin_before(
                &self.text[s.start..s.start + m.start()],
                &self.engine.claims.origin_word,
            )
        })
    }

    /// The dates of sentence `si` that may date the event it reports:
    /// not a date of origin ("an alliance created in November"), of a
    /// dated thing ("the November 2024 ceasefire") or inside a relative
    /// clause ("a militia that has fought the army since 2024").
    fn event_dates(&self, si: usize) -> impl Iterator<Item = &super::dates::FoundDate> + '_ {
        let s = self.sentences[si];
        let lo = self.dates.partition_point(|d| d.start < s.start);
        self.dates[lo..]
            .iter()
            .take_while(move |d| d.start < s.end)
            .filter(move |d| {
                // "an alliance created in November": a date of origin, not
                // of the event the sentence reports.
                let lead = super::before(self.text, d.start, 30).to_ascii_lowercase();
                if origin_before(
                    &self.text[s.start.min(d.start)..d.start],
                    &self.engine.claims.origin_word,
                ) {
                    return false;
                }
                // "a violation of the November 2024 ceasefire": the date of
                // a truce, a deal or a vote names that, not the event.
                let next = super::after(self.text, d.end, 24)
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if self
                    .engine
                    .claims
                    .is_dated_thing(next.trim_matches(|c: char| !c.is_ascii_alphabetic()))
                {
                    return false;
                }
                // "..., which rejected the 2016 peace deal", "a militia that
                // has fought the army since 2024": a date inside a relative
                // clause (no comma closes it before the date) describes whom
                // it names, not the event.
                // (Over a bounded window: linear on a sentence of many
                // dates.)
                let window = super::before(self.text, d.start, 160);
                let clause = &self.text[(d.start - window.len()).max(s.start)..d.start];
                let clause = &clause[clause.rfind(',').unwrap_or(0)..];
                let clause = clause.to_ascii_lowercase();
                !([", which ", ", who ", ", whose "]
                    .iter()
                    .any(|w| lead.contains(w))
                    || [" that has ", " that have ", " which has ", " which have "]
                        .iter()
                        .any(|w| clause.contains(w)))
            })
    }

    /// `Prior` when the sentence's dates or (if `cue`) its lexical cues
    /// place it before the news window.
    fn event_of_dates(&self, si: usize, cue: bool) -> Option<EventRef> {
        if cue && self.prior_cue(si).is_some() {
            return Some(EventRef::Prior);
        }
        for d in self.event_dates(si) {
            if d.prior_cue {
                return Some(EventRef::Prior);
            }
            if let (Some(v), Some(p)) = (d.value, self.published) {
                if is_earlier(v, p) {
                    return Some(EventRef::Prior);
                }
            }
        }
        None
    }
}

/// Whether `v` lies clearly before the news window ending at `p` (more than
/// two weeks before publication).
fn is_earlier(v: crate::CivilDate, p: crate::CivilDate) -> bool {
    let Some(cutoff) = p.add_days(-14) else {
        return false;
    };
    let key = |d: crate::CivilDate, last: bool| {
        let m = d.month().unwrap_or(if last { 12 } else { 1 });
        let day = d.day().unwrap_or(if last { 31 } else { 1 });
        (d.year(), m, day)
    };
    key(v, true) < key(cutoff, false)
}

/// The matches of one document: (sentence, rule, captures).
pub(crate) type Matches<'e, 'd> = Vec<(usize, usize, crate::pattern::Captures<'e, 'd>)>;

/// Runs the claim rules over a batch of documents, one rule at a time over
/// every sentence of every document that may hold a match, so that the
/// rule's automaton stays in the CPU cache (document by document, or
/// sentence by sentence with every rule in turn, the automata evicted each
/// other). The matches of each document are built by [`run`].
pub(crate) fn find<'e, 'd>(ctxs: &[Ctx<'e, 'd>]) -> Vec<Matches<'e, 'd>> {
    let Some(first) = ctxs.first() else {
        return Vec::new();
    };
    let engine = first.engine;
    let lex = &engine.claims;
    let prefilter = lex
        .prefilter
        .get_or_init(|| crate::pattern::Prefilter::new(lex.rules.iter().map(|r| &r.re)));
    // Rules whose words a sentence lacks cannot match in it.
    let candidates: Vec<Vec<u64>> = ctxs
        .iter()
        .map(|ctx| {
            let spans: Vec<(usize, usize)> =
                ctx.sentences.iter().map(|s| (s.start, s.end)).collect();
            prefilter.candidates(ctx.text, &spans)
        })
        .collect();
    let mut out: Vec<Matches<'e, 'd>> = ctxs.iter().map(|_| Vec::new()).collect();
    for (ri, rule) in lex.rules.iter().enumerate() {
        if engine.disabled.iter().any(|d| d == rule.id) {
            continue;
        }
        for ((ctx, candidates), matches) in ctxs.iter().zip(&candidates).zip(&mut out) {
            let text: &'d str = ctx.text;
            for (si, sent) in ctx.sentences.iter().enumerate() {
                let may_match = candidates.get(si).copied().unwrap_or(u64::MAX);
                if sent.role == Role::Duplicate || (ri < 64 && may_match & (1 << ri) == 0) {
                    continue;
                }
                let stext = &text[sent.start..sent.end];
                // A sentence keeps at most MAX_PER_SENTENCE claims; looking
                // at more matches than that per rule cannot change the
                // result.
                for caps in rule.re.captures_iter(stext).take(MAX_PER_SENTENCE) {
                    matches.push((si, ri, caps));
                }
            }
        }
    }
    out
}

/// Builds the claims of one document from its matches (see [`find`]).
pub(crate) fn run(ctx: &mut Ctx<'_, '_>, mut matches: Matches<'_, '_>) {
    let lex = &ctx.engine.claims;
    // The matches are built in sentence order, then rule order (the
    // priority), then text order, as the overlap policy wants.
    // Stable: the matches of one rule in one sentence stay in text order.
    matches.sort_by_key(|&(si, ri, _)| (si, ri));
    let mut found: Vec<FoundClaim> = Vec::new();
    let mut info: Option<(usize, SentInfo)> = None;
    for (si, ri, caps) in &matches {
        let (si, rule) = (*si, &lex.rules[*ri]);
        let Some(m) = caps.get(0) else { continue };
        if info.as_ref().map_or(true, |(i, _)| *i != si) {
            info = Some((si, SentInfo::new(ctx, si)));
        }
        let Some((_, info)) = &info else { continue };
        let base = ctx.sentences[si].start;
        let mut claims = build(ctx, info, rule, caps, base, si);
        // "Reuters could not verify the figures": a reporter's caveat, not
        // a party withholding a toll.
        // "captured a military outpost": a place taken, a control claim of
        // its own rule, not people captured.
        claims.retain(|c| {
            !(c.kind == ClaimKind::Casualties && c.subject.as_deref() == Some("bases"))
        });
        claims.retain(|c| {
            c.kind != ClaimKind::Undisclosed
                || !(m.as_str().to_ascii_lowercase().contains("verif")
                    || c.claimant
                        .is_some_and(|a| ctx.entry(a).kind == crate::ActorKind::Media))
        });
        enemy_is_the_other_side(ctx, caps, &mut claims);
        for c in &mut claims {
            if c.start == c.end {
                c.start = base + m.start();
                c.end = base + m.end();
            }
        }
        found.extend(claims);
    }
    // A toll without its own subject ("security sources put the toll at
    // more than 60") is about the victims of an earlier figure of the same
    // outcome in its sentence ("the army said 30 soldiers were killed").
    // Claims of one sentence are contiguous in `found`, and a sentence
    // gives few, so the scan stays linear in the text.
    let mut first = 0;
    while first < found.len() {
        let si = found[first].sentence;
        let end = found[first..]
            .iter()
            .position(|c| c.sentence != si)
            .map_or(found.len(), |k| first + k);
        for i in first..end {
            let toll = matches!(
                found[i].rule,
                "casualties/put_toll_at" | "casualties/toll_is" | "casualties/toll_of"
            );
            if !toll || found[i].subject.is_some() {
                continue;
            }
            let subject = found[first..end]
                .iter()
                .filter(|c| {
                    c.kind == ClaimKind::Casualties
                        && c.start < found[i].start
                        && c.outcome == found[i].outcome
                })
                .max_by_key(|c| c.start)
                .and_then(|c| c.subject.clone())
                // Else those of the last figure of that outcome before it
                // ("Security sources put the toll at 20 or more", after
                // the army's "12 soldiers were killed"). A toll that names
                // no victims anywhere keeps none: left open, it groups
                // with any version's victims when reconciled.
                .or_else(|| {
                    found[first.saturating_sub(LOOKBACK_CLAIMS)..first]
                        .iter()
                        .rev()
                        .find(|c| {
                            c.kind == ClaimKind::Casualties
                                && c.outcome == found[i].outcome
                                && c.subject.is_some()
                        })
                        .and_then(|c| c.subject.clone())
                });
            found[i].subject = subject;
        }
        // A bare figure ("and reported 15 wounded") after victims named in
        // its sentence by the same party ("the loss of 11 soldiers") is
        // about those victims; not those of a part ("including three
        // children").
        let part = |c: &FoundClaim| {
            parts_a_figure(
                super::before(ctx.text, c.anchor.0, 24)
                    .to_ascii_lowercase()
                    .trim_end(),
            )
        };
        for i in first..end {
            if found[i].rule != "casualties/count_outcome" || found[i].subject.is_some() {
                continue;
            }
            let subject = found[first..end]
                .iter()
                .filter(|c| {
                    c.kind == ClaimKind::Casualties
                        && c.start < found[i].start
                        && c.claimant == found[i].claimant
                        && c.subject.is_some()
                        && !part(c)
                })
                .max_by_key(|c| c.start)
                .and_then(|c| c.subject.clone());
            found[i].subject = subject;
        }
        first = end;
    }
    // Overlap policy, part one: one claim per anchor and kind, by rule priority.
    // A claim without a figure inside the match of an earlier claim of the
    // same kind says nothing new either. Claims are compared only within
    // their sentence, and a sentence gives at most `MAX_PER_SENTENCE`
    // claims, so this stays linear in the length of the text.
    let mut kept: Vec<FoundClaim> = Vec::new();
    for c in found {
        let same_sentence = kept.iter().rev().take_while(|k| k.sentence == c.sentence);
        let mut n = 0;
        let mut shadowed = false;
        for k in same_sentence {
            n += 1;
            if k.kind == c.kind
                && ((k.anchor.0 < c.anchor.1 && c.anchor.0 < k.anchor.1)
                    || (c.count.is_none() && k.start <= c.anchor.0 && c.anchor.1 <= k.end))
            {
                shadowed = true;
                break;
            }
        }
        if !shadowed && n < MAX_PER_SENTENCE {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| (c.start, c.end));
    earlier_days_are_prior(ctx, &mut kept);
    ctx.claims = kept;
}

/// Whether a figure after `lead` (lowercased, trimmed) is a part of an
/// earlier one: "killed 12, among them (including) three children".
fn parts_a_figure(lead: &str) -> bool {
    [
        "among them",
        "among whom",
        "including them",
        "including",
        "of whom",
        "of them",
    ]
    .iter()
    .any(|w| lead.ends_with(w))
}

/// Days before the main event's day from which a claim dated in full is
/// about another, earlier event.
const EARLIER_DAYS: i32 = 3;

/// "Twelve soldiers were killed on 18 November ... On 9 November, five
/// civilians were killed": inside the news window, a claim whose sentence
/// names a day at least [`EARLIER_DAYS`] before the main day (the calendar
/// day, month written out, of the story's first dated casualty claim)
/// reports an earlier event; so does one whose sentence names a month
/// before the main day's ("Last month, a strike killed 40" in a story of an
/// attack on 7 December). The main day must be a calendar day (a weekday is
/// often a statement's day, not the attack's); the earlier day may be a
/// weekday ("On Tuesday, militants killed three soldiers" in a story of an
/// attack on Friday 10 October), unless the main day is a dateline's with
/// no day of the event beside it (the report's day, not the attack's).
/// Without a calendar day for the story, a sentence that opens with "Last
/// month," reports an earlier event.
fn earlier_days_are_prior(ctx: &Ctx<'_, '_>, claims: &mut [FoundClaim]) {
    // The first date of the event of sentence `si` that passes `keep`.
    let date_in = |si: usize, keep: &dyn Fn(&super::dates::FoundDate) -> bool| {
        ctx.event_dates(si)
            .filter(|d| keep(d))
            .find_map(|d| d.value)
    };
    let is_calendar_day = |d: &super::dates::FoundDate| {
        let text = ctx.text[d.start..d.end].to_ascii_lowercase();
        d.value.is_some_and(|v| v.day().is_some())
            && super::dates::MONTHS.iter().any(|m| text.contains(&m[..3]))
    };
    let calendar_day = |si: usize| date_in(si, &is_calendar_day);
    // Any date to the day, a weekday included.
    let any_day = |si: usize| date_in(si, &|d| d.value.is_some_and(|v| v.day().is_some()));
    // Not the start of a span ("since the start of June"): the span runs
    // up to now.
    let month_only = |si: usize| {
        date_in(si, &|d| {
            let lead = super::before(ctx.text, d.start, 24).to_ascii_lowercase();
            let lead = lead.trim_end();
            d.value.is_some_and(|v| v.day().is_none())
                && !["since", "start of", "beginning of", "from", "as of"]
                    .iter()
                    .any(|w| lead.ends_with(w))
        })
    };
    let Some((main, from_dateline, month_of_weekday)) = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Casualties && c.event == Some(EventRef::Current))
        .find_map(|c| {
            c.date?;
            let d = ctx.event_dates(c.sentence).find(|d| is_calendar_day(d))?;
            if !is_dateline(ctx.text, d) {
                return Some((d.value?, false));
            }
            // "KABUL, Oct 11 (Reuters) - ... late on Friday": the event's
            // own day, when the sentence gives one.
            let own = ctx
                .event_dates(c.sentence)
                .filter(|o| !is_dateline(ctx.text, o))
                .find_map(|o| o.value.filter(|v| v.day().is_some()));
            Some(match own {
                Some(v) => (v, false),
                None => (d.value?, true),
            })
        })
        // Else a weekday of the story's own ("on Monday night"), resolved
        // against the publication date: only its month counts (the weekday
        // may be a statement's, days after the attack).
        .map(|(v, dl)| (v, dl, false))
        .or_else(|| {
            claims
                .iter()
                .filter(|c| c.kind == ClaimKind::Casualties && c.event == Some(EventRef::Current))
                .find_map(|c| {
                    c.date?;
                    ctx.event_dates(c.sentence)
                        .filter(|d| !is_dateline(ctx.text, d))
                        .find_map(|d| d.value.filter(|v| v.day().is_some()))
                        .map(|v| (v, false, true))
                })
        })
    else {
        // No calendar day for the story: a sentence that opens with "Last
        // month," still sets its event apart (with a main day, the month
        // rule below decides, as the main day may itself be last month).
        for c in claims.iter_mut() {
            let s = ctx.sentences[c.sentence];
            let opening = ctx.text[s.start..s.end]
                .trim_start_matches(|ch: char| ch.is_whitespace() || ch == '"' || ch == '\'');
            if c.event == Some(EventRef::Current)
                && opening
                    .get(..11)
                    .is_some_and(|w| w.eq_ignore_ascii_case("last month,"))
            {
                c.event = Some(EventRef::Prior);
            }
        }
        return;
    };
    let Some(cutoff) = main.add_days(-EARLIER_DAYS) else {
        return;
    };
    let main_month = (main.year(), main.month());
    for c in claims.iter_mut() {
        if c.event == Some(EventRef::Current)
            // A dateline's day is the report's, days after the attack's:
            // weekdays before it may be the attack's own.
            && ((!month_of_weekday
                && (if from_dateline { calendar_day(c.sentence) } else { any_day(c.sentence) })
                    .is_some_and(|d| d <= cutoff))
                || month_only(c.sentence)
                    .is_some_and(|d| d.month().is_some() && (d.year(), d.month()) < main_month))
        {
            c.event = Some(EventRef::Prior);
        }
    }
}

/// Whether "fell" followed by `rest` says that someone died ("fell.",
/// "fell in the fighting", "fell as the post was overrun"), not that
/// something else befell them: the next word, or the next two, are none of
/// `not_fallen` ("fell ill", "fell into", "fell in love").
fn fell_means_died(rest: &str, not_fallen: &[String]) -> bool {
    let words: Vec<String> = rest
        .trim_start_matches(['"', '\''])
        .split_whitespace()
        .take(2)
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let one = words.first().cloned().unwrap_or_default();
    let two = words.join(" ");
    !not_fallen.iter().any(|w| *w == one || *w == two)
}

/// Whether a subject class is broad: a party named with it says whom it
/// means ("fighters of the ADF", "members of the VDP").
fn is_broad(class: &str) -> bool {
    matches!(
        class,
        "militants" | "people" | "soldiers" | "members" | "auxiliaries"
    )
}

/// Whether a subject class names people of no side ("people", "members").
fn is_people(class: &str) -> bool {
    matches!(class, "people" | "members")
}

/// Whether `d` is a dateline's date ("NIAMEY, March 20, 2025 (AFP) -
/// ..."): when the report was filed, not when the event happened.
fn is_dateline(text: &str, d: &super::dates::FoundDate) -> bool {
    let rest = super::after(text, d.end, 40).trim_start();
    let rest = match rest.strip_prefix('(') {
        Some(r) => r.split_once(')').map_or(r, |(_, after)| after).trim_start(),
        None => rest,
    };
    rest.starts_with(['-', '\u{2013}', '\u{2014}'])
}

fn clean(s: &str) -> &str {
    s.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace())
}

/// What every claim of one sentence shares, computed once per sentence.
struct SentInfo {
    event: EventRef,
    /// Where the sentence's lexical cue of an earlier event starts ("in a
    /// separate attack the previous day"), and the event its claims have
    /// when the cue is not theirs.
    late_cue: Option<(usize, EventRef)>,
    location: Option<String>,
    date: Option<crate::CivilDate>,
    hedged: bool,
}

impl SentInfo {
    fn new(ctx: &Ctx<'_, '_>, si: usize) -> SentInfo {
        let sent = ctx.sentences[si];
        let lo = ctx.places.partition_point(|p| p.start < sent.start);
        let location = ctx.places[lo..]
            .iter()
            .take_while(|p| p.start < sent.end)
            .min_by_key(|p| match p.kind {
                crate::LocationKind::Settlement | crate::LocationKind::Other => 0,
                crate::LocationKind::AdminRegion => 1,
                _ => 2,
            })
            .map(|p| p.name.clone());
        let lo = ctx.dates.partition_point(|d| d.start < sent.start);
        let date = ctx.dates[lo..]
            .iter()
            .take_while(|d| d.start < sent.end)
            .filter(|d| !is_dateline(ctx.text, d))
            .find_map(|d| d.value);
        // One pass of the cue pattern: the event with the sentence's cue of
        // an earlier one is `Prior`, without it what the dates say.
        let cue = ctx.prior_cue(si);
        let without_cue = ctx.event_without_cue(si);
        SentInfo {
            event: if cue.is_some() {
                EventRef::Prior
            } else {
                without_cue
            },
            late_cue: cue.map(|m| (sent.start + m.start(), without_cue)),
            location,
            date,
            // Computed by the sources pass (and again only if it did not run).
            hedged: ctx
                .hedged
                .get(si)
                .copied()
                .unwrap_or_else(|| ctx.engine.sources.hedged(&ctx.text[sent.start..sent.end])),
        }
    }
}

/// "The enemy" is whoever the claimant fights: an armed group's enemy is
/// the state's forces ("we neutralised 51 enemy elements", said the
/// rebels), anyone else's the militants (the subject table's default).
fn enemy_is_the_other_side(
    ctx: &Ctx<'_, '_>,
    caps: &crate::pattern::Captures<'_, '_>,
    claims: &mut [FoundClaim],
) {
    let Some(subj) = caps.name("subj") else {
        return;
    };
    // "enemy", "enemies" (the subject table has no other word so begun).
    let head = subj.as_str().trim_start().get(..4);
    if !head.is_some_and(|w| w.eq_ignore_ascii_case("enem")) {
        return;
    }
    for c in claims.iter_mut() {
        let group = c
            .claimant
            .is_some_and(|a| ctx.entry(a).kind == crate::ActorKind::ArmedGroup);
        if group && c.subject.as_deref() == Some("militants") {
            c.subject = Some("soldiers".into());
        }
    }
}

/// Builds the claims one rule match gives (a list can give several).
fn build(
    ctx: &Ctx<'_, '_>,
    info: &SentInfo,
    rule: &Rule,
    caps: &crate::pattern::Captures<'_, '_>,
    base: usize,
    si: usize,
) -> Vec<FoundClaim> {
    let lex = &ctx.engine.claims;
    let counts = &ctx.engine.counts;
    let text = ctx.text;
    let sent = ctx.sentences[si];
    let Some(m) = caps.get(0) else {
        return Vec::new();
    };
    let (ms, me) = (base + m.start(), base + m.end());
    let g = |n: &str| caps.name(n);
    // "How many soldiers were killed" asks for a figure; it gives none.
    let asks = |at: usize, head: &str| {
        let lead = super::before(text, base + at, 10).to_ascii_lowercase();
        let lead = lead.trim_end();
        (lead.ends_with("how") && head.to_ascii_lowercase().starts_with("many"))
            || lead.ends_with("how many")
    };
    if g("count").is_some_and(|c| asks(c.start(), c.as_str()))
        || g("subj").is_some_and(|s| asks(s.start(), s.as_str()))
    {
        return Vec::new();
    }
    // "did not say which group was behind the ambush", "it is unclear who
    // was behind it": a question, not an attribution.
    if rule.id == "responsibility/behind" {
        let lead = super::before(text, ms, 30).to_ascii_lowercase();
        if lead
            .split_whitespace()
            .rev()
            .take(2)
            .any(|w| matches!(w, "which" | "who" | "whether" | "what"))
        {
            return Vec::new();
        }
    }
    // "killed, among them at least 12 children, and 80 were injured": a
    // figure that parts an earlier one takes that one's outcome (read as
    // its continuation), not the outcome of a later clause.
    if let (Some(c), Some(o)) = (g("count").or_else(|| g("list")), g("out")) {
        let lead = super::before(text, base + c.start(), 24).to_ascii_lowercase();
        let lead = lead.trim_end_matches(|ch: char| ch.is_whitespace() || ch == '"' || ch == '\'');
        if parts_a_figure(lead) && c.start() < o.start() {
            return Vec::new();
        }
    }
    // "One of its fighters had killed 25 soldiers": a subject before a
    // transitive verb in the perfect ("had killed", not "had been killed")
    // did the killing; it is not the victim.
    let first = ["count", "subj"]
        .iter()
        .filter_map(|n| g(n))
        .map(|x| x.start())
        .min();
    if let (Some(o), Some(first)) = (g("out"), first) {
        if first < o.start() && lex.is_transitive(o.as_str()) {
            let lead = super::before(text, base + o.start(), 12).to_ascii_lowercase();
            let last = lead
                .trim_end_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace())
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next();
            if matches!(last, Some("had" | "has" | "have")) {
                return Vec::new();
            }
        }
    }
    // The frame is looked up where the claim's own words start, not where
    // the pattern's leading context does.
    let key_pos = ["count", "subj", "out", "items", "q"]
        .iter()
        .filter_map(|n| g(n))
        .map(|x| base + x.start())
        .min()
        .unwrap_or(ms);
    let frame = ctx.frame_at(si, key_pos);
    let (mut claimant, mut source) = frame.map_or((None, None), |f| (f.actor, f.source));
    let mut hedged = frame.is_some_and(|f| f.hedge) || info.hedged;
    // "killed 14 Christians in the village and, in a separate attack the
    // previous day, five soldiers": a cue of an earlier event after the
    // claim, past a comma or a conjunction, is about what follows it.
    let event = Some(match info.late_cue {
        Some((at, event))
            if at >= me && {
                let gap = text[me..at].to_ascii_lowercase();
                gap.contains([',', ';']) || gap.contains(" and ") || gap.contains(" while ")
            } =>
        {
            event
        }
        _ => info.event,
    });
    let location = info.location.clone();
    let date = info.date;
    let mk = |kind: ClaimKind,
              claimant: Option<usize>,
              source: Option<usize>,
              subject: Option<String>,
              outcome: Option<String>,
              count: Option<Count>,
              anchor: (usize, usize),
              hedged: bool| FoundClaim {
        kind,
        claimant,
        source,
        subject,
        outcome,
        count,
        items: Vec::new(),
        event,
        location: location.clone(),
        date,
        hedged,
        start: ms,
        end: me,
        anchor,
        rule: rule.id,
        sentence: si,
    };
    // The subject of the clause that holds the match: for undisclosed
    // figures and for what a party itself did.
    // The party or speaker named in `a..b`: an actor first when
    // `prefer_actor`, else a speaker.
    let party_in =
        |a: usize, b: usize, prefer_actor: bool| -> Option<(Option<usize>, Option<usize>)> {
            {
                if prefer_actor {
                    let ms_ = &ctx.actors.mentions;
                    let lo = ms_.partition_point(|x| x.start < a);
                    let hi = ms_.partition_point(|x| x.start < b);
                    // Not the outlet that reached the speaker ("Reached by
                    // Reuters, a ministry official declined to give a toll").
                    let media = |x: usize| ctx.entry(x).kind == crate::ActorKind::Media;
                    if let Some(i) = (lo..hi)
                        .find(|&i| ms_[i].actor.is_some_and(|x| !media(x)) && !ms_[i].modifier)
                    {
                        return Some((ctx.resolve(i), None));
                    }
                }
                speaker_in(ctx, a, b, false)
            }
        };
    let clause_subject = |prefer_actor: bool| -> Option<(Option<usize>, Option<usize>)> {
        let cs = clause_start(text, sent.start, ms);
        party_in(cs, ms, prefer_actor).or_else(|| party_in(sent.start, ms, prefer_actor))
    };
    let actor_in = |a: usize, b: usize| -> Option<usize> {
        let ms_ = &ctx.actors.mentions;
        let lo = ms_.partition_point(|x| x.start < a);
        let hi = ms_.partition_point(|x| x.start < b);
        (lo..hi)
            .find(|&i| ms_[i].actor.is_some() && !ms_[i].modifier)
            .or_else(|| (lo..hi).find(|&i| ms_[i].class.is_some_and(Class::names_party)))
            .or_else(|| (lo..hi).find(|&i| ms_[i].actor.is_some()))
            .and_then(|i| ctx.resolve(i))
    };
    // A culprit named by its kind, not by name, in the first words of
    // `a..b`: "terrorists who want ...", "remnants of bandit groups",
    // "several hundred terrorists of the so-called ...". Its subject class.
    let culprit_in = |a: usize, b: usize| -> Option<String> {
        let span = text.get(a..b)?;
        span.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .take(6)
            .take_while(|w| {
                !matches!(
                    w.to_ascii_lowercase().as_str(),
                    "who" | "whom" | "which" | "that" | "for" | "after" | "when" | "but"
                )
            })
            // "the enemy" is a side's word for the other side, whoever
            // that is: not a kind of culprit.
            .take_while(|w| {
                !["unidentified", "unknown", "unnamed"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
            })
            .filter(|w| !w.eq_ignore_ascii_case("enemy") && !w.eq_ignore_ascii_case("enemies"))
            .filter_map(|w| lex.subject_class(w))
            .find(|c| c == "militants")
    };
    let members_of = |a: usize, b: usize| -> Option<String> {
        let ms_ = &ctx.actors.mentions;
        let lo = ms_.partition_point(|x| x.start < a);
        let hi = ms_.partition_point(|x| x.start < b);
        (lo..hi)
            .filter_map(|i| {
                // A generic "rebels" or "the group" is the noun's own class:
                // resolving it to a party could name the wrong one (an
                // allied militia for "the rebels").
                ms_[i].actor.or_else(|| match ms_[i].class {
                    Some(Class::Police | Class::State) => ctx.resolve(i),
                    _ => None,
                })
            })
            .filter_map(|x| ctx.entry(x).members.clone())
            .next()
    };
    // Subject class, refined by an actor named with the noun ("Wagner
    // fighters", "members of the VDP") or by the speaker ("our men").
    let speaker = claimant;
    // "Five officers were wounded", said the police: police officers.
    let police_officers = |noun: &str| -> Option<String> {
        let noun = noun.trim().to_ascii_lowercase();
        let police = speaker.and_then(|a| ctx.entry(a).members.as_deref()) == Some("police");
        (police && matches!(noun.as_str(), "officer" | "officers")).then(|| "police".to_string())
    };
    let subject_class_of = |mods: Option<Match<'_>>, subj: Match<'_>| -> Option<String> {
        let class = lex.subject_class(clean(subj.as_str()))?;
        if class == "bases" {
            return Some(class);
        }
        // "22 government fighters": the state's, not an armed group's.
        let government_side = mods.is_some_and(|m| {
            m.as_str()
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("government"))
        });
        if government_side && class == "militants" {
            return Some("soldiers".into());
        }
        let s = mods.map_or(base + subj.start(), |mm| base + mm.start());
        let from = base + subj.end();
        let after = super::after(text, from, (sent.end - from).min(60));
        let qual_end =
            if after.trim_start().starts_with("from ") || after.trim_start().starts_with("of ") {
                base + subj.end() + after.find([',', ';', '.']).unwrap_or(after.len()).min(50)
            } else {
                base + subj.end()
            };
        let broad = is_broad(&class);
        // "Nine of our men": the speaker's own side.
        let ours = {
            let lead = super::before(text, s, 12).trim_end().to_ascii_lowercase();
            lead.ends_with(" our") || lead.ends_with(" our own") || lead == "our"
        };
        let speaker_members = speaker.and_then(|a| ctx.entry(a).members.clone());
        // "The army said it lost five men": the speaker's own.
        let lost = g("out").is_some_and(|o| {
            let o = o.as_str().to_ascii_lowercase();
            o == "lost" || o == "losing"
        });
        let ours = ours || (lost && is_people(&class));
        if ours && broad {
            if let Some(m) = speaker_members {
                return Some(m);
            }
        }
        if let Some(p) = police_officers(subj.as_str()) {
            return Some(p);
        }
        // "killing 27 of its members": the members of the party "its"
        // stands for.
        if is_people(&class) {
            let ms_ = &ctx.actors.mentions;
            let k = ms_.partition_point(|x| x.start < s);
            let owner = k.checked_sub(1).filter(|&i| {
                let x = &ms_[i];
                x.class == Some(Class::Pronoun)
                    && x.end + 2 >= s
                    && super::before(text, x.start, 4)
                        .trim()
                        .eq_ignore_ascii_case("of")
            });
            // Not the speaker's own men (those it "lost" are read above):
            // "repelled the group, killing 27 of its members".
            if let Some(m) = owner
                .and_then(|i| {
                    ctx.resolve(i)
                        .filter(|&a| Some(a) != speaker)
                        .or_else(|| ctx.resolve_class(Class::Group, ms_[i].start))
                })
                .and_then(|a| ctx.entry(a).members.clone())
            {
                return Some(m);
            }
        }
        match members_of(s, qual_end) {
            Some(m) if broad => Some(m),
            // "members of the 'apostate army'": no party named, but a force.
            None if broad && is_people(&class) && qual_end > base + subj.end() => {
                let qual = text[base + subj.end()..qual_end].to_ascii_lowercase();
                let has = |w: &str| {
                    qual.split(|c: char| !c.is_ascii_alphanumeric())
                        .any(|x| x == w)
                };
                if has("army") || has("military") || has("troops") {
                    Some("soldiers".into())
                } else if has("police") || has("gendarmerie") || qual.contains("civil guard") {
                    Some("police".into())
                } else if [
                    "militia",
                    "militias",
                    "vigilance",
                    "vigilante",
                    "vigilantes",
                ]
                .iter()
                .any(|w| has(w))
                {
                    // "a member of the local vigilance committee": the
                    // auxiliaries who fight beside the state's forces.
                    Some("auxiliaries".into())
                } else {
                    Some(class)
                }
            }
            _ => Some(class),
        }
    };

    // A party's own men: an armed group's are its "fighters" (golds list
    // them so, never as the "militants" its enemies kill), the state's its
    // members ("soldiers", "police").
    let own_men = |a: Option<usize>| -> Option<String> {
        let e = ctx.entry(a?);
        if e.kind == ActorKind::ArmedGroup {
            Some("fighters".into())
        } else {
            e.members.clone()
        }
    };

    // "five of its fighters", "four SDF fighters" in the SDF's own words or
    // a monitor's: a group's own men are its "fighters", not the
    // "militants" its enemies kill.
    let subject_of = |mods: Option<Match<'_>>, subj: Match<'_>| -> Option<String> {
        let class = subject_class_of(mods, subj)?;
        if class != "militants" {
            return Some(class);
        }
        let noun = clean(subj.as_str()).to_ascii_lowercase();
        let fighters = lex.own_men.contains(&noun);
        let Some(spk) = speaker.filter(|_| fighters) else {
            return Some(class);
        };
        let start = mods.map_or(base + subj.start(), |m| base + m.start());
        let lead = super::before(text, start, 16).to_ascii_lowercase();
        let lead = lead.trim_end().trim_end_matches(" own");
        let spk_kind = ctx.entry(spk).kind;
        let own_pronoun = spk_kind == ActorKind::ArmedGroup
            && [
                "its",
                "their",
                "our",
                "his",
                "the group's",
                "the movement's",
            ]
            .iter()
            .any(|w| {
                lead.strip_suffix(w)
                    .is_some_and(|r| r.is_empty() || r.ends_with(' '))
            });
        // "it lost three fighters", "we have lost two comrades": the
        // speaker's own losses.
        let own_loss = spk_kind == ActorKind::ArmedGroup && {
            let from = g("count").map_or(start, |c| (base + c.start()).min(start));
            let lead = super::before(text, from, 24).to_ascii_lowercase();
            let mut words = lead.split_whitespace().rev();
            words.next() == Some("lost")
                && words
                    .next()
                    .is_some_and(|w| matches!(w, "it" | "they" | "we" | "had" | "has" | "have"))
        };
        // The party named with the noun: "SDF fighters", "members of the SDF".
        let ms_ = &ctx.actors.mentions;
        let lo = ms_.partition_point(|x| x.end + 2 < start);
        let hi = ms_.partition_point(|x| x.start < base + subj.end() + 24);
        let named = (lo..hi)
            .filter(|&i| {
                let x = &ms_[i];
                x.end <= base + subj.start() + 1
                    || text.get(base + subj.end()..x.start).is_some_and(|gap| {
                        let gap = gap.trim().to_ascii_lowercase();
                        gap == "of" || gap == "of the"
                    })
            })
            .find_map(|i| ms_[i].actor)
            .filter(|&a| ctx.entry(a).kind == ActorKind::ArmedGroup);
        let monitor = matches!(spk_kind, ActorKind::Media | ActorKind::Other);
        if own_pronoun || own_loss || named.is_some_and(|a| a == spk || monitor) {
            return Some("fighters".into());
        }
        Some(class)
    };

    let mut out = Vec::new();
    match rule.kind {
        ClaimKind::Casualties => {
            if rule.id == "casualties/put_toll_at" || rule.id == "casualties/coordinated_subjects" {
                let Some(list) = g("list") else { return out };
                // "putting it at 22": "it" is a toll named before it in the
                // sentence.
                if let Some(it) = g("it") {
                    let lead = text[sent.start..base + it.start()].to_ascii_lowercase();
                    if !["toll", "dead", "casualt", "number of"]
                        .iter()
                        .any(|w| lead.contains(w))
                    {
                        return out;
                    }
                }
                // "the civilian death toll at 27": the toll's own class;
                // "the army's dead at 40", "the SDF toll at seven": the
                // party's own men (an armed group's are its fighters, as
                // in "five of its fighters").
                let default_subj = g("subj")
                    .and_then(|s| lex.subject_class(s.as_str()))
                    .or_else(|| {
                        g("owner").or_else(|| g("named_owner")).and_then(|o| {
                            let from = g("det").map_or(o.start(), |d| d.start());
                            members_of(base + from, base + o.end()).map(|m| {
                                if m == "militants" {
                                    "fighters".into()
                                } else {
                                    m
                                }
                            })
                        })
                    })
                    .or_else(|| {
                        g("toll_of").map(|t| {
                            match t.as_str().to_ascii_lowercase().as_str() {
                                "civilian" => "civilians",
                                "police" => "police",
                                _ => "soldiers",
                            }
                            .to_string()
                        })
                    });
                let default_out = g("out")
                    .and_then(|o| lex.outcome(o.as_str()))
                    .unwrap_or_else(|| "killed".into());
                // An item without a noun shares the one before it: "seven
                // fighters killed and 12 wounded".
                let mut last_subject: Option<String> = None;
                for it in lex
                    .list_item
                    .captures_iter(list.as_str())
                    .take(MAX_PER_SENTENCE)
                {
                    let Some(cm) = it.name("count") else { continue };
                    let Some(count) = counts.parse(cm.as_str()) else {
                        continue;
                    };
                    let lb = base + list.start();
                    let subject = match it.name("subj") {
                        Some(s) => {
                            let cls = lex.subject_class(s.as_str());
                            let qual_end = lb + it.get(0).map_or(s.end(), |x| x.end());
                            // "Two of our mujahideen": the speaker's own.
                            let ours = it
                                .name("ours")
                                .is_some_and(|o| o.as_str().contains("our "))
                                .then(|| speaker.and_then(|a| ctx.entry(a).members.clone()))
                                .flatten();
                            match (
                                cls,
                                members_of(
                                    lb + it.name("mods").map_or(s.start(), |m| m.start()),
                                    qual_end,
                                ),
                            ) {
                                (Some(c), _) if ours.is_some() && is_broad(c.as_str()) => ours,
                                (Some(c), Some(m)) if is_broad(c.as_str()) => Some(m),
                                (c, _) => police_officers(s.as_str()).or(c),
                            }
                        }
                        None => {
                            // "at 145 servicemen, two tanks and five armoured
                            // vehicles": equipment ends the list of people.
                            let rest = list.as_str()[cm.end()..]
                                .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
                                .to_ascii_lowercase();
                            let mut words = rest.split_whitespace();
                            let one = words.next().unwrap_or("");
                            let two = words.next().map(|w| format!("{one} {w}"));
                            let word = |w: &str| {
                                w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
                                    .to_string()
                            };
                            if lex.items.contains_key(&word(one))
                                || two.is_some_and(|t| lex.items.contains_key(&word(&t)))
                            {
                                break;
                            }
                            default_subj.clone().or_else(|| last_subject.clone())
                        }
                    };
                    last_subject.clone_from(&subject);
                    let outcome = it
                        .name("out")
                        .and_then(|o| lex.outcome(o.as_str()))
                        .unwrap_or_else(|| default_out.clone());
                    let anchor = (lb + cm.start(), lb + cm.end());
                    let mut c = mk(
                        rule.kind,
                        claimant,
                        source,
                        subject,
                        Some(outcome),
                        Some(count),
                        anchor,
                        hedged,
                    );
                    c.start = ms;
                    if rule.id == "casualties/put_toll_at" {
                        c.end = me.min(lb + it.get(0).map_or(cm.end(), |x| x.end()));
                    }
                    out.push(c);
                }
                return out;
            }
            let count_m = g("count").or_else(|| g("count2")).or_else(|| g("count3"));
            let mut count = count_m.and_then(|c| counts.parse(c.as_str()));
            if count_m.is_some() && count.is_none() {
                return out;
            }
            if let Some(c) = count_m {
                if looks_like_year(c.as_str(), super::before(text, base + c.start(), 12)) {
                    return out;
                }
                // "on July 10 killed a commander": a day of a date found
                // by the dates pass is no figure.
                let (cs, ce) = (base + c.start(), base + c.end());
                let k = ctx.dates.partition_point(|d| d.start <= cs);
                if ctx.dates[..k].iter().rev().take(4).any(|d| ce <= d.end) {
                    return out;
                }
                // "the bodies of three men with gunshot wounds were found":
                // the figure is of the dead, which the bodies rules read.
                if rule.id == "casualties/count_subject_outcome" {
                    let lead = super::before(text, base + c.start(), 24).to_ascii_lowercase();
                    let lead = lead.trim_end();
                    let lead = lead.strip_suffix(" the").unwrap_or(lead);
                    if lex.after_corpse_noun(lead) {
                        return out;
                    }
                }
            }
            // "two men who had shot a soldier were arrested": a singular noun
            // before a plural verb is not its subject.
            if rule.id == "casualties/subject_outcome" {
                if let (Some(sj), Some(o)) = (g("subj"), g("out")) {
                    let between = text[base + sj.end()..base + o.start()].to_ascii_lowercase();
                    let plural_verb = between
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .any(|w| matches!(w, "were" | "are" | "have"));
                    if plural_verb && lex.is_singular(sj.as_str()) {
                        return out;
                    }
                }
            }
            let mut subject = g("subj")
                .and_then(|s| subject_of(g("mods"), s))
                // The victims after a toll's figure ("the toll stands at
                // nine soldiers").
                .or_else(|| g("subj2").and_then(|s| subject_of(g("mods2"), s)));
            // One person, singular: "killed a senior commander", "a
            // soldier was killed".
            if count.is_none() {
                let one = g("one").is_some()
                    || (rule.id == "casualties/subject_outcome" && {
                        // The article is before the noun, or is the
                        // capitalised word the pattern took as a modifier.
                        let mods = g("mods").map_or("", |x| x.as_str()).trim();
                        let from = g("mods").filter(|x| !x.as_str().is_empty()).or(g("subj"));
                        let lead = super::before(text, base + from.map_or(ms, |x| x.start()), 40);
                        // "not a single fighter was killed": none, which the
                        // figure rules read.
                        let low = lead.trim_end().to_ascii_lowercase();
                        if low.ends_with(" not")
                            || low.ends_with(" not a")
                            || low.ends_with(" not a single")
                            || low.ends_with(" not one")
                        {
                            return out;
                        }
                        if matches!(mods.to_ascii_lowercase().as_str(), "a" | "an" | "one") {
                            true
                        } else {
                            // Past an age or plain modifiers: "a 14-year-old
                            // boy", "a paramilitary ranger", "an Army
                            // sergeant".
                            one_before(lead)
                        }
                    });
                let singular = g("subj").is_some_and(|x| lex.is_singular(x.as_str()));
                if one && singular {
                    count = Some(Count {
                        low: Some(1),
                        high: Some(1),
                        approx: false,
                        text: g("one").map_or("one", |x| x.as_str()).to_string(),
                    });
                } else if g("one").is_some()
                    // "A soldier died" is one; "soldiers died" with no
                    // figure is left to the rules that find one.
                    || (rule.id == "casualties/subject_outcome" && g("out2").is_some())
                {
                    return out;
                }
            }
            if rule.id == "casualties/count_of_them" || g("them").is_some() {
                // "several of them": the last subject named before it in
                // its sentence; else the last party named there, other than
                // the claimant ("crushed the army and its allied militias,
                // killing more than 200 of them": soldiers); else the last
                // subject named in the sentences before.
                let lead = super::before(text, ms, 300);
                let last_subject = |lead: &str| {
                    lex.subject_any
                        .find_iter(lead)
                        .filter_map(|s| lex.subject_class(s.as_str()))
                        .filter(|c| c != "bases")
                        .last()
                };
                let in_sentence = lead
                    .get(sent.start.saturating_sub(ms - lead.len()).min(lead.len())..)
                    .unwrap_or(lead);
                // "More than 40 others were abducted": the victims the
                // sentence before counts first ("At least 23 people, among
                // them five women, were killed").
                if g("count3").is_some() {
                    subject = ctx
                        .sentences
                        .partition_point(|p| p.end <= sent.start)
                        .checked_sub(1)
                        .and_then(|pi| {
                            let p = ctx.sentences[pi];
                            lex.subject_any
                                .find_iter(&text[p.start..p.end])
                                .filter_map(|s| lex.subject_class(s.as_str()))
                                .find(|c| c != "bases")
                        });
                }
                if subject.is_none() {
                    subject = last_subject(in_sentence);
                }
                if subject.is_none() {
                    let ms_ = &ctx.actors.mentions;
                    let lo = ms_.partition_point(|x| x.start < sent.start);
                    let hi = ms_.partition_point(|x| x.start < ms);
                    subject = (lo..hi)
                        .rev()
                        .take(super::LOOKBACK)
                        .filter(|&i| !ms_[i].modifier)
                        .filter_map(|i| {
                            ms_[i].actor.or_else(|| match ms_[i].class {
                                Some(Class::State | Class::Police) => ctx.resolve(i),
                                _ => None,
                            })
                        })
                        .filter(|&a| Some(a) != claimant)
                        .find_map(|a| ctx.entry(a).members.clone());
                }
                if subject.is_none() {
                    subject = last_subject(lead);
                }
            }
            // "scores of dead among the VDP": the party or noun after.
            if subject.is_none() {
                if let Some(r) = AMONG_RE.find(super::after(text, me, 80)) {
                    let at = me + r.end();
                    let tail = super::after(text, at, 60);
                    subject = lex
                        .subject_any
                        .find(tail)
                        .filter(|s| s.start() == 0)
                        .and_then(|s| lex.subject_class(s.as_str()))
                        .or_else(|| {
                            let ms_ = &ctx.actors.mentions;
                            let k = ms_.partition_point(|x| x.start < at);
                            ms_.get(k)
                                .filter(|x| x.start == at)
                                .and_then(|_| ctx.resolve(k))
                                .and_then(|a| ctx.entry(a).members.clone())
                        });
                }
            }
            // "more than 40 dead on our side", "On the friendly side, the
            // toll is three dead": the speaker's own men.
            if subject.is_none() {
                let near = |t: &str| super::sources::OWN_SIDE.is_match(t);
                if near(&text[sent.start..ms]) || near(super::after(text, me, 40)) {
                    subject = own_men(claimant);
                }
            }
            if rule.id == "casualties/subject_outcome" {
                // Only when no figure stands before the noun.
                let lead =
                    super::before(text, base + g("subj").map_or(m.start(), |s| s.start()), 30);
                if lead.trim_end().ends_with(|c: char| c.is_ascii_digit()) {
                    return out;
                }
            }
            let outcome = match (
                g("out").or_else(|| g("out2")).or_else(|| g("out3")),
                rule.id,
            ) {
                (Some(o), _) => lex.outcome(o.as_str()).or_else(|| {
                    let w = o.as_str().to_lowercase();
                    match w.as_str() {
                        "prisoners" | "hostages" | "captives" => Some("captured".into()),
                        "deaths" | "lives" | "fatalities" | "casualties" | "casualty"
                        | "losses" | "martyrs" | "martyr" => Some("killed".into()),
                        _ => None,
                    }
                }),
                (None, "casualties/taken_prisoner") => Some("captured".into()),
                (None, "casualties/toll_is" | "casualties/toll_of") => Some("killed".into()),
                _ => None,
            };
            // "fell" (or "had fallen") alone is a death only where the
            // clause ends or a circumstance follows: not "fell ill", "fell
            // into an ambush", "fell back", "had fallen to the rebels".
            if let Some(o) = g("out").or_else(|| g("out2")).or_else(|| g("out3")) {
                let word = clean(o.as_str());
                if (word.eq_ignore_ascii_case("fell") || word.eq_ignore_ascii_case("fallen"))
                    && !fell_means_died(super::after(text, base + o.end(), 24), &lex.not_fallen)
                {
                    return out;
                }
            }
            // "freed hundreds of inmates": a jailbreak, not a rescue.
            if outcome.as_deref() == Some("rescued")
                && g("subj").is_some_and(|s| {
                    let s = s.as_str().to_ascii_lowercase();
                    s.starts_with("inmate")
                        || s.starts_with("prisoner")
                        || s.starts_with("detainee")
                })
            {
                return out;
            }
            // "We deplore six martyrs", "the army lost three martyrs": the
            // speaker's own men (an armed group's are its fighters).
            if subject.is_none()
                && g("out2").is_some_and(|o| {
                    o.as_str().eq_ignore_ascii_case("martyrs")
                        || o.as_str().eq_ignore_ascii_case("martyr")
                })
            {
                subject = own_men(claimant);
            }
            // "We suffered no casualties": the speaker's own men. "No
            // casualties were reported" may be anyone's: only with whom
            // ("among residents").
            if rule.id == "casualties/none_suffered" && subject.is_none() {
                if g("bare").is_some() {
                    return out;
                }
                subject = own_men(claimant);
            }
            let anchor = count_m
                .map(|c| (base + c.start(), base + c.end()))
                .or_else(|| g("out").map(|o| (base + o.start(), base + o.end())))
                .unwrap_or((ms, me));
            let first = mk(
                rule.kind,
                claimant,
                source,
                subject.clone(),
                outcome.clone(),
                count.clone(),
                anchor,
                hedged,
            );
            out.push(first);
            // A part of the figure named in apposition: "seven people,
            // three of them police officers, were killed".
            if count.is_some() && outcome.is_some() {
                if let Some(ic) = lex.included.captures(&text[ms..me]) {
                    let part = ic.name("c1").or_else(|| ic.name("c2"));
                    let cls = ic.name("subj").and_then(|s| lex.subject_class(s.as_str()));
                    if let (Some(pm), Some(cls), Some(whole)) = (part, cls, ic.get(0)) {
                        if let Some(cnt) = counts.parse(pm.as_str()) {
                            let mut c = mk(
                                rule.kind,
                                claimant,
                                source,
                                Some(cls),
                                outcome.clone(),
                                Some(cnt),
                                (ms + pm.start(), ms + pm.end()),
                                hedged,
                            );
                            c.start = ms + whole.start();
                            c.end = ms + whole.end();
                            out.push(c);
                        }
                    }
                }
            }
            // Coordinated figures: "killing 50 fighters and 10 soldiers",
            // "12 soldiers were killed and about 10 wounded".
            let mut pos = me;
            for _ in 0..6 {
                let Some(cc) = lex.continuation.captures(&text[pos..sent.end]) else {
                    break;
                };
                let Some(whole) = cc.get(0) else { break };
                // "Two people were killed, a farmer said": the speaker.
                // (A reporting cue of `data/cues.tsv` right after it.)
                let next = super::after(text, pos + whole.end(), 24);
                if ctx
                    .engine
                    .sources
                    .cue
                    .find(next)
                    .is_some_and(|m| next[..m.start()].trim().is_empty())
                {
                    break;
                }
                let (cm, subj2, out2) = match (
                    cc.name("count").or_else(|| cc.name("one")),
                    cc.name("count2")
                        .or_else(|| cc.name("count3"))
                        .or_else(|| cc.name("count4"))
                        .or_else(|| cc.name("count5")),
                ) {
                    (Some(c), _) => (
                        c,
                        cc.name("subj").and_then(|s| {
                            let adj = s.as_str();
                            lex.subject_class(adj).map(|cls| {
                                let ms2 = cc
                                    .name("mods")
                                    .map_or(pos + s.start(), |mm| pos + mm.start());
                                match members_of(
                                    ms2,
                                    pos + s.end() + after_qual(&text[pos + s.end()..sent.end]),
                                ) {
                                    Some(mb) if is_broad(cls.as_str()) => mb,
                                    _ => cls,
                                }
                            })
                        }),
                        lex.own_outcome
                            .captures(&text[pos + whole.end()..sent.end])
                            .and_then(|o| o.name("out"))
                            .and_then(|o| lex.outcome(o.as_str()))
                            // "five bodies and 11 wounded people": the
                            // outcome said before the noun.
                            .or_else(|| {
                                cc.name("mods").and_then(|m| {
                                    m.as_str()
                                        .split_whitespace()
                                        .filter(|w| {
                                            OUTCOME_MODS.contains(&w.to_lowercase().as_str())
                                        })
                                        .filter_map(|w| lex.outcome(w))
                                        .last()
                                })
                            })
                            .or_else(|| outcome.clone()),
                    ),
                    // "12 soldiers were killed and about 10 wounded",
                    // "killing two soldiers and wounding three others".
                    (None, Some(c)) => (
                        c,
                        subject.clone(),
                        match cc.name("count4") {
                            // "..., taking four prisoner".
                            Some(_) => Some("captured".into()),
                            None => cc
                                .name("out")
                                .or_else(|| cc.name("out3"))
                                .or_else(|| cc.name("out5"))
                                .and_then(|o| lex.outcome(o.as_str())),
                        },
                    ),
                    _ => break,
                };
                // "and a boy": one, when the noun is singular.
                let one = cc.name("one").is_some();
                let single = cc.name("subj").is_some_and(|s| lex.is_singular(s.as_str()));
                let cnt = if one && single {
                    Count {
                        low: Some(1),
                        high: Some(1),
                        approx: false,
                        text: cm.as_str().to_string(),
                    }
                } else if let (false, Some(c)) = (one, counts.parse(cm.as_str())) {
                    c
                } else {
                    break;
                };
                let anchor = (pos + cm.start(), pos + cm.end());
                let mut c = mk(
                    rule.kind,
                    claimant,
                    source,
                    subj2,
                    out2,
                    Some(cnt),
                    anchor,
                    hedged,
                );
                c.start = pos + cm.start();
                c.end = pos + whole.end();
                out.push(c);
                pos += whole.end();
            }
            // Elliptical figures: "46 troops died at X, ..., and eight at Y".
            if count.is_some() {
                if let Some(el) =
                    lex.ellipsis
                        .captures(super::after(text, me, (sent.end - me).min(300)))
                {
                    if let Some(cm) = el.name("count") {
                        if let Some(cnt) = counts.parse(cm.as_str()) {
                            let anchor = (me + cm.start(), me + cm.end());
                            let mut c = mk(
                                rule.kind,
                                claimant,
                                source,
                                subject,
                                outcome,
                                Some(cnt),
                                anchor,
                                hedged,
                            );
                            c.start = me + cm.start();
                            c.end = me + el.get(0).map_or(cm.end(), |x| x.end());
                            out.push(c);
                        }
                    }
                }
            }
        }
        ClaimKind::Undisclosed => {
            // "No casualties" is a stated zero (see
            // `casualties/none_suffered`), "no casualty figures" a figure
            // withheld.
            if NO_LOSSES.is_match(&text[ms..me])
                && !FIGURE_NEXT.is_match(super::after(text, me, 24))
            {
                return out;
            }
            // The party that withholds a figure is the one named in its
            // clause ("the police have not given a toll"); with none there,
            // the sentence's speaker ("It said many were killed but did not
            // give a toll", "he declared, without giving a figure"), not a
            // party named inside what was reported.
            // "..., without giving a figure" has the main clause's subject,
            // the speaker when there is one.
            let without = text[ms..]
                .get(..8)
                .is_some_and(|w| w.eq_ignore_ascii_case("without "));
            let own = if claimant.is_some() && without {
                None
            } else if claimant.is_some() {
                party_in(clause_start(text, sent.start, ms), ms, true)
            } else {
                clause_subject(true)
            };
            if let Some(spk) = own {
                claimant = spk.0;
                source = spk.1;
            } else if claimant.is_none() && si > 0 {
                // "However, the toll remains undisclosed": the party that
                // reported in the sentence before withholds it.
                let prev = ctx.sentences[si - 1];
                if let Some(f) = ctx
                    .frames
                    .iter()
                    .rev()
                    .find(|f| f.cue_start >= prev.start && f.cue_start < prev.end)
                {
                    claimant = f.actor;
                    source = f.source;
                }
            }
            if claimant.is_some() {
                out.push(mk(
                    rule.kind,
                    claimant,
                    source,
                    None,
                    None,
                    None,
                    (ms, me),
                    hedged,
                ));
            }
        }
        ClaimKind::Control => {
            // "the jihadists never took the position", "failed to seize
            // the town": a denial, no claim of control.
            let lead = super::before(text, ms, 24).trim_end().to_ascii_lowercase();
            if ["never", "not", "n't", "failed to", "unable to", "nor"]
                .iter()
                .any(|w| lead.ends_with(w))
            {
                return out;
            }
            if rule.id == "control/passive" {
                // "Gao was taken to hospital", "taken into custody".
                let next = super::after(text, me, 16).trim_start().to_ascii_lowercase();
                if ["to ", "into ", "away", "hostage", "prisoner", "captive"]
                    .iter()
                    .any(|w| next.starts_with(w))
                {
                    return out;
                }
            }
            let count = g("count").and_then(|c| counts.parse(c.as_str()));
            let subject = g("subj")
                .and_then(|s| lex.subject_class(s.as_str()))
                .or_else(|| g("common").map(|c| c.as_str().to_lowercase()))
                .or_else(|| {
                    g("place")
                        .or_else(|| g("rplace"))
                        .map(|p| p.as_str().trim_end_matches("'s").to_string())
                });
            // "the ports of occupied Palestine", "in occupied Crimea": an
            // adjective after a preposition or article, not a verb.
            if m.as_str()
                .get(..9)
                .is_some_and(|v| v.eq_ignore_ascii_case("occupied "))
            {
                let word = lead.rsplit(|c: char| !c.is_ascii_alphabetic()).next();
                if matches!(
                    word,
                    Some(
                        "of" | "in"
                            | "into"
                            | "to"
                            | "from"
                            | "the"
                            | "across"
                            | "inside"
                            | "toward"
                            | "towards"
                            | "on"
                            | "within"
                            | "and"
                    )
                ) {
                    return out;
                }
            }
            if let Some(p) = g("place").or_else(|| g("rplace")) {
                // "the province holds Pakistan's largest reserves": what a
                // place holds is not a place held.
                let verb = m
                    .as_str()
                    .trim_start_matches(|c: char| !c.is_ascii_alphabetic());
                if p.as_str().ends_with("'s")
                    && ["hold ", "holds ", "controls "].iter().any(|w| {
                        verb.get(..w.len())
                            .is_some_and(|v| v.eq_ignore_ascii_case(w))
                    })
                {
                    return out;
                }
                // A capitalised object must be a place, not a party or a person.
                let ps = base + p.start();
                let i = ctx.places.partition_point(|pl| pl.end <= ps);
                if !ctx.places.get(i).is_some_and(|pl| pl.start <= ps) {
                    return out;
                }
            }
            if claimant.is_none() {
                if let Some((a, _)) = clause_subject(true) {
                    if a.is_some_and(|a| ctx.entry(a).kind == ActorKind::ArmedGroup) {
                        claimant = a;
                    }
                }
            }
            out.push(mk(
                rule.kind,
                claimant,
                source,
                subject,
                Some("seized".into()),
                count,
                (ms, me),
                hedged,
            ));
        }
        ClaimKind::Repelled => {
            if claimant.is_none() {
                if let Some(spk) = clause_subject(true) {
                    claimant = spk.0;
                }
            }
            out.push(mk(
                rule.kind,
                claimant,
                source,
                Some("attack".into()),
                Some("repelled".into()),
                None,
                (ms, me),
                hedged,
            ));
        }
        ClaimKind::Materiel => {
            let items = g("items")
                .map(|i| lex.items_of(i.as_str()))
                .unwrap_or_default();
            if items.is_empty() {
                return out;
            }
            // A figure that opens the items: "15 combat vehicles", "some
            // 20 motorcycles" (the longest run of words that is one).
            let count = g("items").and_then(|i| {
                let words: Vec<&str> = i.as_str().split_whitespace().take(4).collect();
                (1..words.len())
                    .rev()
                    .find_map(|n| counts.parse(&words[..n].join(" ")))
            });
            let mut c = mk(
                rule.kind,
                claimant,
                source,
                None,
                Some("seized".into()),
                count,
                (ms, me),
                hedged,
            );
            c.items = items;
            out.push(c);
        }
        ClaimKind::Responsibility => {
            let lead = super::before(text, ms, 40).to_ascii_lowercase();
            if lead.trim_end().ends_with("no")
                || lead.trim_end().ends_with("not")
                || [
                    "no immediate",
                    "no group",
                    "no one",
                    "nobody",
                    "not yet",
                    "none of",
                    // "did not name the group behind the ambush".
                    "not name",
                    "not identify",
                    "without naming",
                    "without identifying",
                ]
                .iter()
                .any(|w| lead.contains(w))
            {
                return out;
            }
            // A culprit named only by its kind ("blamed bandits").
            let mut generic: Option<String> = None;
            let (responsible, asserter) = match rule.id {
                "responsibility/said_it_attacked" => {
                    // "its fighters killed by Israel": a passive, not a deed.
                    let by = super::after(text, me, 8).to_ascii_lowercase();
                    if by.trim_start().starts_with("by ") {
                        return out;
                    }
                    let f = frame.and_then(|f| f.actor);
                    // A state force's own strikes are attacks it claims too
                    // ("AFRICOM said it had carried out an air strike"); its
                    // other operations are not.
                    let deed = m.as_str().to_ascii_lowercase();
                    let strike = ["strike", "struck", "targeted"]
                        .iter()
                        .any(|w| deed.contains(w));
                    let state = |a: usize| {
                        matches!(
                            ctx.entry(a).kind,
                            ActorKind::StateForce | ActorKind::International
                        )
                    };
                    match f {
                        Some(a) if ctx.entry(a).kind == ActorKind::ArmedGroup => (Some(a), Some(a)),
                        Some(a) if strike && state(a) => (Some(a), Some(a)),
                        _ => return out,
                    }
                }
                "responsibility/attack_that_claimed" => {
                    let who = g("who").map(|w| (base + w.start(), base + w.end()));
                    match who.and_then(|(a, b)| actor_in(a, b)) {
                        Some(a) => (Some(a), Some(a)),
                        None => return out,
                    }
                }
                "responsibility/named_attacker" => {
                    // The armed group named right before the verb (its
                    // members' noun between), attributed by a speaker who
                    // is another party.
                    let Some(speaker) = claimant else {
                        return out;
                    };
                    let ms_ = &ctx.actors.mentions;
                    let k = ms_.partition_point(|x| x.start < ms);
                    let attacker = k
                        .checked_sub(1)
                        .filter(|&i| {
                            let x = &ms_[i];
                            !x.modifier
                                && text.get(x.end..ms).is_some_and(|gap| {
                                    gap.len() <= 24
                                        && gap.split_whitespace().all(|w| {
                                            matches!(
                                                w.to_ascii_lowercase().as_str(),
                                                "fighters"
                                                    | "militants"
                                                    | "jihadists"
                                                    | "insurgents"
                                                    | "members"
                                                    | "rebels"
                                                    | "gunmen"
                                                    | "had"
                                                    | "have"
                                                    | "has"
                                            )
                                        })
                                })
                        })
                        .and_then(|i| ms_[i].actor)
                        .filter(|&a| a != speaker && ctx.entry(a).kind == ActorKind::ArmedGroup);
                    match attacker {
                        Some(a) => (Some(a), Some(speaker)),
                        None => return out,
                    }
                }
                "responsibility/denied" => {
                    // The denier is the subject of the denying clause.
                    let denier = clause_subject(true).and_then(|s| s.0).or(claimant);
                    match denier {
                        Some(a) => (Some(a), Some(a)),
                        None => return out,
                    }
                }
                "responsibility/blamed" => {
                    // "held the RSF responsible": the party between.
                    let who = g("held")
                        .or_else(|| g("who"))
                        .map(|w| (base + w.start(), base + w.end()));
                    let blamed = who.and_then(|(a, b)| actor_in(a, b));
                    // "a raid ..., which the government blamed on gangs":
                    // the party between the relative pronoun and the verb.
                    let lead = text[sent.start..ms].to_ascii_lowercase();
                    let relative = [" which ", " that ", " whom "]
                        .iter()
                        .filter_map(|w| lead.rfind(w).map(|i| sent.start + i + w.len()))
                        .max()
                        .filter(|&r| ms - r <= 60)
                        .and_then(|r| party_in(r, ms, true))
                        .and_then(|s| s.0);
                    let blamer = relative
                        .or_else(|| clause_subject(true).and_then(|s| s.0))
                        .or(claimant);
                    match blamed {
                        Some(_) => (blamed, blamer),
                        // "blamed terrorists who want ...": no party named,
                        // but a claim about who did it all the same.
                        // Not "was accused of working with rebels".
                        None => match who
                            .filter(|&(a, _)| {
                                !text[a..]
                                    .trim_start()
                                    .get(..3)
                                    .is_some_and(|w| w.eq_ignore_ascii_case("of "))
                            })
                            .and_then(|(a, b)| culprit_in(a, b))
                        {
                            Some(class) => {
                                generic = Some(class);
                                (None, blamer)
                            }
                            None => return out,
                        },
                    }
                }
                _ => {
                    // "X claimed responsibility", "The group behind the
                    // assaults, X", "orchestrated by X".
                    let by = m.as_str().to_ascii_lowercase().ends_with(" by");
                    // Near "by" and within its clause: "masterminded by
                    // foreign handlers, the army said" names no one the
                    // army blames.
                    let window = super::after(text, me, (sent.end - me).min(70));
                    let clause_end = if by {
                        window
                            .find([',', ';', '.', '"'])
                            .into_iter()
                            .chain(window.find(" and "))
                            .min()
                            .unwrap_or(window.len())
                            .min(40)
                    } else {
                        window.len()
                    };
                    // "the attack by extremist groups" names no one: after
                    // an attack noun, only a name counts.
                    let attack_by = by
                        && !m.as_str().to_ascii_lowercase().starts_with("claimed")
                        && ATTACK_BY.is_match(m.as_str());
                    let named_after = if attack_by {
                        let ms_ = &ctx.actors.mentions;
                        let lo = ms_.partition_point(|x| x.start < me);
                        let hi = ms_.partition_point(|x| x.start < me + clause_end);
                        (lo..hi)
                            .find(|&i| ms_[i].actor.is_some() && !ms_[i].modifier)
                            .and_then(|i| ms_[i].actor)
                    } else {
                        actor_in(me, me + clause_end)
                    };
                    let subj = clause_subject(true).and_then(|s| s.0);
                    let group_subj = subj.filter(|&a| ctx.entry(a).kind == ActorKind::ArmedGroup);
                    if by {
                        // "The attack was claimed by X": X claims it.
                        let claimed = m.as_str().to_ascii_lowercase().starts_with("claimed");
                        // "an attack by suspected bandits": a culprit by its
                        // kind when no party is named.
                        if named_after.is_none() && !claimed {
                            generic = culprit_in(me, me + clause_end);
                        }
                        match named_after {
                            Some(a) if claimed => (Some(a), Some(a)),
                            // "The governor condemned the attack by X": the
                            // party of the clause's subject names X.
                            _ => (
                                named_after,
                                claimant.or_else(|| {
                                    clause_subject(true)
                                        .and_then(|s| s.0)
                                        .filter(|&a| Some(a) != named_after)
                                }),
                            ),
                        }
                    } else {
                        let r =
                            group_subj
                                .or(named_after
                                    .filter(|&a| ctx.entry(a).kind == ActorKind::ArmedGroup));
                        (r, claimant.or(r))
                    }
                }
            };
            let subj = match (responsible, generic) {
                (Some(r), _) => ctx.entry(r).id.clone(),
                (None, Some(class)) => class,
                (None, None) => return out,
            };
            hedged |= rule.id == "responsibility/said_it_attacked";
            let subj = Some(subj);
            let outcome = if rule.id == "responsibility/denied" {
                "denied"
            } else {
                "responsible"
            };
            out.push(mk(
                rule.kind,
                asserter,
                source,
                subj,
                Some(outcome.into()),
                None,
                (ms, me),
                hedged,
            ));
        }
        ClaimKind::Characterization => {
            // A second verb of the sentence's subject: "The rebels blamed
            // the army for the shelling and called it a massacre" (not the
            // army, named last).
            let coordinated = text[sent.start..ms]
                .trim_end()
                .strip_suffix("and")
                .is_some_and(|lead| lead.ends_with([' ', ',']));
            if claimant.is_none() && coordinated {
                if let Some(spk) = speaker_in(ctx, sent.start, ms, true) {
                    claimant = spk.0;
                    source = spk.1;
                }
            }
            if claimant.is_none() {
                if let Some(spk) = clause_subject(false) {
                    claimant = spk.0;
                    source = spk.1;
                }
            }
            if claimant.is_none() {
                return out;
            }
            let q = g("q")
                .or_else(|| g("qs"))
                .or_else(|| g("q5"))
                .or_else(|| g("q2"))
                .or_else(|| g("q3"))
                .or_else(|| g("q4"))
                .or_else(|| g("q6"))
                .map(|q| fold_quote(q.as_str()));
            out.push(mk(
                rule.kind,
                claimant,
                source,
                None,
                q,
                None,
                (ms, me),
                hedged,
            ));
        }
    }
    out
}

/// A description folded so that versions that quote it with other
/// spelling or punctuation agree: "Co-ordinated and high-quality," becomes
/// "coordinated and high quality".
fn fold_quote(q: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for w in q.to_lowercase().split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // "co-ordinated" is "coordinated"; other hyphens separate words.
        let w = ["co-", "re-", "pre-", "non-"]
            .iter()
            .find_map(|p| {
                w.strip_prefix(p)
                    .map(|rest| format!("{}{rest}", p.trim_end_matches('-')))
            })
            .unwrap_or_else(|| w.to_string());
        words.extend(w.split('-').filter(|s| !s.is_empty()).map(String::from));
    }
    words.join(" ")
}

/// "2020" after "March" or "in" is a year, not a count.
fn looks_like_year(count: &str, lead: &str) -> bool {
    let c = count.trim();
    let year = c.len() == 4
        && c.bytes().all(|b| b.is_ascii_digit())
        && (c.starts_with("19") || c.starts_with("20"));
    if !year {
        return false;
    }
    let last = lead
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        last.as_str(),
        "in" | "since"
            | "of"
            | "until"
            | "by"
            | "from"
            | "during"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

fn after_qual(rest: &str) -> usize {
    let t = rest.trim_start();
    if t.starts_with("from ") || t.starts_with("of ") {
        rest.find([',', ';', '.']).unwrap_or(rest.len()).min(50)
    } else {
        0
    }
}

/// Applies the rest of the overlap policy and maps claims to the contract.
pub(crate) fn finish(
    ctx: &Ctx<'_, '_>,
    id_of: &dyn Fn(usize) -> String,
    source_index: &[Option<usize>],
) -> Vec<Claim> {
    let found = &ctx.claims;
    // A front-matter claim restated later says nothing new: the same kind,
    // figure and event, subjects and claimants that agree (a missing one
    // agrees with any). Without a figure, the same claimant. The later
    // claims are looked up by kind, figure and event, at most
    // `RESTATED_PER_KEY` of each, so the pass stays linear.
    const RESTATED_PER_KEY: usize = 16;
    type FigureKey = (
        ClaimKind,
        Option<(Option<u64>, Option<u64>, bool)>,
        Option<EventRef>,
    );
    let figure_key = |c: &FoundClaim| -> FigureKey {
        (
            c.kind,
            c.count.as_ref().map(|n| (n.low, n.high, n.approx)),
            c.event,
        )
    };
    let mut later: HashMap<FigureKey, Vec<usize>> = HashMap::new();
    for (i, c) in found.iter().enumerate() {
        let v = later.entry(figure_key(c)).or_default();
        if v.len() < RESTATED_PER_KEY {
            v.push(i);
        }
    }
    // The restatement must say at least as much: a front claim's subject
    // or claimant missing from the later one is not restated by it (a
    // police toll of seven policemen is not restated by "seven bodies").
    let covers = |later: Option<&str>, front: Option<&str>| front.is_none() || later == front;
    let restated = |c: &FoundClaim| {
        later.get(&figure_key(c)).is_some_and(|v| {
            v.iter().map(|&i| &found[i]).any(|b| {
                ctx.sentences[b.sentence].para > ctx.sentences[c.sentence].para
                    && covers(b.subject.as_deref(), c.subject.as_deref())
                    && if c.count.is_some() {
                        c.claimant.is_none() || b.claimant == c.claimant
                    } else {
                        b.claimant == c.claimant
                    }
            })
        })
    };
    let mut out: Vec<Claim> = Vec::new();
    type Key<'a> = (
        ClaimKind,
        Option<usize>,
        Option<&'a str>,
        Option<&'a str>,
        &'a [String],
        Option<EventRef>,
        Option<(Option<u64>, Option<u64>, bool)>,
    );
    let mut keys: std::collections::HashSet<Key<'_>> = std::collections::HashSet::new();
    for c in found {
        if ctx.sentences[c.sentence].role == Role::Front && restated(c) {
            continue;
        }
        let key: Key<'_> = (
            c.kind,
            c.claimant,
            c.subject.as_deref(),
            c.outcome.as_deref(),
            &c.items,
            c.event,
            c.count.as_ref().map(|n| (n.low, n.high, n.approx)),
        );
        if !keys.insert(key) {
            continue;
        }
        out.push(Claim {
            kind: c.kind,
            claimant: c.claimant.map(id_of),
            source: c
                .source
                .and_then(|s| source_index.get(s).copied().flatten()),
            subject: c.subject.clone(),
            outcome: c.outcome.clone(),
            count: c.count.clone(),
            items: c.items.clone(),
            event: c.event,
            location: c.location.clone(),
            date: c.date,
            hedged: c.hedged,
            span: ctx.folded.span(c.start, c.end),
            rule: c.rule.to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_rules_compile_and_are_listed() {
        let lex = Lexicons::default_ref();
        let counts = Counts::new(lex);
        let c = ClaimLex::new(lex, &counts);
        let ids: Vec<&str> = c.rules.iter().map(|r| r.id).collect();
        assert_eq!(ids, RULE_IDS);
        // The rules and helper patterns compile lazily; a pattern that
        // failed to would never match.
        let helpers = [
            &c.list_item,
            &c.continuation,
            &c.own_outcome,
            &c.ellipsis,
            &c.included,
            &c.subject_any,
        ];
        for re in c.rules.iter().map(|r| &r.re).chain(helpers) {
            assert_eq!(re.compile_error(), None);
        }
    }
}

#[cfg(test)]
mod rule_tests {
    //! One line per case, in words other than the seed articles'.
    use crate::{ClaimKind, Document, Extractor};

    /// `(kind, claimant, subject, outcome, low, high)` of a claim.
    type Row = (
        ClaimKind,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<u64>,
        Option<u64>,
    );

    /// The items of the first materiel claim in `text`.
    fn items(text: &str) -> Vec<String> {
        first_claim(text, ClaimKind::Materiel).items
    }

    /// The first claim of `kind` in `text`.
    fn first_claim(text: &str, kind: ClaimKind) -> crate::Claim {
        Extractor::new()
            .extract(&Document::new("t", text))
            .claims
            .into_iter()
            .find(|c| c.kind == kind)
            .unwrap_or_else(|| panic!("no {kind:?} claim in {text:?}"))
    }

    /// The claims of `text`, published on 2024-03-13.
    fn dated(text: &str) -> Vec<crate::Claim> {
        let doc = Document::new("t", text).with_published("2024-03-13".parse().unwrap());
        Extractor::new().extract(&doc).claims
    }

    /// The low figure and event of each casualty claim.
    fn casualty_events(claims: Vec<crate::Claim>) -> Vec<(Option<u64>, Option<crate::EventRef>)> {
        claims
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Casualties)
            .map(|c| (c.count.and_then(|n| n.low), c.event))
            .collect()
    }

    fn claims(text: &str) -> Vec<Row> {
        dated(text)
            .into_iter()
            .map(|c| {
                let (lo, hi) = c.count.map_or((None, None), |n| (n.low, n.high));
                (c.kind, c.claimant, c.subject, c.outcome, lo, hi)
            })
            .collect()
    }

    macro_rules! has {
        ($text:expr, $kind:ident, $claimant:expr, $subject:expr, $outcome:expr, $low:expr, $high:expr) => {{
            let got = claims($text);
            let want = (
                ClaimKind::$kind,
                $claimant.map(String::from),
                $subject.map(String::from),
                $outcome.map(String::from),
                $low,
                $high,
            );
            assert!(
                got.contains(&want),
                "{}\n  want {:?}\n  got  {:?}",
                $text,
                want,
                got
            );
        }};
    }

    macro_rules! none_of {
        ($text:expr, $kind:ident) => {{
            let got = claims($text);
            assert!(
                got.iter().all(|c| c.0 != ClaimKind::$kind),
                "{}\n  got {:?}",
                $text,
                got
            );
        }};
    }

    const N: Option<&str> = None;

    #[test]
    fn casualties_with_figures() {
        has!(
            "Nigeria's army said 17 insurgents were killed near Dikwa.",
            Casualties,
            Some("nigeria_army"),
            Some("militants"),
            Some("killed"),
            Some(17),
            Some(17)
        );
        has!(
            "The militants killed at least 12 villagers, a local official said.",
            Casualties,
            Some("government"),
            Some("civilians"),
            Some("killed"),
            Some(12),
            None
        );
        has!(
            "ISWAP said its fighters killed more than 30 Nigerian soldiers.",
            Casualties,
            Some("iswap"),
            Some("soldiers"),
            Some("killed"),
            Some(31),
            None
        );
        has!(
            "Police said nearly fifty people were wounded in the blast.",
            Casualties,
            N,
            Some("people"),
            Some("wounded"),
            None,
            Some(49)
        );
        has!(
            "Officials put the death toll at between 10 and 15.",
            Casualties,
            Some("government"),
            N,
            Some("killed"),
            Some(10),
            Some(15)
        );
        has!(
            "The bodies of twenty-two herders were found on Monday.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(22),
            Some(22)
        );
        has!(
            "Three policemen died and 4 were injured, the governor said.",
            Casualties,
            Some("government"),
            Some("police"),
            Some("killed"),
            Some(3),
            Some(3)
        );
        has!(
            "Gunmen abducted 40 students from a school in Kuriga.",
            Casualties,
            N,
            Some("students"),
            Some("abducted"),
            Some(40),
            Some(40)
        );
        has!(
            "Dozens of soldiers are still missing.",
            Casualties,
            N,
            Some("soldiers"),
            Some("missing"),
            Some(24),
            None
        );
    }

    /// A party's denial of losses is a toll of none.
    #[test]
    fn none_harmed() {
        has!(
            "The Kenyan army said no civilian was harmed during the operation.",
            Casualties,
            Some("kenya_army"),
            Some("civilians"),
            Some("wounded"),
            Some(0),
            Some(0)
        );
        let rows = claims("Al-Shabab said not a single fighter was killed.");
        let tolls: Vec<_> = rows
            .iter()
            .filter(|r| r.0 == ClaimKind::Casualties)
            .map(|r| (r.4, r.5))
            .collect();
        assert_eq!(tolls, [(Some(0), Some(0))], "{rows:?}");
    }

    /// Tolls put at a figure: "the number of dead", a side's "losses",
    /// and a list that goes on to equipment.
    #[test]
    fn tolls_put_at_a_figure() {
        has!(
            "Local leaders put the number of dead at 31.",
            Casualties,
            N,
            N,
            Some("killed"),
            Some(31),
            Some(31)
        );
        let rows = claims("The Ukrainian army put Russian losses at 90 soldiers, four tanks and six armoured vehicles.");
        let tolls: Vec<_> = rows
            .iter()
            .filter(|r| r.0 == ClaimKind::Casualties)
            .collect();
        assert_eq!(tolls.len(), 1, "{rows:?}");
        assert_eq!(tolls[0].2.as_deref(), Some("soldiers"), "{rows:?}");
        // "N of the group's fighters", in the group's words.
        has!(
            "Ansarul Islam said four of the group's fighters were killed.",
            Casualties,
            Some("ansarul_islam"),
            Some("fighters"),
            Some("killed"),
            Some(4),
            Some(4)
        );
    }

    #[test]
    fn translated_reporting_verbs() {
        // Wire copy translated from French: "déplore", "prétend", "confie".
        has!(
            "The Chadian government deplored the loss of six soldiers in the ambush.",
            Casualties,
            Some("chad_government"),
            Some("soldiers"),
            Some("killed"),
            Some(6),
            Some(6)
        );
        // "recognised, in a communiqué, that", "assures that".
        has!(
            "The Nigerien army recognised in a second statement that nine soldiers died.",
            Casualties,
            Some("niger_army"),
            Some("soldiers"),
            Some("killed"),
            Some(9),
            Some(9)
        );
        // A monitor's tally.
        has!(
            "ACLED recorded more than 300 civilians killed in the province last year.",
            Casualties,
            Some("acled"),
            Some("civilians"),
            Some("killed"),
            Some(301),
            None
        );
        let c = first_claim(
            "Boko Haram pretends that its fighters killed 30 soldiers.",
            ClaimKind::Casualties,
        );
        assert_eq!(c.claimant.as_deref(), Some("boko_haram"));
        assert!(c.hedged, "{c:?}");
    }

    #[test]
    fn nationals_named_by_their_demonym_are_people() {
        has!(
            "The shelling has killed more than 4,500 Ukrainians since March, the monitor said.",
            Casualties,
            N,
            Some("people"),
            Some("killed"),
            Some(4501),
            None
        );
        has!(
            "Three Pakistanis were kidnapped on the highway.",
            Casualties,
            N,
            Some("people"),
            Some("abducted"),
            Some(3),
            Some(3)
        );
        // The noun after a demonym is the subject.
        has!(
            "Four Kenyan soldiers died in the blast.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(4),
            Some(4)
        );
    }

    #[test]
    fn casualties_without_figures() {
        has!(
            "The ministry said \"terrorists\" were neutralised but gave no number.",
            Casualties,
            Some("government"),
            Some("militants"),
            Some("neutralised"),
            None,
            None
        );
        none_of!(
            "Jihadist fighters have carried out a series of raids.",
            Casualties
        );
        none_of!("The army executed a plan to retake the road.", Casualties);
    }

    #[test]
    fn years_and_times_are_not_tolls() {
        has!(
            "In June 2019 some 60 soldiers were killed at Boulkessi.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(60),
            Some(60)
        );
        let got = claims("In June 2019 some 60 soldiers were killed at Boulkessi.");
        assert!(got.iter().all(|c| c.4 != Some(2019)), "{got:?}");
    }

    #[test]
    fn undisclosed_figures() {
        has!(
            "Kenya's police did not specify the number of officers wounded.",
            Undisclosed,
            Some("kenya_police"),
            N,
            N,
            None,
            None
        );
        none_of!(
            "It is not the first time that a number of rangers have been hurt.",
            Undisclosed
        );
        has!(
            "Kenya's police said officers had suffered losses, without giving a number.",
            Undisclosed,
            Some("kenya_police"),
            N,
            N,
            None,
            None
        );
        has!(
            "The Nigerien army did not give a toll.",
            Undisclosed,
            Some("niger_army"),
            N,
            N,
            None,
            None
        );
        has!(
            "Boko Haram has not commented on the claims.",
            Undisclosed,
            Some("boko_haram"),
            N,
            N,
            None,
            None
        );
        none_of!(
            "The convoy did not reach the town before nightfall.",
            Undisclosed
        );
        has!(
            "Boko Haram has not issued any statement on the raid.",
            Undisclosed,
            Some("boko_haram"),
            N,
            N,
            None,
            None
        );
        // With no party in its own clause, the speaker withholds the
        // figure, not a party named in what was reported.
        has!(
            "The army said troops had fought off an attack by ISWAP fighters, without giving any figures.",
            Undisclosed,
            Some("army"),
            N,
            N,
            None,
            None
        );
        has!(
            "Chad's army said on Monday it had repelled an attack. It said \"several\" Boko Haram fighters were killed but did not give a toll.",
            Undisclosed,
            Some("chad_army"),
            N,
            N,
            None,
            None
        );
    }

    #[test]
    fn control_repelled_materiel() {
        has!(
            "M23 rebels said they had taken control of the town of Rubaya.",
            Control,
            Some("m23"),
            Some("Rubaya"),
            Some("seized"),
            None,
            None
        );
        has!(
            "Fighters overran two army posts near Djibo.",
            Control,
            N,
            Some("bases"),
            Some("seized"),
            Some(2),
            Some(2)
        );
        has!(
            "Chad's army said it repelled an attack on its base at Kaiga.",
            Repelled,
            Some("chad_army"),
            Some("attack"),
            Some("repelled"),
            None,
            None
        );
        none_of!("The army took the wounded to hospital.", Materiel);
        assert_eq!(
            items("The army said it seized rifles, ammunition and three pick-up trucks."),
            ["weapons", "ammunition", "trucks"]
        );
        // Arms named by kind, with the adjectives lists give them.
        assert_eq!(
            items(
                "Police said they seized nine pistols, two grenade launchers, \
                 four home-made guns, boxes of bullets and an abandoned APC."
            ),
            ["weapons", "ammunition", "vehicles"]
        );
        assert_eq!(
            items("The raiders drove off 300 cattle, villagers said."),
            ["livestock"]
        );
        // A quoted amount before "of": "a large stock" of ammunition.
        assert_eq!(
            items("Rebels seized a truck and \"a big cache\" of ammunition."),
            ["trucks", "ammunition"]
        );
        assert_eq!(
            items("They looted medicines, cash and a pick-up before leaving."),
            ["supplies", "cash", "vehicles"]
        );
    }

    /// "planned by X": X is the party named right after "by", in its
    /// clause; a party named after the clause is not the one blamed.
    #[test]
    fn the_party_after_planned_by_is_the_one_blamed() {
        let rows = claims("The raid was planned and directed by al-Shabab, the Kenyan army said.");
        assert!(
            rows.iter()
                .any(|r| r.0 == ClaimKind::Responsibility && r.2.as_deref() == Some("al_shabab")),
            "{rows:?}"
        );
        let rows = claims("The raid was planned by foreign handlers, the Kenyan army said.");
        assert!(
            rows.iter().all(|r| r.0 != ClaimKind::Responsibility),
            "{rows:?}"
        );
    }

    /// The (claimant, subject) of each claim of `kind` in `text`.
    fn claimant_subject(text: &str, kind: ClaimKind) -> Vec<(Option<String>, Option<String>)> {
        claims(text)
            .into_iter()
            .filter(|r| r.0 == kind)
            .map(|r| (r.1, r.2))
            .collect()
    }

    /// "fell" (or "had fallen") alone is a death where the clause ends or a
    /// circumstance follows, not in "fell ill", "fell into", "fell back".
    #[test]
    fn fell_alone() {
        has!(
            "The NPA said that four of its fighters fell in the clash.",
            Casualties,
            Some("npa"),
            Some("fighters"),
            Some("killed"),
            Some(4),
            Some(4)
        );
        has!(
            "Niger's army said five soldiers had fallen \"weapons in hand\" at the checkpoint.",
            Casualties,
            Some("niger_army"),
            Some("soldiers"),
            Some("killed"),
            Some(5),
            Some(5)
        );
        for text in [
            "The army said six soldiers fell ill after the patrol.",
            "Police said two officers had fallen into an ambush near the bridge.",
            "Police said two officers fell into an ambush near the bridge.",
            "Eight civilians fell victim to the shelling, residents said.",
        ] {
            assert!(
                claimant_subject(text, ClaimKind::Casualties).is_empty(),
                "{text}"
            );
        }
    }

    /// Saboteurs and intruders are attackers.
    #[test]
    fn saboteurs_and_intruders_are_militants() {
        for text in [
            "The border guards said 14 saboteurs were killed.",
            "Police said two intruders were shot dead at the gate.",
        ] {
            assert_eq!(
                claimant_subject(text, ClaimKind::Casualties)
                    .first()
                    .and_then(|r| r.1.clone())
                    .as_deref(),
                Some("militants"),
                "{text}"
            );
        }
    }

    /// A modifier of the word table stands between a figure and its noun
    /// ("two dock workers"), and so does one a reader adds there; an
    /// unlisted one still breaks the phrase, as before.
    #[test]
    fn listed_modifiers_before_the_noun() {
        let subj = |text: &str| -> Vec<(Option<String>, Option<u64>)> {
            dated(text)
                .into_iter()
                .filter(|c| c.kind == ClaimKind::Casualties)
                .map(|c| (c.subject, c.count.and_then(|n| n.low)))
                .collect()
        };
        let got = subj(
            "A car bomb killed nine people, among them two dock workers, and injured 14 others.",
        );
        assert!(
            got.contains(&(Some("civilians".into()), Some(2))),
            "{got:?}"
        );
        assert!(got.contains(&(Some("people".into()), Some(14))), "{got:?}");
        let got = subj("The raiders shot dead four elderly farmers and three off-duty constables.");
        assert!(
            got.contains(&(Some("civilians".into()), Some(4))),
            "{got:?}"
        );
        assert!(got.contains(&(Some("police".into()), Some(3))), "{got:?}");
        let got = subj("Two community leaders and a nurse were abducted from the clinic.");
        assert!(
            got.contains(&(Some("civilians".into()), Some(2))),
            "{got:?}"
        );
        // A figure after "and added that" shares the noun before it.
        let got =
            subj("The spokesman said 40 soldiers were killed and added that 12 had been wounded.");
        assert!(
            got.contains(&(Some("soldiers".into()), Some(12))),
            "{got:?}"
        );
        // Not a modifier: a verb between the figure and the noun.
        let got = subj("The two sides said soldiers had been wounded.");
        assert!(!got.iter().any(|g| g.1 == Some(2)), "{got:?}");
    }

    /// Victims in an object relative clause: "the nine soldiers it
    /// captured", "five soldiers they said were killed".
    #[test]
    fn victims_in_an_object_relative_clause() {
        has!(
            "The rebels paraded the 14 policemen they captured at the dam.",
            Casualties,
            None::<&str>,
            Some("police"),
            Some("captured"),
            Some(14),
            Some(14)
        );
        has!(
            "The group named six soldiers it said were killed in the raid.",
            Casualties,
            None::<&str>,
            Some("soldiers"),
            Some("killed"),
            Some(6),
            Some(6)
        );
    }

    /// A sub-figure in apposition does not end the list of figures: "killed
    /// eight herders, three of them boys, and wounded 15 others".
    #[test]
    fn a_second_figure_after_a_sub_figure_in_apposition() {
        let text = "Raiders killed eight herders, three of them boys, and wounded 15 others near the wells.";
        has!(
            text,
            Casualties,
            None::<&str>,
            Some("civilians"),
            Some("wounded"),
            Some(15),
            Some(15)
        );
        let text = "Eleven gendarmes died, among them a captain, and four others were hurt.";
        has!(
            text,
            Casualties,
            None::<&str>,
            Some("police"),
            Some("wounded"),
            Some(4),
            Some(4)
        );
    }

    /// Outcomes named as nouns, as translated reports write them: "the
    /// killing of 20 of the attacking elements, the martyrdom of four
    /// soldiers and the injury of nine others", "the kidnapping of 30
    /// students".
    #[test]
    fn outcomes_written_as_nouns() {
        let text = "The ministry announced the killing of more than 30 of the attacking gunmen, and the martyrdom of two policemen and the injury of five others.";
        let gov = Some("government");
        has!(
            text,
            Casualties,
            gov,
            Some("militants"),
            Some("killed"),
            Some(31),
            None
        );
        has!(
            text,
            Casualties,
            gov,
            Some("police"),
            Some("killed"),
            Some(2),
            Some(2)
        );
        has!(
            text,
            Casualties,
            gov,
            Some("police"),
            Some("wounded"),
            Some(5),
            Some(5)
        );
        has!(
            "Residents decried the abduction of 14 farmers near the dam.",
            Casualties,
            None::<&str>,
            Some("civilians"),
            Some("abducted"),
            Some(14),
            Some(14)
        );
    }

    /// "put the army's dead at 40": the party's own men; "the group's
    /// forces remain in control" is the group's claim of the attack.
    #[test]
    fn a_party_named_with_its_toll_and_a_group_that_holds_on() {
        let subjects = |text: &str| -> Vec<Option<String>> {
            claimant_subject(text, ClaimKind::Casualties)
                .into_iter()
                .map(|g| g.1)
                .collect()
        };
        let got = subjects("Two police officers put the army's dead at between 20 and 25.");
        assert!(got.contains(&Some("soldiers".into())), "{got:?}");
        // A party named before the toll, without a possessive: an armed
        // group's own dead are its fighters; a place names no party.
        let got = subjects("A rights monitor put the Houthi toll at 14 dead.");
        assert!(got.contains(&Some("fighters".into())), "{got:?}");
        let got = subjects("Hospital staff put the Marib death toll at 14.");
        assert!(got.iter().all(Option::is_none), "{got:?}");
        let got = claimant_subject(
            "In a video, an al-Shabaab commander said the group's fighters remain in full control of the village.",
            ClaimKind::Responsibility,
        );
        assert!(!got.is_empty(), "{got:?}");
    }

    /// A group's own men are its fighters; its enemies' dead are militants.
    #[test]
    fn own_fighters_are_fighters() {
        let subj = |text: &str| -> Vec<Option<String>> {
            claims(text)
                .into_iter()
                .filter(|r| r.0 == ClaimKind::Casualties)
                .map(|r| r.2)
                .collect()
        };
        let f = Some("fighters".to_string());
        let m = Some("militants".to_string());
        assert_eq!(
            subj("The TTP said three of its fighters died in the raid."),
            std::slice::from_ref(&f)
        );
        assert_eq!(
            subj("Al-Shabab said two al-Shabab fighters were wounded."),
            std::slice::from_ref(&f)
        );
        // Its "martyrs", its losses "in our ranks", its "men" and "people"
        // in its own words, and the fighters it says it lost.
        for text in [
            "The Houthis said they had lost four martyrs in the raid.",
            "A TTP commander said: \"We suffered two dead in our ranks.\"",
            "The TTP said none of its men were hurt in the clash.",
            "A TTP commander said four of our people were wounded.",
            "The TTP said it lost five fighters near the border post.",
            "A TTP commander said: \"We lost one martyr, God rest him.\"",
        ] {
            assert_eq!(subj(text), std::slice::from_ref(&f), "{text}");
        }
        assert_eq!(
            subj("The army said it mourned three martyrs after the ambush."),
            [Some("soldiers".to_string())]
        );
        // A monitor counting a named group's dead.
        assert_eq!(
            subj("The Syrian Observatory for Human Rights said six SDF members were killed."),
            [f]
        );
        // The other side's dead stay militants, also as another's loss.
        assert_eq!(
            subj("The Kenyan army said it killed 14 al-Shabab fighters."),
            std::slice::from_ref(&m)
        );
        assert_eq!(
            subj("The Kenyan army said al-Shabab lost 14 fighters."),
            std::slice::from_ref(&m)
        );
        assert_eq!(subj("The Somali army said it killed 14 fighters."), [m]);
    }

    /// Who holds whom responsible, blames whom, or says its own men took
    /// a place.
    #[test]
    fn blame_and_own_deeds() {
        let resp = |text: &str| claimant_subject(text, ClaimKind::Responsibility);
        let pair = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
        // "held X (fully) responsible".
        assert!(resp(
            "The Kenyan government held al-Shabab directly responsible for the bus bombing."
        )
        .contains(&pair("kenya_government", "al_shabab")));
        // A culprit named by its kind only.
        assert!(resp("The county commissioner said two herders died and blamed armed bandits from across the river.")
            .iter()
            .any(|r| r.1.as_deref() == Some("militants")));
        // The party right before the verb of a relative clause blames.
        assert!(resp(
            "It follows a raid on a prison, which Fano said freed 300 inmates and which the Ethiopian government blamed on bandit groups."
        )
        .iter()
        .any(|r| r.0.as_deref() == Some("ethiopia_government")));
        // Not a passive "accused of".
        assert!(resp("The mayor was accused of arming the rebels.").is_empty());
        // "attributes the offensive to X".
        assert!(!resp("The Nigerian army attributes the incursion to ISWAP.").is_empty());
        // A group's own fighters taking a place, and a headline claim.
        assert!(resp(
            "The TTP said its fighters had entered Wana after overrunning two checkpoints."
        )
        .contains(&pair("ttp", "ttp")));
        assert!(
            resp("Al-Shabab claims the capture of a town on the Juba river.")
                .contains(&pair("al_shabab", "al_shabab"))
        );
        assert!(resp("ISWAP claims four army positions near the lake.")
            .contains(&pair("iswap", "iswap")));
        // A state force taking a place is no claim of an attack, nor are
        // the wounded it took to hospital.
        assert!(
            resp("The army said its soldiers took the wounded to a clinic in Wana.").is_empty()
        );
        // "the Israeli enemy": a side's word for the other side's forces.
        assert!(
            resp("The Lebanese army accused \"the Israeli enemy\" of shelling the village.")
                .contains(&pair("lebanon_army", "israel_army"))
        );
    }

    /// "an attack by X": the speaker, or the subject of the clause, names X.
    #[test]
    fn an_attack_by_a_party_names_it() {
        let rows = claims("Two rangers died in an ambush by ADF fighters, the Ugandan army said.");
        assert!(
            rows.iter().any(|r| r.0 == ClaimKind::Responsibility
                && r.1.as_deref() == Some("uganda_army")
                && r.2.as_deref() == Some("adf")),
            "{rows:?}"
        );
        let rows =
            claims("Kenya's interior minister condemned the raid by al-Shabab on the village.");
        assert!(
            rows.iter().any(|r| r.0 == ClaimKind::Responsibility
                && r.1.as_deref() == Some("kenya_government")
                && r.2.as_deref() == Some("al_shabab")),
            "{rows:?}"
        );
        // A generic noun after "by" names no party, even with a group named
        // before: the culprit is the noun's class.
        let rows = claims(
            "Fano fighters entered the town. The government said it had foiled the attack by extremist groups.",
        );
        assert!(
            rows.iter().all(|r| r.0 != ClaimKind::Responsibility
                || (r.1.as_deref() == Some("government") && r.2.as_deref() == Some("militants"))),
            "{rows:?}"
        );
        assert!(
            rows.iter().any(|r| r.0 == ClaimKind::Responsibility),
            "{rows:?}"
        );
        // Unknown culprits are no attribution.
        let rows = claims("The attack by unidentified gunmen left three people dead.");
        assert!(
            rows.iter().all(|r| r.0 != ClaimKind::Responsibility),
            "{rows:?}"
        );
    }

    #[test]
    fn responsibility_and_characterization() {
        // A headline claim, without a determiner.
        has!(
            "Boko Haram claims twin bomb attack on Konduga market",
            Responsibility,
            Some("boko_haram"),
            Some("boko_haram"),
            Some("responsible"),
            None,
            None
        );
        none_of!(
            "The governor claims attacks have fallen since May.",
            Responsibility
        );
        has!(
            "Al-Shabab claimed responsibility for the bombing.",
            Responsibility,
            Some("al_shabab"),
            Some("al_shabab"),
            Some("responsible"),
            None,
            None
        );
        has!(
            "The governor attributed the ambush to Boko Haram.",
            Responsibility,
            None::<&str>,
            Some("boko_haram"),
            Some("responsible"),
            None,
            None
        );
        has!(
            "The government blamed Boko Haram for the massacre.",
            Responsibility,
            Some("government"),
            Some("boko_haram"),
            Some("responsible"),
            None,
            None
        );
        none_of!(
            "There was no immediate claim of responsibility.",
            Responsibility
        );
        // A group's report of what its own fighters did.
        has!(
            "Boko Haram said in a video that its fighters had \"killed dozens of soldiers\" near the lake.",
            Responsibility,
            Some("boko_haram"),
            Some("boko_haram"),
            Some("responsible"),
            None,
            None
        );
        has!(
            "Al-Shabab said it had taken control of the district headquarters.",
            Responsibility,
            Some("al_shabab"),
            Some("al_shabab"),
            Some("responsible"),
            None,
            None
        );
        has!(
            "Al-Shabab attacked the town. A spokesman for the group said his fighters had killed nine soldiers.",
            Responsibility,
            Some("al_shabab"),
            Some("al_shabab"),
            Some("responsible"),
            None,
            None
        );
        // The same words from a state force claim nothing of the kind.
        none_of!(
            "The army said it had killed 30 insurgents in the forest.",
            Responsibility
        );
        // An epithet for the attack in a speaker's words.
        let c = first_claim(
            "\"Such a barbaric act will not go unpunished,\" the Chadian army said.",
            ClaimKind::Characterization,
        );
        assert_eq!(c.claimant.as_deref(), Some("chad_army"));
        assert_eq!(c.outcome.as_deref(), Some("barbaric"));
        none_of!(
            "Residents described a cowardly attack on the market.",
            Characterization
        );
        let c = first_claim(
            "ISWAP described the raid as \"a great victory\" in a Telegram post.",
            ClaimKind::Characterization,
        );
        assert_eq!(c.claimant.as_deref(), Some("iswap"));
    }

    #[test]
    fn bodies_of_coordinated_others_and_single_items() {
        has!(
            "Villagers said they buried the 14 bodies of civilians on Friday.",
            Casualties,
            None::<&str>,
            Some("civilians"),
            Some("killed"),
            Some(14),
            Some(14)
        );
        has!(
            "Five gendarmes died, whereas three others were badly hurt.",
            Casualties,
            None::<&str>,
            Some("police"),
            Some("wounded"),
            Some(3),
            Some(3)
        );
        // A part of the figure in apposition, and a figure after a phrase
        // of place.
        has!(
            "Nine people, four of them soldiers, died in the ambush.",
            Casualties,
            None::<&str>,
            Some("soldiers"),
            Some("killed"),
            Some(4),
            Some(4)
        );
        has!(
            "Some 30 villagers, among them six children, were abducted.",
            Casualties,
            None::<&str>,
            Some("children"),
            Some("abducted"),
            Some(6),
            Some(6)
        );
        has!(
            "Two policemen were shot dead at the gate and four others were hurt.",
            Casualties,
            None::<&str>,
            Some("police"),
            Some("wounded"),
            Some(4),
            Some(4)
        );
        has!(
            "The number of villagers killed when gunmen stormed the market has risen to 31, officials said.",
            Casualties,
            Some("government"),
            Some("civilians"),
            Some("killed"),
            Some(31),
            Some(31)
        );
        assert_eq!(
            items("The militia said it recovered \"considerable quantities of ammunition\"."),
            ["ammunition"]
        );
        assert_eq!(
            items("Weapons seized from the gunmen included 30 rifles and a gun truck."),
            ["weapons", "vehicles"]
        );
        assert_eq!(
            items("A pickup truck and a machine gun were taken from the post."),
            ["vehicles", "weapons"]
        );
        // A quoted quantity, and items joined by "as well as", "loaded
        // with" and "including".
        assert_eq!(
            items("The rebels said they carried off \"a huge stock\" of rifles as well as three pickups."),
            ["weapons", "vehicles"]
        );
        let m = first_claim(
            "The group said it captured a lorry loaded with mortars and ammunition.",
            ClaimKind::Materiel,
        );
        assert!(m.items.contains(&"ammunition".to_string()), "{:?}", m.items);
        // The items after ", including" once the verb has no object.
        assert_eq!(
            items("Police said stolen goods were recovered, including about thirty rifles."),
            ["weapons"]
        );
        // No item, no claim: "as well as" joins only items.
        assert!(claims("Troops seized the hill as well as the bridge.")
            .iter()
            .all(|c| c.0 != ClaimKind::Materiel));
    }

    #[test]
    fn a_cue_of_an_earlier_event_is_about_what_follows_it() {
        let events = |text: &str| {
            let doc = Document::new("t", text).with_published("2024-05-20".parse().unwrap());
            casualty_events(Extractor::new().extract(&doc).claims)
        };
        use crate::EventRef::{Current, Prior};
        // After a comma or "and", the cue opens what comes next.
        assert_eq!(
            events("Rebels said they shot dead 8 herders at the well and, in a separate raid, 3 guards."),
            [(Some(8), Some(Current))]
        );
        // Right after the figure, it is the figure's.
        assert_eq!(
            events("Two policemen were killed in a previous attack on the well."),
            [(Some(2), Some(Prior))]
        );
        // Before it, too.
        assert_eq!(
            events("In a separate attack, bandits killed 4 traders."),
            [(Some(4), Some(Prior))]
        );
        // The date of a truce is not the date of the event.
        assert_eq!(
            events("Militias broke the March 2022 ceasefire, killing 6 herders."),
            [(Some(6), Some(Current))]
        );
    }

    #[test]
    fn a_toll_put_at_a_quoted_figure() {
        has!(
            "A doctor put the number of rangers wounded at \"more than 30\".",
            Casualties,
            N,
            Some("rangers"),
            Some("wounded"),
            Some(31),
            None::<u64>
        );
    }

    #[test]
    fn numbered_or_quoted_paragraphs_after_a_colon_are_the_speakers() {
        let text = "The Kenyan army announced the following:\n\n1. Gunmen struck a camp at dawn.\n\n2. Seven rangers died in the fighting. Twelve rifles were recovered or destroyed.\n\nFour traders were wounded, residents said.\n\nTwo herders were wounded.";
        has!(
            text,
            Casualties,
            Some("kenya_army"),
            Some("rangers"),
            Some("killed"),
            Some(7),
            Some(7)
        );
        has!(
            text,
            Materiel,
            Some("kenya_army"),
            None::<&str>,
            Some("seized"),
            Some(12),
            Some(12)
        );
        // The block ends at the first paragraph that is neither numbered
        // nor quoted.
        has!(
            text,
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(2),
            Some(2)
        );
        has!(
            "The ministry of defence of Kenya said in a statement:\n\n\"Our men killed 14 attackers near the wells.\"",
            Casualties,
            Some("kenya_government"),
            Some("militants"),
            Some("killed"),
            Some(14),
            Some(14)
        );
    }

    /// A quotation opened after the colon runs through its paragraphs; a
    /// colon sentence with no cue ("It reads in part:") takes the report
    /// of the sentence before it, here a source with no cue at all.
    #[test]
    fn a_quotation_after_a_colon_runs_to_its_closing_mark() {
        let text = "Gunmen raided Kofar Gabas on Sunday. The police gave their account in a press release signed by the command spokesperson, DSP Musa Adamu. It reads in part:\n\n\"POLICE FOIL RAID ON KOFAR GABAS\n\nOn receipt of a distress call, operatives were deployed to the area.\n\nThey neutralised three (3) of the gunmen and rescued nine (9) captives.\"\n\nResidents said five farmers were killed.";
        has!(
            text,
            Casualties,
            Some("army"),
            Some("militants"),
            Some("neutralised"),
            Some(3),
            Some(3)
        );
        // After the closing mark, the report ends.
        has!(
            text,
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(5),
            Some(5)
        );
        // A mark never closed runs on only until a paragraph with a report
        // of its own.
        let stray = "Kenya's army said in a statement:\n\n\"Our troops repelled the raid.\n\nThe rebels said they killed nine soldiers.\n\nTwo herders were wounded.";
        has!(
            stray,
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(2),
            Some(2)
        );
        // Without a quotation, a plain paragraph ends the block.
        let plain = "The police gave their account in a press release signed by the command spokesperson, DSP Musa Adamu. It reads in part:\n\nOn receipt of a distress call, operatives were deployed.\n\nGunmen killed five farmers.";
        has!(
            plain,
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(5),
            Some(5)
        );
    }

    /// "Two people were killed, a farmer said": the noun after the comma
    /// speaks; it is no second victim.
    #[test]
    fn a_noun_before_a_reporting_verb_is_no_coordinated_victim() {
        let got = claims("Two people were killed near the ford, a fisherman said.");
        assert_eq!(got.len(), 1, "{got:?}");
        has!(
            "Two people were killed near the ford, a fisherman and a child.",
            Casualties,
            N,
            Some("children"),
            Some("killed"),
            Some(1),
            Some(1)
        );
    }

    #[test]
    fn a_cue_right_after_a_comma_goes_on_with_the_report_before_it() {
        // A headline: "government says ..., claims ...", and "fallen".
        let text =
            "Kenya: government says nine fallen rangers and police, claims 40 bandits killed";
        has!(
            text,
            Casualties,
            Some("kenya_government"),
            Some("rangers"),
            Some("killed"),
            Some(9),
            Some(9)
        );
        has!(
            text,
            Casualties,
            Some("kenya_government"),
            Some("militants"),
            Some("killed"),
            Some(40),
            Some(40)
        );
        // Not when the subject stands before a parenthetical comma.
        has!(
            "Al-Shabaab said it took the town; Kenya's army, however, said it repelled the raid.",
            Repelled,
            Some("kenya_army"),
            Some("attack"),
            Some("repelled"),
            None,
            None
        );
    }

    #[test]
    fn present_tense_cues_documents_after_the_cue_and_capitals_before_it() {
        // "indicates the text": the document of the report before.
        let text = "Kenya's army said in a communique that a patrol was ambushed near Garissa. \"The troops neutralised some twenty assailants,\" indicates the text.";
        has!(
            text,
            Casualties,
            Some("kenya_army"),
            Some("militants"),
            Some("neutralised"),
            Some(20),
            Some(20)
        );
        has!(
            "Al-Shabaab affirms having killed 15 rangers near the lake.",
            Casualties,
            Some("al_shabab"),
            Some("rangers"),
            Some("killed"),
            Some(15),
            Some(15)
        );
    }

    #[test]
    fn a_paragraph_that_opens_with_a_report_goes_on_with_it() {
        let text = "Ali Musa, a spokesman for Al-Shabaab, gave the group's account on Monday. The fighters stormed the base at dawn. They killed 30 soldiers and took 6 prisoners. Last year, 12 police officers died in a raid on the same town.\n\nTwo traders were wounded.";
        has!(
            text,
            Casualties,
            Some("al_shabab"),
            Some("soldiers"),
            Some("killed"),
            Some(30),
            Some(30)
        );
        // Not background, not past the paragraph.
        has!(
            text,
            Casualties,
            N,
            Some("police"),
            Some("killed"),
            Some(12),
            Some(12)
        );
        has!(
            text,
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(2),
            Some(2)
        );
    }

    #[test]
    fn others_after_two_subjects_and_items_along_with_captives() {
        let text = "The rebels said they killed dozens of rangers and allied militiamen and captured 40 others, along with nine pickup trucks and boxes of ammunition.";
        has!(
            text,
            Casualties,
            N,
            Some("rangers"),
            Some("captured"),
            Some(40),
            Some(40)
        );
        has!(
            text,
            Materiel,
            N,
            None::<&str>,
            Some("seized"),
            Some(9),
            Some(9)
        );
        // The second subject in quotes, the captives after a comma.
        has!(
            "The rebels said they killed 20 rangers and 'militiamen', captured 6 others and burned a post.",
            Casualties,
            N,
            Some("rangers"),
            Some("captured"),
            Some(6),
            Some(6)
        );
    }

    #[test]
    fn others_receiving_treatment_after_a_cause_of_death() {
        has!(
            "Two rangers died of their wounds while 11 others were receiving treatment.",
            Casualties,
            N,
            Some("rangers"),
            Some("wounded"),
            Some(11),
            Some(11)
        );
        has!(
            "Six herders were hospitalised after the raid.",
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(6),
            Some(6)
        );
    }

    #[test]
    fn a_second_outcome_after_to_have() {
        has!(
            "The rebels claimed to have killed 12 rangers and to have captured one alive.",
            Casualties,
            N,
            Some("rangers"),
            Some("captured"),
            Some(1),
            Some(1)
        );
    }

    #[test]
    fn others_opening_a_sentence_are_the_victims_counted_before() {
        let text = "Nine rangers, among them two women, were killed near the river. More than 20 others were wounded in the crossfire.";
        has!(
            text,
            Casualties,
            N,
            Some("rangers"),
            Some("wounded"),
            Some(21),
            None::<u64>
        );
        has!(
            "Six herders were shot dead. Three others are still missing.",
            Casualties,
            N,
            Some("civilians"),
            Some("missing"),
            Some(3),
            Some(3)
        );
    }

    #[test]
    fn our_side_with_no_speaker_is_the_latest_speakers() {
        let text = "The raid began at dawn. \"We repelled them,\" Kenya's army said. On the friendly side, the toll is two dead and five wounded. The wounded were flown to Nairobi.";
        // "the friendly side": the speaker's own men.
        has!(
            text,
            Casualties,
            Some("kenya_army"),
            Some("soldiers"),
            Some("wounded"),
            Some(5),
            Some(5)
        );
        has!(
            "Uganda's army said it lost four men in the ambush: \"Six dead on our side, and many more among the rebels.\"",
            Casualties,
            Some("uganda_army"),
            Some("soldiers"),
            Some("killed"),
            Some(6),
            Some(6)
        );
        // Without the words, no subject is guessed.
        has!(
            "Uganda's army said on Monday that the toll is six dead and nine wounded.",
            Casualties,
            Some("uganda_army"),
            None::<&str>,
            Some("killed"),
            Some(6),
            Some(6)
        );
    }

    #[test]
    fn a_paragraph_ends_with_the_report_before_it() {
        let text = "\"Our units pushed the attackers back,\" the Kenyan army said. Three rangers are still missing.\n\nTwo traders were wounded.";
        has!(
            text,
            Casualties,
            Some("kenya_army"),
            Some("rangers"),
            Some("missing"),
            Some(3),
            Some(3)
        );
        // Not past the paragraph.
        has!(
            text,
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(2),
            Some(2)
        );
        // Not background.
        has!(
            "\"We hit them hard,\" the Kenyan army said. Since 2019, the group has killed more than 200 police officers.",
            Casualties,
            N,
            Some("police"),
            Some("killed"),
            Some(201),
            None::<u64>
        );
    }

    #[test]
    fn an_earlier_month_before_a_weekday_story_is_an_earlier_event() {
        // Published 2024-03-13: the story's day is a weekday (Monday, 11
        // March), and February lies before its month.
        let events = |text: &str| casualty_events(dated(text));
        use crate::EventRef::{Current, Prior};
        assert_eq!(
            events("Gunmen killed 6 miners at the mine on Monday night, police said. In February, the army killed 15 bandits near the mine."),
            [(Some(6), Some(Current)), (Some(15), Some(Prior))]
        );
        // The weekday may be a statement's, days after the attack: it
        // moves no day before it, only earlier months.
        assert_eq!(
            events("The army said on Monday that 6 soldiers were killed. On Saturday, 3 herders were killed nearby."),
            [(Some(6), Some(Current)), (Some(3), Some(Current))]
        );
        // "Since the start of February" is a span that runs up to now.
        assert_eq!(
            events("Gunmen killed 6 miners at the mine on Monday night, police said. Bandits have killed 40 people since the start of February."),
            [(Some(6), Some(Current)), (Some(40), Some(Current))]
        );
    }

    #[test]
    fn a_calendar_day_days_before_the_main_one_is_an_earlier_event() {
        // Published 2024-03-13: both days lie inside the two-week window.
        let events = |text: &str| casualty_events(dated(text));
        use crate::EventRef::{Current, Prior};
        assert_eq!(
            events("Militants shot dead 9 rangers at a checkpoint on 11 March, the ministry said. On March 2, 4 herders were killed near the river."),
            [(Some(9), Some(Current)), (Some(4), Some(Prior))]
        );
        // A weekday counts as well once the main day is known: Thursday
        // was 7 March, four days before it.
        assert_eq!(
            events("Militants shot dead 9 rangers at a checkpoint on 11 March, the ministry said. On Thursday, 4 herders were killed near the river."),
            [(Some(9), Some(Current)), (Some(4), Some(Prior))]
        );
        // A dateline's day is the report's: the sentence's own day is the
        // main one when it gives one (Tuesday 12 March; Friday was the 8th)...
        assert_eq!(
            events("NAIROBI, March 13 (Reuters) - Militants shot dead 9 rangers at a checkpoint late on Tuesday, police said. On Friday, 4 herders were killed near the river."),
            [(Some(9), Some(Current)), (Some(4), Some(Prior))]
        );
        // ... and when it gives none, a weekday before the dateline may be
        // a statement's day about the same attack.
        assert_eq!(
            events("NAIROBI, March 13 (Reuters) - Two more rangers have died of their wounds, police said. The ministry said 4 herders were killed, the figure it gave on Sunday."),
            [(Some(2), Some(Current)), (Some(4), Some(Current))]
        );
        // A weekday after the main day is the day of a statement.
        assert_eq!(
            events("Militants shot dead 9 rangers at a checkpoint on 11 March. The ministry said on Tuesday that 4 herders were killed near the river."),
            [(Some(9), Some(Current)), (Some(4), Some(Current))]
        );
        // The day before is the same story.
        assert_eq!(
            events("Militants shot dead 9 rangers at a checkpoint on 11 March. On 10 March, 4 herders were killed near the river."),
            [(Some(9), Some(Current)), (Some(4), Some(Current))]
        );
        // A month before the main day's is another event; the main day's
        // own month, or a month inside a relative clause, is not.
        assert_eq!(
            events("Militants shot dead 9 rangers at a checkpoint on 2 March. Last month, 4 herders were killed near the river."),
            [(Some(9), Some(Current)), (Some(4), Some(Prior))]
        );
        assert_eq!(
            events("Militants shot dead 9 rangers at a checkpoint on 29 February. Last month, 4 herders were killed near the river."),
            [(Some(9), Some(Current)), (Some(4), Some(Current))]
        );
        assert_eq!(
            events("Militants shot dead 9 rangers at a checkpoint on 2 March. The group, which has held the hills since February, also killed 4 herders."),
            [(Some(9), Some(Current)), (Some(4), Some(Current))]
        );
        // "The attack came a week after ...": what follows is earlier.
        assert_eq!(
            events("Militants shot dead 9 rangers on Monday. The raid came barely a week after gunmen killed 4 herders near the river."),
            [(Some(9), Some(Current)), (Some(4), Some(Prior))]
        );
        assert_eq!(
            events("Militants shot dead 9 rangers on Monday. It follows two days after 4 herders were killed near the river."),
            [(Some(9), Some(Current)), (Some(4), Some(Prior))]
        );
        // With no number of days.
        assert_eq!(
            events("Militants shot dead 9 rangers on Monday. The raid came days after 4 herders were killed near the river."),
            [(Some(9), Some(Current)), (Some(4), Some(Prior))]
        );
    }

    /// "members" of a body no lexicon knows are members, not any people;
    /// of a known party, that party's members.
    #[test]
    fn members_are_members_unless_a_party_is_named() {
        has!(
            "One member of the Riverside Neighbourhood Patrol was also killed in the exchange, the police said.",
            Casualties,
            N,
            Some("members"),
            Some("killed"),
            Some(1),
            Some(1)
        );
        has!(
            "The army said 14 members of Boko Haram were killed.",
            Casualties,
            Some("army"),
            Some("militants"),
            Some("killed"),
            Some(14),
            Some(14)
        );
        // "elements", as Latin American forces call their members.
        has!(
            "Three elements of the Kenyan army lost their lives in the ambush.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(3),
            Some(3)
        );
        has!(
            "Four members of the local vigilante group died in the fighting.",
            Casualties,
            N,
            Some("auxiliaries"),
            Some("killed"),
            Some(4),
            Some(4)
        );
    }

    #[test]
    fn neighbours_and_relatives_are_civilians() {
        has!(
            "\"Three of our neighbours died when the roof fell in,\" a farmer said.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(3),
            Some(3)
        );
        has!(
            "Two relatives of the mayor and a bystander were wounded by the blast.",
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(2),
            Some(2)
        );
    }

    #[test]
    fn epithets_after_a_copula_and_rebels_reporting_their_own_attack() {
        let claimed = |text: &str, kind: ClaimKind, by: Option<&str>| {
            let rows = claims(text);
            let hit = rows
                .iter()
                .any(|r| r.0 == kind && (by.is_none() || r.1.as_deref() == by));
            assert!(hit, "{text}\n  {rows:?}");
        };
        claimed(
            "\"They were treacherous killings,\" the police chief of Kasese said.",
            ClaimKind::Characterization,
            None,
        );
        claimed(
            "A spokesman for the ELN said the rebels had mounted the \"punitive operation\" at dawn.",
            ClaimKind::Responsibility,
            Some("eln"),
        );
        claimed(
            "The FDLR said in a statement that its units had conducted a \"punitive action\" on the camp.",
            ClaimKind::Responsibility,
            Some("fdlr"),
        );
        // A passive participle is not a deed: "its fighters killed by".
        none_of!(
            "Hezbollah said it mourned two of its fighters killed by an Israeli strike.",
            Responsibility
        );
        // An armed group's word only: the police reporting what the rebels
        // did is not the rebels' claim.
        none_of!(
            "Police said the rebels had mounted the attack at dawn.",
            Responsibility
        );
    }

    #[test]
    fn a_lead_claim_is_dropped_only_for_its_own_restatement() {
        let figures = |text: &str| -> Vec<(Option<String>, Option<u64>)> {
            let doc = Document::new("t", text).with_published("2024-03-13".parse().unwrap());
            Extractor::new()
                .extract(&doc)
                .claims
                .into_iter()
                .filter(|c| c.kind == ClaimKind::Casualties)
                .map(|c| (c.claimant, c.count.and_then(|n| n.low)))
                .collect()
        };
        // The same figure later, but of an earlier attack: both stay.
        let text = "Rebels say 60 soldiers died at Kiwanja\n\n\
                    GOMA (AFP) - M23 rebels said they killed 60 soldiers at Kiwanja on Monday.\n\n\
                    Last year, 60 soldiers were killed in a previous attack on the town, officials said.";
        assert_eq!(
            figures(text).iter().filter(|f| f.1 == Some(60)).count(),
            2,
            "{:?}",
            figures(text)
        );
        // A headline's figure restated in the body: once.
        let text = "Rebels say 60 soldiers died at Kiwanja\n\n\
                    The M23 said on Monday it had killed 60 soldiers at Kiwanja.";
        assert_eq!(
            figures(text).iter().filter(|f| f.1 == Some(60)).count(),
            1,
            "{:?}",
            figures(text)
        );
        // A vaguer figure later (no subject, no claimant) does not restate
        // a front claim that names both.
        let text = "Nine policemen killed in prison raid\n\n\
                    Nine policemen were killed in the raid, Kenyan police said.\n\n\
                    A nurse said nine bodies had been brought in overnight.";
        assert!(
            figures(text)
                .iter()
                .any(|f| f.1 == Some(9) && f.0.is_some()),
            "{:?}",
            figures(text)
        );
        // A headline's bare "militants claim" speaks for them.
        let text = "Army says al-Shabaab raid repelled; militants claim 30 soldiers killed";
        assert!(
            figures(text).iter().all(|f| f.0.as_deref() != Some("army")),
            "{:?}",
            figures(text)
        );
    }

    #[test]
    fn a_claim_reported_as_someone_elses_with_according_to_which() {
        has!(
            "The army said reports on ISWAP-linked channels, according to which 25 soldiers died, were false.",
            Casualties,
            Some("iswap"),
            Some("soldiers"),
            Some("killed"),
            Some(25),
            Some(25)
        );
    }

    #[test]
    fn a_claim_reported_as_someone_elses() {
        // "the allegations by X that ...": X's claim, whoever reports it.
        has!(
            "Nigeria's army dismissed claims from Boko Haram that 40 soldiers had died in the raid.",
            Casualties,
            Some("boko_haram"),
            Some("soldiers"),
            Some("killed"),
            Some(40),
            Some(40)
        );
    }

    #[test]
    fn a_denied_allegation_is_not_the_deniers_claim() {
        // No party named for the allegation: nobody's, not the denier's.
        let rows = claims(
            "The defence ministry rejected allegations spread online that 30 troops were \
             captured at the border post.",
        );
        let casualties: Vec<_> = rows
            .iter()
            .filter(|r| r.0 == ClaimKind::Casualties && r.4 == Some(30))
            .collect();
        assert!(!casualties.is_empty(), "{rows:?}");
        assert!(casualties.iter().all(|r| r.1.is_none()), "{rows:?}");
    }

    /// "claims that X and that Y" is the verb with two clauses, not the
    /// noun "claims" and a party in between who made them; "The message"
    /// is that of the party that put it out in the sentence before.
    #[test]
    fn claims_as_a_verb_with_two_clauses() {
        let rows = claims(
            "Al-Shabaab put out an audio message on Friday. The message claims that \
             30 soldiers and allied militiamen were killed and that the fighters \
             seized the base.",
        );
        assert!(
            rows.iter()
                .filter(|r| r.0 == ClaimKind::Casualties || r.0 == ClaimKind::Control)
                .all(|r| r.1.as_deref() == Some("al_shabab")),
            "{rows:?}"
        );
        assert!(rows.iter().any(|r| r.0 == ClaimKind::Control), "{rows:?}");
        assert!(
            rows.iter().any(|r| r.0 == ClaimKind::Casualties),
            "{rows:?}"
        );
    }

    #[test]
    fn a_party_denies_its_part() {
        let rows = claims("Boko Haram denied carrying out the raid on the market.");
        assert!(
            rows.iter().any(|r| r.0 == ClaimKind::Responsibility
                && r.1.as_deref() == Some("boko_haram")
                && r.3.as_deref() == Some("denied")),
            "{rows:?}"
        );
        let rows = claims("Al-Shabaab denied any involvement in the blast.");
        assert!(
            rows.iter()
                .any(|r| r.0 == ClaimKind::Responsibility && r.3.as_deref() == Some("denied")),
            "{rows:?}"
        );
        // Denying a loss or a report is not denying a part in the attack.
        none_of!("The commander denied losing any men.", Responsibility);
        none_of!("The army denied that the camp had fallen.", Responsibility);
    }

    #[test]
    fn a_relative_clause_between_the_subject_and_its_verb() {
        has!(
            "Four herders who had gone to the well were shot dead.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(4),
            Some(4)
        );
        // One person, past an age: "a 12-year-old girl who ...".
        has!(
            "Witnesses said a 12-year-old girl who lived by the road was injured.",
            Casualties,
            N,
            Some("girls"),
            Some("wounded"),
            Some(1),
            Some(1)
        );
        // The clause's own verb is not the subject's: "who may have been
        // wounded" belongs to "the attackers", and it is not a claim.
        none_of!(
            "The number of raiders who may have been wounded is unknown.",
            Casualties
        );
        // A singular noun before a plural verb is an object, not the subject.
        let rows = claims("Two youths who had stabbed a policeman were detained.");
        assert!(rows.iter().all(|r| r.4 != Some(1)), "{rows:?}");
    }

    #[test]
    fn an_apposition_between_dashes_before_the_verb() {
        has!(
            "Four herders - all of them from the same clan - were shot dead.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(4),
            Some(4)
        );
        has!(
            "Two gendarmes and five traders -- one of them a boy -- were wounded.",
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(5),
            Some(5)
        );
    }

    #[test]
    fn a_victim_may_be_described_by_what_they_were_doing() {
        has!(
            "A nurse said a bus driver waiting at the junction had also been killed.",
            Casualties,
            N,
            Some("drivers"),
            Some("killed"),
            Some(1),
            Some(1)
        );
        has!(
            "Four herders grazing near the well were shot dead, the police said.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(4),
            Some(4)
        );
        // US Central Command speaks for itself.
        let x = crate::Extractor::new().extract(&crate::Document::new(
            "t",
            "U.S. Central Command said an air strike had killed two commanders.",
        ));
        assert_eq!(x.claims[0].claimant.as_deref(), Some("centcom"));
    }

    #[test]
    fn a_quoted_base_taken_and_men_who_have_not_rejoined() {
        has!(
            "The rebels said their fighters had taken control of \"the barracks of the enemy\" at Kaya.",
            Control,
            N,
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        has!(
            "The rebels said they had seized \"the camp and all it held\" on Friday.",
            Control,
            N,
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        has!(
            "The ministry said four gendarmes had not yet rejoined their units.",
            Casualties,
            Some("government"),
            Some("police"),
            Some("missing"),
            Some(4),
            Some(4)
        );
    }

    #[test]
    fn a_side_named_before_the_victims() {
        // An armed group's militiamen are its members.
        has!(
            "The army said troops killed 30 al-Shabaab militiamen.",
            Casualties,
            Some("army"),
            Some("militants"),
            Some("killed"),
            Some(30),
            Some(30)
        );
        // Government fighters are the state's.
        has!(
            "The rebels said 12 government fighters had been captured.",
            Casualties,
            N,
            Some("soldiers"),
            Some("captured"),
            Some(12),
            Some(12)
        );
        has!(
            "The rebels said 12 pro-government fighters had been captured.",
            Casualties,
            N,
            Some("militants"),
            Some("captured"),
            Some(12),
            Some(12)
        );
    }

    #[test]
    fn victims_named_by_their_trade() {
        has!(
            "Gunmen killed four construction workers and two truck drivers near the dam.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(4),
            Some(4)
        );
    }

    #[test]
    fn victims_named_in_quotes_after_their_figure() {
        has!(
            "He said dozens of \"bandits and foreign mercenaries\" had been neutralised.",
            Casualties,
            N,
            Some("militants"),
            Some("neutralised"),
            Some(24),
            None
        );
    }

    #[test]
    fn freed_captives_and_figures_of_his_men() {
        has!(
            "The marines said they freed nine hostages held on the island.",
            Casualties,
            N,
            Some("people"),
            Some("rescued"),
            Some(9),
            Some(9)
        );
        // A jailbreak frees no captives.
        none_of!(
            "In May the rebels stormed the town and freed 300 inmates from its jail.",
            Casualties
        );
        has!(
            "The chief said three of his guardsmen were shot dead at the gate.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(3),
            Some(3)
        );
    }

    #[test]
    fn coordinated_figures_keep_their_own_outcome() {
        // "..., taking N prisoner": the same subject, captured.
        has!(
            "Kenyan troops repulsed the raid, killing 11 al-Shabab fighters and taking 3 prisoner.",
            Casualties,
            N,
            Some("militants"),
            Some("captured"),
            Some(3),
            Some(3)
        );
        has!(
            "Nine raiders were neutralised and three soldiers lost their lives, the army said.",
            Casualties,
            Some("army"),
            Some("soldiers"),
            Some("killed"),
            Some(3),
            Some(3)
        );
        // A place between the figure and its own outcome; "not been heard
        // from" is missing.
        has!(
            "Six rangers died at the gate, and two policemen at the depot have not been heard from, the ministry said.",
            Casualties,
            Some("government"),
            Some("police"),
            Some("missing"),
            Some(2),
            Some(2)
        );
        has!(
            "Three herders went missing near the river, the police said.",
            Casualties,
            N,
            Some("civilians"),
            Some("missing"),
            Some(3),
            Some(3)
        );
        has!(
            "The gunmen ambushed the convoy, killing five policemen and injuring four, officials said.",
            Casualties,
            Some("government"),
            Some("police"),
            Some("wounded"),
            Some(4),
            Some(4)
        );
        // "and seized two trucks": a figure with a noun of its own is no
        // victim of the first outcome.
        let rows = claims("Rebels said they had killed 12 soldiers and seized two trucks.");
        assert!(
            rows.iter()
                .all(|r| r.0 != ClaimKind::Casualties || r.4 != Some(2)),
            "{rows:?}"
        );
        has!(
            "The army said it had killed \"dozens\" of the militia's fighters.",
            Casualties,
            Some("army"),
            Some("militants"),
            Some("killed"),
            Some(24),
            None
        );
        has!(
            "Villagers said the gunmen hacked to death 14 farmers.",
            Casualties,
            None::<&str>,
            Some("civilians"),
            Some("killed"),
            Some(14),
            Some(14)
        );
    }

    /// "occupied" after a preposition or article is an adjective.
    #[test]
    fn occupied_as_an_adjective() {
        none_of!(
            "The rebels said they would strike the airports of occupied Kherson.",
            Control
        );
        none_of!("Shelling went on in occupied Donetsk overnight.", Control);
        let rows = claims("Russian forces occupied Bakhmut in May, the ministry said.");
        assert!(rows.iter().any(|r| r.0 == ClaimKind::Control), "{rows:?}");
    }

    #[test]
    fn places_that_fell_and_bases_of_a_party() {
        let rows = claims("The garrison town of Djibo fell to the rebels on Sunday.");
        assert!(rows.iter().any(|r| r.0 == ClaimKind::Control), "{rows:?}");
        let rows = claims("JNIM said it had seized the army's headquarters in the town.");
        assert!(
            rows.iter()
                .any(|r| r.0 == ClaimKind::Control && r.2.as_deref() == Some("bases")),
            "{rows:?}"
        );
        let rows =
            claims("The rebels said they had taken control of the last army post in the district.");
        assert!(rows.iter().any(|r| r.0 == ClaimKind::Control), "{rows:?}");
        // Prices and markets fall to nobody.
        assert!(claims("Prices fell to a record low.").is_empty());
    }

    #[test]
    fn characterizations_without_as_and_no_figure_in_a_question() {
        let rows = claims("The defence minister called the ambush \"a cowardly act of terror\", the ministry said.");
        assert!(
            rows.iter().any(|r| r.0 == ClaimKind::Characterization),
            "{rows:?}"
        );
        let rows = claims("The army said it condemned the \"barbaric\" attack.");
        assert!(
            rows.iter().any(|r| r.0 == ClaimKind::Characterization),
            "{rows:?}"
        );
        // "what he called ...": the description is the speaker's.
        let rows = claims(
            "Kenya's interior ministry condemned what it called a \"senseless and cowardly\" raid.",
        );
        assert!(
            rows.iter().any(|r| r.0 == ClaimKind::Characterization
                && r.1.as_deref() == Some("kenya_government")),
            "{rows:?}"
        );
        let rows = claims("The army did not say how many soldiers were killed.");
        assert!(
            rows.iter().all(|r| r.0 != ClaimKind::Casualties),
            "{rows:?}"
        );
    }

    #[test]
    fn a_figure_with_one_more_victim() {
        has!(
            "Three soldiers and a civilian were killed when a mine exploded, officials said.",
            Casualties,
            Some("government"),
            Some("soldiers"),
            Some("killed"),
            Some(3),
            Some(3)
        );
        has!(
            "Two jawans were injured in the exchange of fire.",
            Casualties,
            None::<&str>,
            Some("soldiers"),
            Some("wounded"),
            Some(2),
            Some(2)
        );
    }

    #[test]
    fn among_the_dead_and_the_statement_said() {
        has!(
            "The army said the raid was repelled. Three officers were among the dead, the statement said.",
            Casualties,
            Some("army"),
            Some("soldiers"),
            Some("killed"),
            Some(3),
            Some(3)
        );
    }

    #[test]
    fn a_party_that_lost_its_own() {
        has!(
            "The militia said it had lost four fighters in the clash.",
            Casualties,
            None::<&str>,
            Some("militants"),
            Some("killed"),
            Some(4),
            Some(4)
        );
        // Losing ground or control counts no one.
        assert!(claims("The army lost control of two districts and lost ground.").is_empty());
    }

    #[test]
    fn missing_and_later_figures() {
        has!(
            "At least 15 fishermen remain unaccounted for after the raid.",
            Casualties,
            None::<&str>,
            Some("civilians"),
            Some("missing"),
            Some(15),
            None
        );
        has!(
            "The mayor said nine people were buried and that 20 others, many of them herders, were still missing.",
            Casualties,
            Some("government"),
            Some("people"),
            Some("missing"),
            Some(20),
            Some(20)
        );
        has!(
            "By Friday 31 rebels were known to have been killed in the clashes.",
            Casualties,
            None::<&str>,
            Some("militants"),
            Some("killed"),
            Some(31),
            Some(31)
        );
    }

    #[test]
    fn a_group_that_says_it_fired_on_the_enemy_claims_the_attack() {
        for t in [
            "The Houthis said they fired two ballistic missiles at a warship in the Red Sea.",
            "Al-Shabaab said its fighters targeted a concentration of troops near the airstrip.",
        ] {
            let c = first_claim(t, ClaimKind::Responsibility);
            assert_eq!(c.claimant.as_deref(), c.subject.as_deref(), "{t}: {c:?}");
            assert!(c.claimant.is_some(), "{t}: {c:?}");
        }
        // Firing at nothing named is no attack.
        none_of!(
            "The Houthis said they fired into the air to disperse the crowd.",
            Responsibility
        );
    }

    #[test]
    fn the_enemy_is_the_other_side_and_victims_keep_their_group() {
        // A group's enemy is the state's forces; the army's, the militants.
        has!(
            "JNIM said on Telegram that its fighters had killed 14 enemy soldiers.",
            Casualties,
            Some("jnim"),
            Some("soldiers"),
            Some("killed"),
            Some(14),
            Some(14)
        );
        let rows = claims("The ADF said its fighters had killed nine enemies in the ambush.");
        assert!(
            rows.iter().all(|r| r.2.as_deref() != Some("militants")),
            "{rows:?}"
        );
        let rows = claims("The army said it had killed nine enemies in the ambush.");
        assert!(
            rows.iter().any(|r| r.2.as_deref() == Some("militants")),
            "{rows:?}"
        );
        // Children, students and peacekeepers are named as such.
        let rows = claims("At least seven children were killed when the shell hit the school.");
        assert!(
            rows.iter().any(|r| r.2.as_deref() == Some("children")),
            "{rows:?}"
        );
        let rows = claims("Two peacekeepers were wounded in the ambush, the mission said.");
        assert!(
            rows.iter().any(|r| r.2.as_deref() == Some("peacekeepers")),
            "{rows:?}"
        );
    }

    /// Holding on: a party that still holds, stays in or controlled a
    /// place claims control of it.
    #[test]
    fn control_held_and_kept() {
        let ctl = |text: &str| claimant_subject(text, ClaimKind::Control);
        let some = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
        assert!(
            ctl("The Burkinabe army said the outpost had remained in its hands all night.")
                .contains(&some("burkina_faso_army", "bases"))
        );
        assert!(
            ctl("The Nigerian army says it still holds the ridges above the village.")
                .contains(&some("nigeria_army", "bases"))
        );
        assert!(
            ctl("\"Our men remain firmly in their positions,\" the Somali army said.")
                .contains(&some("somalia_army", "bases"))
        );
        assert!(
            !ctl("Al-Shabab said its fighters controlled the garrison for six hours.").is_empty()
        );
        // Staying in a country, and what a province holds, are not control.
        assert!(ctl("The Kenyan president said Kenyan troops would remain in Somalia.").is_empty());
        assert!(ctl("Al-Shabab says Jubaland holds Kenya's largest herds of camels.").is_empty());
    }

    #[test]
    fn control_passive_and_parts_of_a_region() {
        has!(
            "The garrison town was retaken by the rebels on Friday.",
            Control,
            None::<&str>,
            Some("town"),
            Some("seized"),
            None,
            None
        );
        none_of!("Ouagadougou was taken to task by the council.", Control);
        has!(
            "The army said it had regained full control of the area around the dam.",
            Control,
            Some("army"),
            Some("area"),
            Some("seized"),
            None,
            None
        );
        // A verb in quotation marks; "liberated"; "the town of X" is X.
        has!(
            "The rebels said they had \"liberated\" the town of Goma.",
            Control,
            None::<&str>,
            Some("Goma"),
            Some("seized"),
            None,
            None
        );
        has!(
            "The army said the barracks remained under the full control of its troops.",
            Control,
            Some("army"),
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        has!(
            "The defence ministry said the camp was still held by the army.",
            Control,
            Some("government"),
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        has!(
            "A nurse said she saw \"about 15 bodies\" of militiamen at the morgue.",
            Casualties,
            None::<&str>,
            Some("auxiliaries"),
            Some("killed"),
            Some(15),
            Some(15)
        );
        let c = first_claim(
            "ISWAP said it had seized vast swathes of northern Borno.",
            ClaimKind::Control,
        );
        assert_eq!(c.subject.as_deref(), Some("Borno"));
    }

    /// Words of a claim quoted: the verb phrase ("had \"taken control\" of")
    /// and a pair of nouns (the first is the subject).
    #[test]
    fn quoted_verbs_and_quoted_pairs_of_nouns() {
        has!(
            "The Taliban said their fighters had \"taken control\" of the army base.",
            Control,
            Some("taliban"),
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        has!(
            "ISWAP said it had killed 40 \"soldiers and vigilantes\" in the raid.",
            Casualties,
            Some("iswap"),
            Some("soldiers"),
            Some("killed"),
            Some(40),
            Some(40)
        );
    }

    /// A state force claims its own strikes, not its other operations; a
    /// claim that speaks ("the claim said") is its issuer's.
    #[test]
    fn a_state_forces_strikes_and_the_claim_that_speaks() {
        has!(
            "AFRICOM said it had conducted an air strike near Jilib on Friday.",
            Responsibility,
            Some("africom"),
            Some("africom"),
            Some("responsible"),
            None,
            None
        );
        none_of!(
            "The army said it had launched an operation against the militants.",
            Responsibility
        );
        // Struck or targeted: strikes too, on targets, sites or people.
        for text in [
            "AFRICOM said its aircraft had struck \"al-Shabaab targets\" near Jilib.",
            "AFRICOM said it had targeted an al-Shabaab commander.",
        ] {
            has!(
                text,
                Responsibility,
                Some("africom"),
                Some("africom"),
                Some("responsible"),
                None,
                None
            );
        }
        has!(
            "ISWAP claimed the raid on Telegram. The claim said the fighters killed 12 soldiers.",
            Casualties,
            Some("iswap"),
            Some("soldiers"),
            Some("killed"),
            Some(12),
            Some(12)
        );
        // A region with forces of its own speaks, and stays a place.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "Puntland said its troops had repelled the attack near Bosaso.",
        ));
        assert!(
            x.actors.iter().any(|a| a.id == "puntland"),
            "{:?}",
            x.actors
        );
        assert!(
            x.locations.iter().any(|l| l.name == "Puntland"),
            "{:?}",
            x.locations
        );
        assert!(
            x.claims
                .iter()
                .any(|c| c.kind == ClaimKind::Repelled && c.claimant.as_deref() == Some("puntland")),
            "{:?}",
            x.claims
        );
    }

    /// A figure after a comma with its own verb and the noun left out:
    /// "killed 40 soldiers, captured 12 and seized...".
    #[test]
    fn an_elided_noun_after_a_comma() {
        has!(
            "The rebels said they had killed 40 soldiers of the garrison, captured 12 and seized a tank.",
            Casualties,
            N,
            Some("soldiers"),
            Some("captured"),
            Some(12),
            Some(12)
        );
    }

    /// Bodies pulled from rubble; "junta soldiers"; a place "under X
    /// control"; the last positions overrun; an air force's strikes; an
    /// outpost captured is a place taken, not people.
    #[test]
    fn rubble_junta_soldiers_and_places_under_a_partys_control() {
        has!(
            "A nurse said eleven bodies had been brought in by midnight.",
            Casualties,
            N,
            N,
            Some("killed"),
            Some(11),
            Some(11)
        );
        has!(
            "Rescuers pulled 23 bodies from the collapsed building.",
            Casualties,
            N,
            N,
            Some("killed"),
            Some(23),
            Some(23)
        );
        has!(
            "The rebels said they killed 9 junta soldiers near the river.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(9),
            Some(9)
        );
        has!(
            "Lashio has been under MNDAA control since August 2023.",
            Control,
            N,
            Some("Lashio"),
            Some("seized"),
            None,
            None
        );
        has!(
            "The commander said the checkpoint remained fully under army control.",
            Control,
            N,
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        has!(
            "The militants overran the last army positions in the district.",
            Control,
            N,
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        has!(
            "Nigeria's army said the air force had carried out strikes on a camp near Lake Chad.",
            Responsibility,
            Some("nigeria_army"),
            Some("nigeria_army"),
            Some("responsible"),
            None,
            None
        );
        let got = claims("The militia said it had captured an army outpost near the border.");
        assert!(got.iter().all(|c| c.0 != ClaimKind::Casualties), "{got:?}");
    }

    /// Martyrdom euphemisms of military press releases; items described
    /// by a participle before their verb.
    #[test]
    fn embraced_shahadat_and_items_used_by_the_attackers() {
        has!(
            "Two soldiers of the Frontier Corps, having fought gallantly, embraced shahadat.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(2),
            Some(2)
        );
        assert!(!items(
            "Rifles and four motorbikes abandoned by the raiders were recovered near the river."
        )
        .is_empty());
        assert!(
            items("The navy seized two motorized canoes and a sniper rifle.")
                .contains(&"boats".to_string())
        );
    }

    /// Other names of a government and a force named the same in several
    /// countries.
    #[test]
    fn a_security_cabinet_and_a_national_guard() {
        has!(
            "The Security Cabinet said three members of the National Guard were wounded in Culiacan.",
            Casualties,
            Some("mexico_government"),
            Some("soldiers"),
            Some("wounded"),
            Some(3),
            Some(3)
        );
    }

    /// "It" with no report near is the subject of the sentence before, not
    /// the party named last.
    #[test]
    fn it_is_the_subject_of_the_sentence_before() {
        has!(
            "Al-Shabaab has grown bolder since the African Union force began to withdraw. In May it claimed an ambush near Afgoye.",
            Responsibility,
            Some("al_shabab"),
            Some("al_shabab"),
            Some("responsible"),
            None,
            None
        );
    }

    /// The words of a party's origin are no cue of an earlier event, and
    /// are read word by word ("born" is not in "Borno").
    #[test]
    fn origin_words_are_not_earlier_events() {
        let events = |text: &str| -> Vec<(ClaimKind, Option<crate::EventRef>)> {
            dated(text).into_iter().map(|c| (c.kind, c.event)).collect()
        };
        let got = events(
            "The CSP, an alliance formed last year, said its fighters had attacked the convoy on Sunday.",
        );
        assert!(
            got.contains(&(ClaimKind::Responsibility, Some(crate::EventRef::Current))),
            "{got:?}"
        );
        let got = events(
            "It was the third raid in Borno in a month. Earlier this month, jihadists overran a base at Wajiroko.",
        );
        assert!(
            got.contains(&(ClaimKind::Control, Some(crate::EventRef::Prior))),
            "{got:?}"
        );
    }

    /// Background sentences on who took a place before: an apposition
    /// between the place and the passive, a place named as a stronghold,
    /// a relative clause whose object is the place, plural towns.
    #[test]
    fn earlier_control_in_background_sentences() {
        let prior = |text: &str, subject: &str| {
            let got = dated(text);
            assert!(
                got.iter().any(|c| c.kind == ClaimKind::Control
                    && c.subject.as_deref() == Some(subject)
                    && c.event == Some(crate::EventRef::Prior)),
                "{text}: {got:?}"
            );
        };
        prior(
            "Fighting reached Kismayo on Monday. Kismayo, some 500 km south of the capital, was recaptured by the militants in 2019.",
            "Kismayo",
        );
        prior(
            "The army retook the rebel stronghold of Bunia in October 2021.",
            "Bunia",
        );
        prior(
            "The convoy was heading to Goma, a lakeside city that the rebels briefly occupied in 2012.",
            "Goma",
        );
        prior(
            "The insurgents had captured several villages near the border in 2020.",
            "villages",
        );
        none_of!(
            "The governor flew to Goma, where officials said that they seized weapons.",
            Control
        );
    }

    #[test]
    fn a_generic_noun_keeps_its_own_class() {
        // "rebels" is not resolved to the allied militia named before it.
        has!(
            "Troops and allied Wazalendo militias pushed the rebels back. The army said 40 rebels were killed.",
            Casualties,
            Some("army"),
            Some("militants"),
            Some("killed"),
            Some(40),
            Some(40)
        );
        // Euphemisms, running tolls, bodies in the passive.
        has!(
            "Two gendarmes paid the ultimate price and five others sustained gunshot wounds.",
            Casualties,
            None::<&str>,
            Some("police"),
            Some("wounded"),
            Some(5),
            Some(5)
        );
        has!(
            "A second blast on Friday took the death toll to 14.",
            Casualties,
            None::<&str>,
            None::<&str>,
            Some("killed"),
            Some(14),
            Some(14)
        );
        has!(
            "Rescuers said 19 bodies had been recovered from the river.",
            Casualties,
            None::<&str>,
            None::<&str>,
            Some("killed"),
            Some(19),
            Some(19)
        );
        // A second outcome verb with its own figure.
        has!(
            "Gunmen raided the market, killing four traders and injuring nine others.",
            Casualties,
            None::<&str>,
            Some("civilians"),
            Some("wounded"),
            Some(9),
            Some(9)
        );
        // "puts the army's losses at": the speaker of "puts" claims it.
        has!(
            "Army spokesman Col. Ali Musa spoke on Monday. He puts the army's losses at three soldiers dead.",
            Casualties,
            Some("army"),
            Some("soldiers"),
            Some("killed"),
            Some(3),
            Some(3)
        );
        // A rival toll later in the sentence: its own claimant, the
        // victims of the figure before it.
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The police said 12 villagers died, but local officials put the toll at 25.",
        ));
        let toll = x
            .claims
            .iter()
            .find(|c| c.count.as_ref().is_some_and(|n| n.low == Some(25)))
            .expect("the rival toll");
        assert_eq!(toll.subject.as_deref(), Some("civilians"));
        assert_ne!(toll.claimant.as_deref(), Some("police"), "{toll:?}");
        // In a later sentence too; with no figure before, none.
        let subject_of_toll = |text: &str| {
            Extractor::new()
                .extract(&Document::new("t", text))
                .claims
                .into_iter()
                .find(|c| c.rule == "casualties/toll_is")
                .and_then(|c| c.subject)
        };
        assert_eq!(
            subject_of_toll("The army said 7 herders died. Medics said the toll was 11."),
            Some("civilians".to_string())
        );
        assert_eq!(subject_of_toll("Medics said the death toll was 11."), None);
        // A named party still refines the noun.
        has!(
            "The army said 12 Wagner fighters were killed.",
            Casualties,
            Some("army"),
            Some("mercenaries"),
            Some("killed"),
            Some(12),
            Some(12)
        );
    }

    #[test]
    fn elided_second_figures_and_the_speakers_own_side() {
        // A second verb with a bare figure shares the first figure's noun.
        has!(
            "Rebels shot dead three rangers and injured five during a raid on the lodge, the park authority said.",
            Casualties,
            N,
            Some("rangers"),
            Some("wounded"),
            Some(5),
            Some(5)
        );
        // "adding that N others were wounded".
        has!(
            "Kenya's police said raiders killed six herders, adding that four others were hurt.",
            Casualties,
            Some("kenya_police"),
            Some("civilians"),
            Some("wounded"),
            Some(4),
            Some(4)
        );
        // "our men" are the speaker's own side.
        has!(
            "\"Seven of our men were killed at the checkpoint,\" said Major Kofi Mensah, a Ghanaian army spokesman.",
            Casualties,
            Some("ghana_army"),
            Some("soldiers"),
            Some("killed"),
            Some(7),
            Some(7)
        );
        // "putting it at N": the toll named before.
        has!(
            "A nurse at the clinic said the toll was far higher, putting it at 31.",
            Casualties,
            N,
            N,
            Some("killed"),
            Some(31),
            Some(31)
        );
        none_of!(
            "The minister said the new budget would put it at 31 billion shillings.",
            Casualties
        );
    }

    #[test]
    fn a_clause_after_while_has_its_own_speaker() {
        // The second report is the ministry's, not post-posed to what came
        // before, and the commander the strike killed does not speak.
        let text = "Kenya's army said it had killed a senior al-Shabaab commander in a drone strike near Kismayo, while Somalia's health ministry said the strike killed four herders and wounded two.";
        has!(
            text,
            Casualties,
            Some("somalia_health_ministry"),
            Some("civilians"),
            Some("killed"),
            Some(4),
            Some(4)
        );
        has!(
            text,
            Casualties,
            Some("somalia_health_ministry"),
            Some("civilians"),
            Some("wounded"),
            Some(2),
            Some(2)
        );
    }

    #[test]
    fn one_person_in_the_singular_is_a_figure_of_one() {
        has!(
            "Police said a ranger was shot dead near the gate.",
            Casualties,
            N,
            Some("rangers"),
            Some("killed"),
            Some(1),
            Some(1)
        );
        has!(
            "The air force said it had killed a top Ansar Dine commander near Kidal.",
            Casualties,
            N,
            Some("commanders"),
            Some("killed"),
            Some(1),
            Some(1)
        );
        // Only a victim noun of the subject table.
        none_of!(
            "Rangers said poachers killed a leopard near the lodge.",
            Casualties
        );
    }

    #[test]
    fn a_day_of_a_date_is_no_figure_and_units_qualify_a_rank() {
        // "on March 4 killed": the 4 is a day.
        let rows = claims(
            "The army said an air strike near Kunduz on March 4 killed a battalion \
             commander of the rebels.",
        );
        assert!(rows.iter().all(|r| r.4 != Some(4)), "{rows:?}");
        has!(
            "The army said an air strike near Kunduz on March 4 killed a battalion \
             commander of the rebels.",
            Casualties,
            Some("afghanistan_army"),
            Some("commanders"),
            Some("killed"),
            Some(1),
            Some(1)
        );
        has!(
            "Police said they shot dead three terror suspects near the port.",
            Casualties,
            N,
            Some("suspects"),
            Some("killed"),
            Some(3),
            Some(3)
        );
    }

    #[test]
    fn along_with_others_is_a_second_figure() {
        for text in [
            "Troops said an ambush killed a militia commander, Jean Mbeki, along with six other \
             fighters near Goma.",
            "Troops said an ambush killed a militia commander together with six other fighters.",
        ] {
            has!(
                text,
                Casualties,
                N,
                Some("militants"),
                Some("killed"),
                Some(6),
                Some(6)
            );
        }
    }

    #[test]
    fn wounded_with_their_wounds_named() {
        // The wounds as the predicate: "people with gunshot wounds".
        has!(
            "A medic said 11 people with gunshot wounds were brought to the clinic in Bunia.",
            Casualties,
            N,
            Some("people"),
            Some("wounded"),
            Some(11),
            Some(11)
        );
        has!(
            "The clash left six herders with injuries, a local chief said.",
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(6),
            Some(6)
        );
        // The bodies of those with wounds are of the dead.
        has!(
            "Police said the bodies of four traders with bullet wounds were found near a bridge.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(4),
            Some(4)
        );
        has!(
            "A nurse said 23 villagers were rushed to the clinic after the shelling.",
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(23),
            Some(23)
        );
        let got = claims(
            "Police said the bodies of four traders with bullet wounds were found near a bridge.",
        );
        assert!(
            got.iter().all(|c| c.3.as_deref() != Some("wounded")),
            "{got:?}"
        );
    }

    #[test]
    fn bodies_of_a_figure_and_lives_lost_before_a_second_figure() {
        // Received with no verb after: "and the bodies of nine others".
        has!(
            "The clinic said it had received 14 wounded people and the bodies of six others.",
            Casualties,
            N,
            None::<&str>,
            Some("killed"),
            Some(6),
            Some(6)
        );
        has!(
            "Rescuers said the corpses of nine villagers were found in a well.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(9),
            Some(9)
        );
        // "of them": the victims of the figure before.
        has!(
            "Police said 30 bandits died in the clash and that the bodies of 12 of them had been recovered.",
            Casualties,
            N,
            Some("militants"),
            Some("killed"),
            Some(12),
            Some(12)
        );
        // "lost their lives" is read whole, so the figure after it follows.
        has!(
            "Three rangers from the northern sector of the park lost their lives and five others were hurt.",
            Casualties,
            N,
            Some("rangers"),
            Some("wounded"),
            Some(5),
            Some(5)
        );
    }

    #[test]
    fn police_reports_and_their_victims() {
        // Officers the police count are police; "and a boy" is one more.
        let text =
            "Kenya's police said gunmen killed three officers and a 12-year-old girl near Mandera.";
        has!(
            text,
            Casualties,
            Some("kenya_police"),
            Some("police"),
            Some("killed"),
            Some(3),
            Some(3)
        );
        has!(
            text,
            Casualties,
            Some("kenya_police"),
            Some("girls"),
            Some("killed"),
            Some(1),
            Some(1)
        );
        // A police rank's report is the police's, whatever the title.
        has!(
            "Clashes broke out in Kenya on Monday. Gen. Peter Mwangi, the police commander for Mandera county, said four attackers were killed.",
            Casualties,
            Some("kenya_police"),
            Some("militants"),
            Some("killed"),
            Some(4),
            Some(4)
        );
    }

    #[test]
    fn a_role_that_describes_the_attack_and_dates_in_relative_clauses() {
        let got = first_claim(
            "Chad's defence minister called the raid \"a cowardly stab in the back\" on state radio.",
            ClaimKind::Characterization,
        );
        assert_eq!(got.claimant.as_deref(), Some("chad_government"));
        // The year belongs to the group the clause describes.
        let got = first_claim(
            "Kenya's police said the raid was carried out by al-Shabaab, which lost the town in 2019.",
            ClaimKind::Responsibility,
        );
        assert_eq!(got.event, Some(crate::EventRef::Current), "{got:?}");
        // Far from its comma, after "that has".
        let got = dated(
            "The UN mission blamed the ambush on the 3R, an armed group that has fought the army and its Russian allies in the north-west since early 2021.",
        );
        let got = got.iter().find(|c| c.kind == ClaimKind::Responsibility);
        assert_eq!(
            got.and_then(|c| c.event),
            Some(crate::EventRef::Current),
            "{got:?}"
        );
    }

    #[test]
    fn martyrs_and_members_of_a_force_named_in_quotes() {
        has!(
            "Three policemen were martyred when the checkpoint was hit.",
            Casualties,
            N,
            Some("police"),
            Some("killed"),
            Some(3),
            Some(3)
        );
        has!(
            "The group said its men had killed 22 members of the \"crusader army\" near the river.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(22),
            Some(22)
        );
        // Members of a militia or vigilance committee: auxiliaries.
        has!(
            "Two members of a village vigilance group died in the crossfire.",
            Casualties,
            N,
            Some("auxiliaries"),
            Some("killed"),
            Some(2),
            Some(2)
        );
    }

    #[test]
    fn according_to_at_the_start_of_a_sentence() {
        for text in [
            "According to the Kenyan police, six gunmen were killed.",
            "As reported by the Kenyan police, six gunmen were killed.",
            "According to a statement by the Kenyan police, six gunmen were killed.",
        ] {
            has!(
                text,
                Casualties,
                Some("kenya_police"),
                Some("militants"),
                Some("killed"),
                Some(6),
                Some(6)
            );
        }
    }

    #[test]
    fn coordinated_figures_of_our_own() {
        has!(
            "\"Three of our soldiers and two civilians were killed,\" Kenya's army spokesman Col. Paul Njuguna said.",
            Casualties,
            Some("kenya_army"),
            Some("soldiers"),
            Some("killed"),
            Some(3),
            Some(3)
        );
    }

    #[test]
    fn calibres_before_items_and_injuries_sustained() {
        let got = first_claim(
            "Kenya's army said troops recovered two rifles and 150 rounds of 7.62mm live ammunition.",
            ClaimKind::Materiel,
        );
        assert!(got.items.iter().any(|i| i == "ammunition"), "{got:?}");
        has!(
            "Three rangers sustained gunshot injuries in the raid.",
            Casualties,
            N,
            Some("rangers"),
            Some("wounded"),
            Some(3),
            Some(3)
        );
    }

    #[test]
    fn a_datelines_date_and_a_group_not_named() {
        let doc = Document::new(
            "t",
            "NAIROBI, March 20, 2025 (Reuters) - Six Kenyan soldiers were killed on Tuesday, the army said.",
        )
        .with_published("2025-03-20".parse().unwrap());
        let x = Extractor::new().extract(&doc);
        let c = x
            .claims
            .iter()
            .find(|c| c.kind == ClaimKind::Casualties)
            .expect("claim");
        assert_eq!(
            c.date.map(|d| d.to_string()).as_deref(),
            Some("2025-03-18"),
            "{c:?}"
        );
        none_of!(
            "Kenya's army did not name the group behind the ambush.",
            Responsibility
        );
    }

    #[test]
    fn bare_figures_tolls_of_and_reported_dead() {
        has!(
            "Kenya's police said the blast killed 9, including two pupils.",
            Casualties,
            Some("kenya_police"),
            N,
            Some("killed"),
            Some(9),
            Some(9)
        );
        has!(
            "Kenya's police said scores were wounded in the raid.",
            Casualties,
            Some("kenya_police"),
            N,
            Some("wounded"),
            Some(40),
            None
        );
        has!(
            "Kenya's army gave a death toll of 11 soldiers.",
            Casualties,
            Some("kenya_army"),
            Some("soldiers"),
            Some("killed"),
            Some(11),
            Some(11)
        );
        has!(
            "About 25 herders were reported dead after the raid.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(25),
            Some(25)
        );
        // A year is not a figure.
        none_of!(
            "The group has killed since 2019, the army said.",
            Casualties
        );
    }

    #[test]
    fn men_lost_chiefs_killed_and_towns_taken_by_name() {
        has!(
            "Kenya's army said it lost four men in the ambush.",
            Casualties,
            Some("kenya_army"),
            Some("soldiers"),
            Some("killed"),
            Some(4),
            Some(4)
        );
        has!(
            "Gunmen shot dead a village head near Maru, residents said.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(1),
            Some(1)
        );
        let got = first_claim(
            "The rebels said they had captured the town of Kalehe.",
            ClaimKind::Control,
        );
        assert_eq!(got.subject.as_deref(), Some("Kalehe"), "{got:?}");
    }

    #[test]
    fn attackers_put_to_flight_or_forced_to_retreat() {
        for text in [
            "Kenya's police said officers engaged the raiders and forced them to withdraw.",
            "Kenya's police said the raiders were put to flight after an hour.",
            "Kenya's police said officers helped push back the gunmen.",
            "Kenya's police said officers fought off a raid on the station.",
        ] {
            has!(
                text,
                Repelled,
                Some("kenya_police"),
                Some("attack"),
                Some("repelled"),
                None,
                None
            );
        }
        // Routing a column in an ambush is not repelling an attack.
        none_of!(
            "The rebels said they routed an army column near the border.",
            Repelled
        );
    }

    #[test]
    fn a_bulleted_toll_in_a_press_release() {
        let text = "The provisional toll is as follows:\n\n- three (03) rebels neutralised;\n- one (01) soldier seriously wounded.";
        has!(
            text,
            Casualties,
            N,
            Some("militants"),
            Some("neutralised"),
            Some(3),
            Some(3)
        );
        has!(
            text,
            Casualties,
            N,
            Some("soldiers"),
            Some("wounded"),
            Some(1),
            Some(1)
        );
    }

    #[test]
    fn a_claimed_toll_raised() {
        has!(
            "Later the group raised its claimed toll to 19 soldiers.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(19),
            Some(19)
        );
    }

    #[test]
    fn a_string_of_hilltop_positions_taken() {
        has!(
            "Fano fighters captured a chain of hilltop positions above the town.",
            Control,
            Some("fano"),
            Some("bases"),
            Some("seized"),
            None,
            None
        );
    }

    #[test]
    fn a_quoted_predicate_of_the_attack_and_operatives_eliminated() {
        let got = first_claim(
            "Niger's government said the ambush was \"a betrayal of the truce\" and vowed a response.",
            ClaimKind::Characterization,
        );
        assert_eq!(got.claimant.as_deref(), Some("niger_government"));
        assert_eq!(got.outcome.as_deref(), Some("a betrayal of the truce"));
        has!(
            "The army said it eliminated four ISWAP operatives near Gwoza.",
            Casualties,
            Some("nigeria_army"),
            Some("militants"),
            Some("killed"),
            Some(4),
            Some(4)
        );
        has!(
            "The NPA said its fighters annihilated six soldiers near the river.",
            Casualties,
            Some("npa"),
            Some("soldiers"),
            Some("killed"),
            Some(6),
            Some(6)
        );
        // A group's fighters who "eliminated" soldiers: it claims the attack.
        let rows =
            claims("The TTP said its fighters had \"eliminated nine soldiers\" at the post.");
        assert!(
            rows.iter()
                .any(|r| r.0 == ClaimKind::Responsibility && r.1.as_deref() == Some("ttp")),
            "{rows:?}"
        );
    }

    #[test]
    fn a_quotation_keeps_its_speaker_across_sentences() {
        // After `"...," he said.`, a sentence of quotation is his.
        has!(
            "\"The convoy was hit twice,\" Colonel Amadou Sy, the army spokesman, said. \"We drove them off and killed 14 of the attackers.\"",
            Casualties,
            Some("army"),
            Some("militants"),
            Some("killed"),
            Some(14),
            Some(14)
        );
        // Before it: the quotation closes in the sentence that names him.
        has!(
            "\"We drove them off and killed 14 of the attackers. The convoy was hit twice,\" Colonel Amadou Sy, the army spokesman, said.",
            Casualties,
            Some("army"),
            Some("militants"),
            Some("killed"),
            Some(14),
            Some(14)
        );
    }

    #[test]
    fn a_subject_before_had_and_a_verb_did_it() {
        // "had killed" is active: the fighters are not the victims.
        let rows = claims("The movement said two of its commandos had shot dead 14 soldiers.");
        assert!(rows.iter().all(|r| r.4 != Some(2)), "{rows:?}");
        has!(
            "The movement said two of its commandos had shot dead 14 soldiers.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(14),
            Some(14)
        );
        // The passive and intransitive perfects are still victims.
        has!(
            "Six soldiers had been shot dead, the army said.",
            Casualties,
            Some("army"),
            Some("soldiers"),
            Some("killed"),
            Some(6),
            Some(6)
        );
        has!(
            "Four soldiers have died of their wounds.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(4),
            Some(4)
        );
    }

    #[test]
    fn a_second_figure_with_its_outcome_before_the_noun() {
        has!(
            "The morgue took in three bodies and 12 injured villagers, a medic said.",
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(12),
            Some(12)
        );
        // Without an outcome of its own the second figure shares the first.
        has!(
            "Gunmen killed four farmers and two herders on Monday.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(2),
            Some(2)
        );
    }

    #[test]
    fn a_figure_that_parts_an_earlier_one_shares_its_outcome() {
        let text = "Some 40 herders were killed, among them at least nine boys, \
                    and 70 people were hurt.";
        has!(
            text,
            Casualties,
            N,
            Some("boys"),
            Some("killed"),
            Some(9),
            None
        );
        let rows = claims(text);
        assert!(
            rows.iter()
                .all(|r| !(r.4 == Some(9) && r.3.as_deref() == Some("wounded"))),
            "{rows:?}"
        );
        has!(
            "The shelling killed 18 people, including six women.",
            Casualties,
            N,
            Some("women"),
            Some("killed"),
            Some(6),
            Some(6)
        );
        // Past a phrase of time or place after the first figure.
        has!(
            "The clinic treated 31 wounded people in Bor, including nine students.",
            Casualties,
            N,
            Some("students"),
            Some("wounded"),
            Some(9),
            Some(9)
        );
    }

    #[test]
    fn a_communique_toll_in_clauses_and_items_before_their_verb() {
        let text = "Enemy losses: 11 insurgents killed; many others wounded; six \
                    rifles and 9 motorbikes seized. Our losses: two soldiers fell in \
                    combat and four were injured; one herder was hit by a stray bullet.";
        has!(
            text,
            Casualties,
            N,
            Some("militants"),
            Some("wounded"),
            Some(2),
            None
        );
        has!(
            text,
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(2),
            Some(2)
        );
        has!(
            text,
            Casualties,
            N,
            Some("soldiers"),
            Some("wounded"),
            Some(4),
            Some(4)
        );
        has!(
            text,
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(1),
            Some(1)
        );
        let m = first_claim(text, ClaimKind::Materiel);
        assert_eq!(m.items, ["weapons", "motorcycles"]);
        // "fell" alone is no death: "the soldiers fell back".
        none_of!("Three soldiers fell back to the camp.", Casualties);
    }

    #[test]
    fn a_toll_of_none_is_a_figure_of_zero() {
        has!(
            "The mission said no peacekeepers had been killed.",
            Casualties,
            N,
            Some("peacekeepers"),
            Some("killed"),
            Some(0),
            Some(0)
        );
        // "No one was killed" was read as one death.
        let rows = claims("No one was killed in the blast.");
        assert!(rows.iter().all(|r| r.4 == Some(0)), "{rows:?}");
        // "no fewer than" is a lower bound, not none.
        has!(
            "The strike killed no fewer than 20 people.",
            Casualties,
            N,
            Some("people"),
            Some("killed"),
            Some(20),
            None
        );
    }

    #[test]
    fn quoted_epithets_and_praise_before_the_noun() {
        has!(
            "The group said it killed 11 \"apostate militia fighters\" near the wells.",
            Casualties,
            N,
            Some("militants"),
            Some("killed"),
            Some(11),
            Some(11)
        );
        has!(
            "\"We lost three of our valiant soldiers,\" the colonel said.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(3),
            Some(3)
        );
    }

    /// People rescued are a casualty claim of their own outcome; victims,
    /// abductees and captives are people.
    #[test]
    fn people_rescued() {
        has!(
            "Police said they rescued 14 abductees from a forest near Tsafe.",
            Casualties,
            Some("nigeria_police"),
            Some("people"),
            Some("rescued"),
            Some(14),
            Some(14)
        );
        has!(
            "Three herders died and 9 victims were rescued by troops.",
            Casualties,
            N,
            Some("people"),
            Some("rescued"),
            Some(9),
            Some(9)
        );
    }

    /// "N of its members" counts the members of the party "its" stands
    /// for, and never the speaker's when it killed them.
    #[test]
    fn of_its_members() {
        has!(
            "Al-Shabaab raided the base. Somalia's army said it repelled the group, \
             killing 19 of its members.",
            Casualties,
            Some("somalia_army"),
            Some("militants"),
            Some("killed"),
            Some(19),
            Some(19)
        );
    }

    /// Materiel counted by the figure that opens its items; "the
    /// paramilitary group" is the armed group named before.
    #[test]
    fn materiel_counted_and_the_paramilitary_group() {
        let x = Extractor::new().extract(&Document::new(
            "t",
            "The RSF stormed Bara. The paramilitary group said it seized 12 armoured vehicles.",
        ));
        let m = x
            .claims
            .iter()
            .find(|c| c.kind == ClaimKind::Materiel)
            .expect("a materiel claim");
        assert_eq!(m.count.as_ref().and_then(|c| c.low), Some(12), "{m:?}");
        assert_eq!(m.claimant.as_deref(), Some("rsf"), "{m:?}");
    }

    /// Materiel carted or made away with, armed vehicles, and "N of the
    /// trucks".
    #[test]
    fn materiel_made_away_with_and_counted_of_the_whole() {
        let counted = |text: &str| -> Vec<Option<u64>> {
            dated(text)
                .into_iter()
                .filter(|c| c.kind == ClaimKind::Materiel)
                .map(|c| c.count.and_then(|n| n.low))
                .collect()
        };
        assert_eq!(
            counted("Bandits made away with four pistols from the station."),
            [Some(4)]
        );
        assert_eq!(
            counted("The raiders carted away weapons before troops arrived."),
            [None]
        );
        assert_eq!(
            counted("The rebels said they had seized five armed vehicles."),
            [Some(5)]
        );
        assert_eq!(
            counted("The gang looted three of the lorries on the highway."),
            [Some(3)]
        );
        assert!(counted("The convoy made its way with two trucks.").is_empty());
        // A list goes on after a quoted part.
        let items: Vec<String> = dated(
            "The rebels said they seized \"rifles and ammunition\" as well as two motorcycles.",
        )
        .into_iter()
        .filter(|c| c.kind == ClaimKind::Materiel)
        .flat_map(|c| c.items)
        .collect();
        assert!(items.iter().any(|i| i.contains("motorcycle")), "{items:?}");
        // What the party says was taken, with its report in between.
        has!(
            "The Arakan Army said 40 soldiers surrendered, and showed rifles and radios it said had been captured.",
            Materiel,
            Some("arakan_army"),
            N,
            Some("seized"),
            None,
            None
        );
    }

    /// "The statement said" a few sentences after the party that issued
    /// it last spoke is still that party's statement.
    #[test]
    fn the_statement_said_far_from_its_issuer() {
        has!(
            "In a video on its channels, the ADF said it had destroyed a camp. It named the village. \
             Aerial footage attached to the video showed smoke over huts. Roads there are cut.\n\n\
             The statement said 12 of its fighters had died.",
            Casualties,
            Some("adf"),
            Some("fighters"),
            Some("killed"),
            Some(12),
            Some(12)
        );
    }

    /// A quotation over two sentences closed by `," the statement said`
    /// is the statement's, its last sentence too.
    #[test]
    fn a_long_quotation_closed_by_the_statement_said() {
        has!(
            "The ADF said in a communique that it had struck at dawn. \"We stormed the camp from the east. \
             Our men killed 14 soldiers,\" the communique said.",
            Casualties,
            Some("adf"),
            Some("soldiers"),
            Some("killed"),
            Some(14),
            Some(14)
        );
    }

    /// A group's name in lower case before the people counted ("al-Shabaab
    /// fighters") qualifies them, as a capitalised one does.
    #[test]
    fn a_lowercase_arabic_name_before_the_subject() {
        has!(
            "Kenyan police said 9 al-Shabaab gunmen were shot dead.",
            Casualties,
            Some("kenya_police"),
            Some("militants"),
            Some("killed"),
            Some(9),
            Some(9)
        );
        has!(
            "The army said it killed 16 ash-Shabab fighters.",
            Casualties,
            Some("army"),
            Some("militants"),
            Some("killed"),
            Some(16),
            Some(16)
        );
    }

    /// A sentence that opens with "Last month," tells an earlier event,
    /// even with no date for the event the article is about.
    #[test]
    fn a_sentence_opening_with_last_month_is_background() {
        use crate::EventRef::{Current, Prior};
        let got = casualty_events(dated(
            "Gunmen killed 8 herders near Ngala on Monday. Last month, a raid on \
             the same road killed 14 traders. Local leaders fear more raids last month \
             and this one.",
        ));
        assert_eq!(got, [(Some(8), Some(Current)), (Some(14), Some(Prior))]);
    }

    /// Quotes around one item of a list are the writer's.
    #[test]
    fn a_quoted_item_in_a_list() {
        let items: Vec<String> =
            dated("The ADF said it took \"scores of rifles\" and three pickup trucks.")
                .into_iter()
                .filter(|c| c.kind == ClaimKind::Materiel)
                .flat_map(|c| c.items)
                .collect();
        assert_eq!(items, ["weapons", "vehicles"]);
    }

    /// Spoils and booty listed by the party that took them.
    #[test]
    fn spoils_and_booty_are_materiel() {
        let items = |t: &str| -> Vec<String> {
            dated(t)
                .into_iter()
                .filter(|c| c.kind == ClaimKind::Materiel)
                .flat_map(|c| c.items)
                .collect()
        };
        let got = items("The rebels said their booty included four pickups and a mortar.");
        assert_eq!(got, ["vehicles", "weapons"]);
        let got = items("The insurgents gave their spoils of war as two trucks and 30 rifles.");
        assert!(got.iter().any(|i| i.contains("truck")), "{got:?}");
        // Spoils that are not materiel are nothing.
        assert!(items("The spoils of the election were shared out.").is_empty());
    }

    /// "called the operation a 'heroic strike'": a quoted name for what
    /// happened, whatever the noun for it.
    #[test]
    fn a_quoted_name_for_the_operation_is_a_characterization() {
        has!(
            "The ADF called the operation \"a heroic strike\".",
            Characterization,
            Some("adf"),
            N,
            Some("a heroic strike"),
            None,
            None
        );
    }

    /// Control in quotes, and the posts police and armies hold.
    #[test]
    fn quoted_control_and_police_posts() {
        // Hills and ridges are positions held.
        has!(
            "The ADF said it had captured two strategic ridges above Kasindi.",
            Control,
            Some("adf"),
            Some("bases"),
            Some("seized"),
            Some(2),
            Some(2)
        );
        has!(
            "The ADF said it had gained \"complete control\" of Kasindi.",
            Control,
            Some("adf"),
            Some("Kasindi"),
            Some("seized"),
            None,
            None
        );
        has!(
            "The army said Kasindi remained \"firmly under army control\".",
            Control,
            Some("dr_congo_army"),
            Some("Kasindi"),
            Some("seized"),
            None,
            None
        );
        // A post that "fell" on a day, with no one it fell to.
        has!(
            "The rebels said the garrison fell early on Sunday.",
            Control,
            N,
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        none_of!("Shells fell on the garrison overnight.", Control);
        has!(
            "The TTP said it stormed and seized a checkpost near Tank.",
            Control,
            Some("ttp"),
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        has!(
            "Bandits overran the police station at Gusau, police said.",
            Control,
            Some("nigeria_police"),
            Some("bases"),
            Some("seized"),
            None,
            None
        );
    }

    /// A place that "remains under the control" of a force, with quotes,
    /// adverbs or "sector" about it, and "the base is in our hands".
    #[test]
    fn still_under_control() {
        has!(
            "Niger's army said the Tassia area \"remains completely under the control\" of its units.",
            Control,
            Some("niger_army"),
            Some("Tassia"),
            Some("seized"),
            None,
            None
        );
        has!(
            "\"The camp is in our hands,\" Niger's army said.",
            Control,
            Some("niger_army"),
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        has!(
            "\"The camp is secure and fully under our control,\" Niger's army said.",
            Control,
            Some("niger_army"),
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        has!(
            "\"By nightfall the camp was back in our hands,\" Niger's army said.",
            Control,
            Some("niger_army"),
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        // "taken full control": the group's report of its own attack.
        has!(
            "ISWAP said its fighters had \"taken full control\" of the camp.",
            Responsibility,
            Some("iswap"),
            Some("iswap"),
            Some("responsible"),
            None,
            None
        );
    }

    /// A report that names the group that attacked attributes the attack:
    /// rule `responsibility/named_attacker`. Not without a speaker, nor for
    /// the speaker's own attack.
    #[test]
    fn a_report_naming_the_attacker() {
        has!(
            "Four policemen died when al-Shabaab fighters ambushed a convoy near Mandera, Kenya's police said.",
            Responsibility,
            Some("kenya_police"),
            Some("al_shabab"),
            Some("responsible"),
            None,
            None
        );
        none_of!(
            "Four policemen died when al-Shabaab fighters ambushed a convoy near Mandera.",
            Responsibility
        );
    }

    /// Citizens, inhabitants and locals are civilians.
    #[test]
    fn citizens_are_civilians() {
        has!(
            "Nine inhabitants of Diffa were wounded by the shells.",
            Casualties,
            N,
            Some("civilians"),
            Some("wounded"),
            Some(9),
            Some(9)
        );
    }

    /// "Crusaders" in a jihadist claim are soldiers.
    #[test]
    fn crusaders_are_soldiers() {
        has!(
            "Amaq said the fighters killed nine French crusaders near Menaka.",
            Casualties,
            Some("amaq"),
            Some("soldiers"),
            Some("killed"),
            Some(9),
            Some(9)
        );
    }

    /// "The Third Division", "its 5th Infantry Brigade": a unit of the army
    /// in context speaks for it.
    #[test]
    fn a_numbered_unit_is_the_army() {
        has!(
            "Fighting broke out near Tumaco in Colombia. The Second Division said \
             that three guerrillas died.",
            Casualties,
            Some("colombia_army"),
            Some("militants"),
            Some("killed"),
            Some(3),
            Some(3)
        );
    }

    /// A quoted verb before "N of them"; "Ambazonian separatist fighters"
    /// name the separatists.
    #[test]
    fn quoted_verb_of_them_and_ambazonian_fighters() {
        has!(
            "Ambazonian separatist fighters raided Bali. Cameroon's army said it \"neutralised\" four of them.",
            Casualties,
            Some("cameroon_army"),
            Some("militants"),
            Some("neutralised"),
            Some(4),
            Some(4)
        );
    }

    /// "Took" posts or a known town is taking them; a negated verb is a
    /// denial, not a claim; "the loss of N of its fighters" is a toll.
    #[test]
    fn took_posts_never_took_and_losses() {
        has!(
            "The rebels say their men took three army posts near Aguelhok.",
            Control,
            N,
            Some("bases"),
            Some("seized"),
            Some(3),
            Some(3)
        );
        none_of!(
            "Burkina Faso's army insists the attackers never took the base at Djibo.",
            Control
        );
        none_of!("The operation took two hours and ended at dawn.", Control);
        has!(
            "JNIM admitted the loss of two of its fighters.",
            Casualties,
            Some("jnim"),
            Some("fighters"),
            Some("killed"),
            Some(2),
            Some(2)
        );
    }

    /// "A, B says it ...": the clause after the cue is B's report, not A
    /// (B is no post-posed speaker of A there).
    #[test]
    fn a_second_speaker_after_a_comma_reports_what_follows() {
        has!(
            "Rebels claim the Kidal road, Mali's army says it lost four soldiers",
            Casualties,
            Some("mali_army"),
            Some("soldiers"),
            Some("killed"),
            Some(4),
            Some(4)
        );
    }

    /// A toll with no noun takes the one after "among" or "in the ranks
    /// of": a noun, or a party's members.
    #[test]
    fn dead_among_a_party() {
        has!(
            "Residents spoke of dozens of dead among the militiamen.",
            Casualties,
            N,
            Some("auxiliaries"),
            Some("killed"),
            Some(24),
            None
        );
        has!(
            "Doctors in Mali counted 12 dead among the Wagner mercenaries.",
            Casualties,
            N,
            Some("mercenaries"),
            Some("killed"),
            Some(12),
            Some(12)
        );
    }

    /// "Taken over" a post or a town is taking it (not an office); "made
    /// no statement" withholds a figure.
    #[test]
    fn taken_over_and_no_statement() {
        has!(
            "The rebels said they had taken over the garrison at Bria.",
            Control,
            N,
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        none_of!(
            "The general took over the presidency in 2021 after a coup.",
            Control
        );
        has!(
            "Kenyan police had issued no statement by Friday evening.",
            Undisclosed,
            Some("kenya_police"),
            N,
            N,
            None,
            None
        );
    }

    /// "N of them" with no casualty noun before it counts the members of
    /// the last party named before it in the sentence, not the claimant's;
    /// a casualty noun of an earlier sentence comes after that party.
    #[test]
    fn of_them_after_a_party() {
        has!(
            "Al-Shabaab said it routed the Somali army near Jowhar, killing 40 of them.",
            Casualties,
            Some("al_shabab"),
            Some("soldiers"),
            Some("killed"),
            Some(40),
            Some(40)
        );
        has!(
            "Two civilians were hurt in the blast. ISWAP said it ambushed the Nigerian army and killed 12 of them.",
            Casualties,
            Some("iswap"),
            Some("soldiers"),
            Some("killed"),
            Some(12),
            Some(12)
        );
    }

    /// A sentence with no report of its own, between two that report one
    /// party's words in its paragraph, is that party's too; not when the
    /// paragraph neither opens with a report nor has one on both sides.
    #[test]
    fn a_report_between_two_of_one_party() {
        has!(
            "Chad's army said it pushed back the raid on Ngouboua. Some 30 \
             insurgents were neutralised. Four soldiers were hurt, the army added.",
            Casualties,
            Some("chad_army"),
            Some("militants"),
            Some("neutralised"),
            Some(30),
            Some(30)
        );
        has!(
            "The fighting near Ngouboua lasted for hours. Some 30 \
             insurgents were neutralised. Four soldiers were hurt, residents said.",
            Casualties,
            N,
            Some("militants"),
            Some("neutralised"),
            Some(30),
            Some(30)
        );
    }

    /// "This is according to X" gives the sentence before it its source.
    #[test]
    fn a_source_given_in_the_next_sentence() {
        has!(
            "Nine soldiers died near Tahoua in Niger on Friday. This is according to a \
             statement from the defence ministry.",
            Casualties,
            Some("niger_government"),
            Some("soldiers"),
            Some("killed"),
            Some(9),
            Some(9)
        );
        // Not across a paragraph, nor over a report of its own.
        has!(
            "Nine soldiers died near Tahoua in Niger on Friday.\n\nThis is according to a \
             statement from the defence ministry.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(9),
            Some(9)
        );
        has!(
            "Residents said nine soldiers died near Tahoua in Niger on Friday. This was \
             confirmed by the defence ministry.",
            Casualties,
            N,
            Some("soldiers"),
            Some("killed"),
            Some(9),
            Some(9)
        );
    }

    /// A description in single quotes (curly ones are folded to straight)
    /// is read like one in double quotes, apostrophes inside it kept; a
    /// description joined to the sentence's first verb is its subject's.
    #[test]
    fn single_quoted_descriptions_and_their_subject() {
        has!(
            "Hamas called the raid \u{2018}a crime against the camp's families\u{2019}.",
            Characterization,
            Some("hamas"),
            N,
            Some("a crime against the camp's families"),
            None,
            None
        );
        has!(
            "The Houthis blamed the coalition for the air strike and called it 'an act of piracy'.",
            Characterization,
            Some("houthis"),
            N,
            Some("an act of piracy"),
            None,
            None
        );
    }

    #[test]
    fn a_question_of_who_was_behind_is_no_attribution() {
        none_of!(
            "Police did not say which group was behind the bombing, but ISWAP is active there.",
            Responsibility
        );
        none_of!("It is unclear who was behind the raid.", Responsibility);
    }

    #[test]
    fn a_reporters_caveat_is_no_undisclosed_toll() {
        none_of!("AFP could not verify the figures.", Undisclosed);
        none_of!("The toll could not be independently verified.", Undisclosed);
        // The outlet that reached a speaker is not the speaker.
        let text = "Reached by AFP, a defence ministry official declined to give a toll.";
        let rows = claims(text);
        assert!(
            rows.iter()
                .any(|r| r.0 == ClaimKind::Undisclosed && r.1.as_deref() != Some("afp")),
            "{rows:?}"
        );
    }

    #[test]
    fn among_the_dead_are() {
        has!(
            "Among the wounded were four students, the rector said.",
            Casualties,
            N,
            Some("students"),
            Some("wounded"),
            Some(4),
            Some(4)
        );
        has!(
            "Among the dead was a nine-year-old girl, the ministry said.",
            Casualties,
            Some("government"),
            Some("girls"),
            Some("killed"),
            Some(1),
            Some(1)
        );
        none_of!("Among the guests were four ministers.", Casualties);
    }

    #[test]
    fn escaped_with_wounds() {
        has!(
            "Troops killed nine raiders while many others fled with bullet wounds.",
            Casualties,
            N,
            Some("militants"),
            Some("wounded"),
            Some(2),
            None
        );
    }

    #[test]
    fn people_singled_out_by_their_work() {
        has!(
            "Gunmen seized two lorries and abducted four drivers on the highway.",
            Casualties,
            N,
            Some("drivers"),
            Some("abducted"),
            Some(4),
            Some(4)
        );
        has!(
            "Two journalists were wounded by shrapnel.",
            Casualties,
            N,
            Some("journalists"),
            Some("wounded"),
            Some(2),
            Some(2)
        );
    }

    #[test]
    fn members_named_by_their_movement() {
        // "Maoists", "Naxalites", "Houthis": the members of a movement
        // counted by its name are the armed side.
        has!(
            "Fourteen Naxalites died in a gunfight with the district force.",
            Casualties,
            N,
            Some("militants"),
            Some("killed"),
            Some(14),
            Some(14)
        );
        has!(
            "The army said its jets had killed 40 Houthis near the port.",
            Casualties,
            Some("army"),
            Some("militants"),
            Some("killed"),
            Some(40),
            Some(40)
        );
        // The adjective leaves the noun after it the subject, and the
        // clause that follows its own ("and taking 4 prisoner").
        has!(
            "Units repelled the raid, killing 9 Houthi fighters and taking 3 prisoner.",
            Casualties,
            N,
            Some("militants"),
            Some("captured"),
            Some(3),
            Some(3)
        );
    }

    #[test]
    fn a_toll_that_names_its_victims() {
        has!(
            "Our side's toll stands at six gendarmes fallen with arms in hand and 12 wounded.",
            Casualties,
            N,
            Some("police"),
            Some("killed"),
            Some(6),
            Some(6)
        );
        has!(
            "Our side's toll stands at six gendarmes fallen with arms in hand and 12 wounded.",
            Casualties,
            N,
            Some("police"),
            Some("wounded"),
            Some(12),
            Some(12)
        );
        // Without victims after it, the toll keeps none of its own.
        has!(
            "The toll rose to 30 by the evening.",
            Casualties,
            N,
            N,
            Some("killed"),
            Some(30),
            Some(30)
        );
    }

    #[test]
    fn no_civilian_casualties_is_a_zero_of_civilians() {
        has!(
            "The prefect said that no civilian casualty had been registered.",
            Casualties,
            Some("government"),
            Some("civilians"),
            Some("killed"),
            Some(0),
            Some(0)
        );
        none_of!(
            "The prefect said that no civilian casualty had been registered.",
            Undisclosed
        );
        // Figures withheld are not a zero.
        none_of!("The prefect gave no civilian casualty figures.", Casualties);
    }

    #[test]
    fn claimed_by_and_prisoners_of_a_list() {
        // The party an attack "was claimed by" claims it, whatever comes
        // between ("on Monday", "later").
        has!(
            "The raid was claimed on Monday by al-Shabaab.",
            Responsibility,
            Some("al_shabab"),
            Some("al_shabab"),
            Some("responsible"),
            None,
            None
        );
        // "several of whom", like "several of them".
        has!(
            "Police fought off the gunmen, three of whom were arrested.",
            Casualties,
            N,
            Some("militants"),
            Some("captured"),
            Some(3),
            Some(3)
        );
        // A list of deeds: "killed ..., taken N others prisoner".
        has!(
            "The rebels said they had killed nine troops, taken two others prisoner and burned a truck.",
            Casualties,
            N,
            Some("soldiers"),
            Some("captured"),
            Some(2),
            Some(2)
        );
    }

    #[test]
    fn a_bare_figure_is_about_the_victims_named_before_it() {
        has!(
            "The ministry confirmed the deaths of six policemen and reported 14 wounded.",
            Casualties,
            Some("government"),
            Some("police"),
            Some("wounded"),
            Some(14),
            Some(14)
        );
        // Not those of a part of the toll.
        let got =
            claims("The mortar killed 9 villagers, including two girls, and left 30 wounded.");
        assert!(
            got.iter()
                .all(|c| !(c.3.as_deref() == Some("wounded") && c.2.as_deref() == Some("girls"))),
            "{got:?}"
        );
    }

    #[test]
    fn a_base_in_the_firm_hold_of_troops() {
        has!(
            "The camp remains in the firm hold of our forces, the spokesman said.",
            Control,
            N,
            Some("bases"),
            Some("seized"),
            None,
            None
        );
    }

    #[test]
    fn a_coordinated_figure_keeps_its_own_verb_past_an_apposition() {
        has!(
            "Six rangers were killed, and 20 villagers, mostly herders, were kidnapped.",
            Casualties,
            N,
            Some("civilians"),
            Some("abducted"),
            Some(20),
            Some(20)
        );
    }

    #[test]
    fn no_casualties_among_those_named_after_said() {
        has!(
            // The battalion is the (unnamed) army's.
            "The battalion said no casualties were recorded among its soldiers.",
            Casualties,
            Some("army"),
            Some("soldiers"),
            Some("killed"),
            Some(0),
            Some(0)
        );
        // Whose, unsaid: nothing.
        let got = claims("The battalion said no casualties were recorded.");
        assert!(got.iter().all(|c| c.0 != ClaimKind::Casualties), "{got:?}");
    }

    #[test]
    fn forcing_the_other_side_to_abandon_a_place_takes_it() {
        has!(
            "The rebels forced the troops to abandon the army camp at Kasese.",
            Control,
            N,
            Some("bases"),
            Some("seized"),
            None,
            None
        );
        none_of!("Floods forced the army to abandon its plans.", Control);
    }

    #[test]
    fn a_subject_of_a_named_unit() {
        has!(
            "A constable of the Special Task Force (STF) was shot dead at the camp.",
            Casualties,
            N,
            Some("police"),
            Some("killed"),
            Some(1),
            Some(1)
        );
        has!(
            "A trooper of the 4th Battalion was wounded by a sniper.",
            Casualties,
            N,
            Some("soldiers"),
            Some("wounded"),
            Some(1),
            Some(1)
        );
        // A unit is capitalised words and unit nouns, never a clause: the
        // farmer said; he is not among the dead.
        let got = claims("A farmer of Dande reached by phone said six guards, all from the village, had been killed.");
        assert!(
            got.iter().all(|c| c.2.as_deref() != Some("civilians")),
            "{got:?}"
        );
    }

    #[test]
    fn criminals_aggressors_and_alleged_subjects() {
        const N: Option<&str> = None;
        // Police and prosecutors' words for the armed men they fight.
        has!(
            "Marines shot dead five presumed criminals near the port on Friday.",
            Casualties,
            N,
            Some("militants"),
            Some("killed"),
            Some(5),
            Some(5)
        );
        has!(
            "Officers \"neutralized\" three alleged kidnappers, while two more were arrested.",
            Casualties,
            N,
            Some("militants"),
            Some("neutralised"),
            Some(3),
            Some(3)
        );
        has!(
            "Police said two armed robbers were shot down at the checkpoint.",
            Casualties,
            N,
            Some("militants"),
            Some("killed"),
            Some(2),
            Some(2)
        );
        has!(
            "Troops arrested four aggressors after the shootout.",
            Casualties,
            N,
            Some("militants"),
            Some("captured"),
            Some(4),
            Some(4)
        );
        has!(
            "Four border guards and two guardsmen were wounded at the crossing.",
            Casualties,
            N,
            Some("soldiers"),
            Some("wounded"),
            Some(4),
            Some(4)
        );
        // A relative clause and an appositive between count and verb.
        has!(
            "Two fishermen who had gone out at dawn, a father and his son, died when the boat was shelled.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(2),
            Some(2)
        );
    }

    #[test]
    fn a_group_names_its_men_soldiers() {
        // Groups that style themselves a state call their fighters
        // soldiers, often in quotes and with the province's name.
        let rows = claims(
            "Islamic State said on Telegram that its \"soldiers of the Sinai Province\" struck an army checkpoint.",
        );
        assert!(
            rows.iter().any(
                |r| r.0 == ClaimKind::Responsibility && r.1.as_deref() == Some("islamic_state")
            ),
            "{rows:?}"
        );
        // A state army's own soldiers attacking is no responsibility claim.
        let rows = claims("The army said its soldiers raided a rebel hideout.");
        assert!(
            rows.iter().all(|r| r.0 != ClaimKind::Responsibility),
            "{rows:?}"
        );
    }

    #[test]
    fn no_casualties_suffered_is_a_stated_zero() {
        const N: Option<&str> = None;
        has!(
            "The rebels said their fighters had sustained no losses.",
            Casualties,
            N,
            Some("militants"),
            Some("killed"),
            Some(0),
            Some(0)
        );
        // The speaker's own men when no subject is named.
        has!(
            "The Chadian army said it suffered \"no casualties\" in the clash.",
            Casualties,
            Some("chad_army"),
            Some("soldiers"),
            Some("killed"),
            Some(0),
            Some(0)
        );
        // "No casualties were reported among X": a zero for X; with no
        // one named, nobody's zero and no figure withheld either.
        has!(
            "Shells hit the market. No casualties were reported among the traders.",
            Casualties,
            N,
            Some("civilians"),
            Some("killed"),
            Some(0),
            Some(0)
        );
        assert!(claims("Shells hit the market. No casualties were reported.").is_empty());
        // A figure withheld is no zero.
        let rows = claims("The Chadian army gave no casualty figures.");
        assert!(
            rows.iter().all(|r| r.0 != ClaimKind::Casualties),
            "{rows:?}"
        );
        assert!(
            rows.iter().any(|r| r.0 == ClaimKind::Undisclosed),
            "{rows:?}"
        );
        // "None of" is a zero too.
        has!(
            "The group said none of its fighters were hurt.",
            Casualties,
            N,
            Some("militants"),
            Some("wounded"),
            Some(0),
            Some(0)
        );
    }

    #[test]
    fn quoted_words_inside_a_toll() {
        const N: Option<&str> = None;
        // A quoted figure in a continuation.
        has!(
            "Nine soldiers died in the raid and \"dozens\" more were wounded.",
            Casualties,
            N,
            Some("soldiers"),
            Some("wounded"),
            Some(24),
            None
        );
        // A quoted word inside an outcome phrase.
        has!(
            "Three of the rebels had fallen as \"martyrs\" in the assault.",
            Casualties,
            N,
            Some("militants"),
            Some("killed"),
            Some(3),
            Some(3)
        );
        // Spoils listed.
        assert_eq!(
            items("The insurgents said mortars and a pickup were among their spoils."),
            ["weapons", "vehicles"]
        );
    }

    #[test]
    fn one_ranked_soldier_past_modifiers() {
        const N: Option<&str> = None;
        for text in [
            "An Army corporal was killed when the convoy hit a mine.",
            "A police sergeant was killed when the convoy hit a mine.",
            "The army said an army corporal died when the convoy hit a mine.",
        ] {
            let rows = claims(text);
            assert!(
                rows.iter().any(|r| r.0 == ClaimKind::Casualties
                    && r.3.as_deref() == Some("killed")
                    && r.4 == Some(1)
                    && r.5 == Some(1)),
                "{text}: {rows:?}"
            );
        }
        has!(
            "A paramilitary ranger was killed at the gate.",
            Casualties,
            N,
            Some("rangers"),
            Some("killed"),
            Some(1),
            Some(1)
        );
        let rows = claims("Police said the ranger was killed at the gate.");
        assert!(rows.iter().all(|r| r.4 != Some(1)), "{rows:?}");
        has!(
            "Two corporals were wounded at the gate.",
            Casualties,
            N,
            Some("soldiers"),
            Some("wounded"),
            Some(2),
            Some(2)
        );
    }

    #[test]
    fn a_toll_list_after_a_comma_keeps_its_subject() {
        const N: Option<&str> = None;
        has!(
            "Our losses: six gendarmes killed in action, eleven wounded, two trucks burned.",
            Casualties,
            N,
            Some("police"),
            Some("wounded"),
            Some(11),
            Some(11)
        );
        // A figure after a comma with no outcome of its own is no toll.
        let rows = claims("Six gendarmes were killed, three witnesses said.");
        assert_eq!(rows.len(), 1, "{rows:?}");
    }

    #[test]
    fn secured_and_impounded_materiel() {
        assert_eq!(
            items("Marines secured nine long guns and two pickups at the ranch."),
            ["weapons", "vehicles"]
        );
        assert_eq!(
            items("Six handguns were impounded at the roadblock."),
            ["weapons"]
        );
        // A passive report before a comma: the speaker comes after it.
        assert_eq!(
            items("Mortars and two pickups were captured, the militia's spokesman said."),
            ["weapons", "vehicles"]
        );
        // "Secured" a place or a release is no materiel.
        assert!(
            claims("Troops secured the bridge and the release of two hostages.")
                .iter()
                .all(|c| c.0 != ClaimKind::Materiel)
        );
    }

    #[test]
    fn every_rule_id_is_unique() {
        let mut ids = super::RULE_IDS.to_vec();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), super::RULE_IDS.len());
    }
}

#[cfg(test)]
mod fold_tests {
    #[test]
    fn quotes_fold_across_spellings() {
        for q in [
            "co-ordinated and high quality,",
            "Coordinated and high-quality",
            "coordinated  and high quality",
        ] {
            assert_eq!(super::fold_quote(q), "coordinated and high quality", "{q}");
        }
    }
}
