//! Merging and comparing two teammates' versions of the large generated project (PRODUCT.md
//! §9: 100 personas, 2,000 touchpoints, 20 scenarios). Target: under 200 ms each for what the
//! commands do (`merge`: read three files, merge, write the result; `diff`: read two, list the
//! changes in words); the parts are measured apart too, to show where the time goes.

use criterion::{Criterion, criterion_group, criterion_main};
use cx_workbench::cli::teamwork;
use cx_workbench::model::generate::{Size, project};
use cx_workbench::model::{Project, merge};
use cx_workbench::store;
use std::hint::black_box;

/// Two teammates' edits: ours renames personas and rescores, theirs moves touchpoints and
/// lengthens scenarios.
fn sides() -> (Project, Project, Project) {
    let base = project(Size::LARGE);
    let mut ours = base.clone();
    for persona in ours.personas.iter_mut().step_by(10) {
        persona.name.push_str(" (ours)");
    }
    for touchpoint in ours.touchpoints.iter_mut().step_by(7) {
        if let Some(e) = touchpoint.experiences.first_mut() {
            e.score = (e.score + 1.0).min(5.0);
        }
    }
    let mut theirs = base.clone();
    let stage = theirs.stages[0].id.clone();
    for touchpoint in theirs.touchpoints.iter_mut().skip(3).step_by(11) {
        touchpoint.stage = stage.clone();
    }
    for scenario in &mut theirs.scenarios {
        scenario.horizon_periods += 12;
    }
    (base, ours, theirs)
}

fn teamwork(c: &mut Criterion) {
    let (base, ours, theirs) = sides();
    let dir = tempfile::tempdir().expect("temp dir");
    let paths: Vec<std::path::PathBuf> = [("base", &base), ("ours", &ours), ("theirs", &theirs)]
        .iter()
        .map(|(name, p)| {
            let path = dir.path().join(format!("{name}.ron"));
            std::fs::write(&path, store::to_ron(p).expect("ron")).expect("write");
            path
        })
        .collect();
    let out = dir.path().join("merged.ron");
    let mut group = c.benchmark_group("teamwork, large project");
    group.sample_size(10);
    group.bench_function("merge command: read three, merge, write", |b| {
        b.iter(|| {
            let code = teamwork::merge_files(
                &paths[0],
                &paths[1],
                &paths[2],
                Some(&out),
                None,
                &mut std::io::sink(),
                &mut std::io::sink(),
            );
            assert_eq!(code, 0);
        })
    });
    group.bench_function("diff command: read two, changes in words", |b| {
        b.iter(|| {
            let code = teamwork::diff_files(
                &paths[1],
                &paths[2],
                false,
                &mut std::io::sink(),
                &mut std::io::sink(),
            );
            assert_eq!(code, 1);
        })
    });
    group.bench_function("merge of projects already read", |b| {
        b.iter(|| black_box(merge::merge(Some(&base), &ours, &theirs).expect("merges")))
    });
    group.bench_function("read one version", |b| {
        b.iter(|| black_box(store::load(&paths[0]).expect("reads")))
    });
    group.finish();
}

criterion_group!(benches, teamwork);
criterion_main!(benches);
