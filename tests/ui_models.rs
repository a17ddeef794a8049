//! The 4C and Value workspaces clicked through the real app with egui_kittest: a 4C score
//! moved changes the radar's CSV and undoes in one step; the competitor's name is edited
//! here; the gap table lists where we lose first; the Value workspace says what closing a
//! persona's gap is worth, the same number as an engine run with the raised perception.

use cx_workbench::app::WorkbenchApp;
use cx_workbench::charts::models::four_c_radar;
use cx_workbench::i18n::Lang;
use cx_workbench::ui::Workspace;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

mod common;
use common::*;

fn open(fixture: &Fixture, workspace: &str, expected: Workspace) -> Harness<'static, WorkbenchApp> {
    let path = fixture.copy_of("hotel-group.ron");
    let mut harness = fixture.app(Some(path));
    click_button(&mut harness, workspace);
    assert_eq!(harness.state().ui.workspace, expected);
    harness
}

fn radar_csv(harness: &Harness<'_, WorkbenchApp>) -> String {
    let project = project(harness);
    let id = project.personas[0].id.clone();
    four_c_radar(&project, Some(&id), Lang::En)
        .expect("radar")
        .csv()
}

#[test]
fn a_4c_score_moves_the_radar_and_undoes_in_one_step() {
    let fixture = Fixture::new();
    let mut harness = open(&fixture, "4C", Workspace::FourC);
    let before = radar_csv(&harness);
    let original = project(&harness);
    assert!(has_label(&harness, "4C radar: Margaret Ellison"));

    // The second "Our offer" slider is Cost.
    let cost = harness
        .get_all_by_role_and_label(Role::Slider, "Our offer")
        .nth(1)
        .map(|n| n.accesskit_node().id())
        .expect("cost slider");
    harness.get_by(|n| n.id() == cost).set_value_accesskit(2.5);
    harness.run_steps(3);
    assert_eq!(project(&harness).personas[0].four_c.cost.ours, 2.5);
    let after = radar_csv(&harness);
    assert_ne!(before, after);
    assert!(
        after.contains("Margaret Ellison,Cost,2.5,6,-3.5"),
        "{after}"
    );
    // Where we lose most is now Margaret's cost, at the top of the gap table.
    assert!(has_label(&harness, "−3.5"));

    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&harness), original);
    assert_eq!(radar_csv(&harness), before);
}

#[test]
fn the_competitor_is_named_here_and_every_persona_can_be_overlaid() {
    let fixture = Fixture::new();
    let mut harness = open(&fixture, "4C", Workspace::FourC);
    replace_text(&mut harness, "Main competitor", "Lakeside Country Hotels");
    assert_eq!(
        project(&harness).meta.main_competitor,
        "Lakeside Country Hotels"
    );
    harness
        .get_by_role_and_label(Role::Button, "Every persona")
        .click();
    harness.run_steps(3);
    assert!(has_label(&harness, "4C radar: every persona"));
    assert!(has_label(
        &harness,
        "Where we lose: ours − competitor, worst first"
    ));
}

#[test]
fn the_value_workspace_says_what_closing_a_gap_is_worth_as_the_engine_computes_it() {
    use cx_workbench::engine::{gap_worth, run_baseline};
    let fixture = Fixture::new();
    let mut harness = open(&fixture, "Value", Workspace::Value);
    harness
        .get_by_role_and_label(Role::Button, "Claire Donnelly\nGap: −2.0")
        .click();
    harness.run_steps(3);
    let project = project(&harness);
    let claire = project
        .personas
        .iter()
        .find(|p| p.name == "Claire Donnelly")
        .expect("Claire");
    let mut raised = project.clone();
    let copy = raised
        .personas
        .iter_mut()
        .find(|p| p.id == claire.id)
        .expect("Claire");
    copy.value.perception.score = copy.value.expectation.score;
    let before = run_baseline(&project);
    let after = run_baseline(&raised);
    let cumulative = |run: &cx_workbench::engine::ScenarioRun| {
        run.periods.last().expect("periods").cumulative_profit_pv
    };
    let worth = cumulative(&after) - cumulative(&before);
    assert!(worth > 0.0);
    let expected = gap_worth::gap_worth(&project, &before, &claire.id).expect("worth");
    assert_eq!(expected.worth(), worth);
    let amount = cx_workbench::i18n::numbers::money(worth, &project.meta.currency, Lang::En);
    let line = format!(
        "Closing Claire Donnelly's gap (−2.0) is worth {amount} over {} months.",
        expected.horizon_periods
    );
    assert!(has_label(&harness, &line), "{line}");

    // The assumption that carries the effect opens from here.
    click_button(&mut harness, "Open the value-gap assumption");
    assert_eq!(harness.state().ui.workspace, Workspace::Scenarios);

    // Perception raised in the app: the gap is closed, and the ranking follows.
    click_button(&mut harness, "Value");
    let perception = harness
        .get_all_by_role_and_label(Role::Slider, "Score")
        .nth(2)
        .map(|n| n.accesskit_node().id())
        .expect("perception slider");
    harness
        .get_by(|n| n.id() == perception)
        .set_value_accesskit(9.0);
    harness.run_steps(3);
    let gap = 9.0 - claire.value.expectation.score;
    let signed = cx_workbench::i18n::numbers::signed(gap, 1, Lang::En);
    let line =
        format!("Claire Donnelly's perception meets the expectation ({signed}): no gap to close.");
    assert!(has_label(&harness, &line), "{line}");
}
