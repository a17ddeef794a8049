//! One UI frame of every registered workspace and view on the large generated project
//! (PRODUCT.md §9): the app run headless by egui_kittest, no GPU, results already computed.
//! Target: at most 2 ms of CPU each.

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
    // Every registered workspace in every view; the Results view is the heaviest: plots over
    // the baseline and 20 scenarios and a tornado, with cached results.
    for (workspace, view) in Workspace::every_view() {
        let mut harness = harness_on(Size::LARGE, workspace, dir.path());
        if let Some(view) = view {
            harness.state_mut().ui.open_view(workspace, view);
        }
        harness.run_steps(3);
        let name = format!("{} {}", workspace.name(), view.unwrap_or(""));
        group.bench_function(name.trim(), |b| b.iter(|| harness.step()));
    }
    group.finish();
    // The Journey on a real-sized project (the hotel sample): target 1 ms a frame.
    let mut group = c.benchmark_group("one frame, sample project");
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/hotel-group.ron");
    for view in Workspace::Journey.views() {
        let mut config = AppConfig::for_tests(None, ScriptedDialogs::default());
        config.open = Some(sample.clone());
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1440.0, 900.0))
            .build_eframe(move |cc| WorkbenchApp::new(cc, config));
        harness.state_mut().ui.workspace = Workspace::Journey;
        harness
            .state_mut()
            .ui
            .open_view(Workspace::Journey, view.name);
        harness.run_steps(5);
        group.bench_function(format!("journey {}", view.name), |b| {
            b.iter(|| harness.step())
        });
    }
    group.finish();
}

/// Present mode: the frame that shows the next slide (its scene laid out and drawn, the plots
/// by egui_plot at the room's size), on both samples, with and without the presenter view.
/// Target: within one frame (16 ms), aim for 4 ms.
fn next_slide(c: &mut Criterion) {
    let mut group = c.benchmark_group("present, next slide");
    for sample in ["hotel-group.ron", "online-shop.ron"] {
        for presenter in [false, true] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("projects")
                .join(sample);
            let mut config = AppConfig::for_tests(None, ScriptedDialogs::default());
            config.open = Some(path);
            let mut harness = Harness::builder()
                .with_size(egui::vec2(1920.0, 1080.0))
                .build_eframe(move |cc| WorkbenchApp::new(cc, config));
            harness.state_mut().settings.presenter_view = presenter;
            harness.run_steps(2);
            harness.key_press(egui::Key::F5);
            let count = harness.state().doc.project.slides.len().max(1);
            // Every slide once, so the results its plots need are computed.
            for _ in 0..count {
                harness.key_press(egui::Key::ArrowRight);
            }
            harness.key_press(egui::Key::Home);
            let name = format!(
                "{}{}",
                sample.trim_end_matches(".ron"),
                if presenter {
                    " with presenter view"
                } else {
                    ""
                }
            );
            group.bench_function(name, |b| {
                b.iter(|| {
                    if let Some(show) = harness.state_mut().show.as_mut() {
                        show.go((show.index + 1) % count);
                    }
                    harness.step();
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, frames, next_slide);
criterion_main!(benches);
