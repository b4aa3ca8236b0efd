//! Places: countries, demonyms before "border", regions and the gazetteer,
//! plus the places no gazetteer knows, found from how reports name them
//! ("the town of X", "seven towns including A, B and C", "at X").

use std::collections::{HashMap, HashSet};

use crate::pattern::Regex;
use once_cell::sync::Lazy;

use crate::lexicon::gazetteer::Gazetteer;
use crate::lexicon::{Lexicons, PlaceEntry};
use crate::model::LocationKind;

/// What a gazetteer hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PlaceHit {
    /// A place in the places table.
    Place(usize),
    /// A country, by index in the countries table.
    Country(usize),
    /// A demonym of a country ("Senegalese").
    Demonym(usize),
}

/// The compiled place lexicon.
#[derive(Clone, Debug)]
pub(crate) struct PlaceLex {
    gz: Gazetteer<PlaceHit>,
    pub(crate) places: Vec<PlaceEntry>,
    pub(crate) countries: Vec<String>,
    /// Every name, lower-cased, for datelines written in capitals.
    by_lower: HashMap<String, PlaceHit>,
    /// Demonyms ("Beninese"), which never name a place by themselves.
    demonyms: std::collections::HashSet<String>,
    /// Capitalised words that open no place's name (`not_place` of
    /// `data/word_classes.tsv`): "The", "Each", "Monday".
    not_place: std::collections::HashSet<String>,
    /// Capitalised words that open a place's name before a country's
    /// (`place_prefix` of `data/word_classes.tsv`): "Puerto Jordan" is no
    /// mention of Jordan.
    place_prefix: Vec<String>,
}

pub(crate) fn build(lex: &Lexicons, user: &[PlaceEntry]) -> PlaceLex {
    let mut places = user.to_vec();
    places.extend(lex.places.iter().cloned());
    let mut names = Vec::new();
    for (i, c) in lex.countries.iter().enumerate() {
        names.push((c.name.clone(), PlaceHit::Country(i)));
        for a in &c.aliases {
            names.push((a.clone(), PlaceHit::Country(i)));
        }
        for d in &c.demonyms {
            if d.chars().any(|c| c.is_lowercase()) {
                names.push((d.clone(), PlaceHit::Demonym(i)));
            }
        }
    }
    for (i, p) in places.iter().enumerate() {
        names.push((p.name.clone(), PlaceHit::Place(i)));
        for a in &p.aliases {
            names.push((a.clone(), PlaceHit::Place(i)));
        }
    }
    let mut by_lower = HashMap::new();
    for (n, hit) in &names {
        if !matches!(hit, PlaceHit::Demonym(_)) {
            by_lower
                .entry(crate::text::fold_str(n).to_lowercase())
                .or_insert(*hit);
        }
    }
    let demonyms = lex
        .countries
        .iter()
        .flat_map(|c| c.demonyms.iter().map(|d| crate::text::fold_str(d)))
        .collect();
    PlaceLex {
        gz: Gazetteer::with_case(names, true),
        places,
        countries: lex.countries.iter().map(|c| c.name.clone()).collect(),
        by_lower,
        demonyms,
        not_place: lex.word_classes.not_place.iter().cloned().collect(),
        place_prefix: lex.word_classes.place_prefix.clone(),
    }
}

impl PlaceLex {
    /// Whether `word` opens no place's name ("The", "Monday").
    pub(crate) fn not_place(&self, word: &str) -> bool {
        self.not_place.contains(word)
    }
}

/// A place found in the text, before grouping.
#[derive(Clone, Debug)]
pub(crate) struct FoundPlace {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) name: String,
    pub(crate) kind: LocationKind,
    pub(crate) country: Option<String>,
}

/// A place's name as written: one to three capitalised words, with a
/// particle ("de", "al ") or an Arabic article joined by a hyphen ("Souq
/// al-Juma") before the second.
static NAME: Lazy<String> = Lazy::new(|| {
    format!(
        r"(?:[A-Z][a-z][\w'-]*|[A-Z]'[A-Z][\w'-]*)(?:\s+(?:(?:el|al|de|du|des|la|le|di|da|N'|d')\s*|(?:{})-)?(?:[A-Z][\w'-]*))?(?:\s+[A-Z][\w'-]*)?",
        crate::lexicon::arabic_articles_pattern()
    )
});

/// A reporting verb right after a name: a person's, not a place's.
static SPEAKS_AFTER: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"^,?\s+(?:said|says|told|added|stated|explained|recalled|wrote)\b")
        .expect("compiles")
});

static BORDER_AFTER: Lazy<Regex> = Lazy::new(|| {
    super::compile(r"^\s+(?:border|borders|frontier|frontiers|side|boundary)\b").expect("compiles")
});

static DISCOVER: Lazy<Regex> = Lazy::new(|| {
    let name = NAME.as_str();
    super::compile(&format!(
        r"(?x)
        (?:towns|villages|hamlets|cities|localities|communes|municipalities|locations|places|areas|districts|departments|provinces|regions|settlements|sites|islands)(?:\s+and\s+(?:cities|towns|villages))?,?\s+(?:including|such\s+as|like|namely|among\s+them)\s+(?P<list>{name}(?:,\s+{name})*(?:,?\s+and\s+{name})?)
      | (?:towns|villages|hamlets|localities|communes)\s+of\s+(?P<oflist>{name}(?:,\s+{name})*(?:,?\s+and\s+{name})?)
      | (?P<ofnoun>town|village|city|commune|hamlet|locality|district|province|department|state|county|island|peninsula|municipality|prefecture|region|outskirts|port\s+city|capital|(?:police|gendarmerie|army|military)\s+(?:station|post|camp|base|barracks)|garrison)\s+of\s+(?P<of>{name})
      | (?P<pair>{name}(?:,\s+{name})*,?\s+and\s+{name})\s+(?P<plural>regions|provinces|districts|departments|states|counties|villages|towns|communes|localities|areas)\b
      | (?P<road>[A-Z][a-z]+(?:-[A-Z][a-z]+)+)\s+(?:road|highway|axis|route|corridor)\b
      | (?P<suffixed>{name})\s+(?P<suffix>sub-?district|sub-?county|sub-?prefecture|governorate|constituency|province|region|department|state|district|commune|county|prefecture|cercle|division|subdivision|territory|chiefdom|sector|zone|area|village|town|community|river|neighbourhood|neighborhood|quarter|junction|checkpoint|crossroads|market|bridge|peninsula|island|forest|site|hotel|mine|gold\s+mine|gold\s+mining\s+site|Falls|falls|Airport|airport|National\s+Park|camp|military\s+camp|barracks|base|post|outpost)\b
      | (?P<apposed>{name}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:town|village|city|commune|locality|hamlet|settlement)\b
      | capital,?\s+(?P<capital>{name})
      | (?:spot|site|area|place|village|town|locality|position|hill|valley|forest|crossing|outpost)\s+(?:known\s+(?:locally\s+)?as|called|named)\s+(?P<known>{name})
      | (?:a|an|one)\s+(?P<resident>{name})\s+(?:resident|villager|native|elder|trader)\b
      | (?:^|[^\w])(?P<prep>in|at|near|outside|around|towards|toward|into|across|reached|from|to|between|attacked|struck|raided|stormed|overran|besieged|(?:control|capture|fall|seizure)\s+of)\s+(?P<after>{name}(?:(?:,\s+|\s+and\s+|\s+or\s+)(?:{name}))*)
        "
    ))
    .expect("place discovery pattern compiles")
});

/// The most candidate names one document can add to the places found
/// (building a matcher over many names sharing a prefix is not linear).
const MAX_DISCOVERED: usize = 2048;

static DATELINE: Lazy<Regex> = Lazy::new(|| {
    super::compile(
        r"(?m)^[\s*_#]*(?P<c>[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]{2,}){0,2})\s*(?:,|\(|-|:)",
    )
    .expect("dateline pattern compiles")
});

static SPLIT_LIST: Lazy<Regex> =
    Lazy::new(|| super::compile(r",\s+(?:and\s+)?|,?\s+and\s+|\s+or\s+").expect("compiles"));

fn kind_for(noun: &str) -> LocationKind {
    match noun
        .to_ascii_lowercase()
        .split_whitespace()
        .last()
        .unwrap_or("")
    {
        "town" | "village" | "city" | "hamlet" | "locality" | "commune" | "municipality"
        | "capital" | "outskirts" | "resident" | "villager" | "native" | "elder" | "trader" => {
            LocationKind::Settlement
        }
        "district" | "province" | "department" | "state" | "county" | "prefecture" | "region"
        | "cercle" | "division" | "subdivision" | "territory" | "chiefdom" | "sub-district"
        | "subdistrict" | "sub-county" | "subcounty" | "sub-prefecture" | "subprefecture"
        | "governorate" | "constituency" => LocationKind::AdminRegion,
        "area" | "neighbourhood" | "neighborhood" | "quarter" | "sector" | "zone" => {
            LocationKind::Settlement
        }
        _ => LocationKind::Other,
    }
}

fn keep_suffix(noun: &str) -> bool {
    let n = noun.to_ascii_lowercase();
    matches!(
        n.as_str(),
        "falls" | "airport" | "national park" | "forest" | "hotel"
    )
}

impl PlaceLex {
    /// Whether `name` is, as a whole, a place of the gazetteer.
    pub(crate) fn is_place(&self, name: &str) -> bool {
        self.gz
            .find_all(name)
            .first()
            .is_some_and(|&(s, e, _)| s == 0 && e == name.len())
    }

    /// Finds places in the folded text. `blocked` spans (actor mentions,
    /// person names) never hold a place.
    pub(crate) fn find(&self, text: &str, blocked: &[(usize, usize)]) -> Vec<FoundPlace> {
        // `blocked` is sorted and its spans do not overlap: the span that
        // starts last before `e` is the only one that can cover `s..e`.
        let overlaps = |s: usize, e: usize| {
            let k = blocked.partition_point(|&(bs, _)| bs < e);
            k > 0 && blocked[k - 1].1 > s
        };
        let mut out = Vec::new();
        // The names of the gazetteer's places, as written in the text.
        let mut known: HashSet<&str> = HashSet::new();
        for (s, e, hit) in self.gz.find_all(text) {
            if overlaps(s, e) {
                continue;
            }
            // "a UK-based monitor", "the London-headquartered group": where
            // a body sits, not where anything happened.
            let rest = &text.as_bytes()[e..];
            if rest.first() == Some(&b'-')
                && ["based", "headquartered", "registered"].iter().any(|w| {
                    rest.get(1..1 + w.len())
                        .is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
                })
            {
                continue;
            }
            let (name, kind, country) = match *hit {
                PlaceHit::Country(i) => {
                    // "the base of Puerto Jordan": a town's name that holds
                    // a country's.
                    let lead = super::before(text, s, 12);
                    if lead.ends_with(' ')
                        && lead
                            .split_whitespace()
                            .last()
                            .is_some_and(|w| self.place_prefix.iter().any(|p| p == w))
                    {
                        continue;
                    }
                    let kind = if BORDER_AFTER.is_match(&text[e..]) {
                        LocationKind::Border
                    } else {
                        LocationKind::Country
                    };
                    (
                        self.countries[i].clone(),
                        kind,
                        Some(self.countries[i].clone()),
                    )
                }
                PlaceHit::Demonym(i) => {
                    if !BORDER_AFTER.is_match(&text[e..]) {
                        continue;
                    }
                    (
                        self.countries[i].clone(),
                        LocationKind::Border,
                        Some(self.countries[i].clone()),
                    )
                }
                PlaceHit::Place(i) => {
                    let p = &self.places[i];
                    (p.name.clone(), p.kind, p.country.clone())
                }
            };
            known.insert(&text[s..e]);
            out.push(FoundPlace {
                start: s,
                end: e,
                name,
                kind,
                country,
            });
        }
        // A dateline in capitals: "PEMBA, 8 Aug (Agency) -".
        for c in DATELINE.captures_lines(text) {
            let Some(m) = c.name("c") else {
                continue;
            };
            if overlaps(m.start(), m.end()) {
                continue;
            }
            let Some(hit) = self.by_lower.get(&m.as_str().to_lowercase()) else {
                continue;
            };
            let (name, kind, country) = match *hit {
                PlaceHit::Place(i) => {
                    let p = &self.places[i];
                    (p.name.clone(), p.kind, p.country.clone())
                }
                PlaceHit::Country(i) | PlaceHit::Demonym(i) => (
                    self.countries[i].clone(),
                    LocationKind::Country,
                    Some(self.countries[i].clone()),
                ),
            };
            known.insert(m.as_str());
            out.push(FoundPlace {
                start: m.start(),
                end: m.end(),
                name,
                kind,
                country,
            });
        }
        out.sort_by_key(|p| p.start);
        // Places no gazetteer knows, from how they are written.
        let mut discovered: Vec<(String, LocationKind)> = Vec::new();
        let add = |name: &str, kind: LocationKind, discovered: &mut Vec<(String, LocationKind)>| {
            let name = name.rsplit("'s ").next().unwrap_or(name);
            let name = name.trim().trim_end_matches("'s").trim();
            let first = name.split_whitespace().next().unwrap_or("");
            if name.len() < 3
                // ("Chinese-backed": a demonym before a hyphen too.)
                || self.demonyms.contains(first.split('-').next().unwrap_or(first))
                || self.not_place.contains(first)
                || self.not_place.contains(name)
                || name.chars().filter(|c| c.is_uppercase()).count()
                    == name.chars().filter(|c| c.is_alphabetic()).count()
            {
                return;
            }
            // The gazetteer built from these keeps the first of duplicates;
            // a bound keeps its construction cheap on hostile text.
            if discovered.len() < MAX_DISCOVERED {
                discovered.push((name.to_string(), kind));
            }
        };
        for c in DISCOVER.captures_lines(text) {
            if let Some(list) = c.name("list").or_else(|| c.name("oflist")) {
                for part in SPLIT_LIST.split(list.as_str()) {
                    add(part, LocationKind::Settlement, &mut discovered);
                }
            } else if let (Some(list), Some(plural)) = (c.name("pair"), c.name("plural")) {
                // "the Metina and Zap regions": each is one of them.
                let kind = kind_for(plural.as_str().trim_end_matches('s'));
                for part in SPLIT_LIST.split(list.as_str()) {
                    add(part, kind, &mut discovered);
                }
            } else if let Some(road) = c.name("road") {
                // "the Milimani-Baure road": the places it joins, unless
                // the hyphenated name is itself a known place.
                if !known.contains(road.as_str()) {
                    for part in road.as_str().split('-').filter(|p| p.len() >= 3) {
                        add(part, LocationKind::Settlement, &mut discovered);
                    }
                }
            } else if let (Some(noun), Some(n)) = (c.name("ofnoun"), c.name("of")) {
                add(n.as_str(), kind_for(noun.as_str()), &mut discovered);
            } else if let (Some(n), Some(suf)) = (c.name("suffixed"), c.name("suffix")) {
                if overlaps(n.start(), n.end()) {
                    continue;
                }
                if keep_suffix(suf.as_str()) {
                    let full = format!("{} {}", n.as_str(), suf.as_str());
                    add(&full, LocationKind::Other, &mut discovered);
                } else {
                    add(n.as_str(), kind_for(suf.as_str()), &mut discovered);
                }
            } else if let Some(n) = c
                .name("apposed")
                .or_else(|| c.name("capital"))
                .or_else(|| c.name("known"))
            {
                add(n.as_str(), LocationKind::Settlement, &mut discovered);
            } else if let Some(n) = c.name("resident") {
                add(n.as_str(), LocationKind::Settlement, &mut discovered);
            } else if let Some(after) = c.name("after") {
                let prep = c.name("prep").map_or("", |p| p.as_str());
                if matches!(prep, "from" | "to" | "reached") {
                    // Only after words that take a place.
                    let lead = super::before(text, after.start(), 40).to_ascii_lowercase();
                    if !(lead.contains("resident")
                        || lead.contains("fled")
                        || lead.contains("flown")
                        || lead.contains("witness")
                        || lead.contains("elder")
                        || lead.contains("home"))
                    {
                        continue;
                    }
                }
                if overlaps(after.start(), after.end()) {
                    continue;
                }
                // "the union in Kayes, Mamadou Sissoko, said": a list
                // whose last name speaks ends with a person.
                let speaks = SPEAKS_AFTER.is_match(super::after(text, after.end(), 24));
                let parts: Vec<&str> = SPLIT_LIST.split(after.as_str()).collect();
                let keep = parts.len() - usize::from(speaks && parts.len() > 1);
                for part in &parts[..keep] {
                    add(part, LocationKind::Settlement, &mut discovered);
                }
            }
        }
        discovered.retain(|(n, _)| !known.contains(n.as_str()));
        if !discovered.is_empty() {
            let gz = Gazetteer::with_case(discovered.iter().map(|(n, k)| (n.clone(), *k)), true);
            let known_hits = out.len();
            // Known hits that a longer discovered name holds whole ("Lakki"
            // in "the district of Lakki Marwat"): the longer name wins and
            // keeps the known one's country.
            let mut replaced = vec![false; known_hits];
            for (s, e, kind) in gz.find_all(text) {
                if overlaps(s, e) {
                    continue;
                }
                let k = out[..known_hits].partition_point(|p| p.start < e);
                let mut country = None;
                if k > 0 && out[k - 1].end > s {
                    // Every known hit it overlaps must lie inside it.
                    let first = out[..k].partition_point(|p| p.end <= s);
                    let inside = (first..k).all(|i| out[i].start >= s && out[i].end <= e);
                    if !inside || e - s <= out[k - 1].end - out[first].start {
                        continue;
                    }
                    country = out[first].country.clone();
                    replaced[first..k].iter_mut().for_each(|r| *r = true);
                }
                out.push(FoundPlace {
                    start: s,
                    end: e,
                    name: text[s..e].to_string(),
                    kind: *kind,
                    country,
                });
            }
            let mut i = 0;
            out.retain(|_| {
                i += 1;
                !replaced.get(i - 1).copied().unwrap_or(false)
            });
        }
        out.sort_by_key(|p| p.start);
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::{Document, Extractor, LocationKind};

    fn places(text: &str) -> Vec<(String, LocationKind, Option<String>)> {
        Extractor::new()
            .extract(&Document::new("t", text))
            .locations
            .into_iter()
            .map(|l| (l.name, l.kind, l.country))
            .collect()
    }

    /// A longer name found by how it is written beats a known place it
    /// holds, and keeps that place's country.
    #[test]
    fn a_longer_discovered_name_holds_a_known_one() {
        let p = places("Gunmen stormed a post in the district of Kano Ikeji on Friday.");
        assert!(
            p.iter()
                .any(|(n, _, c)| n == "Kano Ikeji" && c.as_deref() == Some("Nigeria")),
            "{p:?}"
        );
        assert!(p.iter().all(|(n, _, _)| n != "Kano"), "{p:?}");
        // A post or outpost named by its place.
        let p = places("Gunmen fired on the Tumbuko outpost at dawn.");
        assert!(p.iter().any(|(n, _, _)| n == "Tumbuko"), "{p:?}");
    }

    /// A name with the Arabic article joined by a hyphen is one name.
    #[test]
    fn a_name_with_a_hyphenated_article_is_whole() {
        let p = places("Hospitals in Suq al-Khamis and Zawiya asked for blood donors.");
        assert!(p.iter().any(|(n, _, _)| n == "Suq al-Khamis"), "{p:?}");
    }

    /// A town whose name holds a country's ("Puerto Jordan", "Fort
    /// Chad") is no mention of that country.
    #[test]
    fn a_town_named_after_a_country_is_not_the_country() {
        let p = places("Drones hit the army base of Puerto Jordan overnight.");
        assert!(
            p.iter().all(|(_, _, c)| c.as_deref() != Some("Jordan")),
            "{p:?}"
        );
        let p = places("Refugees crossed into Jordan overnight.");
        assert!(p.iter().any(|(n, _, _)| n == "Jordan"), "{p:?}");
    }

    #[test]
    fn countries_demonym_borders_and_gazetteer() {
        let p =
            places("Fighting spread from Niger towards the Chadian border and reached Maiduguri.");
        assert!(
            p.contains(&("Niger".into(), LocationKind::Country, Some("Niger".into()))),
            "{p:?}"
        );
        assert!(
            p.contains(&("Chad".into(), LocationKind::Border, Some("Chad".into()))),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|l| l.0 == "Maiduguri" && l.2.as_deref() == Some("Nigeria")),
            "{p:?}"
        );
    }

    #[test]
    fn places_joined_by_a_road_or_sharing_a_type_noun() {
        let p =
            places("A mine went off on the Kwatam-Dabba road before the Zolo and Mbeli districts.");
        for name in ["Kwatam", "Dabba", "Zolo", "Mbeli"] {
            assert!(p.iter().any(|l| l.0 == name), "{name}: {p:?}");
        }
        let p = places("The mayor of Gidan Kare sub-district said the road was cut.");
        assert!(
            p.iter()
                .any(|l| l.0 == "Gidan Kare" && l.1 == LocationKind::AdminRegion),
            "{p:?}"
        );
        // A hyphenated name the gazetteer knows stays whole.
        let p = places("Convoys on the Bobo-Dioulasso road were escorted.");
        assert!(p.iter().all(|l| l.0 != "Bobo"), "{p:?}");
    }

    #[test]
    fn places_no_gazetteer_knows() {
        let p = places("Gunmen struck the village of Kwatam and three hamlets including Dabba, Zolo and Mbeli. Residents fled to Ngalamba.");
        for name in ["Kwatam", "Dabba", "Zolo", "Mbeli"] {
            assert!(p.iter().any(|l| l.0 == name), "{name}: {p:?}");
        }
        let p = places("Families fled the nearby villages of Dabanga and Kulbus on foot.");
        for name in ["Dabanga", "Kulbus"] {
            assert!(p.iter().any(|l| l.0 == name), "{name}: {p:?}");
        }
        // Not a title and a name after a town, read as a list of places.
        let p = places(
            "A police spokesperson in Pemba, Inspector Rosa Mucavele, said the road was open.",
        );
        assert!(p.iter().all(|l| !l.0.contains("Mucavele")), "{p:?}");
        // Nor a name that speaks, without a title.
        let p =
            places("The head of the drivers' union in Kayes, Issa Traore, said the road was shut.");
        assert!(p.iter().all(|l| !l.0.contains("Traore")), "{p:?}");
        let p = places("The attack on Tessalit camp came days after clashes at Anefis.");
        assert!(p.iter().any(|l| l.0 == "Anéfis"), "{p:?}");
        let p =
            places("Troops were flown to the capital, Bangui, and to a spot known as Camp Zero.");
        assert!(p.iter().any(|l| l.0 == "Bangui"), "{p:?}");
        // A type noun after the name, the object of an attack verb, a post
        // named after its place.
        let p = places(
            "Bandits raided Gidan Kare village and stormed Tunga. Fishermen fled along the Lakoro river.",
        );
        for name in ["Gidan Kare", "Tunga", "Lakoro"] {
            assert!(p.iter().any(|l| l.0 == name), "{name}: {p:?}");
        }
        let p = places("Gunmen burned the gendarmerie post of Kobou before dawn.");
        assert!(p.iter().any(|l| l.0 == "Kobou"), "{p:?}");
        // Not a place: a party attacked, a person.
        let p = places("Fighters attacked Boko Haram and struck Monday at dawn.");
        assert!(
            p.iter()
                .all(|l| !["Boko Haram", "Monday"].contains(&l.0.as_str())),
            "{p:?}"
        );
    }

    #[test]
    fn a_place_keeps_the_spelling_the_article_gives_it() {
        // Another of its names in the gazetteer: the article's spelling,
        // once for all its mentions.
        let p = places("Troops left Afgoye at dawn; Afgooye was quiet by noon.");
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].0, "Afgoye");
        assert_eq!(p[0].2.as_deref(), Some("Somalia"));
        // The same name without its accents: the gazetteer's spelling.
        let p = places("Clashes were reported near Anefis.");
        assert!(p.iter().any(|l| l.0 == "Anéfis"), "{p:?}");
    }

    #[test]
    fn names_of_parties_and_months_are_not_places() {
        let p = places("In January the Islamic State West Africa Province said it hit the base. In Ramadan, Reuters said.");
        assert!(
            p.iter()
                .all(|l| !["January", "West Africa", "Ramadan", "Reuters"].contains(&l.0.as_str())),
            "{p:?}"
        );
        // "Niger" inside "Nigerian" and "Mali" inside "Malians" are not countries.
        let p = places("Nigerian troops and Malians met.");
        assert!(p.is_empty(), "{p:?}");
        // Where a body is based is no place of the events.
        let p = places(
            "A France-based monitor and a Nairobi-headquartered group counted the dead in Goma.",
        );
        assert_eq!(
            p.iter().map(|l| l.0.as_str()).collect::<Vec<_>>(),
            ["Goma"],
            "{p:?}"
        );
    }

    #[test]
    fn determiners_and_backers_open_no_place() {
        let p = places(
            "Both camps claimed the upper hand; each camp has its own toll. Every camp lied.",
        );
        assert!(p.is_empty(), "{p:?}");
        // A demonym before a hyphen: "a French-built airport" is no place.
        let p = places("Drones struck a French-built airport and the Pibor airport.");
        assert!(p.iter().all(|l| !l.0.starts_with("French")), "{p:?}");
        // Peoples and languages qualify, they do not name.
        let p = places("Gunmen burned a Tuareg camp; the claim came in Arabic from Hausa village.");
        assert!(
            p.iter()
                .all(|l| !["Tuareg", "Arabic", "Hausa"].contains(&l.0.as_str())),
            "{p:?}"
        );
    }
}
