//! The project being edited, where it came from, and whether it is saved.

use super::history::History;
use crate::model::Project;
use crate::store::Fingerprint;
use std::path::{Path, PathBuf};

/// Where the open project came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// The embedded sample project (Save asks for a file).
    Sample,
    /// A new project (Save asks for a file).
    New,
}

/// The open project with its undo history and save state.
pub struct Document {
    /// The project as edited.
    pub project: Project,
    /// Where it came from.
    pub source: Source,
    /// Fingerprint of the file's bytes as last read or written, to notice changes by others.
    pub disk: Option<Fingerprint>,
    /// The history version that matches the file; `None` when no state of it is saved.
    pub saved_version: Option<u64>,
    /// Undo and redo.
    pub history: History,
}

impl Document {
    /// A document for `project`, counted as saved (a freshly opened file, the sample, or an
    /// empty new project: closing it right away loses nothing).
    pub fn new(project: Project, source: Source, disk: Option<Fingerprint>) -> Self {
        let history = History::new(&project);
        let saved_version = Some(history.version());
        Document {
            project,
            source,
            disk,
            saved_version,
            history,
        }
    }

    /// A document restored from a recovery copy of `source`: everything is unsaved.
    pub fn recovered(project: Project, source: Source, disk: Option<Fingerprint>) -> Self {
        let mut document = Document::new(project, source, disk);
        document.saved_version = None;
        document
    }

    /// The file, if the project has one.
    pub fn path(&self) -> Option<&Path> {
        match &self.source {
            Source::File(path) => Some(path),
            Source::Sample | Source::New => None,
        }
    }

    /// Whether there are changes not saved to the file.
    pub fn is_dirty(&self) -> bool {
        self.saved_version != Some(self.history.version())
    }

    /// Records that the current state is what is on disk at `path`.
    pub fn mark_saved(&mut self, path: PathBuf, fingerprint: Fingerprint) {
        self.history.flush(&self.project);
        self.source = Source::File(path);
        self.disk = Some(fingerprint);
        self.saved_version = Some(self.history.version());
    }

    /// A file name for Save As: the current one, or one made from the project name.
    pub fn suggested_file_name(&self) -> String {
        if let Some(name) = self.path().and_then(|p| p.file_name()) {
            return name.to_string_lossy().into_owned();
        }
        let slug = crate::model::slugify(&self.project.meta.name);
        let stem = if slug.is_empty() {
            "project".to_string()
        } else {
            slug
        };
        format!("{stem}.ron")
    }
}

/// What a file dialog answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// A file was chosen.
    Picked(PathBuf),
    /// The user cancelled.
    Cancelled,
    /// No native dialog could be shown (no desktop portal, no zenity): the app shows its own.
    Unavailable,
}

/// Native file dialogs, behind a trait so tests can answer them.
pub trait Dialogs {
    /// Asks for a project file to open.
    fn open_project(&mut self) -> Answer;
    /// Asks where to save a project, suggesting `file_name`.
    fn save_project(&mut self, file_name: &str) -> Answer;
    /// Asks for a PNG or JPEG picture.
    fn open_picture(&mut self) -> Answer;
    /// Asks for a CSV file of survey answers.
    fn open_csv(&mut self) -> Answer;
    /// Asks where to save a picture (PNG, or SVG when `file_name` ends in `.svg`),
    /// suggesting `file_name`.
    fn save_picture(&mut self, file_name: &str) -> Answer;
    /// Asks for a folder to write the deck's handouts into.
    fn pick_folder(&mut self) -> Answer {
        Answer::Unavailable
    }
    /// Asks where to save a CSV file, suggesting `file_name`.
    fn save_csv(&mut self, _file_name: &str) -> Answer {
        Answer::Unavailable
    }
}

/// The operating system's dialogs (rfd: the desktop portal, else zenity).
pub struct NativeDialogs;

/// A dialog that returns nothing faster than this was never shown: nobody cancels that fast.
const UNAVAILABLE_SECS: f64 = 0.25;

fn answer(started: std::time::Instant, picked: Option<PathBuf>) -> Answer {
    match picked {
        Some(path) => Answer::Picked(path),
        None if started.elapsed().as_secs_f64() < UNAVAILABLE_SECS => Answer::Unavailable,
        None => Answer::Cancelled,
    }
}

impl Dialogs for NativeDialogs {
    fn open_project(&mut self) -> Answer {
        let started = std::time::Instant::now();
        let picked = rfd::FileDialog::new()
            .add_filter("CX Workbench project (.ron)", &["ron"])
            .pick_file();
        answer(started, picked)
    }

    fn save_project(&mut self, file_name: &str) -> Answer {
        let started = std::time::Instant::now();
        let picked = rfd::FileDialog::new()
            .add_filter("CX Workbench project (.ron)", &["ron"])
            .set_file_name(file_name)
            .save_file();
        // Some dialogs return the typed name without the filter's extension.
        answer(started, picked.map(|p| with_extension(p, "ron")))
    }

    fn open_picture(&mut self) -> Answer {
        let started = std::time::Instant::now();
        let picked = rfd::FileDialog::new()
            .add_filter("Picture (PNG, JPEG)", &["png", "jpg", "jpeg"])
            .pick_file();
        answer(started, picked)
    }

    fn open_csv(&mut self) -> Answer {
        let started = std::time::Instant::now();
        let picked = rfd::FileDialog::new()
            .add_filter("Survey answers (CSV)", &["csv", "tsv", "txt"])
            .pick_file();
        answer(started, picked)
    }

    fn save_picture(&mut self, file_name: &str) -> Answer {
        let started = std::time::Instant::now();
        let (filter, extension) = if file_name.ends_with(".svg") {
            ("SVG picture", "svg")
        } else {
            ("PNG picture", "png")
        };
        let picked = rfd::FileDialog::new()
            .add_filter(filter, &[extension])
            .set_file_name(file_name)
            .save_file();
        // The extension is added where the picture is written, whichever way the path came.
        answer(started, picked)
    }

    fn pick_folder(&mut self) -> Answer {
        let started = std::time::Instant::now();
        answer(started, rfd::FileDialog::new().pick_folder())
    }

    fn save_csv(&mut self, file_name: &str) -> Answer {
        let started = std::time::Instant::now();
        let picked = rfd::FileDialog::new()
            .add_filter("CSV", &["csv"])
            .set_file_name(file_name)
            .save_file();
        answer(started, picked.map(|p| with_extension(p, "csv")))
    }
}

/// `path` with the extension `extension` added when it has none.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(extension)
    } else {
        path
    }
}

/// Dialogs answered from a script: each call takes the next answer; an empty script cancels
/// (for tests).
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    /// Answers, taken front first.
    pub answers: std::sync::Arc<std::sync::Mutex<std::collections::VecDeque<Answer>>>,
}

impl ScriptedDialogs {
    /// Queues choosing `path` as the next answer.
    pub fn answer(&self, path: impl Into<PathBuf>) {
        self.push(Answer::Picked(path.into()));
    }

    /// Queues any answer.
    pub fn push(&self, answer: Answer) {
        if let Ok(mut answers) = self.answers.lock() {
            answers.push_back(answer);
        }
    }

    fn next(&self) -> Answer {
        self.answers
            .lock()
            .ok()
            .and_then(|mut a| a.pop_front())
            .unwrap_or(Answer::Cancelled)
    }
}

impl Dialogs for ScriptedDialogs {
    fn open_project(&mut self) -> Answer {
        self.next()
    }

    fn save_project(&mut self, _file_name: &str) -> Answer {
        self.next()
    }

    fn open_picture(&mut self) -> Answer {
        self.next()
    }

    fn open_csv(&mut self) -> Answer {
        self.next()
    }

    fn save_picture(&mut self, _file_name: &str) -> Answer {
        self.next()
    }

    fn pick_folder(&mut self) -> Answer {
        self.next()
    }

    fn save_csv(&mut self, _file_name: &str) -> Answer {
        self.next()
    }
}
