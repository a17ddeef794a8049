//! The exposure model written plainly, without caches or shortcuts: every experience's
//! chances computed afresh for every scenario. This is the definition the fast path
//! (`exposure`) must match bit for bit; the tests compare the two. Too slow for the UI on
//! large projects.

use super::chance::{ChanceCurve, Exposure, adjusted_experience, safe_reach, visit_product};
use super::params::Params;
use super::prepared::carried_out;
use super::prepared::{PhaseSchedule, PreparedProject, scaled};
use super::run::{RunInputs, ScenarioRun, payback_period, simulate_population};
use super::today;
use crate::model::scenario::MAX_HORIZON_PERIODS;
use crate::model::{Effect, Project, Scenario};

/// Each persona's exposure (n, g) under `scenario`'s initiatives at full effect with the
/// curve of `params`, computed from scratch: for each touchpoint the persona has an
/// experience on (the first one listed for its id), the score and effort after every
/// applicable effect of the scenario's initiatives (in their order), the visit factors, and
/// their product.
pub fn exposures(project: &Project, scenario: &Scenario, params: &Params) -> Vec<Exposure> {
    exposures_in(project, scenario, params, None)
}

/// [`exposures`] in model period `period` (0 = the first period of a run): each effect at
/// its initiative's `Initiative::effect_fraction` of that period (a change x at fraction f
/// counts f · x; at fraction 0 it does not apply). `None`: every initiative at full effect.
pub fn exposures_in(
    project: &Project,
    scenario: &Scenario,
    params: &Params,
    period: Option<u32>,
) -> Vec<Exposure> {
    let curve = ChanceCurve::of(params).ready();
    let initiatives = carried_out(project, scenario);
    // Each effect with the index of the touchpoint it changes (the first with its id) and
    // its initiative's fraction.
    let effects: Vec<(Option<usize>, &Effect, f64)> = initiatives
        .iter()
        .flat_map(|i| {
            let fraction = period.map_or(1.0, |t| i.effect_fraction(t));
            i.effects.iter().map(move |e| (e, fraction))
        })
        .filter(|(_, fraction)| *fraction > 0.0)
        .map(|(e, fraction)| {
            let target = project
                .touchpoints
                .iter()
                .position(|tp| tp.id == e.touchpoint);
            (target, e, fraction)
        })
        .collect();
    project
        .personas
        .iter()
        .map(|persona| {
            let mut no_negative = Vec::new();
            let mut no_delight = Vec::new();
            for (t, touchpoint) in project.touchpoints.iter().enumerate() {
                let Some(experience) = touchpoint.experience_of(&persona.id) else {
                    continue;
                };
                let effects: Vec<(&Effect, f64)> = effects
                    .iter()
                    .filter(|(target, e, _)| *target == Some(t) && e.applies_to(&persona.id))
                    .map(|(_, e, fraction)| (*e, *fraction))
                    .collect();
                let mut score_change = 0.0;
                let mut effort_change = 0.0;
                for (effect, fraction) in &effects {
                    score_change += scaled(finite(effect.score_change), *fraction);
                    effort_change += scaled(finite(effect.effort_change), *fraction);
                }
                let (score, effort) = adjusted_experience(
                    experience.score,
                    experience.effort,
                    score_change,
                    effort_change,
                );
                let (negative, delight) =
                    curve.visit_factors(score, effort, safe_reach(experience.reach));
                no_negative.push(negative);
                no_delight.push(delight);
            }
            Exposure::from_products(visit_product(&no_negative), visit_product(&no_delight))
        })
        .collect()
}

fn finite(value: f64) -> f64 {
    if value.is_finite() { value } else { 0.0 }
}

/// The exposures of every period of a run, t = 0..=horizon, one phase per period: t = 0
/// without initiatives, period t ≥ 1 with the effects of model period t − 1
/// ([`exposures_in`]), and the schedule that says so; the last phase is the full effect.
fn schedule_of(
    project: &Project,
    scenario: &Scenario,
    params: &Params,
    horizon_periods: u32,
) -> (PhaseSchedule, Vec<Vec<Exposure>>) {
    let without_initiatives = Scenario {
        initiatives: Vec::new(),
        ..scenario.clone()
    };
    let mut exposures = vec![exposures(project, &without_initiatives, params)];
    for t in 1..=horizon_periods {
        exposures.push(exposures_in(project, scenario, params, Some(t - 1)));
    }
    exposures.push(self::exposures(project, scenario, params));
    let full = exposures.len() - 1;
    let schedule = PhaseSchedule {
        phases: vec![Vec::new(); exposures.len()],
        period_phase: (0..=horizon_periods as usize).collect(),
        full,
    };
    (schedule, exposures)
}

/// A whole scenario run with the exposures of [`exposures_in`], computed afresh for every
/// period (the simulation and money are the engine's own), including the payback period
/// against the run without initiatives.
pub fn run_scenario(project: &Project, scenario: &Scenario) -> ScenarioRun {
    let params = Params::for_scenario(project, scenario);
    let without_initiatives = Scenario {
        initiatives: Vec::new(),
        ..scenario.clone()
    };
    let prepared = PreparedProject::new(project);
    let horizon_periods = scenario.horizon_periods.min(MAX_HORIZON_PERIODS);
    let plan = prepared.plan(scenario);
    // Today is held from the project as it is: its own assumptions, no initiatives.
    let project_params = Params::of_project(project);
    let as_is = exposures(project, &Scenario::default(), &project_params);
    let today = today::plan(project, &project_params, &as_is, horizon_periods);
    let (schedule, with) = schedule_of(project, scenario, &params, horizon_periods);
    let mut run = simulate_population(
        &prepared,
        &RunInputs {
            params: &params,
            plan: &plan,
            horizon_periods,
            today: today.as_ref(),
        },
        &schedule,
        &with,
    );
    let without = prepared.plan_without_initiatives();
    let (as_is_schedule, as_is) =
        schedule_of(project, &without_initiatives, &params, horizon_periods);
    let counterfactual = simulate_population(
        &prepared,
        &RunInputs {
            params: &params,
            plan: &without,
            horizon_periods,
            today: today.as_ref(),
        },
        &as_is_schedule,
        &as_is,
    );
    run.scenario = Some(scenario.id.clone());
    run.name = scenario.name.clone();
    run.payback_period = if plan.initiatives.is_empty() {
        Some(0)
    } else {
        let profits = |run: &ScenarioRun| -> Vec<f64> {
            run.periods.iter().map(|p| p.cumulative_profit_pv).collect()
        };
        payback_period(&profits(&run), &profits(&counterfactual))
    };
    run
}
