//! The loyalty scenario engine: pure, deterministic computation on a
//! [`Project`](crate::model::Project), with no UI. PRODUCT.md §4 describes the model; this
//! module documents how it computes and what it decides where the product brief is silent.
//!
//! # The model
//!
//! Per persona, a customer migration model (Markov chain; Pfeifer & Carraway 2000) with the
//! states prospect, new, passive loyal, active loyal and lost ([`CustomerState`]), stepped per
//! model period (`settings.period`). Counts are expected values (fractions), not people.
//!
//! 1. **Assumptions** ([`Params`]): the project's values with the scenario's overrides, made
//!    finite and clamped into the catalog's hard bounds. Per-month chances become per-period
//!    chances, 1 − (1 − p)^months; the yearly discount rate becomes (1 + r)^(months/12) − 1
//!    per period ([`PeriodRates`]).
//! 2. **Touchpoints after initiatives**: each experience's score and effort plus the summed
//!    changes of the scenario's initiatives' effects that apply to the persona, clamped into
//!    −5..5 and 1..7 ([`adjusted_experience`]). An initiative listed twice in a scenario
//!    counts once; unknown initiatives and touchpoints are ignored (validation reports them).
//!    **Phasing in**: an initiative acts from its `start_period` (model period, 0 = the
//!    first period of a run, i.e. run period 1) and ramps up over `ramp_periods`: in the
//!    k-th period after its start its changes count with the fraction
//!    min(1, (k + 1) / ramp_periods) (⅓, ⅔, 1 for a ramp of 3; no ramp: all at once;
//!    `Initiative::effect_fraction`). Before its start it does nothing. So the exposure
//!    depends on the period: the engine computes it once per distinct set of fractions (a
//!    phase), only for the periods while something is still starting or ramping; every
//!    later period uses the full effect.
//! 3. **Score to chance** ([`ChanceCurve::visit_chances`]): logistic curves of the effective
//!    score s = score + EffortWeight·(effort − 4). Per persona and period, n = 1 − Π(1 −
//!    reach·p_neg) and g = 1 − Π(1 − reach·p_del) over the touchpoints it uses ([`Exposure`],
//!    [`visit_product`]).
//! 4. **Value gap**: passive switching b = min(1, switching · max(0.25, 1 − ValueGapEffect ·
//!    gap / 10)), gap = perception − expectation (0–10 scale).
//! 5. **Transitions** ([`transition_matrix`]) and 6. **acquisition** ([`step`]): prospects
//!    become customers at the base rate plus the referrals of delighted customers, at most
//!    all prospects; the prospect pool is consumed (acquired prospects leave it; lost
//!    customers do not return to it: they can only be won back). **Capacity**: when the
//!    project (`ModelSettings::capacity`) or a persona (`Persona::capacity`) says how many
//!    customers the business can serve, the customers entering in a period (acquired and
//!    won back) fill at most the room left under it by the customers kept (passive and
//!    active loyal after the transitions): first each persona's own, then the project's,
//!    shared across personas in proportion to what each would bring in ([`step_within`];
//!    the rest stay prospects or lost). Customers never grow above a capacity; a start
//!    above it lets nobody in until the customers have fallen below it.
//! 7. **Initial state** ([`StateCounts::initial`]): each persona's customers, split by its
//!    active-loyal share; calibration sets that share to the balance of the persona's chain
//!    ([`balanced_active_share`]), so the baseline does not drift on its own.
//! 8. **Money** ([`PersonaChain`]): spend per period; margin = spend · GrossMargin; active-loyal
//!    customers pay spend · (1 + PremiumShare · PricePremium), and the premium is pure margin
//!    (same cost, higher price). Initiative costs: the one-off cost in the period the
//!    initiative starts, running costs in that period and every later one. Fixed costs per
//!    period (`ModelSettings::fixed_costs_per_period`, optional) in every period. The
//!    result, margin − initiative costs − fixed costs, is a *contribution* without fixed
//!    costs and a *profit* with them. Present values with [`discount_factor`]; the
//!    cumulative figure (`cumulative_profit_pv`) is a present value at the start of the run.
//! 9. **Outputs** per period and persona ([`ScenarioRun`]): the NPS estimate
//!    ([`nps_parts`]) counts a customer with both a negative and a delighting experience
//!    once, as a detractor; at t = 0 it uses the chances without initiatives (they act from
//!    period 1), so every run starts at the same point; a persona's chain and CLV are those
//!    at full effect (every initiative started and ramped); payback ([`payback_period`]) compares with the same run without
//!    initiatives. The baseline runs over the longest scenario horizon
//!    ([`baseline_horizon`]); horizons are capped at 600 periods.
//! 10. **CLV in closed form** ([`clv_closed_form`], [`Clv`]); with the brief's transitions,
//!     new and passive-loyal customers move alike, so their CLVs are equal.
//!
//! Around it: [`compare`] (baseline and every scenario), [`tornado`](tornado::tornado),
//! [`monte_carlo`](monte_carlo::monte_carlo), survey [`metrics`] and the [`report`].
//!
//! # Speed
//!
//! Scores become chances through an exponential for every experience of every persona,
//! which dominates on large projects. The engine computes the visit factors of every
//! experience once per set of curve parameters and, per scenario, recomputes only the
//! touchpoints its initiatives change and the product blocks that hold them; [`reference`](mod@reference)
//! is the plain computation it must equal, bit for bit. On large projects the indexing, the
//! factors and the scenarios are spread over every core; results do not depend on the
//! number of threads.

pub mod adjusted;
pub mod calibrate;
mod chain;
mod chance;
pub mod clv;
mod exposure;
pub mod gap_worth;
pub mod linalg;
pub mod metrics;
pub mod monte_carlo;
mod parallel;
mod params;
mod prepared;
pub mod random;
pub mod reference;
pub mod report;
mod run;
mod runner;
mod simulate;
pub mod today;
pub mod tornado;

pub use chain::{
    CHAIN_STATES, CustomerState, PersonaChain, TransitionMatrix, balanced_active_share,
    chain_index, transition_matrix, value_gap,
};
pub use chance::{
    ChanceCurve, Exposure, PRODUCT_BLOCK, ReadyCurve, VisitChances, adjusted_experience,
    visit_product,
};
pub use clv::{Clv, clv_closed_form};
pub use params::{
    Params, PeriodRates, assumption_range, monthly_chance_per_period, uncertain_assumptions,
};
pub use run::{
    Comparison, PeriodResult, PersonaRun, ScenarioRun, baseline_horizon, baseline_scenario,
    compare, fixed_costs_per_period, nps_parts, payback_period, run_baseline, run_scenario,
};
pub use simulate::{
    PeriodStep, PersonaPeriod, StateCounts, discount_factor, safe_capacity, simulate_persona, step,
    step_within,
};
