//! Several extractions built from one input, reconciled; the checks are
//! `checks::reconcile_target`.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks.rs"]
#[allow(dead_code)] // each target uses its own check
mod checks;

fuzz_target!(|data: &[u8]| checks::reconcile_target(checks::extractor(), data));
