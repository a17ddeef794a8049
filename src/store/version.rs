//! Format versions: finding a file's `format_version` cheaply, and migrating older versions.

use super::LoadError;
use super::deserialize_ron;
use crate::model::{FORMAT_VERSION, Project};
use serde::Deserialize;

/// The file's `format_version`. Saved files put it first, where a scan finds it without
/// parsing; other files are probed with a lenient parse.
pub(super) fn peek(text: &str) -> Result<u32, LoadError> {
    if let Some(version) = scan_leading_version(text) {
        return Ok(version);
    }
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default, deserialize_with = "present")]
        format_version: Option<u32>,
    }
    fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
        u32::deserialize(d).map(Some)
    }
    let probe: Probe = deserialize_ron(text)?;
    probe.format_version.ok_or(LoadError::NoVersion)
}

/// `format_version: N` as the first field of the top-level struct, after comments.
fn scan_leading_version(text: &str) -> Option<u32> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, tail)| tail);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, tail)| tail);
        } else {
            break;
        }
    }
    let rest = rest.strip_prefix("Project").unwrap_or(rest).trim_start();
    let rest = rest.strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("format_version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits: &str = &rest[..rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len())];
    let after = rest[digits.len()..].trim_start();
    if !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    digits.parse().ok()
}

/// Reads a file of `version` (at most [`FORMAT_VERSION`]) as a current project. Each older
/// version gets a step here that rewrites its text to the next version's; there is only
/// version 1 so far.
pub(super) fn migrate(text: &str, version: u32) -> Result<Project, LoadError> {
    match version {
        FORMAT_VERSION => deserialize_ron(text),
        other => Err(LoadError::UnknownVersion(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_version_is_found_without_parsing() {
        assert_eq!(
            scan_leading_version("// c\n(\n    format_version: 7,\n"),
            Some(7)
        );
        assert_eq!(scan_leading_version("Project(format_version:1)"), Some(1));
        assert_eq!(scan_leading_version("(meta: (), format_version: 1)"), None);
        assert_eq!(scan_leading_version("(format_version: 1x,"), None);
        assert_eq!(
            scan_leading_version("(format_version: 99999999999999,"),
            None
        );
    }
}
