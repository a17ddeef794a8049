//! The layers stay apart: the project model, files, the engine, the chart descriptions, the
//! page, the slides and the headless export never use egui or eframe, so the command line and
//! the tests use them without a window; and no layer names one above it (ARCHITECTURE.md,
//! "data flows one way").

use std::path::{Path, PathBuf};

/// The folders under `src/` that must not know about the window.
const WINDOWLESS: [&str; 7] = [
    "model", "store", "engine", "charts", "layout", "slides", "export",
];

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
        let single = src.join(format!("{folder}.rs"));
        if single.is_file() {
            files.push(single);
        }
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

/// The layers from the bottom up: a file may name its own layer and those below it, never one
/// above (ARCHITECTURE.md). The page (`layout`) sits below the slides and the export, the
/// export below the command line, and what the shell and workspaces share (`context`) below
/// the workspaces (`ui`).
const LAYERS: [&str; 12] = [
    "i18n", "model", "store", "engine", "charts", "layout", "slides", "export", "context", "ui",
    "app", "cli",
];

/// The layer of a file under `src/` (its first path component, without `.rs`), if it is one.
fn layer_of(relative: &Path) -> Option<usize> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    LAYERS.iter().position(|layer| *layer == name)
}

/// The layers `code` names by path (`crate::ui::…`), above `own`.
fn layers_named_above(code: &str, own: usize) -> Vec<&'static str> {
    LAYERS
        .iter()
        .enumerate()
        .filter(|(rank, _)| *rank > own)
        .filter(|(_, layer)| {
            let path = format!("crate::{layer}");
            code.match_indices(&path).any(|(at, _)| {
                let after = code[at + path.len()..].chars().next();
                !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        })
        .map(|(_, layer)| *layer)
        .collect()
}

/// The lines of `text` that are not tests: an inline test module (`#[cfg(test)]` then
/// `mod tests {`, at the end of a file) may use what it likes to set up a case. A test module
/// in its own file (`mod tests;`) is skipped by its file name instead.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let lines: Vec<&str> = text.lines().collect();
    let end = lines
        .windows(2)
        .position(|pair| pair[0].trim() == "#[cfg(test)]" && pair[1].trim_end().ends_with('{'))
        .unwrap_or(lines.len());
    lines
        .into_iter()
        .take(end)
        .enumerate()
        .map(|(number, line)| (number, line.split("//").next().unwrap_or_default()))
}

#[test]
fn no_layer_names_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut offending = Vec::new();
    let mut checked = 0;
    for file in files {
        let relative = file.strip_prefix(&src).expect("under src");
        let name = relative.to_string_lossy();
        if name.ends_with("tests.rs") {
            continue;
        }
        let Some(own) = layer_of(relative) else {
            continue;
        };
        checked += 1;
        let text = std::fs::read_to_string(&file).expect("readable source");
        for (number, code) in code_lines(&text) {
            for above in layers_named_above(code, own) {
                offending.push(format!(
                    "src/{name}:{}: the {} layer names {above}, which sits above it: {}",
                    number + 1,
                    LAYERS[own],
                    code.trim()
                ));
            }
        }
    }
    assert!(checked > 100, "the layers' files were found ({checked})");
    assert!(
        offending.is_empty(),
        "layers naming one above them:\n{}",
        offending.join("\n")
    );
}

#[test]
fn the_layer_check_finds_what_it_looks_for() {
    let rank = |name: &str| LAYERS.iter().position(|l| *l == name).expect("a layer");
    // The three the issue named: the slides on the export's page, the export's command line,
    // and the shared context naming a workspace.
    assert_eq!(
        layers_named_above("use crate::export::layout::wrap;", rank("slides")),
        ["export"]
    );
    assert_eq!(
        layers_named_above("use crate::cli::{EXIT_OK};", rank("export")),
        ["cli"]
    );
    assert_eq!(
        layers_named_above("use crate::ui::Workspace;", rank("context")),
        ["ui"]
    );
    // Below is fine, and a longer name is not the layer.
    assert!(layers_named_above("use crate::layout::Theme;", rank("slides")).is_empty());
    assert!(layers_named_above("crate::uimore::x", rank("context")).is_empty());
    assert_eq!(layer_of(Path::new("export/run.rs")), Some(rank("export")));
    assert_eq!(layer_of(Path::new("cli.rs")), Some(rank("cli")));
    assert_eq!(layer_of(Path::new("lib.rs")), None);
    let text = "use crate::ui::X;\n#[cfg(test)]\nmod tests {\n    use crate::ui::Y;\n}";
    assert_eq!(code_lines(text).count(), 1);
    // A test module in its own file is declared in one line: what follows is still checked.
    let text = "#[cfg(test)]\nmod tests;\nuse crate::ui::X;";
    assert_eq!(code_lines(text).count(), 3);
}

/// Whether the module file `file` (under `src`) is declared by its parent: `mod name;` in
/// the parent's `mod.rs`/`NAME.rs`/`lib.rs`, or a `#[path = "…"]` naming it.
fn is_declared(src: &Path, file: &Path) -> bool {
    let relative = file.strip_prefix(src).expect("under src");
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let (name, folder) = if stem == "mod" {
        let dir = relative.parent().expect("a folder");
        (
            dir.file_name().and_then(|s| s.to_str()).unwrap_or_default(),
            dir.parent().unwrap_or(Path::new("")),
        )
    } else {
        (stem, relative.parent().unwrap_or(Path::new("")))
    };
    let parents = if folder.as_os_str().is_empty() {
        vec![src.join("lib.rs"), src.join("main.rs")]
    } else {
        vec![
            src.join(folder).join("mod.rs"),
            src.join(folder.with_extension("rs")),
        ]
    };
    let read = |path: &Path| std::fs::read_to_string(path).unwrap_or_default();
    let declared = parents.iter().any(|parent| {
        read(parent).lines().any(|line| {
            let line = line.trim();
            ["", "pub ", "pub(crate) ", "pub(super) "]
                .iter()
                .any(|visibility| {
                    line.strip_prefix(visibility)
                        .and_then(|rest| rest.strip_prefix("mod "))
                        .is_some_and(|rest| rest.trim_end_matches(';').trim() == name)
                })
        })
    });
    // A test module beside its file: `#[path = "journey_tests.rs"] mod tests;` in journey.rs.
    let file_name = file
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let path_attribute = format!("#[path = \"{file_name}\"]");
    let beside = std::fs::read_dir(file.parent().unwrap_or(src))
        .into_iter()
        .flatten()
        .flatten()
        .any(|entry| read(&entry.path()).contains(&path_attribute));
    declared || beside
}

#[test]
fn every_source_file_is_a_module_of_the_crate() {
    // A workspace written but not declared would be left out of the build without a word.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let roots = [src.join("lib.rs"), src.join("main.rs")];
    let missing: Vec<String> = files
        .iter()
        .filter(|file| !roots.contains(file) && !is_declared(&src, file))
        .map(|file| file.display().to_string())
        .collect();
    assert!(files.len() > 100, "the sources were found");
    assert!(
        missing.is_empty(),
        "files no module declares:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_module_check_finds_an_undeclared_file() {
    let dir = tempfile::tempdir().expect("a folder");
    let src = dir.path();
    std::fs::create_dir_all(src.join("ui/scenarios")).expect("folders");
    std::fs::write(src.join("lib.rs"), "pub mod ui;\n").expect("lib");
    std::fs::write(src.join("ui/mod.rs"), "pub mod scenarios;\nmod widgets;\n").expect("ui");
    std::fs::write(src.join("ui/scenarios/mod.rs"), "mod results;\n").expect("scenarios");
    for file in ["ui/widgets.rs", "ui/scenarios/results.rs", "ui/channels.rs"] {
        std::fs::write(src.join(file), "").expect("a file");
    }
    std::fs::write(
        src.join("ui/widgets.rs"),
        "#[cfg(test)]\n#[path = \"widgets_tests.rs\"]\nmod tests;\n",
    )
    .expect("widgets");
    std::fs::write(src.join("ui/widgets_tests.rs"), "").expect("tests");
    assert!(is_declared(src, &src.join("ui/widgets_tests.rs")));
    assert!(is_declared(src, &src.join("ui/mod.rs")));
    assert!(is_declared(src, &src.join("ui/scenarios/mod.rs")));
    assert!(is_declared(src, &src.join("ui/widgets.rs")));
    assert!(is_declared(src, &src.join("ui/scenarios/results.rs")));
    assert!(!is_declared(src, &src.join("ui/channels.rs")));
}
