//! The effects editor of an initiative: one card per effect with its touchpoint (picked by
//! journey stage), the personas it applies to, and its score and effort changes.

use super::impact::{DOWN, Journey, Placed, UP, display_name, placed_name};
use super::persona_chips::personas_ui;
use super::touches::change_color;
use crate::i18n::{Lang, numbers, tr};
use crate::model::{Effect, Id};
use egui::{RichText, Slider, SliderClamping};

/// Largest score change the slider offers, in points on the −5..+5 scale.
const SCORE_CHANGE_LIMIT: f64 = 5.0;

/// Largest effort change the slider offers, in points on the 1–7 CES scale.
const EFFORT_CHANGE_LIMIT: f64 = 3.0;

/// Slider step of both changes.
const CHANGE_STEP: f64 = 0.5;

/// Score change of a new effect: a modest improvement.
const NEW_EFFECT_SCORE_CHANGE: f64 = 1.0;

/// Width of the label column of an effect card.
const LABEL_WIDTH: f32 = 180.0;

/// Draws the effects of an initiative with an Add button. Every change is an edit in place,
/// which the history turns into an undo step.
pub fn effects_ui(ui: &mut egui::Ui, effects: &mut Vec<Effect>, journey: &Journey, lang: Lang) {
    let order = journey.in_journey_order();
    ui.label(RichText::new(tr::EFFECTS_HINT.get(lang)).weak());
    ui.add_space(4.0);
    if effects.is_empty() {
        ui.label(RichText::new(tr::NO_EFFECTS.get(lang)).italics());
    }
    let used: Vec<Id> = effects.iter().map(|e| e.touchpoint.clone()).collect();
    let mut remove = None;
    for (index, effect) in effects.iter_mut().enumerate() {
        let repeated = used.iter().filter(|id| **id == effect.touchpoint).count() > 1;
        ui.push_id(("effect", index), |ui| {
            egui::Frame::group(ui.style())
                .inner_margin(10.0)
                .corner_radius(8.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let card = Card {
                        index,
                        used: &used,
                        repeated,
                        order: &order,
                        journey,
                        lang,
                    };
                    if effect_ui(ui, effect, &card) {
                        remove = Some(index);
                    }
                });
        });
        ui.add_space(4.0);
    }
    if let Some(index) = remove {
        effects.remove(index);
    }
    ui.add_space(4.0);
    let add = ui
        .add_enabled(
            !order.is_empty(),
            egui::Button::new(format!("+ {}", tr::ADD_EFFECT.get(lang))),
        )
        .on_disabled_hover_text(tr::NO_TOUCHPOINTS_YET.get(lang));
    if order.is_empty() {
        ui.label(RichText::new(tr::NO_TOUCHPOINTS_YET.get(lang)).weak());
    }
    if add.clicked()
        && let Some(touchpoint) = first_unused(&order, effects)
    {
        effects.push(Effect {
            touchpoint,
            personas: Vec::new(),
            score_change: NEW_EFFECT_SCORE_CHANGE,
            effort_change: 0.0,
        });
    }
}

/// The first touchpoint in journey order that no effect changes yet, else the first one.
fn first_unused(order: &[Placed], effects: &[Effect]) -> Option<Id> {
    order
        .iter()
        .find(|(_, t)| !effects.iter().any(|e| e.touchpoint == t.id))
        .or(order.first())
        .map(|(_, t)| t.id.clone())
}

/// What one effect card needs besides the effect.
struct Card<'a, 'j> {
    index: usize,
    used: &'a [Id],
    repeated: bool,
    order: &'a [Placed<'j>],
    journey: &'a Journey<'j>,
    lang: Lang,
}

/// One effect; returns true when Remove was clicked.
fn effect_ui(ui: &mut egui::Ui, effect: &mut Effect, card: &Card) -> bool {
    let lang = card.lang;
    let mut remove = false;
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{} {}", tr::EFFECT.get(lang), card.index + 1)).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            remove = ui
                .button(format!("🗑 {}", tr::REMOVE_EFFECT.get(lang)))
                .clicked();
        });
    });
    field_ui(ui, tr::TOUCHPOINT.get(lang), |ui, label| {
        ui.vertical(|ui| {
            touchpoint_picker_ui(ui, effect, card).labelled_by(label);
            if card.journey.touchpoint(&effect.touchpoint).is_none() {
                let hint = format!("⚠ {}", tr::UNKNOWN_TOUCHPOINT_HINT.get(lang));
                ui.label(RichText::new(hint).color(ui.visuals().warn_fg_color));
            } else if card.repeated {
                let hint = format!("ℹ {}", tr::SAME_TOUCHPOINT_HINT.get(lang));
                ui.label(RichText::new(hint).weak());
            }
        });
    });
    field_ui(ui, tr::FOR_PERSONAS.get(lang), |ui, _| {
        personas_ui(ui, &mut effect.personas, card.journey.personas, lang);
    });
    field_ui(ui, tr::SCORE_CHANGE.get(lang), |ui, label| {
        change_slider_ui(ui, &mut effect.score_change, SCORE_CHANGE_LIMIT, lang).labelled_by(label);
        ui.label(direction(
            ui.visuals(),
            effect.score_change,
            tr::BETTER,
            tr::WORSE,
            lang,
        ));
    });
    field_ui(ui, tr::EFFORT_CHANGE.get(lang), |ui, label| {
        change_slider_ui(ui, &mut effect.effort_change, EFFORT_CHANGE_LIMIT, lang)
            .labelled_by(label);
        ui.label(direction(
            ui.visuals(),
            effect.effort_change,
            tr::EASIER,
            tr::HARDER,
            lang,
        ));
    });
    remove
}

/// One line of an effect card: a label in a fixed-width column, then `add_contents`, which
/// gets the label's id (to name its widget) and may wrap onto more lines.
fn field_ui(ui: &mut egui::Ui, label: &str, add_contents: impl FnOnce(&mut egui::Ui, egui::Id)) {
    ui.horizontal_top(|ui| {
        let size = egui::vec2(LABEL_WIDTH, ui.spacing().interact_size.y);
        let label = ui
            .allocate_ui_with_layout(
                size,
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_min_size(size);
                    ui.label(label)
                },
            )
            .inner;
        ui.horizontal_wrapped(|ui| add_contents(ui, label.id));
    });
}

/// The meaning of a change, in words and colour: "⏶ better", "⏷ harder", "no change".
fn direction(
    visuals: &egui::Visuals,
    change: f64,
    up: crate::i18n::Text,
    down: crate::i18n::Text,
    lang: Lang,
) -> RichText {
    if !change.is_finite() || change == 0.0 {
        return RichText::new(tr::NO_CHANGE.get(lang)).weak();
    }
    let (arrow, word) = if change > 0.0 { (UP, up) } else { (DOWN, down) };
    RichText::new(format!("{arrow} {}", word.get(lang)))
        .strong()
        .color(change_color(visuals, change))
}

/// The touchpoint drop-down: touchpoints grouped under their stage, those already changed by
/// another effect marked (still allowed: the changes add up).
fn touchpoint_picker_ui(ui: &mut egui::Ui, effect: &mut Effect, card: &Card) -> egui::Response {
    let lang = card.lang;
    let selected = match card.journey.touchpoint(&effect.touchpoint) {
        Some(touchpoint) => RichText::new(placed_name(
            card.journey.stage_of(touchpoint),
            touchpoint,
            lang,
        )),
        None => RichText::new(format!(
            "⚠ {}: {}",
            tr::UNKNOWN_TOUCHPOINT.get(lang),
            effect.touchpoint
        ))
        .color(ui.visuals().warn_fg_color),
    };
    egui::ComboBox::from_id_salt("effect-touchpoint")
        .selected_text(selected)
        .width(ui.available_width().clamp(240.0, 520.0))
        .height(480.0)
        .truncate()
        .show_ui(ui, |ui| {
            let mut stage_shown: Option<Option<&Id>> = None;
            for (stage, touchpoint) in card.order {
                let stage_id = stage.map(|s| &s.id);
                if stage_shown != Some(stage_id) {
                    stage_shown = Some(stage_id);
                    ui.add_space(4.0);
                    let name = stage.map_or(tr::NO_STAGE.get(lang), |s| s.name.as_str());
                    ui.label(RichText::new(name).strong().small());
                }
                let mine = touchpoint.id == effect.touchpoint;
                let elsewhere = !mine && card.used.contains(&touchpoint.id);
                let name = display_name(&touchpoint.name);
                let text = if elsewhere {
                    RichText::new(format!("{name}   ({})", tr::ALREADY_CHANGED.get(lang))).weak()
                } else {
                    RichText::new(name)
                };
                ui.selectable_value(&mut effect.touchpoint, touchpoint.id.clone(), text);
            }
        })
        .response
}

/// A slider for a change from −`limit` to +`limit` in steps of 0.5, shown signed ("+1.5",
/// "−0.5"). A value outside the range (from a file) is shown as it is until it is edited; a
/// value that is not a number can be reset.
fn change_slider_ui(ui: &mut egui::Ui, value: &mut f64, limit: f64, lang: Lang) -> egui::Response {
    if !value.is_finite() {
        let response = ui.button(tr::SET_TO_ZERO.get(lang));
        ui.label(RichText::new(tr::NOT_A_NUMBER.get(lang)).color(ui.visuals().warn_fg_color));
        if response.clicked() {
            *value = 0.0;
        }
        return response;
    }
    ui.spacing_mut().slider_width = 220.0;
    ui.add(
        Slider::new(value, -limit..=limit)
            .step_by(CHANGE_STEP)
            .clamping(SliderClamping::Edits)
            .custom_formatter(move |v, _| numbers::signed(v, 1, lang))
            .custom_parser(parse_number),
    )
}

/// Reads a number typed with either decimal mark and either minus sign ("+1,5", "−2").
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '+')
        .map(|c| match c {
            '−' => '-',
            ',' => '.',
            other => other,
        })
        .collect();
    cleaned.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_read_in_either_language() {
        assert_eq!(parse_number("+1,5"), Some(1.5));
        assert_eq!(parse_number("−2.0"), Some(-2.0));
        assert_eq!(parse_number("abc"), None);
    }
}
