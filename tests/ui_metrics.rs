//! The Metrics workspace clicked through the real app with egui_kittest: a count edited
//! shows its metric and formula live; raw answers imported from a CSV with a bad row list
//! that row and change nothing until confirmed, then make one undo step; and the raw-answer
//! files under `projects/` import to the samples' counts.

use cx_workbench::app::WorkbenchApp;
use cx_workbench::model::survey_import::{guess_header_rows, guess_mapping, preview, read};
use cx_workbench::model::{NpsCounts, Project};
use cx_workbench::store;
use cx_workbench::ui::Workspace;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

mod common;
use common::*;

fn metrics(fixture: &Fixture, sample: &str) -> Harness<'static, WorkbenchApp> {
    let path = fixture.copy_of(sample);
    let mut harness = fixture.app(Some(path));
    click_button(&mut harness, "Metrics");
    assert_eq!(harness.state().ui.workspace, Workspace::Metrics);
    harness
}

#[test]
fn the_sample_answer_files_import_to_the_samples_counts() {
    for sample in ["hotel-group", "online-shop"] {
        let project: Project = store::load(&sample_path(&format!("{sample}.ron")))
            .expect("sample")
            .project;
        for wave in &project.surveys {
            let file = sample_path(&format!("survey-answers/{sample}-{}.csv", wave.id));
            let text = std::fs::read_to_string(&file).expect("answer file");
            let raw = read(&text, guess_header_rows(&text)).expect("reads");
            let mapping = guess_mapping(&raw);
            let result = preview(&raw, &mapping, &project.personas);
            assert!(result.bad.is_empty(), "{}: {:?}", wave.id, result.bad);
            assert_eq!(result.groups.len(), 1, "{}", wave.id);
            let counts = &result.groups[0];
            assert_eq!(counts.persona, wave.persona, "{}", wave.id);
            assert_eq!(
                NpsCounts::from_answers(&counts.nps).as_ref(),
                wave.nps.as_ref()
            );
            assert_eq!(counts.ces, wave.ces_responses, "{}", wave.id);
            assert_eq!(counts.csat, wave.csat_responses, "{}", wave.id);
        }
    }
}

#[test]
fn a_count_edited_shows_its_metric_and_formula_live() {
    let fixture = Fixture::new();
    let mut harness = metrics(&fixture, "hotel-group.ron");
    assert!(has_label(
        &harness,
        "% promoters − % detractors = 51.4 % − 15.1 % = +36.3"
    ));
    harness
        .get_by_role_and_label(Role::SpinButton, "NPS detractors (0–6)")
        .set_value_accesskit(268.0);
    harness.run_steps(3);
    assert_eq!(
        project(&harness).surveys[0]
            .nps
            .as_ref()
            .map(|n| n.detractors),
        Some(268)
    );
    // 412 / 948 − 268 / 948 = 43.5 % − 28.3 % = +15.2
    assert!(has_label(
        &harness,
        "% promoters − % detractors = 43.5 % − 28.3 % = +15.2"
    ));
}

#[test]
fn an_import_with_a_bad_row_changes_nothing_until_confirmed_and_is_one_undo_step() {
    let fixture = Fixture::new();
    let mut harness = metrics(&fixture, "hotel-group.ron");
    let original = project(&harness);
    let csv = fixture.dir.path().join("answers.csv");
    std::fs::write(
        &csv,
        "\u{feff}Respondent;NPS;CES;CSAT;Persona\n1;9;6;5;Claire\n2;ten;6;5;\n3;4;2;2;\n",
    )
    .expect("write");
    click_button(&mut harness, "Import raw answers (CSV)…");
    replace_text(&mut harness, "CSV file", &csv.display().to_string());
    click_button(&mut harness, "Read");
    assert!(has_label(
        &harness,
        "Line 3: NPS = “ten” is not a whole number from 0 to 10"
    ));
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Create 2 survey waves")
            .accesskit_node()
            .is_disabled(),
        "the rows listed must be agreed to first"
    );
    harness
        .get_by_role_and_label(Role::Button, "Create 2 survey waves")
        .click();
    harness.run_steps(3);
    assert_eq!(
        project(&harness),
        original,
        "nothing changes before the bad row is agreed to"
    );
    harness
        .get_by_role_and_label(Role::CheckBox, "Leave out the rows listed")
        .click();
    harness.run_steps(2);
    replace_text(&mut harness, "Label of the new waves", "Autumn 2026");
    click_button(&mut harness, "Create 2 survey waves");
    let imported = project(&harness);
    assert_eq!(imported.surveys.len(), original.surveys.len() + 2);
    let claire = imported
        .surveys
        .iter()
        .find(|w| w.label == "Autumn 2026 – Claire Donnelly")
        .expect("Claire's wave");
    assert_eq!(claire.nps.as_ref().map(|n| n.promoters), Some(1));
    let all = imported
        .surveys
        .iter()
        .find(|w| w.label == "Autumn 2026")
        .expect("all customers' wave");
    assert_eq!(all.csat_responses, vec![0, 1, 0, 0, 0]);

    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&harness).surveys, original.surveys, "one undo step");
}

#[test]
fn the_answers_file_is_chosen_with_a_file_dialog() {
    let fixture = Fixture::new();
    let mut harness = metrics(&fixture, "hotel-group.ron");
    let csv = fixture.dir.path().join("answers.csv");
    std::fs::write(&csv, "NPS,CES,CSAT\n9,6,5\n10,7,4\n3,2,2\n").expect("write");
    fixture.dialogs.answer(&csv);
    click_button(&mut harness, "Import raw answers (CSV)…");
    click_button(&mut harness, "Choose…");
    // Read and previewed: the button that creates the waves is there.
    assert!(
        harness
            .query_all_by_label_contains("Create ")
            .any(|n| n.accesskit_node().role() == Role::Button),
        "the chosen file is read and previewed"
    );
    let path = harness
        .state()
        .ui
        .metrics
        .import
        .as_ref()
        .map(|i| i.path.clone());
    assert_eq!(path, Some(csv.display().to_string()));
}

/// A real export under `tests/survey-exports/` (see its README for sources and licences),
/// decoded as the app reads it.
fn real_export(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/survey-exports")
        .join(name);
    let bytes = std::fs::read(path).expect("the export");
    cx_workbench::model::survey_import::decode(&bytes).expect("text")
}

#[test]
fn real_exports_import_with_their_header_rows_and_counts() {
    // File, header rows, data rows (the README's counts).
    for (name, headers, rows) in [
        ("qualtrics_v3_3header_sample.csv", 3, 1),
        ("qualtrics_legacy_2header_bom_sample.csv", 2, 1),
        ("surveymonkey_2header_steak-risk-survey.csv", 2, 550),
        ("surveymonkey_2header_latin1_StarWars.csv", 2, 1186),
        ("typeform_osmi2020_crlf_0-10_1-5.csv", 1, 180),
        ("googleforms_osmi2014_timestamp_crlf.csv", 1, 1260),
    ] {
        let text = real_export(name);
        assert!(!text.contains('\u{fffd}'), "{name}: decoded without loss");
        assert_eq!(guess_header_rows(&text), headers, "{name}");
        let raw = read(&text, headers).expect("reads");
        assert_eq!(raw.rows.len(), rows, "{name}");
    }
    // Typeform's 0–10 column (21) and 1–5 column (109), counted as NPS and CSAT.
    let text = real_export("typeform_osmi2020_crlf_0-10_1-5.csv");
    let raw = read(&text, 1).expect("reads");
    let mapping = cx_workbench::model::survey_import::Mapping {
        nps: Some(20),
        csat: Some(108),
        ..Default::default()
    };
    let result = preview(&raw, &mapping, &[]);
    assert!(
        result.bad.is_empty(),
        "{:?}",
        &result.bad[..result.bad.len().min(3)]
    );
    let group = &result.groups[0];
    let nps: u64 = group.nps.iter().sum();
    assert_eq!(nps, 155);
    let (detractors, passives, promoters) = (
        group.nps[..7].iter().sum::<u64>(),
        group.nps[7..9].iter().sum::<u64>(),
        group.nps[9..].iter().sum::<u64>(),
    );
    assert_eq!((detractors, passives, promoters), (61, 72, 22));
    assert_eq!(group.csat, [22, 49, 75, 27, 7]);
}

#[test]
fn negative_codes_and_not_applicable_are_not_answered() {
    let text = "nps,ces\n9,5\n-1,4\n−2,3\nN/A,6\n7,n.v.t.\n";
    let raw = read(text, 1).expect("reads");
    let mapping = cx_workbench::model::survey_import::Mapping {
        nps: Some(0),
        ces: Some(1),
        ..Default::default()
    };
    let result = preview(&raw, &mapping, &[]);
    assert!(result.bad.is_empty(), "{:?}", result.bad);
    assert_eq!(result.not_answered, 4);
    assert_eq!(result.groups[0].nps.iter().sum::<u64>(), 2);
    assert_eq!(result.groups[0].ces.iter().sum::<u64>(), 4);
}
