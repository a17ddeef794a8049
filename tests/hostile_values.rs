//! Values a file can hold never crash, hang or mislead: an absurd run count is capped before
//! anything is allocated, out-of-range sizes and non-finite scores are reported with their
//! field path, and terminal output never passes on control characters.

use cx_workbench::engine::monte_carlo::{MonteCarloOptions, monte_carlo};
use cx_workbench::store;
use std::sync::atomic::{AtomicBool, AtomicUsize};

#[test]
fn monte_carlo_never_allocates_for_an_unbounded_run_count() {
    let mut project = store::embedded_sample().expect("sample");
    project.settings.monte_carlo_runs = u32::MAX;
    let options = MonteCarloOptions::from_settings(&project.settings);
    assert_eq!(options.runs, 100_000, "the file's value is capped");

    // Even a caller asking for more than memory can hold gets the bound: cancelled at once,
    // it returns without allocating per run.
    let scenario = project.scenarios[0].clone();
    let asked = MonteCarloOptions {
        runs: usize::MAX,
        ..options
    };
    let cancelled = AtomicBool::new(true);
    let result = monte_carlo(&project, &scenario, asked, &AtomicUsize::new(0), &cancelled);
    assert!(result.is_none());
}
