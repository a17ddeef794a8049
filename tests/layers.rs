//! The layers stay apart: the project model, files, the engine, the chart descriptions and
//! the headless export never use egui or eframe, so the command line and the tests use them
//! without a window (ARCHITECTURE.md, "data flows one way").

use std::path::{Path, PathBuf};

/// The folders under `src/` that must not know about the window.
const WINDOWLESS: [&str; 6] = ["model", "store", "engine", "charts", "slides", "export"];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Whether `line` names egui or eframe as a word (not inside another word).
fn names_the_window_crates(line: &str) -> bool {
    ["egui", "eframe", "epaint"].iter().any(|name| {
        line.match_indices(name).any(|(at, _)| {
            let before = line[..at].chars().next_back();
            let after = line[at + name.len()..].chars().next();
            let part_of_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            !part_of_word(before) && !part_of_word(after)
        })
    })
}

#[test]
fn model_store_engine_charts_and_export_never_use_egui_or_eframe() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offending = Vec::new();
    let mut checked = 0;
    for folder in WINDOWLESS {
        let mut files = Vec::new();
        rust_files(&src.join(folder), &mut files);
        assert!(!files.is_empty(), "src/{folder} has Rust files");
        for file in files {
            checked += 1;
            let text = std::fs::read_to_string(&file).expect("readable source");
            for (number, line) in text.lines().enumerate() {
                // Comments may say what the layer is not.
                let code = line.split("//").next().unwrap_or_default();
                if names_the_window_crates(code) {
                    offending.push(format!(
                        "{}:{}: {}",
                        file.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(checked > 20, "the folders were found");
    assert!(
        offending.is_empty(),
        "window crates in a windowless layer:\n{}",
        offending.join("\n")
    );
}

#[test]
fn the_check_finds_what_it_looks_for() {
    assert!(names_the_window_crates("use egui::Color32;"));
    assert!(names_the_window_crates("    eframe::run_native("));
    assert!(!names_the_window_crates(
        "let legui = 1; // epaint_default_fonts bytes"
    ));
}
