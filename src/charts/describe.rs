//! From (project, [`PlotSpec`], engine results, language) to a [`Plot`]: one exhaustive match
//! on [`PlotKind`], so a new kind of plot is drawn and exported the day it appears. Plots that
//! have no picture yet are "not available" (`None`), never a stand-in.

use super::palette::{self, Rgb};
use super::plot::{
    Axis, BandMark, BarMark, BarsMark, Dash, LegendPlace, LineMark, Mark, Plot, RuleMark, Shape,
    Source,
};
use super::scenarios::{self, Bands, GroupedBars, LineChart, Metric, TornadoChart, ValueUnit};
use crate::engine::Comparison;
use crate::engine::tornado::Tornado;
use crate::i18n::{Lang, t};
use crate::model::{Id, Persona, PlotKind, PlotSpec, Project};

/// Every kind of plot, in the order a handout shows them.
pub const KINDS: [PlotKind; 14] = [
    PlotKind::EmotionCurves,
    PlotKind::NeedsProfile,
    PlotKind::FourCRadar,
    PlotKind::ValueGaps,
    PlotKind::ValueGapRanking,
    PlotKind::SurveyTrend,
    PlotKind::OwnershipMatrix,
    PlotKind::ActiveLoyalComparison,
    PlotKind::ProfitComparison,
    PlotKind::RevenueComparison,
    PlotKind::NpsComparison,
    PlotKind::CustomersByState,
    PlotKind::ClvPerPersona,
    PlotKind::Tornado,
];

/// The engine results plots are drawn from (the app keeps them cached; the command line
/// computes them).
#[derive(Clone, Copy, Default)]
pub struct Results<'a> {
    /// The baseline and every scenario.
    pub comparison: Option<&'a Comparison>,
    /// Monte Carlo bands per scenario, where run.
    pub bands: Bands<'a>,
    /// The tornado of the plot's scenario, where computed.
    pub tornado: Option<&'a Tornado>,
}

/// The plot `spec` asks for, or `None` when it is not available: a kind without a picture
/// yet, or a persona, scenario or result it needs that is missing.
pub fn describe(project: &Project, spec: &PlotSpec, results: &Results, lang: Lang) -> Option<Plot> {
    let scenario = spec.scenario.as_ref();
    match spec.kind {
        PlotKind::OwnershipMatrix => Some(super::journey::ownership_matrix(project, lang)),
        PlotKind::FourCRadar => super::models::four_c_radar(project, spec.persona.as_ref(), lang),
        PlotKind::ValueGaps => super::models::value_gaps(project, spec.persona.as_ref()?, lang),
        PlotKind::ValueGapRanking => super::models::value_gap_ranking(project, lang),
        PlotKind::SurveyTrend => super::survey::survey_trend(project, spec.persona.as_ref(), lang),
        PlotKind::EmotionCurves => {
            let personas: Vec<usize> = match &spec.persona {
                Some(id) => vec![project.personas.iter().position(|p| &p.id == id)?],
                None => (0..project.personas.len()).collect(),
            };
            let after = match scenario {
                Some(id) => Some(project.scenario(id)?),
                None => None,
            };
            Some(super::journey::emotion_curves(
                project, &personas, after, lang,
            ))
        }
        PlotKind::NeedsProfile => {
            let id = spec.persona.as_ref()?;
            let index = project.personas.iter().position(|p| &p.id == id)?;
            Some(needs(
                &project.personas[index],
                palette::series(index),
                lang,
            ))
        }
        PlotKind::CustomersByState => {
            let comparison = results.comparison?;
            let run = match scenario {
                None => &comparison.baseline,
                Some(id) => comparison
                    .scenarios
                    .iter()
                    .find(|r| r.scenario.as_ref() == Some(id))?,
            };
            let chart = scenarios::customers_by_state(project, run, spec.persona.as_ref(), lang);
            Some(lines(spec.kind, chart, lang))
        }
        PlotKind::ActiveLoyalComparison
        | PlotKind::RevenueComparison
        | PlotKind::ProfitComparison
        | PlotKind::NpsComparison => {
            let metric = match spec.kind {
                PlotKind::ActiveLoyalComparison => Metric::ActiveLoyal,
                PlotKind::RevenueComparison => Metric::Revenue,
                PlotKind::ProfitComparison => Metric::CumulativeProfit,
                _ => Metric::Nps,
            };
            let comparison = results.comparison?;
            // Every scenario's band, each in its colour and named in the legend.
            let chart =
                scenarios::comparison(project, comparison, metric, results.bands, scenario, lang);
            Some(lines(spec.kind, chart, lang))
        }
        PlotKind::ClvPerPersona => {
            let chart = scenarios::clv_per_persona(project, results.comparison?, lang);
            Some(grouped_bars(chart, lang))
        }
        PlotKind::Tornado => {
            let name = &project.scenario(scenario?)?.name;
            let chart = scenarios::tornado(project, name, results.tornado?, lang);
            Some(tornado(chart, lang))
        }
    }
}

/// The plots a project can show: per persona and per scenario where a plot is of one (only
/// `scenario` when given), each kind in [`KINDS`] order. Customers by state is given per
/// scenario for all personas together (the app adds one persona at a time on request).
pub fn specs(project: &Project, scenario: Option<&Id>) -> Vec<PlotSpec> {
    let scenarios: Vec<&Id> = project
        .scenarios
        .iter()
        .map(|s| &s.id)
        .filter(|id| scenario.is_none_or(|only| only == *id))
        .collect();
    let spec = |kind, scenario: Option<&Id>, persona: Option<&Id>| PlotSpec {
        kind,
        scenario: scenario.cloned(),
        persona: persona.cloned(),
    };
    let mut out = Vec::new();
    for kind in KINDS {
        match kind {
            PlotKind::NeedsProfile | PlotKind::ValueGaps => {
                out.extend(
                    project
                        .personas
                        .iter()
                        .map(|p| spec(kind, None, Some(&p.id))),
                );
            }
            PlotKind::CustomersByState | PlotKind::Tornado => {
                out.extend(scenarios.iter().map(|id| spec(kind, Some(id), None)));
            }
            _ => out.push(spec(kind, scenario, None)),
        }
    }
    out
}

/// The needs profile of `persona` in its colour (the palette colour of its place in the
/// project).
pub fn needs(persona: &Persona, color: Rgb, lang: Lang) -> Plot {
    let chart = super::needs_profile(persona, lang);
    let count = chart.bars.len();
    let labels = chart.bars.iter().map(|b| b.label.clone()).collect();
    let bars = chart
        .bars
        .iter()
        .enumerate()
        .map(|(i, bar)| BarMark {
            // The first need at the top.
            at: (count - 1 - i) as f64,
            from: 0.0,
            to: bar.value,
            width: 0.7,
            hover: bar.label.clone(),
        })
        .collect();
    let mut y = Axis::categories(labels, true);
    y.include = vec![-0.6, count as f64 - 0.4];
    y.grid = false;
    Plot {
        kind: PlotKind::NeedsProfile,
        shape: Shape::Bars,
        title: chart.title.clone(),
        x: Axis::values(&chart.value_axis, ValueUnit::Plain, &[0.0, chart.max]),
        y,
        marks: vec![Mark::Bars(BarsMark {
            name: chart.title.clone(),
            color,
            fill_opacity: 1.0,
            horizontal: true,
            bars,
        })],
        legend: None,
        caption: None,
        period_name: None,
        lang,
        source: Source::Bars(chart),
    }
}

/// Lines over time: bands under their lines, the baseline dashed, the scenario looked at
/// heavier, break-even markers dotted and named in the caption.
fn lines(kind: PlotKind, chart: LineChart, lang: Lang) -> Plot {
    let mut marks = Vec::new();
    for series in &chart.series {
        let color = palette::series(series.color);
        if !series.band.is_empty() {
            marks.push(Mark::Band(BandMark {
                name: format!("{} p10–p90", series.name),
                color,
                opacity: palette::BAND_OPACITY,
                points: series.band.clone(),
            }));
        }
        marks.push(Mark::Line(LineMark {
            name: series.name.clone(),
            color,
            points: series.points.clone(),
            width: match (series.emphasis, series.dashed) {
                (true, _) => 4.0,
                (false, true) => 2.0,
                (false, false) => 2.5,
            },
            dash: if series.dashed {
                Dash::Dashed
            } else {
                Dash::Solid
            },
            hover: Vec::new(),
        }));
    }
    marks.extend(chart.markers.iter().map(|marker| {
        Mark::Rule(RuleMark {
            name: None,
            x: marker.x,
            color: palette::series(marker.color),
            width: 1.5,
            dash: Dash::Dotted,
        })
    }));
    let caption = (!chart.markers.is_empty()).then(|| {
        let list: Vec<&str> = chart.markers.iter().map(|m| m.label.as_str()).collect();
        format!(
            "{}: {}",
            t("Break-even (dotted lines)", "Terugverdiend (stippellijnen)").get(lang),
            list.join(" · ")
        )
    });
    Plot {
        kind,
        shape: Shape::Lines,
        title: chart.title.clone(),
        x: Axis::values(&chart.x_axis, ValueUnit::Plain, &[]),
        y: Axis::values(&chart.y_axis, chart.unit.clone(), &[0.0]),
        marks,
        legend: Some(LegendPlace::TopLeft),
        caption,
        period_name: Some(chart.period_name.clone()),
        lang,
        source: Source::Lines(chart),
    }
}

/// Bars grouped by category: each group 0.8 wide, split evenly between the series.
fn grouped_bars(chart: GroupedBars, lang: Lang) -> Plot {
    let count = chart.series.len().max(1) as f64;
    let width = 0.8 / count;
    let marks = chart
        .series
        .iter()
        .enumerate()
        .map(|(s, (name, color, values))| {
            let offset = (s as f64 - (count - 1.0) / 2.0) * width;
            let bars = values
                .iter()
                .enumerate()
                .filter_map(|(i, value)| {
                    let category = chart.categories.get(i).cloned().unwrap_or_default();
                    value.map(|value| BarMark {
                        at: i as f64 + offset,
                        from: 0.0,
                        to: value,
                        width: width * 0.92,
                        hover: format!("{name}: {category}"),
                    })
                })
                .collect();
            Mark::Bars(BarsMark {
                name: name.clone(),
                color: palette::series(*color),
                fill_opacity: 1.0,
                horizontal: false,
                bars,
            })
        })
        .collect();
    Plot {
        kind: PlotKind::ClvPerPersona,
        shape: Shape::GroupedBars,
        title: chart.title.clone(),
        x: Axis::categories(chart.categories.clone(), false),
        y: Axis::values(&chart.value_axis, chart.unit.clone(), &[0.0]),
        marks,
        legend: Some(LegendPlace::TopLeft),
        caption: None,
        period_name: None,
        lang,
        source: Source::GroupedBars(chart),
    }
}

/// A tornado: per assumption (largest swing at the top) a bar from the base result to the
/// result at each end of its range, and a rule at the base.
fn tornado(chart: TornadoChart, lang: Lang) -> Plot {
    let rows = chart.rows.len();
    let side = |name: &str, color: Rgb, high: bool| {
        let bars = chart
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let (value, input) = if high {
                    (row.at_high, &row.high_input)
                } else {
                    (row.at_low, &row.low_input)
                };
                BarMark {
                    at: (rows - 1 - i) as f64,
                    from: chart.base,
                    to: value,
                    width: 0.6,
                    hover: format!("{} = {input}", row.label),
                }
            })
            .collect();
        Mark::Bars(BarsMark {
            name: name.to_string(),
            color,
            // The two ends overlap where both move the result the same way.
            fill_opacity: 0.55,
            horizontal: true,
            bars,
        })
    };
    let low = t(
        "Assumption at the low end of its range",
        "Aanname aan de onderkant van haar bereik",
    );
    let high = t(
        "Assumption at the high end of its range",
        "Aanname aan de bovenkant van haar bereik",
    );
    let marks = vec![
        side(low.get(lang), palette::TORNADO_LOW, false),
        side(high.get(lang), palette::TORNADO_HIGH, true),
        Mark::Rule(RuleMark {
            name: Some(t("As assumed", "Zoals aangenomen").get(lang).to_string()),
            x: chart.base,
            color: palette::REFERENCE,
            width: 1.5,
            dash: Dash::Solid,
        }),
    ];
    let labels = chart.rows.iter().map(|r| r.label.clone()).collect();
    Plot {
        kind: PlotKind::Tornado,
        shape: Shape::Tornado,
        title: chart.title.clone(),
        x: Axis::values(&chart.value_axis, chart.unit.clone(), &[]),
        y: Axis::categories(labels, true),
        marks,
        legend: Some(LegendPlace::BottomRight),
        caption: None,
        period_name: None,
        lang,
        source: Source::Tornado(chart),
    }
}

#[cfg(test)]
#[path = "describe_tests.rs"]
mod tests;
