//! Tests of the plot descriptions: every kind, the numbers of today's charts, the palette.

use super::*;
use crate::charts::plot::Scale;
use crate::engine;

fn sample() -> Project {
    crate::store::embedded_sample().expect("sample")
}

#[test]
fn every_spec_of_the_sample_is_described() {
    let project = sample();
    let comparison = engine::compare(&project);
    let specs = specs(&project, None);
    // Each kind as often as its row lists it, and nothing else.
    let mut total = 0;
    for &kind in PlotKind::ALL {
        let count = specs.iter().filter(|s| s.kind == kind).count();
        let expected = match kinds::info(kind).listed {
            Listed::Once => 1,
            Listed::PerPersona => project.personas.len(),
            Listed::PerScenario => project.scenarios.len(),
        };
        assert_eq!(count, expected, "{kind:?}");
        total += expected;
    }
    assert_eq!(specs.len(), total);
    assert!(project.personas.len() > 1 && project.scenarios.len() > 1);
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
        assert_eq!(plot.spec.kind, spec.kind);
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
        personas: Vec::new(),
        absolute: false,
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
        (Some(selected), true),
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
        personas: Vec::new(),
        absolute: false,
    };
    let plot = describe(&project, &spec, &results, Lang::En).expect("a plot");
    // The ten that move it most are drawn; the caption says how little the rest move it,
    // and the numbers keep them all.
    assert!(tornado.bars.len() > super::TORNADO_ROWS);
    let rows = super::TORNADO_ROWS;
    let rest = tornado.bars.len() - rows;
    let caption = plot.caption.as_deref().expect("a caption");
    assert!(
        caption.starts_with(&format!(
            "The {rest} other assumptions move it by at most £"
        )),
        "{caption}"
    );
    assert_eq!(plot.csv().lines().count(), tornado.bars.len() + 1);
    let Mark::Bars(low) = &plot.marks[0] else {
        panic!("low bars first")
    };
    assert_eq!(low.color, palette::TORNADO_LOW);
    assert_eq!(low.bars[0].at, (rows - 1) as f64);
    assert_eq!(low.bars[0].from, tornado.base_profit_pv);
    assert_eq!(low.bars[0].to, tornado.bars[0].profit_pv_at_low);
    assert_eq!(low.bars.len(), rows);
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

/// A spec of `kind` that fills what its row says it needs, on `project`.
fn filled(project: &Project, kind: PlotKind) -> PlotSpec {
    let info = kinds::info(kind);
    PlotSpec {
        persona: (info.persona == Need::One).then(|| project.personas[0].id.clone()),
        scenario: (info.scenario == Need::One).then(|| project.scenarios[0].id.clone()),
        ..PlotSpec::of(kind)
    }
}

#[test]
fn each_kinds_row_says_what_its_drawing_needs() {
    let project = sample();
    let mut computed = Computed::new(&[]);
    for &kind in PlotKind::ALL {
        let info = kinds::info(kind);
        let spec = filled(&project, kind);
        // Drawn from the project alone exactly when the row says so.
        let bare = describe(&project, &spec, &Results::default(), Lang::En);
        assert_eq!(bare.is_some(), info.inputs == Inputs::Project, "{kind:?}");
        assert_eq!(info.moves_with_sliders(), info.inputs != Inputs::Project);
        // With what `gather` computes for it, every kind is drawn and carries its spec.
        let plot = describe_from(&project, &spec, &mut computed, Lang::En).expect("drawn");
        assert_eq!(plot.spec, spec, "{kind:?}");
        // A kind that needs a persona or a scenario is not drawn without one.
        if info.persona == Need::One {
            let without = PlotSpec {
                persona: None,
                ..spec.clone()
            };
            let drawn = describe_from(&project, &without, &mut computed, Lang::En);
            assert!(drawn.is_none(), "{kind:?} needs a persona");
        }
        // A kind that does not use a persona draws the same with one.
        if info.persona == Need::No {
            let with = PlotSpec {
                persona: Some(project.personas[1].id.clone()),
                ..spec.clone()
            };
            let drawn = describe_from(&project, &with, &mut computed, Lang::En).expect("drawn");
            assert_eq!(drawn.marks, plot.marks, "{kind:?} ignores a persona");
        }
        if info.scenario == Need::No {
            let with = PlotSpec {
                scenario: Some(project.scenarios[1].id.clone()),
                ..spec.clone()
            };
            let drawn = describe_from(&project, &with, &mut computed, Lang::En).expect("drawn");
            assert_eq!(drawn.marks, plot.marks, "{kind:?} ignores a scenario");
        }
        assert!(!info.label.get(Lang::En).is_empty() && !info.label.get(Lang::Nl).is_empty());
    }
}

#[test]
fn emotion_curves_show_the_chosen_personas_in_the_projects_order() {
    let project = sample();
    let ids: Vec<Id> = project.personas.iter().map(|p| p.id.clone()).collect();
    let spec = |personas: Vec<Id>| PlotSpec {
        personas,
        ..PlotSpec::of(PlotKind::EmotionCurves)
    };
    assert_eq!(
        shown_personas(&project, &spec(Vec::new())),
        Some((0..ids.len()).collect())
    );
    // Named out of order and twice: shown once each, in the project's order.
    let chosen = vec![ids[2].clone(), ids[0].clone(), ids[2].clone()];
    assert_eq!(
        shown_personas(&project, &spec(chosen.clone())),
        Some(vec![0, 2])
    );
    let plot = describe(&project, &spec(chosen), &Results::default(), Lang::En).expect("drawn");
    let lines: Vec<&str> = plot
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Line(line) if !line.name.is_empty() => Some(line.name.as_str()),
            _ => None,
        })
        .filter(|name| project.personas.iter().any(|p| p.name == *name))
        .collect();
    assert_eq!(
        lines,
        [
            project.personas[0].name.as_str(),
            project.personas[2].name.as_str()
        ]
    );
    // A persona no longer in the project: not drawn, rather than drawn as someone else.
    assert_eq!(
        shown_personas(&project, &spec(vec![Id::from("p-gone")])),
        None
    );
}
