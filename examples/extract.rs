//! Extracts facts from articles.
//!
//! ```text
//! cargo run --release --example extract -- [--json] [--published YYYY-MM-DD] [FILE...]
//! ```
//!
//! Reads standard input when no FILE is given. `--json` prints one
//! `Extraction` per line (id = file stem); otherwise a readable summary per
//! article. A file that cannot be read, or is not UTF-8, is reported on
//! stderr by name; the other files are still processed, and the exit status
//! is non-zero at the end.

use std::io::{BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use counterclaim::{CivilDate, Document, Extraction, Extractor};

fn usage() -> ExitCode {
    eprintln!("usage: extract [--json] [--published YYYY-MM-DD] [FILE...]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut json = false;
    let mut published: Option<CivilDate> = None;
    let mut files: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => json = true,
            "--published" => {
                let Some(v) = args.next() else { return usage() };
                match v.parse() {
                    Ok(d) => published = Some(d),
                    Err(e) => {
                        eprintln!("extract: --published: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            "-h" | "--help" => {
                println!("usage: extract [--json] [--published YYYY-MM-DD] [FILE...]");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => {
                eprintln!("extract: unknown option {s}");
                return usage();
            }
            _ => files.push(a),
        }
    }
    let extractor = Extractor::new();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let emit =
        |x: &Extraction, out: &mut BufWriter<std::io::StdoutLock<'_>>| -> std::io::Result<()> {
            if json {
                serde_json::to_writer(&mut *out, x).map_err(std::io::Error::other)?;
                writeln!(out)
            } else {
                write!(out, "{}", summary(x))
            }
        };
    if files.is_empty() {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            eprintln!("extract: standard input: {e}");
            return ExitCode::FAILURE;
        }
        match Document::from_bytes("stdin", &bytes) {
            Ok(mut doc) => {
                doc.set_published(published);
                if emit(&extractor.extract(&doc), &mut out).is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                eprintln!("extract: standard input: {e}");
                failed = true;
            }
        }
    }
    // One file at a time: memory stays bounded by the largest article.
    for f in &files {
        let id = Path::new(f)
            .file_stem()
            .map_or_else(|| f.clone(), |s| s.to_string_lossy().into_owned());
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("extract: {f}: {e}");
                failed = true;
                continue;
            }
        };
        let mut doc = match Document::from_bytes(id, &bytes) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("extract: {f}: {e}");
                failed = true;
                continue;
            }
        };
        doc.set_published(published);
        if emit(&extractor.extract(&doc), &mut out).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn summary(x: &Extraction) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "== {} (published {})",
        x.id,
        x.published.map_or("unknown".to_string(), |d| d.to_string())
    );
    let _ = writeln!(
        s,
        "actors:    {}",
        x.actors
            .iter()
            .map(|a| format!("{} [{}]", a.name, a.kind))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let _ = writeln!(
        s,
        "places:    {}",
        x.locations
            .iter()
            .map(|l| l.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        s,
        "dates:     {}",
        x.dates
            .iter()
            .map(|d| format!(
                "{} = {}",
                d.text,
                d.value.map_or("?".into(), |v| v.to_string())
            ))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let _ = writeln!(s, "sources:");
    for src in &x.sources {
        let _ = writeln!(
            s,
            "  - {}{}{}{}{}",
            src.title
                .as_deref()
                .map(|t| format!("{t} "))
                .unwrap_or_default(),
            src.name.as_deref().unwrap_or("(unnamed)"),
            src.role
                .as_deref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default(),
            src.actor
                .as_deref()
                .map(|a| format!(" for {a}"))
                .unwrap_or_default(),
            src.channel.map(|c| format!(" via {c}")).unwrap_or_default(),
        );
    }
    let _ = writeln!(s, "claims:");
    for c in &x.claims {
        let count = c
            .count
            .as_ref()
            .map(|n| format!(" {}", n.text))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  - [{}{}] {} says:{} {} {}{}{}  <{} @{}>",
            c.kind,
            c.event.map(|e| format!(", {e}")).unwrap_or_default(),
            c.claimant.as_deref().unwrap_or("the article"),
            count,
            c.subject.as_deref().unwrap_or(""),
            c.outcome.as_deref().unwrap_or(""),
            if c.items.is_empty() {
                String::new()
            } else {
                format!(" ({})", c.items.join(", "))
            },
            if c.hedged { " (hedged)" } else { "" },
            c.rule,
            c.span.start,
        );
    }
    s.push('\n');
    s
}
