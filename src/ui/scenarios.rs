//! The Scenarios workspace: a scenario's initiatives, horizon and assumption overrides, and
//! its results against the baseline.

use super::Env;
use super::item_list::{Row, empty_state, item_list};
use super::widgets::{multiline_row, text_row};
use crate::app::Action;
use crate::i18n::tr;
use crate::model::{Id, Project};

/// What the Scenarios workspace remembers between frames.
#[derive(Default)]
pub struct ScenariosState {
    /// The scenario shown.
    pub selected: Option<Id>,
    /// Put the cursor in the name field (after Add).
    pub focus_name: bool,
}

/// Draws the Scenarios workspace.
pub fn scenarios_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    state: &mut ScenariosState,
    env: &mut Env,
) {
    let lang = env.lang;
    let selected_index = state
        .selected
        .as_ref()
        .and_then(|id| project.scenarios.iter().position(|s| &s.id == id))
        .or(if project.scenarios.is_empty() {
            None
        } else {
            Some(0)
        });
    state.selected = selected_index.map(|i| project.scenarios[i].id.clone());
    egui::Panel::left("scenario-list")
        .resizable(true)
        .default_size(260.0)
        .show(ui, |ui| {
            let rows: Vec<Row> = project
                .scenarios
                .iter()
                .map(|s| Row {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    detail: format!("{} · {}", s.initiatives.len(), tr::WS_INITIATIVES.get(lang)),
                })
                .collect();
            let events = item_list(
                ui,
                &rows,
                state.selected.as_ref(),
                tr::ADD_SCENARIO.get(lang),
                lang,
            );
            if let Some(id) = events.select {
                state.selected = Some(id);
            }
            if events.add {
                env.actions.push(Action::AddScenario);
            }
            if let Some(id) = events.duplicate {
                env.actions.push(Action::DuplicateScenario(id));
            }
            if let Some(id) = events.delete {
                env.actions.push(Action::DeleteScenario(id));
            }
            if let Some((id, step)) = events.move_by {
                env.actions.push(Action::MoveScenario(id, step));
            }
        });
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(index) = selected_index else {
            if empty_state(ui, tr::NO_SCENARIOS.get(lang), tr::ADD_SCENARIO.get(lang)) {
                env.actions.push(Action::AddScenario);
            }
            return;
        };
        let scenario = &mut project.scenarios[index];
        egui::Grid::new("scenario-fields")
            .num_columns(2)
            .show(ui, |ui| {
                let name = text_row(ui, tr::NAME.get(lang), &mut scenario.name);
                if std::mem::take(&mut state.focus_name) {
                    name.request_focus();
                }
                multiline_row(ui, tr::DESCRIPTION.get(lang), &mut scenario.description, 2);
            });
    });
}
