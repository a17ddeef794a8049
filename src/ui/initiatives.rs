//! The Initiatives workspace: improvements with their strategy or trigger, costs, and effects
//! on touchpoints for all or some personas.

use super::Env;
use super::item_list::{Row, empty_state, item_list};
use super::style::section;
use super::widgets::{multiline_row, select_all, text_row};
use crate::app::Action;
use crate::i18n::{numbers, tr};
use crate::model::catalog::{self, INITIATIVE_KINDS};
use crate::model::{Initiative, InitiativeKind, Project};

/// What the Initiatives workspace remembers between frames.
#[derive(Default)]
pub struct InitiativesState {
    /// The initiative shown.
    pub selected: Option<crate::model::Id>,
    /// Put the cursor in the name field (after Add).
    pub focus_name: bool,
}

/// Draws the Initiatives workspace.
pub fn initiatives_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    state: &mut InitiativesState,
    env: &mut Env,
) {
    let lang = env.lang;
    let selected_index = state
        .selected
        .as_ref()
        .and_then(|id| project.initiatives.iter().position(|i| &i.id == id))
        .or(if project.initiatives.is_empty() {
            None
        } else {
            Some(0)
        });
    state.selected = selected_index.map(|i| project.initiatives[i].id.clone());
    let currency = project.meta.currency.clone();

    egui::Panel::left("initiative-list")
        .resizable(true)
        .default_size(280.0)
        .size_range(200.0..=440.0)
        .show(ui, |ui| {
            let rows: Vec<Row> = project
                .initiatives
                .iter()
                .map(|i| Row {
                    id: i.id.clone(),
                    name: i.name.clone(),
                    detail: format!(
                        "{} · {}",
                        catalog::initiative_kind_label(i.kind, lang),
                        numbers::money(i.one_off_cost, &currency, lang)
                    ),
                })
                .collect();
            let events = item_list(
                ui,
                &rows,
                state.selected.as_ref(),
                tr::ADD_INITIATIVE.get(lang),
                lang,
            );
            if let Some(id) = events.select {
                state.selected = Some(id);
            }
            if events.add {
                env.actions.push(Action::AddInitiative);
            }
            if let Some(id) = events.duplicate {
                env.actions.push(Action::DuplicateInitiative(id));
            }
            if let Some(id) = events.delete {
                env.actions.push(Action::DeleteInitiative(id));
            }
            if let Some((id, step)) = events.move_by {
                env.actions.push(Action::MoveInitiative(id, step));
            }
        });

    egui::CentralPanel::default().show(ui, |ui| {
        let Some(index) = selected_index else {
            if empty_state(
                ui,
                tr::NO_INITIATIVES.get(lang),
                tr::ADD_INITIATIVE.get(lang),
            ) {
                env.actions.push(Action::AddInitiative);
            }
            return;
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            editor_ui(ui, &mut project.initiatives[index], &currency, state, env);
        });
    });
}

fn editor_ui(
    ui: &mut egui::Ui,
    initiative: &mut Initiative,
    currency: &str,
    state: &mut InitiativesState,
    env: &mut Env,
) {
    let lang = env.lang;
    ui.heading(&initiative.name);
    section(ui, tr::PERSONA_DETAILS.get(lang));
    egui::Grid::new("initiative-fields")
        .num_columns(2)
        .spacing([16.0, 8.0])
        .min_col_width(150.0)
        .show(ui, |ui| {
            let name = text_row(ui, tr::NAME.get(lang), &mut initiative.name);
            if std::mem::take(&mut state.focus_name) {
                select_all(ui, &name, initiative.name.chars().count());
            }
            multiline_row(
                ui,
                tr::DESCRIPTION.get(lang),
                &mut initiative.description,
                3,
            );
            let label = ui.label(tr::INITIATIVE_KIND.get(lang));
            egui::ComboBox::from_id_salt("initiative-kind")
                .selected_text(catalog::initiative_kind_label(initiative.kind, lang))
                .width(320.0)
                .show_ui(ui, |ui| {
                    for info in &INITIATIVE_KINDS {
                        ui.selectable_value(&mut initiative.kind, info.kind, info.label.get(lang))
                            .on_hover_text(info.description.get(lang));
                    }
                    ui.selectable_value(
                        &mut initiative.kind,
                        InitiativeKind::Other,
                        catalog::initiative_kind_label(InitiativeKind::Other, lang),
                    );
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr::ONE_OFF_COST.get(lang));
            ui.add(
                egui::DragValue::new(&mut initiative.one_off_cost)
                    .speed(100.0)
                    .range(0.0..=1e12)
                    .prefix(format!("{currency} ")),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr::COST_PER_PERIOD.get(lang));
            ui.add(
                egui::DragValue::new(&mut initiative.cost_per_period)
                    .speed(10.0)
                    .range(0.0..=1e12)
                    .prefix(format!("{currency} ")),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
}
