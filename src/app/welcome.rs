//! The welcome screen, on first start and on File → New: start from the sample, from a
//! template (cards with what each holds), or empty; open a file; a recent file. It can be
//! turned off; Help → Welcome brings it back.

use super::files::Intent;
use crate::i18n::{Lang, t};
use crate::store::templates::{ALL, Template};
use egui::{Button, RichText};
use std::path::PathBuf;

/// What the welcome screen starts: the sample, or a template by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Start {
    Sample,
    Template(&'static str),
}

/// A card: what a start holds, in words.
struct Card {
    start: Start,
    title: String,
    summary: String,
    counts: String,
    people: String,
}

/// The welcome screen's state.
pub struct Welcome {
    /// The language the project's content is written in (the cards follow it).
    pub lang: Lang,
    /// Whether unsaved changes were dealt with before it opened (File → New); otherwise a
    /// choice asks first (Help → Welcome).
    pub asked: bool,
    cards: Option<(Lang, Vec<Card>)>,
}

/// What was chosen.
pub enum WelcomeChoice {
    /// Still choosing.
    Keep,
    /// Closed: the open project stays.
    Close,
    /// Carry this out (asking about unsaved changes unless that was done).
    Then(Intent),
}

impl Welcome {
    /// The welcome screen, its content in `lang`.
    pub fn new(lang: Lang, asked: bool) -> Self {
        Welcome {
            lang,
            asked,
            cards: None,
        }
    }

    fn cards(&mut self, ui_lang: Lang) -> &[Card] {
        let lang = self.lang;
        if self.cards.as_ref().is_none_or(|(l, _)| *l != lang) {
            let mut cards = Vec::new();
            if let Ok(sample) = crate::store::embedded_sample() {
                cards.push(card(
                    Start::Sample,
                    t("The sample: a hotel group", "Het voorbeeld: een hotelgroep").get(ui_lang),
                    &sample,
                    ui_lang,
                ));
            }
            for template in ALL {
                if let Ok(project) = template.project(lang) {
                    cards.push(card(
                        Start::Template(template.name),
                        template.title.get(lang),
                        &project,
                        ui_lang,
                    ));
                }
            }
            self.cards = Some((lang, cards));
        }
        self.cards
            .as_ref()
            .map_or(&[], |(_, cards)| cards.as_slice())
    }
}

fn card(start: Start, title: &str, project: &crate::model::Project, lang: Lang) -> Card {
    let people: Vec<&str> = project
        .personas
        .iter()
        .map(|p| p.name.split_whitespace().next().unwrap_or_default())
        .collect();
    Card {
        start,
        title: title.to_string(),
        summary: Template::summary(project),
        counts: t(
            "{personas} personas · {stages} stages · {touchpoints} touchpoints · {slides} slides",
            "{personas} persona's · {stages} fases · {touchpoints} touchpoints · {slides} dia's",
        )
        .fill(
            lang,
            &[
                ("personas", &project.personas.len()),
                ("stages", &project.stages.len()),
                ("touchpoints", &project.touchpoints.len()),
                ("slides", &project.slides.len()),
            ],
        ),
        people: people.join(", "),
    }
}

/// Draws the welcome screen; returns the choice. `show_again` is the setting that shows it at
/// start and on File → New.
pub fn welcome_ui(
    welcome: &mut Welcome,
    ctx: &egui::Context,
    lang: Lang,
    recent: &[PathBuf],
    show_again: &mut bool,
) -> WelcomeChoice {
    let mut choice = WelcomeChoice::Keep;
    let screen = ctx.content_rect();
    let response = egui::Modal::new(egui::Id::unique("welcome")).show(ctx, |ui| {
        let width = (screen.width() - 80.0).clamp(320.0, 980.0);
        ui.set_width(width);
        ui.set_max_width(width);
        ui.heading(t("Start a project", "Een project beginnen").get(lang));
        ui.label(t(
            "Start from a complete example in a sector like yours and make it your own: rename the company, adjust the personas and their scores, keep what fits. Or start empty.",
            "Begin met een compleet voorbeeld uit een sector zoals de jouwe en maak het je eigen: geef het bedrijf je naam, pas de persona's en hun scores aan, houd wat past. Of begin leeg.",
        ).get(lang));
        ui.horizontal(|ui| {
            ui.label(t("Content in:", "Inhoud in:").get(lang));
            for choice_lang in Lang::ALL {
                ui.radio_value(&mut welcome.lang, choice_lang, choice_lang.native_name());
            }
        });
        ui.add_space(6.0);
        let max_height = (screen.height() - 260.0).max(160.0);
        egui::ScrollArea::vertical()
            .max_height(max_height)
            .show(ui, |ui| {
                let columns = ((ui.available_width() / 300.0).floor() as usize).clamp(1, 3);
                let card_width = ui.available_width() / columns as f32 - 16.0;
                let content = welcome.lang;
                egui::Grid::new("welcome-cards")
                    .num_columns(columns)
                    .spacing([10.0, 10.0])
                    .show(ui, |ui| {
                        for (i, card) in welcome.cards(lang).iter().enumerate() {
                            egui::Frame::group(ui.style()).show(ui, |ui| {
                                ui.vertical(|ui| {
                                    ui.set_width(card_width);
                                    let title = RichText::new(&card.title).strong().size(16.0);
                                    if ui.add(Button::new(title)).clicked() {
                                        choice = WelcomeChoice::Then(match card.start {
                                            Start::Sample => Intent::OpenSample,
                                            Start::Template(name) => {
                                                Intent::Template(name, content)
                                            }
                                        });
                                    }
                                    ui.add(egui::Label::new(&card.summary).wrap());
                                    ui.add(egui::Label::new(RichText::new(&card.counts).weak()).wrap());
                                    ui.add(
                                        egui::Label::new(RichText::new(&card.people).weak().small())
                                            .wrap(),
                                    );
                                });
                            });
                            if (i + 1) % columns == 0 {
                                ui.end_row();
                            }
                        }
                    });
            });
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(t("Empty project", "Leeg project").get(lang)).clicked() {
                choice = WelcomeChoice::Then(Intent::Empty(welcome.lang));
            }
            if ui.button(t("Open a file…", "Een bestand openen…").get(lang)).clicked() {
                choice = WelcomeChoice::Then(Intent::Open(None));
            }
        });
        if !recent.is_empty() {
            ui.add_space(4.0);
            ui.label(RichText::new(t("Recent files", "Recente bestanden").get(lang)).strong());
            for path in recent.iter().take(5) {
                let name = path.display().to_string();
                if ui.link(name).clicked() {
                    choice = WelcomeChoice::Then(Intent::Open(Some(path.clone())));
                }
            }
        }
        ui.add_space(8.0);
        ui.separator();
        ui.horizontal(|ui| {
            ui.checkbox(
                show_again,
                t(
                    "Show this at start and on File › New (Help › Welcome always does)",
                    "Toon dit bij het starten en bij Bestand › Nieuw (Help › Welkom altijd)",
                )
                .get(lang),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(t("Close", "Sluiten").get(lang)).clicked() {
                    choice = WelcomeChoice::Close;
                }
            });
        });
    });
    if matches!(choice, WelcomeChoice::Keep) && response.should_close() {
        choice = WelcomeChoice::Close;
    }
    choice
}
