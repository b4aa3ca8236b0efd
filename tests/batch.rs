//! `Extractor::extract_many` runs each pass over a batch of documents before
//! the next pass: its results must be exactly those of `extract` on each
//! document, in input order, whatever the batch holds.

use counterclaim::{CivilDate, Document, Extractor};

/// Every bundled article: the seeds, the dev articles and the corpora,
/// each with its publication date when its manifest gives one.
fn articles() -> Vec<Document> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.push(root.join("fixtures/seeds"));
    dirs.push(root.join("fixtures/dev"));
    dirs.sort();
    let mut docs = Vec::new();
    for dir in dirs {
        let dates: Vec<(String, CivilDate)> = std::fs::read_to_string(dir.join("manifest.json"))
            .ok()
            .and_then(|m| serde_json::from_str::<serde_json::Value>(&m).ok())
            .and_then(|m| m.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|e| {
                Some((
                    e["id"].as_str()?.to_string(),
                    e["published"].as_str()?.parse().ok()?,
                ))
            })
            .collect();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for f in files {
            let id = f.file_stem().unwrap().to_string_lossy().into_owned();
            let published = dates.iter().find(|(i, _)| *i == id).map(|(_, d)| *d);
            let mut doc = Document::new(id, std::fs::read_to_string(&f).unwrap());
            doc.set_published(published);
            docs.push(doc);
        }
    }
    docs
}

#[test]
fn batches_extract_what_single_documents_do() {
    let docs = articles();
    assert!(docs.len() > 100, "{} articles", docs.len());
    let ex = Extractor::new();
    let one_by_one: Vec<_> = docs.iter().map(|d| ex.extract(d)).collect();
    assert_eq!(ex.extract_many(&docs), one_by_one);
    // Other batch boundaries and neighbours: reversed, and each article
    // beside empty and hostile ones.
    let reversed: Vec<_> = docs.iter().rev().cloned().collect();
    let want: Vec<_> = one_by_one.iter().rev().cloned().collect();
    assert_eq!(ex.extract_many(&reversed), want);
    let mut mixed = Vec::new();
    for (i, d) in docs.iter().take(40).enumerate() {
        mixed.push(Document::new(format!("empty{i}"), ""));
        mixed.push(d.clone());
        mixed.push(Document::new(
            format!("odd{i}"),
            "\u{202e}\"\"\" killed killed 9 9 9 \0",
        ));
    }
    let got = ex.extract_many(&mixed);
    assert_eq!(got.len(), mixed.len());
    for (d, x) in mixed.iter().zip(&got) {
        assert_eq!(*x, ex.extract(d), "{}", d.id());
    }
}

#[test]
fn a_batch_of_nothing_is_nothing() {
    let none: Vec<Document> = Vec::new();
    assert!(Extractor::new().extract_many(&none).is_empty());
}
