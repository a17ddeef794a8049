//! The command line as scripts use it: the real binary's exit codes and output for `check`,
//! `report` (text and JSON, whose documented shape is checked here) and `--help`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cx-workbench"))
}

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("projects")
        .join(name)
}

fn run(args: &[&str]) -> Output {
    binary().args(args).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_exits_0_1_or_2() {
    let hotel = sample("hotel-group.ron");
    let output = run(&["check", hotel.to_str().unwrap_or_default()]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), format!("{}: OK\n", hotel.display()));

    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad");
    let invalid = bad.join("dangling-stage.ron");
    let output = run(&["check", invalid.to_str().unwrap_or_default()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("touchpoints[0].stage: no stage with id \"s-pay\""));

    let unreadable = bad.join("json-instead-of-ron.ron");
    let output = run(&["check", unreadable.to_str().unwrap_or_default()]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn report_prints_every_scenario_and_persona_as_text() {
    let shop = sample("online-shop.ron");
    let output = run(&["report", shop.to_str().unwrap_or_default()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let out = text(&output.stdout);
    let project = cx_workbench::store::load(&shop).expect("sample").project;
    for scenario in &project.scenarios {
        assert!(
            out.contains(&scenario.name),
            "scenario {} in\n{out}",
            scenario.name
        );
    }
    for persona in &project.personas {
        assert!(out.contains(&persona.name), "persona {}", persona.name);
    }
    // In the project's language (the shop is Dutch), with names where the JSON has ids.
    assert!(
        out.contains("Klantwaarde van een nieuwe klant (EUR)"),
        "{out}"
    );
    assert!(out.contains("Enquêtecijfers"), "{out}");
    assert!(out.contains("188.322"), "Dutch thousands: {out}");
    for persona in &project.personas {
        assert!(
            !out.contains(persona.id.as_str()),
            "no id {} in\n{out}",
            persona.id
        );
    }
    for english in [
        "Lifetime value",
        "Survey metrics",
        "Baseline",
        "never",
        "all customers",
    ] {
        assert!(
            !out.contains(english),
            "{english} in a Dutch report:\n{out}"
        );
    }
    // An English project reads in English.
    let hotel = sample("hotel-group.ron");
    let output = run(&["report", hotel.to_str().unwrap_or_default()]);
    let out = text(&output.stdout);
    assert!(
        out.contains("Lifetime value of a new customer (GBP)"),
        "{out}"
    );
    assert!(out.contains("Survey metrics"), "{out}");
}

#[test]
fn report_json_has_the_documented_shape() {
    let hotel = sample("hotel-group.ron");
    let output = run(&[
        "report",
        hotel.to_str().unwrap_or_default(),
        "--json",
        "--scenario",
        "sc-all-in",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    for field in [
        "project",
        "currency",
        "period",
        "margin_timing",
        "baseline",
        "scenarios",
        "personas",
        "surveys",
    ] {
        assert!(json.get(field).is_some(), "top-level field {field}");
    }
    assert_eq!(json["currency"], "GBP");
    assert!(json["baseline"]["id"].is_null());
    let scenarios = json["scenarios"].as_array().expect("scenarios");
    assert_eq!(scenarios.len(), 1, "only the scenario asked for");
    let scenario = &scenarios[0];
    assert_eq!(scenario["id"], "sc-all-in");
    for field in [
        "name",
        "horizon_periods",
        "final_customers",
        "total_revenue",
        "cumulative_profit_pv",
        "payback_period",
        "final_nps_estimate",
    ] {
        assert!(scenario.get(field).is_some(), "scenario field {field}");
    }
    for state in ["prospects", "new", "passive_loyal", "active_loyal", "lost"] {
        assert!(
            scenario["final_customers"][state].is_number(),
            "final_customers.{state}"
        );
    }
    let persona = &json["personas"][0];
    assert!(persona["value"]["gap"].is_number());
    let clv = persona["clv"].as_array().expect("clv list");
    assert_eq!(clv.len(), 2, "baseline and the scenario");
    assert!(clv[0]["scenario"].is_null());
    assert!(clv[1]["new"].as_f64().is_some_and(|v| v > 0.0));
    let wave = &json["surveys"][0];
    for metric in [
        "nps",
        "ces_mean",
        "ces_share_agreeing",
        "csat",
        "retention_rate",
        "churn_rate",
        "cart_abandonment",
    ] {
        assert!(
            wave["metrics"].get(metric).is_some(),
            "survey metric {metric}"
        );
    }
}

#[test]
fn report_refuses_an_unknown_scenario_and_an_unreadable_file() {
    let hotel = sample("hotel-group.ron");
    let output = run(&[
        "report",
        hotel.to_str().unwrap_or_default(),
        "--scenario",
        "sc-nope",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("the project has no scenario with id `sc-nope`"));
    assert!(output.stdout.is_empty());

    let output = run(&["report", "/no/such/file.ron"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("cannot read the file"));
}

#[test]
fn help_lists_the_commands() {
    let output = run(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    let out = text(&output.stdout);
    assert!(out.contains("check") && out.contains("report"), "{out}");
    assert!(
        !out.contains("--screenshot"),
        "the screenshot option is hidden"
    );
}

/// A team's own project as File → New makes it, with two personas as a new persona starts
/// (customers changed to 400 and 250) and three touchpoints at the default reach.
fn new_project_file(dir: &Path) -> PathBuf {
    use cx_workbench::model::{Experience, Id, Persona, Project, Touchpoint};
    let mut project = Project::new("Bike repair", cx_workbench::i18n::Lang::En);
    for (id, customers) in [("p-commuter", 400u64), ("p-racer", 250)] {
        let mut persona = Persona {
            id: Id::from(id),
            name: id.into(),
            ..Persona::default()
        };
        persona.segment.customers = customers;
        project.personas.push(persona);
    }
    let stage = project.stages[0].id.clone();
    for (t, score) in [-2.0, 1.0, 3.0].into_iter().enumerate() {
        let mut touchpoint = Touchpoint {
            id: Id::new(format!("tp-{t}")),
            name: format!("Touchpoint {t}"),
            stage: stage.clone(),
            ..Touchpoint::default()
        };
        for persona in &project.personas {
            let mut experience = Experience::neutral(persona.id.clone());
            experience.score = score;
            touchpoint.experiences.push(experience);
        }
        project.touchpoints.push(touchpoint);
    }
    let path = dir.join("bike-repair.ron");
    let text = cx_workbench::store::to_ron(&project).expect("serialises");
    std::fs::write(&path, text).expect("written");
    path
}

#[test]
fn report_says_which_today_is_in_force_and_a_new_project_stays_steady() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = new_project_file(dir.path());
    let output = run(&["report", file.to_str().unwrap_or_default(), "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let today = &json["today"];
    assert_eq!(today["basis"], "Steady");
    assert_eq!(today["horizon_periods"], 36);
    let change = today["largest_change"].as_f64().expect("a number");
    assert!(change.abs() <= 0.03, "{change}");
    let end = &json["baseline"]["final_customers"];
    let paying: f64 = ["new", "passive_loyal", "active_loyal"]
        .iter()
        .map(|k| end[k].as_f64().expect("a number"))
        .sum();
    assert!((paying / 650.0 - 1.0).abs() <= 0.03, "{paying}");
    let (new, lost) = (
        today["new_per_period"].as_f64().expect("a number"),
        today["lost_per_period"].as_f64().expect("a number"),
    );
    assert!((new - lost).abs() < 1e-6 * lost, "{new} against {lost}");
    let output = run(&["report", file.to_str().unwrap_or_default()]);
    assert!(text(&output.stdout).contains("make up for"));
    // The samples are calibrated to their latest wave.
    let output = run(&[
        "report",
        sample("hotel-group.ron").to_str().unwrap_or_default(),
        "--json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["today"]["basis"], "Calibrated");
    assert_eq!(json["today"]["calibrated_to"], "sv-2026-summer");
}

#[test]
fn import_of_a_typeform_export_gives_the_nps_counted_by_hand() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = new_project_file(dir.path());
    let csv = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/survey-exports/typeform_osmi2020_crlf_0-10_1-5.csv");
    let output = run(&[
        "import",
        file.to_str().unwrap_or_default(),
        "--survey",
        csv.to_str().unwrap_or_default(),
        "--nps",
        "21",
        "--csat",
        "109",
        "--label",
        "OSMI 2020",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("NPS -25.2 from 155 answers"),
        "{}",
        text(&output.stdout)
    );
    let project = cx_workbench::store::load(&file).expect("saved").project;
    let wave = project.surveys.last().expect("a wave");
    let nps = wave.nps.as_ref().expect("NPS counts");
    // By hand (the export's README): 61 at 0–6, 72 at 7–8, 22 at 9–10.
    assert_eq!((nps.detractors, nps.passives, nps.promoters), (61, 72, 22));
    assert_eq!(wave.csat_responses, [22, 49, 75, 27, 7]);
    assert!(
        cx_workbench::store::backup_path(&file).exists(),
        "a .bak was kept"
    );

    // A column that holds other answers: bad rows are listed and nothing changes (exit 1),
    // unless --skip-bad; an unknown column or an unreadable file is exit 2.
    let before = std::fs::read(&file).expect("the project");
    let bad = run(&[
        "import",
        file.to_str().unwrap_or_default(),
        "--survey",
        csv.to_str().unwrap_or_default(),
        "--nps",
        "1",
    ]);
    assert_eq!(bad.status.code(), Some(1), "{}", text(&bad.stderr));
    assert!(text(&bad.stderr).contains("nothing was imported"));
    assert_eq!(std::fs::read(&file).expect("the project"), before);
    let unknown = run(&[
        "import",
        file.to_str().unwrap_or_default(),
        "--survey",
        csv.to_str().unwrap_or_default(),
        "--nps",
        "no such column",
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    let missing = run(&[
        "import",
        file.to_str().unwrap_or_default(),
        "--survey",
        "/nonexistent/answers.csv",
    ]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn the_touchpoint_grid_goes_out_and_back_in_unchanged() {
    for name in ["hotel-group.ron", "online-shop.ron"] {
        let dir = tempfile::tempdir().expect("a folder");
        let file = dir.path().join(name);
        std::fs::copy(sample(name), &file).expect("copied");
        let before = std::fs::read(&file).expect("the project");
        let out = dir.path().join("out");
        let export = binary()
            .args(["export", file.to_str().unwrap_or_default(), "--out"])
            .arg(&out)
            .args(["--format", "csv"])
            .env_remove("DISPLAY")
            .output()
            .expect("runs");
        assert_eq!(export.status.code(), Some(0), "{}", text(&export.stderr));
        let grid = out.join("touchpoints.csv");
        let output = run(&[
            "import",
            file.to_str().unwrap_or_default(),
            "--touchpoints",
            grid.to_str().unwrap_or_default(),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        assert!(text(&output.stdout).contains("0 touchpoints changed, 0 added"));
        assert_eq!(std::fs::read(&file).expect("the project"), before, "{name}");
    }
}
