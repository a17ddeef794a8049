//! Phasing an initiative in through the real app (egui_kittest): its start period and ramp are
//! set in the Initiatives workspace, the scenario carrying it out changes, and undo brings the
//! numbers back; the project's capacity is set in the scenario's model settings.

use cx_workbench::app::WorkbenchApp;
use cx_workbench::engine::ScenarioRun;
use cx_workbench::model::{Id, Initiative};
use cx_workbench::ui::Workspace;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

mod common;
use common::*;

/// The initiative shown in the Initiatives workspace.
fn shown(harness: &Harness<'_, WorkbenchApp>) -> Initiative {
    let app = harness.state();
    let id = app.ui.initiatives.selected.clone().expect("an initiative");
    app.doc.project.initiative(&id).cloned().expect("it exists")
}

/// The app's own results for the scenario `id` (what the Scenarios workspace shows).
fn run_of(harness: &mut Harness<'_, WorkbenchApp>, id: &Id) -> ScenarioRun {
    let app = harness.state_mut();
    let comparison = app.results.comparison(&app.doc.project);
    comparison
        .scenarios
        .iter()
        .find(|run| run.scenario.as_ref() == Some(id))
        .cloned()
        .expect("the scenario's run")
}

#[test]
fn a_later_start_and_a_ramp_set_in_the_editor_move_the_scenario_and_undo_restores_it() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_of("online-shop.ron")));
    click_button(&mut harness, "Initiatives");
    assert_eq!(harness.state().ui.workspace, Workspace::Initiatives);
    let initiative = shown(&harness);
    let scenario = project(&harness)
        .scenarios
        .iter()
        .find(|s| s.initiatives.contains(&initiative.id))
        .map(|s| s.id.clone())
        .expect("a scenario carries out the first initiative");
    let before = run_of(&mut harness, &scenario);

    harness
        .get_by_role_and_label(Role::SpinButton, "Starts in")
        .set_value_accesskit(7.0);
    harness.run_steps(2);
    assert_eq!(shown(&harness).start_period, 6, "month 7 is model period 6");
    let later = run_of(&mut harness, &scenario);
    assert_ne!(
        later.periods[36].cumulative_profit_pv,
        before.periods[36].cumulative_profit_pv
    );
    // Its one-off cost now falls in month 7.
    assert!(later.periods[7].costs >= initiative.one_off_cost);

    harness
        .get_by_role_and_label(Role::SpinButton, "Full effect after")
        .set_value_accesskit(4.0);
    harness.run_steps(2);
    assert_eq!(shown(&harness).ramp_periods, 4);
    assert!(has_label(
        &harness,
        "Starts in month 7, full effect after 4 months"
    ));
    let ramped = run_of(&mut harness, &scenario);
    assert_ne!(ramped.periods[8].customers, later.periods[8].customers);

    for _ in 0..2 {
        shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    }
    let undone = shown(&harness);
    assert_eq!(
        (undone.start_period, undone.ramp_periods),
        (initiative.start_period, initiative.ramp_periods)
    );
    assert_eq!(run_of(&mut harness, &scenario), before);
}

#[test]
fn a_capacity_ticked_in_the_model_settings_bounds_the_customers_and_undo_lifts_it() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_edited("online-shop.ron", |text| {
        text.replace("        capacity: Some(25000.0),\n", "")
    })));
    assert_eq!(project(&harness).settings.capacity, None);
    click_button(&mut harness, "Scenarios");
    click(&mut harness, Role::Button, "Set up");
    click(&mut harness, Role::CheckBox, "Customers you can serve");
    let customers: f64 = project(&harness)
        .personas
        .iter()
        .map(|p| p.segment.customers as f64)
        .sum();
    // Ticked, it starts at today's customers rounded up to a hundred.
    let capacity = (customers / 100.0).ceil() * 100.0;
    assert_eq!(project(&harness).settings.capacity, Some(capacity));
    let app = harness.state_mut();
    let comparison = app.results.comparison(&app.doc.project).clone();
    for run in std::iter::once(&comparison.baseline).chain(&comparison.scenarios) {
        for period in &run.periods {
            assert!(period.customers.paying() <= capacity * (1.0 + 1e-12));
        }
    }
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&harness).settings.capacity, None);
}
