//! The persona list of the 4C and Value workspaces: pick one persona (or every persona) to
//! look at. The personas themselves are added and removed in the Personas workspace.

use super::item_list::side_list;
use crate::i18n::{Lang, t};
use crate::model::{Id, Persona};

/// Who is shown: one persona, or every persona.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Pick {
    /// The first persona until one is picked.
    #[default]
    First,
    /// This persona.
    One(Id),
    /// Every persona together.
    All,
}

impl Pick {
    /// The index of the persona shown, `None` for every persona (or none in the project).
    /// Keeps the pick on a persona that exists.
    pub fn resolve(&mut self, personas: &[Persona]) -> Option<usize> {
        let index = match self {
            Pick::All => return None,
            Pick::One(id) => personas.iter().position(|p| &p.id == id).or(Some(0)),
            Pick::First => Some(0),
        }
        .filter(|_| !personas.is_empty());
        if let Some(i) = index {
            *self = Pick::One(personas[i].id.clone());
        }
        index
    }
}

/// The side list: "Every persona" (when `all` is offered) and one row per persona with
/// `detail` under its name.
pub fn persona_pick_ui(
    ui: &mut egui::Ui,
    id: &str,
    personas: &[Persona],
    pick: &mut Pick,
    all: bool,
    lang: Lang,
    detail: impl Fn(&Persona) -> String,
) {
    let title = t("Personas", "Persona's").get(lang);
    side_list(ui, id, title, 240.0, lang, |ui| {
        ui.separator();
        if all {
            let label = t("Every persona", "Alle persona's").get(lang);
            if ui.selectable_label(*pick == Pick::All, label).clicked() {
                *pick = Pick::All;
            }
            ui.separator();
        }
        let row_height = 2.0 * ui.text_style_height(&egui::TextStyle::Body) + 8.0;
        egui::ScrollArea::vertical().show_rows(ui, row_height, personas.len(), |ui, range| {
            for p in &personas[range] {
                let selected = *pick == Pick::One(p.id.clone());
                let text = format!("{}\n{}", p.name, detail(p));
                if ui.selectable_label(selected, text).clicked() {
                    *pick = Pick::One(p.id.clone());
                }
            }
        });
    });
}
