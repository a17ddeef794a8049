//! The first hour: the welcome screen at first start and on File → New (a template from its
//! card, the sample, empty), turned off and brought back by Help → Welcome; and the Overview's
//! next steps, each a link to where it is done.

mod common;

use common::{Fixture, WINDOW, click, click_button, has_label, project};
use cx_workbench::app::{AppConfig, WorkbenchApp};
use cx_workbench::ui::Workspace;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;

/// The app as on a first start: no file given, nothing opened before, the welcome screen on.
fn first_start(fixture: &Fixture) -> Harness<'static, WorkbenchApp> {
    let mut config = AppConfig::for_tests(Some(fixture.recovery_dir()), fixture.dialogs.clone());
    config.welcome = true;
    let mut harness = Harness::builder()
        .with_size(WINDOW)
        .build_eframe(move |cc| WorkbenchApp::new(cc, config));
    harness.run_steps(3);
    harness
}

#[test]
fn the_first_start_offers_templates_and_one_becomes_the_project() {
    let fixture = Fixture::new();
    let mut harness = first_start(&fixture);
    assert_eq!(harness.state().modal_title(), Some("Start a project"));
    for title in [
        "The sample: a hotel group",
        "Bike repair shop",
        "Insurer",
        "Café chain",
    ] {
        assert!(has_label(&harness, title), "{title}");
    }
    assert!(has_label(
        &harness,
        "4 personas · 6 stages · 20 touchpoints · 8 slides"
    ));
    // In Dutch: the cards follow the content language.
    click(&mut harness, Role::RadioButton, "Nederlands");
    assert!(has_label(&harness, "Fietsenmaker"));
    click_button(&mut harness, "Fietsenmaker");
    assert_eq!(harness.state().modal_title(), None);
    let p = project(&harness);
    assert_eq!(p.meta.language, cx_workbench::i18n::Lang::Nl);
    assert_eq!(p.touchpoints.len(), 20);
    assert!(
        harness.state().doc.path().is_none(),
        "a new project, not yet saved"
    );
    assert!(cx_workbench::model::validate(&p).is_empty());
}

#[test]
fn file_new_shows_it_and_it_can_be_turned_off_and_brought_back() {
    let fixture = Fixture::new();
    let mut harness = first_start(&fixture);
    click_button(&mut harness, "Empty project");
    assert!(project(&harness).personas.is_empty());

    // File → New shows it again; turned off, File → New starts empty at once.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title(), Some("Start a project"));
    click(
        &mut harness,
        Role::CheckBox,
        "Show this at start and on File › New (Help › Welcome always does)",
    );
    assert!(!harness.state().settings.welcome);
    click_button(&mut harness, "Close");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_steps(3);
    assert_eq!(
        harness.state().modal_title(),
        None,
        "off: no welcome screen"
    );

    // Help → Welcome brings it back; the sample from its card.
    click_button(&mut harness, "Help");
    click_button(&mut harness, "Welcome… ");
    assert_eq!(harness.state().modal_title(), Some("Start a project"));
    click_button(&mut harness, "The sample: a hotel group");
    assert_eq!(project(&harness).personas.len(), 5);
}

#[test]
fn next_steps_tick_what_is_done_and_lead_to_where_the_rest_is_done() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_steps(3);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run_steps(3);
    assert!(has_label(&harness, "Next steps: 0 of 7 done"));
    click(
        &mut harness,
        Role::Link,
        "Score every persona on the journey's touchpoints",
    );
    assert_eq!(harness.state().ui.workspace, Workspace::Journey);

    // A template has done everything but the survey wave.
    let template = cx_workbench::store::templates::Template::named("insurer")
        .expect("template")
        .project(cx_workbench::i18n::Lang::En)
        .expect("reads");
    *harness.state_mut().project_mut() = template;
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run_steps(3);
    assert!(has_label(&harness, "Next steps: 6 of 7 done"));
}
