//! The 4C and value models as plots and tables (PRODUCT.md §2, §5): the 4C radar (ours
//! against the main competitor; Lauterborn 1990) and the 4C gap table, the names of the Cs
//! and value elements, and the value-gap order; the value plots are in [`super::value`].

pub use super::value::{gap_color, value_gap_ranking, value_gaps};

use super::csv::{Table, number};
use super::palette::{self, Rgb};
use super::plot::{Anchor, Axis, Dash, LegendPlace, LineMark, Mark, Plot, Shape, Source, TextMark};
use super::units::ValueUnit;
use crate::i18n::{Lang, Text, t};
use crate::model::persona::MAX_ASSESSMENT_SCORE;
use crate::model::{FourCDimension, Id, Persona, PlotKind, PlotSpec, Project, ValueElement};

/// The name of one C, short enough for a spoke or a table cell.
pub fn dimension_label(c: FourCDimension) -> Text {
    match c {
        FourCDimension::WantsAndNeeds => t("Consumer wants and needs", "Wensen en behoeften"),
        FourCDimension::Cost => t("Cost", "Kosten"),
        FourCDimension::Convenience => t("Convenience", "Gemak"),
        FourCDimension::Communication => t("Communication", "Communicatie"),
    }
}

/// The name of one value element.
pub fn element_label(element: ValueElement) -> Text {
    match element {
        ValueElement::Expectation => t("Expectation", "Verwachting"),
        ValueElement::Proposition => t("Proposition", "Propositie"),
        ValueElement::Perception => t("Perception", "Perceptie"),
        ValueElement::Realisation => t("Realisation", "Realisatie"),
    }
}

/// One cell of the 4C gap table: a persona's score on one C against the competitor.
#[derive(Clone, Debug, PartialEq)]
pub struct FourCGap {
    /// The persona's place in the project.
    pub persona: usize,
    /// Which C.
    pub dimension: FourCDimension,
    /// Our score.
    pub ours: f64,
    /// The competitor's score.
    pub competitor: f64,
    /// Ours − competitor: negative where we lose.
    pub gap: f64,
}

/// Every persona × C, worst gap (ours − competitor) first; ties keep the project's order.
pub fn four_c_gaps(project: &Project) -> Vec<FourCGap> {
    let mut gaps: Vec<FourCGap> = project
        .personas
        .iter()
        .enumerate()
        .flat_map(|(persona, p)| {
            FourCDimension::ALL.into_iter().map(move |dimension| {
                let score = p.four_c.get(dimension);
                FourCGap {
                    persona,
                    dimension,
                    ours: score.ours,
                    competitor: score.competitor,
                    gap: score.ours - score.competitor,
                }
            })
        })
        .collect();
    gaps.sort_by(|a, b| a.gap.total_cmp(&b.gap));
    gaps
}

/// The personas' places in the project, worst expectation–perception gap first; ties keep
/// the project's order.
pub fn value_gap_order(project: &Project) -> Vec<usize> {
    let mut order: Vec<usize> = (0..project.personas.len()).collect();
    order.sort_by(|&a, &b| {
        let gap = |i: usize| project.personas[i].value.gap();
        gap(a).total_cmp(&gap(b))
    });
    order
}

/// Where a score `value` on spoke `c` sits: wants and needs up, cost right, convenience
/// down, communication left.
fn spoke_point(c: usize, value: f64) -> [f64; 2] {
    let angle = std::f64::consts::FRAC_PI_2 - c as f64 * std::f64::consts::FRAC_PI_2;
    [value * angle.cos(), value * angle.sin()]
}

/// A closed line through the four scores.
fn ring(scores: [f64; 4]) -> Vec<[f64; 2]> {
    (0..=4).map(|i| spoke_point(i % 4, scores[i % 4])).collect()
}

pub(super) fn line(
    name: String,
    color: Rgb,
    points: Vec<[f64; 2]>,
    width: f32,
    dash: Dash,
) -> Mark {
    Mark::Line(LineMark {
        name,
        color,
        points,
        width,
        dash,
        marker: palette::marker_of(color),
        hover: Vec::new(),
    })
}

pub(super) fn text(
    at: [f64; 2],
    text: String,
    color: Option<Rgb>,
    anchor: Anchor,
    strong: bool,
) -> Mark {
    Mark::Text(TextMark {
        at,
        text,
        color,
        anchor,
        strong,
        room: None,
    })
}

/// The 4C radar: for `persona` ours against the competitor, or (`None`) every persona's
/// "ours" overlaid, each with its competitor dashed. `None` when the persona is unknown or
/// there is no persona.
pub fn four_c_radar(project: &Project, persona: Option<&Id>, lang: Lang) -> Option<Plot> {
    let shown: Vec<(usize, &Persona)> = match persona {
        Some(id) => {
            let index = project.personas.iter().position(|p| &p.id == id)?;
            vec![(index, &project.personas[index])]
        }
        None => project.personas.iter().enumerate().collect(),
    };
    if shown.is_empty() {
        return None;
    }
    let competitor_name = competitor_name(project, lang);
    let mut marks = Vec::new();
    // Rings every 2 points and the four spokes, in the reference grey, unnamed.
    for level in [2.0, 4.0, 6.0, 8.0, 10.0] {
        let width = if level == MAX_ASSESSMENT_SCORE {
            1.0
        } else {
            0.5
        };
        let points = ring([level; 4]);
        marks.push(line(
            String::new(),
            palette::REFERENCE,
            points,
            width,
            Dash::Solid,
        ));
    }
    for c in 0..4 {
        let points = vec![[0.0, 0.0], spoke_point(c, MAX_ASSESSMENT_SCORE)];
        marks.push(line(
            String::new(),
            palette::REFERENCE,
            points,
            0.5,
            Dash::Solid,
        ));
    }
    let single = shown.len() == 1;
    let mut table = Table {
        header: [
            "persona",
            "dimension",
            "ours",
            "competitor",
            "ours - competitor",
        ]
        .map(String::from)
        .to_vec(),
        rows: Vec::new(),
    };
    for (index, p) in &shown {
        let scores = |f: fn(&crate::model::FourCScore) -> f64| {
            let mut out = [0.0; 4];
            for (i, c) in FourCDimension::ALL.into_iter().enumerate() {
                out[i] = f(p.four_c.get(c)).clamp(0.0, MAX_ASSESSMENT_SCORE);
            }
            out
        };
        let color = palette::series(*index);
        let (ours_name, theirs_name, theirs_color) = if single {
            (
                t("Our offer", "Ons aanbod").get(lang).to_string(),
                competitor_name.clone(),
                palette::COMPETITOR,
            )
        } else {
            (
                p.name.clone(),
                format!("{} ({})", t("Competitor", "Concurrent").get(lang), p.name),
                color,
            )
        };
        let width = if single { 2.0 } else { 1.5 };
        marks.push(line(
            theirs_name,
            theirs_color,
            ring(scores(|s| s.competitor)),
            width,
            Dash::Dashed,
        ));
        marks.push(line(
            ours_name,
            color,
            ring(scores(|s| s.ours)),
            3.0,
            Dash::Solid,
        ));
        for c in FourCDimension::ALL {
            let score = p.four_c.get(c);
            table.rows.push(vec![
                p.name.clone(),
                dimension_label(c).get(Lang::En).to_string(),
                number(score.ours),
                number(score.competitor),
                number(score.ours - score.competitor),
            ]);
        }
    }
    let anchors = [Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End];
    for (c, dimension) in FourCDimension::ALL.into_iter().enumerate() {
        let at = spoke_point(c, MAX_ASSESSMENT_SCORE + 1.3);
        let label = dimension_label(dimension).get(lang).to_string();
        marks.push(text(at, label, None, anchors[c], true));
    }
    // The ring values along the diagonal between two spokes, clear of the spokes' names.
    for level in [5.0, 10.0] {
        let at = [
            level * std::f64::consts::FRAC_1_SQRT_2 + 0.3,
            level * std::f64::consts::FRAC_1_SQRT_2,
        ];
        marks.push(text(
            at,
            format!("{level}"),
            Some(palette::REFERENCE),
            Anchor::Start,
            false,
        ));
    }
    let title = match persona.and(shown.first()) {
        Some((_, p)) => format!("{}: {}", t("4C radar", "4C-radar").get(lang), p.name),
        None => t("4C radar: every persona", "4C-radar: alle persona's")
            .get(lang)
            .to_string(),
    };
    let mut x = Axis::values("", ValueUnit::Plain, &[-21.0, 21.0]);
    x.grid = false;
    let mut y = Axis::values("", ValueUnit::Plain, &[-12.0, 12.0]);
    y.grid = false;
    Some(Plot {
        spec: PlotSpec::of(PlotKind::FourCRadar),
        shape: Shape::Radar,
        title,
        x,
        y,
        marks,
        legend: Some(LegendPlace::TopLeft),
        caption: Some(format!(
            "{} {competitor_name}.",
            t(
                "Scores 0–10, further out is better for the customer (Lauterborn 1990). Dashed: the main competitor,",
                "Scores 0–10, verder naar buiten is beter voor de klant (Lauterborn 1990). Gestreept: de belangrijkste concurrent,",
            )
            .get(lang)
        )),
        period_name: None,
        lang,
        source: Source::Table(table),
    })
}

/// The project's main competitor, or "the main competitor" when it has no name.
pub fn competitor_name(project: &Project, lang: Lang) -> String {
    let name = project.meta.main_competitor.trim();
    if name.is_empty() {
        t("the main competitor", "de belangrijkste concurrent")
            .get(lang)
            .to_string()
    } else {
        name.to_string()
    }
}

#[cfg(test)]
#[path = "models_tests.rs"]
mod tests;
