//! The workshop deck as handouts, with no display (the code path never opens one): one
//! non-blank PNG per slide at 1920×1080 and a PDF with a page per slide (its page tree
//! parsed with lopdf), for both samples; the notes option changes the pages as documented;
//! the command line and File → Export handouts… in the app write the same files.

mod common;

use common::{Fixture, click_button, replace_text};
use cx_workbench::export::deck::{self, DeckOptions, NotesPlace};
use cx_workbench::model::Project;
use std::path::{Path, PathBuf};

fn sample_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("projects")
        .join(name)
}

fn sample(name: &str) -> Project {
    cx_workbench::store::load(&sample_path(name))
        .expect("the sample loads")
        .project
}

/// The pages of a PDF, counted through its page tree; and each page's size in points.
fn pages(pdf: &[u8]) -> Vec<(f32, f32)> {
    let document = lopdf::Document::load_mem(pdf).expect("a well-formed PDF");
    document
        .get_pages()
        .values()
        .map(|id| {
            let page = document.get_dictionary(*id).expect("a page");
            let media = page
                .get(b"MediaBox")
                .and_then(|m| m.as_array())
                .expect("a media box");
            let number = |i: usize| media[i].as_float().expect("a number");
            (number(2) - number(0), number(3) - number(1))
        })
        .collect()
}

/// How many different colours a picture has, sampled on a grid: a blank slide has one.
fn colours(raster: &cx_workbench::export::Raster) -> usize {
    // A deck keeps each slide's PNG only: its pixels are read back from it.
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&raster.png).expect("a PNG");
    let pixels = pixmap.data();
    let mut seen = std::collections::HashSet::new();
    let width = raster.width as usize;
    for y in (0..raster.height as usize).step_by(7) {
        for x in (0..width).step_by(7) {
            let at = (y * width + x) * 4;
            seen.insert(&pixels[at..at + 4]);
        }
    }
    seen.len()
}

#[test]
fn each_sample_gives_a_picture_per_slide_and_a_page_per_slide() {
    for name in ["hotel-group.ron", "online-shop.ron"] {
        let project = sample(name);
        assert!(
            (8..=12).contains(&project.slides.len()),
            "{name}: a workshop deck of 8–12 slides, has {}",
            project.slides.len()
        );
        let rendered = deck::render(&project, &DeckOptions::default()).expect("the deck renders");
        assert_eq!(rendered.slides.len(), project.slides.len(), "{name}");
        for (i, raster) in rendered.slides.iter().enumerate() {
            assert_eq!(
                (raster.width, raster.height),
                (1920, 1080),
                "{name} slide {i}"
            );
            assert!(
                raster.png.len() > 20_000,
                "{name}: slide {} looks blank ({} bytes)",
                i + 1,
                raster.png.len()
            );
            assert!(colours(raster) > 8, "{name}: slide {} has content", i + 1);
        }
        let pages = pages(&rendered.pdf);
        assert_eq!(
            pages.len(),
            project.slides.len(),
            "{name}: a page per slide"
        );
        for (w, h) in pages {
            assert!(
                h > w,
                "{name}: the notes go under the slide on a portrait page"
            );
        }
    }
}

#[test]
fn the_notes_option_moves_the_notes_or_leaves_them_out() {
    let project = sample("hotel-group.ron");
    let slides = project.slides.len();
    let options = |notes| DeckOptions {
        notes,
        ..DeckOptions::default()
    };
    let page = deck::render(&project, &options(NotesPlace::Page)).expect("renders");
    let page_sizes = pages(&page.pdf);
    assert_eq!(
        page_sizes.len(),
        2 * slides,
        "each slide and then its notes page"
    );
    assert!(page_sizes.iter().all(|(w, h)| w > h), "landscape pages");

    let none = deck::render(&project, &options(NotesPlace::None)).expect("renders");
    let none_sizes = pages(&none.pdf);
    assert_eq!(none_sizes.len(), slides);
    assert!(none_sizes.iter().all(|(w, h)| w > h));

    // The notes are on the pages only where asked for (the pages as the SVGs the PDF is
    // converted from: the PDF keeps text as glyphs of a subset font).
    let with_notes = |notes| {
        let pages = deck::page_svgs(&project, &options(notes));
        pages
            .iter()
            .filter(|svg| svg.contains(">Speaker notes</text>"))
            .count()
    };
    assert_eq!(with_notes(NotesPlace::Below), slides);
    assert_eq!(with_notes(NotesPlace::Page), slides);
    assert_eq!(with_notes(NotesPlace::None), 0);
    let first_words: String = project.slides[1].notes.chars().take(20).collect();
    let below = deck::page_svgs(&project, &options(NotesPlace::Below));
    assert!(below[1].contains(&first_words), "{first_words}");
}

#[test]
fn the_deck_is_written_into_its_folder_and_an_empty_deck_is_refused() {
    let project = sample("online-shop.ron");
    let dir = tempfile::tempdir().expect("a folder");
    let folder = deck::write(&project, dir.path(), &DeckOptions::default()).expect("written");
    assert_eq!(folder, dir.path().join("deck"));
    for i in 0..project.slides.len() {
        let png = folder.join(format!("slide-{:02}.png", i + 1));
        assert!(
            std::fs::metadata(&png).is_ok_and(|m| m.len() > 20_000),
            "{}",
            png.display()
        );
    }
    let pdf = std::fs::read(folder.join("deck.pdf")).expect("the PDF");
    assert_eq!(pages(&pdf).len(), project.slides.len());
    let leftovers: Vec<_> = std::fs::read_dir(&folder)
        .expect("listed")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".part"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left");

    let mut empty = project.clone();
    empty.slides.clear();
    let english = DeckOptions {
        lang: Some(cx_workbench::i18n::Lang::En),
        ..DeckOptions::default()
    };
    let error = deck::write(&empty, dir.path(), &english).expect_err("no slides");
    assert!(error.contains("no slides"), "{error}");
}

#[test]
fn the_command_line_writes_the_deck_without_a_display() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = sample_path("hotel-group.ron");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cx-workbench"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .args([
            "export",
            file.to_str().unwrap_or_default(),
            "--deck",
            "--notes",
            "page",
        ])
        .args(["--format", "csv", "--out"])
        .arg(dir.path())
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("slides written to"), "{stdout}");
    let slides = sample("hotel-group.ron").slides.len();
    assert!(
        dir.path()
            .join("deck")
            .join(format!("slide-{slides:02}.png"))
            .is_file()
    );
    let pdf = std::fs::read(dir.path().join("deck/deck.pdf")).expect("the PDF");
    assert_eq!(
        pages(&pdf).len(),
        2 * slides,
        "--notes page: a notes page after each slide"
    );

    // --notes without --deck is a usage error, like any other (exit 2, from the parser).
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cx-workbench"))
        .args([
            "export",
            file.to_str().unwrap_or_default(),
            "--notes",
            "page",
            "--out",
        ])
        .arg(dir.path())
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));

    // An unreadable file: exit 2 and no deck.
    let missing = dir.path().join("missing.ron");
    let out = dir.path().join("nothing");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cx-workbench"))
        .args([
            "export",
            missing.to_str().unwrap_or_default(),
            "--deck",
            "--out",
        ])
        .arg(&out)
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(!out.join("deck").exists());
}

#[test]
fn the_app_writes_the_handouts_into_the_chosen_folder_and_says_where() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_of("hotel-group.ron")));
    let slides = common::project(&harness).slides.len();

    // The system's folder dialog.
    let folder = fixture.dir.path().join("handouts");
    fixture.dialogs.answer(&folder);
    click_button(&mut harness, "File");
    click_button(&mut harness, "Export handouts…");
    // Written off the UI thread: the window keeps drawing, and says it is at work.
    let said = harness.state().toasts.texts().join("\n");
    assert!(said.contains("Writing the handouts…"), "{said}");
    finish_handouts(&mut harness);
    assert!(folder.join("deck/deck.pdf").is_file());
    assert!(folder.join(format!("deck/slide-{slides:02}.png")).is_file());
    let said = harness.state().toasts.texts().join("\n");
    assert!(said.contains("Handouts written to"), "{said}");
    assert!(
        said.contains(&folder.join("deck").display().to_string()),
        "{said}"
    );
    assert!(
        !harness.state().doc.is_dirty(),
        "exporting never changes the project"
    );

    // No system dialog: the app's own chooser, a new folder named in it.
    fixture.dialogs.push(cx_workbench::app::Answer::Unavailable);
    click_button(&mut harness, "File");
    click_button(&mut harness, "Export handouts…");
    assert_eq!(harness.state().modal_title(), Some("Choose a file"));
    replace_text(&mut harness, "File name", "for-the-room");
    click_button(&mut harness, "Export here");
    assert_eq!(harness.state().modal_title(), None);
    finish_handouts(&mut harness);
    assert!(
        fixture
            .dir
            .path()
            .join("for-the-room/deck/slide-01.png")
            .is_file()
    );

    // A folder that cannot be made: a message in plain words, nothing half-written.
    let blocked = fixture.dir.path().join("a-file");
    std::fs::write(&blocked, "not a folder").expect("written");
    fixture.dialogs.answer(&blocked);
    click_button(&mut harness, "File");
    click_button(&mut harness, "Export handouts…");
    finish_handouts(&mut harness);
    assert_eq!(
        harness.state().modal_title(),
        Some("The handouts were not written")
    );
}

/// Waits for handouts being written, then lets the app say so.
fn finish_handouts(harness: &mut egui_kittest::Harness<'_, cx_workbench::app::WorkbenchApp>) {
    harness.state().wait_for_handouts();
    harness.run_steps(2);
}

/// Every scenario's uncertainty bands, from 20 runs.
fn with_bands(
    project: &cx_workbench::model::Project,
) -> Vec<(
    Option<cx_workbench::model::Id>,
    cx_workbench::engine::monte_carlo::MonteCarlo,
)> {
    use cx_workbench::engine::monte_carlo::{MonteCarloOptions, monte_carlo};
    use std::sync::atomic::{AtomicBool, AtomicUsize};
    let runs = MonteCarloOptions {
        runs: 20,
        seed: 2026,
        threads: None,
    };
    project
        .scenarios
        .iter()
        .map(|s| {
            let (progress, cancel) = (AtomicUsize::new(0), AtomicBool::new(false));
            let mc = monte_carlo(project, s, runs, &progress, &cancel).expect("bands");
            (Some(s.id.clone()), mc)
        })
        .collect()
}

#[test]
fn bands_run_in_the_app_are_on_the_handouts_too() {
    let project = sample("hotel-group.ron");
    let bands = with_bands(&project);
    let without = deck::page_svgs(&project, &DeckOptions::default());
    let with = deck::page_svgs(
        &project,
        &DeckOptions {
            bands,
            ..DeckOptions::default()
        },
    );
    let banded = |pages: &[String]| pages.iter().filter(|p| p.contains("p10–p90")).count();
    assert_eq!(banded(&without), 0, "no bands unless they were run");
    // Against Today (the sample's comparisons) a band would need each draw's own Today:
    // the bands show on the slides that show absolute values.
    assert_eq!(banded(&with), 0, "no bands against Today");
    let mut absolute = project.clone();
    for slide in &mut absolute.slides {
        if let cx_workbench::model::SlideContent::Plot(spec) = &mut slide.content {
            spec.absolute = true;
        }
    }
    let options = DeckOptions {
        bands: with_bands(&project),
        ..DeckOptions::default()
    };
    let with = deck::page_svgs(&absolute, &options);
    assert!(banded(&with) >= 1, "{} pages with bands", banded(&with));
}
