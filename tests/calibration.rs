//! Format versions and calibration: version-1 files (the v1 samples kept under `tests/v1/`
//! and every readable file of the bad-file corpus) and version-2 files (the v2 samples under
//! `tests/v2/`) load, migrate and re-save as version 3 with the same numbers; a newer version
//! is refused clearly; the samples ship calibrated to their
//! latest wave (measured NPS and retention within ±1 point, new customers within ±2 %), and
//! their calibrated baseline follows the measured trend; calibrating to impossible data says
//! which target is missed; `report --json` carries the calibration block.

use cx_workbench::engine::calibrate::{
    Options, Side, TargetKind, calibrate, calibrate_with, modelled, wave_periods,
};
use cx_workbench::engine::report::calibration_wave;
use cx_workbench::engine::{compare, run_baseline};
use cx_workbench::i18n::Lang;
use cx_workbench::model::{FORMAT_VERSION, NpsCounts, Project, RetentionCounts};
use cx_workbench::store::{self, LoadError};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.ron` file under `dir`, sorted.
fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// The project a version-1 text holds, read directly with the current types (no
/// migration): what the file says, number for number.
fn as_written(text: &str) -> Project {
    ron::from_str(text).expect("a version-1 file reads with the version-2 types")
}

#[test]
fn version_1_files_load_and_resave_as_version_3_with_the_same_numbers() {
    assert_eq!(FORMAT_VERSION, 3);
    let mut files = ron_files(&root().join("tests/v1"));
    assert_eq!(files.len(), 2, "the two version-1 samples");
    // The bad-file corpus: every version-1 file that reads as a project.
    let bad: Vec<PathBuf> = ron_files(&root().join("tests/bad"))
        .into_iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            text.contains("format_version: 1,") && store::parse(&text).is_ok()
        })
        .collect();
    assert!(
        bad.len() >= 5,
        "readable version-1 files in tests/bad: {bad:?}"
    );
    files.extend(bad);
    for path in files {
        let name = path.display();
        let text = std::fs::read_to_string(&path).expect("readable");
        let migrated = store::parse(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(migrated.format_version, 3, "{name}");
        // Today keeps the assumed rate, so the numbers stay.
        assert!(migrated.settings.today.uses_base_rate(), "{name}");
        // The same project apart from the version, the new wave lengths, the default
        // assumptions' old sources, now cited by title, how Today moves, and the slides'
        // comparisons, which keep their own values.
        let mut same = migrated.clone();
        same.format_version = 1;
        same.surveys.iter_mut().for_each(|w| w.length_months = None);
        let mut written = as_written(&text);
        written.settings.today = same.settings.today.clone();
        // Its slides' comparisons keep showing their own values.
        for slide in &mut written.slides {
            if let cx_workbench::model::SlideContent::Plot(spec) = &mut slide.content
                && spec.kind.compares_scenarios()
            {
                spec.absolute = true;
            }
        }
        written.complete_assumptions();
        for row in &mut written.assumptions {
            if let Some(source) = cx_workbench::model::catalog::updated_source(row.key, &row.source)
            {
                row.source = source.to_string();
            }
        }
        // Compared as text: a file with a NaN (invalid, but readable) never equals itself.
        assert_eq!(
            store::to_ron(&same).expect("serialises"),
            store::to_ron(&written).expect("serialises"),
            "{name}: only the version, wave lengths and old sources change"
        );
        // Re-saved as version 3, it reads back to the same project and the same results.
        let saved = store::to_ron(&migrated).expect("serialises");
        assert!(saved.contains("\n    format_version: 3,\n"), "{name}");
        let again = store::parse(&saved).expect("re-reads");
        assert_eq!(store::to_ron(&again).expect("serialises"), saved, "{name}");
        assert_eq!(
            format!("{:?}", compare(&again)),
            format!("{:?}", compare(&written)),
            "{name}: engine results"
        );
    }
}

#[test]
fn the_version_1_samples_get_their_wave_lengths_from_their_labels() {
    for sample in ["hotel-group.ron", "online-shop.ron"] {
        let text = std::fs::read_to_string(root().join("tests/v1").join(sample)).expect("v1");
        let project = store::parse(&text).expect("migrates");
        assert!(!project.surveys.is_empty());
        for wave in &project.surveys {
            assert_eq!(wave.length_months, Some(3), "{sample}: {}", wave.label);
        }
    }
}

#[test]
fn version_2_files_keep_their_numbers_and_their_calibration() {
    for (sample, wave) in [
        ("hotel-group.ron", "sv-2026-summer"),
        ("online-shop.ron", "sv-2026-q2"),
    ] {
        let text = std::fs::read_to_string(root().join("tests/v2").join(sample)).expect("v2");
        assert!(text.contains("format_version: 2,"));
        let migrated = store::parse(&text).expect("migrates");
        assert_eq!(migrated.format_version, 3);
        assert_eq!(
            migrated.settings.today,
            cx_workbench::model::TodayBasis::Rate {
                calibrated_to: Some(wave.into())
            },
            "{sample}"
        );
        // The shipped version-3 sample is the migrated version-2 file, result for result.
        let current = self::sample(sample);
        assert_eq!(
            format!("{:?}", compare(&migrated)),
            format!("{:?}", compare(&current)),
            "{sample}"
        );
    }
    // A version-2 project never calibrated keeps the assumed rate too, with no wave.
    let mut project = Project::new("Own", cx_workbench::i18n::Lang::En);
    project.format_version = 2;
    let text = store::to_ron(&project)
        .expect("serialises")
        .replace("        today: Steady,\n", "");
    assert!(!text.contains("today"), "{text}");
    let migrated = store::parse(&text).expect("migrates");
    assert_eq!(
        migrated.settings.today,
        cx_workbench::model::TodayBasis::Rate {
            calibrated_to: None
        }
    );
}

#[test]
fn a_version_3_file_round_trips_and_a_newer_one_is_refused_clearly() {
    let mut project = Project::new("Waves", cx_workbench::i18n::Lang::En);
    project.surveys.push(cx_workbench::model::SurveyWave {
        id: "sv-h1".into(),
        label: "First half".into(),
        length_months: Some(6),
        ..Default::default()
    });
    let text = store::to_ron(&project).expect("serialises");
    assert!(text.contains("length_months: Some(6)"));
    let again = store::parse(&text).expect("reads");
    assert_eq!(again, project);
    assert_eq!(store::to_ron(&again).expect("serialises"), text);

    assert!(text.contains("today: Steady"), "{text}");
    let newer = text.replace("format_version: 3,", "format_version: 4,");
    let error = store::parse(&newer).expect_err("refused");
    assert_eq!(
        error,
        LoadError::NewerVersion {
            found: 4,
            supported: 3
        }
    );
    assert!(
        error
            .message(cx_workbench::i18n::Lang::En)
            .contains("the file has format version 4, from a newer CX Workbench; this version reads up to version 3")
    );
}

fn sample(name: &str) -> Project {
    store::load(&root().join("projects").join(name))
        .expect("sample")
        .project
}

#[test]
fn the_samples_reproduce_their_latest_wave() {
    for name in ["hotel-group.ron", "online-shop.ron"] {
        let project = sample(name);
        let wave = calibration_wave(&project).expect("a wave with data");
        assert!(wave.retention.is_some() && wave.nps.is_some(), "{name}");
        assert_eq!(wave.length_months, Some(3), "{name}");
        let model = modelled(&project, wave).expect("modelled");
        // What calibration gives, to say in a failure what the sample should hold.
        let fit = calibrate(&project, wave).expect("calibrates");
        let fitted: Vec<String> = fit
            .fitted
            .iter()
            .map(|f| format!("{:?} = {}", f.key, f.value))
            .collect();
        let fitted = fitted.join(", ");
        let measured_nps = wave
            .nps
            .as_ref()
            .and_then(cx_workbench::engine::metrics::nps);
        let measured_nps = measured_nps.expect("NPS");
        let counts = wave.retention.as_ref().expect("counts");
        let measured_retention =
            cx_workbench::engine::metrics::retention_rate(counts).expect("retention");
        let nps = model.nps.expect("model NPS");
        let retention = model.retention.expect("model retention");
        assert!(
            (nps - measured_nps).abs() <= 1.0,
            "{name}: NPS model {nps:.2}, measured {measured_nps:.2}; calibrated: {fitted}"
        );
        assert!(
            (retention - measured_retention).abs() <= 0.01,
            "{name}: retention model {retention:.4}, measured {measured_retention:.4}; calibrated: {fitted}"
        );
        let new = counts.new_customers as f64;
        assert!(
            (model.new_customers - new).abs() <= 0.02 * new,
            "{name}: new customers model {:.0}, measured {new}; calibrated: {fitted}",
            model.new_customers
        );
        // The sources say where the values come from.
        let source = project
            .assumption(cx_workbench::model::AssumptionKey::PassiveSwitching)
            .map(|a| a.source.clone())
            .unwrap_or_default();
        assert!(source.contains(&wave.label), "{name}: {source}");
        assert!(fit.all_met(), "{name}: {fit:?}");
        // Calibrating a calibrated sample again changes nothing.
        for value in &fit.fitted {
            assert_eq!(value.value, value.before, "{name}: {:?}", value.key);
        }
        for share in &fit.start_mix {
            assert_eq!(share.value, share.before, "{name}: {}", share.name);
        }
    }
}

/// Checks that the baseline (no initiatives) of a calibrated `project` follows the measured
/// trend over its whole horizon, not only over the wave it was fitted to:
/// - over the wave's length it grows or shrinks as the wave measured (within 2 points);
/// - every later stretch of that length changes the customers by no more, and no less, than
///   the waves for all customers measured (widened by a point), unless the business is full;
/// - the NPS estimate stays within 5 points of the wave's, and the share of active-loyal
///   customers within 5 points of where it starts: the mix does not drift on its own.
fn assert_follows_the_measured_trend(name: &str, project: &Project) {
    let wave = calibration_wave(project).expect("wave");
    let counts = wave.retention.as_ref().expect("counts");
    let growth = |start: f64, end: f64| (end - start) / start;
    let measured_growth = growth(counts.customers_start as f64, counts.customers_end as f64);
    let run = run_baseline(project);
    let length = wave_periods(project, wave) as usize;
    let paying: Vec<f64> = run.periods.iter().map(|p| p.customers.paying()).collect();
    let model_growth = growth(paying[0], paying[length]);
    assert_eq!(
        model_growth > 0.0,
        measured_growth > 0.0,
        "{name}: model {model_growth:+.4}, measured {measured_growth:+.4}"
    );
    assert!(
        (model_growth - measured_growth).abs() <= 0.02,
        "{name}: model {model_growth:+.4}, measured {measured_growth:+.4} over the wave"
    );

    // Every stretch of the wave's length, to the horizon, within the measured changes.
    let measured: Vec<f64> = project
        .surveys
        .iter()
        .filter(|w| w.persona.is_none())
        .filter_map(|w| w.retention.as_ref())
        .map(|r| growth(r.customers_start as f64, r.customers_end as f64))
        .collect();
    let low = measured.iter().copied().fold(f64::INFINITY, f64::min) - 0.01;
    let high = measured.iter().copied().fold(f64::NEG_INFINITY, f64::max) + 0.01;
    let capacity = project.settings.capacity.unwrap_or(f64::INFINITY);
    assert!(run.periods.len() > 30, "{name}: a horizon of years");
    for start in (0..paying.len() - length).step_by(length) {
        let change = growth(paying[start], paying[start + length]);
        let full = paying[start + length] >= 0.995 * capacity;
        assert!(
            change <= high && (change >= low || full),
            "{name}: periods {start}..{}: customers {:+.2} %, measured {:+.2}..{:+.2} %",
            start + length,
            100.0 * change,
            100.0 * (low + 0.01),
            100.0 * (high - 0.01)
        );
    }

    let nps = wave
        .nps
        .as_ref()
        .and_then(cx_workbench::engine::metrics::nps)
        .expect("NPS");
    let share =
        |p: &cx_workbench::engine::PeriodResult| p.customers.active_loyal / p.customers.paying();
    let first_share = share(&run.periods[0]);
    for p in &run.periods {
        let estimate = p.nps_estimate.expect("an estimate");
        assert!(
            (estimate - nps).abs() <= 5.0,
            "{name}: period {}: NPS estimate {estimate:+.1}, measured {nps:+.1}",
            p.period
        );
        assert!(
            (share(p) - first_share).abs() <= 0.05,
            "{name}: period {}: active loyal {:.1} %, {:.1} % at the start",
            p.period,
            100.0 * share(p),
            100.0 * first_share
        );
    }
}

#[test]
fn a_calibrated_baseline_follows_the_measured_trend_to_its_horizon() {
    for name in ["hotel-group.ron", "online-shop.ron"] {
        let project = sample(name);
        assert_follows_the_measured_trend(name, &project);
        // The wave before the latest (if any) measured the same direction of change from
        // its end to this wave's end as the model gives over the next wave's length.
        let wave = calibration_wave(&project).expect("wave");
        let counts = wave.retention.as_ref().expect("counts");
        let run = run_baseline(&project);
        let periods = wave_periods(&project, wave) as usize;
        let index = project.surveys.iter().position(|w| w.id == wave.id);
        let earlier = index.and_then(|i| {
            project.surveys[..i]
                .iter()
                .rev()
                .find(|w| w.persona.is_none() && w.retention.is_some())
        });
        if let Some(earlier) = earlier.and_then(|w| w.retention.as_ref()) {
            let measured = counts.customers_end as f64 - earlier.customers_end as f64;
            let end = run.periods[periods].customers.paying();
            let next = run.periods[2 * periods].customers.paying();
            assert_eq!(
                next - end > 0.0,
                measured > 0.0,
                "{name}: the model's next wave goes the way the last two waves went"
            );
        }
    }
}

#[test]
fn calibrating_an_uncalibrated_sample_sets_a_mix_that_holds() {
    // The version-1 samples: the starting mix as first written, before any calibration.
    for name in ["hotel-group.ron", "online-shop.ron"] {
        let text = std::fs::read_to_string(root().join("tests/v1").join(name)).expect("v1");
        let mut project = store::parse(&text).expect("migrates");
        let wave = calibration_wave(&project).expect("wave").clone();
        let fit = calibrate(&project, &wave).expect("calibrates");
        assert!(fit.all_met(), "{name}: {:#?}", fit.targets);
        assert_eq!(fit.start_mix.len(), project.personas.len(), "{name}");
        fit.apply(&mut project, "Calibrated");
        for (persona, share) in project.personas.iter().zip(&fit.start_mix) {
            assert_eq!(persona.id, share.persona);
            assert_eq!(persona.segment.active_loyal_share, share.value, "{name}");
            assert!((0.0..=1.0).contains(&share.value), "{name}: {share:?}");
        }
        assert_follows_the_measured_trend(name, &project);
        // As written, the mix drifts: the reason calibration sets it.
        let unbalanced = store::parse(&text).expect("migrates");
        let run = run_baseline(&unbalanced);
        let share = |p: &cx_workbench::engine::PeriodResult| {
            p.customers.active_loyal / p.customers.paying()
        };
        let drift = share(run.periods.last().expect("periods")) - share(&run.periods[0]);
        assert!(drift.abs() > 0.05, "{name}: drift {drift:+.3}");
    }
}

#[test]
fn the_modelled_nps_is_the_engines_estimate_at_the_start() {
    for name in ["hotel-group.ron", "online-shop.ron"] {
        let mut project = sample(name);
        // Away from the balance, so the two mixes differ.
        for persona in &mut project.personas {
            persona.segment.active_loyal_share *= 0.5;
        }
        let wave = calibration_wave(&project).expect("wave");
        let model = modelled(&project, wave).expect("modelled");
        let engine = run_baseline(&project).periods[0].nps_estimate;
        let (a, b) = (model.nps.expect("model"), engine.expect("engine"));
        assert!((a - b).abs() < 1e-9, "{name}: {a} vs {b}");
    }
}

#[test]
fn an_impossible_nps_is_reported_as_missed_with_the_limit_reached() {
    let mut project = sample("hotel-group.ron");
    let wave = project
        .surveys
        .iter_mut()
        .find(|w| w.persona.is_none())
        .expect("a wave for all customers");
    wave.nps = Some(NpsCounts {
        promoters: 95,
        passives: 5,
        detractors: 0,
    });
    wave.retention = Some(RetentionCounts {
        customers_start: 13_000,
        customers_end: 13_100,
        new_customers: 1_500,
    });
    let wave = wave.clone();
    let result = calibrate(&project, &wave).expect("calibrates");
    let nps = result.target(TargetKind::Nps).expect("NPS");
    assert!(!nps.met);
    assert_eq!(nps.stopped_at, Some(Side::Low));
    assert!(nps.modelled < 95.0 && nps.residual() < -1.0, "{nps:?}");
    assert!(nps.modelled.is_finite());
    for value in &result.fitted {
        let (min, max) = cx_workbench::model::catalog::assumption_info(value.key).bounds;
        assert!(
            (min..=max).contains(&value.value),
            "{:?} = {} within its limits",
            value.key,
            value.value
        );
    }
    // Every target is either met or missed at a limit, which the result names.
    for target in &result.targets {
        assert!(target.modelled.is_finite(), "{target:?}");
        assert!(target.met || target.stopped_at.is_some(), "{target:?}");
    }
    let retention = result.target(TargetKind::Retention).expect("retention");
    assert!(retention.met, "{retention:?}");
    assert!(
        result.fitted.iter().any(|f| f.outside_range()),
        "the midpoints had to leave their ranges: {result:#?}"
    );
}

#[test]
fn calibration_to_a_persona_wave_fits_that_persona_and_applies_in_the_project_language() {
    let project = sample("online-shop.ron");
    let wave = project
        .surveys
        .iter()
        .find(|w| w.persona.is_some())
        .expect("a persona wave");
    let result = calibrate(&project, wave).expect("calibrates");
    assert_eq!(result.persona, wave.persona);
    let nps = result.target(TargetKind::Nps).expect("NPS measured");
    assert!(nps.met, "{nps:?}");
    assert!(result.not_measured.contains(&TargetKind::Retention));
    assert!(result.fitted.iter().all(|f| f.target == TargetKind::Nps));
    let mut changed = project.clone();
    result.apply(&mut changed, &format!("Gekalibreerd op {}", wave.label));
    let after = modelled(&changed, wave).expect("modelled");
    assert!((after.nps.expect("nps") - nps.measured).abs() <= 0.1);
    assert_eq!(cx_workbench::model::validate(&changed), Vec::new());
}

#[test]
fn report_json_has_the_calibration_block() {
    let hotel = root().join("projects/hotel-group.ron");
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = cx_workbench::cli::report(&hotel, None, true, &mut out, &mut err);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    let json: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    let block = &json["calibration"];
    let project = sample("hotel-group.ron");
    let wave = calibration_wave(&project).expect("wave");
    assert_eq!(block["wave"], wave.label.as_str());
    assert_eq!(block["wave_id"], wave.id.as_str());
    assert!(block["persona"].is_null());
    assert_eq!(block["months"], 3);
    for target in ["nps", "retention", "new_customers"] {
        assert!(block[target]["measured"].is_number(), "{target}");
        assert!(block[target]["modelled"].is_number(), "{target}");
    }
    let nps = block["nps"]["measured"].as_f64().expect("nps");
    assert!(
        (-100.0..=100.0).contains(&nps) && nps > 1.0,
        "NPS in points: {nps}"
    );
    let retention = block["retention"]["measured"].as_f64().expect("retention");
    assert!((0.0..=1.0).contains(&retention), "a fraction: {retention}");
    let counts = wave.retention.as_ref().expect("counts");
    assert_eq!(
        block["new_customers"]["measured"].as_f64(),
        Some(counts.new_customers as f64),
        "people"
    );
}

#[test]
fn the_text_report_shows_the_model_against_the_latest_wave() {
    let shop = root().join("projects/online-shop.ron");
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = cx_workbench::cli::report(&shop, None, false, &mut out, &mut err);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    let text = String::from_utf8_lossy(&out);
    // The shop is Dutch: its report is too.
    assert!(
        text.contains("Model tegenover de laatste meting: Q2 2026 (alle klanten, 3 maanden)"),
        "{text}"
    );
    for row in [
        "NPS aan het begin (punten)",
        "Retentie over de meting",
        "Nieuwe klanten over de meting (mensen)",
    ] {
        assert!(text.contains(row), "{row} in\n{text}");
    }
    // Measured NPS (238 − 131) / 666 = +16.1, with a Dutch decimal comma.
    assert!(text.contains("+16,1"), "{text}");
}

#[test]
fn a_team_can_keep_its_mix_and_is_told_how_far_it_drifts() {
    let text = std::fs::read_to_string(root().join("tests/v1/hotel-group.ron")).expect("v1");
    let project = store::parse(&text).expect("migrates");
    let wave = calibration_wave(&project).expect("wave").clone();
    let keep = Options { keep_mix: true };
    let kept = calibrate_with(&project, &wave, keep).expect("calibrates");
    assert!(kept.all_met(), "{:#?}", kept.targets);
    assert!(kept.start_mix.is_empty(), "the mix stays as entered");
    let mut applied = project.clone();
    kept.apply(&mut applied, "Calibrated");
    assert_eq!(applied.personas, project.personas);
    // The mix as entered is far from its balance: the drift says so.
    let drift = kept.drift.expect("a drift");
    assert!(drift.end - drift.start > 0.05, "{drift:?}");
    assert_eq!(drift.periods, 36);
    let run = run_baseline(&applied);
    let share =
        |p: &cx_workbench::engine::PeriodResult| p.customers.active_loyal / p.customers.paying();
    assert!((share(&run.periods[0]) - drift.start).abs() < 1e-9);
    assert!((share(run.periods.last().expect("periods")) - drift.end).abs() < 1e-9);
    // Balanced (the default), the same wave holds its mix.
    let balanced = calibrate(&project, &wave).expect("calibrates");
    let drift = balanced.drift.expect("a drift");
    assert!((drift.end - drift.start).abs() <= 0.05, "{drift:?}");
}

/// A two-person bike repair shop's own project (no calibration yet) and a small survey wave
/// of all its customers: 20 answers, most of them promoters, and a quarter in which almost
/// nobody left.
fn bike_shop_with_a_small_wave() -> Project {
    use cx_workbench::model::{Experience, Id, Persona, Touchpoint};
    let mut project = Project::new("Bike repair", cx_workbench::i18n::Lang::En);
    for (id, customers) in [("p-commuter", 400u64), ("p-racer", 250)] {
        let mut persona = Persona {
            id: Id::from(id),
            name: id.into(),
            ..Persona::default()
        };
        persona.segment.customers = customers;
        persona.segment.is_default = false;
        project.personas.push(persona);
    }
    let stage = project.stages[0].id.clone();
    for (t, (commuter, racer)) in [(-2.0, 1.0), (1.0, -3.0), (3.0, 4.0)]
        .into_iter()
        .enumerate()
    {
        let mut touchpoint = Touchpoint {
            id: Id::new(format!("tp-{t}")),
            name: format!("Touchpoint {t}"),
            stage: stage.clone(),
            ..Touchpoint::default()
        };
        for (persona, score) in project.personas.iter().zip([commuter, racer]) {
            let mut experience = Experience::neutral(persona.id.clone());
            experience.score = score;
            experience.reach = 0.3;
            experience.reach_is_default = false;
            touchpoint.experiences.push(experience);
        }
        project.touchpoints.push(touchpoint);
    }
    project.surveys.push(cx_workbench::model::SurveyWave {
        id: "sv-autumn".into(),
        label: "Autumn".into(),
        length_months: Some(3),
        nps: Some(NpsCounts {
            promoters: 14,
            passives: 4,
            detractors: 2,
        }),
        retention: Some(RetentionCounts {
            customers_start: 650,
            customers_end: 655,
            new_customers: 20,
        }),
        ..Default::default()
    });
    project
}

#[test]
fn calibrating_a_small_wave_never_sets_an_implausible_value_silently() {
    let project = bike_shop_with_a_small_wave();
    let wave = &project.surveys[0];
    let calibration = calibrate(&project, wave).expect("calibrates");
    let warnings =
        cx_workbench::ui::metrics::calibration_warnings(&project, &calibration, Lang::En);
    let all = warnings.join("\n");
    // Every value set outside its plausible range is named, with the range.
    for value in calibration.fitted.iter().filter(|v| v.outside_range()) {
        let label = cx_workbench::model::catalog::assumption_info(value.key)
            .label
            .get(Lang::En);
        assert!(
            all.contains(&format!("{label} had to leave its plausible range")),
            "{all}"
        );
    }
    // This wave pushes the midpoints out of their ranges and one persona's active-loyal share
    // above 80 %: both are said, the share with the persona's name.
    assert!(
        calibration.fitted.iter().any(|v| v.outside_range()),
        "{calibration:?}"
    );
    let implausible: Vec<_> = calibration
        .start_mix
        .iter()
        .filter(|s| s.outside_range())
        .collect();
    assert!(!implausible.is_empty(), "{:?}", calibration.start_mix);
    for share in &implausible {
        assert!(
            all.contains(&format!("{}: the model would hold", share.name)),
            "{all}"
        );
    }
    // The target it cannot reach is named with what data would fix it.
    let missed = calibration
        .target(TargetKind::NewCustomers)
        .expect("measured");
    assert!(!missed.met);
    assert!(
        all.contains("New customers") && all.contains("What would fix it"),
        "{all}"
    );
    // A retention that rose from an earlier wave suggests splitting the persona.
    let mut two_waves = project.clone();
    let mut spring = two_waves.surveys[0].clone();
    spring.id = "sv-spring".into();
    spring.label = "Spring".into();
    spring.retention = Some(RetentionCounts {
        customers_start: 650,
        customers_end: 630,
        new_customers: 20,
    });
    two_waves.surveys.insert(0, spring);
    let wave = &two_waves.surveys[1];
    let fit = calibrate(&two_waves, wave).expect("calibrates");
    let said = cx_workbench::ui::metrics::calibration_warnings(&two_waves, &fit, Lang::En);
    assert!(
        said.iter().any(|w| w.contains("splitting the persona")),
        "{said:?}"
    );
    assert!(!all.contains("splitting the persona"));
    let wave = &project.surveys[0];
    // Keeping the team's own mix sets no share at all.
    let kept = calibrate_with(&project, wave, Options { keep_mix: true }).expect("calibrates");
    assert!(kept.start_mix.is_empty());
    // A wave the model meets with plausible values has nothing to warn about.
    let sample = sample("hotel-group.ron");
    let wave = calibration_wave(&sample).expect("a wave");
    let fit = calibrate(&sample, wave).expect("calibrates");
    assert_eq!(
        cx_workbench::ui::metrics::calibration_warnings(&sample, &fit, Lang::En),
        Vec::<String>::new()
    );
}

#[test]
fn a_wave_of_nps_answers_only_leaves_a_steady_today_steady() {
    let mut project = bike_shop_with_a_small_wave();
    project.surveys[0].retention = None;
    let wave = project.surveys[0].clone();
    let calibration = calibrate(&project, &wave).expect("calibrates");
    assert!(
        calibration
            .fitted
            .iter()
            .all(|f| f.key != cx_workbench::model::AssumptionKey::BaseAcquisition)
    );
    let mut applied = project.clone();
    calibration.apply(&mut applied, "Calibrated to Autumn");
    assert_eq!(
        applied.settings.today,
        cx_workbench::model::TodayBasis::Steady
    );
    // A wave with retention and new customers fits the rate: Today follows it.
    let full = bike_shop_with_a_small_wave();
    let wave = full.surveys[0].clone();
    let mut applied = full.clone();
    calibrate(&full, &wave)
        .expect("calibrates")
        .apply(&mut applied, "Calibrated to Autumn");
    assert_eq!(
        applied.settings.today,
        cx_workbench::model::TodayBasis::Rate {
            calibrated_to: Some(wave.id.clone())
        }
    );
}
