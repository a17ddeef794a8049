//! One survey wave's editor: label, persona (or all customers), period and length, and its
//! counts, with the metrics they give beside them, live, each with its formula and the
//! numbers put in.
//! A group left at zero is "not measured" and stays out of the file.

use super::MetricsState;
use super::formulas::formulas;
use crate::i18n::{Lang, Text, t};
use crate::model::survey::{CES_POINTS, CSAT_POINTS, NPS_POINTS};
use crate::model::{CartCounts, NpsCounts, Period, Persona, Project, RetentionCounts, SurveyWave};
use crate::ui::Env;
use crate::ui::style::section;
use crate::ui::widgets::{number_field, select_all};
use egui::{DragValue, RichText};

/// A labelled count field in a grid row; true when changed.
fn count_row(ui: &mut egui::Ui, lang: Lang, label: &str, value: &mut u64) -> bool {
    let label = ui.label(label);
    let changed = ui
        .add(number_field(
            DragValue::new(value).range(0..=u64::MAX / 1024),
            lang,
        ))
        .labelled_by(label.id)
        .changed();
    ui.end_row();
    changed
}

/// Several count rows; true when any changed.
fn count_rows<const N: usize>(ui: &mut egui::Ui, lang: Lang, rows: [(Text, &mut u64); N]) -> bool {
    rows.into_iter().fold(false, |changed, (label, value)| {
        count_row(ui, lang, label.get(lang), value) | changed
    })
}

/// Counts per answer point (`first` is the first point's number) in one row; true when
/// changed. An empty list is shown as zeros and stays empty until a count is entered.
fn answers_row(
    ui: &mut egui::Ui,
    lang: Lang,
    label: &str,
    counts: &mut Vec<u64>,
    points: usize,
    first: usize,
) -> bool {
    let mut shown = if counts.len() == points {
        counts.clone()
    } else {
        vec![0; points]
    };
    let heading = ui.label(label);
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        for (i, value) in shown.iter_mut().enumerate() {
            ui.label(RichText::new(format!("{}:", i + first)).weak());
            let field = ui.add(number_field(
                DragValue::new(value).range(0..=u64::MAX / 1024),
                lang,
            ));
            changed |= field.labelled_by(heading.id).changed();
        }
    });
    ui.end_row();
    if changed {
        *counts = if shown.iter().all(|c| *c == 0) {
            Vec::new()
        } else {
            shown
        };
    }
    changed
}

/// Draws the editor of wave `index`.
pub(super) fn editor_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    index: usize,
    state: &mut MetricsState,
    env: &mut Env,
) {
    let lang = env.lang;
    let Project {
        personas,
        surveys,
        settings,
        ..
    } = project;
    let Some(wave) = surveys.get_mut(index) else {
        return;
    };
    ui.label(RichText::new(&wave.label).size(26.0).strong());
    section(ui, t("Survey wave", "Meting").get(lang));
    details_ui(ui, wave, personas, settings.period, state, lang);

    section(ui, t("Counts", "Aantallen").get(lang));
    egui::Grid::new("wave-counts")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            nps_rows_ui(ui, wave, lang);
            let ces = t("CES answers per point 1–7", "CES-antwoorden per punt 1–7");
            answers_row(
                ui,
                lang,
                ces.get(lang),
                &mut wave.ces_responses,
                CES_POINTS,
                1,
            );
            let csat = t("CSAT answers per point 1–5", "CSAT-antwoorden per punt 1–5");
            answers_row(
                ui,
                lang,
                csat.get(lang),
                &mut wave.csat_responses,
                CSAT_POINTS,
                1,
            );
            retention_and_cart_rows_ui(ui, wave, lang);
        });

    section(ui, t("Metrics", "Metingen").get(lang));
    metrics_grid(ui, wave, lang);
}

/// What the wave is: its label, whom it measured, when, and how long it ran.
fn details_ui(
    ui: &mut egui::Ui,
    wave: &mut SurveyWave,
    personas: &[Persona],
    period: Period,
    state: &mut MetricsState,
    lang: Lang,
) {
    egui::Grid::new("wave-details")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(t("Label", "Naam").get(lang));
            let field = ui
                .add(egui::TextEdit::singleline(&mut wave.label).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if std::mem::take(&mut state.focus_label) {
                select_all(ui, &field, wave.label.chars().count());
            }
            ui.end_row();
            ui.label(t("Who", "Wie").get(lang));
            let all = t("All customers", "Alle klanten").get(lang);
            let shown = wave
                .persona
                .as_ref()
                .and_then(|id| personas.iter().find(|p| &p.id == id))
                .map_or(all, |p| p.name.as_str());
            egui::ComboBox::from_id_salt("wave-persona")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut wave.persona, None, all);
                    for p in personas.iter() {
                        ui.selectable_value(&mut wave.persona, Some(p.id.clone()), &p.name);
                    }
                });
            ui.end_row();
            let label = ui.label(t("Period", "Periode").get(lang));
            ui.add(
                egui::TextEdit::singleline(&mut wave.period)
                    .hint_text(t("e.g. March–May 2026", "bijv. maart–mei 2026").get(lang))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
            ui.end_row();
            super::calibration::length_row(ui, wave, period, lang);
        });
}

/// The NPS answers, as promoters, passives and detractors or as the count of each answer
/// 0–10, with the switch between the two.
fn nps_rows_ui(ui: &mut egui::Ui, wave: &mut SurveyWave, lang: Lang) {
    let by_point = wave.nps_responses.len() == NPS_POINTS;
    if by_point {
        let label = t("NPS answers per point 0–10", "NPS-antwoorden per punt 0–10");
        if answers_row(
            ui,
            lang,
            label.get(lang),
            &mut wave.nps_responses,
            NPS_POINTS,
            0,
        ) {
            wave.nps = NpsCounts::from_answers(&wave.nps_responses).filter(|n| n.total() > 0);
        }
    } else {
        let mut nps = wave.nps.clone().unwrap_or_default();
        let changed = count_rows(
            ui,
            lang,
            [
                (
                    t("NPS promoters (9–10)", "NPS promotors (9–10)"),
                    &mut nps.promoters,
                ),
                (
                    t("NPS passives (7–8)", "NPS passief (7–8)"),
                    &mut nps.passives,
                ),
                (
                    t("NPS detractors (0–6)", "NPS criticasters (0–6)"),
                    &mut nps.detractors,
                ),
            ],
        );
        if changed {
            wave.nps = (nps.total() > 0).then_some(nps);
        }
    }
    let mut points = by_point;
    ui.label("");
    let toggle = ui.checkbox(
        &mut points,
        t(
            "Enter the eleven answer counts 0–10",
            "Voer de elf antwoordaantallen 0–10 in",
        )
        .get(lang),
    );
    ui.end_row();
    if toggle.changed() {
        wave.nps_responses = if points {
            vec![0; NPS_POINTS]
        } else {
            Vec::new()
        };
        if points {
            wave.nps = None;
        }
    }
}

/// The customers at the start and end and the new ones (retention), and the carts started
/// and completed.
fn retention_and_cart_rows_ui(ui: &mut egui::Ui, wave: &mut SurveyWave, lang: Lang) {
    let mut r = wave.retention.clone().unwrap_or_default();
    let changed = count_rows(
        ui,
        lang,
        [
            (
                t("Customers at the start (S)", "Klanten aan het begin (S)"),
                &mut r.customers_start,
            ),
            (
                t("Customers at the end (E)", "Klanten aan het eind (E)"),
                &mut r.customers_end,
            ),
            (
                t(
                    "New customers in the period (N)",
                    "Nieuwe klanten in de periode (N)",
                ),
                &mut r.new_customers,
            ),
        ],
    );
    if changed {
        wave.retention = (r != RetentionCounts::default()).then_some(r);
    }
    let mut c = wave.carts.clone().unwrap_or_default();
    let changed = count_rows(
        ui,
        lang,
        [
            (t("Carts started", "Gestarte winkelwagens"), &mut c.carts),
            (
                t("Orders completed", "Afgeronde bestellingen"),
                &mut c.orders,
            ),
        ],
    );
    if changed {
        wave.carts = (c != CartCounts::default()).then_some(c);
    }
}

fn metrics_grid(ui: &mut egui::Ui, wave: &SurveyWave, lang: Lang) {
    let lines = formulas(wave, lang);
    if lines.is_empty() {
        ui.label(
            t(
                "Enter counts above to see the metrics.",
                "Voer hierboven aantallen in om de metingen te zien.",
            )
            .get(lang),
        );
        return;
    }
    egui::Grid::new("wave-metrics")
        .num_columns(3)
        .striped(true)
        .spacing([20.0, 6.0])
        .show(ui, |ui| {
            for line in lines {
                ui.label(RichText::new(line.name).strong());
                ui.label(RichText::new(&line.value).size(18.0).strong());
                // The working can be long (Dutch, many answers): it wraps in the room left.
                ui.add(egui::Label::new(RichText::new(&line.working).weak()).wrap());
                ui.end_row();
            }
        });
}
