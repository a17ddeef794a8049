//! Errors of reading and writing project files, each a readable message that names the file
//! and, where there is one, the line, column and field path.

use crate::i18n::{Lang, t};
use std::fmt;
use std::path::{Path, PathBuf};

/// Why a project text could not be read as a project.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The file could not be read at all.
    Io(String),
    /// The path names a pipe, a device or a folder, not a regular file.
    NotAFile,
    /// The file is larger than [`super::MAX_FILE_BYTES`].
    TooLarge {
        /// Size of the file.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is empty (or only whitespace and comments).
    Empty,
    /// The file is UTF-16 text.
    Utf16,
    /// The file is not UTF-8 text.
    NotText {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The file is JSON, not RON.
    LooksLikeJson,
    /// The text is not valid RON, or not a valid project.
    Syntax(Box<SyntaxError>),
    /// Nesting deeper than [`super::MAX_NESTING`].
    TooDeep {
        /// Line of the point where the limit was passed.
        line: usize,
        /// Column.
        col: usize,
        /// The limit.
        limit: usize,
    },
    /// The file has no `format_version`.
    NoVersion,
    /// The file was written by a newer version of the program.
    NewerVersion {
        /// The file's version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// The version number is not one that ever existed.
    UnknownVersion(u32),
}

/// A syntax or type error at a place in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub col: usize,
    /// The field path where deserialisation stopped, e.g. `personas[2].needs.good_price`.
    pub field_path: Option<String>,
    /// What the parser said.
    pub message: String,
    /// The offending line of the file, as it is.
    pub source_line: String,
}

impl LoadError {
    /// Line and column, where the error has a position.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::Syntax(s) => Some((s.line, s.col)),
            LoadError::TooDeep { line, col, .. } => Some((*line, *col)),
            _ => None,
        }
    }

    /// The error as one or more lines of text in `lang`, without the file name.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Io(reason) => t(
                "cannot read the file: {reason}",
                "kan het bestand niet lezen: {reason}",
            )
            .fill(lang, &[("reason", reason)]),
            LoadError::NotAFile => t(
                "this is not a regular file (a pipe, a device or a folder); open a project file",
                "dit is geen gewoon bestand (een pipe, een apparaat of een map); open een projectbestand",
            )
            .get(lang)
            .into(),
            LoadError::TooLarge { bytes, limit } => t(
                "the file is {size}, more than the {limit} MiB limit for project files",
                "het bestand is {size}, groter dan de grens van {limit} MiB voor projectbestanden",
            )
            .fill(
                lang,
                &[
                    ("size", &size_text(*bytes, *limit)),
                    ("limit", &(limit / (1024 * 1024))),
                ],
            ),
            LoadError::Empty => t(
                "the file is empty: a project file starts with `(format_version: 1, …`",
                "het bestand is leeg: een projectbestand begint met `(format_version: 1, …`",
            )
            .get(lang)
            .into(),
            LoadError::Utf16 => t(
                "the file is UTF-16 text; project files are UTF-8: save it again as UTF-8",
                "het bestand is UTF-16-tekst; projectbestanden zijn UTF-8: sla het opnieuw op als UTF-8",
            )
            .get(lang)
            .into(),
            LoadError::NotText { offset } => t(
                "this is not a text file (invalid UTF-8 at byte {offset}): is it a CX Workbench project?",
                "dit is geen tekstbestand (ongeldige UTF-8 bij byte {offset}): is het wel een CX Workbench-project?",
            )
            .fill(lang, &[("offset", offset)]),
            LoadError::LooksLikeJson => t(
                "this looks like JSON; CX Workbench project files are RON, starting with `(format_version: 1, …`",
                "dit lijkt JSON; CX Workbench-projectbestanden zijn RON en beginnen met `(format_version: 1, …`",
            )
            .get(lang)
            .into(),
            LoadError::Syntax(s) => {
                let mut text = String::new();
                if let Some(path) = &s.field_path {
                    text.push_str(path);
                    text.push_str(": ");
                }
                text.push_str(&s.message);
                let gutter = s.line.to_string();
                let shown: String = s.source_line.chars().take(160).collect();
                text.push_str(&format!("\n  {gutter} | {shown}"));
                let caret_at = s.col.saturating_sub(1).min(shown.chars().count());
                let pad: String = shown
                    .chars()
                    .take(caret_at)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                text.push_str(&format!("\n  {} | {pad}^", " ".repeat(gutter.len())));
                text
            }
            LoadError::TooDeep { limit, .. } => t(
                "the data is nested deeper than the limit of {limit} levels",
                "de gegevens zijn dieper genest dan de grens van {limit} niveaus",
            )
            .fill(lang, &[("limit", limit)]),
            LoadError::NoVersion => t(
                "no `format_version` found: this does not look like a CX Workbench project",
                "geen `format_version` gevonden: dit lijkt geen CX Workbench-project",
            )
            .get(lang)
            .into(),
            LoadError::NewerVersion { found, supported } => t(
                "the file has format version {found}, from a newer CX Workbench; this version reads up to version {supported}. Update the program to open it.",
                "het bestand heeft formaatversie {found}, van een nieuwere CX Workbench; deze versie leest tot en met versie {supported}. Werk het programma bij om het te openen.",
            )
            .fill(lang, &[("found", found), ("supported", supported)]),
            LoadError::UnknownVersion(found) => t(
                "format version {found} does not exist; the first version is 1",
                "formaatversie {found} bestaat niet; de eerste versie is 1",
            )
            .fill(lang, &[("found", found)]),
        }
    }
}

/// A file size for a message next to `limit`: in MiB, or in bytes when the MiB would read
/// the same as the limit (a file just over it).
fn size_text(bytes: u64, limit: u64) -> String {
    let mib = 1024 * 1024;
    if bytes / mib == limit / mib {
        format!("{bytes} bytes")
    } else {
        format!("{} MiB", bytes / mib)
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadError {}

/// A [`LoadError`] with the file it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct FileError {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub error: LoadError,
}

impl FileError {
    /// `file:line:col: message`, or `file: message` without a position.
    pub fn message(&self, lang: Lang) -> String {
        let file = self.path.display();
        match self.error.position() {
            Some((line, col)) => format!("{file}:{line}:{col}: {}", self.error.message(lang)),
            None => format!("{file}: {}", self.error.message(lang)),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FileError {}

/// The step of a save that failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Turning the project into text.
    Serialise,
    /// Creating the temporary file next to the target.
    CreateTemporary,
    /// Writing and flushing the temporary file.
    Write,
    /// Keeping the previous version as `.bak`.
    Backup,
    /// Replacing the file with the new version.
    Replace,
    /// The file is read-only: it is not replaced (Save As… saves the work elsewhere).
    ReadOnly,
}

/// Why a save failed. The file on disk is unchanged whenever this is returned.
#[derive(Debug)]
pub struct SaveError {
    /// The file being saved.
    pub path: PathBuf,
    /// The step that failed.
    pub step: SaveStep,
    /// The operating system's reason.
    pub reason: String,
}

impl SaveError {
    pub(crate) fn new(path: &Path, step: SaveStep, reason: impl ToString) -> Self {
        SaveError {
            path: path.to_path_buf(),
            step,
            reason: reason.to_string(),
        }
    }

    /// A readable sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let file = self.path.display();
        let folder = self
            .path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let reason = &self.reason;
        let what = match self.step {
            SaveStep::Serialise => t(
                "could not turn the project into text",
                "kon het project niet omzetten naar tekst",
            )
            .get(lang)
            .to_string(),
            SaveStep::CreateTemporary => t(
                "cannot create a file in the folder {folder}",
                "kan geen bestand maken in de map {folder}",
            )
            .fill(lang, &[("folder", &folder)]),
            SaveStep::Write => t("writing failed", "schrijven is mislukt").get(lang).into(),
            SaveStep::Backup => t(
                "could not keep the previous version as .bak",
                "kon de vorige versie niet als .bak bewaren",
            )
            .get(lang)
            .into(),
            SaveStep::Replace => t(
                "could not replace the file",
                "kon het bestand niet vervangen",
            )
            .get(lang)
            .into(),
            SaveStep::ReadOnly => {
                return t(
                    "{file} is read-only for you (marked read-only, or another user's file), so it was not replaced. Use Save As… to save your work under another name. The file on disk is unchanged.",
                    "{file} is alleen-lezen voor jou (als alleen-lezen gemarkeerd, of het bestand van een andere gebruiker) en is daarom niet vervangen. Gebruik Opslaan als… om je werk onder een andere naam te bewaren. Het bestand op schijf is niet veranderd.",
                )
                .fill(lang, &[("file", &file)]);
            }
        };
        t(
            "Could not save {file}: {what} ({reason}). The file on disk is unchanged.",
            "Kon {file} niet opslaan: {what} ({reason}). Het bestand op schijf is niet veranderd.",
        )
        .fill(
            lang,
            &[("file", &file), ("what", &what), ("reason", &reason)],
        )
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SaveError {}
