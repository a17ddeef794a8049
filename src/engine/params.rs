//! The assumptions of one scenario run as numbers ([`Params`]), and the per-period rates the
//! chain uses ([`PeriodRates`]).

use crate::model::catalog::{self, assumption_info};
use crate::model::{AssumptionKey, Period, Project, Scenario};

/// The number of assumptions, one slot per [`AssumptionKey`].
const KEYS: usize = AssumptionKey::ALL.len();

/// One value per assumption for one run: the project's value, replaced by the scenario's
/// override where it has one.
///
/// Every value is made safe on the way in: a value that is not a finite number becomes the
/// catalog default, and every value is clamped into the catalog's hard bounds
/// (`catalog::DEFAULT_ASSUMPTIONS[..].bounds`), so chances stay chances whatever a file says.
/// Validation reports such values to the user; the engine never panics on them.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    values: [f64; KEYS],
}

impl Params {
    /// The catalog defaults.
    pub fn defaults() -> Self {
        let mut values = [0.0; KEYS];
        for info in &catalog::DEFAULT_ASSUMPTIONS {
            values[info.key.index()] = info.value;
        }
        Params { values }
    }

    /// The project's values (the baseline: no overrides).
    pub fn of_project(project: &Project) -> Self {
        let mut params = Params::defaults();
        for key in AssumptionKey::ALL {
            params.set(key, project.assumption_value(key));
        }
        params
    }

    /// The project's values with the scenario's overrides applied.
    pub fn for_scenario(project: &Project, scenario: &Scenario) -> Self {
        let mut params = Params::of_project(project);
        for key in AssumptionKey::ALL {
            if let Some(value) = scenario.override_of(key) {
                params.set(key, value);
            }
        }
        params
    }

    /// The value of one assumption.
    pub fn get(&self, key: AssumptionKey) -> f64 {
        self.values[key.index()]
    }

    /// Sets one assumption (made finite and clamped into its bounds, see [`Params`]).
    pub fn set(&mut self, key: AssumptionKey, value: f64) {
        let info = assumption_info(key);
        let (min, max) = info.bounds;
        let value = if value.is_finite() { value } else { info.value };
        self.values[key.index()] = value.clamp(min, max);
    }

    /// These values with one assumption changed.
    pub fn with(mut self, key: AssumptionKey, value: f64) -> Self {
        self.set(key, value);
        self
    }

    /// The per-month and per-year assumptions converted to one model period.
    pub fn per_period(&self, period: Period) -> PeriodRates {
        let months = f64::from(period.months());
        PeriodRates {
            passive_switching: monthly_chance_per_period(
                self.get(AssumptionKey::PassiveSwitching),
                months,
            ),
            win_back: monthly_chance_per_period(self.get(AssumptionKey::WinBack), months),
            base_acquisition: monthly_chance_per_period(
                self.get(AssumptionKey::BaseAcquisition),
                months,
            ),
            discount_rate: (1.0 + self.get(AssumptionKey::DiscountRateYear)).powf(months / 12.0)
                - 1.0,
        }
    }
}

/// A chance per month as a chance per period of `months` months: at least once in `months`
/// independent tries, 1 − (1 − p)^months. A one-month period uses the chance as it is
/// (the formula would add a rounding error).
pub fn monthly_chance_per_period(chance_per_month: f64, months: f64) -> f64 {
    if months == 1.0 {
        return chance_per_month;
    }
    1.0 - (1.0 - chance_per_month).powf(months)
}

/// The assumptions that are stated per month or per year, converted to one model period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeriodRates {
    /// Chance a passive-loyal customer re-orients and switches, per period, before the value
    /// gap scales it.
    pub passive_switching: f64,
    /// Chance a lost customer is won back, per period.
    pub win_back: f64,
    /// Chance a prospect becomes a customer without a referral, per period.
    pub base_acquisition: f64,
    /// Discount rate per period: (1 + yearly rate)^(months / 12) − 1.
    pub discount_rate: f64,
}

/// The plausible range of an assumption in a project: the project's row, or the catalog's
/// range when the project lacks the row or its ends are not finite numbers. Monte Carlo draws
/// from it and the tornado swings over it; a range with `low >= high` is not uncertain.
pub fn assumption_range(project: &Project, key: AssumptionKey) -> (f64, f64) {
    let info = assumption_info(key);
    match project.assumption(key) {
        Some(row) if row.low.is_finite() && row.high.is_finite() => (row.low, row.high),
        _ => (info.low, info.high),
    }
}

/// The assumptions with a real range (`low < high`), in [`AssumptionKey::ALL`] order, with
/// their ranges: the ones Monte Carlo draws and the tornado swings. The base rate of new
/// customers is left out unless Today uses it ([`TodayBasis::uses_base_rate`]): a steady or
/// trending Today sets the new customers itself.
///
/// [`TodayBasis::uses_base_rate`]: crate::model::TodayBasis::uses_base_rate
pub fn uncertain_assumptions(project: &Project) -> Vec<(AssumptionKey, f64, f64)> {
    let used = |key: &AssumptionKey| {
        *key != AssumptionKey::BaseAcquisition || project.settings.today.uses_base_rate()
    };
    AssumptionKey::ALL
        .iter()
        .filter(|key| used(key))
        .map(|&key| {
            let (low, high) = assumption_range(project, key);
            (key, low, high)
        })
        .filter(|(_, low, high)| low < high)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::AssumptionOverride;

    #[test]
    fn monthly_rates_compound_to_the_period() {
        let yearly = monthly_chance_per_period(0.03, 12.0);
        assert!((yearly - (1.0 - 0.97f64.powi(12))).abs() < 1e-15);
        assert_eq!(monthly_chance_per_period(0.03, 1.0), 0.03);
        let params = Params::defaults().with(AssumptionKey::DiscountRateYear, 0.10);
        let quarter = params.per_period(Period::Quarter);
        assert!((quarter.discount_rate - (1.1f64.powf(0.25) - 1.0)).abs() < 1e-15);
        assert!((params.per_period(Period::Year).discount_rate - 0.10).abs() < 1e-15);
    }

    #[test]
    fn overrides_replace_project_values_and_bad_values_are_made_safe() {
        let mut project = Project::new("p", Lang::En);
        project.assumptions[AssumptionKey::GrossMargin.index()].value = 0.4;
        let scenario = Scenario {
            overrides: vec![
                AssumptionOverride {
                    key: AssumptionKey::WinBack,
                    value: 0.02,
                },
                AssumptionOverride {
                    key: AssumptionKey::ChurnAfterNegative,
                    value: 7.0,
                },
                AssumptionOverride {
                    key: AssumptionKey::PeopleTold,
                    value: f64::NAN,
                },
            ],
            ..Scenario::default()
        };
        let params = Params::for_scenario(&project, &scenario);
        assert_eq!(params.get(AssumptionKey::GrossMargin), 0.4);
        assert_eq!(params.get(AssumptionKey::WinBack), 0.02);
        assert_eq!(params.get(AssumptionKey::ChurnAfterNegative), 1.0);
        assert_eq!(params.get(AssumptionKey::PeopleTold), 6.0);
        assert_eq!(
            Params::of_project(&project).get(AssumptionKey::WinBack),
            0.01
        );
    }
}
