//! The tornado of one scenario: cumulative profit at the horizon with each uncertain
//! assumption at the low and the high end of its range, largest swing first.

use super::units::ValueUnit;
use crate::engine::tornado::Tornado;
use crate::i18n::{Lang, numbers, t};
use crate::model::{Project, catalog};

/// One bar of a tornado.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    /// The assumption.
    pub label: String,
    /// Its value at the low end, as text.
    pub low_input: String,
    /// Its value at the high end, as text.
    pub high_input: String,
    /// The result with the assumption at its low end.
    pub at_low: f64,
    /// The result with the assumption at its high end.
    pub at_high: f64,
}

/// A tornado chart: how far each assumption moves the result.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoChart {
    /// Plot title.
    pub title: String,
    /// Value axis label with unit.
    pub value_axis: String,
    /// How values read.
    pub unit: ValueUnit,
    /// The result with every assumption at its value.
    pub base: f64,
    /// Bars, largest swing first.
    pub rows: Vec<TornadoRow>,
}

/// The tornado of one scenario: cumulative profit at the horizon with each uncertain
/// assumption at the low and the high end of its range.
pub fn tornado(
    project: &Project,
    scenario_name: &str,
    tornado: &Tornado,
    lang: Lang,
) -> TornadoChart {
    let currency = project.meta.currency.clone();
    let input = |key, value: f64| match catalog::assumption_info(key).unit {
        catalog::Unit::Share => numbers::percent(value, 1, lang),
        catalog::Unit::Number => numbers::grouped(value, 2, lang),
    };
    let rows = tornado
        .bars
        .iter()
        .map(|bar| TornadoRow {
            label: catalog::assumption_info(bar.key)
                .label
                .get(lang)
                .to_string(),
            low_input: input(bar.key, bar.low_value),
            high_input: input(bar.key, bar.high_value),
            at_low: bar.profit_pv_at_low,
            at_high: bar.profit_pv_at_high,
        })
        .collect();
    let title = t(
        "What moves the result most — {scenario}",
        "Wat het resultaat het meest beweegt — {scenario}",
    )
    .fill(lang, &[("scenario", &scenario_name)]);
    TornadoChart {
        title,
        value_axis: format!(
            "{} ({currency})",
            crate::i18n::tr::ResultWords::new(project.settings.fixed_costs_per_period)
                .at_horizon()
                .get(lang)
        ),
        unit: ValueUnit::Money(currency),
        base: tornado.base_profit_pv,
        rows,
    }
}
