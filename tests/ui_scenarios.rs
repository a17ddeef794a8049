//! Scenario workflows clicked through the real app with egui_kittest: create a scenario,
//! attach an initiative and see the results change; move an assumption slider and see them
//! change live; undo restores them; the uncertainty bands run in the background and can be
//! cancelled; the tornado and the explanation are there.

mod common;
use common::*;

use cx_workbench::app::{UncertaintyStatus, WorkbenchApp};
use cx_workbench::engine::ScenarioRun;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

const CHURN: &str = "Chance a new or passive-loyal customer leaves after a negative experience";

/// A copy of the hotel sample, open in the app; the fixture keeps its folder alive.
fn app() -> (Fixture, Harness<'static, WorkbenchApp>) {
    let fixture = Fixture::new();
    let harness = fixture.app(Some(fixture.copy_of("hotel-group.ron")));
    (fixture, harness)
}

/// The run of the selected scenario from the results the Results tab computed.
fn selected_run(harness: &Harness<'_, WorkbenchApp>) -> ScenarioRun {
    let app = harness.state();
    let id = app
        .ui
        .scenarios
        .selected
        .clone()
        .expect("a scenario is selected");
    app.results
        .last_comparison()
        .and_then(|c| {
            c.scenarios
                .iter()
                .find(|r| r.scenario.as_ref() == Some(&id))
                .cloned()
        })
        .expect("results for the selected scenario")
}

fn profit(run: &ScenarioRun) -> f64 {
    run.periods
        .last()
        .map(|p| p.cumulative_profit_pv)
        .unwrap_or_default()
}

#[test]
fn a_new_scenario_with_an_initiative_changes_the_results_and_undo_restores_them() {
    let (_dir, mut harness) = app();
    click(&mut harness, Role::Button, "Scenarios");
    click(&mut harness, Role::Button, "+ Add scenario");
    harness.event(egui::Event::Text("Chatbot pilot".into()));
    harness.run_steps(2);
    let id = harness
        .state()
        .ui
        .scenarios
        .selected
        .clone()
        .expect("selected");
    assert!(
        harness
            .state()
            .doc
            .project
            .scenario(&id)
            .is_some_and(|s| s.name == "Chatbot pilot")
    );

    click(&mut harness, Role::Button, "Results");
    let baseline_profit = profit(
        &harness
            .state()
            .results
            .last_comparison()
            .expect("results")
            .baseline,
    );
    let before = selected_run(&harness);
    assert_eq!(
        profit(&before),
        baseline_profit,
        "no initiatives: the baseline"
    );
    assert_eq!(before.payback_period, Some(0));
    let says_baseline = |h: &Harness<'_, WorkbenchApp>| {
        h.query_by_label_contains("this scenario is Today")
            .is_some()
    };
    assert!(
        says_baseline(&harness),
        "an empty scenario says it is the baseline"
    );

    click(&mut harness, Role::Button, "Set up");
    let initiative = harness.state().doc.project.initiatives[0].name.clone();
    click(&mut harness, Role::CheckBox, &initiative);
    click(&mut harness, Role::Button, "Results");
    let after = selected_run(&harness);
    assert_ne!(
        profit(&after),
        profit(&before),
        "the initiative changes cumulative profit"
    );
    let active = |r: &ScenarioRun| {
        r.periods
            .last()
            .map(|p| p.customers.active_loyal)
            .unwrap_or_default()
    };
    assert!(
        active(&after) > active(&before),
        "more active-loyal customers with the initiative"
    );
    assert!(!says_baseline(&harness), "no longer the baseline");
    // The headline tile shows the new number, rounded for people, under its difference from
    // Today.
    let shown = format!(
        "vs. Today; {} in this scenario",
        cx_workbench::i18n::numbers::money_compact(
            profit(&after),
            "GBP",
            cx_workbench::i18n::Lang::En,
        )
    );
    assert!(
        harness.query_by_label(&shown).is_some(),
        "the contribution tile shows {shown}"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(3);
    let undone = selected_run(&harness);
    assert_eq!(
        profit(&undone),
        profit(&before),
        "undo restores the results"
    );
}

#[test]
fn moving_an_assumption_slider_changes_the_results_live_and_undo_restores_them() {
    let (_dir, mut harness) = app();
    click(&mut harness, Role::Button, "Scenarios");
    click(&mut harness, Role::Button, "All in");
    click(&mut harness, Role::Button, "Results");
    let before = selected_run(&harness);

    click(&mut harness, Role::Button, "Set up");
    click(&mut harness, Role::CheckBox, CHURN);
    let id = harness
        .state()
        .ui
        .scenarios
        .selected
        .clone()
        .expect("selected");
    let own = |h: &Harness<'_, WorkbenchApp>| {
        h.state()
            .doc
            .project
            .scenario(&id)
            .and_then(|s| s.override_of(cx_workbench::model::AssumptionKey::ChurnAfterNegative))
    };
    assert_eq!(
        own(&harness),
        Some(0.35),
        "the scenario's own value starts at the project's"
    );

    harness
        .get_by_role_and_label(Role::Slider, CHURN)
        .set_value_accesskit(20.0);
    harness.run_steps(3);
    assert!(own(&harness).is_some_and(|v| (v - 0.20).abs() < 1e-9));
    let computed_before = harness.state().results.computations;
    click(&mut harness, Role::Button, "Results");
    let after = selected_run(&harness);
    assert!(
        harness.state().results.computations > computed_before,
        "recomputed"
    );
    assert!(
        profit(&after) > profit(&before),
        "fewer customers leave: more profit"
    );

    // Undo the slider, then the tick: back to the results from before.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(3);
    assert_eq!(own(&harness), Some(0.35));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(3);
    assert_eq!(own(&harness), None);
    assert_eq!(profit(&selected_run(&harness)), profit(&before));
}

#[test]
fn the_uncertainty_bands_run_in_the_background_and_can_be_cancelled() {
    let (_dir, mut harness) = app();
    harness.state_mut().project_mut().settings.monte_carlo_runs = 200;
    click(&mut harness, Role::Button, "Scenarios");
    click(&mut harness, Role::Button, "Results");
    let run_label = "Run the uncertainty bands (200 × 6)";
    click(&mut harness, Role::Button, run_label);
    harness.state_mut().results.wait_for_uncertainty();
    harness.run_steps(3);
    let project = harness.state().doc.project.clone();
    assert_eq!(
        harness.state_mut().results.uncertainty_status(&project),
        UncertaintyStatus::Ready
    );
    let bands = harness.state().results.bands(&project).to_vec();
    assert_eq!(
        bands.len(),
        project.scenarios.len() + 1,
        "the baseline and every scenario"
    );
    let last = bands[1].1.periods.last().expect("periods");
    assert!(last.cumulative_profit_pv.p10 <= last.cumulative_profit_pv.p50);
    assert!(last.cumulative_profit_pv.p50 <= last.cumulative_profit_pv.p90);
    assert!(
        last.cumulative_profit_pv.p10 < last.cumulative_profit_pv.p90,
        "a real band"
    );

    // An edit makes the bands out of date; running again and cancelling leaves none running.
    harness.state_mut().project_mut().settings.monte_carlo_runs = 100_000;
    harness.run_steps(2);
    let project = harness.state().doc.project.clone();
    assert_eq!(
        harness.state_mut().results.uncertainty_status(&project),
        UncertaintyStatus::OutOfDate
    );
    click(&mut harness, Role::Button, "Run again");
    assert!(matches!(
        harness.state_mut().results.uncertainty_status(&project),
        UncertaintyStatus::Running(_)
    ));
    click(&mut harness, Role::Button, "Cancel");
    assert_eq!(
        harness.state_mut().results.uncertainty_status(&project),
        UncertaintyStatus::OutOfDate
    );
}

#[test]
fn the_results_show_a_tornado_and_the_explanation_shows_the_numbers() {
    let (_dir, mut harness) = app();
    click(&mut harness, Role::Button, "Scenarios");
    click(&mut harness, Role::Button, "Booking first");
    click(&mut harness, Role::Button, "Results");
    let id = harness
        .state()
        .ui
        .scenarios
        .selected
        .clone()
        .expect("selected");
    let tornado = harness
        .state()
        .results
        .last_tornado(&id)
        .cloned()
        .expect("a tornado");
    assert!(tornado.bars.len() >= 10);
    assert!(
        tornado
            .bars
            .windows(2)
            .all(|w| w[0].swing() >= w[1].swing()),
        "largest swing first"
    );
    assert!(
        harness
            .query_by_label_contains("What moves the result most — Booking first")
            .is_some()
    );

    click(&mut harness, Role::Button, "How is this computed?");
    let persona = harness.state().doc.project.personas[0].name.clone();
    assert!(
        harness
            .query_by_label_contains(&format!("{persona}: n = "))
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("V = (I − P/(1+d))^−1")
            .is_some()
    );
    // The calibrated sample starts every persona at its balance.
    let node = harness
        .query_by_label_contains("holds steady where as many become active loyal")
        .expect("the balance of the mix");
    let node = node.accesskit_node();
    let balance = node.label().or_else(|| node.value()).unwrap_or_default();
    assert!(balance.ends_with("It starts there."), "{balance}");
    // The example of a rounded number is in the project's currency.
    assert!(
        harness
            .query_by_label_contains("rounded for people (£51.1M")
            .is_some()
    );
    harness.state_mut().doc.project.meta.currency = "EUR".into();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("rounded for people (€51.1M")
            .is_some(),
        "a euro project is shown euros"
    );
}

/// A message in the corner starts with `start`.
fn assert_toast(harness: &Harness<'_, WorkbenchApp>, start: &str) {
    let texts = harness.state().toasts.texts();
    assert!(
        texts.iter().any(|t| t.starts_with(start)),
        "a message starting {start:?}, got {texts:?}"
    );
}

#[test]
fn a_plot_is_saved_as_a_png_picture_and_copied_without_its_buttons() {
    let (fixture, mut harness) = app();
    let (dir, dialogs) = (&fixture.dir, &fixture.dialogs);
    click(&mut harness, Role::Button, "Scenarios");
    click(&mut harness, Role::Button, "Results");
    let png = dir.path().join("active-loyal");
    dialogs.answer(&png);
    // As a keyboard user would: no pointer over the picture.
    harness
        .get_all_by_role_and_label(Role::Button, "Save picture")
        .next()
        .expect("a save-picture menu on the first plot")
        .click_accesskit();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "Save as PNG…")
        .click_accesskit();
    harness.run_steps(6);
    // The dialog's name gets the extension; the picture is the plot, not the window.
    let png = png.with_extension("png");
    let picture = image::open(&png)
        .unwrap_or_else(|e| {
            panic!(
                "a PNG at {}: {e}; toasts {:?}",
                png.display(),
                harness.state().toasts.texts()
            )
        })
        .to_rgba8();
    let (width, height) = picture.dimensions();
    assert_eq!((width, height), (1600, 1000), "print size");
    let first = picture.get_pixel(0, 0);
    assert!(
        picture.pixels().any(|p| p != first),
        "the picture is not blank"
    );
    // The buttons right of the title are not in the picture: that corner is background.
    let corner: Vec<_> = (width - 200..width - 8)
        .flat_map(|x| (8..24).map(move |y| (x, y)))
        .collect();
    let background = picture.get_pixel(width - 8, 8);
    let drawn = corner
        .iter()
        .filter(|(x, y)| picture.get_pixel(*x, *y) != background)
        .count();
    assert!(
        drawn * 100 < corner.len(),
        "{drawn} of {} pixels drawn where the buttons were",
        corner.len()
    );
    assert_toast(&harness, "Saved ");

    harness
        .get_all_by_role_and_label(Role::Button, "Copy picture")
        .next()
        .expect("a copy-picture button")
        .click();
    harness.run_steps(6);
    assert_toast(&harness, "Copied a picture of “Active-loyal customers");
    // Cancelling the save dialog saves nothing and says nothing.
    let before = std::fs::read_dir(dir.path()).expect("dir").count();
    harness
        .get_all_by_role_and_label(Role::Button, "Save picture")
        .next()
        .expect("a save-picture menu")
        .click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "Save as PNG…")
        .click();
    harness.run_steps(6);
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), before);
    assert_eq!(harness.state().modal_title(), None);
}

/// The distance from the top of the first row of headline tiles to the top of the second.
fn tile_row_pitch(harness: &Harness<'_, WorkbenchApp>) -> f32 {
    let top = |label: &str| {
        harness
            .get_all_by_label(label)
            .map(|n| n.rect().top())
            .fold(f32::INFINITY, f32::min)
    };
    top("Cumulative contribution, present value (GBP)") - top("Customers (people)")
}

#[test]
fn headline_tiles_are_as_tall_as_their_lines_need() {
    // Three tiles to a row, as on a laptop.
    let fixture = Fixture::new();
    let path = fixture.copy_of("hotel-group.ron");
    let mut harness = fixture.app_sized(Some(path), egui::vec2(1280.0, 800.0));
    click(&mut harness, Role::Button, "Scenarios");
    click(&mut harness, Role::Button, "Today");
    click(&mut harness, Role::Button, "Results");
    // The baseline: a label and a value, no change against itself.
    let baseline = tile_row_pitch(&harness);
    click(&mut harness, Role::Button, "All in");
    harness.run_steps(3);
    // A scenario: a line more for the change against the baseline.
    let scenario = tile_row_pitch(&harness);
    assert!(
        baseline < 150.0 && scenario > baseline + 15.0,
        "rows {baseline} and {scenario} points apart"
    );
}
