//! Running scenarios: a scenario's assumptions and initiatives through every persona's chain,
//! summed into customers, money and NPS per period, with the payback period against the same
//! run without initiatives.

use super::chain::PersonaChain;
use super::chance::Exposure;
use super::clv::Clv;
use super::params::{Params, PeriodRates};
use super::prepared::{PreparedProject, ScenarioPlan};
use super::runner::Runner;
use super::simulate::{PersonaPeriod, StateCounts, discount_factor, simulate_persona};
use crate::model::scenario::{DEFAULT_HORIZON_PERIODS, MAX_HORIZON_PERIODS};
use crate::model::{AssumptionKey, Id, MarginTiming, Project, Scenario};
use serde::Serialize;

/// The results of one scenario (or the baseline) over its horizon.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioRun {
    /// The scenario's id; `None` for the baseline.
    pub scenario: Option<Id>,
    /// The scenario's name ("Baseline" for the baseline).
    pub name: String,
    /// Periods simulated (capped at `scenario::MAX_HORIZON_PERIODS`).
    pub horizon_periods: u32,
    /// Discount rate per model period used for present values.
    pub discount_rate_per_period: f64,
    /// Totals over all personas for t = 0..=horizon (t = 0: the initial state, no money).
    pub periods: Vec<PeriodResult>,
    /// Per persona, in the project's order.
    pub personas: Vec<PersonaRun>,
    /// The first period from which the cumulative profit (present value) is at least that of
    /// the same run without initiatives, and stays so to the horizon. `Some(0)` when it never
    /// falls behind (no initiatives, or initiatives that cost nothing and do no harm); `None`
    /// when it is behind at the horizon.
    pub payback_period: Option<u32>,
}

/// Totals over all personas in one period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PeriodResult {
    /// The period, 0..=horizon.
    pub period: u32,
    /// People by state at the end of the period.
    pub customers: StateCounts,
    /// (E − N) / S: paying customers at the end (E) minus those who entered New in the period
    /// (N: acquired and won back), over paying customers at the start (S). `None` at t = 0
    /// and when S = 0.
    pub retention_rate: Option<f64>,
    /// Customers who entered New in the period (acquired and won back).
    pub entered_new: f64,
    /// Revenue of the period, undiscounted, in the project currency.
    pub revenue: f64,
    /// Margin of the period, undiscounted.
    pub margin: f64,
    /// Initiative costs of the period, undiscounted: one-off costs in period 1, running
    /// costs in every period.
    pub costs: f64,
    /// Margin minus costs, undiscounted.
    pub profit: f64,
    /// Profit at present value (discounted like the margin, see `simulate::discount_factor`).
    pub discounted_profit: f64,
    /// Running sum of discounted profit: the present value of the profit so far.
    pub cumulative_profit_pv: f64,
    /// NPS estimate, −100..+100: 100 · (promoters − detractors) / customers, summed over
    /// personas, with promoters = RecommendShare · (ActiveLoyal + g · (New + PassiveLoyal))
    /// and detractors = n · (New + PassiveLoyal + ActiveLoyal). At t = 0 it uses the chances
    /// without initiatives (they act from period 1). `None` without customers.
    pub nps_estimate: Option<f64>,
}

/// One persona's part of a run.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonaRun {
    /// The persona's id.
    pub persona: Id,
    /// The persona's chain under the scenario: n, g, b, the transition matrix, money per
    /// customer, acquisition.
    pub chain: PersonaChain,
    /// Lifetime value of one customer by starting state; `None` if not finite (no
    /// discounting).
    pub clv: Option<Clv>,
    /// The persona's customers, entries and money per period, t = 0..=horizon.
    pub periods: Vec<PersonaPeriod>,
}

/// The baseline and every scenario of a project.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// The project as it is: no initiatives, no overrides.
    pub baseline: ScenarioRun,
    /// Each scenario, in the project's order.
    pub scenarios: Vec<ScenarioRun>,
}

/// Runs the baseline and every scenario of `project`.
pub fn compare(project: &Project) -> Comparison {
    let mut runner = Runner::new(project);
    let baseline = runner.run_baseline();
    let scenarios = runner.run_scenarios(&project.scenarios);
    Comparison {
        baseline,
        scenarios,
    }
}

/// Runs one scenario of `project` (it need not be in the project's list).
pub fn run_scenario(project: &Project, scenario: &Scenario) -> ScenarioRun {
    Runner::new(project).run_scenario(scenario)
}

/// Runs the baseline of `project`: no initiatives, no overrides.
pub fn run_baseline(project: &Project) -> ScenarioRun {
    Runner::new(project).run_baseline()
}

/// The horizon of the baseline: the longest of the project's scenarios, or
/// `DEFAULT_HORIZON_PERIODS` when it has none.
pub fn baseline_horizon(project: &Project) -> u32 {
    project
        .scenarios
        .iter()
        .map(|s| s.horizon_periods.min(MAX_HORIZON_PERIODS))
        .max()
        .unwrap_or(DEFAULT_HORIZON_PERIODS)
}

/// The baseline as a scenario: no initiatives, no overrides, [`baseline_horizon`].
pub fn baseline_scenario(project: &Project) -> Scenario {
    Scenario {
        id: Id::new("baseline"),
        name: "Baseline".into(),
        horizon_periods: baseline_horizon(project),
        ..Scenario::default()
    }
}

/// What one simulation needs besides the project.
pub(crate) struct RunInputs<'p, 'a> {
    pub params: &'p Params,
    pub plan: &'p ScenarioPlan<'a>,
    pub horizon_periods: u32,
}

/// Simulates every persona with its exposure under the scenario (`with`) and without
/// initiatives (`as_is`, for the NPS at t = 0), and sums them.
pub(crate) fn simulate_population(
    prepared: &PreparedProject,
    inputs: &RunInputs,
    with: &[Exposure],
    as_is: &[Exposure],
) -> ScenarioRun {
    let project = prepared.project;
    let params = inputs.params;
    let timing = project.settings.margin_timing;
    let rates = params.per_period(project.settings.period);
    let horizon = inputs.horizon_periods;
    let personas: Vec<PersonaRun> = project
        .personas
        .iter()
        .zip(with)
        .map(|(persona, &exposure)| persona_run(persona, params, &rates, exposure, horizon, timing))
        .collect();
    let periods = sum_periods(inputs, &rates, timing, &personas, with, as_is);
    ScenarioRun {
        scenario: None,
        name: String::new(),
        horizon_periods: horizon,
        discount_rate_per_period: rates.discount_rate,
        periods,
        personas,
        payback_period: None,
    }
}

fn persona_run(
    persona: &crate::model::Persona,
    params: &Params,
    rates: &PeriodRates,
    exposure: Exposure,
    horizon: u32,
    timing: MarginTiming,
) -> PersonaRun {
    let chain = PersonaChain::new(persona, params, rates, exposure);
    let periods = simulate_persona(&chain, StateCounts::initial(persona), horizon, timing);
    PersonaRun {
        persona: persona.id.clone(),
        clv: Clv::of_chain(&chain, rates.discount_rate, timing),
        chain,
        periods,
    }
}

fn sum_periods(
    inputs: &RunInputs,
    rates: &PeriodRates,
    timing: MarginTiming,
    personas: &[PersonaRun],
    with: &[Exposure],
    as_is: &[Exposure],
) -> Vec<PeriodResult> {
    let recommend = inputs.params.get(AssumptionKey::RecommendShare);
    let one_off = inputs.plan.one_off_cost();
    let running = inputs.plan.cost_per_period();
    let mut cumulative = 0.0;
    let mut periods: Vec<PeriodResult> = Vec::with_capacity(inputs.horizon_periods as usize + 1);
    for t in 0..=inputs.horizon_periods {
        let i = t as usize;
        let mut customers = StateCounts::default();
        let (mut entered_new, mut revenue, mut margin) = (0.0, 0.0, 0.0);
        let (mut promoters, mut detractors) = (0.0, 0.0);
        let exposures = if t == 0 { as_is } else { with };
        for (persona, exposure) in personas.iter().zip(exposures) {
            let period = persona.periods.get(i).copied().unwrap_or_default();
            let counts = period.customers;
            customers.add(&counts);
            entered_new += period.entered_new;
            revenue += period.revenue;
            margin += period.margin;
            promoters += recommend
                * (counts.active_loyal + exposure.delight * (counts.new + counts.passive_loyal));
            detractors += exposure.negative * counts.paying();
        }
        let costs = match t {
            0 => 0.0,
            1 => one_off + running,
            _ => running,
        };
        let profit = margin - costs;
        let discounted_profit = if t == 0 {
            0.0
        } else {
            profit * discount_factor(t, rates.discount_rate, timing)
        };
        cumulative += discounted_profit;
        let paying = customers.paying();
        let retention_rate = match periods.last() {
            Some(previous) if previous.customers.paying() > 0.0 => {
                Some((paying - entered_new) / previous.customers.paying())
            }
            _ => None,
        };
        let nps_estimate = (paying > 0.0).then(|| 100.0 * (promoters - detractors) / paying);
        periods.push(PeriodResult {
            period: t,
            customers,
            retention_rate,
            entered_new,
            revenue,
            margin,
            costs,
            profit,
            discounted_profit,
            cumulative_profit_pv: cumulative,
            nps_estimate,
        });
    }
    periods
}

/// The first period t from which the cumulative profit `with[t]` (present value, per period
/// t = 0..=horizon) is at least `without[t]`, the same run's without initiatives (within a
/// rounding tolerance of 1e-9 relative), and stays so to the horizon; `None` when it is
/// behind at the horizon.
pub fn payback_period(with: &[f64], without: &[f64]) -> Option<u32> {
    let ahead = |a: f64, b: f64| a >= b - 1e-9 * 1.0f64.max(a.abs()).max(b.abs());
    let mut first = None;
    for (t, (&a, &b)) in with.iter().zip(without).enumerate().rev() {
        if !ahead(a, b) {
            break;
        }
        first = u32::try_from(t).ok();
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payback_is_the_first_period_that_stays_ahead() {
        let without = [0.0, 10.0, 20.0, 30.0, 40.0];
        assert_eq!(
            payback_period(&[0.0, -50.0, 25.0, 15.0, 45.0], &without),
            Some(4)
        );
        assert_eq!(
            payback_period(&[0.0, -50.0, 20.0, 35.0, 45.0], &without),
            Some(2)
        );
        assert_eq!(
            payback_period(&[0.0, 10.0, 20.0, 30.0, 40.0], &without),
            Some(0)
        );
        assert_eq!(
            payback_period(&[0.0, -5.0, 0.0, 10.0, 39.0], &without),
            None
        );
    }
}
