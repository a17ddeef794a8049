//! The Personas workspace: the list (add, duplicate, delete, reorder), an editor for every
//! persona field, and a card view large enough for a projector.

use super::avatar::{self, avatar_ui};
use super::item_list::{keep_selection, list_buttons, side_list};
use super::plots::needs_plot_ui;
use super::style::{section, series_color};
use super::widgets::{multiline_row, number_field, number_slider, select_all, text_list, text_row};
use super::{Env, View, WorkspaceView};
use crate::context::Action;
use crate::i18n::{Lang, Text, t, tr};
use crate::model::catalog::{self, BUILTIN_AVATARS, CHANNELS};
use crate::model::edit::ListKind;
use crate::model::{Avatar, Channel, Id, LoyaltyType, Need, Period, Persona, Project, Target};
use egui::{RichText, Slider};

/// What the Personas workspace remembers between frames.
#[derive(Default)]
pub struct PersonasState {
    /// The persona shown.
    pub selected: Option<Id>,
    /// Show the card instead of the editor.
    pub card_view: bool,
    /// Text of a new "other" channel being typed.
    pub other_channel: String,
    /// Put the cursor in the name field, its text selected (after Add persona).
    pub focus_name: bool,
}

impl WorkspaceView for PersonasState {
    const NAME: &'static str = "personas";
    const LABEL: Text = tr::WS_PERSONAS;
    const SUMMARY: Text = tr::WS_PERSONAS_SUMMARY;
    const VIEWS: &'static [View] = &[
        View {
            name: "edit",
            label: tr::VIEW_EDIT,
        },
        View {
            name: "card",
            label: tr::VIEW_CARD,
        },
    ];

    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
        personas_ui(ui, project, self, env);
    }

    fn shows(target: &Target) -> bool {
        matches!(target, Target::Persona(_))
    }

    fn open(&mut self, target: &Target) {
        if let Target::Persona(id) = target {
            self.selected = Some(id.clone());
        }
    }

    fn open_view(&mut self, name: &str) -> bool {
        match name {
            "edit" => self.card_view = false,
            "card" => self.card_view = true,
            _ => return false,
        }
        true
    }

    fn view(&self) -> &'static str {
        if self.card_view { "card" } else { "edit" }
    }

    fn added(&mut self, id: &Id) {
        self.selected = Some(id.clone());
        self.card_view = false;
        self.focus_name = true;
    }
}

/// Draws the Personas workspace.
pub fn personas_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    state: &mut PersonasState,
    env: &mut Env,
) {
    let lang = env.lang;
    // Keep the selection on an existing persona.
    let selected_index = keep_selection(&project.personas, |x| &x.id, &mut state.selected);

    let title = tr::WS_PERSONAS.get(lang);
    side_list(ui, "persona-list", title, 260.0, lang, |ui| {
        list_ui(ui, project, state, env)
    });

    egui::CentralPanel::default().show(ui, |ui| {
        let Some(index) = selected_index else {
            ui.add_space(40.0);
            ui.vertical_centered(|ui| {
                ui.label(RichText::new(tr::NO_PERSONAS.get(lang)).size(18.0));
                ui.add_space(12.0);
                if ui
                    .button(format!("+ {}", tr::ADD_PERSONA.get(lang)))
                    .clicked()
                {
                    env.actions
                        .push(Action::add(ListKind::Personas, None, lang));
                }
            });
            return;
        };
        ui.horizontal(|ui| {
            ui.selectable_value(&mut state.card_view, false, tr::VIEW_EDIT.get(lang));
            ui.selectable_value(&mut state.card_view, true, tr::VIEW_CARD.get(lang));
        });
        ui.separator();
        let currency = project.meta.currency.clone();
        let period = project.settings.period;
        let persona = &mut project.personas[index];
        if state.card_view {
            // Sideways too: the card keeps a readable width on a narrow screen.
            egui::ScrollArea::both().show(ui, |ui| {
                super::persona_card::card_ui(ui, persona, index, env);
            });
        } else {
            egui::ScrollArea::vertical().show(ui, |ui| {
                editor_ui(ui, persona, index, (&currency, period), state, env);
            });
        }
    });
}

fn list_ui(ui: &mut egui::Ui, project: &Project, state: &mut PersonasState, env: &mut Env) {
    let lang = env.lang;
    list_buttons(
        ui,
        project,
        ListKind::Personas,
        state.selected.as_ref(),
        tr::ADD_PERSONA.get(lang),
        env,
    );
    // Only the visible rows are laid out, so a list of hundreds costs no more than a screenful.
    let row_height = LIST_ROW_HEIGHT + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical().show_rows(ui, row_height, project.personas.len(), |ui, rows| {
        for persona in &project.personas[rows] {
            let selected = state.selected.as_ref() == Some(&persona.id);
            if list_row(ui, persona, selected, lang, env).clicked() {
                state.selected = Some(persona.id.clone());
            }
        }
    });
}

/// One row of the list: avatar, name, and generation or tagline. Clickable.
/// Height of one row of the persona list.
const LIST_ROW_HEIGHT: f32 = 52.0;

fn list_row(
    ui: &mut egui::Ui,
    persona: &Persona,
    selected: bool,
    lang: Lang,
    env: &mut Env,
) -> egui::Response {
    let height = LIST_ROW_HEIGHT;
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), height),
        egui::Sense::click(),
    );
    let visuals = ui.style().interact_selectable(&response, selected);
    if selected || response.hovered() {
        ui.painter().rect_filled(rect, 6.0, visuals.bg_fill);
    }
    super::widgets::focus_ring(ui, &response, rect);
    let avatar_rect =
        egui::Rect::from_min_size(rect.min + egui::vec2(6.0, 6.0), egui::Vec2::splat(40.0));
    avatar::paint(ui, avatar_rect, persona, env.textures);
    let text_x = avatar_rect.right() + 10.0;
    let name = if persona.name.trim().is_empty() {
        "—"
    } else {
        persona.name.as_str()
    };
    ui.painter().text(
        egui::pos2(text_x, rect.top() + 8.0),
        egui::Align2::LEFT_TOP,
        name,
        egui::FontId::proportional(16.0),
        visuals.text_color(),
    );
    let detail = persona
        .generation()
        .map(|g| catalog::generation_label(g, lang).to_string())
        .unwrap_or_else(|| persona.tagline.clone());
    ui.painter().text(
        egui::pos2(text_x, rect.top() + 29.0),
        egui::Align2::LEFT_TOP,
        detail,
        egui::FontId::proportional(13.0),
        ui.visuals().weak_text_color(),
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, name));
    response
}

fn editor_ui(
    ui: &mut egui::Ui,
    persona: &mut Persona,
    index: usize,
    (currency, period): (&str, Period),
    state: &mut PersonasState,
    env: &mut Env,
) {
    let lang = env.lang;
    ui.horizontal(|ui| {
        avatar_ui(ui, persona, 96.0, env.textures);
        ui.vertical(|ui| {
            ui.add_space(8.0);
            ui.label(RichText::new(&persona.name).size(26.0).strong());
            ui.label(RichText::new(&persona.tagline).size(16.0).weak());
        });
    });

    section(ui, tr::PERSONA_DETAILS.get(lang));
    details_ui(ui, persona, state, lang);

    section(ui, tr::AVATAR.get(lang));
    avatar_picker(ui, persona, env);

    ui.columns(2, |columns| {
        text_list(
            &mut columns[0],
            tr::GOALS.get(lang),
            &mut persona.goals,
            tr::ADD_GOAL.get(lang),
            tr::REMOVE.get(lang),
        );
        text_list(
            &mut columns[1],
            tr::FRUSTRATIONS.get(lang),
            &mut persona.frustrations,
            tr::ADD_FRUSTRATION.get(lang),
            tr::REMOVE.get(lang),
        );
    });

    section(ui, tr::PREFERRED_CHANNELS.get(lang));
    channels_ui(ui, persona, state, env);

    section(ui, tr::NEEDS.get(lang));
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(360.0);
            egui::Grid::new("needs")
                .num_columns(2)
                .spacing([12.0, 10.0])
                .show(ui, |ui| {
                    for need in Need::ALL {
                        let label = ui.label(catalog::need_label(need, lang));
                        ui.add(Slider::new(persona.needs.get_mut(need), 0..=5))
                            .labelled_by(label.id);
                        ui.end_row();
                    }
                });
        });
        ui.vertical(|ui| {
            needs_plot_ui(
                ui,
                "needs-plot",
                persona,
                series_color(index),
                300.0,
                lang,
                Some(env.actions),
            );
        });
    });
    egui::Grid::new("needs-note")
        .num_columns(2)
        .spacing([16.0, 8.0])
        .min_col_width(150.0)
        .show(ui, |ui| {
            multiline_row(
                ui,
                lang,
                t("Why these needs", "Waarom deze behoeften").get(lang),
                &mut persona.needs.note,
                2,
            );
        });

    section(ui, tr::SEGMENT.get(lang));
    segment_ui(ui, persona, (currency, period), lang);
    ui.add_space(20.0);
}

/// Who the persona is: name, tagline, quote, bio, birth year and kind of loyalty.
fn details_ui(ui: &mut egui::Ui, persona: &mut Persona, state: &mut PersonasState, lang: Lang) {
    egui::Grid::new("persona-fields")
        .num_columns(2)
        .spacing([16.0, 8.0])
        .min_col_width(150.0)
        .show(ui, |ui| {
            let name = text_row(ui, lang, tr::NAME.get(lang), &mut persona.name);
            if std::mem::take(&mut state.focus_name) {
                select_all(ui, &name, persona.name.chars().count());
            }
            text_row(ui, lang, tr::TAGLINE.get(lang), &mut persona.tagline);
            multiline_row(ui, lang, tr::QUOTE.get(lang), &mut persona.quote, 2);
            multiline_row(ui, lang, tr::BIO.get(lang), &mut persona.bio, 4);
            birth_year_row(ui, persona, lang);
            let label = ui.label(tr::LOYALTY.get(lang));
            ui.horizontal(|ui| {
                for loyalty in LoyaltyType::ALL {
                    ui.radio_value(
                        &mut persona.loyalty,
                        loyalty,
                        catalog::loyalty_label(loyalty, lang),
                    );
                }
            })
            .response
            .labelled_by(label.id);
            ui.end_row();
        });
}

/// The persona's customers as a segment: how many there are and could be, the share of
/// active-loyal ones at the start, and what each spends.
fn segment_ui(
    ui: &mut egui::Ui,
    persona: &mut Persona,
    (currency, period): (&str, Period),
    lang: Lang,
) {
    ui.label(RichText::new(tr::SEGMENT_HINT.get(lang)).weak());
    egui::Grid::new("segment")
        .num_columns(2)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            let segment = &mut persona.segment;
            let before = segment.clone();
            let label = ui.label(tr::CUSTOMERS.get(lang));
            ui.add(number_field(
                egui::DragValue::new(&mut segment.customers)
                    .speed(10.0)
                    .range(0..=u64::MAX),
                lang,
            ))
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr::PROSPECTS.get(lang));
            ui.add(number_field(
                egui::DragValue::new(&mut segment.prospects)
                    .speed(100.0)
                    .range(0..=u64::MAX),
                lang,
            ))
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr::ACTIVE_SHARE.get(lang));
            let mut percent = segment.active_loyal_share * 100.0;
            let response = ui
                .add(number_slider(
                    Slider::new(&mut percent, 0.0..=100.0)
                        .suffix(" %")
                        .max_decimals(1),
                    lang,
                ))
                .labelled_by(label.id)
                .on_hover_text(
                    t(
                        "Share of this persona's customers who are active loyal at the start. Calibrating to a survey wave (Metrics) sets it to where the model holds it steady.",
                        "Aandeel van de klanten van deze persona dat aan het begin actief loyaal is. Kalibreren op een meting (Metingen) zet het op waar het model het vasthoudt.",
                    )
                    .get(lang),
                );
            if response.changed() {
                segment.active_loyal_share = (percent / 100.0).clamp(0.0, 1.0);
            }
            ui.end_row();
            let label = ui.label(tr::SPEND_PER_PERIOD.get(lang));
            ui.add(number_field(
                egui::DragValue::new(&mut segment.spend_per_period)
                    .speed(0.5)
                    .range(0.0..=1e9)
                    .fixed_decimals(2)
                    .prefix(format!("{currency} "))
                    .suffix(format!(
                        " {}",
                        catalog::per_customer_per_period(period, lang)
                    )),
                lang,
            ))
            .labelled_by(label.id);
            ui.end_row();
            // Any of the numbers edited: they are the team's own from now on.
            if *segment != before {
                segment.is_default = false;
            }
        });
    if persona.segment.is_default {
        ui.label(RichText::new(SEGMENT_DEFAULT.get(lang)).weak().italics());
    }
}

/// Said under a new persona's numbers until the team enters its own.
const SEGMENT_DEFAULT: Text = t(
    "These are the app's placeholders, not your numbers: enter your own customers (your \
     customer file or CRM), prospects (the people in your market who could buy), the share who \
     are active loyal (from a survey, typically 10–40 %) and spend per customer (revenue over \
     customers). Overview lists them until then.",
    "Dit zijn plaatshouders van de app, niet uw cijfers: vul uw eigen klanten in (uw \
     klantenbestand of CRM), prospects (de mensen in uw markt die zouden kunnen kopen), het \
     aandeel actief loyale klanten (uit een meting, meestal 10–40 %) en de besteding per klant \
     (omzet gedeeld door klanten). Overzicht noemt ze tot dan.",
);

fn birth_year_row(ui: &mut egui::Ui, persona: &mut Persona, lang: Lang) {
    let label = ui.label(tr::BIRTH_YEAR.get(lang));
    ui.horizontal(|ui| match persona.birth_year {
        Some(mut year) => {
            let response = ui
                .add(
                    egui::DragValue::new(&mut year)
                        .range(1900..=2100)
                        .speed(0.2),
                )
                .labelled_by(label.id);
            if response.changed() {
                persona.birth_year = Some(year);
            }
            let generation = persona
                .generation()
                .map(|g| catalog::generation_label(g, lang))
                .unwrap_or(tr::NO_GENERATION.get(lang));
            ui.label(RichText::new(format!("{}: {generation}", tr::GENERATION.get(lang))).strong());
            if ui.small_button(tr::CLEAR.get(lang)).clicked() {
                persona.birth_year = None;
            }
        }
        None => {
            if ui
                .button(tr::SET_BIRTH_YEAR.get(lang))
                .labelled_by(label.id)
                .clicked()
            {
                persona.birth_year = Some(1985);
            }
        }
    });
    ui.end_row();
}

fn avatar_picker(ui: &mut egui::Ui, persona: &mut Persona, env: &mut Env) {
    let lang = env.lang;
    ui.horizontal_wrapped(|ui| {
        for info in &BUILTIN_AVATARS {
            let selected = matches!(&persona.avatar, Avatar::Builtin(key) if key == info.key);
            let (rect, response) =
                ui.allocate_exact_size(egui::Vec2::splat(44.0), egui::Sense::click());
            if selected {
                ui.painter().circle_stroke(
                    rect.center(),
                    22.0,
                    egui::Stroke::new(3.0, ui.visuals().selection.stroke.color),
                );
            }
            avatar::paint_builtin(ui.painter(), rect.shrink(3.0), info);
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, info.key)
            });
            if response.on_hover_text(info.key).clicked() {
                persona.avatar = Avatar::Builtin(info.key.to_string());
            }
        }
        if ui
            .selectable_label(
                matches!(persona.avatar, Avatar::None),
                tr::NO_PICTURE.get(lang),
            )
            .clicked()
        {
            persona.avatar = Avatar::None;
        }
        if ui.button(tr::IMPORT_PICTURE.get(lang)).clicked() {
            env.actions.push(Action::ImportPicture(persona.id.clone()));
        }
    });
}

fn channels_ui(ui: &mut egui::Ui, persona: &mut Persona, state: &mut PersonasState, env: &mut Env) {
    let lang = env.lang;
    if let Some(generation) = persona.generation() {
        let info = catalog::generation_info(generation);
        let listed: Vec<Channel> = info.channels.to_vec();
        let names: Vec<String> = listed
            .iter()
            .map(|c| catalog::channel_label(c, lang))
            .collect();
        if listed.is_empty() {
        } else if persona.preferred_channels == listed {
            ui.label(
                RichText::new(format!(
                    "✔ {} {} ({}): {}",
                    tr::CHANNELS_MATCH.get(lang),
                    info.label.get(lang),
                    tr::CHANNELS_SOURCE.get(lang),
                    names.join(", ")
                ))
                .weak(),
            );
        } else if ui
            .button(format!(
                "{} {} ({}): {}",
                tr::PREFILL_CHANNELS.get(lang),
                info.label.get(lang),
                tr::CHANNELS_SOURCE.get(lang),
                names.join(", ")
            ))
            .clicked()
        {
            env.actions
                .push(Action::SetChannels(persona.id.clone(), listed));
        }
    }
    let mut shown: Vec<Channel> = CHANNELS.to_vec();
    for channel in &persona.preferred_channels {
        if !shown.contains(channel) {
            shown.push(channel.clone());
        }
    }
    ui.horizontal_wrapped(|ui| {
        for channel in shown {
            let mut on = persona.preferred_channels.contains(&channel);
            if ui
                .checkbox(&mut on, catalog::channel_label(&channel, lang))
                .changed()
            {
                if on {
                    persona.preferred_channels.push(channel);
                } else {
                    persona.preferred_channels.retain(|c| *c != channel);
                }
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr::OTHER_CHANNEL.get(lang));
        let response = ui
            .add(egui::TextEdit::singleline(&mut state.other_channel).desired_width(200.0))
            .labelled_by(label.id);
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(tr::ADD_ITEM.get(lang)).clicked() || entered)
            && !state.other_channel.trim().is_empty()
        {
            let channel = Channel::Other(state.other_channel.trim().to_string());
            if !persona.preferred_channels.contains(&channel) {
                persona.preferred_channels.push(channel);
            }
            state.other_channel.clear();
        }
    });
}
