//! The journey's plots: an emotion curve per persona over the touchpoints in journey order
//! (a scenario's "after" lines dashed over them), and touchpoints by ownership class and stage
//! as a heat grid with counts (Lemon & Verhoef 2016).

use super::csv::{Table, number};
use super::palette::{self, Rgb};
use super::plot::{
    Anchor, Axis, BarMark, BarsMark, Dash, LegendPlace, LineMark, Mark, Marker, Plot, RuleMark,
    Shape, Source, TextMark,
};
use super::units::ValueUnit;
use crate::engine::adjusted::ScenarioChanges;
use crate::i18n::{Lang, t};
use crate::model::{Ownership, PlotKind, PlotSpec, Project, Scenario, Touchpoint};

/// Up to this many touchpoints the curves' axis names them; beyond, it numbers them.
const MAX_NAMED_TOUCHPOINTS: usize = 12;

/// Up to this many moments of truth are marked by a line across the curves.
const MAX_TRUTH_RULES: usize = 40;

/// Colour of moment-of-truth marks.
pub const MOMENT_OF_TRUTH: Rgb = Rgb(0xC0, 0x39, 0x2B);

/// Where the stage names are, above the best experience.
const STAGE_NAMES: f64 = 5.9;

/// Where a moment of truth's line ends: under the stage names, also where they take two lines.
const TRUTH_TOP: f64 = 4.7;

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
    journey_order(project)
        .into_iter()
        .map(|(s, i)| (s, &project.touchpoints[i]))
        .collect()
}

/// [`in_journey_order`] as indices: `(stage, touchpoint)` into the project's lists.
pub fn journey_order(project: &Project) -> Vec<(usize, usize)> {
    let mut by_stage: Vec<Vec<usize>> = vec![Vec::new(); project.stages.len()];
    let index: std::collections::HashMap<&str, usize> = project
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    for (i, touchpoint) in project.touchpoints.iter().enumerate() {
        if let Some(&s) = index.get(touchpoint.stage.as_str()) {
            by_stage[s].push(i);
        }
    }
    by_stage
        .into_iter()
        .enumerate()
        .flat_map(|(s, list)| list.into_iter().map(move |i| (s, i)))
        .collect()
}

/// The emotion curves as data: what the plot description is made of, and what the Journey
/// workspace draws under its map at the map's own columns.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveData {
    /// The touchpoints in journey order: `(stage, touchpoint)` indices ([`journey_order`]).
    pub order: Vec<(usize, usize)>,
    /// One curve per persona shown, in the order asked for.
    pub curves: Vec<PersonaCurve>,
}

/// One persona's emotion curve.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaCurve {
    /// Index into the project's personas (and its palette colour).
    pub persona: usize,
    /// The touchpoints the persona uses, in journey order.
    pub points: Vec<CurvePoint>,
}

/// A touchpoint a persona uses on its curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    /// Its place in [`CurveData::order`].
    pub at: usize,
    /// The persona's experience score there, when it is a number.
    pub score: Option<f64>,
    /// The score after the scenario's initiatives, when a scenario is given.
    pub after: Option<f64>,
}

/// The curves of the personas at `personas` (indexes into the project's personas), and with
/// `scenario` the scores after its initiatives.
pub fn curve_data(project: &Project, personas: &[usize], scenario: Option<&Scenario>) -> CurveData {
    let order = journey_order(project);
    let changes = scenario.map(|s| ScenarioChanges::new(project, s));
    let curves = personas
        .iter()
        .filter_map(|&p| {
            let persona = project.personas.get(p)?;
            let points = order
                .iter()
                .enumerate()
                .filter_map(|(at, &(_, i))| {
                    let touchpoint = &project.touchpoints[i];
                    let experience = touchpoint.experience_of(&persona.id)?;
                    Some(CurvePoint {
                        at,
                        score: experience.score.is_finite().then_some(experience.score),
                        after: changes.as_ref().map(|c| c.after(touchpoint, experience).0),
                    })
                })
                .collect();
            Some(PersonaCurve { persona: p, points })
        })
        .collect();
    CurveData { order, curves }
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
    let mut table = journey_table(project, &order, lang);
    // A short journey names its touchpoints along the axis (categories 0, 1, …); a long
    // one numbers them 1, 2, … on a value axis, whose ticks stay few.
    let named = order.len() <= MAX_NAMED_TOUCHPOINTS;
    let base = if named { 0.0 } else { 1.0 };
    let end = order.len() as f64 - 0.5 + base;
    let mut marks = journey_frame(&order, base, end, lang);
    let data = curve_data(project, personas, scenario);
    let lines = Lines {
        order: &order,
        base,
        scenario,
        lang,
    };
    marks.extend(lines.persona_lines(project, &data, &mut table));
    marks.extend(stage_names(project, &order, base));
    let mut x = if named {
        Axis::categories(labels, false)
    } else {
        Axis::values("", ValueUnit::Plain, &[])
    };
    x.include = vec![base - 0.5, end.max(base + 0.5)];
    x.grid = false;
    // Touchpoints are counted whole: ticks at every 1, 5 or 10 of them, never at 2.5.
    if !named {
        x.step = Some(match order.len() {
            0..=12 => 1.0,
            13..=40 => 5.0,
            _ => 10.0,
        });
    }
    x.label = t(
        "Touchpoints in journey order",
        "Touchpoints in volgorde van de reis",
    )
    .get(lang)
    .to_string();
    let mut y = Axis::values(
        t(
            "Experience (−5 angry to +5 delighted)",
            "Beleving (−5 boos tot +5 enthousiast)",
        )
        .get(lang),
        ValueUnit::Plain,
        &[-5.0, 5.0],
    );
    // The scale's own marks: its ends and neutral.
    y.step = Some(5.0);
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
        spec: PlotSpec::of(PlotKind::EmotionCurves),
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
        // The stage names run along the top and the curves fill the frame: nowhere inside it
        // is free.
        legend: Some(LegendPlace::Above),
        caption,
        period_name: Some(t("touchpoint", "touchpoint").get(lang).to_string()),
        lang,
        source: Source::Table(table),
    }
}

/// The numbers behind the curves, before a column per line: each touchpoint in journey order
/// with its stage and whether it is a moment of truth.
fn journey_table(project: &Project, order: &[(usize, &Touchpoint)], lang: Lang) -> Table {
    Table {
        header: vec![
            t("Stage", "Fase").get(lang).to_string(),
            t("Touchpoint", "Touchpoint").get(lang).to_string(),
            t("Moment of truth", "Moment van de waarheid")
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
    }
}

/// What the curves are drawn against: the zero line, a dotted rule between stages, and the
/// moments of truth (a dashed line each, or a tick each along the bottom when there are many).
fn journey_frame(order: &[(usize, &Touchpoint)], base: f64, end: f64, lang: Lang) -> Vec<Mark> {
    let mut marks = Vec::new();
    // The zero line: neither angry nor delighted.
    marks.push(Mark::Line(LineMark {
        name: String::new(),
        color: palette::REFERENCE,
        points: vec![[base - 0.5, 0.0], [end.max(base + 0.5), 0.0]],
        width: 1.0,
        dash: Dash::Solid,
        marker: Marker::None,
        hover: Vec::new(),
    }));
    for (i, (s, _)) in order.iter().enumerate().skip(1) {
        if order[i - 1].0 != *s {
            marks.push(Mark::Rule(RuleMark {
                name: None,
                x: i as f64 - 0.5 + base,
                color: palette::REFERENCE,
                width: 1.0,
                dash: Dash::Dotted,
            }));
        }
    }
    let truths: Vec<(usize, &Touchpoint)> = order
        .iter()
        .enumerate()
        .filter(|(_, (_, tp))| tp.moment_of_truth)
        .map(|(i, (_, tp))| (i, *tp))
        .collect();
    let truth_name = t("Moment of truth", "Moment van de waarheid")
        .get(lang)
        .to_string();
    if truths.len() <= MAX_TRUTH_RULES {
        // A dashed line up to just under the stage names, so it never crosses one.
        for (k, (i, _)) in truths.iter().enumerate() {
            let x = *i as f64 + base;
            marks.push(Mark::Line(LineMark {
                name: if k == 0 {
                    truth_name.clone()
                } else {
                    String::new()
                },
                color: MOMENT_OF_TRUTH,
                points: vec![[x, -5.0], [x, TRUTH_TOP]],
                width: 1.5,
                dash: Dash::Dashed,
                marker: Marker::None,
                hover: Vec::new(),
            }));
        }
    } else {
        // Many: a tick each along the bottom, one mark (a rule each would hide the curves).
        let bars = truths
            .iter()
            .map(|(i, tp)| BarMark {
                at: *i as f64 + base,
                from: -5.0,
                to: -4.4,
                width: 0.8,
                hover: tp.name.clone(),
            })
            .collect();
        marks.push(Mark::Bars(BarsMark {
            name: truth_name,
            color: MOMENT_OF_TRUTH,
            fill_opacity: 1.0,
            horizontal: false,
            bars,
        }));
    }
    marks
}

/// What the persona lines are drawn along: the journey order, where it starts on the x axis,
/// and the scenario they are drawn again after.
struct Lines<'a> {
    order: &'a [(usize, &'a Touchpoint)],
    base: f64,
    scenario: Option<&'a Scenario>,
    lang: Lang,
}

impl Lines<'_> {
    /// A line per persona of `data` (and its "after" line, dashed), each adding its column to
    /// `table`.
    fn persona_lines(&self, project: &Project, data: &CurveData, table: &mut Table) -> Vec<Mark> {
        let (order, base, scenario, lang) = (self.order, self.base, self.scenario, self.lang);
        let mut marks = Vec::new();
        for curve in &data.curves {
            let persona = &project.personas[curve.persona];
            let color = palette::series(curve.persona);
            let mut before = Vec::new();
            let mut after = Vec::new();
            let (mut hover_before, mut hover_after) = (Vec::new(), Vec::new());
            let mut column = vec![String::new(); order.len()];
            let mut column_after = vec![String::new(); order.len()];
            for point in &curve.points {
                let (_, tp) = order[point.at];
                let Some(experience) = tp.experience_of(&persona.id) else {
                    continue;
                };
                let x = point.at as f64 + base;
                column[point.at] = number(experience.score);
                if let Some(score) = point.score {
                    before.push([x, score]);
                    hover_before.push(point_hover(&tp.name, score, experience, lang));
                }
                if let Some(score) = point.after {
                    after.push([x, score]);
                    hover_after.push(point_hover(&tp.name, score, experience, lang));
                    column_after[point.at] = number(score);
                }
            }
            table.header.push(persona.name.clone());
            push_column(table, column);
            marks.push(Mark::Line(LineMark {
                name: persona.name.clone(),
                color,
                points: before,
                width: 3.0,
                dash: Dash::Solid,
                marker: palette::marker_of(color),
                hover: hover_before,
            }));
            if let Some(scenario) = scenario {
                let name = format!(
                    "{} — {} {}",
                    persona.name,
                    t("after", "na").get(lang),
                    scenario.name
                );
                table.header.push(name.clone());
                push_column(table, column_after);
                marks.push(Mark::Line(LineMark {
                    name,
                    color,
                    points: after,
                    width: 2.0,
                    dash: Dash::Dashed,
                    marker: palette::marker_of(color),
                    hover: hover_after,
                }));
            }
        }
        marks
    }
}

/// Each stage's name above its part of the journey.
fn stage_names(project: &Project, order: &[(usize, &Touchpoint)], base: f64) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (s, stage) in project.stages.iter().enumerate() {
        let first = order.iter().position(|(x, _)| *x == s);
        let last = order.iter().rposition(|(x, _)| *x == s);
        if let (Some(first), Some(last)) = (first, last) {
            // Over the middle of its stage, as wide as the stage: a long name is drawn smaller
            // or on two lines rather than over its neighbour's.
            marks.push(Mark::Text(TextMark {
                at: [(first + last) as f64 / 2.0 + base, STAGE_NAMES],
                text: stage.name.clone(),
                color: None,
                anchor: Anchor::Middle,
                strong: true,
                room: Some((last - first) as f64 + 0.9),
            }));
        }
    }
    marks
}

fn push_column(table: &mut Table, column: Vec<String>) {
    for (row, value) in table.rows.iter_mut().zip(column) {
        row.push(value);
    }
}

#[path = "journey_ownership.rs"]
mod ownership;
pub use ownership::{ownership_counts, ownership_matrix, ownership_row, ownership_table};

/// The hover text of one point of a curve: the touchpoint, its score, effort and reach.
fn point_hover(
    name: &str,
    score: f64,
    experience: &crate::model::Experience,
    lang: Lang,
) -> String {
    // Numbers the language's way: "+1,5" and "3,5" in Dutch.
    let score = crate::i18n::numbers::signed(score, 1, lang);
    let effort = crate::i18n::numbers::grouped(experience.effort, 1, lang);
    let reach = crate::i18n::numbers::percent(experience.reach, 0, lang);
    t(
        "{name}\nexperience {score} · effort {effort} of 7 · reach {reach}",
        "{name}\nbeleving {score} · moeite {effort} van 7 · bereik {reach}",
    )
    .fill(
        lang,
        &[
            ("name", &name),
            ("score", &score),
            ("effort", &effort),
            ("reach", &reach),
        ],
    )
}

#[cfg(test)]
#[path = "journey_tests.rs"]
mod tests;
