//! Cleaning and segmentation: folded text with a map back to the original
//! bytes, paragraphs, sentences, and the role of each paragraph.

/// The article's text folded for matching, with a map to original offsets.
///
/// Folding is one pass over the chars: curly quotes and dashes become ASCII,
/// Latin letters lose their diacritics, exotic spaces become spaces, zero-width
/// characters and markdown emphasis (`*`) are dropped. Every folded byte
/// remembers the original offset of the char it came from, so a span over
/// the folded text maps back to a span on char boundaries of the original.
#[derive(Debug, Clone)]
pub(crate) struct Folded<'a> {
    pub(crate) orig: &'a str,
    pub(crate) text: String,
    /// Original start offset of the char each folded byte came from, as
    /// runs (see [`Seg`]); `None` when folding changed nothing (the
    /// identity map).
    map: Option<Vec<Seg>>,
}

/// A run of folded bytes starting at folded offset `at`. In a run of
/// unchanged ASCII (`ascii`), folded byte `at + k` came from original byte
/// `orig + k`; otherwise every byte of the run came from the one char at
/// `orig`. Storing runs keeps the map small (one entry per changed char
/// and per run between them, not eight bytes per byte of text).
#[derive(Debug, Clone, Copy)]
struct Seg {
    at: usize,
    orig: usize,
    ascii: bool,
}

/// Whether an ASCII byte folds to itself.
#[inline]
fn plain(b: u8) -> bool {
    (0x20..0x7F).contains(&b) && b != b'*' && b != b'`' || b == b'\n'
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{00B4}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => "-",
        '\u{2026}' => "...",
        '\u{2028}' | '\u{2029}' | '\u{0085}' => "\n",
        '*' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => "",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'ç' | 'ć' | 'č' => "c",
        'Ç' | 'Ć' | 'Č' => "C",
        'ď' | 'đ' => "d",
        'Ď' | 'Đ' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
        'ğ' => "g",
        'Ğ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "I",
        'ł' => "l",
        'Ł' => "L",
        'ñ' | 'ń' | 'ň' => "n",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ř' => "r",
        'Ř' => "R",
        'ś' | 'š' | 'ş' => "s",
        'Ś' | 'Š' | 'Ş' => "S",
        'ţ' | 'ť' => "t",
        'Ţ' | 'Ť' => "T",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ß' => "ss",
        'œ' => "oe",
        'Œ' => "Oe",
        'æ' => "ae",
        'Æ' => "Ae",
        '\n' => return None,
        c if c.is_whitespace() || c.is_control() => " ",
        _ => return None,
    })
}

/// Folds a string the way article text is folded (used for lexicon entries).
pub(crate) fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match fold_char(c) {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    out
}

/// `s` with its runs of whitespace made single spaces and its ends trimmed:
/// `s.split_whitespace().collect::<Vec<_>>().join(" ")` in one allocation.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `s` [`collapse`]d and lowercased (as [`str::to_lowercase`]), as the
/// lexicon tables key their words: in one allocation when `s` is ASCII.
pub(crate) fn lower_key(s: &str) -> String {
    let mut key = collapse(s);
    if key.is_ascii() {
        key.make_ascii_lowercase();
        key
    } else {
        key.to_lowercase()
    }
}

impl<'a> Folded<'a> {
    pub(crate) fn new(orig: &'a str) -> Folded<'a> {
        let needs = orig
            .bytes()
            .any(|b| b >= 0x80 || b == b'*' || b == b'`' || (b < 0x20 && b != b'\n'));
        if !needs {
            return Folded {
                orig,
                text: orig.to_string(),
                map: None,
            };
        }
        let mut text = String::with_capacity(orig.len());
        let mut map: Vec<Seg> = Vec::new();
        let bytes = orig.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // A run of ASCII that folds to itself, copied whole.
            let run = i;
            while i < bytes.len() && plain(bytes[i]) {
                i += 1;
            }
            if i > run {
                map.push(Seg {
                    at: text.len(),
                    orig: run,
                    ascii: true,
                });
                text.push_str(&orig[run..i]);
            }
            // Then one char that may fold (`i` is on a char boundary: the
            // run before it was ASCII).
            let Some(c) = orig[i..].chars().next() else {
                break;
            };
            let before = text.len();
            match fold_char(c) {
                Some(r) => text.push_str(r),
                None => text.push(c),
            }
            if text.len() > before {
                map.push(Seg {
                    at: before,
                    orig: i,
                    ascii: false,
                });
            }
            i += c.len_utf8();
        }
        Folded {
            orig,
            text,
            map: Some(map),
        }
    }

    /// Maps a folded span to a span of the original text, on char boundaries.
    pub(crate) fn span(&self, start: usize, end: usize) -> crate::Span {
        let Some(map) = &self.map else {
            return crate::Span::new(start, end);
        };
        let s = self.orig_of(map, start).unwrap_or(self.orig.len());
        let e = if end == 0 {
            0
        } else {
            match self.orig_of(map, end - 1) {
                Some(k) => k + self.orig[k..].chars().next().map_or(0, char::len_utf8),
                None => self.orig.len(),
            }
        };
        crate::Span::new(s, e.max(s))
    }

    /// Original start offset of the char folded byte `k` came from.
    fn orig_of(&self, map: &[Seg], k: usize) -> Option<usize> {
        if k >= self.text.len() {
            return None;
        }
        let i = map.partition_point(|s| s.at <= k).checked_sub(1)?;
        let seg = map[i];
        Some(if seg.ascii {
            seg.orig + (k - seg.at)
        } else {
            seg.orig
        })
    }
}

/// What a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Headline, teaser or standfirst before the body.
    Front,
    /// The article's body.
    Body,
    /// A paragraph that repeats an earlier one.
    Duplicate,
}

/// One sentence: a byte range of the folded text and its paragraph's role.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sentence {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) role: Role,
    /// Index of the paragraph it belongs to.
    pub(crate) para: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "Col", "Gen", "Lt", "Capt", "Cpt", "Maj", "Sgt", "Mr", "Mrs", "Ms", "Dr", "St", "No", "Jr",
    "Sr", "Brig", "Cmdr", "Adm", "Prof", "Rev", "Gov", "Sen", "Rep", "Pres", "U.S", "U.N", "vs",
    "approx", "Lt.-Col", "Mt", "Ft", "Sheikh", "a.m", "p.m", "e.g", "i.e", "Jan", "Feb", "Aug",
    "Sept", "Sep", "Oct", "Nov", "Dec",
];

fn ends_with_abbreviation(text: &str, dot: usize) -> bool {
    // Only the word before the dot matters: look back a bounded distance.
    let mut from = dot.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |i| i + 1);
    let word = &before[word_start..];
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return true; // an initial: "J. Smith"
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// The longest sentence kept whole, in bytes. Every pass that works
/// sentence by sentence costs, at worst, the square of a sentence's length;
/// cutting longer runs of text (which are not prose: no news sentence comes
/// near it, the bundled articles' longest is 354 bytes) keeps extraction
/// linear in the length of the text whatever the input.
pub(crate) const MAX_SENTENCE: usize = 1024;

/// Pushes `start..end` as one sentence, or as several of at most
/// [`MAX_SENTENCE`] bytes cut at spaces (at a char boundary if there is
/// none).
fn push_capped(text: &str, mut start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    while end - start > MAX_SENTENCE {
        let limit = start + MAX_SENTENCE;
        let cut = match bytes[start + 1..limit].iter().rposition(|&b| b == b' ') {
            Some(p) => start + 1 + p,
            None => (start + 1..=limit)
                .rev()
                .find(|&c| text.is_char_boundary(c))
                .unwrap_or(limit),
        };
        let piece = text[start..cut].trim_end();
        if !piece.is_empty() {
            out.push((start, start + piece.len()));
        }
        start = cut;
        while start < end && bytes[start] == b' ' {
            start += 1;
        }
    }
    if start < end {
        out.push((start, end));
    }
}

/// Splits one paragraph (`start..end` of `text`) into sentences.
fn split_sentences(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut s = start;
    let mut i = start;
    while i < end {
        let b = bytes[i];
        if b == b'.' || b == b'!' || b == b'?' {
            let mut j = i + 1;
            while j < end && matches!(bytes[j], b'"' | b'\'' | b')' | b'.') {
                j += 1;
            }
            let k = j;
            while j < end && bytes[j] == b' ' {
                j += 1;
            }
            let next_opens = j > k
                && j < end
                && (bytes[j].is_ascii_uppercase()
                    || bytes[j].is_ascii_digit()
                    || bytes[j] == b'"'
                    || bytes[j] == b'\''
                    || bytes[j] >= 0x80);
            if !next_opens {
                // Every stop in the run up to `k` sees the same `j` and
                // fails the same way: go on after the run (which keeps a
                // long run of dots or quotes linear).
                i = k;
                continue;
            }
            if !(b == b'.' && ends_with_abbreviation(text, i)) {
                push_capped(text, s, k, out);
                s = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if s < end {
        let trimmed = text[s..end].trim_end();
        if !trimmed.is_empty() {
            push_capped(text, s, s + trimmed.len(), out);
        }
    }
}

fn is_boilerplate(line: &str) -> bool {
    use crate::pattern::Regex;
    use once_cell::sync::Lazy;
    static RE: Lazy<Regex> = Lazy::new(|| {
        crate::extract::compile(
            r"(?ix)
            ^\W*(?:
                (?:for\s+more\b.{0,80}\b)?follow\s+(?:us|\S+(?:\s+\S+){0,3})\s+(?:on|across|via)\b
              | (?:editing|reporting|writing|additional\s+reporting|compiled)\s+by\b
              | read\s+(?:more|also)\b | read\s*:\s | (?:also|further)\s+read\s*: | see\s+also\s*:
              | related\s*: | related\s+(?:articles?|stories|news|coverage)\b | sign\s+up\b | subscribe\b | click\s+here\b
              | go\s+to\s+\S+\.com | copyright\b | \(c\)\s*\d{4} | all\s+rights\s+reserved
              | download\s+the\b.{0,40}\bapp\b | share\s+this\b | advertisement\s*$
              | you\s+may\s+also\s+(?:like|be\s+interested)
            )",
        )
        .expect("boilerplate pattern compiles")
    });
    line.len() < 300 && RE.is_match(line)
}

/// What makes two paragraphs the same: their letters and digits,
/// lowercased, as UTF-8 bytes (only compared, never read as text).
fn para_key(line: &str) -> Vec<u8> {
    if line.is_ascii() {
        // The same key, without the char-by-char Unicode case mapping or
        // UTF-8 encoding.
        let mut key = line.as_bytes().to_ascii_lowercase();
        key.retain(u8::is_ascii_alphanumeric);
        return key;
    }
    let mut key = Vec::with_capacity(line.len());
    let mut buf = [0; 4];
    for c in line
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
    {
        key.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    key
}

/// Splits folded text into sentences, marking front matter and duplicates
/// and leaving out boilerplate.
///
/// Front matter is the run of headline-like lines (no closing punctuation)
/// among the first four paragraphs, anything before the last of them (a
/// teaser), and the one-sentence standfirst right after it.
pub(crate) fn segment(text: &str) -> Vec<Sentence> {
    struct Para {
        spans: Vec<(usize, usize)>,
        dup: bool,
        headline: bool,
        short: bool,
    }
    let mut paras: Vec<Para> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut pos = 0;
    for line in text.split('\n') {
        let start = pos;
        pos += line.len() + 1;
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if trimmed.is_empty() || is_boilerplate(trimmed) {
            continue;
        }
        let (ls, le) = (start + lead, start + lead + trimmed.len());
        let key = para_key(trimmed);
        let dup = !key.is_empty() && !seen.insert(key);
        let mut spans = Vec::new();
        split_sentences(text, ls, le, &mut spans);
        let last = trimmed.as_bytes()[trimmed.len() - 1];
        let headline = !matches!(last, b'.' | b'!' | b'?' | b'"' | b'\'' | b':' | b',' | b';')
            && trimmed.len() < 200;
        let short = spans.len() <= 1 && trimmed.len() < 300;
        paras.push(Para {
            spans,
            dup,
            headline,
            short,
        });
    }
    let mut front_end = 0; // paragraphs before this index are front matter
    let firsts: Vec<usize> = (0..paras.len())
        .filter(|&i| !paras[i].dup)
        .take(4)
        .collect();
    if let Some(&last_headline) = firsts.iter().rev().find(|&&i| paras[i].headline) {
        front_end = last_headline + 1;
        if let Some(next) = (front_end..paras.len()).find(|&i| !paras[i].dup) {
            if paras[next].short && !paras[next].headline {
                front_end = next + 1;
            }
        }
    }
    let mut out = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let role = if p.dup {
            Role::Duplicate
        } else if i < front_end {
            Role::Front
        } else {
            Role::Body
        };
        for &(start, end) in &p.spans {
            out.push(Sentence {
                start,
                end,
                role,
                para: i,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_the_words_joined_and_lowercased() {
        for s in [
            "",
            "  \n ",
            "Armed  Forces",
            " the\tARMY\n",
            "Forces\u{a0}Arm\u{c9}es",
            "\u{39f}\u{394}\u{39f}\u{3a3} \u{3a3}\u{391}\u{3a3}",
        ] {
            let words = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse(s), words, "{s:?}");
            assert_eq!(lower_key(s), words.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn folding_maps_back_to_char_boundaries() {
        let orig = "**Mali’s army** said “neutralised” — Tillabéri…";
        let f = Folded::new(orig);
        assert_eq!(f.text, "Mali's army said \"neutralised\" - Tillaberi...");
        let i = f.text.find("Tillaberi").unwrap();
        let sp = f.span(i, i + "Tillaberi".len());
        assert_eq!(&orig[sp], "Tillabéri");
        let sp = f.span(0, "Mali's army".len());
        assert_eq!(&orig[sp], "Mali’s army");
        let n = f.text.len();
        assert_eq!(&orig[f.span(n - 3, n)], "…");
    }

    /// The map as it was first written: one original offset per folded byte.
    fn byte_map(orig: &str) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut map = Vec::new();
        for (i, c) in orig.char_indices() {
            let r = match fold_char(c) {
                Some(r) => r.to_string(),
                None => c.to_string(),
            };
            text.push_str(&r);
            map.extend(std::iter::repeat(i).take(r.len()));
        }
        (text, map)
    }

    #[test]
    fn run_map_agrees_with_a_byte_map() {
        let samples = [
            "**Mali\u{2019}s army** said \u{201c}neutralised\u{201d} \u{2014} Tillab\u{e9}ri\u{2026}",
            "\u{feff}tab\there\r\n\u{0}NUL and DEL\u{7f} `tick` \u{1f600} \u{645}\u{627}\u{644}\u{64a} \u{259}",
            "*",
            "\u{200b}\u{200b}x\u{200b}",
            "a\u{2028}b\u{85}c",
        ];
        for orig in samples {
            let f = Folded::new(orig);
            let (text, map) = byte_map(orig);
            assert_eq!(f.text, text, "{orig:?}");
            let old = |start: usize, end: usize| {
                let s = map.get(start).copied().unwrap_or(orig.len());
                let e = if end == 0 {
                    0
                } else {
                    match map.get(end - 1) {
                        Some(&k) => k + orig[k..].chars().next().map_or(0, char::len_utf8),
                        None => orig.len(),
                    }
                };
                crate::Span::new(s, e.max(s))
            };
            for a in 0..=text.len() + 1 {
                for b in a..=text.len() + 1 {
                    assert_eq!(f.span(a, b), old(a, b), "{orig:?} {a}..{b}");
                }
            }
        }
    }

    #[test]
    fn ascii_text_is_not_copied_through_a_map() {
        let f = Folded::new("plain text.");
        assert!(f.map.is_none());
        assert_eq!(f.span(0, 5), crate::Span::new(0, 5));
    }

    #[test]
    fn long_runs_are_cut_at_spaces_and_stay_on_char_boundaries() {
        let t = "killed ".repeat(1000) + &"\u{e9}".repeat(2000) + ". " + &".\"".repeat(5000);
        let s = segment(&t);
        assert!(s.len() > 3);
        for w in s.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        for x in &s {
            assert!(x.end - x.start <= MAX_SENTENCE, "{}", x.end - x.start);
            assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
            assert!(!t[x.start..x.end].starts_with(' ') && !t[x.start..x.end].ends_with(' '));
        }
    }

    #[test]
    fn sentences_respect_abbreviations() {
        let t = "Col. Ali Traore said on Monday that 20 were killed. Gen. Sow disagreed! The U.S. said nothing.";
        let s = segment(t);
        let got: Vec<&str> = s.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            got,
            [
                "Col. Ali Traore said on Monday that 20 were killed.",
                "Gen. Sow disagreed!",
                "The U.S. said nothing."
            ]
        );
    }

    #[test]
    fn roles_front_body_duplicate_and_boilerplate() {
        let t = "Rebels seize a town\n\nRebels seize a town\nA short standfirst line.\nThe first body paragraph has one sentence. And a second one.\nThe first body paragraph has one sentence. And a second one.\nFollow our reporters on social media.";
        let s = segment(t);
        let roles: Vec<Role> = s.iter().map(|s| s.role).collect();
        assert_eq!(
            roles,
            [
                Role::Front,
                Role::Duplicate,
                Role::Front,
                Role::Body,
                Role::Body,
                Role::Duplicate,
                Role::Duplicate
            ]
        );
    }

    #[test]
    fn links_to_other_stories_are_boilerplate() {
        for line in [
            "Read also: Gao: three traders killed on the market road",
            "**READ ALSO: Floods cut the road to Mopti**",
            "Also read: Two police officers wounded in Kano",
            "See also: the army's new chief",
            "Related stories: the drought in the north",
            "READ: Kano: traders count their losses",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in [
            "Residents said they read also the army's statement.",
            "The related attacks killed nine.",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }
}
