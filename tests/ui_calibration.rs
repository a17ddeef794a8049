//! Calibrating to a survey wave, clicked through the real app with egui_kittest: "Calibrate
//! to this wave" shows measured against modelled, "Apply" makes the fitted values the
//! project's assumptions with their source and sets each persona's starting mix, and one
//! Ctrl+Z restores them; a wave without the
//! data says what is missing, and a wave's length is edited in the project's periods.

use cx_workbench::app::WorkbenchApp;
use cx_workbench::engine::calibrate::modelled;
use cx_workbench::model::AssumptionKey;
use cx_workbench::ui::Workspace;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

mod common;
use common::*;

fn metrics(fixture: &Fixture) -> Harness<'static, WorkbenchApp> {
    let path = fixture.copy_of("hotel-group.ron");
    let mut harness = fixture.app(Some(path));
    click_button(&mut harness, "Metrics");
    assert_eq!(harness.state().ui.workspace, Workspace::Metrics);
    harness
}

#[test]
fn calibrate_apply_and_undo() {
    let fixture = Fixture::new();
    let mut harness = metrics(&fixture);
    let original = project(&harness);
    let spring = &original.surveys[0];
    assert_eq!(
        spring.label, "Spring 2026 (March–May)",
        "the wave shown first"
    );

    click_button(&mut harness, "Calibrate to this wave");
    for heading in ["Measured", "Model now", "Calibrated", "Residual"] {
        assert!(has_label(&harness, heading), "{heading}");
    }
    assert!(has_label(&harness, "NPS at the start (points)"));
    assert!(has_label(&harness, "Retention over 3 months (%)"));
    assert!(has_label(&harness, "New customers over 3 months (people)"));
    // Measured: NPS (412 − 121) / 801 = +36.3; retention (13,050 − 1,450) / 13,300 = 87.2 %.
    assert!(has_label(&harness, "+36.3"));
    assert!(has_label(&harness, "87.2 %"));
    assert!(has_label(&harness, "1,450"));
    // The starting mix: every persona's active-loyal share now and calibrated.
    assert!(has_label(&harness, "Active loyal now"));
    assert!(has_label(&harness, "Jade Okafor"));
    assert_eq!(project(&harness), original, "nothing changes before Apply");

    click_button(&mut harness, "Apply");
    let applied = project(&harness);
    assert_ne!(applied.assumptions, original.assumptions);
    for key in [
        AssumptionKey::NegativeMidpoint,
        AssumptionKey::DelightMidpoint,
        AssumptionKey::PassiveSwitching,
        AssumptionKey::BaseAcquisition,
    ] {
        let row = applied.assumption(key).expect("row");
        assert_eq!(
            row.source, "Calibrated to Spring 2026 (March–May)",
            "{key:?}"
        );
        assert!(
            row.low <= row.value && row.value <= row.high,
            "{key:?} in its range"
        );
    }
    let model = modelled(&applied, &applied.surveys[0]).expect("modelled");
    assert!((model.nps.expect("nps") - 36.33).abs() < 0.2, "{model:?}");
    assert!((model.retention.expect("retention") - 11_600.0 / 13_300.0).abs() < 0.001);
    assert!((model.new_customers - 1450.0).abs() < 10.0);
    assert_eq!(applied.surveys, original.surveys);
    let shares = |p: &cx_workbench::model::Project| -> Vec<f64> {
        p.personas
            .iter()
            .map(|p| p.segment.active_loyal_share)
            .collect()
    };
    assert_ne!(
        shares(&applied),
        shares(&original),
        "the starting mix is set"
    );

    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    let undone = project(&harness);
    assert_eq!(
        undone.assumptions, original.assumptions,
        "one undo step restores them"
    );
    assert_eq!(shares(&undone), shares(&original), "and the starting mix");
}

#[test]
fn a_wave_without_data_says_what_is_missing_and_its_length_is_in_periods() {
    let fixture = Fixture::new();
    let mut harness = metrics(&fixture);
    let before = project(&harness).surveys;
    click_button(&mut harness, "+ Add survey wave");
    assert_eq!(project(&harness).surveys.len(), before.len() + 1);
    assert!(has_label(
        &harness,
        "To calibrate, this wave needs the NPS answers (for the NPS at the start) or the customer counts S, E and N with customers at the start (for retention and new customers)."
    ));
    assert!(harness.query_by_label("Calibrate to this wave").is_none());
    assert!(has_label(
        &harness,
        "Not stated: a quarter (3 months) is assumed."
    ));
    harness
        .get_by_role_and_label(Role::SpinButton, "Length")
        .set_value_accesskit(6.0);
    harness.run_steps(3);
    let added = project(&harness)
        .surveys
        .into_iter()
        .find(|w| !before.iter().any(|b| b.id == w.id))
        .expect("the new wave");
    assert_eq!(
        added.length_months,
        Some(6),
        "six months, the project's periods"
    );
    assert!(!has_label(
        &harness,
        "Not stated: a quarter (3 months) is assumed."
    ));
}

#[test]
fn looking_at_values_with_more_decimals_than_a_slider_shows_changes_nothing() {
    let fixture = Fixture::new();
    // A calibrated starting mix (14.52 %), an override of 12.34 % and a reach of 0.5 %: more
    // decimals than their sliders show.
    let path = fixture.copy_edited("hotel-group.ron", |text| {
        text.replace(
            "(key: DelightToActive, value: 0.15)",
            "(key: DelightToActive, value: 0.1234)",
        )
        .replacen(
            "active_loyal_share: 0.7645,",
            "active_loyal_share: 0.1452,",
            1,
        )
    });
    let mut harness = fixture.app(Some(path));
    let before = project(&harness);
    assert_eq!(before.personas[0].segment.active_loyal_share, 0.1452);
    click(&mut harness, Role::Button, "Personas");
    harness.run_steps(5);
    click(&mut harness, Role::Button, "Scenarios");
    click(&mut harness, Role::Button, "All in, cautious");
    click(&mut harness, Role::Button, "Set up");
    harness.run_steps(5);
    let after = project(&harness);
    assert_eq!(after.personas[0].segment.active_loyal_share, 0.1452);
    assert_eq!(
        after.scenarios, before.scenarios,
        "the overrides as they were"
    );
    assert!(after == before, "nothing else changed either");
    assert!(!harness.state().doc.is_dirty(), "no unsaved marker");
}

#[test]
fn the_mix_can_be_kept_as_entered() {
    let fixture = Fixture::new();
    let mut harness = metrics(&fixture);
    let original = project(&harness);
    click(
        &mut harness,
        Role::CheckBox,
        "Keep each persona's starting share of active-loyal customers as entered",
    );
    click_button(&mut harness, "Calibrate to this wave");
    assert!(!has_label(&harness, "Active loyal now"), "no mix to set");
    assert!(
        harness
            .query_by_label_contains("Without initiatives, after calibrating:")
            .is_some()
    );
    click_button(&mut harness, "Apply");
    let applied = project(&harness);
    assert_ne!(applied.assumptions, original.assumptions);
    assert_eq!(applied.personas, original.personas, "the mix as entered");
}

#[test]
fn long_dutch_rows_wrap_instead_of_pushing_the_numbers_out_of_view() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    let size = egui::vec2(1280.0, 800.0);
    let mut harness = fixture.app_sized(Some(path), size);
    harness.state_mut().settings.language = Some(cx_workbench::i18n::Lang::Nl);
    harness.run_steps(3);
    click_button(&mut harness, "Metingen");
    click_button(&mut harness, "Kalibreer op deze meting");
    harness.run_steps(3);
    // The range of the chance of leaving after a negative experience: the table's last
    // column, on its longest row.
    for label in ["20,00 % – 73,00 %", "Verschil", "Toepassen"] {
        let right = harness.get_by_label(label).rect().right();
        assert!(right <= size.x, "{label} ends at {right}, past the window");
    }
}
