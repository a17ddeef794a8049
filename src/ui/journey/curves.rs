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
    let mut shown: Vec<usize> = project
        .personas
        .iter()
        .enumerate()
        .filter(|(_, p)| state.shows_persona(&p.id))
        .map(|(i, _)| i)
        .collect();
    let chosen = shown.len();
    // More lines than this read as a tangle (and cost a frame): the first ones, and a note.
    shown.truncate(MAX_CURVES);
    let key = CurvesKey {
        revision: env.results.revision(),
        shown: shown.clone(),
        scenario: state.scenario.clone(),
        lang,
    };
    let plot = match &state.curves {
        Some((cached, plot)) if *cached == key => plot,
        _ => {
            let scenario = state.scenario.as_ref().and_then(|id| project.scenario(id));
            let plot = crate::charts::journey::emotion_curves(project, &shown, scenario, lang);
            &state.curves.insert((key, plot)).1
        }
    };
    if chosen > shown.len() {
        ui.label(
            egui::RichText::new(format!(
                "{} {} {chosen} {}",
                t("Curves of the first", "Curves van de eerste").get(lang),
                shown.len(),
                t(
                    "personas chosen — choose fewer in the persona filter to see others.",
                    "gekozen persona's — kies er minder in het personafilter om andere te zien.",
                )
                .get(lang)
            ))
            .weak(),
        );
    }
    let height = (ui.available_height() - 60.0).max(180.0);
    crate::ui::plots::plot_ui(ui, "emotion-curves", plot, height);
}

/// Most curves drawn at once.
pub const MAX_CURVES: usize = 12;

/// What the cached curves were drawn from.
#[derive(Clone, Debug, PartialEq)]
pub struct CurvesKey {
    revision: u64,
    shown: Vec<usize>,
    scenario: Option<crate::model::Id>,
    lang: crate::i18n::Lang,
}
