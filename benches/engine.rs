//! The scenario engine on large inputs (PRODUCT.md §9): every scenario of the large generated
//! project (100 personas, 2,000 touchpoints, 20 scenarios, 36 periods, with a project capacity,
//! a capacity for every fourth persona and initiatives that start late and ramp up) within one
//! 60 Hz frame (16 ms) — `Size::LARGE` (10 scores per touchpoint) and the dense stress case (every persona
//! scores every touchpoint) — and 1,000 Monte Carlo runs of the largest sample project in
//! under a second on all cores.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use cx_workbench::engine::{self, monte_carlo, tornado};
use cx_workbench::model::Project;
use cx_workbench::model::generate::{Size, project};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::time::Duration;

/// The sample project with the most experiences, or a generated one of the size of a real
/// sample (6 personas, 30 touchpoints) when no sample is there yet.
fn largest_sample() -> (String, Project) {
    let samples = common::samples()
        .map(|(_, name, project)| (name, project))
        .filter(|(_, p)| !p.scenarios.is_empty());
    samples
        .max_by_key(|(_, p)| Project::score_count(p))
        .unwrap_or_else(|| {
            let size = Size {
                personas: 6,
                touchpoints: 30,
                scores_per_touchpoint: 6,
                initiatives: 8,
                scenarios: 5,
            };
            ("generated 6 × 30".to_string(), project(size))
        })
}

fn scenarios(c: &mut Criterion) {
    for (name, size) in [("large", Size::LARGE), ("dense", Size::DENSE)] {
        let generated = project(size);
        let scores = generated.score_count();
        println!(
            "{name} project: {} personas, {} touchpoints, {scores} scores, {} scenarios",
            generated.personas.len(),
            generated.touchpoints.len(),
            generated.scenarios.len()
        );
        let mut group = c.benchmark_group(format!("engine, {name} project"));
        group.sample_size(30);
        group.bench_function("compare: baseline + 20 scenarios", |b| {
            b.iter(|| engine::compare(black_box(&generated)))
        });
        group.sample_size(10);
        group.bench_function("tornado of one scenario", |b| {
            b.iter(|| tornado::tornado(black_box(&generated), &generated.scenarios[0]))
        });
        group.finish();
    }
}

fn uncertainty(c: &mut Criterion) {
    let (name, sample) = largest_sample();
    // The scenario with the most initiatives: the most work per run.
    let Some(scenario) = sample.scenarios.iter().max_by_key(|s| s.initiatives.len()) else {
        return;
    };
    println!(
        "Monte Carlo on {name}: {} personas, {} touchpoints, scenario `{}`",
        sample.personas.len(),
        sample.touchpoints.len(),
        scenario.id
    );
    let options = monte_carlo::MonteCarloOptions {
        runs: 1000,
        seed: 2026,
        threads: None,
    };
    let mut group = c.benchmark_group("engine, largest sample");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("monte carlo: 1,000 runs, all cores", |b| {
        b.iter(|| {
            let progress = AtomicUsize::new(0);
            let cancel = AtomicBool::new(false);
            monte_carlo::monte_carlo(black_box(&sample), scenario, options, &progress, &cancel)
        })
    });
    group.bench_function("compare: baseline + every scenario", |b| {
        b.iter(|| engine::compare(black_box(&sample)))
    });
    group.finish();
}

criterion_group!(benches, scenarios, uncertainty);
criterion_main!(benches);
