//! What the UI tests share: a temporary folder with copies of the samples, the app in a
//! headless harness, and the clicks, typing and look-ups a person would do.

// Each test file uses some of these.
#![allow(dead_code)]

use cx_workbench::app::{AppConfig, ScriptedDialogs, WorkbenchApp};
use cx_workbench::model::Project;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use std::path::{Path, PathBuf};

/// The size of the window in most tests: a common laptop screen.
pub const WINDOW: egui::Vec2 = egui::vec2(1440.0, 900.0);

/// A temporary folder for copies of the samples and recovery files, and the answers the
/// file dialogs give.
pub struct Fixture {
    /// The folder (removed when the fixture is dropped).
    pub dir: tempfile::TempDir,
    /// What the file dialogs answer.
    pub dialogs: ScriptedDialogs,
}

impl Fixture {
    /// An empty folder and dialogs with no answers yet.
    pub fn new() -> Self {
        Fixture {
            dir: tempfile::tempdir().expect("temp dir"),
            dialogs: ScriptedDialogs::default(),
        }
    }

    /// Where recovery copies go.
    pub fn recovery_dir(&self) -> PathBuf {
        self.dir.path().join("recovery")
    }

    /// A copy of a sample project in the folder, so saving never touches the repository.
    pub fn copy_of(&self, sample: &str) -> PathBuf {
        self.copy_edited(sample, |text| text)
    }

    /// A copy of a sample project in the folder, its text changed by `edit`.
    pub fn copy_edited(&self, sample: &str, edit: impl FnOnce(String) -> String) -> PathBuf {
        let text = std::fs::read_to_string(sample_path(sample)).expect("read sample");
        let to = self.dir.path().join(sample);
        std::fs::write(&to, edit(text)).expect("write copy");
        to
    }

    /// The app on `open` (the sample without it), with recovery in the folder.
    pub fn app(&self, open: Option<PathBuf>) -> Harness<'static, WorkbenchApp> {
        self.app_sized(open, WINDOW)
    }

    /// The app on `open` in a window of `size` points.
    pub fn app_sized(
        &self,
        open: Option<PathBuf>,
        size: egui::Vec2,
    ) -> Harness<'static, WorkbenchApp> {
        let mut config = AppConfig::for_tests(Some(self.recovery_dir()), self.dialogs.clone());
        config.open = open;
        let mut harness = Harness::builder()
            .with_size(size)
            .build_eframe(move |cc| WorkbenchApp::new(cc, config));
        harness.run_steps(3);
        harness
    }
}

/// The path of a sample project in the repository.
pub fn sample_path(sample: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("projects")
        .join(sample)
}

/// Scrolls a node into view, lets the scroll animation settle, then clicks it.
pub fn click(harness: &mut Harness<'_, WorkbenchApp>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run_steps(30);
    harness.get_by_role_and_label(role, label).click();
    harness.run_steps(3);
}

/// Clicks the button named `label`.
pub fn click_button(harness: &mut Harness<'_, WorkbenchApp>, label: &str) {
    click(harness, Role::Button, label);
}

/// Opens the drop-down named `label` (the last of that name) and picks `option`.
pub fn choose(harness: &mut Harness<'_, WorkbenchApp>, label: &str, option: &str) {
    let last = |h: &Harness<'_, WorkbenchApp>| {
        h.get_all_by_role_and_label(Role::ComboBox, label)
            .last()
            .map(|n| n.accesskit_node().id())
            .expect("drop-down")
    };
    let id = last(harness);
    harness.get_by(|n| n.id() == id).scroll_to_me();
    harness.run_steps(30);
    harness.get_by(|n| n.id() == id).click();
    harness.run_steps(2);
    click_button(harness, option);
}

/// Replaces the text of the field named `field` with `text`, as typed.
pub fn replace_text(harness: &mut Harness<'_, WorkbenchApp>, field: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, field)
        .focus();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, field)
        .type_text(text);
    harness.run_steps(2);
}

/// Presses a keyboard shortcut.
pub fn shortcut(harness: &mut Harness<'_, WorkbenchApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_steps(2);
}

/// Whether a widget with exactly this text is shown (once or more).
pub fn has_label(harness: &Harness<'_, WorkbenchApp>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

/// The project as the app has it.
pub fn project(harness: &Harness<'_, WorkbenchApp>) -> Project {
    harness.state().doc.project.clone()
}
