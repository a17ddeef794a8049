//! The journey's plots: an emotion curve per persona over the touchpoints in journey order
//! (a scenario's "after" lines dashed over them), and touchpoints by ownership class and stage
//! as a heat grid with counts (Lemon & Verhoef 2016).

use super::csv::{Table, number};
use super::palette::{self, Rgb};
use super::plot::{
    Anchor, Axis, BarMark, BarsMark, Dash, LegendPlace, LineMark, Mark, Plot, RuleMark, Shape,
    Source, TextMark,
};
use super::units::ValueUnit;
use crate::engine::adjusted::ScenarioChanges;
use crate::i18n::{Lang, t};
use crate::model::catalog::ownership_label;
use crate::model::{Ownership, PlotKind, Project, Scenario, Touchpoint};

/// Up to this many touchpoints the curves' axis names them; beyond, it numbers them.
const MAX_NAMED_TOUCHPOINTS: usize = 12;

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
    // Names along the axis while they fit; positions (named in the CSV, the caption and on
    // hover) when the journey is long.
    let labels: Vec<String> = if order.len() <= MAX_NAMED_TOUCHPOINTS {
        order.iter().map(|(_, t)| t.name.clone()).collect()
    } else {
        (1..=order.len()).map(|i| i.to_string()).collect()
    };
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
    // Each stage's name above its part of the journey.
    for (s, stage) in project.stages.iter().enumerate() {
        let first = order.iter().position(|(x, _)| *x == s);
        let last = order.iter().rposition(|(x, _)| *x == s);
        if let (Some(first), Some(last)) = (first, last) {
            // The first and last names start and end at the plot's edges, so they stay in it.
            let (x, anchor) = if first == 0 {
                (-0.4, Anchor::Start)
            } else if last + 1 == order.len() {
                (last as f64 + 0.4, Anchor::End)
            } else {
                ((first + last) as f64 / 2.0, Anchor::Middle)
            };
            marks.push(Mark::Text(TextMark {
                // Every other name a little lower, so short stages' names do not overlap.
                at: [x, if s % 2 == 0 { 5.9 } else { 5.3 }],
                text: stage.name.clone(),
                color: None,
                anchor,
                strong: true,
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
        period_name: Some(t("touchpoint", "touchpoint").get(lang).to_string()),
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

/// The ownership × stage matrix as a heat grid: a cell per stage (columns) and ownership
/// class (rows, most control at the top), in the class's colour, stronger the more
/// touchpoints it holds, with the count written in it.
pub fn ownership_matrix(project: &Project, lang: Lang) -> Plot {
    let counts = ownership_counts(project);
    let most = counts
        .iter()
        .flat_map(|c| c.iter())
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let mut marks = Vec::new();
    for (s, stage) in counts.iter().enumerate() {
        for (r, ownership) in Ownership::ALL.iter().enumerate() {
            let count = stage[r];
            let y = (Ownership::ALL.len() - 1 - r) as f64;
            let share = count as f32 / most as f32;
            let label = ownership_label(*ownership, lang);
            marks.push(Mark::Bars(BarsMark {
                name: String::new(),
                color: if count == 0 {
                    palette::REFERENCE
                } else {
                    ownership_rgb(*ownership)
                },
                fill_opacity: if count == 0 {
                    0.08
                } else {
                    0.15 + 0.85 * share
                },
                horizontal: false,
                bars: vec![BarMark {
                    at: s as f64,
                    from: y - 0.45,
                    to: y + 0.45,
                    width: 0.92,
                    hover: format!("{label}: {count}"),
                }],
            }));
            marks.push(Mark::Text(TextMark {
                at: [s as f64, y],
                text: count.to_string(),
                color: None,
                anchor: Anchor::Middle,
                strong: true,
            }));
        }
    }
    let rows: Vec<String> = Ownership::ALL
        .iter()
        .map(|o| ownership_label(*o, lang).to_string())
        .collect();
    let mut x = Axis::categories(
        project.stages.iter().map(|s| s.name.clone()).collect(),
        false,
    );
    x.grid = false;
    let mut y = Axis::categories(rows, true);
    y.grid = false;
    if project.touchpoints.is_empty() {
        // Nothing to show yet: the renderers say so.
        marks.clear();
    } else {
        x.include = vec![-0.5, project.stages.len() as f64 - 0.5];
        y.include = vec![-0.5, Ownership::ALL.len() as f64 - 0.5];
    }
    Plot {
        kind: PlotKind::OwnershipMatrix,
        shape: Shape::GroupedBars,
        title: t(
            "Touchpoints by ownership and stage",
            "Touchpoints per eigenaarschap en fase",
        )
        .get(lang)
        .to_string(),
        x,
        y,
        marks,
        legend: None,
        caption: Some(
            t(
                "Ownership after Lemon & Verhoef (2016): who controls each touchpoint.",
                "Eigenaarschap naar Lemon & Verhoef (2016): wie elk touchpoint stuurt.",
            )
            .get(lang)
            .to_string(),
        ),
        period_name: None,
        lang,
        source: Source::Table(ownership_table(project, lang)),
    }
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
