//! The survey trend (seed 003's metrics): NPS, CES and CSAT across the survey waves of all
//! customers or of one persona, on one axis — NPS in points, CES and CSAT as the share of
//! answers at the top of their scale — so the three read side by side.

use super::csv::{Table, number};
use super::palette;
use super::plot::{Anchor, Axis, Dash, LegendPlace, LineMark, Mark, Plot, Shape, Source, TextMark};
use super::units::ValueUnit;
use crate::engine::metrics::WaveMetrics;
use crate::i18n::{Lang, t};
use crate::model::{Id, PlotKind, PlotSpec, Project, SurveyWave};

/// The waves the trend of `persona` shows: those of that persona, or (`None`) those of all
/// customers, in the project's order.
pub fn trend_waves<'p>(project: &'p Project, persona: Option<&Id>) -> Vec<&'p SurveyWave> {
    project
        .surveys
        .iter()
        .filter(|w| w.persona.as_ref() == persona)
        .collect()
}

/// NPS, CES (share answering 5–7) and CSAT (share answering 4–5) across the waves of
/// `persona` (or of all customers). `None` when there are no such waves.
pub fn survey_trend(project: &Project, persona: Option<&Id>, lang: Lang) -> Option<Plot> {
    let waves = trend_waves(project, persona);
    if waves.is_empty() {
        return None;
    }
    let metrics: Vec<WaveMetrics> = waves.iter().map(|w| WaveMetrics::of(w)).collect();
    let series = |pick: fn(&WaveMetrics) -> Option<f64>| -> Vec<[f64; 2]> {
        metrics
            .iter()
            .enumerate()
            .filter_map(|(i, m)| pick(m).map(|v| [i as f64, v]))
            .collect()
    };
    let lines = [
        (
            t("NPS (points)", "NPS (punten)"),
            series(|m| m.nps),
            palette::series(0),
        ),
        (
            t(
                "CES: % finding it easy (5–7)",
                "CES: % vindt het makkelijk (5–7)",
            ),
            series(|m| m.ces_share_agreeing.map(|s| 100.0 * s)),
            palette::series(2),
        ),
        (
            t("CSAT: % satisfied (4–5)", "CSAT: % tevreden (4–5)"),
            series(|m| m.csat.map(|s| 100.0 * s)),
            palette::series(4),
        ),
    ];
    let mut marks = Vec::new();
    for (k, (name, points, color)) in lines.into_iter().enumerate() {
        let &[[x, y]] = points.as_slice() else {
            if !points.is_empty() {
                marks.push(Mark::Line(LineMark {
                    name: name.get(lang).to_string(),
                    color,
                    points,
                    width: 3.0,
                    dash: Dash::Solid,
                    marker: palette::marker_of(color),
                    hover: Vec::new(),
                }));
            }
            continue;
        };
        // One wave: a line of one point draws nothing, so a short thick stroke marks it, with
        // its value beside it.
        marks.push(Mark::Line(LineMark {
            name: name.get(lang).to_string(),
            color,
            points: vec![[x - 0.03, y], [x + 0.03, y]],
            width: 12.0,
            dash: Dash::Solid,
            marker: palette::marker_of(color),
            hover: Vec::new(),
        }));
        let value = if k == 0 {
            crate::i18n::numbers::signed(y, 0, lang)
        } else {
            format!("{} %", crate::i18n::numbers::grouped(y, 0, lang))
        };
        marks.push(Mark::Text(TextMark {
            at: [x + 0.08, y],
            text: value,
            color: Some(color),
            anchor: Anchor::Start,
            strong: true,
            room: None,
        }));
    }
    let table = Table {
        header: [
            "wave",
            "period",
            "NPS",
            "CES mean (1-7)",
            "CES share 5-7",
            "CSAT share 4-5",
        ]
        .map(String::from)
        .to_vec(),
        rows: waves
            .iter()
            .zip(&metrics)
            .map(|(w, m)| {
                let field = |v: Option<f64>| v.map(number).unwrap_or_default();
                vec![
                    w.label.clone(),
                    w.period.clone(),
                    field(m.nps),
                    field(m.ces_mean),
                    field(m.ces_share_agreeing),
                    field(m.csat),
                ]
            })
            .collect(),
    };
    let who = match persona.and_then(|id| project.persona(id)) {
        Some(p) => p.name.clone(),
        None => t("all customers", "alle klanten").get(lang).to_string(),
    };
    let labels = waves.iter().map(|w| w.label.clone()).collect();
    let mut x = Axis::categories(labels, false);
    x.include = vec![-0.3, waves.len() as f64 - 0.7];
    let y_label = t(
        "NPS (points) · CES and CSAT (%)",
        "NPS (punten) · CES en CSAT (%)",
    );
    Some(Plot {
        spec: PlotSpec::of(PlotKind::SurveyTrend),
        shape: Shape::Lines,
        title: format!("{}: {who}", t("Survey trend", "Verloop van de metingen").get(lang)),
        x,
        y: Axis::values(y_label.get(lang), ValueUnit::Plain, &[0.0, 100.0]),
        marks,
        legend: Some(LegendPlace::TopLeft),
        caption: Some(
            t(
                "NPS = % promoters − % detractors. CES and CSAT as the share of answers at the top of their scale (after “De evolutie van CX in e-commerce”).",
                "NPS = % promotors − % criticasters. CES en CSAT als aandeel antwoorden bovenaan hun schaal (naar “De evolutie van CX in e-commerce”).",
            )
            .get(lang)
            .to_string(),
        ),
        period_name: None,
        lang,
        source: Source::Table(table),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_wave_is_a_visible_mark_with_its_value() {
        let mut project = crate::store::embedded_sample().expect("sample");
        let all = trend_waves(&project, None).len();
        assert!(all > 1, "the sample has a trend");
        // Keep only the first wave for all customers.
        let first = trend_waves(&project, None)[0].id.clone();
        project
            .surveys
            .retain(|w| w.persona.is_some() || w.id == first);
        let plot = survey_trend(&project, None, Lang::En).expect("a plot");
        let lines: Vec<&LineMark> = plot
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Line(line) => Some(line),
                _ => None,
            })
            .collect();
        assert!(!lines.is_empty());
        for line in &lines {
            // Two ends a little apart: drawn as a short thick stroke, not as nothing.
            assert_eq!(line.points.len(), 2, "{}", line.name);
            assert!(line.points[1][0] > line.points[0][0]);
            assert!(line.width >= 10.0);
        }
        let values: Vec<&str> = plot
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Text(text) => Some(text.text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(values.len(), lines.len(), "each with its value: {values:?}");
        assert!(values[0].starts_with('+') || values[0].starts_with('−') || values[0] == "0");
    }
}
