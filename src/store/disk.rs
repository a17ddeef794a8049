//! The disk under the project files: opening only regular files, reading with the size limit,
//! writing atomically (the project and its `.bak` both through a temporary file and a rename,
//! so a failure at any step leaves every earlier version intact), and noticing changes.

use super::{Fingerprint, LoadError, MAX_FILE_BYTES, SaveError, SaveStep};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// `path` made absolute: the canonical path when it exists (or its folder does), else joined
/// to the working folder; as it is when even that fails.
pub fn absolute(path: &Path) -> PathBuf {
    if let Ok(canonical) = fs::canonicalize(path) {
        return canonical;
    }
    if let (Some(folder), Some(name)) = (path.parent(), path.file_name()) {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        if let Ok(folder) = fs::canonicalize(folder) {
            return folder.join(name);
        }
    }
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Opens `path` for reading if it is a regular file (following links). Pipes, devices and
/// folders are refused before opening, so reading never blocks or runs without end.
pub(crate) fn open_regular(path: &Path) -> Result<fs::File, LoadError> {
    let io = |e: std::io::Error| LoadError::Io(e.to_string());
    if !fs::metadata(path).map_err(io)?.is_file() {
        return Err(LoadError::NotAFile);
    }
    let file = fs::File::open(path).map_err(io)?;
    // Replaced between the two looks: check what was opened.
    if !file.metadata().map_err(io)?.is_file() {
        return Err(LoadError::NotAFile);
    }
    Ok(file)
}

/// Reads at most [`MAX_FILE_BYTES`] (+1, to notice more) from the regular file at `path`.
pub(crate) fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let file = open_regular(path)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::Io(e.to_string()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// Whether the file at `path` differs from what was loaded or saved as `fingerprint`
/// (including: it was deleted, cannot be read, is no longer a regular file or is too large).
pub fn changed_on_disk(path: &Path, fingerprint: Fingerprint) -> bool {
    match read_limited(path) {
        Ok(bytes) => Fingerprint::of(&bytes) != fingerprint,
        Err(_) => true,
    }
}

/// `NAME.ron.bak` next to `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A new temporary file next to `target` (hidden, unique in this process), created empty.
fn create_temporary(
    target: &Path,
    folder: &Path,
    path: &Path,
) -> Result<(PathBuf, fs::File), SaveError> {
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let counter = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let temp = folder.join(format!(".{name}.{}-{counter}.tmp", std::process::id()));
    let file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .map_err(|e| SaveError::new(path, SaveStep::CreateTemporary, e))?;
    Ok((temp, file))
}

/// Writes `bytes` to a temporary file in the same folder, flushes it to disk, optionally keeps
/// the old file as `.bak`, then renames the temporary file over `path`. A read-only file is
/// not replaced ([`SaveStep::ReadOnly`]).
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    // Save through a symbolic link into the file it points to, keeping the link.
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path).unwrap_or(path.into()),
        _ => path.to_path_buf(),
    };
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let previous = fs::metadata(&target).ok();
    if let Some(meta) = &previous
        && meta.is_file()
        && meta.permissions().readonly()
    {
        return Err(SaveError::new(path, SaveStep::ReadOnly, "read-only"));
    }
    let (temp, mut file) = create_temporary(&target, &folder, path)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| match &previous {
            Some(meta) if meta.is_file() => fs::set_permissions(&temp, meta.permissions()),
            _ => Ok(()),
        });
    drop(file);
    let cleanup = |step, error: std::io::Error| {
        let _ = fs::remove_file(&temp);
        SaveError::new(path, step, error)
    };
    written.map_err(|e| cleanup(SaveStep::Write, e))?;
    // Only a regular file has a previous version worth keeping (never read a pipe or device).
    if keep_backup && previous.as_ref().is_some_and(fs::Metadata::is_file) {
        keep_backup_of(&target, &folder, path).inspect_err(|_| {
            let _ = fs::remove_file(&temp);
        })?;
    }
    fs::rename(&temp, &target).map_err(|e| cleanup(SaveStep::Replace, e))?;
    sync_folder(&folder);
    Ok(())
}

/// Copies `target` to a temporary file, flushes it, and renames it over `NAME.ron.bak`: an old
/// backup survives a full disk or any other failure, and a read-only backup never blocks.
fn keep_backup_of(target: &Path, folder: &Path, path: &Path) -> Result<(), SaveError> {
    let (temp, mut out) = create_temporary(&backup_path(target), folder, path)?;
    let copied = open_regular(target)
        .map_err(|e| std::io::Error::other(e.to_string()))
        .and_then(|mut source| std::io::copy(&mut source, &mut out))
        .and_then(|_| out.sync_all());
    drop(out);
    copied
        .and_then(|()| fs::rename(&temp, backup_path(target)))
        .map_err(|e| {
            let _ = fs::remove_file(&temp);
            SaveError::new(path, SaveStep::Backup, e)
        })
}

/// Makes a rename durable; not every platform can open a folder, so best effort.
fn sync_folder(folder: &Path) {
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}
