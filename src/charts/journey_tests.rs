//! Tests of the journey's plots on the sample project.

use super::*;
use crate::charts::describe::{Results, describe};
use crate::charts::plot::Scale;
use crate::model::{Id, PlotSpec};

fn sample() -> Project {
    crate::store::embedded_sample().expect("sample")
}

/// The emotion curves of every persona, in English, before any scenario.
fn all_curves(project: &Project) -> crate::charts::plot::Plot {
    let spec = PlotSpec {
        kind: PlotKind::EmotionCurves,
        scenario: None,
        persona: None,
        personas: Vec::new(),
        absolute: false,
    };
    describe(project, &spec, &Results::default(), Lang::En).expect("a plot")
}

#[test]
fn curves_follow_the_journey_one_line_per_persona_with_points_where_it_is_used() {
    let project = sample();
    let plot = all_curves(&project);
    // A short journey is named along the axis, a long one numbered 1, 2, … on a value axis.
    let count = project.touchpoints.len();
    match &plot.x.scale {
        Scale::Categories { labels, .. } => assert_eq!(labels.len(), count),
        Scale::Values(_) => assert_eq!(plot.x.include, [0.5, count as f64 + 0.5]),
    }
    let first_stage = &project.stages[0].id;
    let first = project.touchpoints.iter().find(|t| &t.stage == first_stage);
    // The CSV names each touchpoint.
    let csv = plot.csv();
    let second_line = csv.lines().nth(1).unwrap_or_default();
    assert!(second_line.contains(&first.expect("a touchpoint").name));
    for (p, persona) in project.personas.iter().enumerate() {
        let line = plot
            .marks
            .iter()
            .find_map(|m| match m {
                Mark::Line(l) if l.name == persona.name => Some(l),
                _ => None,
            })
            .expect("a line per persona");
        assert_eq!(line.color, palette::series(p), "the persona's colour");
        let used = project
            .touchpoints
            .iter()
            .filter(|t| t.experience_of(&persona.id).is_some())
            .count();
        assert_eq!(line.points.len(), used);
    }
    assert!(csv.starts_with("Stage,Touchpoint,Moment of truth,"));
    assert_eq!(csv.lines().count(), project.touchpoints.len() + 1);
}

#[test]
fn after_a_scenario_each_curve_is_drawn_again_dashed_with_the_adjusted_scores() {
    let project = sample();
    let scenario = project
        .scenarios
        .iter()
        .find(|s| !s.initiatives.is_empty())
        .expect("a scenario with initiatives");
    let persona = project.personas[0].id.clone();
    let spec = PlotSpec {
        kind: PlotKind::EmotionCurves,
        scenario: Some(scenario.id.clone()),
        persona: Some(persona),
        personas: Vec::new(),
        absolute: false,
    };
    let plot = describe(&project, &spec, &Results::default(), Lang::Nl).expect("a plot");
    let lines: Vec<&LineMark> = plot
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Line(l) if !l.name.is_empty() && l.color != MOMENT_OF_TRUTH => Some(l),
            _ => None,
        })
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1].dash, Dash::Dashed);
    assert_ne!(
        lines[0].points, lines[1].points,
        "the initiatives change scores"
    );
    let missing = PlotSpec {
        scenario: Some(Id::from("sc-none")),
        ..spec
    };
    assert!(describe(&project, &missing, &Results::default(), Lang::En).is_none());
}

#[test]
fn the_ownership_table_counts_every_touchpoint_once() {
    let project = sample();
    let counts = ownership_counts(&project);
    let total: usize = counts.iter().flat_map(|c| c.iter()).sum();
    assert_eq!(total, project.touchpoints.len());
    let table = ownership_table(&project, Lang::En);
    assert_eq!(table.rows.len(), 4);
    assert_eq!(table.header.len(), project.stages.len() + 1);
}

#[test]
fn the_ownership_matrix_is_a_plot_with_a_cell_and_a_count_per_stage_and_class() {
    let project = sample();
    let spec = PlotSpec {
        kind: PlotKind::OwnershipMatrix,
        scenario: None,
        persona: None,
        personas: Vec::new(),
        absolute: false,
    };
    let plot = describe(&project, &spec, &Results::default(), Lang::En).expect("a plot");
    let texts: Vec<&str> = plot
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text(t) => Some(t.text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(texts.len(), 4 * project.stages.len());
    let total: usize = texts.iter().filter_map(|t| t.parse::<usize>().ok()).sum();
    assert_eq!(total, project.touchpoints.len());
    assert!(plot.csv().starts_with("Ownership,"));
}

#[test]
fn each_point_of_a_curve_says_which_touchpoint_it_is_with_effort_and_reach() {
    let project = sample();
    let plot = all_curves(&project);
    let persona = &project.personas[0];
    let line = plot
        .marks
        .iter()
        .find_map(|m| match m {
            Mark::Line(line) if line.name == persona.name => Some(line),
            _ => None,
        })
        .expect("the persona's curve");
    assert_eq!(line.hover.len(), line.points.len());
    let used = project
        .touchpoints
        .iter()
        .find(|t| t.experience_of(&persona.id).is_some())
        .expect("a touchpoint the persona uses");
    assert!(
        line.hover[0].starts_with(&format!("{}\nexperience ", used.name)),
        "{}",
        line.hover[0]
    );
    assert!(line.hover[0].contains("effort") && line.hover[0].contains("reach"));
}

#[test]
fn moments_of_truth_stop_under_the_stage_names_and_the_legend_is_above() {
    let project = sample();
    let plot = all_curves(&project);
    assert_eq!(plot.legend, Some(LegendPlace::Above));
    let lowest_name = plot
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text(text) => Some(text.at[1]),
            _ => None,
        })
        .fold(f64::INFINITY, f64::min);
    let truths: Vec<&LineMark> = plot
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Line(l) if l.color == MOMENT_OF_TRUTH => Some(l),
            _ => None,
        })
        .collect();
    let marked = project
        .touchpoints
        .iter()
        .filter(|t| t.moment_of_truth)
        .count();
    assert_eq!(truths.len(), marked, "a line per moment of truth");
    for line in &truths {
        let top = line
            .points
            .iter()
            .map(|p| p[1])
            .fold(f64::NEG_INFINITY, f64::max);
        // Half a unit: the names are centred on their point.
        assert!(
            top <= lowest_name - 0.5,
            "{top} reaches the names at {lowest_name}"
        );
    }
    // One legend entry for them all.
    let entries = plot.legend_entries();
    let named = entries
        .iter()
        .filter(|e| e.name == "Moment of truth")
        .count();
    assert_eq!(named, 1, "{entries:?}");
}

#[test]
fn a_numbered_journey_ticks_whole_touchpoints() {
    // The hotel has 28 touchpoints: numbered, with a tick every 5 (never at 2.5 or 12.5).
    let project = sample();
    let plot = all_curves(&project);
    assert!(matches!(plot.x.scale, Scale::Values(_)));
    assert_eq!(plot.x.step, Some(5.0));
    let mut short = project.clone();
    short.touchpoints.truncate(12);
    let plot = all_curves(&short);
    if matches!(plot.x.scale, Scale::Values(_)) {
        assert_eq!(plot.x.step, Some(1.0));
    }
}
