//! The Metrics workspace: the survey waves (add, duplicate, delete, reorder), each with its
//! counts and the metrics they give, live, with their formula and the numbers put in; the
//! trend of NPS, CES and CSAT across the waves; calibrating the model to a wave; and the
//! import of a survey tool's raw answers.

mod calibration;
pub use calibration::warnings as calibration_warnings;
mod editor;
pub mod formulas;
mod import;

use super::item_list::{Row, empty_state, item_list, keep_selection, side_list};
use super::plots::plot_ui;
use super::{Env, WorkspaceView};
use crate::context::Action;
use crate::engine::metrics::WaveMetrics;
use crate::i18n::{Lang, Text, numbers, t, tr};
use crate::model::edit::ListKind;
use crate::model::{Id, PlotKind, PlotSpec, Project, Target};

pub use import::ImportState;

/// What the Metrics workspace remembers between frames.
#[derive(Default)]
pub struct MetricsState {
    /// The wave shown.
    pub selected: Option<Id>,
    /// Put the cursor in the label field (after Add).
    pub focus_label: bool,
    /// The import of raw answers, while it is open.
    pub import: Option<ImportState>,
    /// The calibration to the shown wave, once asked for.
    pub calibration: Option<calibration::CalibrationView>,
    /// Calibrate without setting the personas' starting mix to its balance.
    pub keep_mix: bool,
}

impl WorkspaceView for MetricsState {
    const NAME: &'static str = "metrics";
    const LABEL: Text = tr::WS_METRICS;
    const SUMMARY: Text = tr::WS_METRICS_SUMMARY;

    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
        metrics_ui(ui, project, self, env);
    }

    fn shows(target: &Target) -> bool {
        matches!(target, Target::Survey(_))
    }

    fn open(&mut self, target: &Target) {
        if let Target::Survey(id) = target {
            self.selected = Some(id.clone());
        }
    }

    fn added(&mut self, id: &Id) {
        self.selected = Some(id.clone());
        self.focus_label = true;
    }
}

const ADD_WAVE: Text = t("Add survey wave", "Meting toevoegen");

/// Draws the Metrics workspace.
pub fn metrics_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    state: &mut MetricsState,
    env: &mut Env,
) {
    let lang = env.lang;
    let index = keep_selection(&project.surveys, |w| &w.id, &mut state.selected);
    let title = tr::WS_METRICS.get(lang);
    side_list(ui, "survey-list", title, 260.0, lang, |ui| {
        list_ui(ui, project, state, env);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        if state.import.is_some() {
            import::import_ui(ui, project, state, env);
            return;
        }
        let Some(index) = index else {
            if empty_state(
                ui,
                t("No survey waves yet.", "Nog geen metingen.").get(lang),
                ADD_WAVE.get(lang),
            ) {
                env.actions.push(Action::add(ListKind::Surveys, None, lang));
            }
            if ui.button(import::OPEN_IMPORT.get(lang)).clicked() {
                state.import = Some(ImportState::default());
            }
            return;
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(1200.0));
            editor::editor_ui(ui, project, index, state, env);
            calibration::calibration_ui(ui, project, index, state, env);
            let spec = PlotSpec {
                persona: project.surveys[index].persona.clone(),
                ..PlotSpec::of(PlotKind::SurveyTrend)
            };
            if let Some(plot) = env.plot(project, &spec) {
                ui.add_space(12.0);
                plot_ui(ui, env, "survey-trend", &plot, 340.0);
            }
            ui.add_space(24.0);
        });
    });
}

fn list_ui(ui: &mut egui::Ui, project: &Project, state: &mut MetricsState, env: &mut Env) {
    let lang = env.lang;
    if ui.button(import::OPEN_IMPORT.get(lang)).clicked() {
        state.import = Some(ImportState::default());
    }
    let rows: Vec<Row> = project
        .surveys
        .iter()
        .map(|w| Row {
            id: w.id.clone(),
            name: w.label.clone(),
            detail: detail(project, w, lang),
        })
        .collect();
    let clicked = item_list(
        ui,
        project,
        ListKind::Surveys,
        &rows,
        state.selected.as_ref(),
        ADD_WAVE.get(lang),
        env,
    );
    if let Some(id) = clicked {
        state.selected = Some(id);
        state.import = None;
    }
}

/// "All customers · NPS +36": who and the headline number.
fn detail(project: &Project, wave: &crate::model::SurveyWave, lang: Lang) -> String {
    let who = wave
        .persona
        .as_ref()
        .and_then(|id| project.persona(id))
        .map_or_else(
            || t("All customers", "Alle klanten").get(lang).to_string(),
            |p| p.name.clone(),
        );
    match WaveMetrics::of(wave).nps {
        Some(nps) => format!("{who} · NPS {}", numbers::signed(nps, 0, lang)),
        None => who,
    }
}
