//! Values a file can hold never crash, hang or mislead: an absurd run count is capped before
//! anything is allocated, out-of-range sizes and non-finite scores are reported with their
//! field path, and terminal output never passes on control characters.

use cx_workbench::engine::monte_carlo::{MonteCarloOptions, monte_carlo};
use cx_workbench::i18n::Lang;
use cx_workbench::model::validate;
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

/// Runs the real binary with `args` and gives (exit code, stdout, stderr).
fn run(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cx-workbench"))
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The validation problems of `project` as the user reads them.
fn messages(project: &cx_workbench::model::Project) -> Vec<String> {
    validate(project)
        .iter()
        .map(|p| p.describe(Lang::En))
        .collect()
}

#[test]
fn segment_sizes_beyond_any_market_are_reported_with_their_field() {
    let mut project = store::embedded_sample().expect("sample");
    project.personas[0].segment.customers = u64::MAX;
    project.personas[1].segment.prospects = 2_000_000_000;
    let problems = messages(&project);
    for expected in [
        "personas[0].segment.customers: 1.8446744073709552e19 is outside 0..1000000000",
        "personas[1].segment.prospects: 2000000000 is outside 0..1000000000",
    ] {
        assert!(problems.iter().any(|p| p == expected), "{problems:?}");
    }
}

#[test]
fn a_huge_value_is_written_short_in_its_message() {
    let mut project = store::embedded_sample().expect("sample");
    project.personas[0].segment.spend_per_period = 1e308;
    let problems = messages(&project);
    let expected = "personas[0].segment.spend_per_period: 1e308 is outside 0..1000000000000";
    assert!(problems.iter().any(|p| p == expected), "{problems:?}");
}

#[test]
fn report_shows_a_dash_for_a_value_that_is_not_a_number_and_lists_the_problem() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut project = store::embedded_sample().expect("sample");
    project.personas[0].value.expectation.score = f64::NAN;
    project.personas[0].value.perception.score = f64::INFINITY;
    project.personas[1].value.proposition.score = f64::NEG_INFINITY;
    let path = dir.path().join("nan.ron");
    store::save(&path, &project).expect("saved");
    let (code, out, err) = run(&["report".as_ref(), path.as_os_str()]);
    assert_eq!(code, Some(0), "{err}");
    for word in ["NaN", "inf"] {
        assert!(!out.contains(word), "{word} in the report:\n{out}");
    }
    assert!(out.contains('—'));
    assert!(
        err.contains("personas[0].value.expectation.score: is not a finite number"),
        "{err}"
    );
}

#[test]
fn names_with_terminal_escapes_are_printed_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut project = store::embedded_sample().expect("sample");
    // Would set the terminal's title and clear the screen.
    project.meta.name = "\u{1b}]0;owned\u{7}\u{1b}[2J".into();
    project.personas[0].name = "Anna\u{1b}[2J\u{9b}31m".into();
    project.personas[1].id = "p-\u{1b}[2J".into();
    let path = dir.path().join("escapes.ron");
    store::save(&path, &project).expect("saved");
    let (_, check_out, check_err) = run(&["check".as_ref(), path.as_os_str()]);
    let (_, report_out, report_err) = run(&["report".as_ref(), path.as_os_str()]);
    for text in [&check_out, &check_err, &report_out, &report_err] {
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "a control character reaches the terminal: {text:?}"
        );
    }
    assert!(
        report_out.contains("Anna\\u{1b}[2J\\u{9b}31m"),
        "{report_out}"
    );
    assert!(check_err.contains("\\u{1b}[2J"), "{check_err}");
}
