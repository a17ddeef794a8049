//! Opening and saving a large generated project (PRODUCT.md §9: 100 personas, 2,000
//! touchpoints scored by every persona, 20 scenarios). Target: well under 100 ms each.

use criterion::{Criterion, criterion_group, criterion_main};
use cx_workbench::model::generate::{Size, project};
use cx_workbench::model::validate;
use cx_workbench::store;
use std::hint::black_box;

fn open_and_save(c: &mut Criterion) {
    let large = project(Size::LARGE);
    let text = store::to_ron(&large).expect("serialises");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("large.ron");
    std::fs::write(&path, &text).expect("write");
    println!(
        "large project: {} personas, {} touchpoints, {} scenarios, {:.1} MiB",
        large.personas.len(),
        large.touchpoints.len(),
        large.scenarios.len(),
        text.len() as f64 / (1024.0 * 1024.0)
    );

    let mut group = c.benchmark_group("large project");
    group.sample_size(20);
    group.bench_function("open: read + parse + validate", |b| {
        b.iter(|| {
            let loaded = store::load(black_box(&path)).expect("loads");
            black_box(validate(&loaded.project))
        })
    });
    group.bench_function("save: serialise + atomic write", |b| {
        b.iter(|| store::save(black_box(&path), black_box(&large)).expect("saves"))
    });
    group.finish();
}

criterion_group!(benches, open_and_save);
criterion_main!(benches);
