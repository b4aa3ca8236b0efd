use counterclaim::{Document, Extractor};
fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let docs: Vec<Document> = files
        .iter()
        .map(|f| {
            Document::new(f.clone(), std::fs::read_to_string(f).unwrap())
                .with_published("2025-07-01".parse().unwrap())
        })
        .collect();
    let ex = Extractor::new();
    for d in &docs {
        ex.extract(d);
    }
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20);
    let mut best = f64::MAX;
    for _ in 0..reps {
        let t = std::time::Instant::now();
        for d in &docs {
            std::hint::black_box(ex.extract(d));
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    if reps > 0 {
        eprintln!(
            "{:.2} MB/s (best of {reps} passes over {bytes} bytes)",
            bytes as f64 / best / 1e6
        );
    }
}
