//! Values a file can hold never crash, hang or mislead: an absurd run count is capped before
//! anything is allocated, out-of-range sizes and non-finite scores are reported with their
//! field path, and terminal output never passes on control characters.

use cx_workbench::engine::monte_carlo::{MonteCarloOptions, monte_carlo};
use cx_workbench::store;
use std::sync::atomic::{AtomicBool, AtomicUsize};

mod pictures;
use pictures::{bomb_png, embedded, wide_png};

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

#[test]
fn a_picture_bomb_is_refused_from_its_header() {
    let bomb = bomb_png(60_000);
    assert!(bomb.len() < 1024);
    let started = std::time::Instant::now();
    let error = store::picture::decode_limited(&bomb).expect_err("refused");
    assert_eq!(
        error,
        store::picture::PictureError::TooLarge {
            width: 60_000,
            height: 60_000
        }
    );
    assert!(started.elapsed().as_secs_f64() < 1.0);
    assert!(
        error.to_string().contains("60000 × 60000 pixels"),
        "{error}"
    );
}

#[test]
fn a_picture_wider_than_any_texture_is_shown_scaled_down() {
    let picture = embedded(&wide_png(9_000, 30), 9_000);
    let shown = store::picture::for_display(&picture).expect("shown");
    assert_eq!(shown.width(), store::picture::DISPLAY_SIDE_PX);
    assert!(shown.height() >= 1);
}

#[test]
fn check_names_a_picture_that_cannot_be_shown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut project = store::embedded_sample().expect("sample");
    project.personas[1].avatar =
        cx_workbench::model::Avatar::Image(embedded(&bomb_png(60_000), 256));
    let path = dir.path().join("bomb.ron");
    store::save(&path, &project).expect("saved");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cx-workbench"))
        .arg("check")
        .arg(&path)
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(
        said.contains(
            "personas[1].avatar: the picture cannot be shown: the picture is 60000 × 60000 pixels"
        ),
        "{said}"
    );
}
