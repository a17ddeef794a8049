//! Every action of the app in one place. [`AppCommand`]s have a label, a shortcut and a menu
//! entry; [`Action`]s are what the UI asks for while drawing, collected and run once at the
//! end of the frame.

use crate::i18n::{Lang, Text, tr};
use crate::model::Id;
use crate::ui::Workspace;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// Commands with a menu entry and a keyboard shortcut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppCommand {
    /// Start an empty project.
    New,
    /// Open a project file.
    Open,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Leave the app.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo what was undone.
    Redo,
    /// Larger text and widgets.
    ZoomIn,
    /// Smaller text and widgets.
    ZoomOut,
    /// Back to 100 %.
    ZoomReset,
    /// The list of shortcuts.
    Shortcuts,
    /// About the app.
    About,
}

impl AppCommand {
    /// All commands, in the order the shortcut list shows them.
    pub const ALL: [AppCommand; 12] = [
        AppCommand::New,
        AppCommand::Open,
        AppCommand::Save,
        AppCommand::SaveAs,
        AppCommand::Quit,
        AppCommand::Undo,
        AppCommand::Redo,
        AppCommand::ZoomIn,
        AppCommand::ZoomOut,
        AppCommand::ZoomReset,
        AppCommand::Shortcuts,
        AppCommand::About,
    ];

    fn text(self) -> Text {
        match self {
            AppCommand::New => tr::CMD_NEW,
            AppCommand::Open => tr::CMD_OPEN,
            AppCommand::Save => tr::CMD_SAVE,
            AppCommand::SaveAs => tr::CMD_SAVE_AS,
            AppCommand::Quit => tr::CMD_QUIT,
            AppCommand::Undo => tr::CMD_UNDO,
            AppCommand::Redo => tr::CMD_REDO,
            AppCommand::ZoomIn => tr::CMD_ZOOM_IN,
            AppCommand::ZoomOut => tr::CMD_ZOOM_OUT,
            AppCommand::ZoomReset => tr::CMD_ZOOM_RESET,
            AppCommand::Shortcuts => tr::CMD_SHORTCUTS,
            AppCommand::About => tr::CMD_ABOUT,
        }
    }

    /// The menu label.
    pub fn label(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }

    /// The keyboard shortcuts (the first is shown in menus).
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        const CMD: Modifiers = Modifiers::COMMAND;
        const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        fn k(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(modifiers, key)
        }
        match self {
            AppCommand::New => vec![k(CMD, Key::N)],
            AppCommand::Open => vec![k(CMD, Key::O)],
            AppCommand::Save => vec![k(CMD, Key::S)],
            AppCommand::SaveAs => vec![k(CMD_SHIFT, Key::S)],
            AppCommand::Quit => vec![k(CMD, Key::Q)],
            AppCommand::Undo => vec![k(CMD, Key::Z)],
            AppCommand::Redo => vec![k(CMD, Key::Y), k(CMD_SHIFT, Key::Z)],
            AppCommand::ZoomIn => vec![k(CMD, Key::Plus), k(CMD, Key::Equals)],
            AppCommand::ZoomOut => vec![k(CMD, Key::Minus)],
            AppCommand::ZoomReset => vec![k(CMD, Key::Num0)],
            AppCommand::Shortcuts => vec![k(Modifiers::NONE, Key::F1)],
            AppCommand::About => vec![],
        }
    }

    /// The shortcut as shown next to the menu entry.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .first()
            .map(|s| ctx.format_shortcut(s))
            .unwrap_or_default()
    }
}

/// Something the UI asked for, run at the end of the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A menu or shortcut command.
    Command(AppCommand),
    /// Open this file (from the recent list, a drop or the command line).
    OpenPath(PathBuf),
    /// Open the embedded sample project.
    OpenSample,
    /// Empty the recent-files list.
    ClearRecent,
    /// Switch the user-interface language.
    SetLanguage(Lang),
    /// Switch the theme.
    SetTheme(egui::ThemePreference),
    /// Show a workspace.
    Goto(Workspace),
    /// Show a persona in the Personas workspace.
    ShowPersona(Id),
    /// Add a persona after the selected one.
    AddPersona,
    /// Duplicate a persona.
    DuplicatePersona(Id),
    /// Delete a persona (and its scores on touchpoints).
    DeletePersona(Id),
    /// Move a persona one place up (`-1`) or down (`1`).
    MovePersona(Id, isize),
    /// Replace a persona's preferred channels (with the seed's list for their generation).
    SetChannels(Id, Vec<crate::model::Channel>),
    /// Pick a picture file and embed it as the persona's avatar.
    ImportPicture(Id),
    /// Show an initiative in the Initiatives workspace.
    ShowInitiative(Id),
    /// Add an initiative after the selected one.
    AddInitiative,
    /// Duplicate an initiative.
    DuplicateInitiative(Id),
    /// Delete an initiative (and take it out of every scenario).
    DeleteInitiative(Id),
    /// Move an initiative one place up (`-1`) or down (`1`).
    MoveInitiative(Id, isize),
    /// Show a scenario in the Scenarios workspace.
    ShowScenario(Id),
    /// Add a scenario after the selected one.
    AddScenario,
    /// Duplicate a scenario.
    DuplicateScenario(Id),
    /// Delete a scenario (and its slides' references to it).
    DeleteScenario(Id),
    /// Move a scenario one place up (`-1`) or down (`1`).
    MoveScenario(Id, isize),
}

/// The actions collected during one frame.
#[derive(Default, Debug)]
pub struct Actions(Vec<Action>);

impl Actions {
    /// Asks for `action` at the end of the frame.
    pub fn push(&mut self, action: Action) {
        self.0.push(action);
    }

    /// Takes the collected actions, leaving none.
    pub fn take(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.0)
    }

    /// Whether any action was asked for.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
