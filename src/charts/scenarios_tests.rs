//! Tests of the scenario charts: lines per run, break-even markers, CSV rows, personas.

use super::*;
use crate::charts::csv::csv_field;
use crate::engine;

fn sample() -> Project {
    crate::store::embedded_sample().expect("sample")
}

#[test]
fn comparisons_have_a_line_per_run_and_break_even_markers() {
    let mut project = sample();
    project.settings.fixed_costs_per_period = None;
    let results = engine::compare(&project);
    let chart = comparison(
        &project,
        &results,
        Metric::CumulativeProfit,
        &[],
        (None, false),
        Lang::En,
    );
    // The sample's "Today" scenario is the project as it is: it stands for the baseline.
    assert_eq!(chart.series.len(), project.scenarios.len());
    assert_eq!(chart.series[0].name, "Today");
    assert!(chart.series[0].dashed);
    let mut without_as_is = project.clone();
    without_as_is
        .scenarios
        .retain(|s| !s.initiatives.is_empty());
    let results_without = engine::compare(&without_as_is);
    let chart_without = comparison(
        &without_as_is,
        &results_without,
        Metric::ActiveLoyal,
        &[],
        (None, false),
        Lang::En,
    );
    assert_eq!(chart_without.series[0].name, "Today (no initiatives)");
    assert_eq!(
        chart_without.series.len(),
        without_as_is.scenarios.len() + 1
    );
    // Without fixed costs it is a contribution; with them, a profit.
    assert_eq!(chart.y_axis, "Cumulative contribution, present value (GBP)");
    let mut with_fixed = project.clone();
    with_fixed.settings.fixed_costs_per_period = Some(40_000.0);
    let profit = comparison(
        &with_fixed,
        &engine::compare(&with_fixed),
        Metric::CumulativeProfit,
        &[],
        (None, false),
        Lang::Nl,
    );
    assert_eq!(profit.y_axis, "Cumulatieve winst, contante waarde (GBP)");
    let paying_back: Vec<_> = results
        .scenarios
        .iter()
        .filter(|r| r.payback_period.is_some_and(|p| p > 0))
        .collect();
    assert_eq!(chart.markers.len(), paying_back.len());
    let revenue = comparison(
        &project,
        &results,
        Metric::Revenue,
        &[],
        (None, false),
        Lang::Nl,
    );
    assert_eq!(revenue.title, "Omzet per maand");
    assert_eq!(
        revenue.series[0].points[0][0], 1.0,
        "no revenue point at t = 0"
    );
}

#[test]
fn csv_has_a_header_and_a_row_per_period() {
    let project = sample();
    let results = engine::compare(&project);
    let chart = comparison(
        &project,
        &results,
        Metric::ActiveLoyal,
        &[],
        (None, false),
        Lang::En,
    );
    let csv = line_chart_csv(&chart);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("Time (months from today),Today,"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.len(), 1 + results.baseline.periods.len());
    let bars = clv_per_persona(&project, &results, Lang::En);
    assert_eq!(
        grouped_bars_csv(&bars).lines().count(),
        1 + project.personas.len()
    );
    assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
}

#[test]
fn customers_by_state_follows_one_persona_or_all() {
    let project = sample();
    let run = engine::run_baseline(&project);
    let all = customers_by_state(&project, &run, None, Lang::En);
    assert_eq!(all.series.len(), 4);
    let first = &project.personas[0];
    let one = customers_by_state(&project, &run, Some(&first.id), Lang::En);
    assert!(one.title.contains(&first.name));
    let active_at_start = one.series[2].points[0][1];
    let expected = first.segment.customers as f64 * first.segment.active_loyal_share;
    assert!((active_at_start - expected).abs() < 1e-6);
}
