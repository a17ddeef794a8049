//! Plots in the app, clicked through with egui_kittest: "copy picture" leaves the buttons in
//! place and confirms at once, "SVG…" opens the chooser without waiting for the mouse and
//! saves a print-size SVG, and at projector size (1280×720, zoomed in) plots keep a readable
//! width by flowing under each other.

mod common;

use common::{Fixture, WINDOW, click_button};
use cx_workbench::app::{Answer, WorkbenchApp};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The app on a copy of the hotel sample in a window of `size` at `zoom`, on the Results tab.
fn results(fixture: &Fixture, size: egui::Vec2, zoom: f32) -> Harness<'static, WorkbenchApp> {
    let mut harness = fixture.app_sized(Some(fixture.copy_of("hotel-group.ron")), size);
    harness.ctx.set_zoom_factor(zoom);
    harness.run_steps(3);
    click_button(&mut harness, "Scenarios");
    click_button(&mut harness, "Results");
    harness
}

#[test]
fn copying_a_picture_keeps_the_buttons_and_confirms_at_once() {
    let fixture = Fixture::new();
    let mut harness = results(&fixture, WINDOW, 1.0);
    let buttons = |h: &Harness<'_, WorkbenchApp>, label| {
        h.get_all_by_role_and_label(Role::Button, label).count()
    };
    let before = buttons(&harness, "Copy picture");
    assert!(before >= 4, "a copy button per plot, got {before}");
    harness
        .get_all_by_role_and_label(Role::Button, "Copy picture")
        .next()
        .expect("a copy-picture button")
        .click();
    // No mouse move, no capture frame: two steps and everything is back.
    harness.run_steps(2);
    assert_eq!(buttons(&harness, "Copy picture"), before);
    assert_eq!(buttons(&harness, "Save picture"), before);
    assert_eq!(buttons(&harness, "Copy the numbers (CSV)"), before);
    let texts = harness.state().toasts.texts();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Copied a picture of “Active-loyal customers")),
        "a confirmation, got {texts:?}"
    );
}

#[test]
fn saving_an_svg_opens_the_chooser_at_once_and_writes_print_size() {
    let fixture = Fixture::new();
    // No system dialog: the app's own chooser must show without waiting for input.
    fixture.dialogs.push(Answer::Unavailable);
    let mut harness = results(&fixture, WINDOW, 1.0);
    harness
        .get_all_by_role_and_label(Role::Button, "Save picture")
        .next()
        .expect("a save-picture menu")
        .click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "Save as SVG…")
        .click_accesskit();
    // The click is an action run at the end of its frame; the chooser is laid out in the next
    // (which the app asks for at once) and shown in the one after.
    harness.run_steps(3);
    assert!(
        harness.state().modal_title().is_some(),
        "the chooser is open"
    );
    // It suggests the plot's name in the project's folder; saving writes a print-size SVG.
    harness
        .get_all_by_role_and_label(Role::Button, "Save")
        .last()
        .expect("the chooser's Save button")
        .click();
    harness.run_steps(2);
    let svg = fixture
        .dir
        .path()
        .join("active-loyal-customers-per-scenario-against-today.svg");
    let text = std::fs::read_to_string(&svg).unwrap_or_else(|e| {
        panic!(
            "an SVG at {}: {e}; toasts {:?}",
            svg.display(),
            harness.state().toasts.texts()
        )
    });
    assert!(text.contains(r#"width="1600" height="1000""#), "print size");
    assert!(text.contains("Active-loyal customers per scenario against Today"));
    assert_eq!(harness.state().modal_title(), None);
}

#[test]
fn at_projector_size_plots_flow_under_each_other_at_a_readable_width() {
    let fixture = Fixture::new();
    let harness = results(&fixture, egui::vec2(1280.0, 720.0), 1.7);
    assert_eq!(harness.ctx.zoom_factor(), 1.7);
    for title in [
        "Active-loyal customers per scenario against Today",
        "Cumulative contribution after initiative costs (present value) against Today",
        "Lifetime value of a new customer, per persona",
    ] {
        let left = harness.get_by_label(title).rect().min.x;
        let csv = harness
            .get_all_by_role_and_label(Role::Button, "Copy the numbers (CSV)")
            .map(|b| b.rect().max.x)
            .fold(f32::NEG_INFINITY, f32::max);
        // Node rects are in points.
        let width = csv - left;
        assert!(width >= 420.0, "{title}: {width} points wide");
    }
    let csv: Vec<f32> = harness
        .get_all_by_role_and_label(Role::Button, "Copy the numbers (CSV)")
        .map(|b| b.rect().max.x)
        .collect();
    let spread = csv.iter().fold(0.0f32, |m, x| m.max((x - csv[0]).abs()));
    assert!(spread < 2.0, "every plot takes the whole width: {csv:?}");
}

#[test]
fn copying_the_numbers_puts_the_csv_on_the_clipboard_and_says_so() {
    let fixture = Fixture::new();
    let mut harness = results(&fixture, WINDOW, 1.0);
    harness
        .get_all_by_role_and_label(Role::Button, "Copy the numbers (CSV)")
        .next()
        .expect("a copy-numbers button")
        .click();
    harness.step();
    let copied: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert!(
        copied
            .iter()
            .any(|text| text.starts_with("Time (months from today),Today,Booking first vs. Today,")),
        "the plot's CSV on the clipboard, got {copied:?}"
    );
    harness.run_steps(1);
    let texts = harness.state().toasts.texts();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Copied the numbers of “Active-loyal customers")),
        "a confirmation, got {texts:?}"
    );
}
