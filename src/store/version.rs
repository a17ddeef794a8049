//! Format versions: finding a file's `format_version` cheaply, and migrating older versions.

use super::LoadError;
use super::deserialize_ron;
use crate::model::survey::months_from_text;
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

/// Reads a file of `version` (at most [`FORMAT_VERSION`]) as a current project, one step
/// per version: each step takes a project of its version to the next one.
///
/// - **1 → 2**: survey waves state how many months they cover (`length_months`, for the
///   calibration). Version 1 had no such field; the step reads it from the wave's period
///   text, else its label ("Spring 2026" → 3, "March–May" → 3, "Q3" → 3, "June" → 1; see
///   [`months_from_text`]) and leaves it unstated otherwise (the app then shows its
///   assumption of a quarter). Nothing else changed, so a version-1 file reads with the
///   version-2 types (every new field is optional) and keeps every other value as it was.
/// - **2 → 3**: "Today" is steady in new projects. A version-2 project kept its numbers by
///   the assumed rate of new customers, so it keeps that rate
///   ([`TodayBasis::Rate`](crate::model::TodayBasis::Rate)), calibrated to the wave its
///   assumptions name as their source ("Calibrated to Summer 2026"), if one does; the team
///   can choose a steady Today in Scenarios. Its slides' scenario comparisons keep showing
///   each scenario's own values (version 3 shows differences from Today unless told).
pub(super) fn migrate(text: &str, version: u32) -> Result<Project, LoadError> {
    match version {
        1 => {
            let project: Project = deserialize_ron(text)?;
            Ok(version_2_to_3(version_1_to_2(project)))
        }
        2 => {
            let project: Project = deserialize_ron(text)?;
            Ok(version_2_to_3(project))
        }
        FORMAT_VERSION => deserialize_ron(text),
        other => Err(LoadError::UnknownVersion(other)),
    }
}

/// The step from version 1 to 2: every wave's length from its own words, where they give it,
/// and the default assumptions' old sources replaced by their sources cited by title.
fn version_1_to_2(mut project: Project) -> Project {
    for row in &mut project.assumptions {
        if let Some(source) = crate::model::catalog::updated_source(row.key, &row.source) {
            row.source = source.to_string();
        }
    }
    for wave in &mut project.surveys {
        if wave.length_months.is_none() {
            wave.length_months =
                months_from_text(&wave.period).or_else(|| months_from_text(&wave.label));
        }
    }
    project.format_version = 2;
    project
}

/// The step from version 2 to 3: Today keeps the assumed rate of new customers, so every
/// number stays as it was, with the wave the assumptions were calibrated to, if any.
fn version_2_to_3(mut project: Project) -> Project {
    let calibrated_to = project.calibrated_wave_by_sources();
    project.settings.today = crate::model::TodayBasis::Rate { calibrated_to };
    // Its slides' comparisons keep showing each scenario's own values, as they did.
    for slide in &mut project.slides {
        if let crate::model::SlideContent::Plot(spec) = &mut slide.content
            && spec.kind.compares_scenarios()
        {
            spec.absolute = true;
        }
    }
    project.format_version = 3;
    project
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

    const VERSION_1: &str = r#"(
    format_version: 1,
    meta: (name: "Waves"),
    surveys: [
        (id: "sv-a", label: "Spring 2026 (March–May)"),
        (id: "sv-b", label: "Q3 2026"),
        (id: "sv-c", label: "Pulse", period: "2026-01 – 2026-06"),
        (id: "sv-d", label: "June 2026"),
        (id: "sv-e", label: "Pulse survey"),
    ],
)"#;

    #[test]
    fn version_1_waves_get_their_length_from_their_own_words() {
        let project = migrate(VERSION_1, 1).expect("migrates");
        assert_eq!(project.format_version, FORMAT_VERSION);
        let lengths: Vec<Option<u32>> = project.surveys.iter().map(|w| w.length_months).collect();
        assert_eq!(lengths, [Some(3), Some(3), Some(6), Some(1), None]);
        assert_eq!(project.surveys[4].months(), 3, "a quarter is assumed");
    }

    #[test]
    fn version_1_sources_are_cited_by_title_and_a_teams_own_source_is_kept() {
        let v1 = include_str!("../../tests/v1/hotel-group.ron");
        assert!(
            v1.contains("Seed 000"),
            "the version-1 sample had the old sources"
        );
        let v1 = v1.replacen(
            "\"Assumption; seed 001: loyalty needs an emotional connection\"",
            "\"Our own panel, 2025\"",
            1,
        );
        let project = migrate(&v1, 1).expect("migrates");
        for row in &project.assumptions {
            assert!(
                !row.source.to_lowercase().contains("seed"),
                "{:?}: {}",
                row.key,
                row.source
            );
        }
        assert!(
            project
                .assumptions
                .iter()
                .any(|row| row.source == "Our own panel, 2025")
        );
    }

    #[test]
    fn version_2_keeps_its_waves_and_version_0_does_not_exist() {
        let text = VERSION_1.replace("format_version: 1", "format_version: 2");
        let project = migrate(&text, 2).expect("reads as version 2");
        assert!(project.surveys.iter().all(|w| w.length_months.is_none()));
        assert_eq!(project.format_version, 3);
        assert!(matches!(
            migrate(VERSION_1, 0),
            Err(LoadError::UnknownVersion(0))
        ));
    }
}
