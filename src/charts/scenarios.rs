//! What the scenario plots show: customers by state, the scenario comparisons (active-loyal
//! customers, revenue, cumulative profit with break-even, NPS estimate) with optional p10–p90
//! bands, and CLV per persona (the tornado is in [`super::tornado`]). Plain data with titles
//! and axis labels (units included), from which [`super::describe`] builds the plots and
//! [`super::csv`] their CSV.

pub use super::csv::{grouped_bars_csv, line_chart_csv, tornado_csv};
pub use super::tornado::{TornadoChart, TornadoRow, tornado};
pub use super::units::ValueUnit;
use crate::engine::monte_carlo::MonteCarlo;
use crate::engine::{Comparison, ScenarioRun};
use crate::i18n::{Lang, Text, t, tr};
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
    /// A sentence the caption adds after the markers, if any.
    pub note: Option<String>,
    /// What every value column's header adds to its series' name in CSV ("vs. Today" when
    /// the values are differences from Today), if anything.
    pub column_note: Option<String>,
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
    t("Time ({unit}s from today)", "Tijd (in {unit}en vanaf nu)").fill(lang, &[("unit", &unit)])
}

/// "Revenue per month": the period's own word.
fn revenue_title(period: crate::model::Period) -> Text {
    use crate::model::Period;
    match period {
        Period::Month => t("Revenue per month", "Omzet per maand"),
        Period::Quarter => t("Revenue per quarter", "Omzet per kwartaal"),
        Period::Year => t("Revenue per year", "Omzet per jaar"),
    }
}

fn period_name(project: &Project, lang: Lang) -> String {
    catalog::period_label(project.settings.period, lang).to_lowercase()
}

fn baseline_name(lang: Lang) -> String {
    t("Today (no initiatives)", "Vandaag (geen initiatieven)")
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
    let title = t(
        "Customers by state — {scenario} ({who})",
        "Klanten per status — {scenario} ({who})",
    )
    .fill(lang, &[("scenario", &run_name(run, lang)), ("who", &who)]);
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
        note: None,
        column_note: None,
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
/// `selected` scenario is drawn heavier. `against_today`: each run as its difference from
/// Today, period by period (Today itself the zero line), as finance reads an investment; else
/// each run's own values. The uncertainty bands are drawn with the own values only: a band
/// of a difference needs each draw's own Today, which the bands do not keep.
pub fn comparison(
    project: &Project,
    comparison: &Comparison,
    metric: Metric,
    bands: Bands,
    (selected, against_today): (Option<&Id>, bool),
    lang: Lang,
) -> LineChart {
    let (title, y_axis, unit) = comparison_words(project, metric, against_today, lang);
    let value = |p: &crate::engine::PeriodResult| -> Option<f64> {
        match metric {
            Metric::ActiveLoyal => Some(p.customers.active_loyal),
            Metric::Revenue => (p.period > 0).then_some(p.revenue),
            Metric::CumulativeProfit => Some(p.cumulative_profit_pv),
            Metric::Nps => p.nps_estimate,
        }
    };
    // What is taken off each period's value: Today's, when showing differences.
    let today = |period: u32| -> Option<f64> {
        if against_today {
            comparison
                .baseline
                .periods
                .get(period as usize)
                .and_then(value)
        } else {
            Some(0.0)
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
            .filter(|_| !against_today)
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
                .filter_map(|p| Some([f64::from(p.period), value(p)? - today(p.period)?]))
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
            // The same in both languages: the period's word comes translated.
            let label = format!("{name}: {unit} {period}");
            markers.push(Marker {
                x: f64::from(period),
                label,
                color,
            });
        }
    }
    // Against Today, a scenario with its own assumptions differs from Today by them as well
    // as by its initiatives; its break-even compares it with its own assumptions.
    let own_assumptions: Vec<&str> = comparison
        .scenarios
        .iter()
        .filter(|run| {
            run.payback_period.is_some_and(|p| p > 0)
                && run
                    .scenario
                    .as_ref()
                    .and_then(|id| project.scenario(id))
                    .is_some_and(|s| !s.overrides.is_empty())
        })
        .map(|run| run.name.as_str())
        .collect();
    let note = (against_today && metric == Metric::CumulativeProfit && !own_assumptions.is_empty())
        .then(|| {
            t(
                "{names}: against Today the line includes the scenario's own assumptions; its break-even compares it with those assumptions without its initiatives.",
                "{names}: in het verschil met Vandaag zitten ook de eigen aannames van het scenario; het terugverdienpunt vergelijkt met die aannames zonder de initiatieven.",
            )
            .fill(lang, &[("names", &own_assumptions.join(", "))])
        });
    LineChart {
        title,
        x_axis: period_axis(project, lang),
        period_name: period_name(project, lang),
        y_axis,
        unit,
        series,
        markers,
        note,
        column_note: against_today.then(|| tr::VS_BASELINE.get(lang).to_string()),
    }
}

/// A comparison's title, value axis and unit, for each run's own values or its difference
/// from Today.
fn comparison_words(
    project: &Project,
    metric: Metric,
    against_today: bool,
    lang: Lang,
) -> (String, String, ValueUnit) {
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
            revenue_title(project.settings.period),
            format!(
                "{} ({currency})",
                revenue_title(project.settings.period).get(lang)
            ),
            ValueUnit::Money(currency.clone()),
        ),
        Metric::CumulativeProfit => {
            let words = tr::ResultWords::new(project.settings.fixed_costs_per_period);
            (
                words.plot_title(),
                format!("{} ({currency})", words.axis().get(lang)),
                ValueUnit::Money(currency.clone()),
            )
        }
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
    if !against_today {
        return (title.get(lang).to_string(), y_axis, unit);
    }
    let title = t("{title} against Today", "{title}: verschil met Vandaag")
        .fill(lang, &[("title", &title.get(lang))]);
    // The title names the measure; the axis only what the numbers are, kept short.
    let unit_word = match &unit {
        ValueUnit::Money(currency) => currency.clone(),
        ValueUnit::Points => t("points", "punten").get(lang).to_string(),
        _ => t("people", "mensen").get(lang).to_string(),
    };
    let y_axis = t(
        "Difference from Today ({unit})",
        "Verschil met Vandaag ({unit})",
    )
    .fill(lang, &[("unit", &unit_word)]);
    (title, y_axis, unit)
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

#[cfg(test)]
#[path = "scenarios_tests.rs"]
mod tests;
