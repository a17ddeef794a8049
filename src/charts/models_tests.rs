//! Tests of the 4C and value plots: the radar's numbers, the gap table and ranking orders,
//! the gap drawn and written on the value bars.

use super::*;
use crate::i18n::numbers;

fn sample() -> Project {
    crate::store::embedded_sample().expect("sample")
}

#[test]
fn the_radar_csv_follows_a_4c_score() {
    let mut project = sample();
    let id = project.personas[0].id.clone();
    let before = four_c_radar(&project, Some(&id), Lang::En)
        .expect("radar")
        .csv();
    project.personas[0].four_c.cost.ours = 2.5;
    let after = four_c_radar(&project, Some(&id), Lang::En)
        .expect("radar")
        .csv();
    assert_ne!(before, after);
    let name = &project.personas[0].name;
    assert!(after.contains(&format!("{name},Cost,2.5,")), "{after}");
    // Every persona overlaid: four rows each, and two named lines per persona.
    let all = four_c_radar(&project, None, Lang::Nl).expect("radar");
    assert_eq!(all.csv().lines().count(), 1 + 4 * project.personas.len());
    assert_eq!(all.legend_entries().len(), 2 * project.personas.len());
    assert_eq!(all.shape, Shape::Radar);
}

#[test]
fn the_4c_gap_table_puts_where_we_lose_most_first() {
    let project = sample();
    let gaps = four_c_gaps(&project);
    assert_eq!(gaps.len(), 4 * project.personas.len());
    assert!(gaps.windows(2).all(|w| w[0].gap <= w[1].gap));
    let worst = &gaps[0];
    let score = project.personas[worst.persona].four_c.get(worst.dimension);
    assert_eq!(worst.gap, score.ours - score.competitor);
    assert!(worst.gap < 0.0, "the sample loses somewhere");
}

#[test]
fn the_gap_ranking_lists_the_worst_gap_first_with_its_number() {
    let mut project = sample();
    for (i, p) in project.personas.iter_mut().enumerate() {
        p.value.expectation.score = 8.0;
        p.value.perception.score = 8.0 - i as f64 * 0.5;
    }
    let last = project.personas.len() - 1;
    let order = value_gap_order(&project);
    assert_eq!(order[0], last);
    assert_eq!(order[last], 0);
    let plot = value_gap_ranking(&project, Lang::En).expect("ranking");
    let csv = plot.csv();
    let first_row = csv.lines().nth(1).expect("a row");
    assert!(first_row.starts_with(&project.personas[last].name), "{csv}");
    let worst_text = numbers::signed(-0.5 * last as f64, 1, Lang::En);
    assert!(
        plot.marks
            .iter()
            .any(|m| matches!(m, Mark::Text(t) if t.text == worst_text))
    );
}

#[test]
fn value_bars_write_the_gap_in_red_when_negative() {
    let mut project = sample();
    project.personas[1].value.expectation.score = 8.0;
    project.personas[1].value.perception.score = 6.0;
    let id = project.personas[1].id.clone();
    let plot = value_gaps(&project, &id, Lang::En).expect("value");
    let gap = plot
        .marks
        .iter()
        .find_map(|m| match m {
            Mark::Text(t) => Some(t),
            _ => None,
        })
        .expect("the gap's number");
    assert_eq!(gap.text, "−2.0");
    assert_eq!(gap.color, Some(palette::GAP_NEGATIVE));
    assert!(plot.csv().contains("gap (perception - expectation),-2"));
}
