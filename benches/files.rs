//! Opening and saving a large generated project (PRODUCT.md §9: 100 personas, 2,000
//! touchpoints, 20 scenarios). Target: well under 100 ms each for `Size::LARGE`; the dense
//! stress case (every persona scores every touchpoint: 200,000 scores) is measured too.

use criterion::{Criterion, criterion_group, criterion_main};
use cx_workbench::model::generate::{Size, project};
use cx_workbench::model::validate;
use cx_workbench::store;
use std::hint::black_box;

fn open_and_save(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, size) in [("large", Size::LARGE), ("dense", Size::DENSE)] {
        let generated = project(size);
        let text = store::to_ron(&generated).expect("serialises");
        let path = dir.path().join(format!("{name}.ron"));
        std::fs::write(&path, &text).expect("write");
        let scores = generated.score_count();
        println!(
            "{name}: {} personas, {} touchpoints, {scores} scores, {} scenarios, {:.1} MiB",
            generated.personas.len(),
            generated.touchpoints.len(),
            generated.scenarios.len(),
            text.len() as f64 / (1024.0 * 1024.0)
        );

        let mut group = c.benchmark_group(format!("{name} project"));
        group.sample_size(10);
        group.bench_function("open: read + parse + validate", |b| {
            b.iter(|| {
                let loaded = store::load(black_box(&path)).expect("loads");
                black_box(validate(&loaded.project))
            })
        });
        group.bench_function("save: serialise + atomic write + .bak", |b| {
            b.iter(|| store::save(black_box(&path), black_box(&generated)).expect("saves"))
        });
        group.finish();
    }
}

criterion_group!(benches, open_and_save);
criterion_main!(benches);
