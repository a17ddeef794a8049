//! The touchpoint editor: every field — name, description, stage, channel, ownership,
//! experiential elements, pain points and opportunities, moment of truth — and per persona
//! whether they use it, with score, effort and reach; the initiatives that change it.

use super::JourneyState;
use super::words::{effort_word, ownership_hint, score_word};
use crate::context::Action;
use crate::i18n::{Lang, Text, numbers, t, tr};
use crate::model::catalog::{CHANNELS, channel_label, element_label, ownership_label};
use crate::model::edit::ListKind;
use crate::model::journey::{MAX_EFFORT, MAX_SCORE, MIN_EFFORT, MIN_SCORE};
use crate::model::{
    Channel, Experience, ExperientialElement, Initiative, Ownership, Persona, Project, Stage,
    Target, Touchpoint,
};
use crate::ui::Env;
use crate::ui::style::section;
use crate::ui::widgets::{multiline_row, number_slider, select_all, text_list, text_row};
use egui::{RichText, Slider};

/// Draws the editor of the selected touchpoint.
pub fn editor_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    state: &mut JourneyState,
    env: &mut Env,
) {
    let lang = env.lang;
    let Some(id) = state.selected.clone() else {
        return;
    };
    let can_up = crate::model::edit::can_move(project, ListKind::Touchpoints, &id, -1);
    let can_down = crate::model::edit::can_move(project, ListKind::Touchpoints, &id, 1);
    let Project {
        personas,
        stages,
        touchpoints,
        initiatives,
        ..
    } = project;
    let Some(index) = touchpoints.iter().position(|t| t.id == id) else {
        return;
    };
    let touchpoint = &mut touchpoints[index];
    if heading_ui(ui, t("Touchpoint", "Touchpoint").get(lang), lang) {
        state.selected = None;
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr::DUPLICATE.get(lang)).clicked() {
            env.actions
                .push(Action::duplicate(ListKind::Touchpoints, &id, lang));
        }
        if ui.button(tr::DELETE.get(lang)).clicked() {
            env.actions.push(Action::delete(ListKind::Touchpoints, &id));
        }
        for (step, icon, hint, can) in [
            (-1, "⬆", tr::MOVE_UP, can_up),
            (1, "⬇", tr::MOVE_DOWN, can_down),
        ] {
            if ui
                .add_enabled(can, egui::Button::new(icon))
                .on_hover_text(hint.get(lang))
                .clicked()
            {
                env.actions
                    .push(Action::move_by(ListKind::Touchpoints, &id, step));
            }
        }
    });
    let target = Target::Touchpoint(id.clone());
    for problem in env.problems.iter().filter(|p| p.target == target) {
        ui.label(
            RichText::new(format!("⚠ {}", problem.describe(lang)))
                .color(ui.visuals().warn_fg_color),
        );
    }
    fields_ui(ui, touchpoint, stages, state, lang);
    section(ui, t("Per persona", "Per persona").get(lang));
    personas_ui(ui, touchpoint, personas, lang);
    section(
        ui,
        t(
            "Initiatives that change it",
            "Initiatieven die het veranderen",
        )
        .get(lang),
    );
    initiatives_ui(ui, &touchpoint.id, initiatives, env);
    ui.add_space(16.0);
}

/// An editor's heading with a button that closes it; returns whether it was clicked.
pub(super) fn heading_ui(ui: &mut egui::Ui, title: &str, lang: Lang) -> bool {
    let mut close = false;
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).strong().size(18.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            close = ui
                .button("🗙")
                .on_hover_text(t("Close the editor", "Sluit de editor").get(lang))
                .clicked();
        });
    });
    close
}

fn fields_ui(
    ui: &mut egui::Ui,
    touchpoint: &mut Touchpoint,
    stages: &[Stage],
    state: &mut JourneyState,
    lang: Lang,
) {
    egui::Grid::new("touchpoint-fields").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
        let name = text_row(ui, lang, tr::NAME.get(lang), &mut touchpoint.name);
        if std::mem::take(&mut state.focus_name) {
            select_all(ui, &name, touchpoint.name.chars().count());
        }
        multiline_row(ui, lang, tr::DESCRIPTION.get(lang), &mut touchpoint.description, 2);
        let label = ui.label(t("Stage", "Fase").get(lang));
        let current = stages.iter().find(|s| s.id == touchpoint.stage).map_or("—", |s| s.name.as_str());
        egui::ComboBox::from_id_salt("touchpoint-stage")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for stage in stages {
                    ui.selectable_value(&mut touchpoint.stage, stage.id.clone(), &stage.name);
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
        let label = ui.label(t("Channel", "Kanaal").get(lang));
        channel_ui(ui, &mut touchpoint.channel, lang).labelled_by(label.id);
        ui.end_row();
        let label = ui.label(t("Ownership", "Eigenaarschap").get(lang)).on_hover_text(t(
            "Who owns and controls this touchpoint (Lemon & Verhoef 2016).",
            "Wie dit touchpoint bezit en stuurt (Lemon & Verhoef 2016).",
        ).get(lang));
        egui::ComboBox::from_id_salt("touchpoint-ownership")
            .selected_text(ownership_label(touchpoint.ownership, lang))
            .show_ui(ui, |ui| {
                for ownership in Ownership::ALL {
                    ui.selectable_value(&mut touchpoint.ownership, ownership, ownership_label(ownership, lang))
                        .on_hover_text(ownership_hint(ownership, lang));
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
        ui.label(t("Elements", "Elementen").get(lang)).on_hover_text(t(
            "The experiential elements it works on (Schmitt 1999): the senses, feelings, thinking, acting, relating to others.",
            "De belevingselementen waarop het werkt (Schmitt 1999): zintuigen, gevoel, denken, doen, relatie met anderen.",
        ).get(lang));
        ui.horizontal_wrapped(|ui| {
            for element in ExperientialElement::ALL {
                let mut on = touchpoint.elements.contains(&element);
                if ui.checkbox(&mut on, element_label(element, lang)).changed() {
                    if on {
                        touchpoint.elements.push(element);
                        touchpoint.elements.sort_by_key(|e| ExperientialElement::ALL.iter().position(|x| x == e));
                    } else {
                        touchpoint.elements.retain(|e| *e != element);
                    }
                }
            }
        });
        ui.end_row();
        ui.label("");
        ui.checkbox(&mut touchpoint.moment_of_truth, t("⭐ Moment of truth", "⭐ Moment van de waarheid").get(lang))
            .on_hover_text(t(
                "A moment that decides the relationship: customers remember it and stay or leave because of it.",
                "Een moment dat de relatie beslist: klanten onthouden het en blijven of vertrekken erdoor.",
            ).get(lang));
        ui.end_row();
    });
    let (add, remove) = (tr::ADD_ITEM.get(lang), tr::REMOVE.get(lang));
    text_list(
        ui,
        t("Pain points", "Pijnpunten").get(lang),
        &mut touchpoint.pain_points,
        add,
        remove,
    );
    text_list(
        ui,
        t("Opportunities", "Kansen").get(lang),
        &mut touchpoint.opportunities,
        add,
        remove,
    );
}

/// The channel drop-down: the named channels and Other with its own name.
fn channel_ui(ui: &mut egui::Ui, channel: &mut Channel, lang: Lang) -> egui::Response {
    let response = egui::ComboBox::from_id_salt("touchpoint-channel")
        .selected_text(channel_label(channel, lang))
        .height(480.0)
        .show_ui(ui, |ui| {
            for option in CHANNELS {
                let label = channel_label(&option, lang);
                ui.selectable_value(channel, option, label);
            }
            let other = matches!(channel, Channel::Other(_));
            if ui
                .selectable_label(other, t("Other…", "Anders…").get(lang))
                .clicked()
                && !other
            {
                *channel = Channel::Other(String::new());
            }
        })
        .response;
    if let Channel::Other(name) = channel {
        ui.add(egui::TextEdit::singleline(name).desired_width(140.0))
            .labelled_by(response.id);
    }
    response
}

/// Per persona: uses it or not; score, effort and reach.
fn personas_ui(ui: &mut egui::Ui, touchpoint: &mut Touchpoint, personas: &[Persona], lang: Lang) {
    for (i, persona) in personas.iter().enumerate() {
        let position = touchpoint
            .experiences
            .iter()
            .position(|e| e.persona == persona.id);
        let mut uses = position.is_some();
        let name = RichText::new(&persona.name)
            .color(crate::ui::style::series_color(i))
            .strong();
        let label = format!(
            "{} {}",
            persona.name,
            t("uses it", "gebruikt het").get(lang)
        );
        let check = ui.checkbox(&mut uses, name);
        check.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, uses, &label));
        if check.changed() {
            match position {
                Some(p) if !uses => {
                    touchpoint.experiences.remove(p);
                }
                None if uses => touchpoint
                    .experiences
                    .push(Experience::neutral(persona.id.clone())),
                _ => {}
            }
        }
        let Some(experience) = touchpoint
            .experiences
            .iter_mut()
            .find(|e| e.persona == persona.id)
        else {
            ui.label(
                RichText::new(
                    t(
                        "Does not use this touchpoint",
                        "Gebruikt dit touchpoint niet",
                    )
                    .get(lang),
                )
                .weak(),
            );
            ui.add_space(6.0);
            continue;
        };
        ui.indent(("persona-scores", i), |ui| {
            experience_ui(ui, experience, &persona.name, lang)
        });
        ui.add_space(6.0);
    }
}

fn experience_ui(ui: &mut egui::Ui, e: &mut Experience, who: &str, lang: Lang) {
    ui.spacing_mut().slider_width = 160.0;
    let row = |ui: &mut egui::Ui,
               label: crate::i18n::Text,
               hint: crate::i18n::Text,
               slider: Slider,
               word: String| {
        ui.horizontal(|ui| {
            let l = ui.label(label.get(lang)).on_hover_text(hint.get(lang));
            let response = ui.add(slider).labelled_by(l.id);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Slider,
                    true,
                    format!("{} — {who}", label.get(lang)),
                )
            });
            ui.label(RichText::new(word).italics());
        });
    };
    let word = score_word(e.score, lang).to_string();
    row(
        ui,
        t("Score", "Score"),
        t(
            "How the persona experiences it: −5 angry … 0 neutral … +5 delighted.",
            "Hoe de persona het beleeft: −5 boos … 0 neutraal … +5 enthousiast.",
        ),
        Slider::new(&mut e.score, MIN_SCORE..=MAX_SCORE)
            .step_by(0.5)
            .clamping(egui::SliderClamping::Edits)
            .custom_formatter(move |v, _| numbers::signed(v, 1, lang))
            .custom_parser(move |text| numbers::parse(text, lang)),
        word,
    );
    let word = effort_word(e.effort, lang).to_string();
    row(
        ui,
        t("Effort", "Moeite"),
        t(
            "Customer effort score (CES 2.0): 1 very hard … 7 effortless — \"the company made it easy for me\".",
            "Customer effort score (CES 2.0): 1 heel moeilijk … 7 moeiteloos — \"het bedrijf maakte het me makkelijk\".",
        ),
        number_slider(
            Slider::new(&mut e.effort, MIN_EFFORT..=MAX_EFFORT).step_by(0.5),
            lang,
        ),
        word,
    );
    let mut percent = e.reach * 100.0;
    let word = t(
        "of their customers use it per period",
        "van hun klanten gebruikt het per periode",
    )
    .get(lang)
    .to_string();
    row(
        ui,
        t("Reach", "Bereik"),
        t(
            "Share of this persona's customers who use the touchpoint in a period.",
            "Aandeel van de klanten van deze persona dat het touchpoint in een periode gebruikt.",
        ),
        number_slider(
            Slider::new(&mut percent, 0.0..=100.0)
                .step_by(1.0)
                .suffix(" %"),
            lang,
        ),
        word,
    );
    if (percent - e.reach * 100.0).abs() > 1e-9 {
        e.reach = percent / 100.0;
        e.reach_is_default = false;
    }
    if e.reach_is_default {
        ui.label(RichText::new(REACH_DEFAULT.get(lang)).weak().italics());
    }
}

/// Said under a reach the team has not set yet.
const REACH_DEFAULT: Text = t(
    "Reach is still the app's modest starting point of 10 %, not a measurement: set the share of \
     this persona's customers who use the touchpoint in a period. Typical in a month (more in a \
     quarter or a year): a website or app 20–60 %, a visit to a shop 10–30 %, a delivery or \
     invoice as often as they buy, a complaint form or an annual service 1–8 %.",
    "Het bereik is nog het bescheiden beginpunt van de app, 10 %, geen meting: vul het aandeel \
     van de klanten van deze persona in dat het touchpoint per periode gebruikt. Gebruikelijk \
     per maand (meer per kwartaal of jaar): een website of app 20–60 %, een bezoek aan een \
     winkel 10–30 %, een bezorging of factuur zo vaak als ze kopen, een klachtenformulier of \
     jaarlijkse onderhoudsbeurt 1–8 %.",
);

/// The initiatives with an effect on touchpoint `id`, as links to them.
fn initiatives_ui(
    ui: &mut egui::Ui,
    id: &crate::model::Id,
    initiatives: &[Initiative],
    env: &mut Env,
) {
    let lang = env.lang;
    let changing: Vec<&Initiative> = initiatives
        .iter()
        .filter(|i| i.effects.iter().any(|e| &e.touchpoint == id))
        .collect();
    if changing.is_empty() {
        ui.label(
            RichText::new(
                t(
                    "No initiative changes this touchpoint yet.",
                    "Nog geen initiatief verandert dit touchpoint.",
                )
                .get(lang),
            )
            .weak(),
        );
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for initiative in changing {
            if ui
                .link(crate::ui::impact::display_name(&initiative.name))
                .on_hover_text(t("Open the initiative", "Open het initiatief").get(lang))
                .clicked()
            {
                env.actions
                    .push(Action::Show(Target::Initiative(initiative.id.clone())));
            }
            ui.add_space(10.0);
        }
    });
}
