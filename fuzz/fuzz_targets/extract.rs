//! Arbitrary bytes -> `Document::from_bytes` -> `Extractor::extract`; the
//! checks are `checks::extract_target`.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks.rs"]
#[allow(dead_code)] // each target uses its own check
mod checks;

fuzz_target!(|data: &[u8]| checks::extract_target(checks::extractor(), data));
