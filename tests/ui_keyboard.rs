//! The whole app by keyboard: a two-person bike repair shop built from an empty project with
//! key presses only (Tab, Shift+Tab, Enter, Space, typing, Ctrl+1 … Ctrl+9, Ctrl+S): two
//! personas, a stage, two touchpoints scored for both, an initiative, a scenario that carries
//! it out, and a slide; then the saved file is read back.

mod common;

use common::{Fixture, project};
use cx_workbench::app::WorkbenchApp;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

type App<'a> = Harness<'a, WorkbenchApp>;

fn press(h: &mut App<'_>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run_steps(3);
}

fn typed(h: &mut App<'_>, text: &str) {
    h.event(Event::Text(text.into()));
    h.run_steps(2);
}

/// The focused widget's role and label, as a screen reader would say it.
fn focused(h: &App<'_>) -> Option<(Role, String)> {
    h.query_all_by(|n| n.is_focused()).next().map(|n| {
        let node = n.accesskit_node();
        (node.role(), node.label().unwrap_or_default())
    })
}

/// Presses Tab (or Shift+Tab) until the focused widget is the `role` named `label`, as a
/// person moves the visible focus; fails after a few hundred presses.
fn tab_to(h: &mut App<'_>, role: Role, label: &str) {
    let mut seen = Vec::new();
    for _ in 0..400 {
        seen.push(focused(h));
        if let Some((r, l)) = focused(h)
            && r == role
            && l == label
        {
            return;
        }
        press(h, Modifiers::NONE, Key::Tab);
    }
    seen.dedup();
    panic!("Tab never reached the {role:?} {label:?}; focus went over {seen:?}");
}

/// Tabs to the button and presses Enter.
fn activate(h: &mut App<'_>, label: &str) {
    tab_to(h, Role::Button, label);
    press(h, Modifiers::NONE, Key::Enter);
}

#[test]
fn a_bike_repair_shop_built_with_the_keyboard_alone() {
    let fixture = Fixture::new();
    let mut h = fixture.app(None);
    let ctrl = Modifiers::COMMAND;

    // An empty project (the welcome screen is off in tests: File → New starts empty).
    press(&mut h, ctrl, Key::N);
    assert!(project(&h).personas.is_empty());

    // Two personas: Ctrl+2 is the second workspace.
    press(&mut h, ctrl, Key::Num2);
    for name in ["Anna de Vries", "Bram Smit"] {
        activate(&mut h, "+ Add persona");
        // The new persona's name is selected: typing replaces it.
        typed(&mut h, name);
    }
    let names: Vec<String> = project(&h)
        .personas
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names, ["Anna de Vries", "Bram Smit"]);

    // The journey: a stage of our own, and two touchpoints in it.
    press(&mut h, ctrl, Key::Num3);
    activate(&mut h, "+ Stage");
    typed(&mut h, "Repair");
    let stage = project(&h)
        .stages
        .iter()
        .find(|s| s.name == "Repair")
        .map(|s| s.id.clone())
        .expect("the new stage");
    // The stage's editor adds the first; the map's button under the stage the second.
    activate(&mut h, "+ Touchpoint in this stage");
    typed(&mut h, "Booking a repair");
    activate(&mut h, "Add a touchpoint to Repair");
    typed(&mut h, "Collecting the bike");
    let in_stage: Vec<String> = project(&h)
        .touchpoints
        .iter()
        .filter(|t| t.stage == stage)
        .map(|t| t.name.clone())
        .collect();
    assert_eq!(in_stage, ["Booking a repair", "Collecting the bike"]);

    // Score them in the grid: Enter on the first cell, then type a score and Tab to the next
    // cell (at the end of a row, the next row's first).
    activate(&mut h, "Scoring grid");
    activate(&mut h, "Booking a repair · Anna de Vries");
    for score in ["2", "-1", "3", "1"] {
        typed(&mut h, score);
        press(&mut h, Modifiers::NONE, Key::Tab);
    }

    // An initiative, a scenario carrying it out, a slide.
    press(&mut h, ctrl, Key::Num7);
    activate(&mut h, "+ Add initiative");
    typed(&mut h, "Text when the bike is ready");
    press(&mut h, ctrl, Key::Num8);
    activate(&mut h, "+ Add scenario");
    typed(&mut h, "Ready on time");
    tab_to(&mut h, Role::CheckBox, "Text when the bike is ready");
    press(&mut h, Modifiers::NONE, Key::Space);
    press(&mut h, ctrl, Key::Num9);
    activate(&mut h, "+ Add slide");
    typed(&mut h, "Where we start");

    // Save: Ctrl+S asks where (the dialog's answer), then the file is read back.
    let file = fixture.dir.path().join("bike-shop.ron");
    fixture.dialogs.answer(&file);
    press(&mut h, ctrl, Key::S);
    let saved = cx_workbench::store::load(&file).expect("saved").project;
    assert_eq!(saved.personas.len(), 2);
    let scored: Vec<_> = saved
        .touchpoints
        .iter()
        .filter(|t| t.experiences.len() == 2)
        .collect();
    assert_eq!(scored.len(), 2, "two touchpoints scored for both personas");
    // Typed row by row: Tab at a row's end goes on to the next row.
    let scores: Vec<f64> = scored
        .iter()
        .flat_map(|t| t.experiences.iter().map(|e| e.score))
        .collect();
    assert_eq!(scores, [2.0, -1.0, 3.0, 1.0]);
    assert_eq!(saved.initiatives.len(), 1);
    assert_eq!(saved.initiatives[0].name, "Text when the bike is ready");
    assert_eq!(saved.scenarios.len(), 1);
    assert_eq!(saved.scenarios[0].name, "Ready on time");
    assert_eq!(
        saved.scenarios[0].initiatives,
        vec![saved.initiatives[0].id.clone()]
    );
    assert_eq!(saved.slides.len(), 1);
    assert_eq!(saved.slides[0].title, "Where we start");
}
