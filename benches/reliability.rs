//! Hostile but valid inputs stay linear (issue 13): `report` and `check` of a project whose one
//! scenario carries out 30,000 initiatives, each under 100 ms; one undo step of a project with
//! a 40 MiB text (the step's memory is counted with the text's real size).

use criterion::{Criterion, criterion_group, criterion_main};
use cx_workbench::model::{Id, Project, validate};
use cx_workbench::store;
use std::hint::black_box;

/// The embedded sample with one scenario that carries out `count` initiatives.
fn many_initiatives(count: usize) -> Project {
    let mut project = store::embedded_sample().expect("the embedded sample reads");
    let template = project.initiatives[0].clone();
    project.initiatives = (0..count)
        .map(|n| {
            let mut initiative = template.clone();
            initiative.id = Id(format!("i-{n}"));
            initiative.name = format!("Initiative {n}");
            initiative
        })
        .collect();
    project.scenarios.truncate(1);
    project.scenarios[0].initiatives = project.initiatives.iter().map(|i| i.id.clone()).collect();
    project
}

fn thirty_thousand_initiatives(c: &mut Criterion) {
    let project = many_initiatives(30_000);
    let mut group = c.benchmark_group("one scenario with 30,000 initiatives");
    group.sample_size(10);
    group.bench_function("report (target < 100 ms)", |b| {
        b.iter(|| {
            let report =
                cx_workbench::engine::report::build(black_box(&project), None).expect("builds");
            report.to_text().len()
        })
    });
    group.bench_function("check: validate (target < 100 ms)", |b| {
        b.iter(|| validate(black_box(&project)).len())
    });
    group.finish();
}

fn undo_step_of_a_long_text(c: &mut Criterion) {
    let mut project = store::embedded_sample().expect("the embedded sample reads");
    project.meta.description = "A note that goes on. ".repeat(2 * 1024 * 1024);
    let mut history = cx_workbench::app::History::new(&project);
    let mut group = c.benchmark_group("a project with a 40 MiB text");
    group.sample_size(10);
    group.bench_function("one undo step", |b| {
        b.iter(|| {
            project.meta.description.push('.');
            history.flush(black_box(&project));
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    thirty_thousand_initiatives,
    undo_step_of_a_long_text
);
criterion_main!(benches);
