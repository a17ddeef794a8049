//! Loyalty scenarios and the assumptions of the scenario model (PRODUCT.md §4).

use super::Id;
use serde::{Deserialize, Serialize};

/// A named set of initiatives plus assumption overrides, run over a horizon.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable id, e.g. `sc-quick-wins`.
    pub id: Id,
    /// Display name.
    pub name: String,
    /// What the scenario tests.
    #[serde(default)]
    pub description: String,
    /// The initiatives carried out, by id.
    #[serde(default)]
    pub initiatives: Vec<Id>,
    /// Number of model periods to simulate.
    #[serde(default = "default_horizon")]
    pub horizon_periods: u32,
    /// Assumptions that differ from the project's in this scenario.
    #[serde(default)]
    pub overrides: Vec<AssumptionOverride>,
}

/// Default scenario horizon: three years of months.
pub const DEFAULT_HORIZON_PERIODS: u32 = 36;
/// Longest horizon accepted.
pub const MAX_HORIZON_PERIODS: u32 = 600;

fn default_horizon() -> u32 {
    DEFAULT_HORIZON_PERIODS
}

/// One assumption set to a scenario-specific value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssumptionOverride {
    /// Which assumption.
    pub key: AssumptionKey,
    /// Its value in this scenario.
    pub value: f64,
}

impl Scenario {
    /// The scenario's override of `key`, if any.
    pub fn override_of(&self, key: AssumptionKey) -> Option<f64> {
        self.overrides
            .iter()
            .find(|o| o.key == key)
            .map(|o| o.value)
    }
}

/// One assumption of the scenario model: its value, plausible range and source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assumption {
    /// Which assumption.
    pub key: AssumptionKey,
    /// The project's value.
    pub value: f64,
    /// Low end of the plausible range (Monte Carlo draws and the tornado use it).
    pub low: f64,
    /// High end of the plausible range.
    pub high: f64,
    /// Where the value comes from.
    #[serde(default)]
    pub source: String,
}

/// The assumptions of the scenario model. The defaults, ranges and sources are in
/// `catalog::DEFAULT_ASSUMPTIONS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AssumptionKey {
    /// Chance that a new or passive-loyal customer leaves after a negative experience.
    ChurnAfterNegative,
    /// Multiplier on that chance for active-loyal customers (their emotional bond buffers).
    ActiveLoyalBuffer,
    /// Chance per month that a passive-loyal customer re-orients and switches anyway.
    PassiveSwitching,
    /// Chance that a delighting experience turns a passive-loyal customer into an active one.
    DelightToActive,
    /// Share of delighted customers who tell others.
    ShareWhoTell,
    /// People each of them tells.
    PeopleTold,
    /// Chance that a told person becomes a customer.
    ReferralConversion,
    /// Share of customers with a good experience who pay more.
    PremiumShare,
    /// The price premium they pay.
    PricePremium,
    /// Chance per month that a lost customer is won back.
    WinBack,
    /// Discount rate per year.
    DiscountRateYear,
    /// Gross margin on spend.
    GrossMargin,
    /// Chance per month that a prospect becomes a customer without a referral.
    BaseAcquisition,
    /// Share of delighted and active-loyal customers who would recommend (NPS promoters).
    RecommendShare,
    /// Experience score at which a touchpoint visit is negative half the time.
    NegativeMidpoint,
    /// Experience score at which a touchpoint visit delights half the time.
    DelightMidpoint,
    /// Steepness of the score-to-chance curves, per score point.
    ScoreSteepness,
    /// Score points one CES point above or below neutral adds to the experience.
    EffortWeight,
    /// How strongly the value gap (on the 0–10 scale) scales passive switching.
    ValueGapEffect,
}

impl AssumptionKey {
    /// Every key, in the order the app and the file list them.
    pub const ALL: [AssumptionKey; 19] = [
        AssumptionKey::ChurnAfterNegative,
        AssumptionKey::ActiveLoyalBuffer,
        AssumptionKey::PassiveSwitching,
        AssumptionKey::DelightToActive,
        AssumptionKey::ShareWhoTell,
        AssumptionKey::PeopleTold,
        AssumptionKey::ReferralConversion,
        AssumptionKey::PremiumShare,
        AssumptionKey::PricePremium,
        AssumptionKey::WinBack,
        AssumptionKey::DiscountRateYear,
        AssumptionKey::GrossMargin,
        AssumptionKey::BaseAcquisition,
        AssumptionKey::RecommendShare,
        AssumptionKey::NegativeMidpoint,
        AssumptionKey::DelightMidpoint,
        AssumptionKey::ScoreSteepness,
        AssumptionKey::EffortWeight,
        AssumptionKey::ValueGapEffect,
    ];

    /// Position in [`AssumptionKey::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How the scenario model counts time and money.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ModelSettings {
    /// Length of one model period.
    pub period: Period,
    /// When a period's margin is counted.
    pub margin_timing: MarginTiming,
    /// Number of Monte Carlo runs for the uncertainty bands.
    pub monte_carlo_runs: u32,
    /// Seed of the Monte Carlo draws, so runs are reproducible.
    pub random_seed: u64,
    /// Customers the business can serve at once, all personas together (e.g. what its
    /// rooms, seats or staff allow); `None`: no limit. New customers (acquired and won back)
    /// only fill the room left under it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<f64>,
    /// Costs that do not depend on the customers (rent, salaries, systems), in the project
    /// currency per model period; `None`: not given, and the result is a contribution
    /// rather than a profit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_costs_per_period: Option<f64>,
    /// How "Today" (the baseline, the project without initiatives) moves over time.
    pub today: TodayBasis,
}

/// How "Today" moves over time: the customers the team entered kept steady, a trend the
/// team states, or the assumed rate of new customers (set by calibrating to a survey wave).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum TodayBasis {
    /// The customers and loyalty mix the team entered stay as they are: as many new
    /// customers come in each period as the model expects to lose.
    #[default]
    Steady,
    /// The customers grow (or shrink) by `growth_per_year` (0.05 = 5 % a year) and keep
    /// the loyalty mix the team entered.
    Trend {
        /// Growth of the customers per year, as a fraction (−0.05: shrinking 5 % a year).
        growth_per_year: f64,
    },
    /// New customers come from the assumed base rate of acquisition (a share of the
    /// prospects per month) and word of mouth, as the assumptions say; with `calibrated_to`,
    /// those assumptions were fitted to that survey wave.
    Rate {
        /// The survey wave the assumptions were calibrated to, if any.
        #[serde(default)]
        calibrated_to: Option<Id>,
    },
}

/// The largest yearly trend accepted (+100 % a year); validation reports larger ones.
pub const MAX_TREND_PER_YEAR: f64 = 1.0;
/// The smallest yearly trend accepted (−50 % a year).
pub const MIN_TREND_PER_YEAR: f64 = -0.5;

impl TodayBasis {
    /// Whether the assumed base rate of new customers is used (only with [`TodayBasis::Rate`]).
    pub fn uses_base_rate(&self) -> bool {
        matches!(self, TodayBasis::Rate { .. })
    }

    /// The yearly growth Today holds: 0 when steady, the trend (made safe) when stated,
    /// `None` with the assumed rate.
    pub fn held_growth(&self) -> Option<f64> {
        match self {
            TodayBasis::Steady => Some(0.0),
            TodayBasis::Trend { growth_per_year } => Some(if growth_per_year.is_finite() {
                growth_per_year.clamp(MIN_TREND_PER_YEAR, MAX_TREND_PER_YEAR)
            } else {
                0.0
            }),
            TodayBasis::Rate { .. } => None,
        }
    }
}

/// Most Monte Carlo runs accepted.
pub const MAX_MONTE_CARLO_RUNS: u32 = 100_000;

impl ModelSettings {
    /// The survey wave Today's rate was calibrated to, if any.
    pub fn today_wave(&self) -> Option<&Id> {
        match &self.today {
            TodayBasis::Rate { calibrated_to } => calibrated_to.as_ref(),
            _ => None,
        }
    }

    /// The Monte Carlo runs to do: `monte_carlo_runs` within 1..=[`MAX_MONTE_CARLO_RUNS`], so
    /// a value from a file is never used beyond the bound (validation reports it).
    pub fn monte_carlo_runs_used(&self) -> u32 {
        self.monte_carlo_runs.clamp(1, MAX_MONTE_CARLO_RUNS)
    }
}

impl Default for ModelSettings {
    fn default() -> Self {
        ModelSettings {
            period: Period::Month,
            margin_timing: MarginTiming::EndOfPeriod,
            monte_carlo_runs: 1000,
            random_seed: 2026,
            capacity: None,
            fixed_costs_per_period: None,
            today: TodayBasis::Steady,
        }
    }
}

/// Length of a model period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Period {
    /// One month (the default; the per-month assumptions are used as they are).
    #[default]
    Month,
    /// Three months.
    Quarter,
    /// Twelve months.
    Year,
}

impl Period {
    /// All lengths.
    pub const ALL: [Period; 3] = [Period::Month, Period::Quarter, Period::Year];

    /// Months in one period.
    pub fn months(self) -> u32 {
        match self {
            Period::Month => 1,
            Period::Quarter => 3,
            Period::Year => 12,
        }
    }
}

/// When a period's margin is counted (the CLV timing convention).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MarginTiming {
    /// Counted at the end of each period, from the customers still there (Gupta & Lehmann:
    /// CLV = m·r / (1 + d − r)).
    #[default]
    EndOfPeriod,
    /// Counted at the start of each period, from the customers there at its start
    /// (CLV = m·(1 + d) / (1 + d − r)).
    StartOfPeriod,
}
