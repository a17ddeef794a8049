//! Project files: RON reading (with limits, versions and migration) and writing (pretty,
//! deterministic, atomic, with a `.bak` of the previous version), change detection and
//! recovery copies. No egui here.

mod disk;
mod error;
pub mod picture;
mod recovery;
pub mod templates;
mod version;

pub use disk::{
    absolute, backup_path, changed_on_disk, create_own_folder, temporary_in,
    write_through_temporary,
};
pub(crate) use disk::{open_regular, read_limited, write_atomic};
pub use error::{FileError, LoadError, SaveError, SaveStep, SyntaxError};
pub use recovery::{Recovery, RecoverySlot, find_recoveries, read_recovery};

use crate::model::{FORMAT_VERSION, Project};
use serde::Deserialize;
use std::path::Path;

/// Largest project file accepted (64 MiB): larger files are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Deepest nesting accepted; a real project nests about 7 levels.
pub const MAX_NESTING: usize = 64;

/// The sample project opened on first start, embedded in the binary.
pub const EMBEDDED_SAMPLE: &str = include_str!("../../projects/hotel-group.ron");
/// File name of the embedded sample, for window titles and Save As.
pub const EMBEDDED_SAMPLE_NAME: &str = "hotel-group.ron";

/// The first line of every saved file.
const HEADER: &str = "// CX Workbench project file (RON). Check it with: cx-workbench check FILE\n";

/// A content hash of a file as it was read or written, to notice changes made by others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub u64);

impl Fingerprint {
    /// The FNV-1a hash of `bytes`: stable across runs and platforms.
    pub fn of(bytes: &[u8]) -> Self {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Fingerprint(hash)
    }
}

/// A project read from disk, with the fingerprint of the bytes it came from.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The project.
    pub project: Project,
    /// Hash of the file's bytes.
    pub fingerprint: Fingerprint,
}

/// Reads a project from RON text: checks encoding and version, migrates older versions, and
/// reports syntax and type errors with line, column and field path.
pub fn parse(text: &str) -> Result<Project, LoadError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = first_meaningful_char(body);
    match first {
        None => return Err(LoadError::Empty),
        Some('{') | Some('[') => return Err(LoadError::LooksLikeJson),
        Some(_) => {}
    }
    let version = version::peek(body)?;
    if version > FORMAT_VERSION {
        return Err(LoadError::NewerVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let mut project = version::migrate(body, version)?;
    project.complete_assumptions();
    Ok(project)
}

/// Reads `bytes` as a project: refuses oversize, UTF-16 and non-text input before parsing.
pub fn parse_bytes(bytes: &[u8]) -> Result<Project, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || looks_utf16(bytes) {
        return Err(LoadError::Utf16);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotText {
        offset: e.valid_up_to(),
    })?;
    parse(text)
}

/// UTF-16 without a byte-order mark: ASCII text with a zero byte in every other place.
fn looks_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64)];
    sample.len() >= 4 && {
        let zeros_even = sample.iter().step_by(2).filter(|b| **b == 0).count();
        let zeros_odd = sample
            .iter()
            .skip(1)
            .step_by(2)
            .filter(|b| **b == 0)
            .count();
        let half = sample.len() / 2;
        zeros_even * 4 >= half * 3 || zeros_odd * 4 >= half * 3
    }
}

/// The first character that is not whitespace or inside a comment.
fn first_meaningful_char(text: &str) -> Option<char> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, tail)| tail);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, tail)| tail);
        } else {
            return rest.chars().next();
        }
    }
}

/// Deserialises a `T` from RON with the nesting limit, turning errors into [`LoadError`]s with
/// line, column, the offending line and the field path. Field paths are tracked only when
/// reading again after an error, so a good file is read at full speed.
pub(crate) fn deserialize_ron<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, LoadError> {
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
    let mut de = ron::Deserializer::from_str_with_options(text, &options)
        .map_err(|e| spanned_error(text, e, None))?;
    match T::deserialize(&mut de) {
        Ok(value) => {
            de.end()
                .map_err(|e| spanned_error(text, de.span_error(e), None))?;
            Ok(value)
        }
        Err(_) => Err(error_with_path::<T>(text, &options)),
    }
}

/// Reads `text` again, tracking the field path, to describe the error it contains.
fn error_with_path<'a, T: Deserialize<'a>>(text: &'a str, options: &ron::Options) -> LoadError {
    let mut de = match ron::Deserializer::from_str_with_options(text, options) {
        Ok(de) => de,
        Err(e) => return spanned_error(text, e, None),
    };
    let mut track = serde_path_to_error::Track::new();
    match T::deserialize(serde_path_to_error::Deserializer::new(&mut de, &mut track)) {
        Err(error) => {
            let spanned = de.span_error(error);
            spanned_error(text, spanned, readable_path(&track.path().to_string()))
        }
        // Cannot happen (the same text failed a moment ago); report the end of the text.
        Ok(_) => match de.end() {
            Err(e) => spanned_error(text, de.span_error(e), None),
            Ok(()) => spanned_error(text, de.span_error(ron::Error::Eof), None),
        },
    }
}

/// The field path without serde_path_to_error's placeholders (`.` for the root, `?` for a
/// place not yet known); `None` when nothing is left.
fn readable_path(raw: &str) -> Option<String> {
    let parts: Vec<&str> = raw
        .split('.')
        .filter(|part| !part.is_empty() && *part != "?")
        .collect();
    (!parts.is_empty()).then(|| parts.join("."))
}

/// Whether a complete project file would have continued after `text`: it does not end with the
/// closing `)` of the top-level struct.
fn looks_cut_short(text: &str) -> bool {
    !text.trim_end().ends_with(')')
}

fn spanned_error(text: &str, error: ron::error::SpannedError, path: Option<String>) -> LoadError {
    let line = error.span.start.line.max(1);
    let col = error.span.start.col.max(1);
    if error.code == ron::Error::ExceededRecursionLimit {
        return LoadError::TooDeep {
            line,
            col,
            limit: MAX_NESTING,
        };
    }
    let source_line = text
        .lines()
        .nth(line - 1)
        .unwrap_or_default()
        .trim_end()
        .to_string();
    let mut message = error.code.to_string();
    if error.code == ron::Error::Eof || looks_cut_short(text) {
        message.push_str(" (the file seems cut short: it does not end with the closing `)`)");
    }
    LoadError::Syntax(Box::new(SyntaxError {
        line,
        col,
        field_path: path,
        message,
        source_line,
    }))
}

/// Reads the file at `path` as a project. The error names the file.
pub fn load(path: &Path) -> Result<Loaded, FileError> {
    let in_file = |error| FileError {
        path: path.to_path_buf(),
        error,
    };
    let bytes = read_limited(path).map_err(in_file)?;
    let project = parse_bytes(&bytes).map_err(in_file)?;
    Ok(Loaded {
        project,
        fingerprint: Fingerprint::of(&bytes),
    })
}

/// The project as pretty RON text: deterministic, so an unchanged project saves to the same
/// bytes, and shaped for line-based diffs (one item per line, small records on one line).
pub fn to_ron(project: &Project) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(4)
        .indentor("    ")
        .new_line("\n")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    let body = ron::ser::to_string_pretty(project, config)?;
    let mut text = String::with_capacity(HEADER.len() + body.len() + 1);
    text.push_str(HEADER);
    // ron escapes apostrophes (`persona\'s`), which clutters Dutch and English text. Every
    // apostrophe in its output is escaped, so each `\'` is an escape and can be undone safely.
    text.push_str(&body.replace("\\'", "'"));
    text.push('\n');
    Ok(text)
}

/// Saves `project` to `path` atomically and keeps the previous version as `NAME.ron.bak`.
/// Returns the fingerprint of what was written. On error the file on disk is unchanged.
pub fn save(path: &Path, project: &Project) -> Result<Fingerprint, SaveError> {
    let text = to_ron(project).map_err(|e| SaveError::new(path, SaveStep::Serialise, e))?;
    write_atomic(path, text.as_bytes(), true, None)?;
    Ok(Fingerprint::of(text.as_bytes()))
}

/// Saves `project` to `path` atomically, without a `.bak`: for a merge's result, which git
/// reads from a file of its own in the work tree.
pub fn save_without_backup(path: &Path, project: &Project) -> Result<Fingerprint, SaveError> {
    let text = to_ron(project).map_err(|e| SaveError::new(path, SaveStep::Serialise, e))?;
    write_atomic(path, text.as_bytes(), false, None)?;
    Ok(Fingerprint::of(text.as_bytes()))
}

/// Writes `project` to a new file at `path`, never over an existing one (an existing file, or
/// link, gives an error of kind `AlreadyExists`); if writing fails, the new file is removed.
pub fn save_new(path: &Path, project: &Project) -> std::io::Result<()> {
    use std::io::Write as _;
    let text = to_ron(project).map_err(std::io::Error::other)?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all());
    if written.is_err() {
        let _ = std::fs::remove_file(path);
    }
    written
}

/// The embedded sample project.
pub fn embedded_sample() -> Result<Project, LoadError> {
    parse(EMBEDDED_SAMPLE)
}
