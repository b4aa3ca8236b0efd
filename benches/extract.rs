//! Throughput and scaling benchmarks (issue 4).
//!
//! ```text
//! cargo bench --bench extract
//! ```
//!
//! Groups, each printed with its throughput:
//!
//! * `extract/per_article`: `Extractor::extract` on each document of the
//!   corpus in turn. The corpus is every bundled seed and dev article
//!   (`tests/fixtures/{seeds,dev}/*.txt`, with their publication dates)
//!   repeated until it holds at least 1 MB; throughput is in bytes of
//!   article text.
//! * `extract/batch`: `Extractor::extract_many` over the same corpus (in
//!   parallel when the `rayon` feature is on).
//! * `extract/baseline_word_regex`: the floor, one pass of
//!   `regex::Regex::new(r"\w+")` counting matches over the same documents.
//!   Extraction should stay within 5x of it.
//! * `build/engine`: building an extractor that is not the shared default
//!   (`Extractor::builder().disable_rule(..).build()`), which compiles every
//!   pattern and automaton again; the built-in data tables are parsed once
//!   per process and shared, so their parse is not in this figure.
//! * `build/first_new_in_fresh_process`: the cold cost a program pays: the
//!   first `Extractor::new()` in a new process (parse of the data tables plus
//!   every compile), timed inside a child process this benchmark spawns, so
//!   process start-up is not counted.
//! * `reconcile/N`: reconciling N versions (N = 2 .. 10,000) built by cloning
//!   the seeds' extractions with distinct ids; throughput in versions.

use std::path::Path;
use std::time::{Duration, Instant};

use counterclaim::{CivilDate, Document, Extraction, Extractor, Reconciler};
use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

/// Set in the child process that times a cold `Extractor::new()`.
const COLD_ENV: &str = "COUNTERCLAIM_BENCH_COLD_BUILD";

/// One sentence that reaches every pass (actors, places, dates, sources,
/// counts, claims), so the child's timing includes every lazy pattern.
const COLD_TEXT: &str = "Mali's army said on Tuesday that it repelled the attack near Gao \
    and killed 20 militants, JNIM said.";

fn fixtures() -> Vec<Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut docs = Vec::new();
    let seed_date: CivilDate = "2025-07-01".parse().expect("date");
    let mut seeds: Vec<_> = std::fs::read_dir(root.join("seeds"))
        .expect("seeds dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    for p in seeds {
        let text = std::fs::read_to_string(&p).expect("seed text");
        let id = p.file_stem().unwrap().to_string_lossy().into_owned();
        docs.push(Document::new(id, text).with_published(seed_date));
    }
    // The dev articles, each with its date from the manifest.
    let manifest = std::fs::read_to_string(root.join("dev/manifest.json")).expect("manifest");
    let manifest: serde_json::Value = serde_json::from_str(&manifest).expect("manifest json");
    for e in manifest.as_array().expect("manifest array") {
        let id = e["id"].as_str().expect("id");
        let published: CivilDate = e["published"]
            .as_str()
            .expect("published")
            .parse()
            .expect("date");
        let text = std::fs::read_to_string(root.join(format!("dev/{id}.txt"))).expect("dev text");
        docs.push(Document::new(id, text).with_published(published));
    }
    docs
}

/// The fixtures repeated to at least 1 MB, with distinct ids.
fn corpus() -> (Vec<Document>, u64) {
    let base = fixtures();
    let mut docs = Vec::new();
    let mut bytes = 0u64;
    let mut round = 0;
    while bytes < 1 << 20 {
        for d in &base {
            let mut doc = Document::new(format!("{}#{round}", d.id()), d.text());
            doc.set_published(d.published());
            bytes += doc.text().len() as u64;
            docs.push(doc);
        }
        round += 1;
    }
    (docs, bytes)
}

fn bench_extract(c: &mut Criterion) {
    let (docs, bytes) = corpus();
    let ex = Extractor::new();
    let word = regex::Regex::new(r"\w+").expect("compiles");
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(8));
    g.bench_function("per_article", |b| {
        b.iter(|| {
            let mut claims = 0;
            for d in &docs {
                claims += ex.extract(black_box(d)).claims.len();
            }
            claims
        })
    });
    g.bench_function("batch", |b| b.iter(|| ex.extract_many(black_box(&docs))));
    g.bench_function("baseline_word_regex", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| word.find_iter(black_box(d.text())).count())
                .sum::<usize>()
        })
    });
    g.finish();
}

fn bench_build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("engine", |b| {
        b.iter(|| {
            Extractor::builder()
                .disable_rule("repelled/verb")
                .build()
                .expect("builds")
        })
    });
    g.bench_function("first_new_in_fresh_process", |b| {
        let exe = std::env::current_exe().expect("bench executable");
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let out = std::process::Command::new(&exe)
                    .env(COLD_ENV, "1")
                    .output()
                    .expect("child runs");
                let nanos: u64 = String::from_utf8_lossy(&out.stdout)
                    .trim()
                    .parse()
                    .expect("child prints nanoseconds");
                total += Duration::from_nanos(nanos);
            }
            total
        })
    });
    g.finish();
}

/// `n` versions: the seeds' extractions cloned round-robin, ids made distinct.
fn versions(seeds: &[Extraction], n: usize) -> Vec<Extraction> {
    (0..n)
        .map(|i| {
            let mut x = seeds[i % seeds.len()].clone();
            x.id = format!("{}#{i}", x.id);
            x
        })
        .collect()
}

fn bench_reconcile(c: &mut Criterion) {
    let ex = Extractor::new();
    let seeds: Vec<Extraction> = fixtures()
        .iter()
        .filter(|d| d.id().starts_with(|ch: char| ch.is_ascii_digit()))
        .map(|d| ex.extract(d))
        .collect();
    let rec = Reconciler::new();
    let mut g = c.benchmark_group("reconcile");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(4));
    for n in [2usize, 10, 100, 1_000, 10_000] {
        let vs = versions(&seeds, n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &vs, |b, vs| {
            b.iter(|| rec.reconcile(black_box(vs)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench_extract, bench_build, bench_reconcile);

fn main() {
    if std::env::var_os(COLD_ENV).is_some() {
        // Child: time the first `Extractor::new()` of this process, with
        // one short extraction that forces the lazily compiled patterns.
        let t = Instant::now();
        let ex = Extractor::new();
        black_box(ex.extract(&Document::new("cold", COLD_TEXT)));
        println!("{}", t.elapsed().as_nanos());
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
