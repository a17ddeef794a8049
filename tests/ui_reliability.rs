//! The app never loses a team's work: recovery copies follow the last burst of typing, belong
//! to one window and to the absolute file, a recovered project is saved only after the
//! changed-on-disk check, a read-only file is not replaced, and a bad file on the command line
//! does not hide the recovery offer.

mod common;
mod pictures;

use common::*;
use cx_workbench::model::Avatar;
use cx_workbench::store;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use std::fs;
use std::path::{Path, PathBuf};

/// `path` (absolute) as a path relative to the working folder, as typed on a command line.
fn relative_to_working_folder(path: &Path) -> PathBuf {
    let here = std::env::current_dir().expect("working folder");
    let mut relative = PathBuf::new();
    for _ in here.components().skip(1) {
        relative.push("..");
    }
    relative.join(path.strip_prefix("/").unwrap_or(path))
}

/// Copies `sample` into the subfolder `folder` of the fixture.
fn copy_into(fixture: &Fixture, folder: &str, sample: &str) -> PathBuf {
    let dir = fixture.dir.path().join(folder);
    fs::create_dir_all(&dir).expect("folder");
    let to = dir.join(sample);
    fs::copy(sample_path(sample), &to).expect("copy");
    to
}

#[test]
fn recovered_work_goes_back_to_its_own_file_and_only_after_the_changed_on_disk_check() {
    let fixture = Fixture::new();
    let ours = copy_into(&fixture, "a", "hotel-group.ron");
    let other = copy_into(&fixture, "b", "hotel-group.ron");
    {
        // Opened with a relative path, as from a terminal in another folder.
        let mut harness = fixture.app(Some(relative_to_working_folder(&ours)));
        replace_text(&mut harness, "Project name", "Our unsaved work");
        harness.run_steps(2);
        harness.state_mut().wait_for_recovery_copy();
    }
    let found = store::find_recoveries(&fixture.recovery_dir());
    assert_eq!(found.len(), 1);
    let original = found[0].original.clone().expect("names its file");
    assert!(original.is_absolute(), "{}", original.display());
    assert_eq!(original, fs::canonicalize(&ours).expect("exists"));

    // Meanwhile a teammate changed our file.
    let theirs = fs::read_to_string(&ours)
        .expect("read")
        .replace("Kitchen garden", "Their kitchen garden");
    fs::write(&ours, &theirs).expect("teammate saves");
    let other_before = fs::read(&other).expect("read");

    let mut harness = fixture.app(Some(other.clone()));
    assert_eq!(harness.state().modal_title(), Some("Recover unsaved work?"));
    assert!(
        has_label(&harness, &original.display().to_string()),
        "the dialog shows the full path"
    );
    click_button(&mut harness, "Recover");
    assert_eq!(harness.state().doc.path(), Some(original.as_path()));
    shortcut(&mut harness, Modifiers::COMMAND, Key::S);
    assert_eq!(
        harness.state().modal_title(),
        Some("The file was changed by someone else")
    );
    click_button(&mut harness, "Cancel");
    assert_eq!(fs::read_to_string(&ours).expect("read"), theirs);
    assert_eq!(
        fs::read(&other).expect("read"),
        other_before,
        "never touched"
    );
}

#[test]
fn the_recovery_copy_holds_the_end_of_a_burst_of_typing() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    {
        let mut harness = fixture.app(Some(path));
        replace_text(&mut harness, "Project name", "First");
        harness.state_mut().wait_for_recovery_copy();
        // Typing on without a pause: one undo step, but the copy must follow.
        for word in [" words", " and", " the", " rest"] {
            harness
                .get_by_role_and_label(Role::TextInput, "Project name")
                .type_text(word);
            harness.run_steps(1);
        }
        // The next copy is due a few seconds later (each step is a quarter second).
        harness.run_steps(24);
        harness.state_mut().wait_for_recovery_copy();
    }
    let found = store::find_recoveries(&fixture.recovery_dir());
    assert_eq!(found.len(), 1);
    let project = store::read_recovery(&found[0]).expect("reads");
    assert_eq!(project.meta.name, "First words and the rest");
}

#[test]
fn two_windows_on_one_file_keep_two_recovery_copies() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    let mut first = fixture.app(Some(path.clone()));
    let mut second = fixture.app(Some(path.clone()));
    replace_text(&mut first, "Organisation", "Window A");
    replace_text(&mut second, "Organisation", "Window B");
    first.state_mut().wait_for_recovery_copy();
    second.state_mut().wait_for_recovery_copy();
    assert_eq!(store::find_recoveries(&fixture.recovery_dir()).len(), 2);

    shortcut(&mut first, Modifiers::COMMAND, Key::S);
    assert!(!first.state().doc.is_dirty());
    drop(second); // the second window crashes
    let found = store::find_recoveries(&fixture.recovery_dir());
    assert_eq!(found.len(), 1, "the second window's copy is still there");
    let project = store::read_recovery(&found[0]).expect("reads");
    assert_eq!(project.meta.organisation, "Window B");
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_not_replaced_and_save_as_is_offered() {
    use std::os::unix::fs::PermissionsExt;
    let fixture = Fixture::new();
    let path = fixture.copy_of("online-shop.ron");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = fs::read(&path).expect("read");
    let mut harness = fixture.app(Some(path.clone()));
    replace_text(&mut harness, "Organisation", "Our edit");
    shortcut(&mut harness, Modifiers::COMMAND, Key::S);
    assert_eq!(harness.state().modal_title(), Some("The file is read-only"));
    assert_eq!(fs::read(&path).expect("read"), before);
    assert!(!store::backup_path(&path).exists());

    let elsewhere = fixture.dir.path().join("our-copy.ron");
    fixture.dialogs.answer(&elsewhere);
    click_button(&mut harness, "Save As…");
    assert_eq!(harness.state().modal_title(), None);
    assert!(!harness.state().doc.is_dirty());
    let saved = store::load(&elsewhere).expect("saved there");
    assert_eq!(saved.project.meta.organisation, "Our edit");
}

#[test]
fn a_bad_file_on_the_command_line_still_lets_recovery_be_offered() {
    let fixture = Fixture::new();
    let slot = store::RecoverySlot::new(&fixture.recovery_dir());
    let mut project = store::embedded_sample().expect("sample");
    project.meta.name = "Work from before the crash".into();
    slot.write(None, None, &project).expect("copy");
    let broken = fixture.dir.path().join("broken.ron");
    fs::write(&broken, "(format_version: 1, meta: (").expect("write");

    let mut harness = fixture.app(Some(broken));
    assert_eq!(
        harness.state().modal_title(),
        Some("Could not open the file")
    );
    click_button(&mut harness, "OK");
    assert_eq!(harness.state().modal_title(), Some("Recover unsaved work?"));
    click_button(&mut harness, "Recover");
    assert_eq!(
        harness.state().doc.project.meta.name,
        "Work from before the crash"
    );
}

#[test]
fn an_absurd_number_of_uncertainty_runs_is_capped_not_allocated() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    harness.state_mut().project_mut().settings.monte_carlo_runs = u32::MAX;
    click_button(&mut harness, "Scenarios");
    click_button(&mut harness, "Results");
    // The bound the validation names, not the file's 4,294,967,295.
    click_button(&mut harness, "Run the uncertainty bands (100,000 × 6)");
    click_button(&mut harness, "Cancel");
    assert!(
        harness
            .state()
            .problems()
            .iter()
            .any(|p| p.path == "settings.monte_carlo_runs"),
        "the value is still reported"
    );
}

#[test]
fn a_huge_picture_and_a_picture_bomb_show_the_personas() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    harness.state_mut().project_mut().personas[0].avatar =
        Avatar::Image(pictures::embedded(&pictures::wide_png(9_000, 20), 256));
    harness.state_mut().project_mut().personas[1].avatar =
        Avatar::Image(pictures::embedded(&pictures::bomb_png(60_000), 256));
    click_button(&mut harness, "Personas");
    // A texture wider than the graphics card takes (8,192 pixels; 2,048 in the test harness)
    // would end the app here.
    harness.run_steps(3);
    assert!(has_label(
        &harness,
        &harness.state().doc.project.personas[0].name.clone()
    ));
}

#[test]
fn a_file_with_a_value_that_is_not_a_number_opens_without_unsaved_changes() {
    let fixture = Fixture::new();
    let path = fixture.copy_edited("online-shop.ron", |text| {
        let at = text.find("score: ").expect("a score");
        let end = at + text[at..].find(',').expect("its end");
        format!("{}score: NaN{}", &text[..at], &text[end..])
    });
    let mut harness = fixture.app(Some(path));
    assert!(
        harness
            .state()
            .problems()
            .iter()
            .any(|p| p.kind == cx_workbench::model::ProblemKind::NotFinite),
        "the file holds a NaN"
    );
    click_button(&mut harness, "Personas");
    harness.run_steps(10);
    assert!(!harness.state().doc.is_dirty(), "nothing was changed");
    assert!(
        !harness.state().title().starts_with('●'),
        "{}",
        harness.state().title()
    );
}

#[test]
fn a_very_long_description_shows_its_first_part_until_asked_for_all() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    let long = "A long story about the guests. ".repeat(4_000);
    harness.state_mut().project_mut().meta.description = long.clone();
    click_button(&mut harness, "Overview");
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "Description")
            .is_none(),
        "not laid out as a field"
    );
    assert!(
        harness
            .query_by_label_contains("A long story about the guests.")
            .is_some()
    );
    click_button(&mut harness, "Show all of the text (0.1 MB) to edit it");
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "Description")
            .is_some(),
        "shown in full on demand"
    );
    assert_eq!(harness.state().doc.project.meta.description, long);
}

#[test]
fn thousands_of_problems_are_summarised_and_only_the_rows_in_view_are_drawn() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    let project = harness.state_mut().project_mut();
    for persona in &mut project.personas {
        persona.segment.customers = u64::MAX;
    }
    let template = project.touchpoints[0].clone();
    for n in 0..3_000 {
        let mut touchpoint = template.clone();
        touchpoint.name = String::new();
        touchpoint.id = cx_workbench::model::Id(format!("t-empty-{n}"));
        project.touchpoints.push(touchpoint);
    }
    click_button(&mut harness, "Overview");
    harness.run_steps(2);
    let count = harness.state().problems().len();
    assert!(count > 3_000, "{count}");
    assert!(has_label(
        &harness,
        &format!("{} problems:", grouped(count))
    ));
    assert!(has_label(&harness, "3,000 × empty text"));
    let links = harness.query_all_by_role(Role::Link).count();
    assert!(links < 100, "{links} problem links laid out");
}

/// `n` with thousands separators, as the app writes it in English.
fn grouped(n: usize) -> String {
    cx_workbench::i18n::numbers::grouped(n as f64, 0, cx_workbench::i18n::Lang::En)
}

#[test]
fn importing_a_picture_bomb_says_why_and_changes_nothing() {
    let fixture = Fixture::new();
    let bomb = fixture.dir.path().join("bomb.png");
    fs::write(&bomb, pictures::bomb_png(60_000)).expect("write");
    let mut harness = fixture.app(None);
    click_button(&mut harness, "Personas");
    let before = project(&harness);
    fixture.dialogs.answer(&bomb);
    click_button(&mut harness, "Import a picture…");
    harness.state().wait_for_picture_import();
    harness.run_steps(2);
    assert_eq!(project(&harness), before);
    let toasts = harness.state().toasts.texts();
    assert!(
        toasts.iter().any(|t| t.contains("60000 × 60000 pixels")),
        "{toasts:?}"
    );
}

#[cfg(unix)]
#[test]
fn opening_a_pipe_says_it_is_not_a_file_and_keeps_the_project() {
    let fixture = Fixture::new();
    let fifo = fixture.dir.path().join("pipe.ron");
    let name = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).expect("no NUL");
    // SAFETY: a valid C string; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0);
    let mut harness = fixture.app(None);
    let before = project(&harness);
    fixture.dialogs.answer(&fifo);
    shortcut(&mut harness, Modifiers::COMMAND, Key::O);
    assert_eq!(
        harness.state().modal_title(),
        Some("Could not open the file")
    );
    assert!(
        harness
            .query_by_label_contains("not a regular file")
            .is_some()
    );
    assert_eq!(project(&harness), before);
}

#[test]
fn a_very_long_bio_shows_its_first_part_on_the_card() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    let long = "Loves long walks in the kitchen garden. ".repeat(2_000) + "THE END";
    harness.state_mut().project_mut().personas[0].bio = long;
    click_button(&mut harness, "Personas");
    click_button(&mut harness, "Card");
    assert!(
        harness
            .query_by_label_contains("Loves long walks in the kitchen garden.")
            .is_some()
    );
    assert!(
        harness.query_by_label_contains("THE END").is_none(),
        "only the first part is laid out"
    );
}

#[test]
fn a_pasted_soft_line_break_or_escape_never_reaches_a_name() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_of("hotel-group.ron")));
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Project name")
        .focus();
    harness.run_steps(1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.event(egui::Event::Paste(
        "Hedgerow\u{b}Hotels\u{1b}[31m\u{0}".into(),
    ));
    harness.run_steps(2);
    assert_eq!(harness.state().doc.project.meta.name, "Hedgerow Hotels[31m");
    assert!(cx_workbench::model::validate(&harness.state().doc.project).is_empty());
}

#[test]
fn a_text_of_megabytes_is_read_page_by_page_or_cut_never_put_in_a_field() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    let huge = "Guests wrote this. ".repeat(160_000); // about 3 MB
    harness.state_mut().project_mut().meta.description = huge.clone();
    click_button(&mut harness, "Overview");
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "Description")
            .is_none(),
        "never laid out as a field"
    );
    assert!(
        harness
            .query_by_label_contains("too long to edit here: page 1 of 152")
            .is_some()
    );
    click_button(&mut harness, "Next page");
    assert!(harness.query_by_label_contains("page 2 of 152").is_some());
    assert_eq!(
        harness.state().doc.project.meta.description,
        huge,
        "reading changes nothing"
    );
    click_button(&mut harness, "Keep only its first part, to edit it");
    let kept = harness.state().doc.project.meta.description.clone();
    assert!(
        huge.starts_with(&kept) && kept.len() < 40_000,
        "{}",
        kept.len()
    );
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().doc.project.meta.description,
        huge,
        "one undo step"
    );
}
