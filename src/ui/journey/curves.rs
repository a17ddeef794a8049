//! The emotion curves under the map: one line per persona shown, in that persona's colour,
//! and with a scenario chosen the same curves after its initiatives, dashed.

use super::JourneyState;
use crate::i18n::t;
use crate::model::Project;
use crate::ui::Env;

/// Draws the scenario choice and the curves in the room left.
pub fn curves_ui(ui: &mut egui::Ui, project: &Project, state: &mut JourneyState, env: &mut Env) {
    let lang = env.lang;
    if state
        .scenario
        .as_ref()
        .is_some_and(|id| project.scenario(id).is_none())
    {
        state.scenario = None;
    }
    ui.horizontal(|ui| {
        let label = ui.label(t("After a scenario:", "Na een scenario:").get(lang)).on_hover_text(t(
            "Draws each curve again, dashed, with the scores after the scenario's initiatives.",
            "Tekent elke curve opnieuw, gestreept, met de scores na de initiatieven van het scenario.",
        ).get(lang));
        let none = t("none", "geen").get(lang);
        let current = state.scenario.as_ref().and_then(|id| project.scenario(id)).map_or(none, |s| s.name.as_str());
        egui::ComboBox::from_id_salt("curves-scenario")
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.scenario, None, none);
                for scenario in &project.scenarios {
                    ui.selectable_value(&mut state.scenario, Some(scenario.id.clone()), &scenario.name);
                }
            })
            .response
            .labelled_by(label.id);
    });
    let shown: Vec<usize> = project
        .personas
        .iter()
        .enumerate()
        .filter(|(_, p)| state.shows_persona(&p.id))
        .map(|(i, _)| i)
        .collect();
    let scenario = state.scenario.as_ref().and_then(|id| project.scenario(id));
    let plot = crate::charts::journey::emotion_curves(project, &shown, scenario, lang);
    let height = (ui.available_height() - 60.0).max(180.0);
    crate::ui::plots::plot_ui(ui, "emotion-curves", &plot, height);
}
