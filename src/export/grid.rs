//! The touchpoint grid as CSV, out and back in (`touchpoints.csv`): one row per touchpoint in
//! journey order with its id, stage, name, channel, ownership, moment of truth and
//! experiential elements, and per persona its experience (−5..+5), effort (1–7) and reach
//! (a share 0–1). Headers, separator and decimal mark are the project language's (`;` and
//! `,` for Dutch Excel); the reader takes either.
//!
//! Reading it back updates touchpoints by id and adds a row without an id as a new
//! touchpoint; rows whose id the project no longer has are listed and left out. A cell that
//! is not a number, out of its range, or names an unknown stage, channel or ownership is
//! named by row and column, and nothing changes. Numbers are written in full (the shortest
//! text that reads back as the same number), so an unchanged file changes nothing.

use crate::charts::csv::Dialect;
use crate::charts::journey::in_journey_order;
use crate::i18n::{Lang, t};
use crate::model::catalog::{CHANNELS, channel_label, element_label, ownership_label};
use crate::model::journey::{MAX_EFFORT, MAX_SCORE, MIN_EFFORT, MIN_SCORE};
use crate::model::{Channel, Experience, ExperientialElement, Id, Ownership, Project, Touchpoint};

/// The text of a CSV file as the app reads a spreadsheet's or a survey tool's export: only a
/// regular file within the size limit, decoded from UTF-8, UTF-16 or Windows-1252; the
/// reason in `lang` when it cannot be read.
pub fn read_csv_file(path: &std::path::Path, lang: Lang) -> Result<String, String> {
    let bytes = crate::store::read_limited(path).map_err(|e| e.message(lang))?;
    crate::model::survey_import::decode(&bytes).map_err(|e| e.message(lang))
}

/// A persona's experience, effort and reach in one row.
type Scores = (f64, f64, f64);

/// The fixed columns before the personas'.
const FIXED: usize = 7;

fn headers(project: &Project, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = [
        t("Id", "Id"),
        t("Stage", "Fase"),
        t("Touchpoint", "Touchpoint"),
        t("Channel", "Kanaal"),
        t("Ownership", "Eigenaarschap"),
        t("Moment of truth", "Moment of truth"),
        t("Experiential elements", "Belevingselementen"),
    ]
    .iter()
    .map(|h| h.get(lang).to_string())
    .collect();
    for persona in &project.personas {
        for what in [
            t("{persona}: experience", "{persona}: beleving"),
            t("{persona}: effort", "{persona}: moeite"),
            t("{persona}: reach", "{persona}: bereik"),
        ] {
            out.push(what.fill(lang, &[("persona", &persona.name)]));
        }
    }
    out
}

fn yes_no(value: bool, lang: Lang) -> &'static str {
    if value {
        t("yes", "ja").get(lang)
    } else {
        t("no", "nee").get(lang)
    }
}

/// A number in full, with the dialect's decimal mark.
fn full(value: f64, dialect: Dialect) -> String {
    let text = format!("{value}");
    if dialect.decimal == '.' {
        text
    } else {
        text.replace('.', &dialect.decimal.to_string())
    }
}

/// The grid of `project` as CSV in its language's dialect.
pub fn touchpoints_csv(project: &Project) -> String {
    let lang = project.meta.language;
    let dialect = Dialect::of(lang);
    let separator = dialect.separator.to_string();
    let line = |fields: Vec<String>| fields.join(&separator) + "\n";
    let mut out = line(
        headers(project, lang)
            .iter()
            .map(|h| dialect.field(h))
            .collect(),
    );
    for (stage, tp) in in_journey_order(project) {
        let stage = project.stages.get(stage).map_or("", |s| s.name.as_str());
        let elements: Vec<&str> = tp
            .elements
            .iter()
            .map(|e| element_label(*e, lang))
            .collect();
        let mut fields = vec![
            dialect.field(tp.id.as_str()),
            dialect.field(stage),
            dialect.field(&tp.name),
            dialect.field(&channel_label(&tp.channel, lang)),
            dialect.field(ownership_label(tp.ownership, lang)),
            dialect.field(yes_no(tp.moment_of_truth, lang)),
            dialect.field(&elements.join(" / ")),
        ];
        for persona in &project.personas {
            match tp.experience_of(&persona.id) {
                Some(e) => {
                    fields.push(full(e.score, dialect));
                    fields.push(full(e.effort, dialect));
                    fields.push(full(e.reach, dialect));
                }
                None => fields.extend([String::new(), String::new(), String::new()]),
            }
        }
        out.push_str(&line(fields));
    }
    out
}

/// What reading a grid back would change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GridChanges {
    /// Touchpoints changed, by id.
    pub changed: Vec<Id>,
    /// Touchpoints added (rows without an id), by name.
    pub added: Vec<String>,
    /// Ids in the file the project no longer has: those rows are left out.
    pub unknown: Vec<String>,
}

/// Reads a grid CSV (either dialect) into a copy of `project`: the project with the grid's
/// values, and what changed; or the first cell that cannot be read, named by row and column.
pub fn read_touchpoints(
    project: &Project,
    text: &str,
    lang: Lang,
) -> Result<(Project, GridChanges), String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or_default();
    let separator = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| e.to_string())?
        .iter()
        .map(str::to_string)
        .collect();
    let mut result = project.clone();
    let mut changes = GridChanges::default();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        let record = record.map_err(|e| e.to_string())?;
        // A text the writer kept from running as a formula has a leading ' to take off.
        let cell = |c: usize| {
            let text = record.get(c).unwrap_or("").trim();
            match text.strip_prefix('\'') {
                Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
                _ => text,
            }
        };
        let problem = |c: usize, what: &str| {
            t(
                "row {row}, column \"{column}\": {what}",
                "rij {row}, kolom \"{column}\": {what}",
            )
            .fill(
                lang,
                &[
                    ("row", &row),
                    ("column", &header.get(c).cloned().unwrap_or_default()),
                    ("what", &what),
                ],
            )
        };
        let number = |c: usize, low: f64, high: f64| -> Result<Option<f64>, String> {
            let text = cell(c);
            if text.is_empty() {
                return Ok(None);
            }
            let value: f64 = text
                .replace(',', ".")
                .replace('−', "-")
                .parse()
                .map_err(|_| problem(c, &format!("{text:?} is not a number")))?;
            if !(low..=high).contains(&value) {
                return Err(problem(c, &format!("{text} is outside {low}..{high}")));
            }
            Ok(Some(value))
        };
        let id = cell(0);
        let position = result
            .touchpoints
            .iter()
            .position(|tp| tp.id.as_str() == id);
        if !id.is_empty() && position.is_none() {
            changes.unknown.push(id.to_string());
            continue;
        }
        let stage = result
            .stages
            .iter()
            .find(|s| s.name.trim() == cell(1))
            .map(|s| s.id.clone())
            .ok_or_else(|| problem(1, &format!("no stage named {:?}", cell(1))))?;
        let channel = channel_named(cell(3))
            .ok_or_else(|| problem(3, &format!("no channel named {:?}", cell(3))))?;
        let ownership = Ownership::ALL
            .into_iter()
            .find(|o| {
                [Lang::En, Lang::Nl]
                    .iter()
                    .any(|l| ownership_label(*o, *l) == cell(4))
            })
            .ok_or_else(|| problem(4, &format!("no ownership named {:?}", cell(4))))?;
        let moment = match cell(5).to_lowercase().as_str() {
            "yes" | "ja" | "true" | "1" => true,
            "no" | "nee" | "false" | "0" | "" => false,
            other => return Err(problem(5, &format!("{other:?} is not yes or no"))),
        };
        let mut elements = Vec::new();
        for name in cell(6).split('/').map(str::trim).filter(|n| !n.is_empty()) {
            let element = ExperientialElement::ALL
                .into_iter()
                .find(|e| {
                    [Lang::En, Lang::Nl]
                        .iter()
                        .any(|l| element_label(*e, *l) == name)
                })
                .ok_or_else(|| problem(6, &format!("no experiential element named {name:?}")))?;
            elements.push(element);
        }
        let mut experiences: Vec<(Id, Option<Scores>)> = Vec::new();
        for (p, persona) in result.personas.iter().enumerate() {
            let base = FIXED + 3 * p;
            let score = number(base, MIN_SCORE, MAX_SCORE)?;
            let effort = number(base + 1, MIN_EFFORT, MAX_EFFORT)?;
            let reach = number(base + 2, 0.0, 1.0)?;
            let values = match (score, effort, reach) {
                (None, None, None) => None,
                (Some(s), Some(e), Some(r)) => Some((s, e, r)),
                _ => {
                    return Err(problem(
                        base,
                        t(
                            "give experience, effort and reach together, or none of them",
                            "geef beleving, moeite en bereik samen, of geen van drieën",
                        )
                        .get(lang),
                    ));
                }
            };
            experiences.push((persona.id.clone(), values));
        }
        let mut touchpoint = match position {
            Some(p) => result.touchpoints[p].clone(),
            None => Touchpoint {
                id: Id::generate("tp", cell(2), result.touchpoints.iter().map(|tp| &tp.id)),
                ..Touchpoint::default()
            },
        };
        touchpoint.stage = stage;
        touchpoint.name = cell(2).to_string();
        touchpoint.channel = channel;
        touchpoint.ownership = ownership;
        touchpoint.moment_of_truth = moment;
        touchpoint.elements = elements;
        for (persona, values) in experiences {
            let at = touchpoint
                .experiences
                .iter()
                .position(|e| e.persona == persona);
            match (at, values) {
                (Some(i), Some((score, effort, reach))) => {
                    let e = &mut touchpoint.experiences[i];
                    if e.reach != reach {
                        e.reach_is_default = false;
                    }
                    (e.score, e.effort, e.reach) = (score, effort, reach);
                }
                (Some(i), None) => {
                    touchpoint.experiences.remove(i);
                }
                (None, Some((score, effort, reach))) => touchpoint.experiences.push(Experience {
                    persona,
                    score,
                    effort,
                    reach,
                    reach_is_default: false,
                }),
                (None, None) => {}
            }
        }
        match position {
            Some(p) => {
                if result.touchpoints[p] != touchpoint {
                    changes.changed.push(touchpoint.id.clone());
                    result.touchpoints[p] = touchpoint;
                }
            }
            None => {
                changes.added.push(touchpoint.name.clone());
                result.touchpoints.push(touchpoint);
            }
        }
    }
    Ok((result, changes))
}

/// The channel named `name` (in either language), or a channel of the team's own.
fn channel_named(name: &str) -> Option<Channel> {
    if name.is_empty() {
        return None;
    }
    Some(
        CHANNELS
            .iter()
            .find(|c| {
                [Lang::En, Lang::Nl]
                    .iter()
                    .any(|l| channel_label(c, *l) == name)
            })
            .cloned()
            .unwrap_or_else(|| Channel::Other(name.to_string())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> Project {
        let path = format!("{}/projects/{name}.ron", env!("CARGO_MANIFEST_DIR"));
        crate::store::parse(&std::fs::read_to_string(path).expect("sample")).expect("sample")
    }

    #[test]
    fn an_unchanged_grid_reads_back_to_the_same_file() {
        for name in ["hotel-group", "online-shop"] {
            let project = sample(name);
            let csv = touchpoints_csv(&project);
            let lines = csv.lines().count();
            assert_eq!(lines, project.touchpoints.len() + 1, "{name}");
            let (read, changes) = read_touchpoints(&project, &csv, Lang::En).expect("reads");
            assert_eq!(changes, GridChanges::default(), "{name}");
            assert_eq!(
                crate::store::to_ron(&read).expect("ron"),
                crate::store::to_ron(&project).expect("ron"),
                "{name}"
            );
        }
        // Dutch: semicolons and decimal commas.
        let shop = touchpoints_csv(&sample("online-shop"));
        assert!(
            shop.lines().next().expect("header").contains(";Fase;"),
            "{shop}"
        );
    }

    #[test]
    fn a_changed_cell_a_new_row_and_a_bad_cell() {
        let project = sample("hotel-group");
        let csv = touchpoints_csv(&project);
        let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
        // The first touchpoint's first persona's experience becomes +4.
        let mut cells: Vec<String> = lines[1].split(',').map(str::to_string).collect();
        let before = cells[FIXED].clone();
        cells[FIXED] = "4".into();
        let changed = cells.join(",");
        lines[1] = changed.clone();
        // A new touchpoint without an id, copied from the second row.
        let mut new: Vec<String> = lines[2].split(',').map(str::to_string).collect();
        new[0] = String::new();
        new[2] = "Guest WhatsApp".into();
        lines.push(new.join(","));
        lines.push(format!(
            "tp-gone{}",
            &lines[2][lines[2].find(',').unwrap_or(0)..]
        ));
        let text = lines.join("\n") + "\n";
        let (read, changes) = read_touchpoints(&project, &text, Lang::En).expect("reads");
        assert_ne!(before, "4");
        assert_eq!(changes.changed.len(), 1);
        assert_eq!(changes.added, ["Guest WhatsApp"]);
        assert_eq!(changes.unknown, ["tp-gone"]);
        assert_eq!(read.touchpoints.len(), project.touchpoints.len() + 1);
        // A cell that is not a number: named, and nothing changes.
        let bad = text.replacen(&changed, &changed.replace(",4,", ",lots,"), 1);
        let error = read_touchpoints(&project, &bad, Lang::En).expect_err("refused");
        assert!(
            error.contains("row 2") && error.contains("experience"),
            "{error}"
        );
        let out_of_range = text.replacen(&changed, &changed.replace(",4,", ",9,"), 1);
        let error = read_touchpoints(&project, &out_of_range, Lang::En).expect_err("refused");
        assert!(error.contains("outside -5..5"), "{error}");
    }
}
