//! Running scenarios: a scenario's assumptions and initiatives through every persona's chain,
//! summed into customers, money and NPS per period, with the payback period against the same
//! run without initiatives.

use super::chain::PersonaChain;
use super::chance::Exposure;
use super::clv::Clv;
use super::params::{Params, PeriodRates};
use super::prepared::{PhaseSchedule, PreparedProject, ScenarioPlan};
use super::runner::Runner;
use super::simulate::{Capacities, PersonaPeriod, StateCounts, discount_factor, simulate_together};
use super::today::{TodayPlan, TodaySummary};
use crate::model::scenario::{DEFAULT_HORIZON_PERIODS, MAX_HORIZON_PERIODS};
use crate::model::{AssumptionKey, Id, MarginTiming, ModelSettings, Project, Scenario};
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
    /// Initiative costs of the period, undiscounted: each initiative's one-off cost in the
    /// period it starts, its running cost in that period and every later one (0 at t = 0).
    pub costs: f64,
    /// The project's fixed costs of the period, undiscounted
    /// (`ModelSettings::fixed_costs_per_period`; 0 when none are given, and at t = 0).
    pub fixed_costs: f64,
    /// Margin minus initiative costs minus fixed costs, undiscounted. Without fixed costs
    /// this is a *contribution*; with them, a *profit*.
    pub profit: f64,
    /// Profit at present value (discounted like the margin, see `simulate::discount_factor`).
    pub discounted_profit: f64,
    /// Running sum of discounted profit: the present value of margin − initiative costs −
    /// fixed costs so far (the contribution, or the profit when fixed costs are given).
    pub cumulative_profit_pv: f64,
    /// NPS estimate, −100..+100: 100 · (promoters − detractors) / paying customers, summed
    /// over personas, with n and g the period's chances of at least one negative and at
    /// least one delighting experience (independent):
    /// promoters = RecommendShare · (1 − n) · (ActiveLoyal + g · (New + PassiveLoyal)),
    /// detractors = n · (New + PassiveLoyal + ActiveLoyal). A customer with both a negative
    /// and a delighting experience counts once, as a detractor ([`nps_parts`]). At t = 0 it
    /// uses the chances without initiatives (they act from period 1). `None` without
    /// customers.
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
    /// Which Today is in force and how its customers move.
    pub today: TodaySummary,
}

/// Runs the baseline and every scenario of `project`.
pub fn compare(project: &Project) -> Comparison {
    let mut runner = Runner::new(project);
    let baseline = runner.run_baseline();
    let plan = runner.today_plan(baseline.horizon_periods);
    let today = TodaySummary::of(project, &baseline, plan.as_ref());
    let scenarios = runner.run_scenarios(&project.scenarios);
    Comparison {
        baseline,
        scenarios,
        today,
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
    /// What holds Today (steady or a trend); `None` with the assumed rate.
    pub today: Option<&'p TodayPlan>,
}

/// Simulates every persona, period by period, with its exposure in each phase of
/// `schedule` (`exposures[phase][persona]`; phase 0 is the project without initiatives,
/// used for the NPS at t = 0), within the project's capacities, and sums them.
pub(crate) fn simulate_population(
    prepared: &PreparedProject,
    inputs: &RunInputs,
    schedule: &PhaseSchedule,
    exposures: &[Vec<Exposure>],
) -> ScenarioRun {
    let project = prepared.project;
    let params = inputs.params;
    let timing = project.settings.margin_timing;
    let rates = params.per_period(project.settings.period);
    let horizon = inputs.horizon_periods;
    // The chains of the phases that some period uses, and of the full phase (the one the
    // run reports, with its CLV).
    let mut used = vec![false; schedule.phases.len()];
    for &phase in schedule.period_phase.iter().skip(1) {
        if let Some(u) = used.get_mut(phase) {
            *u = true;
        }
    }
    if let Some(u) = used.get_mut(schedule.full) {
        *u = true;
    }
    let chains: Vec<Option<Vec<PersonaChain>>> = exposures
        .iter()
        .zip(&used)
        .map(|(phase, &used)| {
            used.then(|| {
                project
                    .personas
                    .iter()
                    .zip(phase)
                    .enumerate()
                    .map(|(p, (persona, &exposure))| {
                        let mut chain = PersonaChain::new(persona, params, &rates, exposure);
                        if let Some(today) = inputs.today {
                            chain.hold_mix(today.mix(p));
                        }
                        chain
                    })
                    .collect()
            })
        })
        .collect();
    let starts = project.personas.iter().map(StateCounts::initial).collect();
    let capacities = Capacities::of(project);
    let mut persona_periods = simulate_together(
        &chains,
        &schedule.period_phase,
        starts,
        inputs.today,
        &capacities,
        timing,
    )
    .into_iter();
    let full_chains = chains
        .get(schedule.full)
        .cloned()
        .flatten()
        .unwrap_or_default();
    let personas: Vec<PersonaRun> = project
        .personas
        .iter()
        .zip(full_chains)
        .map(|(persona, chain)| PersonaRun {
            persona: persona.id.clone(),
            clv: Clv::of_chain(&chain, rates.discount_rate, timing),
            chain,
            periods: persona_periods.next().unwrap_or_default(),
        })
        .collect();
    let fixed = fixed_costs_per_period(&project.settings);
    let periods = sum_periods(
        inputs, &rates, timing, &personas, schedule, exposures, fixed,
    );
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

/// The NPS estimate's promoters and detractors among `counts` with exposure (n, g), the
/// chances of at least one negative and at least one delighting experience in the period,
/// taken as independent:
///
/// - detractors: every paying customer with a negative experience, n · (New + PassiveLoyal
///   + ActiveLoyal);
/// - promoters: of the customers *without* a negative experience (1 − n), the active loyal
///   and the delighted new and passive loyal, times RecommendShare:
///   RecommendShare · (1 − n) · (ActiveLoyal + g · (New + PassiveLoyal)).
///
/// A customer who had both a negative and a delighting experience (chance n · g) counts
/// once, as a detractor: a bad experience weighs more than a good one. Promoters plus
/// detractors are at most the paying customers, so the estimate
/// 100 · (promoters − detractors) / paying stays within −100..+100.
pub fn nps_parts(counts: &StateCounts, exposure: &Exposure, recommend_share: f64) -> (f64, f64) {
    let n = exposure.negative.clamp(0.0, 1.0);
    let g = exposure.delight.clamp(0.0, 1.0);
    let recommend = recommend_share.clamp(0.0, 1.0);
    let promoters =
        recommend * (1.0 - n) * (counts.active_loyal + g * (counts.new + counts.passive_loyal));
    let detractors = n * counts.paying();
    (promoters, detractors)
}

fn sum_periods(
    inputs: &RunInputs,
    rates: &PeriodRates,
    timing: MarginTiming,
    personas: &[PersonaRun],
    schedule: &PhaseSchedule,
    exposures: &[Vec<Exposure>],
    fixed: f64,
) -> Vec<PeriodResult> {
    let recommend = inputs.params.get(AssumptionKey::RecommendShare);
    let initiative_costs = inputs.plan.costs_per_period(inputs.horizon_periods);
    let mut cumulative = 0.0;
    let mut periods: Vec<PeriodResult> = Vec::with_capacity(inputs.horizon_periods as usize + 1);
    for t in 0..=inputs.horizon_periods {
        let i = t as usize;
        let mut customers = StateCounts::default();
        let (mut entered_new, mut revenue, mut margin) = (0.0, 0.0, 0.0);
        let (mut promoters, mut detractors) = (0.0, 0.0);
        let phase = schedule
            .period_phase
            .get(i)
            .copied()
            .unwrap_or(schedule.full);
        let phase_exposures = exposures.get(phase).map_or(&[][..], Vec::as_slice);
        for (persona, exposure) in personas.iter().zip(phase_exposures) {
            let period = persona.periods.get(i).copied().unwrap_or_default();
            let counts = period.customers;
            customers.add(&counts);
            entered_new += period.entered_new;
            revenue += period.revenue;
            margin += period.margin;
            let (p, d) = nps_parts(&counts, exposure, recommend);
            promoters += p;
            detractors += d;
        }
        let costs = initiative_costs.get(i).copied().unwrap_or(0.0);
        let fixed_costs = if t == 0 { 0.0 } else { fixed };
        let profit = margin - costs - fixed_costs;
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
        let nps_estimate = (paying > 0.0)
            .then(|| (100.0 * (promoters - detractors) / paying).clamp(-100.0, 100.0));
        periods.push(PeriodResult {
            period: t,
            customers,
            retention_rate,
            entered_new,
            revenue,
            margin,
            costs,
            fixed_costs,
            profit,
            discounted_profit,
            cumulative_profit_pv: cumulative,
            nps_estimate,
        });
    }
    periods
}

/// The fixed costs per period a project's settings give: 0 when none are given or the
/// number is not finite, never below 0 (validation reports such values).
pub fn fixed_costs_per_period(settings: &ModelSettings) -> f64 {
    settings
        .fixed_costs_per_period
        .filter(|c| c.is_finite())
        .map_or(0.0, |c| c.max(0.0))
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
