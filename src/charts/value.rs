//! The value model's plots (PRODUCT.md §5): one persona's four value elements with the
//! expectation–perception gap drawn and written (Oliver 1980), and every persona's gap
//! ranked from the worst.

use super::csv::{Table, number};
use super::models::{element_label, line, text, value_gap_order};
use super::palette::{self, Rgb};
use super::plot::{Anchor, Axis, BarMark, BarsMark, Dash, LegendPlace, Mark, Plot, Shape, Source};
use super::units::ValueUnit;
use crate::i18n::{Lang, Text, numbers, t};
use crate::model::persona::MAX_ASSESSMENT_SCORE;
use crate::model::{Id, PlotKind, PlotSpec, Project, ValueElement};

/// One persona's four value elements as bars, with the expectation–perception gap drawn
/// beside the perception bar and its number written (red when negative).
pub fn value_gaps(project: &Project, persona: &Id, lang: Lang) -> Option<Plot> {
    let index = project.personas.iter().position(|p| &p.id == persona)?;
    let p = &project.personas[index];
    let color = palette::series(index);
    let bars = ValueElement::ALL
        .into_iter()
        .enumerate()
        .map(|(i, e)| BarMark {
            at: i as f64,
            from: 0.0,
            to: p.value.get(e).score,
            width: 0.6,
            hover: element_label(e).get(lang).to_string(),
        })
        .collect();
    let expectation = p.value.expectation.score;
    let perception = p.value.perception.score;
    let gap = p.value.gap();
    let gap_color = gap_color(gap);
    let perception_at = 2.0;
    let gap_name = t(
        "Gap (perception − expectation)",
        "Kloof (perceptie − verwachting)",
    )
    .get(lang)
    .to_string();
    let marks = vec![
        Mark::Bars(BarsMark {
            name: p.name.clone(),
            color,
            fill_opacity: 0.85,
            horizontal: false,
            bars,
        }),
        line(
            String::new(),
            palette::REFERENCE,
            vec![[-0.3, expectation], [perception_at + 0.45, expectation]],
            1.5,
            Dash::Dashed,
        ),
        Mark::Bars(BarsMark {
            name: gap_name.clone(),
            color: gap_color,
            fill_opacity: 1.0,
            horizontal: false,
            bars: vec![BarMark {
                at: perception_at + 0.4,
                from: expectation,
                to: perception,
                width: 0.1,
                hover: gap_name,
            }],
        }),
        text(
            [perception_at + 0.5, (expectation + perception) / 2.0],
            numbers::signed(gap, 1, lang),
            Some(gap_color),
            Anchor::Start,
            true,
        ),
    ];
    let labels = ValueElement::ALL
        .into_iter()
        .map(|e| element_label(e).get(lang).to_string())
        .collect();
    let mut table = Table {
        header: ["element", "score", "note"].map(String::from).to_vec(),
        rows: ValueElement::ALL
            .into_iter()
            .map(|e| {
                let score = p.value.get(e);
                vec![
                    e.field().to_string(),
                    number(score.score),
                    score.note.clone(),
                ]
            })
            .collect(),
    };
    table.rows.push(vec![
        "gap (perception - expectation)".to_string(),
        number(gap),
        String::new(),
    ]);
    let score_axis = t("Score (0–10)", "Score (0–10)").get(lang);
    Some(Plot {
        spec: PlotSpec::of(PlotKind::ValueGaps),
        shape: Shape::Bars,
        title: format!("{}: {}", t("Value", "Waarde").get(lang), p.name),
        x: Axis::categories(labels, false),
        y: Axis::values(score_axis, ValueUnit::Plain, &[0.0, MAX_ASSESSMENT_SCORE]),
        marks,
        legend: Some(LegendPlace::TopLeft),
        caption: Some(
            t(
                "Dashed: the expectation. A perception below it predicts dissatisfaction (expectation–disconfirmation, Oliver 1980).",
                "Gestreept: de verwachting. Een perceptie eronder voorspelt ontevredenheid (expectation–disconfirmation, Oliver 1980).",
            )
            .get(lang)
            .to_string(),
        ),
        period_name: None,
        lang,
        source: Source::Table(table),
    })
}

/// Red for a negative gap, green otherwise.
pub fn gap_color(gap: f64) -> Rgb {
    if gap < 0.0 {
        palette::GAP_NEGATIVE
    } else {
        palette::GAP_POSITIVE
    }
}

/// Every persona's expectation–perception gap as a bar, the worst at the top, each with its
/// number. `None` without personas.
pub fn value_gap_ranking(project: &Project, lang: Lang) -> Option<Plot> {
    let order = value_gap_order(project);
    if order.is_empty() {
        return None;
    }
    let count = order.len();
    let mut below = Vec::new();
    let mut above = Vec::new();
    let mut marks = Vec::new();
    let mut table = Table {
        header: ["persona", "expectation", "perception", "gap"]
            .map(String::from)
            .to_vec(),
        rows: Vec::new(),
    };
    for (row, &i) in order.iter().enumerate() {
        let p = &project.personas[i];
        let gap = p.value.gap();
        let at = (count - 1 - row) as f64;
        let bar = BarMark {
            at,
            from: 0.0,
            to: gap,
            width: 0.6,
            hover: p.name.clone(),
        };
        if gap < 0.0 { &mut below } else { &mut above }.push(bar);
        let anchor = if gap < 0.0 {
            Anchor::End
        } else {
            Anchor::Start
        };
        let offset = if gap < 0.0 { -0.1 } else { 0.1 };
        let label = numbers::signed(gap, 1, lang);
        marks.push(text(
            [gap + offset, at],
            label,
            Some(gap_color(gap)),
            anchor,
            true,
        ));
        table.rows.push(vec![
            p.name.clone(),
            number(p.value.expectation.score),
            number(p.value.perception.score),
            number(gap),
        ]);
    }
    let bars = |name: Text, color, bars| {
        Mark::Bars(BarsMark {
            name: name.get(lang).to_string(),
            color,
            fill_opacity: 0.85,
            horizontal: true,
            bars,
        })
    };
    marks.insert(
        0,
        bars(
            t(
                "Perception below expectation",
                "Perceptie onder verwachting",
            ),
            palette::GAP_NEGATIVE,
            below,
        ),
    );
    marks.insert(
        1,
        bars(
            t("At or above expectation", "Op of boven verwachting"),
            palette::GAP_POSITIVE,
            above,
        ),
    );
    let labels = order
        .iter()
        .map(|&i| project.personas[i].name.clone())
        .collect();
    let mut y = Axis::categories(labels, true);
    y.include = vec![-0.6, count as f64 - 0.4];
    y.grid = false;
    let x_label = t(
        "Gap: perception − expectation (points on the 0–10 scale)",
        "Kloof: perceptie − verwachting (punten op de schaal 0–10)",
    );
    Some(Plot {
        spec: PlotSpec::of(PlotKind::ValueGapRanking),
        shape: Shape::Bars,
        title: t(
            "Value gap per persona, worst first",
            "Waardekloof per persona, grootste eerst",
        )
        .get(lang)
        .to_string(),
        x: Axis::values(x_label.get(lang), ValueUnit::Plain, &[-2.5, 1.0]),
        y,
        marks,
        // The best persona is last, its bar pointing right from 0: the bottom left is free.
        legend: Some(LegendPlace::BottomLeft),
        caption: None,
        period_name: None,
        lang,
        source: Source::Table(table),
    })
}
