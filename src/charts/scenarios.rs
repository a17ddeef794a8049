//! What the scenario plots show: customers by state, the scenario comparisons (active-loyal
//! customers, revenue, cumulative profit with break-even, NPS estimate) with optional p10–p90
//! bands, CLV per persona, and the tornado. Plain data with titles and axis labels (units
//! included), so the UI can draw them and copy their data as CSV.

use crate::engine::monte_carlo::MonteCarlo;
use crate::engine::tornado::Tornado;
use crate::engine::{Comparison, ScenarioRun};
use crate::i18n::{Lang, numbers, t};
use crate::model::{Id, Project, catalog};

/// A line through time, with an optional uncertainty band.
#[derive(Clone, Debug, PartialEq)]
pub struct LineSeries {
    /// Legend name.
    pub name: String,
    /// Colour slot (the UI maps it to a palette colour).
    pub color: usize,
    /// `[period, value]` points.
    pub points: Vec<[f64; 2]>,
    /// `[period, p10, p90]`, empty without Monte Carlo results.
    pub band: Vec<[f64; 3]>,
    /// Drawn dashed (the baseline).
    pub dashed: bool,
    /// Drawn heavier (the scenario being looked at).
    pub emphasis: bool,
}

/// A labelled vertical line (break-even).
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Where, in periods.
    pub x: f64,
    /// What it marks.
    pub label: String,
    /// Colour slot of the series it belongs to.
    pub color: usize,
}

/// How the values of a chart read.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueUnit {
    /// People.
    Customers,
    /// Money in this currency.
    Money(String),
    /// NPS points (−100..100).
    Points,
    /// A plain number (a weight 0–5, a period).
    Plain,
}

impl ValueUnit {
    /// A value for an axis: short (`£1.2M`, `12k`), as axes have little room.
    pub fn format_axis(&self, value: f64, lang: Lang) -> String {
        let compact = |v: f64| {
            let (scaled, suffix) = if v.abs() >= 1e6 {
                (v / 1e6, "M")
            } else if v.abs() >= 1e4 {
                (v / 1e3, "k")
            } else {
                (v, "")
            };
            let decimals = if suffix.is_empty() || scaled.fract().abs() < 1e-9 {
                0
            } else {
                1
            };
            format!("{}{suffix}", numbers::grouped(scaled, decimals, lang))
        };
        match self {
            ValueUnit::Customers => compact(value),
            ValueUnit::Money(currency) => {
                let sign = match currency.trim().to_ascii_uppercase().as_str() {
                    "EUR" => "€",
                    "GBP" => "£",
                    "USD" => "$",
                    _ => "",
                };
                let text = compact(value);
                match (sign, text.strip_prefix('−')) {
                    ("", _) => text,
                    (sign, Some(positive)) => format!("−{sign}{positive}"),
                    (sign, None) => format!("{sign}{text}"),
                }
            }
            ValueUnit::Points => numbers::signed(value, 0, lang),
            ValueUnit::Plain => plain(value, lang),
        }
    }

    /// A value as text in `lang`.
    pub fn format(&self, value: f64, lang: Lang) -> String {
        match self {
            ValueUnit::Customers => numbers::grouped(value, 0, lang),
            ValueUnit::Money(currency) => numbers::money(value, currency, lang),
            ValueUnit::Points => numbers::signed(value, 1, lang),
            ValueUnit::Plain => plain(value, lang),
        }
    }
}

/// A plain number: whole numbers without decimals, others with up to two.
fn plain(value: f64, lang: Lang) -> String {
    let decimals = if (value - value.round()).abs() < 1e-9 {
        0
    } else if (value * 10.0 - (value * 10.0).round()).abs() < 1e-9 {
        1
    } else {
        2
    };
    numbers::grouped(value, decimals, lang)
}

/// A line chart over the model periods.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChart {
    /// Plot title.
    pub title: String,
    /// X axis label with unit.
    pub x_axis: String,
    /// The name of one period, for hover labels ("month 7").
    pub period_name: String,
    /// Y axis label with unit.
    pub y_axis: String,
    /// How y values read.
    pub unit: ValueUnit,
    /// The lines.
    pub series: Vec<LineSeries>,
    /// Vertical markers.
    pub markers: Vec<Marker>,
}

/// Bars grouped by category (persona), one bar per series (scenario) in each group.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupedBars {
    /// Plot title.
    pub title: String,
    /// Value axis label with unit.
    pub value_axis: String,
    /// How values read.
    pub unit: ValueUnit,
    /// Group labels.
    pub categories: Vec<String>,
    /// `(name, colour slot, value per category)`.
    pub series: Vec<(String, usize, Vec<Option<f64>>)>,
}

/// One bar of a tornado.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    /// The assumption.
    pub label: String,
    /// Its value at the low end, as text.
    pub low_input: String,
    /// Its value at the high end, as text.
    pub high_input: String,
    /// The result with the assumption at its low end.
    pub at_low: f64,
    /// The result with the assumption at its high end.
    pub at_high: f64,
}

/// A tornado chart: how far each assumption moves the result.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoChart {
    /// Plot title.
    pub title: String,
    /// Value axis label with unit.
    pub value_axis: String,
    /// How values read.
    pub unit: ValueUnit,
    /// The result with every assumption at its value.
    pub base: f64,
    /// Bars, largest swing first.
    pub rows: Vec<TornadoRow>,
}

/// The comparisons PRODUCT.md §5 asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    /// Active-loyal customers.
    ActiveLoyal,
    /// Revenue per period.
    Revenue,
    /// Cumulative profit after initiative costs, present value.
    CumulativeProfit,
    /// NPS estimate.
    Nps,
}

impl Metric {
    /// All comparisons.
    pub const ALL: [Metric; 4] = [
        Metric::ActiveLoyal,
        Metric::Revenue,
        Metric::CumulativeProfit,
        Metric::Nps,
    ];
}

/// Monte Carlo bands per scenario (`None`: the baseline).
pub type Bands<'a> = &'a [(Option<Id>, MonteCarlo)];

fn period_axis(project: &Project, lang: Lang) -> String {
    let unit = catalog::period_label(project.settings.period, lang).to_lowercase();
    match lang {
        Lang::En => format!("Time ({unit}s from today)"),
        Lang::Nl => format!("Tijd (in {unit}en vanaf nu)"),
    }
}

fn period_name(project: &Project, lang: Lang) -> String {
    catalog::period_label(project.settings.period, lang).to_lowercase()
}

fn baseline_name(lang: Lang) -> String {
    t("Baseline (as today)", "Basis (zoals nu)")
        .get(lang)
        .to_string()
}

/// Whether the scenario is the project as it is (no initiatives, no own assumptions): it then
/// stands for the baseline in the plots.
fn is_as_is(project: &Project, run: &ScenarioRun) -> bool {
    run.scenario
        .as_ref()
        .and_then(|id| project.scenario(id))
        .is_some_and(|s| s.initiatives.is_empty() && s.overrides.is_empty())
}

/// Runs with their legend name, colour slot and dash: the baseline first, unless a scenario
/// is the project as it is (then that scenario is drawn dashed in its place).
fn runs<'a>(
    project: &Project,
    comparison: &'a Comparison,
    lang: Lang,
) -> Vec<(&'a ScenarioRun, String, usize, bool)> {
    let has_as_is = comparison.scenarios.iter().any(|r| is_as_is(project, r));
    let baseline = (!has_as_is).then(|| (&comparison.baseline, baseline_name(lang), 7, true));
    baseline
        .into_iter()
        .chain(
            comparison
                .scenarios
                .iter()
                .enumerate()
                .map(|(i, run)| (run, run.name.clone(), i, is_as_is(project, run))),
        )
        .collect()
}

/// Customers by loyalty state over time, for one run (and one persona, or all).
pub fn customers_by_state(
    project: &Project,
    run: &ScenarioRun,
    persona: Option<&Id>,
    lang: Lang,
) -> LineChart {
    let states = [
        (t("New", "Nieuw"), 5usize),
        (t("Passive loyal", "Passief loyaal"), 1),
        (t("Active loyal", "Actief loyaal"), 2),
        (t("Lost", "Verloren"), 4),
    ];
    let counts = |t: usize| -> Option<crate::engine::StateCounts> {
        match persona {
            None => run.periods.get(t).map(|p| p.customers),
            Some(id) => run
                .personas
                .iter()
                .find(|p| &p.persona == id)
                .and_then(|p| p.periods.get(t))
                .map(|p| p.customers),
        }
    };
    let horizon = run.periods.len();
    let series = states
        .iter()
        .enumerate()
        .map(|(index, (name, color))| LineSeries {
            name: name.get(lang).to_string(),
            color: *color,
            points: (0..horizon)
                .filter_map(|t| {
                    let c = counts(t)?;
                    let value = [c.new, c.passive_loyal, c.active_loyal, c.lost][index];
                    Some([t as f64, value])
                })
                .collect(),
            band: Vec::new(),
            dashed: false,
            emphasis: false,
        })
        .collect();
    let who = persona
        .and_then(|id| project.persona(id))
        .map(|p| p.name.clone())
        .unwrap_or_else(|| t("all personas", "alle persona's").get(lang).to_string());
    let title = match lang {
        Lang::En => format!("Customers by state — {} ({who})", run_name(run, lang)),
        Lang::Nl => format!("Klanten per status — {} ({who})", run_name(run, lang)),
    };
    LineChart {
        title,
        x_axis: period_axis(project, lang),
        period_name: period_name(project, lang),
        y_axis: t("Customers (people)", "Klanten (mensen)")
            .get(lang)
            .to_string(),
        unit: ValueUnit::Customers,
        series,
        markers: Vec::new(),
    }
}

fn run_name(run: &ScenarioRun, lang: Lang) -> String {
    if run.scenario.is_none() {
        baseline_name(lang)
    } else {
        run.name.clone()
    }
}

/// One comparison across the baseline and every scenario, with bands where given; the
/// `selected` scenario is drawn heavier.
pub fn comparison(
    project: &Project,
    comparison: &Comparison,
    metric: Metric,
    bands: Bands,
    selected: Option<&Id>,
    lang: Lang,
) -> LineChart {
    let currency = project.meta.currency.clone();
    let (title, y_axis, unit) = match metric {
        Metric::ActiveLoyal => (
            t(
                "Active-loyal customers per scenario",
                "Actief loyale klanten per scenario",
            ),
            t(
                "Active-loyal customers (people)",
                "Actief loyale klanten (mensen)",
            )
            .get(lang)
            .to_string(),
            ValueUnit::Customers,
        ),
        Metric::Revenue => (
            t("Revenue per period", "Omzet per periode"),
            format!(
                "{} ({currency})",
                t("Revenue per period", "Omzet per periode").get(lang)
            ),
            ValueUnit::Money(currency.clone()),
        ),
        Metric::CumulativeProfit => (
            t(
                "Cumulative profit after initiative costs (present value)",
                "Cumulatieve winst na kosten van initiatieven (contante waarde)",
            ),
            format!(
                "{} ({currency})",
                t(
                    "Cumulative profit, present value",
                    "Cumulatieve winst, contante waarde"
                )
                .get(lang)
            ),
            ValueUnit::Money(currency.clone()),
        ),
        Metric::Nps => (
            t("NPS estimate per scenario", "NPS-schatting per scenario"),
            t(
                "NPS estimate (points, −100 to +100)",
                "NPS-schatting (punten, −100 tot +100)",
            )
            .get(lang)
            .to_string(),
            ValueUnit::Points,
        ),
    };
    let value = |p: &crate::engine::PeriodResult| -> Option<f64> {
        match metric {
            Metric::ActiveLoyal => Some(p.customers.active_loyal),
            Metric::Revenue => (p.period > 0).then_some(p.revenue),
            Metric::CumulativeProfit => Some(p.cumulative_profit_pv),
            Metric::Nps => p.nps_estimate,
        }
    };
    let band_of = |band: &crate::engine::monte_carlo::MonteCarloPeriod| -> Option<(f64, f64)> {
        let b = match metric {
            Metric::ActiveLoyal => band.active_loyal,
            Metric::Revenue if band.period > 0 => band.revenue,
            Metric::Revenue => return None,
            Metric::CumulativeProfit => band.cumulative_profit_pv,
            Metric::Nps => band.nps_estimate?,
        };
        Some((b.p10, b.p90))
    };
    let mut series = Vec::new();
    let mut markers = Vec::new();
    for (run, name, color, dashed) in runs(project, comparison, lang) {
        let band = bands
            .iter()
            .find(|(id, _)| *id == run.scenario)
            .map(|(_, mc)| {
                mc.periods
                    .iter()
                    .filter_map(|p| band_of(p).map(|(low, high)| [f64::from(p.period), low, high]))
                    .collect()
            })
            .unwrap_or_default();
        series.push(LineSeries {
            name: name.clone(),
            color,
            points: run
                .periods
                .iter()
                .filter_map(|p| value(p).map(|v| [f64::from(p.period), v]))
                .collect(),
            band,
            dashed,
            emphasis: selected.is_some() && run.scenario.as_ref() == selected,
        });
        if metric == Metric::CumulativeProfit
            && run.scenario.is_some()
            && let Some(period) = run.payback_period.filter(|p| *p > 0)
        {
            let unit = period_name(project, lang);
            let label = match lang {
                Lang::En => format!("{name}: {unit} {period}"),
                Lang::Nl => format!("{name}: {unit} {period}"),
            };
            markers.push(Marker {
                x: f64::from(period),
                label,
                color,
            });
        }
    }
    LineChart {
        title: title.get(lang).to_string(),
        x_axis: period_axis(project, lang),
        period_name: period_name(project, lang),
        y_axis,
        unit,
        series,
        markers,
    }
}

/// The lifetime value of a new customer, per persona and scenario.
pub fn clv_per_persona(project: &Project, comparison: &Comparison, lang: Lang) -> GroupedBars {
    let currency = project.meta.currency.clone();
    let categories = project.personas.iter().map(|p| p.name.clone()).collect();
    let series = runs(project, comparison, lang)
        .into_iter()
        .map(|(run, name, color, _)| {
            let values = project
                .personas
                .iter()
                .map(|persona| {
                    run.personas
                        .iter()
                        .find(|p| p.persona == persona.id)
                        .and_then(|p| p.clv)
                        .map(|clv| clv.new)
                        .filter(|v| v.is_finite())
                })
                .collect();
            (name, color, values)
        })
        .collect();
    GroupedBars {
        title: t(
            "Lifetime value of a new customer, per persona",
            "Klantwaarde (CLV) van een nieuwe klant, per persona",
        )
        .get(lang)
        .to_string(),
        value_axis: format!("CLV ({currency})"),
        unit: ValueUnit::Money(currency),
        categories,
        series,
    }
}

/// The tornado of one scenario: cumulative profit at the horizon with each uncertain
/// assumption at the low and the high end of its range.
pub fn tornado(
    project: &Project,
    scenario_name: &str,
    tornado: &Tornado,
    lang: Lang,
) -> TornadoChart {
    let currency = project.meta.currency.clone();
    let input = |key, value: f64| match catalog::assumption_info(key).unit {
        catalog::Unit::Share => numbers::percent(value, 1, lang),
        catalog::Unit::Number => numbers::grouped(value, 2, lang),
    };
    let rows = tornado
        .bars
        .iter()
        .map(|bar| TornadoRow {
            label: catalog::assumption_info(bar.key)
                .label
                .get(lang)
                .to_string(),
            low_input: input(bar.key, bar.low_value),
            high_input: input(bar.key, bar.high_value),
            at_low: bar.profit_pv_at_low,
            at_high: bar.profit_pv_at_high,
        })
        .collect();
    let title = match lang {
        Lang::En => format!("What moves the result most — {scenario_name}"),
        Lang::Nl => format!("Wat het resultaat het meest beweegt — {scenario_name}"),
    };
    TornadoChart {
        title,
        value_axis: format!(
            "{} ({currency})",
            t(
                "Cumulative profit at the horizon, present value",
                "Cumulatieve winst aan het eind, contante waarde"
            )
            .get(lang)
        ),
        unit: ValueUnit::Money(currency),
        base: tornado.base_profit_pv,
        rows,
    }
}

/// CSV text of a line chart: one row per period, one column per series (and its band).
pub fn line_chart_csv(chart: &LineChart) -> String {
    let mut header = vec![csv_field(&chart.x_axis)];
    for series in &chart.series {
        header.push(csv_field(&series.name));
        if !series.band.is_empty() {
            header.push(csv_field(&format!("{} p10", series.name)));
            header.push(csv_field(&format!("{} p90", series.name)));
        }
    }
    let mut periods: Vec<f64> = chart
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p[0]))
        .collect();
    periods.sort_by(f64::total_cmp);
    periods.dedup();
    let mut out = header.join(",") + "\n";
    for x in periods {
        let mut row = vec![number(x)];
        for series in &chart.series {
            row.push(
                series
                    .points
                    .iter()
                    .find(|p| p[0] == x)
                    .map(|p| number(p[1]))
                    .unwrap_or_default(),
            );
            if !series.band.is_empty() {
                let band = series.band.iter().find(|b| b[0] == x);
                row.push(band.map(|b| number(b[1])).unwrap_or_default());
                row.push(band.map(|b| number(b[2])).unwrap_or_default());
            }
        }
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// CSV text of grouped bars: one row per category, one column per series.
pub fn grouped_bars_csv(chart: &GroupedBars) -> String {
    let mut out = std::iter::once(String::new())
        .chain(chart.series.iter().map(|(name, _, _)| csv_field(name)))
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for (i, category) in chart.categories.iter().enumerate() {
        let mut row = vec![csv_field(category)];
        for (_, _, values) in &chart.series {
            row.push(
                values
                    .get(i)
                    .copied()
                    .flatten()
                    .map(number)
                    .unwrap_or_default(),
            );
        }
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// CSV text of a tornado.
pub fn tornado_csv(chart: &TornadoChart) -> String {
    let mut out = String::from("assumption,low value,high value,result at low,result at high\n");
    for row in &chart.rows {
        out.push_str(&format!(
            "{},{},{},{},{}\n",
            csv_field(&row.label),
            csv_field(&row.low_input),
            csv_field(&row.high_input),
            number(row.at_low),
            number(row.at_high)
        ));
    }
    out
}

/// A number for CSV: plain, with a decimal point, so spreadsheets in any locale can read it.
fn number(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let rounded = (value * 1e6).round() / 1e6;
    format!("{rounded}")
}

pub(crate) fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine;

    fn sample() -> Project {
        crate::store::embedded_sample().expect("sample")
    }

    #[test]
    fn comparisons_have_a_line_per_run_and_break_even_markers() {
        let project = sample();
        let results = engine::compare(&project);
        let chart = comparison(
            &project,
            &results,
            Metric::CumulativeProfit,
            &[],
            None,
            Lang::En,
        );
        // The sample's "Today" scenario is the project as it is: it stands for the baseline.
        assert_eq!(chart.series.len(), project.scenarios.len());
        assert_eq!(chart.series[0].name, "Today");
        assert!(chart.series[0].dashed);
        let mut without_as_is = project.clone();
        without_as_is
            .scenarios
            .retain(|s| !s.initiatives.is_empty());
        let results_without = engine::compare(&without_as_is);
        let chart_without = comparison(
            &without_as_is,
            &results_without,
            Metric::ActiveLoyal,
            &[],
            None,
            Lang::En,
        );
        assert_eq!(chart_without.series[0].name, "Baseline (as today)");
        assert_eq!(
            chart_without.series.len(),
            without_as_is.scenarios.len() + 1
        );
        assert_eq!(chart.y_axis, "Cumulative profit, present value (GBP)");
        let paying_back: Vec<_> = results
            .scenarios
            .iter()
            .filter(|r| r.payback_period.is_some_and(|p| p > 0))
            .collect();
        assert_eq!(chart.markers.len(), paying_back.len());
        let revenue = comparison(&project, &results, Metric::Revenue, &[], None, Lang::Nl);
        assert_eq!(revenue.title, "Omzet per periode");
        assert_eq!(
            revenue.series[0].points[0][0], 1.0,
            "no revenue point at t = 0"
        );
    }

    #[test]
    fn csv_has_a_header_and_a_row_per_period() {
        let project = sample();
        let results = engine::compare(&project);
        let chart = comparison(&project, &results, Metric::ActiveLoyal, &[], None, Lang::En);
        let csv = line_chart_csv(&chart);
        let lines: Vec<&str> = csv.lines().collect();
        assert!(
            lines[0].starts_with("Time (months from today),Today,"),
            "{}",
            lines[0]
        );
        assert_eq!(lines.len(), 1 + results.baseline.periods.len());
        let bars = clv_per_persona(&project, &results, Lang::En);
        assert_eq!(
            grouped_bars_csv(&bars).lines().count(),
            1 + project.personas.len()
        );
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
    }

    #[test]
    fn customers_by_state_follows_one_persona_or_all() {
        let project = sample();
        let run = engine::run_baseline(&project);
        let all = customers_by_state(&project, &run, None, Lang::En);
        assert_eq!(all.series.len(), 4);
        let first = &project.personas[0];
        let one = customers_by_state(&project, &run, Some(&first.id), Lang::En);
        assert!(one.title.contains(&first.name));
        let active_at_start = one.series[2].points[0][1];
        let expected = first.segment.customers as f64 * first.segment.active_loyal_share;
        assert!((active_at_start - expected).abs() < 1e-6);
    }
}
