//! Which personas an effect applies to: "All personas" or a chosen few, as toggle chips, or
//! a drop-down list of check boxes when there are many personas.

use super::impact::display_name;
use crate::i18n::{Lang, tr};
use crate::model::{Id, Persona};
use egui::{PopupCloseBehavior, RichText};

/// With more personas than this, they are chosen in a drop-down list instead of as chips.
const MAX_PERSONA_CHIPS: usize = 10;

/// Draws the personas an effect applies to and lets the user change them.
pub fn personas_ui(ui: &mut egui::Ui, chosen: &mut Vec<Id>, personas: &[Persona], lang: Lang) {
    if personas.len() > MAX_PERSONA_CHIPS {
        personas_dropdown_ui(ui, chosen, personas, lang);
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if chip_ui(
            ui,
            chosen.is_empty(),
            RichText::new(tr::ALL_PERSONAS.get(lang)),
        )
        .on_hover_text(tr::PERSONAS_HINT.get(lang))
        .clicked()
        {
            chosen.clear();
        }
        for persona in personas {
            let on = chosen.contains(&persona.id);
            if chip_ui(ui, on, RichText::new(display_name(&persona.name))).clicked() {
                toggle(chosen, &persona.id, personas);
            }
        }
        unknown_personas_ui(ui, chosen, personas, lang);
    });
}

fn personas_dropdown_ui(ui: &mut egui::Ui, chosen: &mut Vec<Id>, personas: &[Persona], lang: Lang) {
    let summary = if chosen.is_empty() {
        tr::ALL_PERSONAS.get(lang).to_string()
    } else {
        format!(
            "{} / {} {}",
            chosen.len(),
            personas.len(),
            tr::OF_PERSONAS.get(lang)
        )
    };
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_id_salt("effect-personas")
            .selected_text(summary)
            .width(260.0)
            .height(360.0)
            .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
            .show_ui(ui, |ui| {
                let mut all = chosen.is_empty();
                if ui.checkbox(&mut all, tr::ALL_PERSONAS.get(lang)).changed() && all {
                    chosen.clear();
                }
                ui.separator();
                for persona in personas {
                    let mut on = chosen.contains(&persona.id);
                    if ui.checkbox(&mut on, display_name(&persona.name)).changed() {
                        toggle(chosen, &persona.id, personas);
                    }
                }
            });
        unknown_personas_ui(ui, chosen, personas, lang);
    });
}

/// A toggle chip: framed also when off, so it reads as something to click.
fn chip_ui(ui: &mut egui::Ui, on: bool, text: RichText) -> egui::Response {
    ui.add(egui::Button::selectable(on, text).frame_when_inactive(true))
}

/// Ids in the effect that name no persona: shown so they can be removed.
fn unknown_personas_ui(ui: &mut egui::Ui, chosen: &mut Vec<Id>, personas: &[Persona], lang: Lang) {
    let unknown: Vec<Id> = chosen
        .iter()
        .filter(|id| !personas.iter().any(|p| &p.id == *id))
        .cloned()
        .collect();
    for id in unknown {
        let text = RichText::new(format!("⚠ {id} ({})", tr::UNKNOWN_PERSONA.get(lang)))
            .color(ui.visuals().warn_fg_color);
        if chip_ui(ui, true, text).clicked() {
            chosen.retain(|c| *c != id);
        }
    }
}

/// Adds or removes a persona. The list stays in the project's persona order; choosing every
/// persona means "all personas" (an empty list, which also covers personas added later).
fn toggle(chosen: &mut Vec<Id>, id: &Id, personas: &[Persona]) {
    if let Some(at) = chosen.iter().position(|c| c == id) {
        chosen.remove(at);
    } else {
        chosen.push(id.clone());
    }
    chosen.sort_by_key(|c| {
        personas
            .iter()
            .position(|p| &p.id == c)
            .unwrap_or(usize::MAX)
    });
    let everyone = personas.iter().all(|p| chosen.contains(&p.id));
    let only_known = chosen.iter().all(|c| personas.iter().any(|p| &p.id == c));
    if !personas.is_empty() && everyone && only_known {
        chosen.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn persona(id: &str) -> Persona {
        Persona {
            id: Id::from(id),
            ..Persona::default()
        }
    }

    #[test]
    fn choosing_personas_keeps_their_order_and_every_persona_means_all() {
        let personas = [persona("p-a"), persona("p-b"), persona("p-c")];
        let mut chosen = Vec::new();
        toggle(&mut chosen, &Id::from("p-c"), &personas);
        assert_eq!(
            chosen,
            [Id::from("p-c")],
            "from All, a click chooses only that one"
        );
        toggle(&mut chosen, &Id::from("p-a"), &personas);
        assert_eq!(chosen, [Id::from("p-a"), Id::from("p-c")]);
        toggle(&mut chosen, &Id::from("p-b"), &personas);
        assert!(chosen.is_empty(), "all three chosen is All");
        toggle(&mut chosen, &Id::from("p-b"), &personas);
        toggle(&mut chosen, &Id::from("p-b"), &personas);
        assert!(chosen.is_empty(), "taking the last one out is All again");
    }
}
