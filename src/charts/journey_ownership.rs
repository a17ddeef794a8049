//! The ownership × stage matrix (Lemon & Verhoef 2016): touchpoints per ownership class and
//! stage, counted, as a table and as a heat grid with counts.

use super::ownership_rgb;
use crate::charts::csv::{Table, number};
use crate::charts::palette;
use crate::charts::plot::{Anchor, Axis, BarMark, BarsMark, Mark, Plot, Shape, Source, TextMark};
use crate::i18n::{Lang, t};
use crate::model::catalog::ownership_label;
use crate::model::{Ownership, PlotKind, PlotSpec, Project};

/// Touchpoints per ownership class (rows) and stage (columns), in the stages' order.
pub fn ownership_counts(project: &Project) -> Vec<[usize; 4]> {
    let mut counts = vec![[0usize; 4]; project.stages.len()];
    let index: std::collections::HashMap<&str, usize> = project
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    for touchpoint in &project.touchpoints {
        if let Some(&s) = index.get(touchpoint.stage.as_str()) {
            counts[s][ownership_row(touchpoint.ownership)] += 1;
        }
    }
    counts
}

/// The row of an ownership class in the matrix (most control first).
pub fn ownership_row(ownership: Ownership) -> usize {
    Ownership::ALL
        .iter()
        .position(|o| *o == ownership)
        .unwrap_or(0)
}

/// The ownership × stage matrix as a heat grid: a cell per stage (columns) and ownership
/// class (rows, most control at the top), in the class's colour, stronger the more
/// touchpoints it holds, with the count written in it.
pub fn ownership_matrix(project: &Project, lang: Lang) -> Plot {
    let counts = ownership_counts(project);
    let most = counts
        .iter()
        .flat_map(|c| c.iter())
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let mut marks = Vec::new();
    for (s, stage) in counts.iter().enumerate() {
        for (r, ownership) in Ownership::ALL.iter().enumerate() {
            let count = stage[r];
            let y = (Ownership::ALL.len() - 1 - r) as f64;
            let share = count as f32 / most as f32;
            let label = ownership_label(*ownership, lang);
            marks.push(Mark::Bars(BarsMark {
                name: String::new(),
                color: if count == 0 {
                    palette::REFERENCE
                } else {
                    ownership_rgb(*ownership)
                },
                fill_opacity: if count == 0 {
                    0.08
                } else {
                    0.15 + 0.85 * share
                },
                horizontal: false,
                bars: vec![BarMark {
                    at: s as f64,
                    from: y - 0.45,
                    to: y + 0.45,
                    width: 0.92,
                    hover: format!("{label}: {count}"),
                }],
            }));
            marks.push(Mark::Text(TextMark {
                at: [s as f64, y],
                text: count.to_string(),
                color: None,
                anchor: Anchor::Middle,
                strong: true,
                room: None,
            }));
        }
    }
    let rows: Vec<String> = Ownership::ALL
        .iter()
        .map(|o| ownership_label(*o, lang).to_string())
        .collect();
    let mut x = Axis::categories(
        project.stages.iter().map(|s| s.name.clone()).collect(),
        false,
    );
    x.grid = false;
    let mut y = Axis::categories(rows, true);
    y.grid = false;
    if project.touchpoints.is_empty() {
        // Nothing to show yet: the renderers say so.
        marks.clear();
    } else {
        x.include = vec![-0.5, project.stages.len() as f64 - 0.5];
        y.include = vec![-0.5, Ownership::ALL.len() as f64 - 0.5];
    }
    Plot {
        spec: PlotSpec::of(PlotKind::OwnershipMatrix),
        shape: Shape::GroupedBars,
        title: t(
            "Touchpoints by ownership and stage",
            "Touchpoints per eigenaarschap en fase",
        )
        .get(lang)
        .to_string(),
        x,
        y,
        marks,
        legend: None,
        caption: Some(
            t(
                "Ownership after Lemon & Verhoef (2016): who controls each touchpoint.",
                "Eigenaarschap naar Lemon & Verhoef (2016): wie elk touchpoint stuurt.",
            )
            .get(lang)
            .to_string(),
        ),
        period_name: None,
        lang,
        source: Source::Table(ownership_table(project, lang)),
    }
}

/// The numbers behind the ownership × stage matrix.
pub fn ownership_table(project: &Project, lang: Lang) -> Table {
    let counts = ownership_counts(project);
    let mut header = vec![t("Ownership", "Eigenaarschap").get(lang).to_string()];
    header.extend(project.stages.iter().map(|s| s.name.clone()));
    let rows = Ownership::ALL
        .iter()
        .enumerate()
        .map(|(r, o)| {
            let mut row = vec![ownership_label(*o, lang).to_string()];
            row.extend(counts.iter().map(|c| number(c[r] as f64)));
            row
        })
        .collect();
    Table { header, rows }
}
