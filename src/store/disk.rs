//! The disk under the project files: opening only regular files, reading with the size limit,
//! writing atomically (the project and its `.bak` both through a temporary file and a rename,
//! so a failure at any step leaves every earlier version intact), and noticing changes.

use super::{Fingerprint, LoadError, MAX_FILE_BYTES, SaveError, SaveStep};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

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

/// A new, empty temporary file in `folder` for writing the file `name` atomically: hidden
/// (`.NAME.XXXXXX.tmp`), with an unpredictable part, and created with `O_CREAT | O_EXCL`, so
/// it is never a file or link someone else made (a link planted at the name makes the open
/// fail, and another name is tried). Its mode is `mode` (Unix; less the umask), else the
/// system's default for a new file.
pub fn temporary_in(
    folder: &Path,
    name: &str,
    mode: Option<u32>,
) -> std::io::Result<tempfile::NamedTempFile> {
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(TEMPORARY_SUFFIX)
        .rand_bytes(8);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(fs::Permissions::from_mode(mode.unwrap_or(0o666)));
    }
    #[cfg(not(unix))]
    let _ = mode;
    builder.tempfile_in(folder)
}

/// The permission bits of `meta` (Unix; 0o666 elsewhere, where they are not used).
fn mode_of(meta: &fs::Metadata) -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        meta.permissions().mode() & 0o7777
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        0o666
    }
}

/// How our temporary files end.
const TEMPORARY_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `folder/name` through a [`temporary_in`] file renamed over it when
/// complete (a link at `name` is replaced, never written through); on failure the temporary
/// file is removed and nothing else changes.
pub fn write_through_temporary(folder: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = temporary_in(folder, name, None)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(folder.join(name)).map_err(|e| e.error)?;
    Ok(())
}

/// Creates the folder `path` that we write into (a handout's `deck`), unless it is there:
/// a link at `path` is refused, so a planted link cannot send our files elsewhere.
pub fn create_own_folder(path: &Path) -> std::io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            format!(
                "{} is a link; files are not written through links",
                path.display()
            ),
        )),
        Ok(meta) if meta.is_dir() && owned_by_this_user(&meta) => Ok(()),
        Ok(meta) if meta.is_dir() => Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            format!(
                "{} belongs to another user; files are not written into it",
                path.display()
            ),
        )),
        Ok(_) => Err(std::io::Error::other(format!(
            "{} is not a folder",
            path.display()
        ))),
        Err(_) => fs::create_dir_all(path),
    }
}

/// Removes our own temporary files for `name` in `folder` that a save killed mid-write left
/// behind: regular files named as [`temporary_in`] names them, untouched for ten minutes (a
/// save in another window is never that slow).
fn remove_stale_temporaries(folder: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(600);
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let random = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(TEMPORARY_SUFFIX));
        let ours =
            random.is_some_and(|r| r.len() == 8 && r.bytes().all(|b| b.is_ascii_alphanumeric()));
        let stale = entry.metadata().ok().is_some_and(|meta| {
            meta.file_type().is_file() && meta.modified().is_ok_and(|at| at < old)
        });
        if ours && stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether this user may write the file at `path`, asked of the system without opening it
/// (Unix: `faccessat` with the effective ids; elsewhere the write bit decides).
fn may_write(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt as _;
        let Ok(name) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
            return false;
        };
        // SAFETY: a valid C string; faccessat only reads the file's metadata.
        unsafe { libc::faccessat(libc::AT_FDCWD, name.as_ptr(), libc::W_OK, libc::AT_EACCESS) == 0 }
    }
    #[cfg(not(unix))]
    {
        fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
    }
}

/// Whether `meta` (of a link or a folder) belongs to this user (always, where files have no
/// owners).
pub(crate) fn owned_by_this_user(meta: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        // SAFETY: geteuid has no preconditions and cannot fail.
        meta.uid() == unsafe { libc::geteuid() }
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        true
    }
}

/// A new temporary file next to `target` for the save of `path`.
fn create_temporary(
    target: &Path,
    folder: &Path,
    path: &Path,
    mode: Option<u32>,
) -> Result<tempfile::NamedTempFile, SaveError> {
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    temporary_in(folder, &name, mode)
        .map_err(|e| SaveError::new(path, SaveStep::CreateTemporary, e))
}

/// Writes `bytes` to a temporary file in the same folder, flushes it to disk, optionally keeps
/// the old file as `.bak`, then renames the temporary file over `path`. A read-only file is
/// not replaced ([`SaveStep::ReadOnly`]). With `mode` (Unix) the file gets exactly that mode;
/// without, an existing file keeps its own and a new one gets the system's default.
pub(crate) fn write_atomic(
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    mode: Option<u32>,
) -> Result<(), SaveError> {
    // Save through a symbolic link into the file it points to, keeping the link: only a
    // link of this user's own (one another user planted is replaced, never written through).
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() && owned_by_this_user(&meta) => {
            fs::canonicalize(path).unwrap_or(path.into())
        }
        _ => path.to_path_buf(),
    };
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let previous = fs::metadata(&target).ok();
    // Read-only for this user: no write bit, or the system says no (a file of another user
    // in the user's own folder could otherwise be replaced, and taken over, by the rename).
    if let Some(meta) = &previous
        && meta.is_file()
        && (meta.permissions().readonly() || !may_write(&target))
    {
        return Err(SaveError::new(path, SaveStep::ReadOnly, "read-only"));
    }
    // The mode the file ends with: the one asked for (a recovery copy is private), else the
    // project's own (a private 0600 file stays private), else the system's default. The
    // temporary file is created with it, so it is never readable by more people meanwhile.
    let final_mode = mode.or_else(|| previous.as_ref().filter(|m| m.is_file()).map(mode_of));
    let mut file = create_temporary(&target, &folder, path, final_mode)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .and_then(|()| match final_mode {
            // Exactly (creating it took the umask off), on the open file, not by its name.
            #[cfg(unix)]
            Some(mode) => {
                use std::os::unix::fs::PermissionsExt as _;
                file.as_file()
                    .set_permissions(fs::Permissions::from_mode(mode))
            }
            _ => Ok(()),
        });
    // On any error below, dropping `file` removes the temporary file.
    written.map_err(|e| SaveError::new(path, SaveStep::Write, e))?;
    // Only a regular file has a previous version worth keeping (never read a pipe or device).
    if keep_backup && let Some(meta) = previous.as_ref().filter(|m| m.is_file()) {
        keep_backup_of(&target, &folder, path, meta)?;
    }
    file.persist(&target)
        .map_err(|e| SaveError::new(path, SaveStep::Replace, e.error))?;
    sync_folder(&folder);
    if let Some(name) = target.file_name() {
        remove_stale_temporaries(&folder, &name.to_string_lossy());
        remove_stale_temporaries(
            &folder,
            &backup_path(&target)
                .file_name()
                .unwrap_or_default()
                .to_string_lossy(),
        );
    }
    Ok(())
}

/// Copies `target` to a temporary file, flushes it, and renames it over `NAME.ron.bak`: an old
/// backup survives a full disk or any other failure, and a read-only backup never blocks. The
/// backup has the project's own mode (`meta`): it is as private as the project.
fn keep_backup_of(
    target: &Path,
    folder: &Path,
    path: &Path,
    meta: &fs::Metadata,
) -> Result<(), SaveError> {
    let mut out = create_temporary(&backup_path(target), folder, path, Some(mode_of(meta)))?;
    let copied = open_regular(target)
        .map_err(|e| std::io::Error::other(e.to_string()))
        .and_then(|mut source| std::io::copy(&mut source, out.as_file_mut()))
        .and_then(|_| out.as_file().sync_all())
        .and_then(|()| out.as_file().set_permissions(meta.permissions()));
    copied
        .and_then(|()| {
            out.persist(backup_path(target))
                .map(|_| ())
                .map_err(|e| e.error)
        })
        .map_err(|e| SaveError::new(path, SaveStep::Backup, e))
}

/// Makes a rename durable; not every platform can open a folder, so best effort.
fn sync_folder(folder: &Path) {
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}
