//! Arbitrary bytes -> `Document::from_bytes` -> `Extractor::extract`; the
//! checks are `checks::extract_target`.

#![no_main]

use std::sync::OnceLock;

use counterclaim::Extractor;
use libfuzzer_sys::fuzz_target;

#[path = "../checks.rs"]
#[allow(dead_code)] // each target uses its own check
mod checks;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fuzz_target!(|data: &[u8]| checks::extract_target(extractor(), data));
