//! "What it touches": the summary and, per touchpoint, a table of each persona's experience
//! score and effort before ➡ after, improvements green and worsenings red, always with a sign.

use super::impact::{
    DOWN, ExperienceChange, Impact, TouchedTouchpoint, UP, display_name, effort_transition,
    placed_name, score_transition, summary,
};
use crate::i18n::{Lang, Text, numbers, tr};
use egui::{Color32, RichText};

/// Green for an improvement, red for a worsening, the weak text colour for none; chosen to
/// read on light and dark backgrounds. Always shown with a sign or arrow as well.
pub fn change_color(visuals: &egui::Visuals, change: f64) -> Color32 {
    match (change.partial_cmp(&0.0), visuals.dark_mode) {
        (Some(std::cmp::Ordering::Greater), false) => Color32::from_rgb(0x00, 0x7A, 0x55),
        (Some(std::cmp::Ordering::Greater), true) => Color32::from_rgb(0x4C, 0xD6, 0xA4),
        (Some(std::cmp::Ordering::Less), false) => Color32::from_rgb(0xC0, 0x39, 0x00),
        (Some(std::cmp::Ordering::Less), true) => Color32::from_rgb(0xFF, 0x8A, 0x5C),
        _ => visuals.weak_text_color(),
    }
}

/// Draws the summary and one table per touched touchpoint; `period` names the reach's period.
/// Returns the touchpoint whose name was clicked (to open it in the journey).
pub fn impact_ui(
    ui: &mut egui::Ui,
    impact: &Impact,
    period: &str,
    lang: Lang,
) -> Option<crate::model::Id> {
    if !impact.missing.is_empty() {
        let ids: Vec<String> = impact.missing.iter().map(|id| id.to_string()).collect();
        ui.label(
            RichText::new(format!(
                "⚠ {} {}",
                tr::MISSING_TOUCHPOINT_IMPACT.get(lang),
                ids.join(", ")
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
    if impact.touchpoints.iter().all(|t| t.changes.is_empty()) {
        ui.label(RichText::new(tr::TOUCHES_NOTHING.get(lang)).italics());
        if impact.touchpoints.is_empty() {
            return None;
        }
    } else {
        ui.label(RichText::new(summary(impact, lang)).size(17.0).strong());
    }
    let mut clicked = None;
    for touched in &impact.touchpoints {
        ui.add_space(8.0);
        if touchpoint_table_ui(ui, touched, period, lang) {
            clicked = Some(touched.touchpoint.id.clone());
        }
    }
    clicked
}

/// One touched touchpoint; whether its name (a link to it in the journey) was clicked.
fn touchpoint_table_ui(
    ui: &mut egui::Ui,
    touched: &TouchedTouchpoint,
    period: &str,
    lang: Lang,
) -> bool {
    let mut open = false;
    ui.horizontal_wrapped(|ui| {
        let name = RichText::new(placed_name(touched.stage, touched.touchpoint, lang))
            .size(16.0)
            .strong();
        open = ui
            .link(name)
            .on_hover_text(crate::i18n::t("Open in the journey", "Open in de klantreis").get(lang))
            .clicked();
        if touched.touchpoint.moment_of_truth {
            ui.label(RichText::new(format!("★ {}", tr::MOMENT_OF_TRUTH.get(lang))).weak());
        }
    });
    if !touched.changes.is_empty() {
        egui::Grid::new(("impact", touched.touchpoint.id.as_str()))
            .num_columns(4)
            .striped(true)
            .spacing([28.0, 6.0])
            .min_col_width(120.0)
            .show(ui, |ui| {
                let reach = format!("{} {period}", tr::COLUMN_REACH_PER.get(lang));
                for heading in [
                    tr::COLUMN_PERSONA.get(lang),
                    tr::COLUMN_EXPERIENCE.get(lang),
                    tr::COLUMN_EFFORT.get(lang),
                    &reach,
                ] {
                    ui.label(RichText::new(heading).weak());
                }
                ui.end_row();
                for change in &touched.changes {
                    change_row_ui(ui, change, lang);
                }
            });
    }
    if !touched.not_used_by.is_empty() {
        let names: Vec<&str> = touched
            .not_used_by
            .iter()
            .map(|p| display_name(&p.name))
            .collect();
        ui.label(
            RichText::new(format!(
                "{}: {}",
                tr::NOT_USED_BY.get(lang),
                names.join(", ")
            ))
            .weak(),
        );
    }
    open
}

fn change_row_ui(ui: &mut egui::Ui, change: &ExperienceChange, lang: Lang) {
    ui.label(display_name(&change.persona.name));
    ui.horizontal(|ui| {
        ui.label(RichText::new(score_transition(change, lang)).strong());
        delta_ui(
            ui,
            change.score_delta(),
            change.score_change,
            tr::BETTER,
            tr::WORSE,
            lang,
        );
    });
    ui.horizontal(|ui| {
        ui.label(RichText::new(effort_transition(change, lang)).strong());
        delta_ui(
            ui,
            change.effort_delta(),
            change.effort_change,
            tr::EASIER,
            tr::HARDER,
            lang,
        );
    });
    ui.label(numbers::percent(change.reach, 0, lang));
    ui.end_row();
}

/// "⏶ +1.5 easier", coloured, with "limit reached" when the scale's end cut the change short.
fn delta_ui(ui: &mut egui::Ui, delta: f64, asked: f64, up: Text, down: Text, lang: Lang) {
    let limited = (delta - asked).abs() > 1e-9;
    let text = if delta > 0.0 {
        format!("{UP} {} {}", numbers::signed(delta, 1, lang), up.get(lang))
    } else if delta < 0.0 {
        format!(
            "{DOWN} {} {}",
            numbers::signed(delta, 1, lang),
            down.get(lang)
        )
    } else {
        format!("= {}", tr::NO_CHANGE.get(lang))
    };
    let color = change_color(ui.visuals(), delta);
    ui.label(RichText::new(text).color(color).strong());
    if limited {
        ui.label(RichText::new(format!("({})", tr::LIMIT_REACHED.get(lang))).weak())
            .on_hover_text(tr::LIMIT_HINT.get(lang));
    }
}
