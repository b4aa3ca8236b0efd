//! Placeholder; the benchmarks land with the performance work.
fn main() {}
