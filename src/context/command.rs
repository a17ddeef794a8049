//! The app's commands: each with its label, shortcuts, menu entry and scope (where its keys
//! work), in one enum. The shell consumes a command's keys only in its scope, so the keys of
//! present mode (B, Space, the arrows) never fire while editing or typing.

use crate::i18n::{Lang, Text, t, tr};
use egui::{Key, KeyboardShortcut, Modifiers};

/// Where a command's keys work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// In every workspace, also while typing in a text field (they all use Ctrl or a function
    /// key); not while presenting, where only [`Scope::Presenting`] keys work.
    Global,
    /// In every workspace, but not while typing in a text field.
    Editing,
    /// Only while presenting (full screen and in the presenter window).
    Presenting,
}

impl Scope {
    /// Every scope, in the order the shortcut list shows them.
    pub const ALL: [Scope; 3] = [Scope::Global, Scope::Editing, Scope::Presenting];

    /// Its heading in the shortcut list.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Scope::Global => t(
                "In every workspace, also while typing",
                "In elke werkruimte, ook tijdens het typen",
            ),
            Scope::Editing => t(
                "In every workspace, not while typing",
                "In elke werkruimte, niet tijdens het typen",
            ),
            Scope::Presenting => t("While presenting", "Tijdens het presenteren"),
        }
        .get(lang)
    }

    /// Whether the keys of this scope work now: while presenting or not, and with the keyboard
    /// in a text field or not.
    pub fn active(self, presenting: bool, typing: bool) -> bool {
        match self {
            Scope::Global => !presenting,
            Scope::Editing => !presenting && !typing,
            Scope::Presenting => presenting && !typing,
        }
    }
}

/// Declares the commands, each with its doc line, in the order the shortcut list shows them:
/// makes the [`AppCommand`] enum and [`AppCommand::ALL`] from one list, so a new command is in
/// the shortcut list, the key handling and the shortcut tests without a second list to keep.
macro_rules! commands {
    ($($(#[doc = $doc:literal])+ $variant:ident,)+) => {
        /// Commands with a menu entry or a keyboard shortcut.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum AppCommand {
            $($(#[doc = $doc])+ $variant,)+
        }

        impl AppCommand {
            /// All commands, in the order the shortcut list shows them.
            pub const ALL: [AppCommand; [$(AppCommand::$variant,)+].len()] =
                [$(AppCommand::$variant,)+];
        }
    };
}

commands! {
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
    /// The welcome screen: start from the sample, a template or empty; open a file.
    Welcome,
    /// The first workspace of the navigation (Ctrl+1; the others follow).
    Workspace1,
    /// The second workspace.
    Workspace2,
    /// The third workspace.
    Workspace3,
    /// The fourth workspace.
    Workspace4,
    /// The fifth workspace.
    Workspace5,
    /// The sixth workspace.
    Workspace6,
    /// The seventh workspace.
    Workspace7,
    /// The eighth workspace.
    Workspace8,
    /// The ninth workspace.
    Workspace9,
    /// Present the deck full screen from the first slide.
    Present,
    /// Present the deck from the slide selected in the Slides workspace.
    PresentFromHere,
    /// The next slide.
    NextSlide,
    /// The previous slide.
    PreviousSlide,
    /// The first slide.
    FirstSlide,
    /// The last slide.
    LastSlide,
    /// Go to the slide whose number was typed.
    GoToTypedSlide,
    /// Blank the screen, or show the slide again.
    BlankScreen,
    /// Open or close the presenter view (notes, next slide, time).
    PresenterView,
    /// Leave present mode.
    StopPresenting,
}

impl AppCommand {
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
            AppCommand::Welcome => t("Welcome…", "Welkom…"),
            AppCommand::Workspace1 => t(
                "Go to a workspace (1 is the first in the list)",
                "Naar een werkruimte (1 is de eerste in de lijst)",
            ),
            AppCommand::Workspace2 => t("Workspace 2", "Werkruimte 2"),
            AppCommand::Workspace3 => t("Workspace 3", "Werkruimte 3"),
            AppCommand::Workspace4 => t("Workspace 4", "Werkruimte 4"),
            AppCommand::Workspace5 => t("Workspace 5", "Werkruimte 5"),
            AppCommand::Workspace6 => t("Workspace 6", "Werkruimte 6"),
            AppCommand::Workspace7 => t("Workspace 7", "Werkruimte 7"),
            AppCommand::Workspace8 => t("Workspace 8", "Werkruimte 8"),
            AppCommand::Workspace9 => t("Workspace 9", "Werkruimte 9"),
            AppCommand::Present => t("Present from the start", "Presenteren vanaf het begin"),
            AppCommand::PresentFromHere => t(
                "Present from the selected slide",
                "Presenteren vanaf de gekozen dia",
            ),
            AppCommand::NextSlide => t("Next slide", "Volgende dia"),
            AppCommand::PreviousSlide => t("Previous slide", "Vorige dia"),
            AppCommand::FirstSlide => t("First slide", "Eerste dia"),
            AppCommand::LastSlide => t("Last slide", "Laatste dia"),
            AppCommand::GoToTypedSlide => t(
                "Go to a slide: type its number, then Enter",
                "Naar een dia: typ het nummer, dan Enter",
            ),
            AppCommand::BlankScreen => t(
                "Blank the screen (again: show the slide)",
                "Scherm zwart (nogmaals: dia weer tonen)",
            ),
            AppCommand::PresenterView => t(
                "Presenter view (notes, next slide, time)",
                "Presentatorweergave (notities, volgende dia, tijd)",
            ),
            AppCommand::StopPresenting => t("Stop presenting", "Presentatie beëindigen"),
        }
    }

    /// The workspace (1 is the first of the navigation) this command shows, if it is one of
    /// Ctrl+1 … Ctrl+9.
    pub fn workspace_number(self) -> Option<usize> {
        let all = [
            AppCommand::Workspace1,
            AppCommand::Workspace2,
            AppCommand::Workspace3,
            AppCommand::Workspace4,
            AppCommand::Workspace5,
            AppCommand::Workspace6,
            AppCommand::Workspace7,
            AppCommand::Workspace8,
            AppCommand::Workspace9,
        ];
        all.iter().position(|c| *c == self).map(|i| i + 1)
    }

    /// The menu label.
    pub fn label(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }

    /// Where its keys work.
    pub fn scope(self) -> Scope {
        match self {
            AppCommand::NextSlide
            | AppCommand::PreviousSlide
            | AppCommand::FirstSlide
            | AppCommand::LastSlide
            | AppCommand::GoToTypedSlide
            | AppCommand::BlankScreen
            | AppCommand::PresenterView
            | AppCommand::StopPresenting => Scope::Presenting,
            AppCommand::PresentFromHere => Scope::Editing,
            AppCommand::New
            | AppCommand::Open
            | AppCommand::Save
            | AppCommand::SaveAs
            | AppCommand::Quit
            | AppCommand::Undo
            | AppCommand::Redo
            | AppCommand::ZoomIn
            | AppCommand::ZoomOut
            | AppCommand::ZoomReset
            | AppCommand::Shortcuts
            | AppCommand::About
            | AppCommand::Welcome
            | AppCommand::Workspace1
            | AppCommand::Workspace2
            | AppCommand::Workspace3
            | AppCommand::Workspace4
            | AppCommand::Workspace5
            | AppCommand::Workspace6
            | AppCommand::Workspace7
            | AppCommand::Workspace8
            | AppCommand::Workspace9
            | AppCommand::Present => Scope::Global,
        }
    }

    /// The keyboard shortcuts (the first is shown in menus).
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        const CMD: Modifiers = Modifiers::COMMAND;
        const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        const NONE: Modifiers = Modifiers::NONE;
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
            AppCommand::Shortcuts => vec![k(NONE, Key::F1)],
            AppCommand::About | AppCommand::Welcome => vec![],
            AppCommand::Workspace1 => vec![k(CMD, Key::Num1)],
            AppCommand::Workspace2 => vec![k(CMD, Key::Num2)],
            AppCommand::Workspace3 => vec![k(CMD, Key::Num3)],
            AppCommand::Workspace4 => vec![k(CMD, Key::Num4)],
            AppCommand::Workspace5 => vec![k(CMD, Key::Num5)],
            AppCommand::Workspace6 => vec![k(CMD, Key::Num6)],
            AppCommand::Workspace7 => vec![k(CMD, Key::Num7)],
            AppCommand::Workspace8 => vec![k(CMD, Key::Num8)],
            AppCommand::Workspace9 => vec![k(CMD, Key::Num9)],
            AppCommand::Present => vec![k(NONE, Key::F5)],
            AppCommand::PresentFromHere => vec![k(Modifiers::SHIFT, Key::F5)],
            AppCommand::NextSlide => vec![
                k(NONE, Key::ArrowRight),
                k(NONE, Key::Space),
                k(NONE, Key::PageDown),
                k(NONE, Key::ArrowDown),
                k(NONE, Key::N),
            ],
            AppCommand::PreviousSlide => vec![
                k(NONE, Key::ArrowLeft),
                k(NONE, Key::PageUp),
                k(NONE, Key::ArrowUp),
                k(NONE, Key::Backspace),
                k(NONE, Key::P),
            ],
            AppCommand::FirstSlide => vec![k(NONE, Key::Home)],
            AppCommand::LastSlide => vec![k(NONE, Key::End)],
            AppCommand::GoToTypedSlide => vec![k(NONE, Key::Enter)],
            AppCommand::BlankScreen => vec![k(NONE, Key::B), k(NONE, Key::Period)],
            AppCommand::PresenterView => vec![k(NONE, Key::F6)],
            AppCommand::StopPresenting => vec![k(NONE, Key::Escape)],
        }
    }

    /// The shortcut as shown next to the menu entry.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .first()
            .map(|s| ctx.format_shortcut(s))
            .unwrap_or_default()
    }

    /// Consumes this frame's key presses of the commands active now (while presenting or
    /// not, with the keyboard in a text field or not) and returns their commands. Shortcuts
    /// with more modifiers are matched first: egui matches them logically, so Ctrl+S would
    /// also take Ctrl+Shift+S. egui zooms with the keyboard itself, so the zoom commands are
    /// only shown in the menus.
    pub fn consume(ctx: &egui::Context, presenting: bool, typing: bool) -> Vec<AppCommand> {
        let mut shortcuts: Vec<(AppCommand, KeyboardShortcut)> = AppCommand::ALL
            .iter()
            // F1's list of keys also while presenting (the presenter forgets a key too).
            .filter(|c| c.scope().active(presenting, typing) || **c == AppCommand::Shortcuts)
            .filter(|c| {
                !matches!(
                    c,
                    AppCommand::ZoomIn | AppCommand::ZoomOut | AppCommand::ZoomReset
                )
            })
            .flat_map(|c| c.shortcuts().into_iter().map(move |s| (*c, s)))
            .collect();
        let weight = |m: Modifiers| {
            usize::from(m.alt) + usize::from(m.shift) + usize::from(m.ctrl || m.command)
        };
        shortcuts.sort_by_key(|(_, s)| std::cmp::Reverse(weight(s.modifiers)));
        let mut commands = Vec::new();
        for (command, shortcut) in shortcuts {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                commands.push(command);
            }
        }
        commands
    }

    /// Every shortcut as the shortcut list shows it (a slide number is typed first).
    pub fn keys_text(self, ctx: &egui::Context) -> String {
        let keys: Vec<String> = self
            .shortcuts()
            .iter()
            .map(|s| ctx.format_shortcut(s))
            .collect();
        let keys = keys.join("   ");
        match self {
            AppCommand::GoToTypedSlide => format!("1 … 9   {keys}"),
            AppCommand::Workspace1 => {
                let last =
                    ctx.format_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Num9));
                format!("{keys} … {last}")
            }
            _ => keys,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two commands that can be active at once never share a key (egui matches shortcuts
    /// logically, so Ctrl+S and Ctrl+Shift+S are told apart by the shell's ordering).
    #[test]
    fn no_two_commands_active_at_once_share_a_shortcut() {
        for (i, a) in AppCommand::ALL.iter().enumerate() {
            for b in &AppCommand::ALL[i + 1..] {
                let together = [(false, false), (true, false), (false, true)].iter().any(
                    |&(presenting, typing)| {
                        a.scope().active(presenting, typing) && b.scope().active(presenting, typing)
                    },
                );
                if !together {
                    continue;
                }
                for sa in a.shortcuts() {
                    assert!(!b.shortcuts().contains(&sa), "{a:?} and {b:?} share {sa:?}");
                }
            }
        }
    }

    #[test]
    fn present_keys_work_only_while_presenting_and_never_while_typing() {
        for command in AppCommand::ALL {
            let plain = command
                .shortcuts()
                .iter()
                .any(|s| s.modifiers.is_none() && !matches!(s.logical_key, Key::F1 | Key::F5));
            if plain {
                assert_eq!(command.scope(), Scope::Presenting, "{command:?}");
                assert!(!command.scope().active(true, true));
                assert!(!command.scope().active(false, false));
            }
        }
        assert!(AppCommand::Present.scope().active(false, true));
        assert!(
            !AppCommand::Undo.scope().active(true, false),
            "no edits while presenting"
        );
        assert!(!AppCommand::PresentFromHere.scope().active(true, false));
    }
}
