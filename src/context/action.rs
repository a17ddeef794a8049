//! What a workspace asks the shell for while drawing: collected as [`Action`]s and run once
//! at the end of the frame, where undo and the unsaved marker live.

use super::command::AppCommand;
use crate::charts::plot::Plot;
use crate::i18n::{Lang, Text, t, tr};
use crate::model::edit::{ListEdit, ListKind};
use crate::model::{AssumptionKey, Channel, Id, PlotSpec, Target};
use std::path::PathBuf;

/// What to do with a plot: its picture or its numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureAction {
    /// Put its numbers on the clipboard as CSV.
    CopyNumbers,
    /// Put its picture on the clipboard.
    Copy,
    /// Ask where to save it as PNG.
    SavePng,
    /// Ask where to save it as SVG.
    SaveSvg,
}

impl PictureAction {
    /// The file extension it is saved with.
    pub fn extension(self) -> &'static str {
        match self {
            PictureAction::SaveSvg => "svg",
            PictureAction::CopyNumbers => "csv",
            PictureAction::Copy | PictureAction::SavePng => "png",
        }
    }
}

/// A picture asked for: the plot (which carries its spec) and what to do with it.
#[derive(Clone, Debug, PartialEq)]
pub struct PictureRequest {
    /// The plot.
    pub plot: Plot,
    /// What to do.
    pub action: PictureAction,
}

impl PictureRequest {
    /// A file name for it: the title's slug with the extension.
    pub fn file_name(&self) -> String {
        format!(
            "{}.{}",
            crate::export::file_stem(&self.plot.title),
            self.action.extension()
        )
    }
}

/// What File → Compare with… compares the project with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareWith {
    /// Another project file, chosen.
    File,
    /// The version saved on disk.
    Disk,
    /// The backup of the version before the last save.
    Backup,
}

/// How a merge conflict is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// The value both sides started from.
    Base,
    /// This side's value.
    Ours,
    /// The other side's value.
    Theirs,
    /// Both of two different items added under one id: the other side's gets an id of its own.
    Both,
    /// As the project holds it now (fixed by hand): only remove the conflict.
    Done,
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
    /// Show the workspace of this command-line name (`Workspace::name`): the shell knows the
    /// workspaces, this layer below it only their names.
    Goto(&'static str),
    /// Show what a link points at (a persona, a scenario, the assumptions…) in the workspace
    /// that shows it.
    Show(Target),
    /// Add, duplicate, delete or move an item of one of the project's lists: one undo step.
    List(ListKind, ListEdit),
    /// Replace a persona's preferred channels (with the list for their generation).
    SetChannels(Id, Vec<Channel>),
    /// Pick a picture file and embed it as the persona's avatar.
    ImportPicture(Id),
    /// Pick a CSV file of survey answers for the Metrics workspace's import.
    ChooseSurveyCsv,
    /// Ask where to write the touchpoint grid as CSV, and write it.
    ExportGrid,
    /// Ask for a touchpoint grid CSV, and show what reading it would change.
    ImportGrid,
    /// Show what changed since another version of the project (File → Compare with…).
    Compare(CompareWith),
    /// Decide the merge conflict at this index of the project's list: one undo step.
    Resolve(usize, Resolution),
    /// Say something short in the corner ("Copied …").
    Notify(String),
    /// Several edits of one list as one undo step (a slide dragged over several places).
    Edits(ListKind, Vec<ListEdit>),
    /// Start presenting the deck full screen at this slide (0 is the first).
    Present(usize),
    /// Add a slide showing this plot at the end of the deck, titled `title`.
    AddToDeck(PlotSpec, String),
    /// Copy or save a plot's picture or numbers (boxed: a plot is large beside the others).
    Picture(Box<PictureRequest>),
    /// The theme slides are shown in (the projector's: light by default).
    SetSlideTheme(egui::Theme),
    /// Keep the assumption values of a presentation's live sliders as a new scenario: a copy
    /// of `based_on` (none: no initiatives) with these values as its overrides. One undo step.
    KeepWhatIf {
        /// The scenario copied.
        based_on: Option<Id>,
        /// The assumption values.
        values: Vec<(AssumptionKey, f64)>,
        /// The new scenario's name.
        name: String,
    },
}

impl Action {
    /// Add a new item to the list `kind`, after `after` (the selected item).
    pub fn add(kind: ListKind, after: Option<&Id>, lang: Lang) -> Action {
        Action::List(
            kind,
            ListEdit::Add {
                name: texts(kind).new_name.get(lang).to_string(),
                after: after.cloned(),
                stage: None,
            },
        )
    }

    /// Duplicate the item `id` of the list `kind`.
    pub fn duplicate(kind: ListKind, id: &Id, lang: Lang) -> Action {
        Action::List(
            kind,
            ListEdit::Duplicate {
                id: id.clone(),
                suffix: tr::COPY_SUFFIX.get(lang).to_string(),
            },
        )
    }

    /// Delete the item `id` of the list `kind`.
    pub fn delete(kind: ListKind, id: &Id) -> Action {
        Action::List(kind, ListEdit::Delete(id.clone()))
    }

    /// Move the item `id` of the list `kind` one place up (`-1`) or down (`1`).
    pub fn move_by(kind: ListKind, id: &Id, step: isize) -> Action {
        Action::List(kind, ListEdit::Move(id.clone(), step))
    }
}

/// The words for a list's items.
pub struct ListTexts {
    /// The name of a new item.
    pub new_name: Text,
    /// Said after deleting one.
    pub deleted: Text,
}

/// The words for the items of `kind`.
pub fn texts(kind: ListKind) -> ListTexts {
    let (new_name, deleted) = match kind {
        ListKind::Personas => (tr::NEW_PERSONA_NAME, tr::DELETE_PERSONA_DONE),
        ListKind::Initiatives => (tr::NEW_INITIATIVE_NAME, tr::DELETE_INITIATIVE_DONE),
        ListKind::Scenarios => (tr::NEW_SCENARIO_NAME, tr::DELETE_SCENARIO_DONE),
        ListKind::Stages => (
            t("New stage", "Nieuwe fase"),
            t(
                "Stage deleted with its touchpoints — Ctrl+Z brings them back",
                "Fase verwijderd met haar touchpoints — Ctrl+Z haalt ze terug",
            ),
        ),
        ListKind::Touchpoints => (
            t("New touchpoint", "Nieuw touchpoint"),
            t(
                "Touchpoint deleted and taken out of its initiatives — Ctrl+Z brings it back",
                "Touchpoint verwijderd en uit de initiatieven gehaald — Ctrl+Z haalt het terug",
            ),
        ),
        ListKind::Slides => (
            t("New slide", "Nieuwe dia"),
            t(
                "Slide deleted — Ctrl+Z brings it back",
                "Dia verwijderd — Ctrl+Z haalt hem terug",
            ),
        ),
        ListKind::Surveys => (
            t("New survey wave", "Nieuwe meting"),
            t(
                "Survey wave deleted — Ctrl+Z brings it back",
                "Meting verwijderd — Ctrl+Z haalt hem terug",
            ),
        ),
    };
    ListTexts { new_name, deleted }
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
