//! Monte Carlo uncertainty bands: a scenario run many times with the uncertain assumptions
//! drawn from triangular distributions over their ranges; per period the 10th, 50th and 90th
//! percentiles. Seeded and reproducible for any number of threads; runs off the UI thread
//! with a progress counter and a cancel flag.

use super::params::{Params, uncertain_assumptions};
use super::random::Xoshiro256StarStar;
use super::runner::Runner;
use crate::model::scenario::MAX_MONTE_CARLO_RUNS;
use crate::model::{ModelSettings, Project, Scenario};
use serde::Serialize;
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// How to run Monte Carlo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonteCarloOptions {
    /// Number of runs.
    pub runs: usize,
    /// Seed: the same seed gives the same bands.
    pub seed: u64,
    /// Worker threads; `None` uses every available core. The result does not depend on it.
    pub threads: Option<NonZeroUsize>,
}

impl MonteCarloOptions {
    /// The project's settings: `monte_carlo_runs` runs (within the bound) from
    /// `random_seed`, on every core.
    pub fn from_settings(settings: &ModelSettings) -> Self {
        MonteCarloOptions {
            runs: settings.monte_carlo_runs_used() as usize,
            seed: settings.random_seed,
            threads: None,
        }
    }
}

/// The 10th, 50th and 90th percentiles of one quantity in one period.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Band {
    /// 10th percentile.
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile.
    pub p90: f64,
}

/// The bands of one period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonteCarloPeriod {
    /// The period, 0..=horizon.
    pub period: u32,
    /// Active-loyal customers at the end of the period.
    pub active_loyal: Band,
    /// Paying customers (new, passive and active loyal) at the end of the period.
    pub customers: Band,
    /// Revenue of periods 1..=this one (undiscounted, project currency).
    pub cumulative_revenue: Band,
    /// Revenue of the period (undiscounted, project currency).
    pub revenue: Band,
    /// Cumulative profit, present value (project currency).
    pub cumulative_profit_pv: Band,
    /// NPS estimate, over the runs that have customers; `None` if none has.
    pub nps_estimate: Option<Band>,
}

/// The result of a Monte Carlo computation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonteCarlo {
    /// Runs done.
    pub runs: usize,
    /// The seed used.
    pub seed: u64,
    /// Bands for t = 0..=horizon.
    pub periods: Vec<MonteCarloPeriod>,
}

/// The most periods a band is kept for: every period of a horizon up to this, else this
/// many spread evenly over it (the first and the last among them). A plot draws the band
/// through them; memory grows with runs × these, not runs × horizon.
pub const MAX_BAND_PERIODS: usize = 121;

/// The periods bands are kept for over `horizon` periods ([`MAX_BAND_PERIODS`]).
pub fn band_periods(horizon: u32) -> Vec<usize> {
    let count = horizon as usize + 1;
    if count <= MAX_BAND_PERIODS {
        return (0..count).collect();
    }
    let last = count - 1;
    let steps = MAX_BAND_PERIODS - 1;
    let mut kept: Vec<usize> = (0..=steps).map(|k| k * last / steps).collect();
    kept.dedup();
    kept
}

/// What one run keeps, at the band periods, in single precision (a band is read at a few
/// significant digits; 100,000 runs of 600 periods in double precision took gigabytes).
#[derive(Clone, Debug, Default)]
struct RunSeries {
    active_loyal: Vec<f32>,
    customers: Vec<f32>,
    cumulative_revenue: Vec<f32>,
    revenue: Vec<f32>,
    cumulative_profit_pv: Vec<f32>,
    /// NaN where the run has no NPS estimate.
    nps_estimate: Vec<f32>,
}

impl RunSeries {
    /// The series of a run's `periods`, at the periods `kept`.
    fn of(periods: &[super::run::PeriodResult], kept: &[usize]) -> Self {
        let mut series = RunSeries::default();
        let mut revenue_so_far = 0.0;
        let mut next = kept.iter().peekable();
        for (t, p) in periods.iter().enumerate() {
            revenue_so_far += p.revenue;
            if next.peek() != Some(&&t) {
                continue;
            }
            next.next();
            series.active_loyal.push(p.customers.active_loyal as f32);
            series.customers.push(p.customers.paying() as f32);
            series.cumulative_revenue.push(revenue_so_far as f32);
            series.revenue.push(p.revenue as f32);
            series
                .cumulative_profit_pv
                .push(p.cumulative_profit_pv as f32);
            series
                .nps_estimate
                .push(p.nps_estimate.map_or(f32::NAN, |n| n as f32));
        }
        series
    }
}

/// The assumptions of run `run`: the scenario's values, with every assumption whose range
/// has low < high drawn, in `AssumptionKey::ALL` order, from the triangular distribution on
/// the range with the scenario's value (clamped into the range) as mode. The draws come from
/// the run's own stream (`Xoshiro256StarStar::for_run(seed, run)`).
pub fn draw_params(project: &Project, scenario: &Scenario, seed: u64, run: u64) -> Params {
    let mut params = Params::for_scenario(project, scenario);
    let mut rng = Xoshiro256StarStar::for_run(seed, run);
    for (key, low, high) in uncertain_assumptions(project) {
        let mode = params.get(key);
        params.set(key, rng.triangular(low, mode, high));
    }
    params
}

/// Runs `scenario` `options.runs` times with drawn assumptions (see [`draw_params`]) on
/// `options.threads` threads and returns the bands. `progress` counts finished runs (for a
/// progress bar); setting `cancel` stops the work soon, and the result is then `None`.
/// Identical inputs give identical bands, whatever the number of threads.
pub fn monte_carlo(
    project: &Project,
    scenario: &Scenario,
    options: MonteCarloOptions,
    progress: &AtomicUsize,
    cancel: &AtomicBool,
) -> Option<MonteCarlo> {
    // Memory grows with the runs: never beyond the bound, whatever the caller asks.
    let runs = options.runs.min(MAX_MONTE_CARLO_RUNS as usize);
    let threads = options
        .threads
        .or_else(|| std::thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get)
        .clamp(1, runs.max(1));
    let next_run = AtomicUsize::new(0);
    let horizon = scenario
        .horizon_periods
        .min(crate::model::scenario::MAX_HORIZON_PERIODS);
    let kept = band_periods(horizon);
    let worker = || {
        let mut runner = Runner::single_threaded(project);
        let mut done: Vec<(usize, RunSeries)> = Vec::new();
        while !cancel.load(Ordering::Relaxed) {
            let run = next_run.fetch_add(1, Ordering::Relaxed);
            if run >= runs {
                break;
            }
            let params = draw_params(project, scenario, options.seed, run as u64);
            let result = runner.run_scenario_with(scenario, &params, false);
            let series = RunSeries::of(&result.periods, &kept);
            done.push((run, series));
            progress.fetch_add(1, Ordering::Relaxed);
        }
        done
    };
    let mut results: Vec<Option<RunSeries>> = vec![None; runs];
    let finished: Vec<Vec<(usize, RunSeries)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads).map(|_| scope.spawn(worker)).collect();
        // A worker that panicked lost its runs; they are missing below and the result is None.
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    });
    for (run, series) in finished.into_iter().flatten() {
        if let Some(slot) = results.get_mut(run) {
            *slot = Some(series);
        }
    }
    if cancel.load(Ordering::Relaxed) {
        return None;
    }
    let results: Vec<RunSeries> = results.into_iter().collect::<Option<_>>()?;
    Some(MonteCarlo {
        runs,
        seed: options.seed,
        periods: bands(&results, &kept),
    })
}

fn bands(results: &[RunSeries], kept: &[usize]) -> Vec<MonteCarloPeriod> {
    let periods = results.first().map_or(0, |r| r.active_loyal.len());
    (0..periods)
        .map(|t| {
            let at = |pick: fn(&RunSeries) -> &Vec<f32>| {
                band(
                    results
                        .iter()
                        .filter_map(|r| pick(r).get(t).map(|&v| f64::from(v)))
                        .collect(),
                )
            };
            let nps = results
                .iter()
                .filter_map(|r| r.nps_estimate.get(t).copied())
                .filter(|v| !v.is_nan())
                .map(f64::from)
                .collect();
            MonteCarloPeriod {
                period: kept
                    .get(t)
                    .and_then(|&p| u32::try_from(p).ok())
                    .unwrap_or(u32::MAX),
                active_loyal: at(|r| &r.active_loyal).unwrap_or(EMPTY_BAND),
                customers: at(|r| &r.customers).unwrap_or(EMPTY_BAND),
                cumulative_revenue: at(|r| &r.cumulative_revenue).unwrap_or(EMPTY_BAND),
                revenue: at(|r| &r.revenue).unwrap_or(EMPTY_BAND),
                cumulative_profit_pv: at(|r| &r.cumulative_profit_pv).unwrap_or(EMPTY_BAND),
                nps_estimate: band(nps),
            }
        })
        .collect()
}

const EMPTY_BAND: Band = Band {
    p10: 0.0,
    p50: 0.0,
    p90: 0.0,
};

/// The band of some values; `None` when there are none.
fn band(mut values: Vec<f64>) -> Option<Band> {
    values.sort_by(f64::total_cmp);
    Some(Band {
        p10: percentile(&values, 0.10)?,
        p50: percentile(&values, 0.50)?,
        p90: percentile(&values, 0.90)?,
    })
}

/// The `q`-quantile of sorted values, interpolating linearly between the two nearest ranks
/// (position q·(n − 1); "type 7", the default of R and NumPy). `None` when empty.
pub fn percentile(sorted: &[f64], q: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let position = q.clamp(0.0, 1.0) * last as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    let low = *sorted.get(below)?;
    let high = *sorted.get(above)?;
    Some(low + (high - low) * (position - below as f64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_between_ranks() {
        let values: Vec<f64> = (1..=11).map(f64::from).collect();
        assert_eq!(percentile(&values, 0.5), Some(6.0));
        assert_eq!(percentile(&values, 0.1), Some(2.0));
        assert_eq!(percentile(&[1.0, 2.0], 0.5), Some(1.5));
        assert_eq!(percentile(&[], 0.5), None);
        assert_eq!(percentile(&[3.0], 0.9), Some(3.0));
    }
}

#[cfg(test)]
mod band_period_tests {
    use super::*;

    #[test]
    fn long_horizons_keep_a_bounded_spread_of_periods() {
        assert_eq!(band_periods(36), (0..=36).collect::<Vec<_>>());
        let kept = band_periods(600);
        assert_eq!(kept.len(), MAX_BAND_PERIODS);
        assert_eq!((kept[0], kept[kept.len() - 1]), (0, 600));
        assert!(kept.windows(2).all(|w| w[1] > w[0] && w[1] - w[0] <= 5));
    }
}
