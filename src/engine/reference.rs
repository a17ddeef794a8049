//! The exposure model written plainly, without caches or shortcuts: every experience's
//! chances computed afresh for every scenario. This is the definition the fast path
//! (`exposure`) must match bit for bit; the tests compare the two. Too slow for the UI on
//! large projects.

use super::chance::{ChanceCurve, Exposure, adjusted_experience, safe_reach, visit_product};
use super::params::Params;
use super::prepared::PreparedProject;
use super::prepared::carried_out;
use super::run::{RunInputs, ScenarioRun, payback_period, simulate_population};
use crate::model::scenario::MAX_HORIZON_PERIODS;
use crate::model::{Effect, Project, Scenario};

/// Each persona's exposure (n, g) under `scenario`'s initiatives with the curve of `params`,
/// computed from scratch: for each touchpoint the persona has an experience on (the first
/// one listed for its id), the score and effort after every applicable effect of the
/// scenario's initiatives (in their order), the visit factors, and their product.
pub fn exposures(project: &Project, scenario: &Scenario, params: &Params) -> Vec<Exposure> {
    let curve = ChanceCurve::of(params).ready();
    let initiatives = carried_out(project, scenario);
    // Each effect with the index of the touchpoint it changes (the first with its id).
    let effects: Vec<(Option<usize>, &Effect)> = initiatives
        .iter()
        .flat_map(|i| &i.effects)
        .map(|e| {
            let target = project
                .touchpoints
                .iter()
                .position(|tp| tp.id == e.touchpoint);
            (target, e)
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
                let effects: Vec<&Effect> = effects
                    .iter()
                    .filter(|(target, e)| *target == Some(t) && e.applies_to(&persona.id))
                    .map(|(_, e)| *e)
                    .collect();
                let mut score_change = 0.0;
                let mut effort_change = 0.0;
                for effect in &effects {
                    score_change += finite(effect.score_change);
                    effort_change += finite(effect.effort_change);
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

/// A whole scenario run with the exposures of [`exposures`] (the simulation and money are
/// the engine's own), including the payback period against the run without initiatives.
pub fn run_scenario(project: &Project, scenario: &Scenario) -> ScenarioRun {
    let params = Params::for_scenario(project, scenario);
    let without_initiatives = Scenario {
        initiatives: Vec::new(),
        ..scenario.clone()
    };
    let with = exposures(project, scenario, &params);
    let as_is = exposures(project, &without_initiatives, &params);
    let prepared = PreparedProject::new(project);
    let horizon_periods = scenario.horizon_periods.min(MAX_HORIZON_PERIODS);
    let plan = prepared.plan(scenario);
    let mut run = simulate_population(
        &prepared,
        &RunInputs {
            params: &params,
            plan: &plan,
            horizon_periods,
        },
        &with,
        &as_is,
    );
    let without = prepared.plan_without_initiatives();
    let counterfactual = simulate_population(
        &prepared,
        &RunInputs {
            params: &params,
            plan: &without,
            horizon_periods,
        },
        &as_is,
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
