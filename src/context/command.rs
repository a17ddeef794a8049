//! The app's commands: each with its label, shortcuts and menu entry, in one enum.

use crate::i18n::{Lang, Text, tr};
use egui::{Key, KeyboardShortcut, Modifiers};

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
