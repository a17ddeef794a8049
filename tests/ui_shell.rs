//! The shell as a new user meets it: every registered workspace and view renders for both
//! samples in both languages; nothing is lost after a failed open; a drag is one undo step;
//! each workspace and view keeps its own scroll position; a projector-sized window keeps
//! the persona card readable.

mod common;
use common::*;

use cx_workbench::app::WorkbenchApp;
use cx_workbench::i18n::Lang;
use cx_workbench::model::Need;
use cx_workbench::ui::Workspace;
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// How many widgets (labels, buttons, fields…, not containers) the window shows.
fn widgets(harness: &Harness<'_, WorkbenchApp>) -> usize {
    harness
        .root()
        .children_recursive()
        .filter(|n| {
            !matches!(
                n.accesskit_node().role(),
                Role::GenericContainer | Role::Pane | Role::TextRun | Role::Window
            )
        })
        .count()
}

/// Shows `workspace` in `view` (its default view with `None`).
fn show(harness: &mut Harness<'_, WorkbenchApp>, workspace: Workspace, view: Option<&str>) {
    let app = harness.state_mut();
    app.ui.workspace = workspace;
    if let Some(view) = view {
        assert!(app.ui.open_view(workspace, view));
    }
    harness.run_steps(4);
}

#[test]
fn every_workspace_and_view_renders_for_both_samples_in_both_languages() {
    let fixture = Fixture::new();
    for sample in ["hotel-group.ron", "online-shop.ron"] {
        let mut harness = fixture.app(Some(fixture.copy_of(sample)));
        // The menus, the navigation and the status bar alone.
        let chrome = Workspace::ALL.len() + 12;
        for lang in Lang::ALL {
            harness.state_mut().settings.language = Some(lang);
            for (workspace, view) in Workspace::every_view() {
                show(&mut harness, workspace, view);
                let shown = widgets(&harness);
                assert!(
                    shown > chrome + 10,
                    "{sample} {lang:?} {} {view:?}: only {shown} widgets",
                    workspace.name()
                );
                assert!(
                    harness
                        .query_by_role_and_label(Role::Button, workspace.label(lang))
                        .is_some(),
                    "the navigation names the workspace"
                );
            }
        }
    }
}

#[test]
fn a_failed_open_after_dont_save_keeps_the_work_unsaved() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    let mut harness = fixture.app(Some(path));
    click_button(&mut harness, "Personas");
    replace_text(&mut harness, "Name", "Edited before the open");
    assert!(harness.state().doc.is_dirty());

    let broken = fixture.dir.path().join("broken.ron");
    std::fs::write(&broken, "not a project").expect("write");
    fixture.dialogs.answer(&broken);
    shortcut(&mut harness, Modifiers::COMMAND, Key::O);
    click_button(&mut harness, "Don't save");
    assert_eq!(
        harness.state().modal_title(),
        Some("Could not open the file")
    );
    click_button(&mut harness, "OK");

    let app = harness.state();
    assert!(
        app.doc
            .project
            .personas
            .iter()
            .any(|p| p.name == "Edited before the open")
    );
    assert!(
        app.doc.is_dirty(),
        "the work that was kept is still unsaved"
    );
    assert!(app.title().starts_with('●'), "{}", app.title());
    // Quitting now asks, instead of losing the edit.
    shortcut(&mut harness, Modifiers::COMMAND, Key::Q);
    assert_eq!(harness.state().modal_title(), Some("Save your changes?"));
}

#[test]
fn a_slider_drag_is_one_undo_step_even_when_its_last_move_comes_with_the_release() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_of("online-shop.ron")));
    click_button(&mut harness, "Personas");
    let need = |h: &Harness<'_, WorkbenchApp>| {
        let app = h.state();
        let id = app.ui.personas.selected.clone().expect("a persona");
        app.doc
            .project
            .persona(&id)
            .expect("exists")
            .needs
            .get(Need::Convenience)
    };
    let before = need(&harness);
    harness
        .get_by_role_and_label(Role::Slider, "Convenience")
        .scroll_to_me();
    harness.run_steps(30);
    let slider = harness
        .get_by_role_and_label(Role::Slider, "Convenience")
        .rect();
    let at = |x: f32| pos2(x, slider.center().y);
    // Press at the left end: the value jumps there.
    harness.hover_at(at(slider.left() + 2.0));
    harness.drag_at(at(slider.left() + 2.0));
    harness.run_steps(2);
    assert_eq!(need(&harness), 0, "the press moved the slider");
    assert_ne!(before, 0);
    // A move on, then the last move and the release in one frame, as a busy machine
    // delivers them.
    harness.hover_at(at(slider.center().x));
    harness.run_steps(1);
    harness.hover_at(at(slider.right() + 40.0));
    harness.drop_at(at(slider.right() + 40.0));
    harness.run_steps(3);
    assert_eq!(need(&harness), 5);

    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(need(&harness), before, "one undo takes the whole drag back");
    shortcut(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(need(&harness), 5);
}

/// Scrolls the content under `at` by `points` (positive: further down the page).
fn scroll(harness: &mut Harness<'_, WorkbenchApp>, at: Pos2, points: f32) {
    harness.hover_at(at);
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: vec2(0.0, -points),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(40);
}

/// The top of the first widget whose name starts with `text`.
fn top_of(harness: &Harness<'_, WorkbenchApp>, text: &str) -> f32 {
    harness
        .get_all_by_label_contains(text)
        .next()
        .expect(text)
        .rect()
        .top()
}

#[test]
fn each_workspace_and_view_keeps_its_own_scroll_position() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_of("hotel-group.ron")));
    // The first line of the Results tab, inside its scrolling part.
    let results_line = "Uncertainty:";
    let results_at = |h: &Harness<'_, WorkbenchApp>| {
        h.query_all_by_label(results_line)
            .next()
            .map(|n| n.rect().top())
    };

    show(&mut harness, Workspace::Scenarios, Some("results"));
    let results_top = results_at(&harness).expect("the Results tab");
    scroll(&mut harness, pos2(1000.0, 500.0), 700.0);
    let scrolled = results_at(&harness);
    assert!(
        scrolled.is_none_or(|top| top < results_top - 300.0),
        "the results scrolled: {results_top} → {scrolled:?}"
    );

    // The card opens at its top, with the quote in view.
    show(&mut harness, Workspace::Personas, Some("card"));
    let quote = harness.state().doc.project.personas[0].quote.clone();
    let quote_start: String = quote.chars().take(20).collect();
    let quote_top = top_of(&harness, &quote_start);
    assert!(quote_top > 0.0 && quote_top < 600.0, "quote at {quote_top}");
    // The editor of the same persona opens at its top too.
    show(&mut harness, Workspace::Personas, Some("edit"));
    let name_top = harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .rect()
        .top();
    assert!(name_top < 400.0, "name field at {name_top}");
    // The Set up tab of the scenario opens at its top.
    show(&mut harness, Workspace::Scenarios, Some("setup"));
    let name_top = harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .rect()
        .top();
    assert!(name_top < 400.0, "name field at {name_top}");

    // And the Results tab is where it was left.
    show(&mut harness, Workspace::Scenarios, Some("results"));
    assert_eq!(
        results_at(&harness),
        scrolled,
        "the Results tab kept its place"
    );
}

#[test]
fn a_projector_sized_window_keeps_the_persona_card_readable() {
    let fixture = Fixture::new();
    let mut harness = fixture.app_sized(
        Some(fixture.copy_of("hotel-group.ron")),
        vec2(1280.0, 720.0),
    );
    // Ctrl + three times.
    harness.state_mut().settings.zoom = 1.0;
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run_steps(2);
    }
    harness.run_steps(3);
    assert!(
        harness.ctx.zoom_factor() > 1.25,
        "zoomed in: {}",
        harness.ctx.zoom_factor()
    );
    show(&mut harness, Workspace::Personas, Some("card"));

    let quote = harness.state().doc.project.personas[0].quote.clone();
    let quote_start: String = quote.chars().take(20).collect();
    let quote_rect = harness
        .get_all_by_label_contains(&quote_start)
        .next()
        .expect("the quote")
        .rect();
    assert!(
        quote_rect.width() >= 380.0,
        "the quote is {} points wide: squeezed",
        quote_rect.width()
    );
    // The navigation folded into tabs and the list into a strip that says what it opens.
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Show the list: Personas")
            .is_some()
    );
    click_button(&mut harness, "Show the list: Personas");
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Hide the list: Personas")
            .is_some()
    );
}
