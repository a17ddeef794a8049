//! Tests of the plot descriptions: every kind, the numbers of today's charts, the palette.

use super::*;
use crate::charts::plot::Scale;
use crate::engine;

fn sample() -> Project {
    crate::store::embedded_sample().expect("sample")
}

/// A number per kind, by an exhaustive match: a new kind fails here until [`KINDS`] has it.
fn number(kind: PlotKind) -> usize {
    match kind {
        PlotKind::EmotionCurves => 0,
        PlotKind::NeedsProfile => 1,
        PlotKind::FourCRadar => 2,
        PlotKind::ValueGaps => 3,
        PlotKind::OwnershipMatrix => 4,
        PlotKind::CustomersByState => 5,
        PlotKind::ActiveLoyalComparison => 6,
        PlotKind::RevenueComparison => 7,
        PlotKind::ProfitComparison => 8,
        PlotKind::NpsComparison => 9,
        PlotKind::ClvPerPersona => 10,
        PlotKind::Tornado => 11,
        PlotKind::ValueGapRanking => 12,
        PlotKind::SurveyTrend => 13,
    }
}

#[test]
fn kinds_lists_every_plot_kind_once() {
    let mut numbers: Vec<usize> = KINDS.iter().map(|k| number(*k)).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (0..KINDS.len()).collect::<Vec<_>>());
}

#[test]
fn every_spec_of_the_sample_is_described() {
    let project = sample();
    let comparison = engine::compare(&project);
    let specs = specs(&project, None);
    assert_eq!(
        specs.len(),
        // Needs and value gaps per persona; the 4C radar, the gap ranking and the survey
        // trend once each.
        2 * project.personas.len() + 2 * project.scenarios.len() + 3 + 2 + 1 + 4
    );
    for spec in &specs {
        let tornado = spec
            .scenario
            .as_ref()
            .and_then(|id| project.scenario(id))
            .map(|s| engine::tornado::tornado(&project, s));
        let results = Results {
            comparison: Some(&comparison),
            bands: &[],
            tornado: tornado.as_ref(),
        };
        // Every kind has its picture now.
        let plot = describe(&project, spec, &results, Lang::En).expect("described");
        assert_eq!(plot.kind, spec.kind);
        assert!(!plot.title.is_empty());
        assert!(plot.bounds().is_some(), "{spec:?}");
    }
}

#[test]
fn lines_keep_the_numbers_and_looks_of_the_chart() {
    let project = sample();
    let comparison = engine::compare(&project);
    let selected = &project.scenarios[1].id;
    let spec = PlotSpec {
        kind: PlotKind::ProfitComparison,
        scenario: Some(selected.clone()),
        persona: None,
    };
    let results = Results {
        comparison: Some(&comparison),
        ..Results::default()
    };
    let plot = describe(&project, &spec, &results, Lang::En).expect("a plot");
    let chart = scenarios::comparison(
        &project,
        &comparison,
        Metric::CumulativeProfit,
        &[],
        Some(selected),
        Lang::En,
    );
    assert_eq!(plot.csv(), scenarios::line_chart_csv(&chart));
    let lines: Vec<&LineMark> = plot
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Line(line) => Some(line),
            _ => None,
        })
        .collect();
    assert_eq!(lines.len(), chart.series.len());
    for (line, series) in lines.iter().zip(&chart.series) {
        assert_eq!(line.points, series.points);
        assert_eq!(line.color, palette::series(series.color));
        assert_eq!(line.dash == Dash::Dashed, series.dashed);
    }
    assert!(
        lines.iter().any(|l| l.width == 4.0),
        "the selected one heavier"
    );
    assert_eq!(plot.caption.is_some(), !chart.markers.is_empty());
    assert_eq!(plot.legend_entries().len(), chart.series.len());
}

#[test]
fn grouped_bars_split_each_group_between_the_series() {
    let project = sample();
    let comparison = engine::compare(&project);
    let results = Results {
        comparison: Some(&comparison),
        ..Results::default()
    };
    let spec = PlotSpec {
        kind: PlotKind::ClvPerPersona,
        ..PlotSpec::default()
    };
    let plot = describe(&project, &spec, &results, Lang::Nl).expect("a plot");
    let series = plot.legend_entries().len();
    let Mark::Bars(first) = &plot.marks[0] else {
        panic!("bars first")
    };
    let width = 0.8 / series as f64;
    assert!((first.bars[0].at - (-0.4 + width / 2.0)).abs() < 1e-9);
    assert!((first.bars[0].width - width * 0.92).abs() < 1e-9);
    assert_eq!(
        plot.x.category_at(0.0),
        Some(project.personas[0].name.as_str())
    );
    assert_eq!(plot.x.category_at(0.5), None);
}

#[test]
fn the_tornado_reads_top_down_around_its_base() {
    let project = sample();
    let scenario = &project.scenarios[1];
    let tornado = engine::tornado::tornado(&project, scenario);
    let results = Results {
        tornado: Some(&tornado),
        ..Results::default()
    };
    let spec = PlotSpec {
        kind: PlotKind::Tornado,
        scenario: Some(scenario.id.clone()),
        persona: None,
    };
    let plot = describe(&project, &spec, &results, Lang::En).expect("a plot");
    let rows = tornado.bars.len();
    let Mark::Bars(low) = &plot.marks[0] else {
        panic!("low bars first")
    };
    assert_eq!(low.color, palette::TORNADO_LOW);
    assert_eq!(low.bars[0].at, (rows - 1) as f64);
    assert_eq!(low.bars[0].from, tornado.base_profit_pv);
    assert_eq!(low.bars[0].to, tornado.bars[0].profit_pv_at_low);
    let Scale::Categories { labels, from_top } = &plot.y.scale else {
        panic!("categories up the side")
    };
    assert!(from_top);
    assert_eq!(
        plot.y.category_at((rows - 1) as f64),
        Some(labels[0].as_str())
    );
    assert_eq!(plot.legend_entries().len(), 3);
}

#[test]
fn the_needs_profile_is_in_the_personas_colour() {
    let project = sample();
    let plot = needs(&project.personas[1], palette::series(1), Lang::En);
    let Mark::Bars(bars) = &plot.marks[0] else {
        panic!("bars")
    };
    assert_eq!(bars.color, palette::series(1));
    assert_eq!(bars.bars.len(), 8);
    assert!(plot.legend_entries().is_empty());
    assert_eq!(
        plot.csv(),
        crate::charts::bar_chart_csv(&crate::charts::needs_profile(
            &project.personas[1],
            Lang::En
        ))
    );
}
