//! The public types are `Send + Sync + Clone` (and `Unpin`), so they can be
//! shared across threads and stored freely.

use counterclaim::*;

fn assert_traits<T: Send + Sync + Clone + Unpin + std::fmt::Debug>() {}

#[test]
fn public_types_are_send_sync_clone() {
    assert_traits::<Extractor>();
    assert_traits::<ExtractorBuilder>();
    assert_traits::<Reconciler>();
    assert_traits::<Document>();
    assert_traits::<Extraction>();
    assert_traits::<Reconciliation>();
    assert_traits::<Claim>();
    assert_traits::<Count>();
    assert_traits::<Span>();
    assert_traits::<CivilDate>();
    assert_traits::<Error>();
}

#[test]
fn one_extractor_serves_many_threads() {
    let ex = Extractor::new();
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let ex = ex.clone();
            std::thread::spawn(move || {
                let doc = Document::new(
                    format!("t{i}"),
                    "Gunmen killed 12 soldiers near Djibo on Monday.",
                );
                ex.extract(&doc).claims.len()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 1);
    }
}
