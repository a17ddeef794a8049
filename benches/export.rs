//! `cx-workbench export` of every plot of the largest sample (the one with the most plots) to
//! SVG and PNG at print size (1600×1000): read, compute, draw, rasterise and write, on all
//! cores; target under 2 s. And the deck's handouts of the sample with the most slides: every
//! slide laid out, a PNG per slide at 1920×1080 and the PDF with the notes, written; target
//! under 3 s. And the same slides' pages with a megabyte in every title: under 1 s.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use cx_workbench::cli::export;
use cx_workbench::export::deck::{self, DeckOptions};
use cx_workbench::export::run::{ExportOptions, Formats, plots};
use cx_workbench::store;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The sample with the most plots.
fn largest_sample() -> PathBuf {
    common::samples()
        .max_by_key(|(_, _, project)| plots(project, None, project.meta.language).len())
        .map(|(path, _, _)| path)
        .expect("a sample project in projects/")
}

fn bench(c: &mut Criterion) {
    let file = largest_sample();
    let out = tempfile::tempdir().expect("temp dir");
    let options = ExportOptions {
        formats: Formats {
            svg: true,
            png: true,
            csv: false,
            mermaid: false,
        },
        ..ExportOptions::default()
    };
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
    let mut group = c.benchmark_group("export");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function(format!("every plot of {}", name.unwrap_or_default()), |b| {
        b.iter(|| {
            let code = export(
                &file,
                out.path(),
                &options,
                &mut std::io::sink(),
                &mut std::io::sink(),
            );
            assert_eq!(code, 0);
        })
    });
    group.finish();
}

/// The sample with the most slides, loaded.
fn largest_deck() -> (String, cx_workbench::model::Project) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("projects");
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((name, store::load(&path).ok()?.project))
        })
        .max_by_key(|(_, project)| project.slides.len())
        .expect("a sample project in projects/")
}

fn bench_deck(c: &mut Criterion) {
    let (name, project) = largest_deck();
    let out = tempfile::tempdir().expect("temp dir");
    let mut group = c.benchmark_group("export");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    let label = format!(
        "deck of {name} ({} slides), PNG and PDF",
        project.slides.len()
    );
    group.bench_function(label, |b| {
        b.iter(|| deck::write(&project, out.path(), &DeckOptions::default()).expect("written"))
    });
    group.finish();
}

/// The slides' pages of the sample with the most slides, every slide's title a pasted
/// megabyte (one word): laying out text is linear, and a page lays out at most
/// `layout::MAX_LAID_OUT_CHARS` of it; target under 1 s (it took 37 s for 100 KB when
/// fitting was quadratic).
fn bench_huge_titles(c: &mut Criterion) {
    let (name, mut project) = largest_deck();
    for slide in &mut project.slides {
        slide.title = "Fietsvonk".repeat(110_000);
    }
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.bench_function(format!("pages of {name} with 1 MB titles"), |b| {
        b.iter(|| deck::page_svgs(&project, &DeckOptions::default()))
    });
    group.finish();
}

criterion_group!(benches, bench, bench_deck, bench_huge_titles);
criterion_main!(benches);
