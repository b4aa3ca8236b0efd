#[test]
fn dbg() {
    let t = std::env::var("T").unwrap();
    let x = counterclaim::Extractor::new().extract(
        &counterclaim::Document::new("a", t.clone()).with_published("2024-10-28".parse().unwrap()),
    );
    for c in &x.claims {
        println!(
            "{:?} {:?} {:?} {:?} {:?} {} [{}]",
            c.kind,
            c.claimant,
            c.subject,
            c.outcome,
            c.count.as_ref().map(|c| (&c.text, c.low, c.high, c.approx)),
            c.rule,
            &t[c.span.range()]
        );
    }
    for s in &x.sources {
        println!(
            "Source {:?} {:?} {:?}",
            s.name,
            s.actor,
            s.mentions.iter().map(|m| &t[m.range()]).collect::<Vec<_>>()
        );
    }
}
