//! The journey's plots: an emotion curve per persona over the touchpoints in journey order
//! (a scenario's "after" lines dashed over them), and touchpoints by ownership class and stage
//! as a heat grid with counts (Lemon & Verhoef 2016).

use super::csv::{Table, number};
use super::palette::{self, Rgb};
use super::plot::{Axis, Dash, LegendPlace, LineMark, Mark, Plot, RuleMark, Shape, Source};
use super::units::ValueUnit;
use crate::engine::adjusted::ScenarioChanges;
use crate::i18n::{Lang, t};
use crate::model::catalog::ownership_label;
use crate::model::{Ownership, PlotKind, Project, Scenario, Touchpoint};

/// Colour of moment-of-truth marks.
pub const MOMENT_OF_TRUTH: Rgb = Rgb(0xC0, 0x39, 0x2B);

/// The colour of an ownership class: the same on the map, its legend and the matrix.
pub fn ownership_rgb(ownership: Ownership) -> Rgb {
    match ownership {
        Ownership::BrandOwned => Rgb(0x00, 0x72, 0xB2),
        Ownership::PartnerOwned => Rgb(0xE6, 0x9F, 0x00),
        Ownership::CustomerOwned => Rgb(0x00, 0x9E, 0x73),
        Ownership::SocialExternal => Rgb(0x6A, 0x3D, 0x9A),
    }
}

/// The touchpoints in journey order: by stage in the stages' order, in the user's order
/// within a stage; touchpoints of an unknown stage are left out (validation reports them).
/// Each with the index of its stage.
pub fn in_journey_order(project: &Project) -> Vec<(usize, &Touchpoint)> {
    let mut by_stage: Vec<Vec<&Touchpoint>> = vec![Vec::new(); project.stages.len()];
    let index: std::collections::HashMap<&str, usize> = project
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    for touchpoint in &project.touchpoints {
        if let Some(&s) = index.get(touchpoint.stage.as_str()) {
            by_stage[s].push(touchpoint);
        }
    }
    by_stage
        .into_iter()
        .enumerate()
        .flat_map(|(s, list)| list.into_iter().map(move |t| (s, t)))
        .collect()
}

/// The emotion curves of the personas at `personas` (indexes into the project's personas,
/// each in its palette colour), and with `scenario` the same curves after its initiatives,
/// dashed.
pub fn emotion_curves(
    project: &Project,
    personas: &[usize],
    scenario: Option<&Scenario>,
    lang: Lang,
) -> Plot {
    let order = in_journey_order(project);
    let labels: Vec<String> = order.iter().map(|(_, t)| t.name.clone()).collect();
    let changes = scenario.map(|s| ScenarioChanges::new(project, s));
    let mut table = Table {
        header: vec![
            t("Stage", "Fase").get(lang).to_string(),
            t("Touchpoint", "Touchpoint").get(lang).to_string(),
            t("Moment of truth", "Moment of truth")
                .get(lang)
                .to_string(),
        ],
        rows: order
            .iter()
            .map(|(s, tp)| {
                let stage = project.stages.get(*s).map(|s| s.name.clone());
                let mot = if tp.moment_of_truth { "1" } else { "0" };
                vec![stage.unwrap_or_default(), tp.name.clone(), mot.to_string()]
            })
            .collect(),
    };
    let mut marks = Vec::new();
    let end = order.len() as f64 - 0.5;
    // The zero line: neither angry nor delighted.
    marks.push(Mark::Line(LineMark {
        name: String::new(),
        color: palette::REFERENCE,
        points: vec![[-0.5, 0.0], [end.max(0.5), 0.0]],
        width: 1.0,
        dash: Dash::Solid,
    }));
    for (i, (s, _)) in order.iter().enumerate().skip(1) {
        if order[i - 1].0 != *s {
            marks.push(Mark::Rule(RuleMark {
                name: None,
                x: i as f64 - 0.5,
                color: palette::REFERENCE,
                width: 1.0,
                dash: Dash::Dotted,
            }));
        }
    }
    let mut named = false;
    for (i, (_, tp)) in order.iter().enumerate() {
        if tp.moment_of_truth {
            let name = (!named).then(|| t("Moment of truth", "Moment of truth").get(lang).into());
            named = true;
            marks.push(Mark::Rule(RuleMark {
                name,
                x: i as f64,
                color: MOMENT_OF_TRUTH,
                width: 1.5,
                dash: Dash::Dashed,
            }));
        }
    }
    for &p in personas {
        let Some(persona) = project.personas.get(p) else {
            continue;
        };
        let color = palette::series(p);
        let mut before = Vec::new();
        let mut after = Vec::new();
        let mut column = Vec::with_capacity(order.len());
        let mut column_after = Vec::with_capacity(order.len());
        for (i, (_, tp)) in order.iter().enumerate() {
            let experience = tp.experience_of(&persona.id);
            column.push(experience.map(|e| number(e.score)).unwrap_or_default());
            let Some(experience) = experience else {
                column_after.push(String::new());
                continue;
            };
            if experience.score.is_finite() {
                before.push([i as f64, experience.score]);
            }
            if let Some(changes) = &changes {
                let (score, _) = changes.after(tp, experience);
                after.push([i as f64, score]);
                column_after.push(number(score));
            }
        }
        table.header.push(persona.name.clone());
        push_column(&mut table, column);
        marks.push(Mark::Line(LineMark {
            name: persona.name.clone(),
            color,
            points: before,
            width: 3.0,
            dash: Dash::Solid,
        }));
        if let (Some(scenario), Some(_)) = (scenario, &changes) {
            let name = format!(
                "{} — {} {}",
                persona.name,
                t("after", "na").get(lang),
                scenario.name
            );
            table.header.push(name.clone());
            push_column(&mut table, column_after);
            marks.push(Mark::Line(LineMark {
                name,
                color,
                points: after,
                width: 2.0,
                dash: Dash::Dashed,
            }));
        }
    }
    let mut x = Axis::categories(labels, false);
    x.include = vec![-0.5, end.max(0.5)];
    x.grid = false;
    x.label = t(
        "Touchpoints in journey order",
        "Touchpoints in volgorde van de reis",
    )
    .get(lang)
    .to_string();
    let y = Axis::values(
        t(
            "Experience (−5 angry … +5 delighted)",
            "Beleving (−5 boos … +5 enthousiast)",
        )
        .get(lang),
        ValueUnit::Plain,
        &[-5.0, 5.0],
    );
    let stages: Vec<String> = project
        .stages
        .iter()
        .enumerate()
        .filter_map(|(s, stage)| {
            let first = order.iter().position(|(x, _)| *x == s)?;
            let last = order.iter().rposition(|(x, _)| *x == s)?;
            Some(format!("{} {}–{}", stage.name, first + 1, last + 1))
        })
        .collect();
    let caption = (!stages.is_empty()).then(|| {
        format!(
            "{}: {}",
            t("Stages (dotted lines)", "Fases (stippellijnen)").get(lang),
            stages.join(" · ")
        )
    });
    Plot {
        kind: PlotKind::EmotionCurves,
        shape: Shape::Lines,
        title: match scenario {
            Some(s) => format!(
                "{} — {} {}",
                t("Emotion curves", "Emotiecurves").get(lang),
                t("after", "na").get(lang),
                s.name
            ),
            None => t("Emotion curves", "Emotiecurves").get(lang).to_string(),
        },
        x,
        y,
        marks,
        legend: Some(LegendPlace::TopLeft),
        caption,
        period_name: None,
        lang,
        source: Source::Table(table),
    }
}

fn push_column(table: &mut Table, column: Vec<String>) {
    for (row, value) in table.rows.iter_mut().zip(column) {
        row.push(value);
    }
}

/// Touchpoints per ownership class (rows) and stage (columns), in the stages' order.
pub fn ownership_counts(project: &Project) -> Vec<[usize; 4]> {
    let mut counts = vec![[0usize; 4]; project.stages.len()];
    let index: std::collections::HashMap<&str, usize> = project
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    for touchpoint in &project.touchpoints {
        if let Some(&s) = index.get(touchpoint.stage.as_str()) {
            counts[s][ownership_row(touchpoint.ownership)] += 1;
        }
    }
    counts
}

/// The row of an ownership class in the matrix (most control first).
pub fn ownership_row(ownership: Ownership) -> usize {
    Ownership::ALL
        .iter()
        .position(|o| *o == ownership)
        .unwrap_or(0)
}

/// The numbers behind the ownership × stage matrix.
pub fn ownership_table(project: &Project, lang: Lang) -> Table {
    let counts = ownership_counts(project);
    let mut header = vec![t("Ownership", "Eigenaarschap").get(lang).to_string()];
    header.extend(project.stages.iter().map(|s| s.name.clone()));
    let rows = Ownership::ALL
        .iter()
        .enumerate()
        .map(|(r, o)| {
            let mut row = vec![ownership_label(*o, lang).to_string()];
            row.extend(counts.iter().map(|c| number(c[r] as f64)));
            row
        })
        .collect();
    Table { header, rows }
}

#[cfg(test)]
#[path = "journey_tests.rs"]
mod tests;
