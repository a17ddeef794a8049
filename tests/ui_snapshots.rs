//! A few pictures of the app with committed baselines (tests/snapshots/): the Overview, the
//! Personas editor, a persona card and the journey map of the embedded sample, rendered by
//! wgpu on the CPU (Mesa). Make new baselines with
//! `UPDATE_SNAPSHOTS=1 cargo test --test ui_snapshots`.

use cx_workbench::app::{AppConfig, ScriptedDialogs, WorkbenchApp};
use cx_workbench::ui::Workspace;
use egui_kittest::Harness;

fn app_showing(workspace: Workspace, card: bool) -> Harness<'static, WorkbenchApp> {
    let config = AppConfig::for_tests(None, ScriptedDialogs::default());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_eframe(move |cc| WorkbenchApp::new(cc, config));
    harness.state_mut().settings.theme = cx_workbench::app::Theme::Light;
    harness.state_mut().ui.workspace = workspace;
    harness.state_mut().ui.personas.card_view = card;
    harness.run_steps(6);
    harness
}

#[test]
fn overview() {
    app_showing(Workspace::Overview, false).snapshot("overview");
}

#[test]
fn personas_editor() {
    app_showing(Workspace::Personas, false).snapshot("personas_editor");
}

#[test]
fn persona_card() {
    app_showing(Workspace::Personas, true).snapshot("persona_card");
}

#[test]
fn journey_map() {
    app_showing(Workspace::Journey, false).snapshot("journey_map");
}
