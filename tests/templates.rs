//! The templates a team starts from: at least five, each in English and Dutch, each checked
//! clean, reported on, and with a Today that keeps its customers within 3 % over the horizon;
//! `cx-workbench new` writes them (or an empty project) and never overwrites a file.

use cx_workbench::i18n::Lang;
use cx_workbench::model::{FourCDimension, Project, ValueElement, validate};
use cx_workbench::store::templates::{ALL, Template};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cx-workbench"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn ids(project: &Project) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    ids.extend(project.personas.iter().map(|x| x.id.to_string()));
    ids.extend(project.stages.iter().map(|x| x.id.to_string()));
    ids.extend(project.touchpoints.iter().map(|x| x.id.to_string()));
    ids.extend(project.initiatives.iter().map(|x| x.id.to_string()));
    ids.extend(project.scenarios.iter().map(|x| x.id.to_string()));
    ids.extend(project.slides.iter().map(|x| x.id.to_string()));
    ids
}

#[test]
fn every_template_is_a_complete_clean_project_in_both_languages() {
    assert!(ALL.len() >= 5, "at least five templates");
    for template in ALL {
        let en = template.project(Lang::En).expect("English reads");
        let nl = template.project(Lang::Nl).expect("Dutch reads");
        for (project, lang) in [(&en, Lang::En), (&nl, Lang::Nl)] {
            let name = format!("{} ({lang:?})", template.name);
            assert_eq!(project.meta.language, lang, "{name}");
            assert!(
                validate(project).is_empty(),
                "{name}: {:?}",
                validate(project)
            );
            assert!(
                (3..=5).contains(&project.personas.len()),
                "{name}: personas"
            );
            for persona in &project.personas {
                let reasons = [&persona.needs.note]
                    .into_iter()
                    .chain(FourCDimension::ALL.map(|c| &persona.four_c.get(c).note))
                    .chain(ValueElement::ALL.map(|e| &persona.value.get(e).note));
                for reason in reasons {
                    assert!(
                        !reason.trim().is_empty(),
                        "{name}: {}'s needs, 4C and value each say why",
                        persona.name
                    );
                }
            }
            assert_eq!(project.stages.len(), 6, "{name}: the six stages");
            assert!(
                (12..=20).contains(&project.touchpoints.len()),
                "{name}: touchpoints"
            );
            for touchpoint in &project.touchpoints {
                assert_eq!(
                    touchpoint.experiences.len(),
                    project.personas.len(),
                    "{name}: {} scored for every persona",
                    touchpoint.name
                );
            }
            assert!(
                project.touchpoints.iter().any(|t| t.moment_of_truth),
                "{name}"
            );
            assert!(!project.initiatives.is_empty(), "{name}: initiatives");
            assert!(
                project.initiatives.iter().all(|i| !i.effects.is_empty()),
                "{name}"
            );
            assert!(
                (2..=3).contains(&project.scenarios.len()),
                "{name}: two or three scenarios"
            );
            assert!(
                project.scenarios.iter().all(|s| !s.initiatives.is_empty()),
                "{name}: every scenario has initiatives (Today without them is always shown)"
            );
            assert!((6..=8).contains(&project.slides.len()), "{name}: slides");
            assert!(
                project.slides.iter().all(|s| !s.notes.trim().is_empty()),
                "{name}: notes"
            );
            assert!(project.surveys.is_empty(), "{name}: no survey wave");
            for persona in &project.personas {
                for score in [
                    &persona.four_c.wants_and_needs.note,
                    &persona.four_c.cost.note,
                    &persona.four_c.convenience.note,
                    &persona.four_c.communication.note,
                    &persona.value.expectation.note,
                    &persona.value.proposition.note,
                    &persona.value.perception.note,
                    &persona.value.realisation.note,
                ] {
                    assert!(
                        !score.trim().is_empty(),
                        "{name}: {} has a reason for every score",
                        persona.name
                    );
                }
            }
            assert!(
                cx_workbench::model::defaults::still_default(project).is_empty(),
                "{name}: no defaults left"
            );
            assert!(
                Template::summary(project).chars().count() <= 80,
                "{name}: a one-line summary"
            );
        }
        assert_eq!(
            ids(&en),
            ids(&nl),
            "{}: the same items in both languages",
            template.name
        );
        assert_ne!(
            en.meta.description, nl.meta.description,
            "{}: written in each",
            template.name
        );
    }
}

#[test]
fn new_writes_each_template_and_today_keeps_its_customers() {
    let dir = tempfile::tempdir().expect("dir");
    for template in ALL {
        for lang in ["en", "nl"] {
            let file = dir.path().join(format!("{}-{lang}.ron", template.name));
            let path = file.display().to_string();
            let made = run(&["new", &path, "--template", template.name, "--lang", lang]);
            assert_eq!(made.status.code(), Some(0), "{}", text(&made.stderr));
            let check = run(&["check", &path]);
            assert_eq!(
                check.status.code(),
                Some(0),
                "{path}: {}",
                text(&check.stderr)
            );
            let report = run(&["report", &path, "--json"]);
            assert_eq!(
                report.status.code(),
                Some(0),
                "{path}: {}",
                text(&report.stderr)
            );
            let doc: serde_json::Value = serde_json::from_slice(&report.stdout).expect("json");
            let change = doc["today"]["largest_change"]
                .as_f64()
                .expect("largest change");
            assert!(change <= 0.03, "{path}: Today moves {change}");
            assert!(doc["today"]["prospects_run_out"].is_null(), "{path}");
            let basis = doc["today"]["basis"].as_str().unwrap_or_default();
            assert_eq!(basis, "Steady", "{path}");
        }
    }
}

#[test]
fn new_lists_the_templates_writes_an_empty_project_and_never_overwrites() {
    let list = run(&["new", "--list", "--lang", "en"]);
    assert_eq!(list.status.code(), Some(0));
    let lines: Vec<String> = text(&list.stdout).lines().map(str::to_string).collect();
    assert!(lines.len() >= 5, "{lines:?}");
    for (line, template) in lines.iter().zip(ALL) {
        assert!(line.starts_with(template.name), "{line}");
        assert!(
            line.len() > template.name.len() + 10,
            "a description: {line}"
        );
    }
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("bike-shop.ron");
    let path = file.display().to_string();
    let made = run(&["new", &path, "--lang", "nl"]);
    assert_eq!(made.status.code(), Some(0), "{}", text(&made.stderr));
    let project = cx_workbench::store::load(&file).expect("reads").project;
    assert_eq!(project.meta.name, "bike-shop");
    assert_eq!(project.meta.language, Lang::Nl);
    assert!(project.personas.is_empty());
    assert_eq!(project.stages.len(), 6);
    std::fs::write(&file, "mine").expect("write");
    let again = run(&["new", &path, "--template", "telecom"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("exists already"));
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        "mine",
        "never overwritten"
    );
    let unknown = run(&[
        "new",
        &dir.path().join("x.ron").display().to_string(),
        "--template",
        "zoo",
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        text(&unknown.stderr).contains("bike-repair"),
        "names the templates"
    );
}
