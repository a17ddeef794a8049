//! One UI frame of each large view on the large generated project (PRODUCT.md §9): the app run
//! headless by egui_kittest, no GPU, results already computed. Target: a few milliseconds of
//! CPU.

use criterion::{Criterion, criterion_group, criterion_main};
use cx_workbench::app::{AppConfig, ScriptedDialogs, WorkbenchApp};
use cx_workbench::model::generate::{Size, project};
use cx_workbench::store;
use cx_workbench::ui::Workspace;
use egui_kittest::Harness;

fn harness_on(
    size: Size,
    workspace: Workspace,
    dir: &std::path::Path,
) -> Harness<'static, WorkbenchApp> {
    let path = dir.join("large.ron");
    store::save(&path, &project(size)).expect("saves");
    let mut config = AppConfig::for_tests(None, ScriptedDialogs::default());
    config.open = Some(path);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |cc| WorkbenchApp::new(cc, config));
    harness.state_mut().ui.workspace = workspace;
    harness.run_steps(5);
    harness
}

fn frames(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut group = c.benchmark_group("one frame, large project");
    for (name, workspace) in [
        ("personas", Workspace::Personas),
        ("overview", Workspace::Overview),
    ] {
        let mut harness = harness_on(Size::LARGE, workspace, dir.path());
        group.bench_function(name, |b| b.iter(|| harness.step()));
    }
    let mut harness = harness_on(Size::LARGE, Workspace::Personas, dir.path());
    harness.state_mut().ui.personas.card_view = true;
    harness.run_steps(2);
    group.bench_function("persona card", |b| b.iter(|| harness.step()));
    // The heaviest view: six plots over the baseline and 20 scenarios, a tornado, and the
    // project compared with the cached results every frame.
    let mut harness = harness_on(Size::LARGE, Workspace::Scenarios, dir.path());
    harness.run_steps(2);
    group.bench_function("scenario results", |b| b.iter(|| harness.step()));
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
