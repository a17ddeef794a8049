//! Real workflows clicked through the real app with egui_kittest (no display needed): open a
//! project, edit personas, undo and redo, save and load back, the unsaved-changes dialog,
//! switching language, recovery after a crash, and opening a broken file.

use cx_workbench::app::WorkbenchApp;
use cx_workbench::i18n::Lang;
use cx_workbench::store;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::path::{Path, PathBuf};

mod common;
use common::*;

#[test]
fn first_start_opens_the_embedded_sample() {
    let fixture = Fixture::new();
    let harness = fixture.app(None);
    let app = harness.state();
    let sample = store::embedded_sample().expect("sample");
    assert_eq!(app.doc.project, sample);
    assert!(!app.doc.is_dirty());
    assert!(app.title().contains(&sample.meta.name), "{}", app.title());
}

#[test]
fn add_a_persona_edit_it_undo_redo_save_and_load_it_back() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    let mut harness = fixture.app(Some(path.clone()));
    let personas_before = harness.state().doc.project.personas.len();

    click_button(&mut harness, "Personas");
    click_button(&mut harness, "+ Add persona");
    assert_eq!(
        harness.state().doc.project.personas.len(),
        personas_before + 1
    );
    assert!(harness.state().doc.is_dirty());
    assert!(
        harness.state().title().starts_with("● "),
        "unsaved marker in the title"
    );

    // The new persona's name is selected: typing replaces it.
    harness.run_steps(2);
    harness.event(egui::Event::Text("Zoë Jansen".into()));
    harness.run_steps(2);
    let selected = harness
        .state()
        .ui
        .personas
        .selected
        .clone()
        .expect("selection");
    let persona = |h: &Harness<'_, WorkbenchApp>| {
        h.state()
            .doc
            .project
            .personas
            .iter()
            .find(|p| p.id == selected)
            .cloned()
            .expect("persona")
    };
    assert_eq!(persona(&harness).name, "Zoë Jansen");

    let before = persona(&harness).needs.convenience;
    harness
        .get_by_role_and_label(Role::Slider, "Convenience")
        .set_value_accesskit(4.0);
    harness.run_steps(2);
    assert_eq!(persona(&harness).needs.convenience, 4);
    assert_ne!(before, 4);

    // Undo the need, then the name; redo the name.
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(persona(&harness).needs.convenience, before);
    assert_eq!(persona(&harness).name, "Zoë Jansen");
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_ne!(persona(&harness).name, "Zoë Jansen");
    shortcut(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(persona(&harness).name, "Zoë Jansen");

    // Why her needs weigh so, in her own field under the needs.
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Why these needs")
        .focus();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Why these needs")
        .type_text("She rides every day.");
    harness.run_steps(2);
    assert_eq!(persona(&harness).needs.note, "She rides every day.");

    // Save As into a new file, then read it back.
    let saved = fixture.dir.path().join("saved.ron");
    fixture.dialogs.answer(&saved);
    shortcut(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert!(!harness.state().doc.is_dirty(), "saved");
    assert!(!harness.state().title().starts_with("● "));
    let loaded = store::load(&saved).expect("the saved file loads");
    assert_eq!(loaded.project, harness.state().doc.project);
    assert!(
        loaded
            .project
            .personas
            .iter()
            .any(|p| p.name == "Zoë Jansen" && p.needs.note == "She rides every day.")
    );
    assert_eq!(
        harness.state().settings.recent.first(),
        Some(&std::fs::canonicalize(&saved).expect("path"))
    );
}

#[test]
fn duplicate_delete_and_reorder_are_undoable_steps() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    let mut harness = fixture.app(Some(path));
    click_button(&mut harness, "Personas");
    let names = |h: &Harness<'_, WorkbenchApp>| -> Vec<String> {
        h.state()
            .doc
            .project
            .personas
            .iter()
            .map(|p| p.name.clone())
            .collect()
    };
    let original = names(&harness);

    click_button(&mut harness, "Duplicate");
    let after_duplicate = names(&harness);
    assert_eq!(after_duplicate.len(), original.len() + 1);
    assert_eq!(after_duplicate[1], format!("{} (copy)", original[0]));

    click_button(&mut harness, "⬇");
    assert_eq!(names(&harness)[2], format!("{} (copy)", original[0]));

    click_button(&mut harness, "Delete");
    assert_eq!(names(&harness), original);
    let project = &harness.state().doc.project;
    let ids: Vec<_> = project.personas.iter().map(|p| &p.id).collect();
    assert!(
        project
            .touchpoints
            .iter()
            .all(|t| t.experiences.iter().all(|e| ids.contains(&&e.persona))),
        "no experience points at the deleted persona"
    );

    for _ in 0..3 {
        shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    }
    assert_eq!(names(&harness), original, "three steps back");
    assert!(!harness.state().doc.is_dirty(), "back at the saved state");
}

#[test]
fn the_unsaved_changes_dialog_appears_and_cancel_keeps_the_work() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    let mut harness = fixture.app(Some(path));
    replace_text(&mut harness, "Project name", "Renamed before New");
    assert!(harness.state().doc.is_dirty());

    shortcut(&mut harness, Modifiers::COMMAND, Key::N);
    assert_eq!(harness.state().modal_title(), Some("Save your changes?"));
    click_button(&mut harness, "Cancel");
    assert_eq!(harness.state().modal_title(), None);
    assert_eq!(harness.state().doc.project.meta.name, "Renamed before New");
    assert!(harness.state().doc.is_dirty());

    // Don't save: the new project replaces it, and nothing is written.
    shortcut(&mut harness, Modifiers::COMMAND, Key::N);
    click_button(&mut harness, "Don't save");
    assert_eq!(harness.state().doc.project.meta.name, "Untitled");
    assert!(harness.state().doc.project.personas.is_empty());
    assert!(!harness.state().doc.is_dirty());
}

#[test]
fn switching_language_changes_the_visible_labels() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Overview")
            .is_some()
    );
    harness.get_by_role_and_label(Role::Button, "View").click();
    harness.run_steps(2);
    harness.get_by_label("Language").hover();
    harness.run_steps(2);
    harness.get_by_label("Nederlands").click();
    harness.run_steps(3);
    assert_eq!(harness.state().settings.language, Some(Lang::Nl));
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Overzicht")
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Persona's")
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Overview")
            .is_none()
    );
    assert!(
        harness.query_by_label("Bestand").is_some(),
        "the File menu is Bestand"
    );
}

#[test]
fn a_broken_file_shows_the_error_and_leaves_the_project_as_it_was() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    let before = harness.state().doc.project.clone();
    let broken = fixture.dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(\n    format_version: 1,\n    meta: (name: 42),\n)\n",
    )
    .expect("write");
    fixture.dialogs.answer(&broken);
    shortcut(&mut harness, Modifiers::COMMAND, Key::O);
    assert_eq!(
        harness.state().modal_title(),
        Some("Could not open the file")
    );
    let expected = format!("{}:3:17: meta.name: Expected string", broken.display());
    assert!(
        harness.query_by_label_contains(&expected).is_some(),
        "the dialog names file, line, column and field"
    );
    assert!(
        harness
            .query_by_label_contains("The project you had open is unchanged.")
            .is_some()
    );
    assert_eq!(harness.state().doc.project, before);
    click_button(&mut harness, "OK");
    assert_eq!(harness.state().modal_title(), None);
}

#[test]
fn unsaved_work_survives_a_crash_and_is_offered_on_the_next_start() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    {
        let mut harness = fixture.app(Some(path.clone()));
        replace_text(
            &mut harness,
            "Project name",
            "Edited, then the power went out",
        );
        harness.run_steps(2);
        harness.state_mut().wait_for_recovery_copy();
        // The harness is dropped without saving or quitting: a crash.
    }
    let recoveries = store::find_recoveries(&fixture.recovery_dir());
    assert_eq!(recoveries.len(), 1);

    let mut harness = fixture.app(Some(path.clone()));
    assert_eq!(harness.state().modal_title(), Some("Recover unsaved work?"));
    click_button(&mut harness, "Recover");
    assert_eq!(
        harness.state().doc.project.meta.name,
        "Edited, then the power went out"
    );
    assert!(
        harness.state().doc.is_dirty(),
        "recovered work is unsaved until saved"
    );
    assert_eq!(harness.state().doc.path(), Some(path.as_path()));

    shortcut(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(!harness.state().doc.is_dirty());
    assert!(
        store::find_recoveries(&fixture.recovery_dir()).is_empty(),
        "saving removes the copy"
    );
}

#[test]
fn saving_over_a_file_changed_by_someone_else_asks_first() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    let mut harness = fixture.app(Some(path.clone()));
    replace_text(&mut harness, "Organisation", "Our edit");
    let theirs = std::fs::read_to_string(&path)
        .expect("read")
        .replace("Fietsvonk B.V.", "Their edit B.V.");
    std::fs::write(&path, &theirs).expect("teammate saves");

    shortcut(&mut harness, Modifiers::COMMAND, Key::S);
    assert_eq!(
        harness.state().modal_title(),
        Some("The file was changed by someone else")
    );
    click_button(&mut harness, "Cancel");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        theirs,
        "their file is untouched"
    );

    shortcut(&mut harness, Modifiers::COMMAND, Key::S);
    click_button(&mut harness, "Overwrite");
    assert_eq!(
        store::load(&path).expect("load").project.meta.organisation,
        "Our edit"
    );
}

#[test]
fn the_window_close_button_asks_about_unsaved_changes() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    let mut harness = fixture.app(Some(path));
    replace_text(&mut harness, "Project name", "Unsaved name");
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title(), Some("Save your changes?"));
    click_button(&mut harness, "Cancel");
    assert_eq!(harness.state().doc.project.meta.name, "Unsaved name");
}

#[test]
fn an_imported_picture_is_scaled_and_embedded() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    let picture = fixture.dir.path().join("photo.jpg");
    image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(900, 600, |x, y| {
        image::Rgb([(x / 4) as u8, (y / 3) as u8, 90])
    }))
    .save(&picture)
    .expect("write jpeg");
    let mut harness = fixture.app(Some(path));
    click_button(&mut harness, "Personas");
    fixture.dialogs.answer(&picture);
    click_button(&mut harness, "Import a picture…");
    harness.state().wait_for_picture_import();
    harness.run_steps(2);
    let app = harness.state();
    let id = app.ui.personas.selected.clone().expect("selected");
    let persona = app
        .doc
        .project
        .personas
        .iter()
        .find(|p| p.id == id)
        .expect("persona");
    match &persona.avatar {
        cx_workbench::model::Avatar::Image(image) => {
            assert_eq!((image.width, image.height), (256, 256));
        }
        other => panic!(
            "expected an embedded picture, got {other:?}; toasts {:?}",
            harness.state().toasts.texts()
        ),
    }
    // A file that is not a picture gives an error toast and changes nothing.
    let before = harness.state().doc.project.clone();
    let text = fixture.dir.path().join("notes.jpg");
    std::fs::write(&text, "hello").expect("write");
    fixture.dialogs.answer(&text);
    click_button(&mut harness, "Import a picture…");
    harness.state().wait_for_picture_import();
    harness.run_steps(2);
    assert_eq!(harness.state().doc.project, before);
    assert!(
        harness
            .state()
            .toasts
            .texts()
            .iter()
            .any(|t| t.starts_with("Could not use the picture")),
        "{:?}",
        harness.state().toasts.texts()
    );
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_project_file_on_the_window_opens_it() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    let path = fixture.copy_of("online-shop.ron");
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    harness.run_steps(2);
    assert_eq!(harness.state().doc.path(), Some(path.as_path()));
    assert_eq!(
        harness.state().doc.project,
        store::load(&path).expect("load").project
    );
}

#[test]
fn without_a_system_file_dialog_the_apps_own_chooser_saves_and_opens() {
    use cx_workbench::app::Answer;
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    let mut harness = fixture.app(Some(path));
    replace_text(&mut harness, "Project name", "Chosen in the app");

    fixture.dialogs.push(Answer::Unavailable);
    shortcut(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert_eq!(harness.state().modal_title(), Some("Choose a file"));
    replace_text(&mut harness, "File name", "chosen");
    click_button(&mut harness, "Save");
    let saved = fixture.dir.path().join("chosen.ron");
    assert_eq!(
        store::load(&saved).expect("saved").project.meta.name,
        "Chosen in the app"
    );
    assert_eq!(harness.state().doc.path(), Some(saved.as_path()));

    // Open the other file through the chooser: its folder is listed, click the file, Open.
    fixture.dialogs.push(Answer::Unavailable);
    shortcut(&mut harness, Modifiers::COMMAND, Key::O);
    assert_eq!(harness.state().modal_title(), Some("Choose a file"));
    click_button(&mut harness, "online-shop.ron");
    click_button(&mut harness, "Open");
    assert_eq!(harness.state().modal_title(), None);
    assert_eq!(
        harness.state().doc.project.meta.name,
        "Fietsvonk: klantreis en loyaliteit 2026"
    );

    // Enter in the file name saves, as in a system dialog.
    fixture.dialogs.push(Answer::Unavailable);
    shortcut(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    replace_text(&mut harness, "File name", "entered");
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title(), None);
    let entered = fixture.dir.path().join("entered.ron");
    assert!(entered.exists(), "saved with Enter");
    assert_eq!(harness.state().doc.path(), Some(entered.as_path()));
}

#[test]
fn a_row_added_to_a_list_takes_what_is_typed_next() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_of("hotel-group.ron")));
    click_button(&mut harness, "Personas");
    let before = project(&harness).personas[0].goals.clone();
    click_button(&mut harness, "+ Add a goal");
    harness.run_steps(2);
    harness.event(egui::Event::Text("Sleep late on Sundays".into()));
    harness.run_steps(2);
    let goals = project(&harness).personas[0].goals.clone();
    assert_eq!(goals.len(), before.len() + 1, "{goals:?}");
    assert_eq!(
        goals.last().map(String::as_str),
        Some("Sleep late on Sundays"),
        "the new goal has what was typed"
    );
    assert_eq!(
        goals[..before.len()],
        before[..],
        "the others are as they were"
    );
}
