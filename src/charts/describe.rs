//! From (project, [`PlotSpec`], engine results, language) to a [`Plot`]: [`describe`] draws
//! the kind by its row of [`kinds`] and stamps the spec on the plot, and [`gather`] is the one
//! place a plot's engine results are put together from the app's cache or a run made on the
//! spot. A plot that cannot be drawn (a persona, scenario or result it needs
//! is missing) is "not available" (`None`), never a stand-in.

use super::kinds::{self, Inputs, Listed, Need};
use super::palette::{self, Rgb};
use super::plot::{
    Axis, BandMark, BarMark, BarsMark, Dash, LegendPlace, LineMark, Mark, Plot, RuleMark, Shape,
    Source,
};
use super::scenarios::{self, Bands, GroupedBars, LineChart, Metric, TornadoChart, ValueUnit};
use crate::engine::Comparison;
use crate::engine::tornado::Tornado;
use crate::i18n::{Lang, t};
use crate::model::{Id, Persona, PlotKind, PlotSpec, Project, Scenario};

/// The engine results plots are drawn from (the app keeps them cached; the command line
/// computes them), as [`gather`] finds them for one plot.
#[derive(Clone, Copy, Default)]
pub struct Results<'a> {
    /// The baseline and every scenario.
    pub comparison: Option<&'a Comparison>,
    /// Monte Carlo bands per scenario, where run.
    pub bands: Bands<'a>,
    /// The tornado of the plot's scenario, where computed.
    pub tornado: Option<&'a Tornado>,
}

/// Where engine results come from: the app's cache ([`crate::context::Results`]) or a run
/// made on the spot ([`Computed`]). [`gather`] asks it for what a plot's kind needs.
pub trait ResultSource {
    /// Computes the comparison of `project`'s scenarios, unless it is at hand.
    fn compute_comparison(&mut self, project: &Project);
    /// Computes the tornado of `scenario`, unless it is at hand.
    fn compute_tornado(&mut self, project: &Project, scenario: &Scenario);
    /// The comparison computed, if any.
    fn comparison(&self) -> Option<&Comparison>;
    /// The tornado of the scenario `id` computed, if any.
    fn tornado(&self, id: &Id) -> Option<&Tornado>;
    /// The uncertainty bands that belong to `project` as it is, if any were run.
    fn bands(&self, project: &Project) -> Bands<'_>;
}

/// The results the plot `spec` is drawn from, computed by `source` first where its kind needs
/// them ([`kinds::info`]): the one place a plot's inputs are put together.
pub fn gather<'a>(
    project: &Project,
    spec: &PlotSpec,
    source: &'a mut impl ResultSource,
) -> Results<'a> {
    let inputs = kinds::info(spec.kind).inputs;
    let scenario = spec.scenario.as_ref().and_then(|id| project.scenario(id));
    match inputs {
        Inputs::Project => {}
        Inputs::Comparison => source.compute_comparison(project),
        Inputs::Tornado => {
            if let Some(scenario) = scenario {
                source.compute_tornado(project, scenario);
            }
        }
    }
    let source: &'a _ = source;
    Results {
        comparison: (inputs == Inputs::Comparison)
            .then(|| source.comparison())
            .flatten(),
        // Only the comparisons draw bands (and finding the app's bands may compare the project).
        bands: if inputs == Inputs::Comparison {
            source.bands(project)
        } else {
            &[]
        },
        tornado: match (inputs, &spec.scenario) {
            (Inputs::Tornado, Some(id)) => source.tornado(id),
            _ => None,
        },
    }
}

/// The plot `spec` asks for, its results gathered from `source`: what every caller that has
/// a project and a spec uses.
pub fn describe_from(
    project: &Project,
    spec: &PlotSpec,
    source: &mut impl ResultSource,
    lang: Lang,
) -> Option<Plot> {
    let results = gather(project, spec, source);
    describe(project, spec, &results, lang)
}

/// Engine results computed on the spot, once each, for the command line, handouts and tests.
#[derive(Default)]
pub struct Computed<'b> {
    comparison: Option<Comparison>,
    tornadoes: Vec<(Id, Tornado)>,
    bands: Bands<'b>,
}

impl<'b> Computed<'b> {
    /// Nothing computed yet; `bands` are the uncertainty bands to draw (run elsewhere).
    pub fn new(bands: Bands<'b>) -> Self {
        Computed {
            comparison: None,
            tornadoes: Vec::new(),
            bands,
        }
    }
}

impl ResultSource for Computed<'_> {
    fn compute_comparison(&mut self, project: &Project) {
        if self.comparison.is_none() {
            self.comparison = Some(crate::engine::compare(project));
        }
    }

    fn compute_tornado(&mut self, project: &Project, scenario: &Scenario) {
        if !self.tornadoes.iter().any(|(id, _)| *id == scenario.id) {
            let tornado = crate::engine::tornado::tornado(project, scenario);
            self.tornadoes.push((scenario.id.clone(), tornado));
        }
    }

    fn comparison(&self) -> Option<&Comparison> {
        self.comparison.as_ref()
    }

    fn tornado(&self, id: &Id) -> Option<&Tornado> {
        self.tornadoes
            .iter()
            .find(|(done, _)| done == id)
            .map(|(_, tornado)| tornado)
    }

    fn bands(&self, _project: &Project) -> Bands<'_> {
        self.bands
    }
}

/// The plot `spec` asks for, or `None` when it is not available: a persona, scenario or
/// result it needs that is missing. The plot carries `spec`, so whatever is done with it
/// (copied, saved, put on a slide) knows exactly which plot it is.
pub fn describe(project: &Project, spec: &PlotSpec, results: &Results, lang: Lang) -> Option<Plot> {
    let mut plot = kinds::draw(project, spec, results, lang)?;
    plot.spec = spec.clone();
    Some(plot)
}

/// The indices of the personas `spec` shows, in the project's order: its persona, its chosen
/// few, or every persona. `None` when a persona it names is no longer in the project.
pub fn shown_personas(project: &Project, spec: &PlotSpec) -> Option<Vec<usize>> {
    let index = |id: &Id| project.personas.iter().position(|p| &p.id == id);
    if let Some(id) = &spec.persona {
        return Some(vec![index(id)?]);
    }
    if spec.personas.is_empty() {
        return Some((0..project.personas.len()).collect());
    }
    let mut shown = spec
        .personas
        .iter()
        .map(index)
        .collect::<Option<Vec<usize>>>()?;
    shown.sort_unstable();
    shown.dedup();
    Some(shown)
}

/// One metric per scenario over time, every scenario's band in its colour and named in the
/// legend, the spec's scenario emphasised.
pub(super) fn comparison(
    project: &Project,
    spec: &PlotSpec,
    results: &Results,
    metric: Metric,
    lang: Lang,
) -> Option<Plot> {
    let comparison = results.comparison?;
    let scenario = spec.scenario.as_ref();
    let chart = scenarios::comparison(
        project,
        comparison,
        metric,
        results.bands,
        (scenario, !spec.absolute),
        lang,
    );
    Some(lines(spec.kind, chart, lang))
}

/// The plots a project can show, each kind in [`PlotKind::ALL`] order and listed as its row of
/// [`kinds::info`] says: per persona, per scenario (only `scenario` when given), or once (with
/// `scenario` emphasised where the kind uses one). The app adds one persona at a time to the
/// plots that can show one on request.
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
        personas: Vec::new(),
        absolute: false,
    };
    let mut out = Vec::new();
    for &kind in PlotKind::ALL {
        let info = kinds::info(kind);
        match info.listed {
            Listed::PerPersona => {
                out.extend(
                    project
                        .personas
                        .iter()
                        .map(|p| spec(kind, None, Some(&p.id))),
                );
            }
            Listed::PerScenario => {
                out.extend(scenarios.iter().map(|id| spec(kind, Some(id), None)));
            }
            Listed::Once => {
                let emphasised = (info.scenario != Need::No).then_some(scenario).flatten();
                out.push(spec(kind, emphasised, None));
            }
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
        spec: PlotSpec::of(PlotKind::NeedsProfile),
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
pub(super) fn lines(kind: PlotKind, chart: LineChart, lang: Lang) -> Plot {
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
            marker: palette::marker_of(color),
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
        let mut caption = format!(
            "{}: {}",
            t("Break-even (dotted lines)", "Terugverdiend (stippellijnen)").get(lang),
            list.join(" · ")
        );
        if let Some(note) = &chart.note {
            caption.push_str(". ");
            caption.push_str(note);
        }
        caption
    });
    Plot {
        spec: PlotSpec::of(kind),
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
pub(super) fn grouped_bars(chart: GroupedBars, lang: Lang) -> Plot {
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
        spec: PlotSpec::of(PlotKind::ClvPerPersona),
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

/// How many assumptions a tornado draws: the ones that move the result most, each with room
/// for its whole name on a page or a slide. The numbers behind it keep every one.
pub const TORNADO_ROWS: usize = 10;

/// A tornado: per assumption (largest swing at the top, the [`TORNADO_ROWS`] that move it
/// most) a bar from the base result to the result at each end of its range, and a rule at
/// the base; the caption says how little the others move it.
pub(super) fn tornado(chart: TornadoChart, lang: Lang) -> Plot {
    // Rows with a result a plot can place (a damaged project can give none, or 1e308).
    let placed = |row: &&super::tornado::TornadoRow| {
        [chart.base, row.at_low, row.at_high]
            .iter()
            .all(|v| v.abs() <= 1e15)
    };
    let shown: Vec<&super::tornado::TornadoRow> = chart
        .rows
        .iter()
        .filter(placed)
        .take(TORNADO_ROWS)
        .collect();
    let rows = shown.len();
    let side = |name: &str, color: Rgb, high: bool| {
        let bars = shown
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
    let labels = shown.iter().map(|r| r.label.clone()).collect();
    let swing = |row: &super::tornado::TornadoRow| {
        (row.at_high - chart.base)
            .abs()
            .max((row.at_low - chart.base).abs())
    };
    // The placeable rows left out (a row a plot cannot place says nothing about size).
    let rest: Vec<&super::tornado::TornadoRow> = chart
        .rows
        .iter()
        .filter(placed)
        .filter(|row| !shown.iter().any(|s| std::ptr::eq(*s, *row)))
        .collect();
    let caption = rest
        .iter()
        .map(|row| swing(row))
        .reduce(f64::max)
        .map(|largest| {
            let amount = chart.unit.format(largest, lang);
            let all = chart.rows.len();
            if rest.len() == 1 {
                t(
                    "The other assumption moves it by at most {amount}; the numbers (CSV) list all {all}.",
                    "De andere aanname verschuift het hooguit {amount}; de cijfers (CSV) noemen ze alle {all}.",
                )
                .fill(lang, &[("amount", &amount), ("all", &all)])
            } else {
                t(
                    "The {count} other assumptions move it by at most {amount} each; the numbers (CSV) list all {all}.",
                    "De {count} andere aannames verschuiven het elk hooguit {amount}; de cijfers (CSV) noemen ze alle {all}.",
                )
                .fill(
                    lang,
                    &[("count", &rest.len()), ("amount", &amount), ("all", &all)],
                )
            }
        });
    Plot {
        spec: PlotSpec::of(PlotKind::Tornado),
        shape: Shape::Tornado,
        title: chart.title.clone(),
        x: Axis::values(&chart.value_axis, chart.unit.clone(), &[]),
        y: Axis::categories(labels, true),
        marks,
        legend: Some(LegendPlace::BottomRight),
        caption,
        period_name: None,
        lang,
        source: Source::Tornado(chart),
    }
}

#[cfg(test)]
#[path = "describe_tests.rs"]
mod tests;
