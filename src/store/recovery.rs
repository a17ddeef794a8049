//! Recovery copies: while there are unsaved changes each window writes the project to its own
//! recovery file; after a crash the next start offers it. A recovery file is itself a valid
//! project file with header lines naming the file it belongs to (absolute) and the version of
//! that file the work was based on.

use super::{FileError, Fingerprint, SaveError, SaveStep, absolute, load, to_ron, write_atomic};
use crate::model::Project;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

const MARKER: &str = "// cx-workbench recovery of: ";
const BASED_ON: &str = "// based on the file's version: ";
const PREFIX: &str = "recovery-";

/// A recovery copy found on disk.
#[derive(Clone, Debug)]
pub struct Recovery {
    /// The recovery file itself.
    pub path: PathBuf,
    /// The project file it is a copy of (absolute); `None` for a project never saved.
    pub original: Option<PathBuf>,
    /// The fingerprint of the original file when the unsaved work started from it; `None`
    /// when unknown (a copy of a new project, or written by an older version).
    pub based_on: Option<Fingerprint>,
    /// When it was written.
    pub written: Option<SystemTime>,
}

/// The recovery file of one window: one per running window, so two windows on the same
/// file keep two copies and saving in one never deletes the other's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoverySlot {
    path: PathBuf,
}

static WINDOWS: AtomicU64 = AtomicU64::new(0);

impl RecoverySlot {
    /// A new slot in `dir` for a window of this process (named by process, window and start
    /// time, so a later process with the same id never overwrites an old copy).
    pub fn new(dir: &Path) -> Self {
        let window = WINDOWS.fetch_add(1, Ordering::Relaxed);
        let started = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let name = format!("{PREFIX}{}-{window}-{started:x}.ron", std::process::id());
        RecoverySlot {
            path: dir.join(name),
        }
    }

    /// The recovery file (it may not exist yet).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes a copy of `project`, the unsaved state of `original` (made absolute), whose
    /// work started from the version of the file with fingerprint `based_on`.
    pub fn write(
        &self,
        original: Option<&Path>,
        based_on: Option<Fingerprint>,
        project: &Project,
    ) -> Result<(), SaveError> {
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)
                .map_err(|e| SaveError::new(&self.path, SaveStep::CreateTemporary, e))?;
            // The copies hold a team's unsaved work: only this user may look in.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
            }
        }
        let body =
            to_ron(project).map_err(|e| SaveError::new(&self.path, SaveStep::Serialise, e))?;
        let original_text = match original {
            Some(p) => ron::to_string(&absolute(p).to_string_lossy()).unwrap_or_default(),
            None => "None".to_string(),
        };
        let based_on = based_on.map_or_else(|| "unknown".to_string(), |f| format!("{:016x}", f.0));
        let text = format!("{MARKER}{original_text}\n{BASED_ON}{based_on}\n{body}");
        // Readable by this user only, as the folder.
        write_atomic(&self.path, text.as_bytes(), false, Some(0o600))
    }

    /// Deletes the copy, if there is one.
    pub fn discard(&self) {
        let _ = fs::remove_file(&self.path);
    }

    /// Takes over `recovery` as this window's copy (after the user recovered it), so it is
    /// kept until this window saves or writes a newer copy.
    pub fn adopt(&self, recovery: &Recovery) {
        // On failure (another file system) the old copy stays where it is rather than be lost.
        if recovery.path != self.path {
            let _ = fs::rename(&recovery.path, &self.path);
        }
    }
}

/// The recovery copies in `dir`, newest first. Only regular files are read.
pub fn find_recoveries(dir: &Path) -> Vec<Recovery> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Recovery> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(PREFIX)
                && name.ends_with(".ron")
                && e.file_type().is_ok_and(|t| t.is_file())
        })
        .filter_map(|e| {
            let path = e.path();
            let (first, second) = read_head(&path)?;
            let original = first.strip_prefix(MARKER)?;
            let original = ron::from_str::<String>(original.trim())
                .ok()
                .map(PathBuf::from);
            let based_on = second
                .strip_prefix(BASED_ON)
                .and_then(|hex| u64::from_str_radix(hex.trim(), 16).ok())
                .map(Fingerprint);
            let written = e.metadata().and_then(|m| m.modified()).ok();
            Some(Recovery {
                path,
                original,
                based_on,
                written,
            })
        })
        .collect();
    found.sort_by_key(|r| std::cmp::Reverse(r.written));
    found
}

/// The first two lines of a file (at most 4 KiB of each).
fn read_head(path: &Path) -> Option<(String, String)> {
    use std::io::{BufRead, BufReader, Read};
    let file = super::open_regular(path).ok()?;
    let mut reader = BufReader::new(file.take(8192));
    let mut first = String::new();
    let mut second = String::new();
    reader.read_line(&mut first).ok()?;
    let _ = reader.read_line(&mut second);
    Some((first, second))
}

/// Reads a recovery copy as a project.
pub fn read_recovery(recovery: &Recovery) -> Result<Project, FileError> {
    load(&recovery.path).map(|loaded| loaded.project)
}
