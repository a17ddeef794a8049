//! The words a user reads: no text in either language says "seed" (our working word for the
//! source texts) or numbers a source ("bron 000") instead of citing it by title — not in the
//! program's strings, not in the assumption catalogue, not in the samples, and not on any
//! screen of the app in English or Dutch. And the headline tiles show the p10–p90 band after
//! the uncertainty bands are run.

mod common;
use common::*;

use cx_workbench::context::UncertaintyStatus;
use cx_workbench::i18n::Lang;
use cx_workbench::model::{AssumptionKey, catalog};
use cx_workbench::ui::Workspace;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use std::path::{Path, PathBuf};

/// What a user must never read: our working word, or a source by number.
fn working_word(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    if lower.contains("seed") {
        return Some("seed");
    }
    for prefix in ["bron 00", "source 00"] {
        if lower.contains(prefix) {
            return Some("a source by number");
        }
    }
    None
}

/// The string literals of Rust source `code`, with their line numbers: comments, char
/// literals and lifetimes skipped; raw strings read to their closing quote and hashes.
fn string_literals(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            '\'' => {
                // A char literal ('"', '\'', '\u{2212}') or a lifetime ('a).
                if next == Some('\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if (next == Some('"') || next == Some('#'))
                && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let start_line = line;
                let mut text = String::new();
                j += 1;
                while j < chars.len() {
                    if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                        break;
                    }
                    if chars[j] == '\n' {
                        line += 1;
                    }
                    text.push(chars[j]);
                    j += 1;
                }
                out.push((start_line, text));
                i = j + 1 + hashes;
            }
            '"' => {
                let start_line = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    text.push(chars[i]);
                    i += 1;
                }
                out.push((start_line, text));
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read the source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_lexer_finds_strings_and_skips_comments_and_chars() {
    let code = "// seed\nlet a = t(\"One\", \"Een \\\"x\\\"\");\nlet c = '\"'; /* \"no\" */ fn f<'a>() { r#\"raw \"q\"\"# }\n";
    let found: Vec<String> = string_literals(code).into_iter().map(|(_, s)| s).collect();
    assert_eq!(found, ["One", "Een \"x\"", "raw \"q\""]);
    assert_eq!(working_word("Startgetal (seed)"), Some("seed"));
    assert_eq!(
        working_word("Strategie uit bron 003"),
        Some("a source by number")
    );
    assert_eq!(working_word("Bron: Gallup"), None);
}

/// Every string literal in the program (outside tests): the `t("…", "…")` texts, the
/// `format!` sentences, labels. The old sources that a loaded file's sources are compared
/// with (`LEGACY_SOURCES`, to replace them) are the one exception.
#[test]
fn no_string_in_the_program_says_seed_or_numbers_a_source() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 50, "the sources are found");
    let mut problems = Vec::new();
    let mut texts = 0;
    for file in &files {
        let name = file.to_string_lossy();
        if name.ends_with("_tests.rs") || name.ends_with("/tests.rs") {
            continue;
        }
        let code = std::fs::read_to_string(file).expect("read a source file");
        // Tests come last in a file.
        let code = code.split("#[cfg(test)]").next().unwrap_or_default();
        let legacy = code
            .find("const LEGACY_SOURCES")
            .map(|start| start..start + code[start..].find("\n];").unwrap_or(0));
        for (line, text) in string_literals(code) {
            let offset = code
                .lines()
                .take(line - 1)
                .map(|l| l.len() + 1)
                .sum::<usize>();
            if legacy.as_ref().is_some_and(|r| r.contains(&offset)) {
                continue;
            }
            texts += 1;
            if let Some(word) = working_word(&text) {
                problems.push(format!("{name}:{line}: {word}: {text}"));
            }
        }
    }
    assert!(texts > 1000, "only {texts} strings found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_assumption_catalogue_cites_its_sources_by_title() {
    for key in AssumptionKey::ALL {
        let info = catalog::assumption_info(key);
        for lang in Lang::ALL {
            for text in [info.label.get(lang), info.source.get(lang)] {
                assert_eq!(working_word(text), None, "{key:?} {lang:?}: {text}");
            }
        }
    }
    for info in &catalog::INITIATIVE_KINDS {
        for lang in Lang::ALL {
            assert_eq!(working_word(info.description.get(lang)), None);
        }
    }
    // The figures the article quotes name the study behind them.
    let premium = catalog::assumption_info(AssumptionKey::PremiumShare).source;
    assert!(premium.en.contains("PwC, Experience is everything, 2018"));
    let churn = catalog::assumption_info(AssumptionKey::ChurnAfterNegative).source;
    for text in [churn.en, churn.nl] {
        assert!(text.contains("Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt"));
        assert!(text.contains("Customer Experience Impact Report 2011"));
    }
}

#[test]
fn the_samples_say_nothing_of_seeds() {
    for sample in ["hotel-group.ron", "online-shop.ron"] {
        let text = std::fs::read_to_string(sample_path(sample)).expect("read the sample");
        let strings = string_literals(&text);
        assert!(strings.len() > 200, "{sample}: the strings are found");
        for (line, string) in strings {
            assert_eq!(working_word(&string), None, "{sample}:{line}: {string}");
        }
        // What the assumptions show, old sources replaced by titles.
        let project = cx_workbench::store::parse(&text).expect("the sample loads");
        for row in &project.assumptions {
            let shown = catalog::updated_source(row.key, &row.source).unwrap_or(&row.source);
            assert_eq!(working_word(shown), None, "{sample} {:?}", row.key);
        }
    }
}

/// Every text of the accessibility tree: labels and values (a label's text runs repeat it).
fn screen_texts(
    harness: &egui_kittest::Harness<'_, cx_workbench::app::WorkbenchApp>,
) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() != Role::TextRun)
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

#[test]
fn no_screen_says_seed_in_either_language() {
    let fixture = Fixture::new();
    for sample in ["hotel-group.ron", "online-shop.ron"] {
        let mut harness = fixture.app(Some(fixture.copy_of(sample)));
        for lang in Lang::ALL {
            harness.state_mut().settings.language = Some(lang);
            let mut seen = 0;
            for (workspace, view) in Workspace::every_view() {
                let app = harness.state_mut();
                app.ui.workspace = workspace;
                if let Some(view) = view {
                    assert!(app.ui.open_view(workspace, view));
                }
                harness.run_steps(4);
                for text in screen_texts(&harness) {
                    seen += 1;
                    assert_eq!(
                        working_word(&text),
                        None,
                        "{sample} {lang:?} {} {view:?}: {text}",
                        workspace.name()
                    );
                }
            }
            assert!(seen > 500, "{sample} {lang:?}: only {seen} texts");
        }
    }
}

#[test]
fn the_headline_tiles_show_the_band_after_the_uncertainty_runs() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_of("hotel-group.ron")));
    harness.state_mut().project_mut().settings.monte_carlo_runs = 200;
    click(&mut harness, Role::Button, "Scenarios");
    click(&mut harness, Role::Button, "Results");
    let band_labels = |h: &egui_kittest::Harness<'_, cx_workbench::app::WorkbenchApp>| {
        screen_texts(h)
            .into_iter()
            .filter(|t| t.starts_with("p10–p90: "))
            .collect::<Vec<_>>()
    };
    assert!(
        band_labels(&harness).is_empty(),
        "no bands before they are run"
    );
    let scenarios = harness.state().doc.project.scenarios.len();
    click_button(
        &mut harness,
        &format!("Run the uncertainty bands (200 × {})", scenarios + 1),
    );
    harness.state_mut().results.wait_for_uncertainty();
    harness.run_steps(4);
    let project = harness.state().doc.project.clone();
    assert_eq!(
        harness.state_mut().results.uncertainty_status(&project),
        UncertaintyStatus::Ready
    );
    let bands = band_labels(&harness);
    // Every numeric tile: active-loyal customers, customers, revenue, the cumulative
    // contribution and the NPS estimate (payback is a sentence).
    assert_eq!(bands.len(), 5, "{bands:?}");
    assert!(
        bands.iter().any(|b| b.contains('£') && b.contains(" – ")),
        "{bands:?}"
    );
    // Against Today (the default) the plots say where the bands are; with the absolute
    // values, each scenario's band has its own legend entry.
    assert!(has_label(
        &harness,
        "The uncertainty bands show with the absolute values."
    ));
    assert!(harness.query_all_by_label("Today p10–p90").next().is_none());
    click(&mut harness, Role::Button, "Absolute values");
    for scenario in &project.scenarios {
        assert!(
            harness
                .query_all_by_label(&format!("{} p10–p90", scenario.name))
                .next()
                .is_some(),
            "a legend entry for {}",
            scenario.name
        );
    }

    // In Dutch, the band reads the Dutch way.
    harness.state_mut().settings.language = Some(Lang::Nl);
    harness.run_steps(4);
    let bands = band_labels(&harness);
    assert_eq!(bands.len(), 5, "{bands:?}");
    assert!(bands.iter().any(|b| b.contains("£ ")), "{bands:?}");
}

/// Types `text` into the number field `label` and leaves it with Enter.
fn type_number(
    harness: &mut egui_kittest::Harness<'_, cx_workbench::app::WorkbenchApp>,
    label: &str,
    text: &str,
) {
    harness
        .get_by_role_and_label(Role::SpinButton, label)
        .focus();
    harness.run_steps(2);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.event(egui::Event::Text(text.into()));
    harness.run_steps(1);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(3);
}

#[test]
fn number_fields_write_and_read_the_languages_numbers() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_of("hotel-group.ron")));
    click(&mut harness, Role::Button, "Personas");
    let spend = |h: &egui_kittest::Harness<'_, cx_workbench::app::WorkbenchApp>| {
        h.state().doc.project.personas[0].segment.spend_per_period
    };
    let shown = |h: &egui_kittest::Harness<'_, cx_workbench::app::WorkbenchApp>, label: &str| {
        h.get_by_role_and_label(Role::SpinButton, label)
            .accesskit_node()
            .value()
            .unwrap_or_default()
    };

    type_number(&mut harness, "Average spend", "1,234.5");
    assert_eq!(spend(&harness), 1234.5);
    assert!(
        shown(&harness, "Average spend").contains("1,234.50 per customer per month"),
        "{}",
        shown(&harness, "Average spend")
    );

    harness.state_mut().settings.language = Some(Lang::Nl);
    harness.run_steps(3);
    assert!(
        shown(&harness, "Gemiddelde besteding").contains("1.234,50 per klant per maand"),
        "{}",
        shown(&harness, "Gemiddelde besteding")
    );
    type_number(&mut harness, "Gemiddelde besteding", "2.345,75");
    assert_eq!(spend(&harness), 2345.75);
    let customers = harness.state().doc.project.personas[0].segment.customers;
    assert_eq!(
        shown(&harness, "Klanten"),
        cx_workbench::i18n::numbers::grouped(customers as f64, 0, Lang::Nl)
    );
    // Undo takes the typed value back.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(3);
    assert_eq!(spend(&harness), 1234.5);
}
