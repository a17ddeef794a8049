//! A persona card: large and clear enough to show on a projector in a workshop.

use super::Env;
use super::avatar;
use super::plots::needs_plot_ui;
use super::style::series_color;
use super::widgets::bounded;
use crate::charts::persona_card::{Fact, facts};
use crate::i18n::{Lang, tr};
use crate::model::Persona;
use egui::{Color32, RichText};

/// Narrowest the card gets: below this it scrolls sideways instead of squeezing its text.
pub const MIN_CARD_WIDTH: f32 = 420.0;
/// Width of the column with the picture and the facts.
const SIDE_COLUMN: f32 = 300.0;
/// Below this width the picture and facts go above the story instead of beside it.
const SIDE_BY_SIDE_WIDTH: f32 = SIDE_COLUMN + 24.0 + 380.0;
/// Below this width goals and frustrations go one under the other.
const TWO_COLUMNS_WIDTH: f32 = 380.0;

/// Draws the card of `persona` (the `index`-th, for its colour). On a narrow screen (a
/// projector at a large zoom) its two columns stack, so no text is squeezed to a word a line.
pub fn card_ui(ui: &mut egui::Ui, persona: &Persona, index: usize, env: &mut Env) {
    let lang = env.lang;
    let accent = series_color(index);
    egui::Frame::group(ui.style())
        .inner_margin(24.0)
        .corner_radius(12.0)
        .stroke(egui::Stroke::new(2.0, accent))
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width().max(MIN_CARD_WIDTH));
            if ui.available_width() >= SIDE_BY_SIDE_WIDTH {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(SIDE_COLUMN);
                        identity_ui(ui, persona, lang, accent, env);
                    });
                    ui.add_space(24.0);
                    ui.vertical(|ui| story_ui(ui, persona, lang, accent));
                });
            } else {
                identity_ui(ui, persona, lang, accent, env);
                ui.add_space(16.0);
                story_ui(ui, persona, lang, accent);
            }
        });
}

/// Picture, name, facts and channels.
fn identity_ui(ui: &mut egui::Ui, persona: &Persona, lang: Lang, accent: Color32, env: &mut Env) {
    avatar::avatar_ui(ui, persona, 200.0, env.textures);
    ui.add_space(10.0);
    ui.label(RichText::new(&persona.name).size(34.0).strong());
    ui.label(RichText::new(&persona.tagline).size(19.0).weak());
    ui.add_space(8.0);
    let facts = facts(persona, lang);
    facts_ui(ui, &facts, lang, accent);
    ui.add_space(12.0);
    for fact in &facts {
        if let Fact::Channels(channels) = fact {
            channels_ui(ui, channels, lang);
        }
    }
}

/// The preferred channels under their heading (the heading also when there are none, as a
/// prompt).
fn channels_ui(ui: &mut egui::Ui, channels: &[String], lang: Lang) {
    ui.label(
        RichText::new(tr::PREFERRED_CHANNELS.get(lang))
            .size(17.0)
            .strong(),
    );
    for channel in channels {
        ui.label(RichText::new(format!("• {channel}")).size(17.0));
    }
}

/// Quote, bio, goals and frustrations, and the needs.
fn story_ui(ui: &mut egui::Ui, persona: &Persona, lang: Lang, accent: Color32) {
    if !persona.quote.trim().is_empty() {
        egui::Frame::new()
            .fill(accent.gamma_multiply(0.15))
            .inner_margin(14.0)
            .corner_radius(8.0)
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                ui.label(
                    RichText::new(format!("“{}”", bounded(persona.quote.trim())))
                        .size(23.0)
                        .italics(),
                );
            });
        ui.add_space(12.0);
    }
    ui.label(RichText::new(bounded(&persona.bio)).size(18.0));
    ui.add_space(14.0);
    let goals = |ui: &mut egui::Ui| {
        let green = Color32::from_rgb(0x2E, 0x7D, 0x32);
        bullets(ui, tr::GOALS.get(lang), &persona.goals, "✔", green);
    };
    let frustrations = |ui: &mut egui::Ui| {
        let red = Color32::from_rgb(0xC6, 0x28, 0x28);
        bullets(
            ui,
            tr::FRUSTRATIONS.get(lang),
            &persona.frustrations,
            "✖",
            red,
        );
    };
    if ui.available_width() >= TWO_COLUMNS_WIDTH {
        ui.columns(2, |columns| {
            goals(&mut columns[0]);
            frustrations(&mut columns[1]);
        });
    } else {
        goals(ui);
        ui.add_space(10.0);
        frustrations(ui);
    }
    ui.add_space(14.0);
    needs_plot_ui(ui, "card-needs-plot", persona, accent, 280.0, lang, None);
}

/// The short facts as chips in a row.
fn facts_ui(ui: &mut egui::Ui, facts: &[Fact], lang: Lang, accent: Color32) {
    ui.horizontal_wrapped(|ui| {
        for fact in facts {
            match fact {
                Fact::Born { generation, year } => chip(
                    ui,
                    &format!(
                        "{} · {} {year}",
                        generation.unwrap_or_default(),
                        tr::BORN.get(lang)
                    ),
                    accent,
                ),
                Fact::Loyalty(label) => chip(ui, label, accent),
                // The channels go in a list under the chips.
                Fact::Channels(_) => {}
                // On screen the segment's size stays in the Edit view (as before); the
                // slide shows it.
                Fact::Customers(_) => {}
            }
        }
    });
}

fn chip(ui: &mut egui::Ui, text: &str, color: Color32) {
    egui::Frame::new()
        .fill(color.gamma_multiply(0.2))
        .corner_radius(12.0)
        .inner_margin(egui::Margin::symmetric(10, 4))
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(text).size(15.0)).extend());
        });
}

fn bullets(ui: &mut egui::Ui, title: &str, items: &[String], mark: &str, color: Color32) {
    ui.label(RichText::new(title).size(19.0).strong());
    for item in items.iter().filter(|i| !i.trim().is_empty()) {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(mark).size(17.0).color(color));
            ui.label(RichText::new(item).size(17.0));
        });
    }
}
