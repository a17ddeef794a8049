//! Recovery copies: while there are unsaved changes the app writes the project to a recovery
//! file; after a crash the next start offers it. A recovery file is itself a valid project file
//! with one header line naming the file it belongs to.

use super::{FileError, SaveError, load, to_ron, write_atomic};
use crate::model::Project;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

const MARKER: &str = "// cx-workbench recovery of: ";
const PREFIX: &str = "recovery-";

/// A recovery copy found on disk.
#[derive(Clone, Debug)]
pub struct Recovery {
    /// The recovery file itself.
    pub path: PathBuf,
    /// The project file it is a copy of; `None` for a project never saved.
    pub original: Option<PathBuf>,
    /// When it was written.
    pub written: Option<SystemTime>,
}

/// Recovery file name for `original`: one slot per project file, one for unsaved projects.
fn recovery_file(dir: &Path, original: Option<&Path>) -> PathBuf {
    let key = original
        .map(|p| super::Fingerprint::of(p.to_string_lossy().as_bytes()).0)
        .unwrap_or(0);
    dir.join(format!("{PREFIX}{key:016x}.ron"))
}

/// Writes a recovery copy of `project` (the unsaved state of `original`) into `dir`.
pub fn write_recovery(
    dir: &Path,
    original: Option<&Path>,
    project: &Project,
) -> Result<PathBuf, SaveError> {
    let path = recovery_file(dir, original);
    fs::create_dir_all(dir)
        .map_err(|e| SaveError::new(&path, super::SaveStep::CreateTemporary, e))?;
    let body = to_ron(project).map_err(|e| SaveError::new(&path, super::SaveStep::Serialise, e))?;
    let original_text = match original {
        Some(p) => ron::to_string(&p.to_string_lossy()).unwrap_or_default(),
        None => "None".to_string(),
    };
    let text = format!("{MARKER}{original_text}\n{body}");
    write_atomic(&path, text.as_bytes(), false)?;
    Ok(path)
}

/// The recovery copies in `dir`, newest first.
pub fn find_recoveries(dir: &Path) -> Vec<Recovery> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Recovery> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(PREFIX) && name.ends_with(".ron")
        })
        .filter_map(|e| {
            let path = e.path();
            let head = read_head(&path)?;
            let original = head.strip_prefix(MARKER)?;
            let original = ron::from_str::<String>(original.trim())
                .ok()
                .map(PathBuf::from);
            let written = e.metadata().and_then(|m| m.modified()).ok();
            Some(Recovery {
                path,
                original,
                written,
            })
        })
        .collect();
    found.sort_by_key(|r| std::cmp::Reverse(r.written));
    found
}

fn read_head(path: &Path) -> Option<String> {
    use std::io::{BufRead, BufReader, Read};
    let file = fs::File::open(path).ok()?;
    let mut line = String::new();
    BufReader::new(file.take(4096)).read_line(&mut line).ok()?;
    Some(line)
}

/// Reads a recovery copy as a project.
pub fn read_recovery(recovery: &Recovery) -> Result<Project, FileError> {
    load(&recovery.path).map(|loaded| loaded.project)
}

/// Deletes the recovery copy of `original` in `dir`, if there is one.
pub fn discard_recovery(dir: &Path, original: Option<&Path>) {
    let _ = fs::remove_file(recovery_file(dir, original));
}
