//! Reconcile versions of one story: which claims agree, drift or conflict,
//! and the army's claims beside the armed group's.
//!
//! ```text
//! cargo run --release --example reconcile -- [--json] [--published YYYY-MM-DD] [FILE...]
//! ```
//!
//! Each FILE is one version (an article, UTF-8), its id the file stem, in
//! the order given: the diffs run from each version to the next. With no
//! FILE, the five seed articles bundled with the crate are reconciled,
//! published 2025-07-01 unless `--published` says otherwise.
//!
//! A FILE ending in `.json` or `.jsonl` is read as extractions already
//! made (one Extraction object per line, as `extract --json` prints them),
//! so stored extractions can be reconciled again without the articles.
//!
//! `--json` prints one Reconciliation (the JSON contract); otherwise a
//! report. A file that cannot be read is named on stderr and skipped, the
//! other versions are still reconciled, and the exit code is 1. A bad
//! `--published` or option exits with 2.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use counterclaim::{
    ActorKind, CivilDate, Document, EventRef, Extraction, Extractor, Group, Reconciler,
    Reconciliation, Status,
};

const USAGE: &str = "usage: reconcile [--json] [--published YYYY-MM-DD] [FILE...]";

/// The seed articles, bundled so the example runs anywhere.
const SEEDS: [(&str, &str); 5] = [
    (
        "000_15d883551b142b43",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/seeds/000_15d883551b142b43.txt"
        )),
    ),
    (
        "001_cccec71aff28f8ef",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/seeds/001_cccec71aff28f8ef.txt"
        )),
    ),
    (
        "002_5baa466865041fb0",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/seeds/002_5baa466865041fb0.txt"
        )),
    ),
    (
        "003_778081bc03c6719f",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/seeds/003_778081bc03c6719f.txt"
        )),
    ),
    (
        "004_b73952fc860debfb",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/seeds/004_b73952fc860debfb.txt"
        )),
    ),
];

/// The seeds' publication date.
const SEEDS_PUBLISHED: &str = "2025-07-01";

struct Args {
    json: bool,
    published: Option<CivilDate>,
    files: Vec<String>,
}

/// Parses the command line; `Err` carries the message for exit code 2,
/// `Ok(None)` means help was printed.
fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args {
        json: false,
        published: None,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    let mut options = true;
    while let Some(arg) = it.next() {
        if !options || arg == "-" || !arg.starts_with('-') {
            args.files.push(arg);
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        match flag.as_str() {
            "--" => options = false,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "--json" if inline.is_none() => args.json = true,
            "--published" => {
                let value = inline
                    .or_else(|| it.next())
                    .ok_or("--published needs a date, YYYY-MM-DD")?;
                let date = value
                    .parse::<CivilDate>()
                    .map_err(|e| format!("--published: {e}"))?;
                args.published = Some(date);
            }
            _ => return Err(format!("unknown option {arg}\n{USAGE}")),
        }
    }
    Ok(Some(args))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("reconcile: {msg}");
            return ExitCode::from(2);
        }
    };

    // The versions in input order: articles to extract, or extractions read
    // from JSON.
    let mut inputs: Vec<Input> = Vec::new();
    let mut failed = false;
    if args.files.is_empty() {
        let published = args
            .published
            .unwrap_or_else(|| SEEDS_PUBLISHED.parse().expect("a valid date"));
        for (id, text) in SEEDS {
            inputs.push(Input::Article(
                Document::new(id, text).with_published(published),
            ));
        }
    }
    for file in &args.files {
        let path = Path::new(file);
        let read = if path
            .extension()
            .is_some_and(|e| e == "json" || e == "jsonl")
        {
            read_extractions(path).map(|xs| xs.into_iter().map(Input::Stored).collect())
        } else {
            read_article(path, args.published).map(|doc| vec![Input::Article(doc)])
        };
        match read {
            Ok(read) => inputs.extend(read),
            Err(e) => {
                eprintln!("reconcile: skipping {file}: {e}");
                failed = true;
            }
        }
    }

    let extractor = Extractor::new();
    let versions: Vec<Extraction> = inputs
        .into_iter()
        .map(|input| match input {
            Input::Article(doc) => extractor.extract(&doc),
            Input::Stored(x) => x,
        })
        .collect();
    let rec = Reconciler::new().reconcile(&versions);
    let text = if args.json {
        match serde_json::to_string(&rec) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("reconcile: cannot serialize: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        Report::new(&versions, &rec).to_string()
    };
    // A closed pipe (`| head`) ends the output quietly, without a panic.
    let mut out = std::io::stdout().lock();
    if out
        .write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// One version to reconcile.
enum Input {
    /// An article, to extract.
    Article(Document),
    /// An extraction already made.
    Stored(Extraction),
}

/// Reads an article: its id is the file stem, its bytes must be UTF-8.
fn read_article(path: &Path, published: Option<CivilDate>) -> Result<Document, String> {
    let id = path.file_stem().map_or_else(
        || path.display().to_string(),
        |stem| stem.to_string_lossy().into_owned(),
    );
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let mut doc = Document::from_bytes(id, &bytes).map_err(|e| e.to_string())?;
    doc.set_published(published);
    Ok(doc)
}

/// Reads stored extractions: one JSON object per line, or one array.
fn read_extractions(path: &Path) -> Result<Vec<Extraction>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let text = text.trim();
    if text.starts_with('[') {
        return serde_json::from_str(text).map_err(|e| e.to_string());
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", n + 1)))
        .collect()
}

/// The plain-text report.
struct Report<'a> {
    rec: &'a Reconciliation,
    /// Short labels of the versions (A, B, ... or 1, 2, ...).
    labels: Vec<String>,
    label_of: HashMap<&'a str, usize>,
    /// Actor id to (name, kind), from the versions' actor lists.
    actors: HashMap<&'a str, (&'a str, ActorKind)>,
}

/// Report topics: title, the contrast topic, the claim kinds it covers.
const TOPICS: &[(&str, &str, &[&str])] = &[
    ("Casualties", "casualties", &["casualties"]),
    (
        "Outcome: attack repelled, or places seized",
        "outcome",
        &["repelled", "control"],
    ),
    ("Responsibility", "responsibility", &["responsibility"]),
    ("Undisclosed figures", "undisclosed", &["undisclosed"]),
    ("Materiel", "materiel", &["materiel"]),
    (
        "Characterization",
        "characterization",
        &["characterization"],
    ),
];

impl<'a> Report<'a> {
    fn new(versions: &'a [Extraction], rec: &'a Reconciliation) -> Report<'a> {
        let n = rec.versions.len();
        let labels = (0..n)
            .map(|i| {
                if n <= 26 {
                    char::from(b'A' + i as u8).to_string()
                } else {
                    (i + 1).to_string()
                }
            })
            .collect();
        let label_of = rec
            .versions
            .iter()
            .enumerate()
            .map(|(i, v)| (v.as_str(), i))
            .collect();
        let mut actors = HashMap::new();
        for x in versions {
            for a in &x.actors {
                actors
                    .entry(a.id.as_str())
                    .or_insert((a.name.as_str(), a.kind));
            }
        }
        Report {
            rec,
            labels,
            label_of,
            actors,
        }
    }

    fn labels(&self, ids: &[String]) -> String {
        ids.iter()
            .map(|id| {
                self.label_of
                    .get(id.as_str())
                    .map_or(id.as_str(), |&i| &self.labels[i])
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn who(&self, claimant: Option<&str>) -> String {
        match claimant {
            None => "The articles themselves".to_string(),
            Some(id) => match self.actors.get(id) {
                Some((name, _)) => format!("{name} ({id})"),
                None => id.to_string(),
            },
        }
    }

    /// 0 state side, 1 armed side, 2 others, 3 the articles themselves.
    fn side(&self, claimant: Option<&str>) -> u8 {
        match claimant.and_then(|c| self.actors.get(c)) {
            Some((_, ActorKind::StateForce | ActorKind::Government)) => 0,
            Some((_, ActorKind::ArmedGroup)) => 1,
            _ if claimant.is_some() => 2,
            _ => 3,
        }
    }

    fn title(g: &Group) -> String {
        let mut t = g.kind.to_string();
        let what: Vec<&str> = [g.subject.as_deref(), g.outcome.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !what.is_empty() {
            t = format!("{t}: {}", what.join(" "));
        }
        if g.event == Some(EventRef::Prior) {
            t.push_str(" [an earlier attack]");
        }
        t
    }

    fn group(&self, f: &mut std::fmt::Formatter<'_>, i: usize, g: &Group) -> std::fmt::Result {
        let mark = match g.status {
            Status::Agreed => "agreed",
            Status::Compatible => "~ DRIFT: differs but compatible",
            Status::Conflicting => "!! CONFLICT",
            _ => g.status.as_str(),
        };
        let stated: usize = g.variants.iter().map(|v| v.versions.len()).sum();
        writeln!(
            f,
            "    #{i} {}  ({mark}; stated in {stated}/{})",
            Self::title(g),
            self.rec.versions.len()
        )?;
        for v in &g.variants {
            let mut text = format!("\"{}\"", v.text);
            if let Some(d) = v.date {
                if !v.text.contains(&d.to_string()) {
                    text.push_str(&format!(" on {d}"));
                }
            }
            writeln!(f, "         {text:<40} {}", self.labels(&v.versions))?;
        }
        if !g.missing_in.is_empty() {
            writeln!(
                f,
                "         {:<40} {}",
                "(not stated)",
                self.labels(&g.missing_in)
            )?;
        }
        if let Some(e) = &g.estimate {
            let n = |x: Option<u64>| x.map_or("-".to_string(), |x| x.to_string());
            writeln!(
                f,
                "         estimate: ACLED {}; UCDP low {}, best {}, high {}",
                n(e.conservative),
                n(e.low),
                n(e.best),
                n(e.high)
            )?;
            if g.variants.iter().filter(|v| v.count.is_some()).count() > 1 {
                writeln!(f, "           ({})", e.reason)?;
            }
        }
        Ok(())
    }
}

impl std::fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let rec = self.rec;
        writeln!(
            f,
            "{} version(s) of one story, in input order:",
            rec.versions.len()
        )?;
        for (label, id) in self.labels.iter().zip(&rec.versions) {
            writeln!(f, "  [{label}] {id}")?;
        }
        if rec.groups.is_empty() {
            writeln!(f, "\nNo claims found.")?;
        }
        let conflicts = rec
            .groups
            .iter()
            .filter(|g| g.status == Status::Conflicting)
            .count();
        let drifts = rec
            .groups
            .iter()
            .filter(|g| g.status == Status::Compatible)
            .count();
        if !rec.groups.is_empty() {
            writeln!(
                f,
                "{} claim(s): {} agreed, {drifts} drifting but compatible, {conflicts} conflicting.",
                rec.groups.len(),
                rec.groups.len() - conflicts - drifts,
            )?;
        }

        for (title, topic, kinds) in TOPICS {
            let mut in_topic: Vec<(usize, &Group)> = rec
                .groups
                .iter()
                .enumerate()
                .filter(|(_, g)| kinds.contains(&g.kind.as_str()))
                .collect();
            if in_topic.is_empty() {
                continue;
            }
            let contrasted = rec.contrasts.iter().any(|c| c.topic == *topic);
            writeln!(
                f,
                "\n== {title}{}",
                if contrasted {
                    " (the two sides' claims side by side)"
                } else {
                    ""
                }
            )?;
            in_topic.sort_by_key(|(i, g)| (self.side(g.claimant.as_deref()), *i));
            let mut last: Option<Option<&str>> = None;
            for (i, g) in in_topic {
                let who = g.claimant.as_deref();
                if last != Some(who) {
                    let side = match self.side(who) {
                        0 => "state side",
                        1 => "armed side",
                        _ => "other",
                    };
                    writeln!(f, "  {} [{side}] says:", self.who(who))?;
                    last = Some(who);
                }
                self.group(f, i, g)?;
            }
        }

        if !rec.diffs.is_empty() {
            writeln!(f, "\n== Changes from each version to the next")?;
        }
        for d in &rec.diffs {
            let lab = |id: &str| {
                self.label_of
                    .get(id)
                    .map_or(id.to_string(), |&i| self.labels[i].clone())
            };
            writeln!(f, "  {} -> {}:", lab(&d.from), lab(&d.to))?;
            let lists = [
                ("added", &d.added),
                ("dropped", &d.dropped),
                ("revised up", &d.revised_up),
                ("revised down", &d.revised_down),
                ("changed", &d.changed),
            ];
            let mut any = false;
            for (what, groups) in lists {
                for &i in groups {
                    any = true;
                    let g = &rec.groups[i];
                    writeln!(
                        f,
                        "    {what:<12} #{i} {} ({})",
                        Self::title(g),
                        self.who(g.claimant.as_deref())
                    )?;
                }
            }
            if !any {
                writeln!(f, "    no change")?;
            }
        }
        Ok(())
    }
}
