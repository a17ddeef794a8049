//! Teamwork in the app: a merged file with conflicts opens with the Resolve panel, each choice
//! is one undo step and the last one leaves the file clean; File → Compare with… lists what
//! changed since the version on disk, each change a link to its item.

mod common;

use common::{Fixture, click, click_button, has_label, project};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// Clicks the first button named `label` (each conflict has its own row of them).
fn click_first(harness: &mut Harness<'_, cx_workbench::app::WorkbenchApp>, label: &str) {
    harness
        .get_all_by_role_and_label(Role::Button, label)
        .next()
        .expect("a button")
        .click();
    harness.run_steps(3);
}
use cx_workbench::model::merge::merge;
use cx_workbench::store;
use egui::{Key, Modifiers};

/// A copy of the hotel sample merged from two versions that changed one persona's name and
/// a slide title differently: two conflicts.
fn conflicted(fixture: &Fixture) -> std::path::PathBuf {
    let path = fixture.copy_of("hotel-group.ron");
    let base = store::load(&path).expect("sample").project;
    let mut ours = base.clone();
    ours.personas[0].name = "Margaret (ours)".into();
    ours.slides[0].title = "Our title".into();
    let mut theirs = base.clone();
    theirs.personas[0].name = "Margaret (theirs)".into();
    theirs.slides[0].title = "Their title".into();
    let merged = merge(Some(&base), &ours, &theirs).expect("merge").project;
    assert_eq!(merged.conflicts.len(), 2);
    store::save(&path, &merged).expect("save");
    path
}

#[test]
fn a_file_with_conflicts_opens_with_the_resolve_panel_and_each_choice_is_one_undo_step() {
    let fixture = Fixture::new();
    let path = conflicted(&fixture);
    let mut harness = fixture.app(Some(path.clone()));
    assert!(has_label(&harness, "Resolve conflicts"));
    assert!(
        has_label(&harness, "Persona “Margaret (ours)”: name"),
        "the place, in words"
    );
    assert!(has_label(&harness, "“Margaret (theirs)”"));
    assert!(
        has_label(&harness, "No problems"),
        "the status bar counts conflicts once, as to resolve, not again as problems"
    );

    click_first(&mut harness, "Take the other side's");
    let after = project(&harness);
    assert_eq!(after.personas[0].name, "Margaret (theirs)");
    assert_eq!(after.conflicts.len(), 1);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(3);
    let undone = project(&harness);
    assert_eq!(undone.personas[0].name, "Margaret (ours)");
    assert_eq!(undone.conflicts.len(), 2, "undo brings the conflict back");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run_steps(3);

    // The other: keep this side's value.
    click_first(&mut harness, "Keep this side's");
    let done = project(&harness);
    assert!(done.conflicts.is_empty());
    assert_eq!(done.slides[0].title, "Our title");
    assert!(
        !has_label(&harness, "Resolve conflicts"),
        "the panel goes with the last one"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(3);
    let saved = store::load(&path).expect("saved").project;
    assert!(saved.conflicts.is_empty());
    assert!(
        cx_workbench::model::validate(&saved).is_empty(),
        "the file is clean"
    );
}

/// The hotel sample with a touchpoint added under one id on each side, named differently.
fn added_on_both_sides(
    fixture: &Fixture,
) -> (
    std::path::PathBuf,
    cx_workbench::model::Project,
    cx_workbench::model::Project,
    cx_workbench::model::Project,
) {
    use cx_workbench::model::{Id, Touchpoint};
    let path = fixture.copy_of("hotel-group.ron");
    let base = store::load(&path).expect("sample").project;
    let added = |name: &str| Touchpoint {
        id: Id::from("tp-new-touchpoint"),
        name: name.into(),
        stage: base.stages[0].id.clone(),
        ..Touchpoint::default()
    };
    let mut ours = base.clone();
    ours.touchpoints.push(added("Ask the concierge"));
    let mut theirs = base.clone();
    theirs.touchpoints.push(added("Late check-out"));
    (path, base, ours, theirs)
}

#[test]
fn a_deleted_persona_takes_its_scores_and_two_touchpoints_added_at_once_are_both_kept() {
    use cx_workbench::model::edit::{self, ListEdit, ListKind};
    let fixture = Fixture::new();
    let (path, base, mut ours, mut theirs) = added_on_both_sides(&fixture);
    let gone = base.personas[2].id.clone();
    edit::apply(
        &mut ours,
        ListKind::Personas,
        ListEdit::Delete(gone.clone()),
    )
    .expect("delete");
    theirs.personas[2].quote = "Quiet rooms, please.".into();
    let merged = merge(Some(&base), &ours, &theirs).expect("merge").project;
    assert_eq!(merged.conflicts.len(), 2, "{:?}", merged.conflicts);
    store::save(&path, &merged).expect("save");
    let mut harness = fixture.app(Some(path.clone()));

    // The persona: this side deleted it; keeping that deletes its scores with it.
    click_first(&mut harness, "Keep this side's");
    let after = project(&harness);
    assert!(after.persona(&gone).is_none());
    assert_eq!(after.conflicts.len(), 1);
    // The touchpoints: both are there, and the panel asks whether they are one.
    assert!(has_label(
        &harness,
        "this side added “Ask the concierge” at the same time as the other side added this one: both are kept; delete one if they are the same"
    ));
    click_first(&mut harness, "Done");
    let done = project(&harness);
    assert!(done.conflicts.is_empty());
    let names: Vec<&str> = done.touchpoints.iter().map(|t| t.name.as_str()).collect();
    assert!(names.contains(&"Ask the concierge") && names.contains(&"Late check-out"));
    assert!(
        cx_workbench::model::validate(&done).is_empty(),
        "{:?}",
        cx_workbench::model::validate(&done)
    );
}

#[test]
fn without_a_common_version_two_items_under_one_id_can_be_kept_both() {
    let fixture = Fixture::new();
    let (path, _, ours, theirs) = added_on_both_sides(&fixture);
    let merged = merge(None, &ours, &theirs).expect("merge").project;
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    store::save(&path, &merged).expect("save");
    let mut harness = fixture.app(Some(path));
    click_first(&mut harness, "Keep both");
    let both = project(&harness);
    assert!(both.conflicts.is_empty());
    let names: Vec<&str> = both.touchpoints.iter().map(|t| t.name.as_str()).collect();
    assert!(names.contains(&"Ask the concierge") && names.contains(&"Late check-out"));
    assert!(cx_workbench::model::validate(&both).is_empty());
}

#[test]
fn compare_with_the_version_on_disk_lists_the_changes_as_links() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("hotel-group.ron");
    let mut harness = fixture.app(Some(path));
    harness.state_mut().project_mut().personas[1].name = "David W.".into();
    harness.run_steps(3);
    click_button(&mut harness, "File");
    click_button(&mut harness, "Compare with");
    click_button(&mut harness, "The version saved on disk");
    assert!(has_label(&harness, "What changed"));
    assert!(has_label(&harness, "Since the version saved on disk:"));
    let sentence = "Persona “David Whitfield” renamed “David W.”";
    assert!(has_label(&harness, sentence));
    click(&mut harness, Role::Link, sentence);
    assert_eq!(
        harness.state().ui.workspace,
        cx_workbench::ui::Workspace::Personas
    );
}

#[test]
fn a_project_in_a_repository_without_the_merge_driver_mentions_git_setup_once() {
    let fixture = Fixture::new();
    let path = fixture.copy_of("hotel-group.ron");
    let git = |args: &[&str]| {
        let done = std::process::Command::new("git")
            .current_dir(fixture.dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", fixture.dir.path())
            .args(args)
            .output()
            .expect("git runs");
        assert!(done.status.success());
    };
    git(&["init", "-q"]);
    let mut config = cx_workbench::app::AppConfig::for_tests(
        Some(fixture.recovery_dir()),
        fixture.dialogs.clone(),
    );
    config.open = Some(path.clone());
    config.git_hint = true;
    // The app runs git in the project's folder; HOME keeps the user's own settings out.
    let mut harness = Harness::builder()
        .with_size(common::WINDOW)
        .build_eframe(move |cc| cx_workbench::app::WorkbenchApp::new(cc, config));
    harness.run_steps(3);
    let hint = "Run `cx-workbench git-setup` in it once";
    let shown = |h: &Harness<'_, cx_workbench::app::WorkbenchApp>| {
        h.state().toasts.texts().iter().any(|t| t.contains(hint))
    };
    assert!(shown(&harness), "the hint is shown");
    // Registered: no hint for a repository that has the driver.
    git(&[
        "config",
        "merge.cx-workbench.driver",
        "cx-workbench merge %O %A %B",
    ]);
    let mut config = cx_workbench::app::AppConfig::for_tests(None, fixture.dialogs.clone());
    config.open = Some(fixture.dir.path().join("hotel-group.ron"));
    config.git_hint = true;
    let mut registered = Harness::builder()
        .with_size(common::WINDOW)
        .build_eframe(move |cc| cx_workbench::app::WorkbenchApp::new(cc, config));
    registered.run_steps(3);
    assert!(!shown(&registered), "no hint once registered");
}
