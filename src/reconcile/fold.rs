//! Folding paraphrased values to one key: "barracks" and "camps" are both
//! bases, "neutralized" is "neutralised".
//!
//! These tables fold values the extractor already chose, not text: they are
//! small on purpose, and the extractor's own canonical words (subjects
//! "militants", "soldiers", "bases", "civilians"...; outcomes "killed",
//! "neutralised", "wounded", "seized"...) pass through them unchanged.

use crate::model::ClaimKind;

/// Subject head words and their folded form. Singular and plural both.
const SUBJECTS: &[(&str, &str)] = &[
    ("barracks", "bases"),
    ("barrack", "bases"),
    ("bases", "bases"),
    ("base", "bases"),
    ("camps", "bases"),
    ("camp", "bases"),
    ("posts", "bases"),
    ("post", "bases"),
    ("positions", "bases"),
    ("position", "bases"),
    ("garrisons", "bases"),
    ("garrison", "bases"),
    ("fighters", "militants"),
    ("fighter", "militants"),
    ("militants", "militants"),
    ("militant", "militants"),
    ("assailants", "militants"),
    ("assailant", "militants"),
    ("attackers", "militants"),
    ("attacker", "militants"),
    ("jihadists", "militants"),
    ("jihadist", "militants"),
    ("insurgents", "militants"),
    ("insurgent", "militants"),
    ("terrorists", "militants"),
    ("terrorist", "militants"),
    ("rebels", "militants"),
    ("rebel", "militants"),
    ("gunmen", "militants"),
    ("gunman", "militants"),
    ("enemy", "militants"),
    ("enemies", "militants"),
    ("soldiers", "soldiers"),
    ("soldier", "soldiers"),
    ("troops", "soldiers"),
    ("troop", "soldiers"),
    ("servicemen", "soldiers"),
    ("serviceman", "soldiers"),
    ("personnel", "soldiers"),
    ("army", "soldiers"),
    ("civilians", "civilians"),
    ("civilian", "civilians"),
    ("mercenaries", "mercenaries"),
    ("mercenary", "mercenaries"),
    ("auxiliaries", "auxiliaries"),
    ("auxiliary", "auxiliaries"),
    ("people", "people"),
    ("persons", "people"),
    ("person", "people"),
];

/// Words that decide the subject wherever they stand: "Wagner fighters"
/// are mercenaries, not militants; "VDP fighters" are auxiliaries.
const QUALIFIERS: &[(&str, &str)] = &[
    ("wagner", "mercenaries"),
    ("russian", "mercenaries"),
    ("russians", "mercenaries"),
    ("mercenary", "mercenaries"),
    ("mercenaries", "mercenaries"),
    ("vdp", "auxiliaries"),
    ("volunteers", "auxiliaries"),
    ("militia", "auxiliaries"),
    ("militiamen", "auxiliaries"),
    ("auxiliary", "auxiliaries"),
    ("auxiliaries", "auxiliaries"),
];

/// Outcomes, whatever the claim's kind.
const OUTCOMES: &[(&str, &str)] = &[
    ("neutralised", "neutralised"),
    ("neutralized", "neutralised"),
    ("neutralise", "neutralised"),
    ("neutralize", "neutralised"),
    ("neutralising", "neutralised"),
    ("neutralizing", "neutralised"),
    ("killed", "killed"),
    ("kill", "killed"),
    ("died", "killed"),
    ("dead", "killed"),
    ("deaths", "killed"),
    ("death", "killed"),
    ("wounded", "wounded"),
    ("injured", "wounded"),
    ("injuries", "wounded"),
    ("hurt", "wounded"),
    ("evacuated", "wounded"),
    ("kidnapped", "abducted"),
    ("abducted", "abducted"),
    ("captured", "captured"),
    ("prisoner", "captured"),
    ("prisoners", "captured"),
    ("taken prisoner", "captured"),
    ("held prisoner", "captured"),
    ("taken captive", "captured"),
    ("detained", "captured"),
];

/// Outcomes of a control claim: every way of taking a place is one claim.
const CONTROL_OUTCOMES: &[&str] = &[
    "seized",
    "seize",
    "captured",
    "took",
    "taken",
    "took control",
    "control",
    "controlled",
    "overran",
    "overrun",
    "occupied",
];

/// Outcomes of a materiel claim: seizing and recovering equipment is one
/// claim.
const MATERIEL_OUTCOMES: &[&str] = &[
    "seized",
    "seize",
    "recovered",
    "recover",
    "confiscated",
    "captured",
    "took",
    "taken",
    "collected",
    "retrieved",
];

/// Lower case, single spaces, no surrounding space.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn lookup(table: &[(&str, &'static str)], word: &str) -> Option<&'static str> {
    table.iter().find(|(w, _)| *w == word).map(|(_, f)| *f)
}

/// The folded subject: a qualifier that decides it ("Wagner fighters"),
/// else its head (last) word through the table, else the normalised text.
/// `None` for blank.
pub(crate) fn subject(raw: &str) -> Option<String> {
    let s = norm(raw);
    let head = s.rsplit(' ').next().unwrap_or("");
    if head.is_empty() {
        return None;
    }
    if let Some(f) = s.split(' ').find_map(|w| lookup(QUALIFIERS, w)) {
        return Some(f.to_string());
    }
    Some(match lookup(SUBJECTS, head) {
        Some(f) => f.to_string(),
        None => name_key(raw),
    })
}

/// A name's comparison key: lower case, hyphens as spaces, and the
/// article of a transliterated Arabic name
/// ([`ARABIC_ARTICLES`](crate::lexicon::ARABIC_ARTICLES)) written one way ("Er Rahad",
/// "Al-Rahad" and "al Rahad" are all "al-rahad"; "El Obeid" and
/// "El-Obeid" are "al-obeid").
fn name_key(raw: &str) -> String {
    let spaced = raw.replace('-', " ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let article = match words.as_slice() {
        [first, second, ..] => {
            let lower = first.to_lowercase();
            let plain = matches!(lower.as_str(), "al" | "el");
            let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
            crate::lexicon::ARABIC_ARTICLES.contains(&lower.as_str())
                && (plain || (capitalised(first) && capitalised(second)))
        }
        _ => false,
    };
    let rest = if article { &words[1..] } else { &words[..] };
    let rest = rest
        .iter()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    if article {
        format!("al-{rest}")
    } else {
        rest
    }
}

/// The folded outcome; control and materiel claims fold every verb of
/// taking to "seized". An outcome of several words the table does not know
/// folds by its last word ("found dead" is "killed"). `None` for blank.
pub(crate) fn outcome(kind: ClaimKind, s: &str) -> Option<String> {
    let s = norm(s);
    if s.is_empty() {
        return None;
    }
    let taking = match kind {
        ClaimKind::Control => CONTROL_OUTCOMES,
        ClaimKind::Materiel => MATERIEL_OUTCOMES,
        _ => &[],
    };
    if taking.contains(&s.as_str()) {
        return Some("seized".to_string());
    }
    let last = s.rsplit(' ').next().unwrap_or("");
    Some(
        match lookup(OUTCOMES, &s).or_else(|| lookup(OUTCOMES, last)) {
            Some(f) => f.to_string(),
            None => s,
        },
    )
}

/// An item's comparison key: normalised, without a plural `s`.
pub(crate) fn item(s: &str) -> String {
    let mut s = norm(s);
    if s.len() > 1 && s.ends_with('s') {
        s.pop();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_fold() {
        for (raw, want) in [
            ("barracks", "bases"),
            ("military barracks", "bases"),
            ("Camps", "bases"),
            ("garrison", "bases"),
            ("fighters", "militants"),
            ("Assailant", "militants"),
            ("enemy", "militants"),
            ("gunmen", "militants"),
            ("troops", "soldiers"),
            ("army", "soldiers"),
            ("personnel", "soldiers"),
            ("civilian", "civilians"),
            ("Wagner  mercenaries", "mercenaries"),
            ("Malian  Soldier", "soldiers"),
            ("Wagner", "mercenaries"),
            ("Wagner fighters", "mercenaries"),
            ("Russian mercenaries", "mercenaries"),
            ("VDP fighters", "auxiliaries"),
            ("hostages", "hostages"),
        ] {
            assert_eq!(subject(raw).as_deref(), Some(want), "{raw}");
        }
        assert_eq!(subject("  "), None);
        // Transliterations of one Arabic name share a key; English words
        // that look like the article do not.
        for raw in ["Er Rahad", "Al-Rahad", "al Rahad", "AL-RAHAD"] {
            assert_eq!(subject(raw).as_deref(), Some("al-rahad"), "{raw}");
        }
        assert_eq!(subject("El Obeid"), subject("El-Obeid"));
        assert_eq!(subject("An outpost").as_deref(), Some("an outpost"));
        assert_eq!(subject("Guinea-Bissau").as_deref(), Some("guinea bissau"));
    }

    #[test]
    fn outcomes_fold() {
        use ClaimKind::*;
        for (kind, raw, want) in [
            (Casualties, "neutralized", "neutralised"),
            (Casualties, "Neutralised", "neutralised"),
            (Casualties, "died", "killed"),
            (Casualties, "dead", "killed"),
            (Casualties, "deaths", "killed"),
            (Casualties, "injured", "wounded"),
            (Casualties, "captured", "captured"),
            (Casualties, "taken prisoner", "captured"),
            (Casualties, "found dead", "killed"),
            (Casualties, "evacuated", "wounded"),
            (Casualties, "shot dead", "killed"),
            (Casualties, "missing", "missing"),
            (Control, "took control", "seized"),
            (Control, "captured", "seized"),
            (Materiel, "recovered", "seized"),
            (Materiel, "confiscated", "seized"),
            (Repelled, "repelled", "repelled"),
        ] {
            assert_eq!(outcome(kind, raw).as_deref(), Some(want), "{kind} {raw}");
        }
        assert_eq!(outcome(Casualties, ""), None);
    }

    #[test]
    fn items_fold() {
        assert_eq!(item("Weapons"), item("weapon"));
        assert_eq!(item(" motorcycles "), "motorcycle");
        assert_eq!(item("s"), "s");
    }
}
