//! Calibration (issue 11 item 10): fitting the largest sample project to its latest survey
//! wave, to be well under 200 ms, both as shipped (already calibrated) and as first written; and the same on the large generated project's first
//! persona wave, for scale.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use cx_workbench::engine::calibrate::calibrate;
use cx_workbench::engine::report::calibration_wave;
use cx_workbench::model::Project;
use cx_workbench::model::generate::{Size, project};
use cx_workbench::store;
use std::hint::black_box;
use std::path::Path;

/// The sample project with the most experiences.
fn largest_sample() -> (String, Project) {
    common::samples()
        .map(|(_, name, project)| (name, project))
        .max_by_key(|(_, p)| p.score_count())
        .expect("a sample project")
}

fn calibration(c: &mut Criterion) {
    let (name, sample) = largest_sample();
    let wave = calibration_wave(&sample)
        .expect("a wave to calibrate to")
        .clone();
    c.bench_function(&format!("calibrate {name} to {}", wave.label), |b| {
        b.iter(|| black_box(calibrate(black_box(&sample), &wave)))
    });
    // The same sample as first written (format 1, before any calibration): the whole fit,
    // starting mix included, from assumptions far from the wave.
    let first = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/v1")
        .join(&name);
    if let Ok(text) = std::fs::read_to_string(first) {
        let uncalibrated = store::parse(&text).expect("the version-1 sample reads");
        c.bench_function(&format!("calibrate {name} as first written"), |b| {
            b.iter(|| black_box(calibrate(black_box(&uncalibrated), &wave)))
        });
    }
    let mut large = project(Size::LARGE);
    large.surveys.truncate(1);
    if let Some(wave) = large.surveys.first_mut() {
        wave.retention = Some(cx_workbench::model::RetentionCounts {
            customers_start: 1000,
            customers_end: 1000,
            new_customers: 120,
        });
    }
    let wave = large.surveys[0].clone();
    let mut group = c.benchmark_group("calibrate large generated project");
    group.sample_size(10);
    group.bench_function("first persona wave", |b| {
        b.iter(|| black_box(calibrate(black_box(&large), &wave)))
    });
    group.finish();
}

criterion_group!(benches, calibration);
criterion_main!(benches);
