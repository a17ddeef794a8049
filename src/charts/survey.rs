//! The survey trend (seed 003's metrics): NPS, CES and CSAT across the survey waves of all
//! customers or of one persona, on one axis — NPS in points, CES and CSAT as the share of
//! answers at the top of their scale — so the three read side by side.

use super::csv::{Table, number};
use super::palette;
use super::plot::{Axis, Dash, LegendPlace, LineMark, Mark, Plot, Shape, Source};
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
    let marks = lines
        .into_iter()
        .filter(|(_, points, _)| !points.is_empty())
        .map(|(name, points, color)| {
            Mark::Line(LineMark {
                name: name.get(lang).to_string(),
                color,
                points,
                width: 3.0,
                dash: Dash::Solid,
                hover: Vec::new(),
            })
        })
        .collect();
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
