//! Running scenarios with what can be shared between runs kept: the indexed project, the
//! chance tables of the curve parameters seen so far, and the profits of runs without
//! initiatives that payback compares against. Heavy work is spread over the cores on large
//! projects.

use super::chance::ChanceCurve;
use super::exposure::ChanceTable;
use super::parallel::{map_in_parallel, threads_for};
use super::params::Params;
use super::prepared::PreparedProject;
use super::run::{RunInputs, ScenarioRun, baseline_horizon, payback_period, simulate_population};
use super::today::{self, TodayPlan};
use crate::model::scenario::MAX_HORIZON_PERIODS;
use crate::model::{Project, Scenario};

/// Chance tables a [`Runner`] keeps.
const CACHED_TABLES: usize = 4;

/// Runs scenarios of one project, keeping the indexed project and the chance tables of the
/// curve parameters seen so far.
pub(crate) struct Runner<'a> {
    prepared: PreparedProject<'a>,
    /// Threads for the heavy loops (1 on small projects and inside Monte Carlo).
    threads: usize,
    tables: Vec<ChanceTable>,
    /// Cumulative profit per period of runs without initiatives, by assumptions: what
    /// payback compares against. A run is causal, so a longer run serves a shorter horizon.
    as_is_profits: Vec<(Params, Vec<f64>)>,
    /// What holds Today, once worked out (`Some(None)`: the assumed rate, nothing held).
    today: Option<Option<TodayPlan>>,
    /// Whether `today` was given ([`Runner::with_today`]) rather than worked out here.
    today_given: bool,
}

/// A scenario ready to run on a built chance table.
struct PendingRun<'s> {
    scenario: &'s Scenario,
    params: Params,
    /// Cumulative profits without initiatives, when payback is wanted.
    as_is_profits: Option<Vec<f64>>,
}

impl<'a> Runner<'a> {
    /// A runner using every core on large projects.
    pub fn new(project: &'a Project) -> Self {
        let prepared = PreparedProject::new(project);
        let threads = threads_for(prepared.experience_count());
        Self::from_prepared(prepared, threads)
    }

    /// A runner that stays on the calling thread.
    pub fn single_threaded(project: &'a Project) -> Self {
        Self::with_threads(project, 1)
    }

    /// A runner using up to `threads` threads, whatever the project's size.
    pub fn with_threads(project: &'a Project, threads: usize) -> Self {
        Self::from_prepared(PreparedProject::with_threads(project, threads), threads)
    }

    fn from_prepared(prepared: PreparedProject<'a>, threads: usize) -> Self {
        Runner {
            prepared,
            threads,
            tables: Vec::new(),
            as_is_profits: Vec::new(),
            today: None,
            today_given: false,
        }
    }

    /// This runner holding Today with `plan` (another project's, e.g. the project before a
    /// change whose worth is asked) instead of working it out from its own project.
    pub fn with_today(mut self, plan: Option<TodayPlan>) -> Self {
        self.today = Some(plan);
        self.today_given = true;
        self
    }

    /// What holds Today over at least `horizon_periods` periods (`None` with the assumed
    /// rate).
    pub fn today_plan(&mut self, horizon_periods: u32) -> Option<TodayPlan> {
        self.plan_today(horizon_periods);
        self.today.clone().flatten()
    }

    /// Works out what holds Today, for at least `horizon_periods` periods, unless it is known.
    fn plan_today(&mut self, horizon_periods: u32) {
        let project = self.project();
        if self.today_given {
            return;
        }
        if project.settings.today.held_growth().is_none() {
            self.today = Some(None);
            return;
        }
        if let Some(Some(plan)) = &self.today
            && plan.horizon_periods >= horizon_periods
        {
            return;
        }
        let horizon = horizon_periods.max(baseline_horizon(project));
        let params = Params::of_project(project);
        let index = self.table(ChanceCurve::of(&params));
        let without = self.prepared.plan_without_initiatives();
        let schedule = without.phases(0);
        let as_is = self.tables[index]
            .phase_exposures(&self.prepared, &without, &schedule)
            .into_iter()
            .next()
            .unwrap_or_default();
        self.today = Some(today::plan(project, &params, &as_is, horizon));
    }

    fn today(&self) -> Option<&TodayPlan> {
        self.today.as_ref().and_then(Option::as_ref)
    }

    /// The project it runs.
    pub fn project(&self) -> &'a Project {
        self.prepared.project
    }

    /// The baseline: no initiatives, no overrides, over [`baseline_horizon`].
    pub fn run_baseline(&mut self) -> ScenarioRun {
        let project = self.project();
        let params = Params::of_project(project);
        let plan = self.prepared.plan_without_initiatives();
        self.plan_today(baseline_horizon(project));
        self.table(ChanceCurve::of(&params));
        let inputs = RunInputs {
            params: &params,
            plan: &plan,
            horizon_periods: baseline_horizon(project),
            today: self.today(),
        };
        let mut run = self.simulate(&inputs);
        run.name = "Baseline".into();
        run.payback_period = Some(0);
        self.remember_as_is(params, &run);
        run
    }

    fn remember_as_is(&mut self, params: Params, run: &ScenarioRun) {
        if self.as_is_profits.len() >= CACHED_TABLES {
            self.as_is_profits.remove(0);
        }
        let profits = run.periods.iter().map(|p| p.cumulative_profit_pv).collect();
        self.as_is_profits.push((params, profits));
    }

    /// Cumulative profit per period, t = 0..=horizon, of the run without initiatives.
    fn profits_as_is(&mut self, params: &Params, horizon_periods: u32) -> Vec<f64> {
        let len = horizon_periods as usize + 1;
        let known = self
            .as_is_profits
            .iter()
            .find(|(p, profits)| p == params && profits.len() >= len);
        if let Some((_, profits)) = known {
            return profits[..len].to_vec();
        }
        let without = self.prepared.plan_without_initiatives();
        self.plan_today(horizon_periods);
        self.table(ChanceCurve::of(params));
        let inputs = RunInputs {
            params,
            plan: &without,
            horizon_periods,
            today: self.today(),
        };
        let run = self.simulate(&inputs);
        self.remember_as_is(params.clone(), &run);
        run.periods.iter().map(|p| p.cumulative_profit_pv).collect()
    }

    /// One scenario with its own assumptions, payback included.
    pub fn run_scenario(&mut self, scenario: &Scenario) -> ScenarioRun {
        let params = Params::for_scenario(self.project(), scenario);
        self.run_scenario_with(scenario, &params, true)
    }

    /// Runs `scenario` under `params`; with `payback`, also compares with the run without
    /// initiatives.
    pub fn run_scenario_with(
        &mut self,
        scenario: &Scenario,
        params: &Params,
        payback: bool,
    ) -> ScenarioRun {
        let pending = self.pending(scenario, params.clone(), payback);
        self.finish(pending)
    }

    /// Runs several scenarios (with their own assumptions and payback), spread over the
    /// runner's threads; results in the scenarios' order.
    pub fn run_scenarios<'s>(&mut self, scenarios: &'s [Scenario]) -> Vec<ScenarioRun> {
        let project = self.project();
        let mut results: Vec<Option<ScenarioRun>> = vec![None; scenarios.len()];
        let mut remaining: Vec<(usize, &'s Scenario)> = scenarios.iter().enumerate().collect();
        // Scenarios sharing curve parameters share a chance table: run them together, so
        // only one table per group needs to be kept.
        while let Some(&(_, first)) = remaining.first() {
            let curve = ChanceCurve::of(&Params::for_scenario(project, first));
            let (group, rest): (Vec<_>, Vec<_>) = remaining
                .into_iter()
                .partition(|(_, s)| ChanceCurve::of(&Params::for_scenario(project, s)) == curve);
            remaining = rest;
            let pending: Vec<(usize, PendingRun)> = group
                .into_iter()
                .map(|(i, s)| {
                    let params = Params::for_scenario(project, s);
                    (i, self.pending(s, params, true))
                })
                .collect();
            let this = &*self;
            let runs = map_in_parallel(&pending, self.threads, |(i, p)| (*i, this.finish_ref(p)));
            for (i, run) in runs {
                if let Some(slot) = results.get_mut(i) {
                    *slot = Some(run);
                }
            }
        }
        results.into_iter().flatten().collect()
    }

    /// Everything a scenario run needs that may have to be computed first (its chance table,
    /// the profits without initiatives).
    fn pending<'s>(
        &mut self,
        scenario: &'s Scenario,
        params: Params,
        payback: bool,
    ) -> PendingRun<'s> {
        let has_initiatives = !self.prepared.plan(scenario).initiatives.is_empty();
        let horizon_periods = scenario.horizon_periods.min(MAX_HORIZON_PERIODS);
        let as_is_profits =
            (payback && has_initiatives).then(|| self.profits_as_is(&params, horizon_periods));
        self.plan_today(horizon_periods);
        self.table(ChanceCurve::of(&params));
        PendingRun {
            scenario,
            params,
            as_is_profits,
        }
    }

    fn finish(&self, pending: PendingRun) -> ScenarioRun {
        self.finish_ref(&pending)
    }

    /// Runs a pending scenario; only reads the runner, so several can run at once.
    fn finish_ref(&self, pending: &PendingRun) -> ScenarioRun {
        let scenario = pending.scenario;
        let plan = self.prepared.plan(scenario);
        let inputs = RunInputs {
            params: &pending.params,
            plan: &plan,
            horizon_periods: scenario.horizon_periods.min(MAX_HORIZON_PERIODS),
            today: self.today(),
        };
        let mut run = self.simulate(&inputs);
        run.scenario = Some(scenario.id.clone());
        run.name = scenario.name.clone();
        run.payback_period = if plan.initiatives.is_empty() {
            Some(0)
        } else if let Some(without) = &pending.as_is_profits {
            let with: Vec<f64> = run.periods.iter().map(|p| p.cumulative_profit_pv).collect();
            payback_period(&with, without)
        } else {
            None
        };
        run
    }

    /// Builds the chance table of `curve` unless it is there; returns its index. At most
    /// [`CACHED_TABLES`] are kept (the oldest goes), so Monte Carlo, where every run draws
    /// new curve parameters, does not pile them up.
    fn table(&mut self, curve: ChanceCurve) -> usize {
        match self.tables.iter().position(|t| t.curve == curve) {
            Some(index) => index,
            None => {
                if self.tables.len() >= CACHED_TABLES {
                    self.tables.remove(0);
                }
                let table = ChanceTable::build(&self.prepared, curve, self.threads);
                self.tables.push(table);
                self.tables.len() - 1
            }
        }
    }

    /// Simulates every persona and sums them; the payback period is left `None`. Uses the
    /// chance table of the inputs' curve (built beforehand with [`Runner::table`]; built
    /// here, and dropped, if it is not there).
    fn simulate(&self, inputs: &RunInputs<'_, 'a>) -> ScenarioRun {
        let curve = ChanceCurve::of(inputs.params);
        let built;
        let table = match self.tables.iter().find(|t| t.curve == curve) {
            Some(table) => table,
            None => {
                built = ChanceTable::build(&self.prepared, curve, 1);
                &built
            }
        };
        let schedule = inputs.plan.phases(inputs.horizon_periods);
        let exposures = table.phase_exposures(&self.prepared, inputs.plan, &schedule);
        simulate_population(&self.prepared, inputs, &schedule, &exposures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{Size, project};

    #[test]
    fn results_do_not_depend_on_the_number_of_threads() {
        let mut project = project(Size {
            personas: 7,
            touchpoints: 45,
            scores_per_touchpoint: 7,
            initiatives: 9,
            scenarios: 6,
        });
        // A persona that uses only some touchpoints, and scenarios with their own curve.
        project.touchpoints.iter_mut().step_by(3).for_each(|t| {
            t.experiences.retain(|e| e.persona.as_str() != "p-002");
        });
        project.scenarios[1]
            .overrides
            .push(crate::model::AssumptionOverride {
                key: crate::model::AssumptionKey::ScoreSteepness,
                value: 2.0,
            });
        let run = |threads| {
            let mut runner = Runner::with_threads(&project, threads);
            let baseline = runner.run_baseline();
            (baseline, runner.run_scenarios(&project.scenarios))
        };
        let one = run(1);
        assert_eq!(one.1.len(), 6);
        for threads in [2, 3, 5, 64] {
            assert_eq!(run(threads), one, "{threads} threads");
        }
    }
}
