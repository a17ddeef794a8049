//! The tornado chart: which assumption moves a scenario's cumulative profit the most when it
//! swings across its plausible range, the others held at the scenario's values.

use super::params::{Params, uncertain_assumptions};
use super::runner::Runner;
use crate::model::{AssumptionKey, Project, Scenario};
use serde::Serialize;

/// The tornado of one scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tornado {
    /// Cumulative profit (present value) at the horizon with every assumption at the
    /// scenario's value, in the project currency.
    pub base_profit_pv: f64,
    /// One bar per assumption with a range (low < high), largest swing first.
    pub bars: Vec<TornadoBar>,
}

/// One assumption's swing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TornadoBar {
    /// The assumption.
    pub key: AssumptionKey,
    /// The low end of its range.
    pub low_value: f64,
    /// The high end of its range.
    pub high_value: f64,
    /// Cumulative profit (present value) at the horizon with the assumption at `low_value`.
    pub profit_pv_at_low: f64,
    /// Cumulative profit (present value) at the horizon with the assumption at `high_value`.
    pub profit_pv_at_high: f64,
}

impl TornadoBar {
    /// How far the result moves across the range: |profit at high − profit at low|.
    pub fn swing(&self) -> f64 {
        (self.profit_pv_at_high - self.profit_pv_at_low).abs()
    }
}

/// The tornado of `scenario` in `project`: for each assumption whose range (the project's
/// low and high) has low < high, the scenario run with that assumption at low and at high,
/// the others at the scenario's values. Bars are sorted by swing, largest first; equal swings
/// keep the assumptions' order.
pub fn tornado(project: &Project, scenario: &Scenario) -> Tornado {
    let mut runner = Runner::new(project);
    let params = Params::for_scenario(project, scenario);
    let mut profit_at = |params: &Params| {
        let run = runner.run_scenario_with(scenario, params, false);
        run.periods
            .last()
            .map(|p| p.cumulative_profit_pv)
            .unwrap_or(0.0)
    };
    let base_profit_pv = profit_at(&params);
    let mut bars: Vec<TornadoBar> = uncertain_assumptions(project)
        .into_iter()
        .map(|(key, low, high)| {
            // `with` clamps into the hard bounds; the bar shows the values actually used.
            let at_low = params.clone().with(key, low);
            let at_high = params.clone().with(key, high);
            TornadoBar {
                key,
                low_value: at_low.get(key),
                high_value: at_high.get(key),
                profit_pv_at_low: profit_at(&at_low),
                profit_pv_at_high: profit_at(&at_high),
            }
        })
        .collect();
    bars.sort_by(|a, b| b.swing().total_cmp(&a.swing()));
    Tornado {
        base_profit_pv,
        bars,
    }
}
