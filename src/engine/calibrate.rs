//! Calibration: fitting the model's free assumptions and the starting mix of loyalty so
//! that the baseline (no initiatives) reproduces a survey wave's own measurements and holds
//! there.
//!
//! # Targets
//!
//! For one wave, over the customers it measured (one persona when the wave is per persona,
//! else all of them), and over the wave's length L in model periods (its months over the
//! period's months, rounded, at least one):
//!
//! - **NPS** at t = 0: the engine's NPS estimate at the start of the baseline, in points,
//!   against the wave's NPS;
//! - **retention** over L: (E − N) / S with S the paying customers at t = 0, E those at
//!   t = L and N the customers who entered the New state in periods 1..=L (acquired and won
//!   back) — the same formula as the survey's retention rate, as a fraction;
//! - **new customers** over L: N, in people, against the wave's N (compared as counts: the
//!   model's customers at t = 0 are the personas' customers, which need not equal the
//!   wave's S; [`Calibration::start_customers`] gives both).
//!
//! Every modelled number comes from the engine's own run of the baseline (the same code as
//! the app's results), so calibration follows whatever the engine computes.
//!
//! # Free assumptions
//!
//! - NPS: the two score-to-chance midpoints (`NegativeMidpoint`, `DelightMidpoint`) move
//!   together along one path λ ∈ [−2, 2]: λ = 0 is the project's values, λ = −1 both at the
//!   low ends of their documented ranges (fewer negative and more delighting visits: a
//!   higher NPS), λ = +1 both at the high ends, linear in between; beyond ±1 the path goes
//!   on, linearly, to the hard limits (λ = ±2), keeping the delight midpoint at least one
//!   score point above the negative one. Both midpoints move the same way all along, so the
//!   NPS estimate falls monotonically along the path; the path leaves the ranges only when
//!   the target lies beyond what they reach.
//! - Retention: passive-loyal switching (`PassiveSwitching`): more switching, less retention;
//!   where switching at the end of its range is not enough, then the chance of leaving after
//!   a negative experience (`ChurnAfterNegative`, a stated intention with a wide range), then
//!   both together on to their hard limits — one path, as for the NPS, along which both only
//!   rise (or only fall).
//! - New customers: base acquisition (`BaseAcquisition`): more acquisition, more new
//!   customers.
//!
//! # The starting mix
//!
//! Each persona's share of active-loyal customers at t = 0 is set to its **balance** under
//! the fitted assumptions ([`balanced_active_share`]): the share at which as many customers
//! become active loyal in a period (delighted passive ones) as stop being active loyal (after
//! a negative experience). Without it the baseline drifts on its own: a mix with fewer
//! active-loyal customers than the balance fills up with them period after period, and the
//! NPS estimate and the customers climb with no initiative at all; a wave's NPS reached
//! with such a mix is reached at a point the model does not stay at. With the mix at its
//! balance, the baseline keeps the wave's NPS and grows or shrinks only as its retention and
//! new customers say, and a scenario's difference from it is the initiatives' doing. The
//! mix is part of the NPS fit: along the midpoints' path the NPS at t = 0 is computed with
//! each persona's balanced share (more delight: a larger share and more delighted passive
//! customers; more negative experiences: a smaller share and more detractors), so it stays
//! monotone. Switching moves the balance a little (customers who switch are not delighted
//! into active loyalty), so the NPS, the mix and the flows are solved in turn until the mix
//! holds (at most [`MAX_ROUNDS`] rounds; two do on the samples). The shares are rounded to
//! four significant digits like the fitted values.
//!
//! A team that measured its mix can keep it ([`Options::keep_mix`]): then the NPS is fitted
//! with the shares as entered, and [`Calibration::drift`] says how far the baseline's mix
//! moves by itself over its horizon (it is reported in both cases).
//!
//! The NPS at t = 0 depends on the midpoints (and, through the balance, on switching)
//! only, so it is solved first. Retention
//! and new customers depend on both switching and acquisition (customers won in the wave can
//! leave within it; fewer customers refer fewer people), each mainly on its own; they are
//! solved by **block coordinate iteration** (nonlinear Gauss–Seidel): solve switching for
//! retention with acquisition fixed, then acquisition for new customers with switching
//! fixed, and repeat until both are met (at most [`MAX_ROUNDS`] rounds; the coupling is weak,
//! three or four rounds do).
//!
//! Each one-dimensional solve is a **safeguarded regula falsi** (the Illinois method, with a
//! bisection every third step) along a path on which the target is monotone: it keeps a
//! bracket, so it cannot diverge, and converges superlinearly. The paths run through each
//! assumption's documented range (the project's low–high) before its hard limits, so a
//! value leaves its range only when the target lies beyond what the range reaches, and the
//! result says so. If the target lies beyond the hard limits too, the values stay at the
//! path's end and the target is reported as missed, with the modelled value and the
//! residual: never a value outside the limits and never a number that is not finite.
//!
//! Fitted values are rounded to four significant digits (what a file and a person can read)
//! and the modelled values are those of the rounded values.

use super::chain::balanced_active_share;
use super::params::{Params, assumption_range};
use super::run::{ScenarioRun, baseline_horizon, nps_parts};
use super::runner::Runner;
use super::simulate::StateCounts;
use crate::model::catalog::assumption_info;
use crate::model::{AssumptionKey, Id, Project, Scenario, SurveyWave, TodayBasis};
use serde::Serialize;

/// Most rounds of the switching/acquisition iteration.
pub const MAX_ROUNDS: usize = 12;
/// A fitted NPS this close (points) counts as met.
pub const NPS_TOLERANCE: f64 = 0.05;
/// A fitted retention this close (fraction) counts as met.
pub const RETENTION_TOLERANCE: f64 = 0.0005;
/// A fitted new-customer count this close (relative) counts as met.
pub const NEW_CUSTOMERS_TOLERANCE: f64 = 0.005;

/// What a wave measured that calibration can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum TargetKind {
    /// NPS at t = 0, in points.
    Nps,
    /// Retention over the wave's length, a fraction.
    Retention,
    /// New customers over the wave's length, people.
    NewCustomers,
}

impl TargetKind {
    /// Every target, in the order they are shown.
    pub const ALL: [TargetKind; 3] = [
        TargetKind::Nps,
        TargetKind::Retention,
        TargetKind::NewCustomers,
    ];

    /// The assumption fitted to this target (for NPS, the negative midpoint; the delight
    /// midpoint moves with it).
    pub fn fitted_by(self) -> AssumptionKey {
        match self {
            TargetKind::Nps => AssumptionKey::NegativeMidpoint,
            TargetKind::Retention => AssumptionKey::PassiveSwitching,
            TargetKind::NewCustomers => AssumptionKey::BaseAcquisition,
        }
    }

    fn met(self, measured: f64, modelled: f64) -> bool {
        let off = (modelled - measured).abs();
        match self {
            TargetKind::Nps => off <= NPS_TOLERANCE,
            TargetKind::Retention => off <= RETENTION_TOLERANCE,
            TargetKind::NewCustomers => off <= NEW_CUSTOMERS_TOLERANCE * measured.abs().max(1.0),
        }
    }
}

/// Which end of a limit a parameter reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Side {
    /// The low end.
    Low,
    /// The high end.
    High,
}

/// One target: measured, modelled before and after fitting.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TargetFit {
    /// Which target.
    pub kind: TargetKind,
    /// What the wave measured (NPS in points, retention as a fraction, new customers in
    /// people).
    pub measured: f64,
    /// What the model gave with the project's assumptions, before fitting.
    pub modelled_before: f64,
    /// What the model gives with the fitted assumptions.
    pub modelled: f64,
    /// Whether `modelled` is within the target's tolerance of `measured`.
    pub met: bool,
    /// When missed: the limit the fitted assumption stopped at (its hard limit).
    pub stopped_at: Option<Side>,
}

impl TargetFit {
    /// Modelled minus measured, in the target's unit.
    pub fn residual(&self) -> f64 {
        self.modelled - self.measured
    }
}

/// One fitted assumption.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FittedValue {
    /// Which assumption.
    pub key: AssumptionKey,
    /// The project's value before.
    pub before: f64,
    /// The fitted value (rounded to four significant digits).
    pub value: f64,
    /// The documented range it was fitted in (the project's low–high).
    pub low: f64,
    /// High end of that range.
    pub high: f64,
    /// The target it was fitted to.
    pub target: TargetKind,
}

impl FittedValue {
    /// Whether the fitted value had to leave the documented range.
    pub fn outside_range(&self) -> bool {
        self.value < self.low || self.value > self.high
    }
}

/// One persona's starting active-loyal share, set to its balance under the fitted
/// assumptions ([`balanced_active_share`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StartShare {
    /// The persona's id.
    pub persona: Id,
    /// The persona's name.
    pub name: String,
    /// The share the persona had (0..1).
    pub before: f64,
    /// The balanced share (0..1, rounded to four significant digits).
    pub value: f64,
}

/// The active-loyal shares the app treats as plausible for a persona at the start: below 5 %
/// almost nobody is bound to the brand, above 80 % almost everybody is, and either is rare
/// enough that a balance out there says more about the touchpoints or the wave than about the
/// customers.
pub const PLAUSIBLE_ACTIVE_SHARE: (f64, f64) = (0.05, 0.8);

impl StartShare {
    /// Whether the balanced share lies outside [`PLAUSIBLE_ACTIVE_SHARE`].
    pub fn outside_range(&self) -> bool {
        let (low, high) = PLAUSIBLE_ACTIVE_SHARE;
        self.value < low || self.value > high
    }
}

/// What calibration may change besides the assumptions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Keep each persona's starting active-loyal share as entered instead of setting it to
    /// its balance (the default). The baseline then drifts towards the balance by itself;
    /// [`Calibration::drift`] says how far.
    pub keep_mix: bool,
}

/// The share of active-loyal customers (of those measured) in the baseline with the fitted
/// values: at the start and at the end of the baseline's horizon.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Drift {
    /// The share at t = 0 (0..1).
    pub start: f64,
    /// The share at the horizon (0..1).
    pub end: f64,
    /// The horizon, in periods.
    pub periods: u32,
}

/// The result of calibrating to one wave.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Calibration {
    /// The wave's id.
    pub wave: Id,
    /// The wave's label.
    pub label: String,
    /// The persona measured; `None` for all customers.
    pub persona: Option<Id>,
    /// The months the wave covers ([`SurveyWave::months`]).
    pub months: u32,
    /// Whether the wave states its length (otherwise a quarter is assumed).
    pub length_stated: bool,
    /// The wave's length in model periods.
    pub periods: u32,
    /// Customers at t = 0 in the model and at the wave's start (S), when measured.
    pub start_customers: (f64, Option<f64>),
    /// The targets the wave measured, in [`TargetKind::ALL`] order.
    pub targets: Vec<TargetFit>,
    /// What the wave does not measure (those assumptions are left as they are).
    pub not_measured: Vec<TargetKind>,
    /// The fitted assumptions.
    pub fitted: Vec<FittedValue>,
    /// Every persona's starting active-loyal share at its balance, in the project's order
    /// (personas where any share is steady keep theirs and are left out); empty with
    /// [`Options::keep_mix`].
    pub start_mix: Vec<StartShare>,
    /// How the share of active-loyal customers moves in the baseline with the fitted values
    /// (`None` without customers).
    pub drift: Option<Drift>,
}

impl Calibration {
    /// The target `kind`, when measured.
    pub fn target(&self, kind: TargetKind) -> Option<&TargetFit> {
        self.targets.iter().find(|t| t.kind == kind)
    }

    /// Whether every measured target is met.
    pub fn all_met(&self) -> bool {
        self.targets.iter().all(|t| t.met)
    }

    /// Makes the fitted values the project's assumptions, each with the source `source`
    /// (e.g. "Calibrated to Summer 2026"). A value outside its row's range widens the range
    /// to include it, so the project stays valid.
    pub fn apply(&self, project: &mut Project, source: &str) {
        project.complete_assumptions();
        for fit in &self.fitted {
            if let Some(row) = project.assumptions.iter_mut().find(|a| a.key == fit.key) {
                row.value = fit.value;
                row.low = row.low.min(fit.value);
                row.high = row.high.max(fit.value);
                row.source = source.to_string();
            }
        }
        for share in &self.start_mix {
            if let Some(persona) = project.personas.iter_mut().find(|p| p.id == share.persona) {
                persona.segment.active_loyal_share = share.value;
            }
        }
        // Today follows the fitted rate of new customers, when the wave fitted one.
        if self
            .fitted
            .iter()
            .any(|f| f.key == AssumptionKey::BaseAcquisition)
        {
            project.settings.today = TodayBasis::Rate {
                calibrated_to: Some(self.wave.clone()),
            };
        }
    }
}

/// Why a wave cannot be calibrated to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum CalibrationError {
    /// The wave has neither NPS answers nor retention counts.
    NoData,
    /// The wave is about a persona the project does not have.
    UnknownPersona(Id),
    /// The customers measured have no customers in the model.
    NoCustomers,
}

impl std::fmt::Display for CalibrationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CalibrationError::NoData => {
                write!(f, "the wave has neither NPS answers nor retention counts")
            }
            CalibrationError::UnknownPersona(id) => {
                write!(
                    f,
                    "the wave is about persona `{id}`, which the project lacks"
                )
            }
            CalibrationError::NoCustomers => {
                write!(f, "the customers measured have no customers in the model")
            }
        }
    }
}

impl std::error::Error for CalibrationError {}

/// What a wave measured, in the units of the targets.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Measured {
    nps: Option<f64>,
    retention: Option<f64>,
    new_customers: Option<f64>,
    start: Option<f64>,
}

impl Measured {
    fn of(wave: &SurveyWave) -> Self {
        let nps = wave.nps.as_ref().and_then(super::metrics::nps);
        let retention_counts = wave.retention.as_ref().filter(|r| r.customers_start > 0);
        Measured {
            nps,
            retention: retention_counts.and_then(super::metrics::retention_rate),
            new_customers: retention_counts.map(|r| r.new_customers as f64),
            start: retention_counts.map(|r| r.customers_start as f64),
        }
    }
}

/// The model's numbers for the targets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Modelled {
    /// NPS estimate at t = 0, points; `None` without customers.
    pub nps: Option<f64>,
    /// Retention over the wave's length, fraction; `None` without customers.
    pub retention: Option<f64>,
    /// New customers over the wave's length, people.
    pub new_customers: f64,
    /// Paying customers at t = 0.
    pub start: f64,
}

/// The wave's length in model periods: its months over the period's months, rounded, at
/// least one.
pub fn wave_periods(project: &Project, wave: &SurveyWave) -> u32 {
    let per = project.settings.period.months().max(1);
    ((wave.months() + per / 2) / per).max(1)
}

/// Runs the baseline for the targets of one wave: the runs share what they can.
struct Evaluator<'p> {
    runner: Runner<'p>,
    /// The persona's index, for a wave about one persona.
    persona: Option<usize>,
    /// The wave's length in periods.
    periods: u32,
}

/// How each persona's customers are split into active and passive loyal at the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mix {
    /// As the personas say.
    AsEntered,
    /// At each persona's balance under the assumptions ([`balanced_active_share`]).
    Balanced,
}

impl<'p> Evaluator<'p> {
    fn new(project: &'p Project, persona: Option<usize>, periods: u32) -> Self {
        Evaluator {
            runner: Runner::single_threaded(project),
            persona,
            periods,
        }
    }

    fn baseline(periods: u32) -> Scenario {
        Scenario {
            id: Id::new("calibration"),
            name: "Calibration".into(),
            horizon_periods: periods,
            ..Scenario::default()
        }
    }

    /// The chains of the baseline under `params`, with the customers at t = 0.
    fn start(&mut self, params: &Params) -> ScenarioRun {
        self.runner
            .run_scenario_with(&Self::baseline(0), params, false)
    }

    /// The NPS estimate at t = 0 of the customers measured (the engine's formula,
    /// [`nps_parts`]), with the starting mix `mix`.
    fn nps(&mut self, params: &Params, mix: Mix) -> Option<f64> {
        let run = self.start(params);
        let recommend = params.get(AssumptionKey::RecommendShare);
        let (mut promoters, mut detractors, mut paying) = (0.0, 0.0, 0.0);
        for (i, persona) in run.personas.iter().enumerate() {
            if self.persona.is_some_and(|only| only != i) {
                continue;
            }
            let mut counts = persona
                .periods
                .first()
                .map(|p| p.customers)
                .unwrap_or_default();
            if mix == Mix::Balanced
                && let Some(share) = balanced_active_share(&persona.chain.transition)
            {
                split_customers(&mut counts, share);
            }
            let (p, d) = nps_parts(&counts, &persona.chain.exposure, recommend);
            promoters += p;
            detractors += d;
            paying += counts.paying();
        }
        (paying > 0.0).then(|| (100.0 * (promoters - detractors) / paying).clamp(-100.0, 100.0))
    }

    /// Each persona's balanced active-loyal share under `params` (rounded to four
    /// significant digits); `None` where any share is steady.
    fn balanced_shares(&mut self, params: &Params) -> Vec<Option<f64>> {
        self.start(params)
            .personas
            .iter()
            .map(|p| balanced_active_share(&p.chain.transition).map(round_significant))
            .collect()
    }

    /// The share of active-loyal customers measured at t = 0 and at `horizon`.
    fn drift(&mut self, params: &Params, horizon: u32) -> Option<Drift> {
        let run = self
            .runner
            .run_scenario_with(&Self::baseline(horizon), params, false);
        let share = |t: usize| {
            let (mut active, mut paying) = (0.0, 0.0);
            for (i, persona) in run.personas.iter().enumerate() {
                if self.persona.is_some_and(|only| only != i) {
                    continue;
                }
                if let Some(period) = persona.periods.get(t) {
                    active += period.customers.active_loyal;
                    paying += period.customers.paying();
                }
            }
            (paying > 0.0).then(|| active / paying)
        };
        Some(Drift {
            start: share(0)?,
            end: share(horizon as usize)?,
            periods: horizon,
        })
    }

    /// Retention and new customers over the wave, and the customers at its start.
    fn flows(&mut self, params: &Params) -> Modelled {
        let run = self
            .runner
            .run_scenario_with(&Self::baseline(self.periods), params, false);
        flows_of(&run, self.persona, self.periods)
    }
}

/// Splits the customers of `counts` (at t = 0: passive and active loyal) into a share
/// `share` of active loyal and the rest passive loyal.
fn split_customers(counts: &mut StateCounts, share: f64) {
    let loyal = counts.passive_loyal + counts.active_loyal;
    counts.active_loyal = loyal * share;
    counts.passive_loyal = loyal - counts.active_loyal;
}

/// Retention, new customers and start customers of `run` over `periods`, for one persona or
/// all.
fn flows_of(run: &ScenarioRun, persona: Option<usize>, periods: u32) -> Modelled {
    let last = periods as usize;
    let (mut start, mut end, mut entered) = (0.0, 0.0, 0.0);
    for (i, p) in run.personas.iter().enumerate() {
        if persona.is_some_and(|only| only != i) {
            continue;
        }
        start += p.periods.first().map_or(0.0, |x| x.customers.paying());
        end += p.periods.get(last).map_or(0.0, |x| x.customers.paying());
        entered += p
            .periods
            .iter()
            .skip(1)
            .take(last)
            .map(|x| x.entered_new)
            .sum::<f64>();
    }
    Modelled {
        nps: None,
        retention: (start > 0.0).then(|| (end - entered) / start),
        new_customers: entered,
        start,
    }
}

fn persona_index(project: &Project, wave: &SurveyWave) -> Result<Option<usize>, CalibrationError> {
    match &wave.persona {
        None => Ok(None),
        Some(id) => project
            .personas
            .iter()
            .position(|p| &p.id == id)
            .map(Some)
            .ok_or_else(|| CalibrationError::UnknownPersona(id.clone())),
    }
}

/// The model's numbers for `wave` with the project's assumptions as they are (no fitting):
/// what the report compares with the measurements.
pub fn modelled(project: &Project, wave: &SurveyWave) -> Result<Modelled, CalibrationError> {
    let persona = persona_index(project, wave)?;
    let mut evaluator = Evaluator::new(project, persona, wave_periods(project, wave));
    let params = Params::of_project(project);
    let mut modelled = evaluator.flows(&params);
    modelled.nps = evaluator.nps(&params, Mix::AsEntered);
    Ok(modelled)
}

/// Whether the wave measured what fits the base rate of new customers (retention counts with
/// the new customers).
fn fits_the_rate(measured: &Measured) -> bool {
    measured.retention.zip(measured.new_customers).is_some()
}

/// Whether `wave` has what calibration needs: NPS answers or retention counts.
pub fn has_data(wave: &SurveyWave) -> bool {
    let measured = Measured::of(wave);
    measured.nps.is_some() || measured.retention.is_some()
}

/// Fits the project's assumptions and starting mix to `wave` (see the module
/// documentation). The project is not changed; [`Calibration::apply`] does that.
pub fn calibrate(project: &Project, wave: &SurveyWave) -> Result<Calibration, CalibrationError> {
    calibrate_with(project, wave, Options::default())
}

/// [`calibrate`] with `options`.
pub fn calibrate_with(
    project: &Project,
    wave: &SurveyWave,
    options: Options,
) -> Result<Calibration, CalibrationError> {
    let mix = if options.keep_mix {
        Mix::AsEntered
    } else {
        Mix::Balanced
    };
    let measured = Measured::of(wave);
    if measured.nps.is_none() && measured.retention.is_none() {
        return Err(CalibrationError::NoData);
    }
    // A wave with retention and new customers sets the base rate of new customers to what it
    // measured: Today then follows that rate instead of being held steady (or at a stated
    // trend). A wave of NPS answers only leaves Today as it is.
    let mut rated = project.clone();
    if fits_the_rate(&Measured::of(wave)) {
        rated.settings.today = TodayBasis::Rate {
            calibrated_to: Some(wave.id.clone()),
        };
    }
    let project = &rated;
    let persona = persona_index(project, wave)?;
    let periods = wave_periods(project, wave);
    let mut params = Params::of_project(project);
    let (before_flows, before_nps) = {
        let mut eval = Evaluator::new(project, persona, periods);
        (eval.flows(&params), eval.nps(&params, Mix::AsEntered))
    };
    if before_flows.start <= 0.0 || before_nps.is_none() {
        return Err(CalibrationError::NoCustomers);
    }

    let before = params.clone();
    // The project with the starting mix found so far.
    let mut work = project.clone();
    let (nps_stop, flow_stops) = fit_rounds(
        project,
        &mut work,
        persona,
        periods,
        &measured,
        mix,
        &mut params,
    );
    let fitted = fitted_values(project, &before, &params, &measured);
    let start_mix = start_mix(project, &work, mix);

    // The modelled values of the rounded fitted values and the starting mix set.
    let mut eval = Evaluator::new(&work, persona, periods);
    let after_flows = eval.flows(&params);
    let after_nps = eval.nps(&params, Mix::AsEntered);
    let drift = eval.drift(&params, baseline_horizon(project));
    let (targets, not_measured) = target_fits(
        &measured,
        (&before_flows, before_nps),
        (&after_flows, after_nps),
        (nps_stop, flow_stops),
    );
    Ok(Calibration {
        wave: wave.id.clone(),
        label: wave.label.clone(),
        persona: wave.persona.clone(),
        months: wave.months(),
        length_stated: wave.length_stated(),
        periods,
        start_customers: (before_flows.start, measured.start),
        targets,
        not_measured,
        fitted,
        start_mix,
        drift,
    })
}

/// Where each fit stopped at a bound of its range: the NPS's, and retention's and new
/// customers'.
type Stops = (Option<Side>, (Option<Side>, Option<Side>));

/// Fits `params` to the measurements in rounds: the NPS, then the starting mix at its
/// balance (set in `work`), then retention and new customers; again while the mix moves and
/// the NPS is no longer met.
fn fit_rounds(
    project: &Project,
    work: &mut Project,
    persona: Option<usize>,
    periods: u32,
    measured: &Measured,
    mix: Mix,
    params: &mut Params,
) -> Stops {
    let flow_targets = measured.retention.zip(measured.new_customers);
    let (mut nps_stop, mut flow_stops) = (None, (None, None));
    for _ in 0..MAX_ROUNDS {
        let mut eval = Evaluator::new(work, persona, periods);
        if let Some(target) = measured.nps {
            let path = Path::for_nps(project, params);
            let solved = fit_path(&path, params, target, NPS_TOLERANCE / 4.0, |params| {
                eval.nps(params, mix).unwrap_or(0.0)
            });
            nps_stop = solved.stopped_at;
        }
        let shares = match mix {
            Mix::Balanced => eval.balanced_shares(params),
            Mix::AsEntered => Vec::new(),
        };
        set_shares(work, &shares);
        let Some((retention, new_customers)) = flow_targets else {
            break;
        };
        let mut eval = Evaluator::new(work, persona, periods);
        let retention_path = Path::for_retention(project, params);
        let acquisition_path = Path::for_new_customers(project, params);
        flow_stops = fit_flows(
            &mut eval,
            params,
            (&retention_path, retention),
            (&acquisition_path, new_customers),
        );
        // Switching changes the balance a little: again until the mix holds and the NPS
        // is still met.
        if mix == Mix::AsEntered {
            break;
        }
        let now = eval.balanced_shares(params);
        let nps_met = measured
            .nps
            .is_none_or(|target| TargetKind::Nps.met(target, eval.nps(params, mix).unwrap_or(0.0)));
        if now == shares && (nps_met || nps_stop.is_some()) {
            break;
        }
        set_shares(work, &now);
    }
    (nps_stop, flow_stops)
}

/// The assumptions the fit moved, from `before` to `params`, for the targets measured.
fn fitted_values(
    project: &Project,
    before: &Params,
    params: &Params,
    measured: &Measured,
) -> Vec<FittedValue> {
    let mut fitted = Vec::new();
    if measured.nps.is_some() {
        fitted.extend(Path::for_nps(project, before).fitted(
            project,
            before,
            params,
            TargetKind::Nps,
        ));
    }
    if fits_the_rate(measured) {
        for (path, target) in [
            (Path::for_retention(project, before), TargetKind::Retention),
            (
                Path::for_new_customers(project, before),
                TargetKind::NewCustomers,
            ),
        ] {
            fitted.extend(path.fitted(project, before, params, target));
        }
    }
    fitted
}

/// Each persona's share of active-loyal customers before and after the fit set it at its
/// balance (none when the mix is kept as entered).
fn start_mix(project: &Project, work: &Project, mix: Mix) -> Vec<StartShare> {
    project
        .personas
        .iter()
        .zip(&work.personas)
        .filter(|_| mix == Mix::Balanced)
        .filter(|(_, after)| after.segment.active_loyal_share.is_finite())
        .map(|(p, after)| StartShare {
            persona: p.id.clone(),
            name: p.name.clone(),
            before: p.segment.active_loyal_share,
            value: after.segment.active_loyal_share,
        })
        .collect()
}

/// Each target measured, against the model before and after the fit (with the NPS of each,
/// which the flows do not give); the targets the wave did not measure apart.
fn target_fits(
    measured: &Measured,
    (before_flows, before_nps): (&Modelled, Option<f64>),
    (after_flows, after_nps): (&Modelled, Option<f64>),
    (nps_stop, flow_stops): Stops,
) -> (Vec<TargetFit>, Vec<TargetKind>) {
    let mut targets = Vec::new();
    let mut not_measured = Vec::new();
    for kind in TargetKind::ALL {
        let (measured_value, before, after, stop) = match kind {
            TargetKind::Nps => (measured.nps, before_nps, after_nps, nps_stop),
            TargetKind::Retention => (
                measured.retention,
                before_flows.retention,
                after_flows.retention,
                flow_stops.0,
            ),
            TargetKind::NewCustomers => (
                measured.new_customers,
                Some(before_flows.new_customers),
                Some(after_flows.new_customers),
                flow_stops.1,
            ),
        };
        match (measured_value, before, after) {
            (Some(measured), Some(before), Some(after)) => {
                let met = kind.met(measured, after);
                targets.push(TargetFit {
                    kind,
                    measured,
                    modelled_before: before,
                    modelled: after,
                    met,
                    stopped_at: if met { None } else { stop },
                });
            }
            _ => not_measured.push(kind),
        }
    }
    (targets, not_measured)
}

/// Sets each persona's starting active-loyal share to `shares` (where it has one).
fn set_shares(project: &mut Project, shares: &[Option<f64>]) {
    for (persona, share) in project.personas.iter_mut().zip(shares) {
        if let Some(share) = share {
            persona.segment.active_loyal_share = *share;
        }
    }
}

/// `x` rounded to four significant digits.
pub fn round_significant(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 3 - x.abs().log10().floor() as i32;
    let scale = 10f64.powi(digits);
    (x * scale).round() / scale
}

/// A monotone path through some assumptions: from their values (s = 0) through waypoints
/// towards their low ends (s < 0) and their high ends (s > 0), linear between waypoints one
/// unit of s apart. Every assumption moves the same way all along a side, so a target that is
/// monotone in each of them is monotone in s. The first waypoints are the ends of the
/// documented ranges; the last ones the hard limits.
struct Path {
    keys: Vec<AssumptionKey>,
    /// The keys' values at s = 0.
    start: Vec<f64>,
    /// Waypoints for s = −1, −2, …
    down: Vec<Vec<f64>>,
    /// Waypoints for s = 1, 2, …
    up: Vec<Vec<f64>>,
    /// The keys always reported as fitted (the others only when they moved).
    primary: usize,
}

impl Path {
    /// The values at `s` (clamped to the path's ends).
    fn at(&self, s: f64) -> Vec<f64> {
        let side = if s < 0.0 { &self.down } else { &self.up };
        let s = s.abs().min(side.len() as f64);
        let segment = (s.floor() as usize).min(side.len().saturating_sub(1));
        let from = if segment == 0 {
            &self.start
        } else {
            &side[segment - 1]
        };
        let Some(to) = side.get(segment) else {
            return self.start.clone();
        };
        let f = s - segment as f64;
        from.iter().zip(to).map(|(a, b)| a + f * (b - a)).collect()
    }

    fn set(&self, params: &mut Params, values: &[f64]) {
        for (key, value) in self.keys.iter().zip(values) {
            params.set(*key, *value);
        }
    }

    /// A path from the keys' values: each key to the end of its documented range (one after
    /// the other, or all `together`), then all together to their hard limits (so none goes
    /// to an extreme while another could still give).
    fn staged(project: &Project, params: &Params, keys: &[AssumptionKey], together: bool) -> Self {
        let start: Vec<f64> = keys.iter().map(|k| params.get(*k)).collect();
        let ends = |low: bool| -> Vec<Vec<f64>> {
            let mut points = Vec::new();
            let mut current = start.clone();
            for hard in [false, true] {
                let targets: Vec<f64> = keys
                    .iter()
                    .zip(&current)
                    .map(|(key, value)| {
                        let (min, max) = assumption_info(*key).bounds;
                        let (lo, hi) = if hard {
                            (min, max)
                        } else {
                            assumption_range(project, *key)
                        };
                        if low {
                            lo.max(min).min(*value)
                        } else {
                            hi.min(max).max(*value)
                        }
                    })
                    .collect();
                if together || hard {
                    current = targets;
                    points.push(current.clone());
                } else {
                    for (i, target) in targets.iter().enumerate() {
                        current[i] = *target;
                        points.push(current.clone());
                    }
                }
            }
            points
        };
        Path {
            keys: keys.to_vec(),
            down: ends(true),
            up: ends(false),
            start,
            primary: 1,
        }
    }

    /// NPS: both midpoints together, to their ranges' ends, then to their limits with the
    /// delight midpoint at least one score point above the negative one.
    fn for_nps(project: &Project, params: &Params) -> Self {
        let mut path = Self::staged(
            project,
            params,
            &[
                AssumptionKey::NegativeMidpoint,
                AssumptionKey::DelightMidpoint,
            ],
            true,
        );
        for point in path.down.iter_mut().chain(path.up.iter_mut()) {
            let (n, d) = (point[0], point[1]);
            if d < n + 1.0 {
                // Only at the hard limits: the negative midpoint gives way.
                let (n_min, _) = assumption_info(AssumptionKey::NegativeMidpoint).bounds;
                point[0] = (d - 1.0).max(n_min).min(n);
                point[1] = d.max(point[0] + 1.0);
            }
        }
        path.primary = 2;
        path
    }

    /// Retention: passive switching first; where that is not enough, the chance of leaving
    /// after a negative experience (a stated intention with a wide range), each within its
    /// range before either goes to its limits.
    fn for_retention(project: &Project, params: &Params) -> Self {
        Self::staged(
            project,
            params,
            &[
                AssumptionKey::PassiveSwitching,
                AssumptionKey::ChurnAfterNegative,
            ],
            false,
        )
    }

    /// New customers: base acquisition.
    fn for_new_customers(project: &Project, params: &Params) -> Self {
        Self::staged(project, params, &[AssumptionKey::BaseAcquisition], false)
    }

    fn ends(&self) -> (f64, f64) {
        (-(self.down.len() as f64), self.up.len() as f64)
    }

    /// The fitted values of this path's keys: the primary ones, and the others that moved.
    fn fitted(
        &self,
        project: &Project,
        before: &Params,
        after: &Params,
        target: TargetKind,
    ) -> Vec<FittedValue> {
        self.keys
            .iter()
            .enumerate()
            .filter(|(i, key)| *i < self.primary || before.get(**key) != after.get(**key))
            .map(|(_, &key)| {
                let (low, high) = assumption_range(project, key);
                FittedValue {
                    key,
                    before: before.get(key),
                    value: after.get(key),
                    low,
                    high,
                    target,
                }
            })
            .collect()
    }
}

/// Solves `path` for `target` of `read`, sets the fitted values (rounded) into `params`;
/// values that already meet the target stay as they are, so calibrating twice changes
/// nothing.
fn fit_path(
    path: &Path,
    params: &mut Params,
    target: f64,
    tolerance: f64,
    mut read: impl FnMut(&Params) -> f64,
) -> Solved {
    let (lo, hi) = path.ends();
    let mut trial = params.clone();
    // Already there (a project calibrated before): the values stay as they are.
    let now = read(params);
    if (now - target).abs() <= 4.0 * tolerance {
        return Solved {
            x: 0.0,
            value: now,
            stopped_at: None,
        };
    }
    let solved = solve_monotone(
        |s| {
            path.set(&mut trial, &path.at(s));
            read(&trial)
        },
        lo,
        hi,
        target,
        tolerance,
    );
    let values: Vec<f64> = path
        .at(solved.x)
        .into_iter()
        .map(round_significant)
        .collect();
    path.set(params, &values);
    solved
}

/// Retention and new customers by block coordinate iteration (see the module
/// documentation); `params` gets the fitted values. Returns the limits reached, if any.
fn fit_flows(
    eval: &mut Evaluator,
    params: &mut Params,
    (retention_path, retention): (&Path, f64),
    (acquisition_path, new_customers): (&Path, f64),
) -> (Option<Side>, Option<Side>) {
    let mut stops = (None, None);
    let new_tolerance = NEW_CUSTOMERS_TOLERANCE * new_customers.max(1.0);
    for _ in 0..MAX_ROUNDS {
        let kept = fit_path(
            retention_path,
            params,
            retention,
            RETENTION_TOLERANCE / 8.0,
            |p| eval.flows(p).retention.unwrap_or(0.0),
        );
        let won = fit_path(
            acquisition_path,
            params,
            new_customers,
            new_tolerance / 8.0,
            |p| eval.flows(p).new_customers,
        );
        stops = (kept.stopped_at, won.stopped_at);
        let now = eval.flows(params);
        let retention_met = TargetKind::Retention.met(retention, now.retention.unwrap_or(0.0));
        let new_met = TargetKind::NewCustomers.met(new_customers, now.new_customers);
        if (retention_met || stops.0.is_some()) && (new_met || stops.1.is_some()) {
            break;
        }
    }
    stops
}

/// The result of a one-dimensional solve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Solved {
    /// The parameter found.
    pub x: f64,
    /// f(x).
    pub value: f64,
    /// When the target lies beyond f's values on the interval: the end taken.
    pub stopped_at: Option<Side>,
}

/// Finds x in [lo, hi] with f(x) = target, for f continuous and monotone (either way), by
/// the Illinois variant of regula falsi: the bracket always holds the root, and an end that
/// stays twice in a row has its value halved, which keeps convergence superlinear; every
/// third step is a bisection, so the bracket halves at least that often. Stops
/// when |f(x) − target| ≤ `tolerance`, or after 100 evaluations (the best point found).
/// When the target lies outside [f(lo), f(hi)], returns the end whose value is nearer.
pub fn solve_monotone(
    mut f: impl FnMut(f64) -> f64,
    lo: f64,
    hi: f64,
    target: f64,
    tolerance: f64,
) -> Solved {
    let (mut a, mut b) = (lo, hi);
    let (mut fa, mut fb) = (f(a) - target, f(b) - target);
    if !fa.is_finite() || !fb.is_finite() {
        return Solved {
            x: a,
            value: fa + target,
            stopped_at: Some(Side::Low),
        };
    }
    if fa.abs() <= tolerance {
        return Solved {
            x: a,
            value: fa + target,
            stopped_at: None,
        };
    }
    if fb.abs() <= tolerance {
        return Solved {
            x: b,
            value: fb + target,
            stopped_at: None,
        };
    }
    if fa.signum() == fb.signum() {
        return if fa.abs() <= fb.abs() {
            Solved {
                x: a,
                value: fa + target,
                stopped_at: Some(Side::Low),
            }
        } else {
            Solved {
                x: b,
                value: fb + target,
                stopped_at: Some(Side::High),
            }
        };
    }
    let mut best = if fa.abs() < fb.abs() {
        (a, fa)
    } else {
        (b, fb)
    };
    let mut side = 0i8;
    for iteration in 0..100 {
        // Every third step bisects, so the bracket shrinks at least geometrically even where
        // regula falsi is slow (a kink, or a step where the model clamps).
        let x = if iteration % 3 != 2 && fb != fa {
            (b - fb * (b - a) / (fb - fa)).clamp(a.min(b), a.max(b))
        } else {
            0.5 * (a + b)
        };
        let fx = f(x) - target;
        if !fx.is_finite() {
            break;
        }
        if fx.abs() <= best.1.abs() {
            best = (x, fx);
        }
        if fx.abs() <= tolerance || (b - a).abs() <= 1e-12 * (1.0 + a.abs().max(b.abs())) {
            break;
        }
        if fx.signum() == fb.signum() {
            b = x;
            fb = fx;
            if side == -1 {
                fa *= 0.5;
            }
            side = -1;
        } else {
            a = x;
            fa = fx;
            if side == 1 {
                fb *= 0.5;
            }
            side = 1;
        }
    }
    Solved {
        x: best.0,
        value: best.1 + target,
        stopped_at: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_solver_finds_roots_of_monotone_functions_both_ways_and_stops_at_the_ends() {
        let up = solve_monotone(|x| x * x * x + x, -2.0, 3.0, 5.0, 1e-10);
        assert!((up.x.powi(3) + up.x - 5.0).abs() <= 1e-10, "{up:?}");
        assert_eq!(up.stopped_at, None);
        let down = solve_monotone(|x| (-x).exp(), 0.0, 10.0, 0.25, 1e-12);
        assert!((down.x - 4f64.ln()).abs() < 1e-9, "{down:?}");
        let beyond = solve_monotone(|x| x, 0.0, 1.0, 7.0, 1e-9);
        assert_eq!((beyond.x, beyond.stopped_at), (1.0, Some(Side::High)));
        let below = solve_monotone(|x| -x, 0.0, 1.0, 7.0, 1e-9);
        assert_eq!((below.x, below.stopped_at), (0.0, Some(Side::Low)));
        // A step function: the bracket still closes in on the jump.
        let step = solve_monotone(|x| if x < 0.3 { 0.0 } else { 1.0 }, 0.0, 1.0, 0.5, 1e-9);
        assert!((step.x - 0.3).abs() < 1e-6, "{step:?}");
    }

    #[test]
    fn rounding_keeps_four_significant_digits() {
        assert_eq!(round_significant(0.012_345_6), 0.01235);
        assert_eq!(round_significant(-2.345_67), -2.346);
        assert_eq!(round_significant(0.0), 0.0);
    }
}
