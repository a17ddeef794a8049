//! What the benchmarks share: the sample projects shipped in `projects/`.

use cx_workbench::model::Project;
use cx_workbench::store;
use std::path::{Path, PathBuf};

/// Every sample project that loads: its path, file name and project.
pub fn samples() -> impl Iterator<Item = (PathBuf, String, Project)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("projects");
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .filter_map(|path| {
            let loaded = store::load(&path).ok()?;
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((path, name, loaded.project))
        })
}
