//! The project report (`cx-workbench report FILE [--json]`): scenario results, CLV per
//! persona, value gaps and survey metrics, as a serialisable [`Report`] and as text
//! ([`Report::to_text`]).
//!
//! # JSON shape
//!
//! `serde_json::to_string(&report)` gives (money in `currency`, shares as fractions,
//! NPS in points; `null` where a number is not available):
//!
//! ```text
//! {
//!   "project": "Hotel group",              // project name
//!   "currency": "EUR",                     // ISO 4217 code of every money amount
//!   "period": "Month",                     // model period: "Month" | "Quarter" | "Year"
//!   "margin_timing": "EndOfPeriod",        // or "StartOfPeriod"
//!   "fixed_costs_per_period": 40000.0 | null, // given: cumulative_profit_pv is a profit;
//!                                          // null: a contribution (margin − initiative costs)
//!   "today": <today>,                      // how the baseline ("Today") moves
//!   "baseline": <scenario>,                // the project as it is (id null)
//!   "scenarios": [<scenario>, ...],        // every scenario, or the one asked for
//!   "personas": [<persona>, ...],
//!   "surveys": [<wave>, ...],
//!   "calibration": <calibration> | null    // null without a wave with NPS or retention
//! }
//! <scenario> = {
//!   "id": "sc-quick-wins" | null,          // null for the baseline
//!   "name": "Quick wins",
//!   "horizon_periods": 36,
//!   "final_customers": {                   // expected people at the horizon
//!     "prospects": 9000.0, "new": 40.0, "passive_loyal": 700.0,
//!     "active_loyal": 300.0, "lost": 200.0
//!   },
//!   "total_revenue": 123456.0,             // sum over periods 1..=horizon, undiscounted
//!   "cumulative_profit_pv": 23456.0,       // present value of margin minus initiative costs (and fixed costs, when given)
//!   "payback_period": 7 | null,            // see ScenarioRun::payback_period
//!   "final_nps_estimate": 12.5 | null      // NPS estimate at the horizon
//! }
//! <today> = {
//!   "basis": "Steady",                     // "Steady" | "Trend" | "Calibrated" | "AssumedRate"
//!   "growth_per_year": 0.0 | null,         // the trend held (0 when steady; null: a rate)
//!   "calibrated_to": "sv-2026-q2" | null,  // the wave the assumptions were fitted to
//!   "customers_start": 650.0, "customers_end": 650.0, // paying customers, t = 0 and horizon
//!   "horizon_periods": 36,
//!   "largest_change": 0.0,                 // largest gap from what the basis holds, fraction
//!   "new_per_period": 17.9,                // acquired and won back, mean over the horizon
//!   "lost_per_period": 17.9,               // customers lost, mean over the horizon
//!   "prospects_run_out": 14 | null         // first period with too few prospects to hold it
//! }
//! <persona> = {
//!   "id": "p-anna", "name": "Anna",
//!   "value": {                             // value elements, 0–10, and the gap
//!     "expectation": 7.0, "proposition": 6.0, "perception": 5.5, "realisation": 6.0,
//!     "gap": -1.5                          // perception − expectation
//!   },
//!   "clv": [                               // baseline first, then each reported scenario
//!     { "scenario": null, "new": 812.0, "passive_loyal": 790.0, "active_loyal": 1430.0 },
//!     { "scenario": "sc-quick-wins", "new": 850.0, ... }
//!   ]                                      // CLV numbers are null if not finite
//! }
//! <wave> = {
//!   "id": "sv-2026-q3", "label": "Q3 2026", "persona": "p-anna" | null,
//!   "metrics": {
//!     "nps": 20.0, "ces_mean": 5.1, "ces_share_agreeing": 0.7, "csat": 0.8,
//!     "retention_rate": 0.85, "churn_rate": 0.15, "cart_abandonment": 0.7
//!   }                                      // each null without its inputs
//! }
//! <calibration> = {                        // the model as it is against the latest wave
//!   "wave": "Q2 2026", "wave_id": "sv-2026-q2", // with NPS and retention (else either)
//!   "persona": "p-anna" | null,            // a wave about one persona: that persona's model
//!   "months": 3, "length_stated": true,    // the wave's length (unstated: 3 assumed)
//!   "periods": 3,                          // that length in model periods
//!   "nps": { "measured": 42.0, "modelled": 41.9 },              // points, at t = 0
//!   "retention": { "measured": 0.877, "modelled": 0.876 },     // fraction over the wave
//!   "new_customers": { "measured": 1980.0, "modelled": 1979.0 } // people over the wave
//! }                                        // a target the wave did not measure: null
//! ```

mod calibration;
mod text;

pub use calibration::{CalibrationSummary, MeasuredModelled, calibration_wave};

use super::clv::Clv;
use super::metrics::WaveMetrics;
use super::run::ScenarioRun;
use super::runner::Runner;
use super::simulate::StateCounts;
use super::today::TodaySummary;
use crate::model::{Id, MarginTiming, Period, Project};
use serde::Serialize;
use std::fmt;

/// The report of a project. See the module documentation for its JSON shape.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Project name.
    pub project: String,
    /// Currency of every money amount.
    pub currency: String,
    /// Length of a model period.
    pub period: Period,
    /// When a period's margin is counted.
    pub margin_timing: MarginTiming,
    /// Fixed costs per period, when the project gives them: the cumulative result is then a
    /// profit; without them it is a contribution.
    pub fixed_costs_per_period: Option<f64>,
    /// How Today (the baseline) moves: steady, a trend, or a rate of new customers.
    pub today: TodaySummary,
    /// The project as it is.
    pub baseline: ScenarioSummary,
    /// The scenarios reported.
    pub scenarios: Vec<ScenarioSummary>,
    /// Value gap and CLV per persona.
    pub personas: Vec<PersonaSummary>,
    /// Metrics per survey wave.
    pub surveys: Vec<WaveSummary>,
    /// The model against the latest wave's measurements (see [`calibration_wave`]).
    pub calibration: Option<CalibrationSummary>,
    /// The label of the wave Today is calibrated to (not in the JSON: `today` has its id).
    #[serde(skip)]
    pub today_wave: Option<String>,
    /// The project's language: the text report's words and numbers (not in the JSON).
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

/// A scenario's (or the baseline's) results at its horizon.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioSummary {
    /// The scenario's id; `None` for the baseline.
    pub id: Option<Id>,
    /// Name.
    pub name: String,
    /// Periods simulated.
    pub horizon_periods: u32,
    /// People by state at the horizon.
    pub final_customers: StateCounts,
    /// Revenue summed over the horizon, undiscounted.
    pub total_revenue: f64,
    /// Margin minus initiative costs (and fixed costs, when the project gives them) summed to
    /// the horizon, present value: a contribution without fixed costs, a profit with them.
    pub cumulative_profit_pv: f64,
    /// Payback period (see `ScenarioRun::payback_period`).
    pub payback_period: Option<u32>,
    /// NPS estimate at the horizon.
    pub final_nps_estimate: Option<f64>,
}

/// One persona's value assessment and lifetime values.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonaSummary {
    /// Persona id.
    pub id: Id,
    /// Persona name.
    pub name: String,
    /// The four value elements and the gap.
    pub value: ValueGapSummary,
    /// CLV under the baseline, then under each reported scenario.
    pub clv: Vec<ScenarioClv>,
}

/// The value elements of a persona (0–10) and the expectation–perception gap.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ValueGapSummary {
    /// Value expectation.
    pub expectation: f64,
    /// Value proposition (uniqueness).
    pub proposition: f64,
    /// Value perception.
    pub perception: f64,
    /// Value realisation.
    pub realisation: f64,
    /// Perception − expectation; negative predicts dissatisfaction.
    pub gap: f64,
}

/// A persona's CLV under one scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioClv {
    /// The scenario; `None` for the baseline.
    pub scenario: Option<Id>,
    /// CLV of a new customer.
    pub new: Option<f64>,
    /// CLV of a passive-loyal customer.
    pub passive_loyal: Option<f64>,
    /// CLV of an active-loyal customer.
    pub active_loyal: Option<f64>,
}

/// One survey wave's metrics.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WaveSummary {
    /// Wave id.
    pub id: Id,
    /// Wave label.
    pub label: String,
    /// The persona surveyed; `None` for all customers.
    pub persona: Option<Id>,
    /// The metrics.
    pub metrics: WaveMetrics,
}

/// Why a report could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportError {
    /// The scenario asked for does not exist.
    UnknownScenario(Id),
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportError::UnknownScenario(id) => {
                write!(f, "the project has no scenario with id `{id}`")
            }
        }
    }
}

impl std::error::Error for ReportError {}

/// The report of `project`: the baseline and every scenario, or only the scenario with id
/// `scenario_filter` (an error if there is none).
pub fn build(project: &Project, scenario_filter: Option<&Id>) -> Result<Report, ReportError> {
    let scenarios: Vec<_> = match scenario_filter {
        Some(id) => {
            let scenario = project
                .scenario(id)
                .ok_or_else(|| ReportError::UnknownScenario(id.clone()))?;
            vec![scenario]
        }
        None => project.scenarios.iter().collect(),
    };
    let mut runner = Runner::new(project);
    let baseline = runner.run_baseline();
    let plan = runner.today_plan(baseline.horizon_periods);
    let today = TodaySummary::of(project, &baseline, plan.as_ref());
    let runs: Vec<ScenarioRun> = scenarios
        .iter()
        .map(|scenario| runner.run_scenario(scenario))
        .collect();
    let personas = project
        .personas
        .iter()
        .enumerate()
        .map(|(i, persona)| {
            let value = &persona.value;
            PersonaSummary {
                id: persona.id.clone(),
                name: persona.name.clone(),
                value: ValueGapSummary {
                    expectation: value.expectation.score,
                    proposition: value.proposition.score,
                    perception: value.perception.score,
                    realisation: value.realisation.score,
                    gap: value.gap(),
                },
                clv: std::iter::once(&baseline)
                    .chain(&runs)
                    .map(|run| scenario_clv(run, i))
                    .collect(),
            }
        })
        .collect();
    let surveys = project
        .surveys
        .iter()
        .map(|wave| WaveSummary {
            id: wave.id.clone(),
            label: wave.label.clone(),
            persona: wave.persona.clone(),
            metrics: WaveMetrics::of(wave),
        })
        .collect();
    Ok(Report {
        project: project.meta.name.clone(),
        currency: project.meta.currency.clone(),
        period: project.settings.period,
        margin_timing: project.settings.margin_timing,
        fixed_costs_per_period: project.settings.fixed_costs_per_period,
        today,
        today_wave: project.today_wave_label().map(str::to_string),
        baseline: summary(&baseline),
        scenarios: runs.iter().map(summary).collect(),
        personas,
        surveys,
        calibration: calibration::summary(project),
        lang: project.meta.language,
    })
}

fn summary(run: &ScenarioRun) -> ScenarioSummary {
    let last = run.periods.last();
    ScenarioSummary {
        id: run.scenario.clone(),
        name: run.name.clone(),
        horizon_periods: run.horizon_periods,
        final_customers: last.map(|p| p.customers).unwrap_or_default(),
        total_revenue: run.periods.iter().map(|p| p.revenue).sum(),
        cumulative_profit_pv: last.map_or(0.0, |p| p.cumulative_profit_pv),
        payback_period: run.payback_period,
        final_nps_estimate: last.and_then(|p| p.nps_estimate),
    }
}

fn scenario_clv(run: &ScenarioRun, persona: usize) -> ScenarioClv {
    let clv: Option<Clv> = run.personas.get(persona).and_then(|p| p.clv);
    ScenarioClv {
        scenario: run.scenario.clone(),
        new: clv.map(|c| c.new),
        passive_loyal: clv.map(|c| c.passive_loyal),
        active_loyal: clv.map(|c| c.active_loyal),
    }
}
