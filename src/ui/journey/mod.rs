//! The Journey workspace: stages as columns and touchpoints as cards (the map) with the
//! emotion curves under it, a scoring grid for workshops, and the ownership × stage matrix;
//! a touchpoint or stage editor on the right.

mod cards;
mod curves;
mod editor;
pub mod geometry;
mod grid;
mod grid_input;
mod lanes;
mod map;
mod matrix;
mod moves;
mod stage_editor;
mod words;

use super::{Env, View, WorkspaceView};
use crate::context::Action;
use crate::i18n::{Lang, Text, t};
use crate::model::edit::{ListEdit, ListKind};
use crate::model::{Id, Ownership, Project, Target};
use egui::RichText;
pub use lanes::Lane;

/// The Journey workspace's views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum JourneyView {
    /// The map with the emotion curves under it.
    #[default]
    Map,
    /// The scoring grid.
    Grid,
    /// Touchpoints by ownership and stage.
    Matrix,
}

const VIEWS: [(JourneyView, View); 3] = [
    (
        JourneyView::Map,
        View {
            name: "map",
            label: t("Map and curves", "Kaart en curves"),
        },
    ),
    (
        JourneyView::Grid,
        View {
            name: "grid",
            label: t("Scoring grid", "Scoreraster"),
        },
    ),
    (
        JourneyView::Matrix,
        View {
            name: "matrix",
            label: t("Ownership × stage", "Eigenaarschap × fase"),
        },
    ),
];

/// What the Journey workspace remembers between frames.
#[derive(Default)]
pub struct JourneyState {
    /// The view shown.
    pub view: JourneyView,
    /// The touchpoint shown in the editor.
    pub selected: Option<Id>,
    /// The stage shown in the editor (when no touchpoint is).
    pub stage: Option<Id>,
    /// Personas left out of the badges, curves and grid (all are shown by default).
    pub hidden: Vec<Id>,
    /// The scenario whose "after" curves are drawn dashed.
    pub scenario: Option<Id>,
    /// The map shows only touchpoints of this stage and ownership (a matrix cell clicked).
    pub filter: Option<(Id, Ownership)>,
    /// The scoring grid's cursor and mode.
    pub grid: grid::GridState,
    /// A stage whose delete waits for the user's choice about its touchpoints.
    pub deleting_stage: Option<Id>,
    /// A new item to show, ready to be named.
    pub added: Option<Id>,
    /// Put the cursor in the name field (after Add).
    pub focus_name: bool,
    /// Scroll the map to the selected stage or touchpoint (after a link or an Add).
    pub reveal: bool,
    /// The emotion curves as last worked out (again when the project, the personas shown,
    /// the scenario or the language change).
    pub curves: Option<curves::Curves>,
    /// The lanes shown under the map (none by default: the map keeps its room).
    pub lanes: Vec<Lane>,
    /// How far the map, its lanes and the curves are scrolled sideways (they scroll together;
    /// the map's scroll area keeps it).
    pub scroll_x: f32,
    /// A sideways scroll over the lanes or curves, for the map to make next frame.
    pub scroll_by: f32,
    /// The whole journey on one screen: columns share the width, cards show a name and
    /// badges, and the curves take the rest of the height.
    pub fit: bool,
    /// Whether `fit` was set (by the user, or on a narrow window at first sight): until then a
    /// narrow window, a projector's, opens the whole journey.
    pub fit_set: bool,
}

/// The key that puts the whole journey on one screen, and back.
pub const FIT_KEY: egui::KeyboardShortcut = egui::KeyboardShortcut::new(
    egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
    egui::Key::F,
);

/// Its name on the button and in the list of shortcuts.
pub const FIT_LABEL: Text = t(
    "Whole journey on one screen",
    "Hele klantreis op één scherm",
);

/// Moving the selected card, for the list of shortcuts.
pub const MOVE_LABEL: Text = t(
    "Move the selected card (journey map)",
    "Geselecteerde kaart verplaatsen (klantreiskaart)",
);

impl WorkspaceView for JourneyState {
    const NAME: &'static str = "journey";
    const LABEL: Text = t("Journey", "Klantreis");
    const SUMMARY: Text = t(
        "Map the stages and touchpoints, score them per persona, and see the emotion curves — before and after a scenario.",
        "Breng fases en touchpoints in kaart, scoor ze per persona en bekijk de emotiecurves — voor en na een scenario.",
    );
    const VIEWS: &'static [View] = &[VIEWS[0].1, VIEWS[1].1, VIEWS[2].1];

    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
        journey_ui(ui, project, self, env);
    }

    fn shows(target: &Target) -> bool {
        matches!(target, Target::Stage(_) | Target::Touchpoint(_))
    }

    fn open(&mut self, target: &Target) {
        match target {
            Target::Touchpoint(id) => {
                self.selected = Some(id.clone());
                self.stage = None;
                self.view = JourneyView::Map;
                self.filter = None;
                self.reveal = true;
            }
            Target::Stage(id) => {
                self.selected = None;
                self.stage = Some(id.clone());
                self.view = JourneyView::Map;
                self.reveal = true;
            }
            _ => {}
        }
    }

    fn open_view(&mut self, name: &str) -> bool {
        match VIEWS.iter().find(|(_, v)| v.name == name) {
            Some((view, _)) => {
                self.view = *view;
                true
            }
            None => false,
        }
    }

    fn view(&self) -> &'static str {
        VIEWS
            .iter()
            .find(|(v, _)| *v == self.view)
            .map_or("map", |(_, v)| v.name)
    }

    fn added(&mut self, id: &Id) {
        self.added = Some(id.clone());
        self.focus_name = true;
    }
}

impl JourneyState {
    /// Whether `persona` is shown (badges, curves, grid columns).
    pub fn shows_persona(&self, persona: &Id) -> bool {
        !self.hidden.contains(persona)
    }
}

/// Draws the Journey workspace.
pub fn journey_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    state: &mut JourneyState,
    env: &mut Env,
) {
    let lang = env.lang;
    if let Some(id) = state.added.take() {
        if project.touchpoint(&id).is_some() {
            state.open(&Target::Touchpoint(id));
        } else if project.stage(&id).is_some() {
            state.open(&Target::Stage(id));
        }
    }
    if state
        .selected
        .as_ref()
        .is_some_and(|id| project.touchpoint(id).is_none())
    {
        state.selected = None;
    }
    if state
        .stage
        .as_ref()
        .is_some_and(|id| project.stage(id).is_none())
    {
        state.stage = None;
    }
    stage_editor::delete_dialog(ui, project, state, env);

    if !state.fit_set {
        state.fit = crate::ui::is_narrow(ui.ctx());
        state.fit_set = true;
    }
    if state.view == JourneyView::Map
        && !ui.ctx().text_edit_focused()
        && ui.input_mut(|i| i.consume_shortcut(&FIT_KEY))
    {
        state.fit = !state.fit;
    }
    egui::Panel::top("journey-bar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            for (view, info) in VIEWS {
                ui.selectable_value(&mut state.view, view, info.label.get(lang));
            }
            if state.view == JourneyView::Map {
                let keys = ui.ctx().format_shortcut(&FIT_KEY);
                ui.toggle_value(&mut state.fit, FIT_LABEL.get(lang))
                    .on_hover_text(format!(
                        "{} ({keys})",
                        t(
                            "Every stage and touchpoint on one screen, for a workshop",
                            "Elke fase en elk touchpoint op één scherm, voor een workshop",
                        )
                        .get(lang)
                    ));
            }
            ui.separator();
            if ui
                .button(format!("+ {}", t("Stage", "Fase").get(lang)))
                .clicked()
            {
                let after = state
                    .stage
                    .as_ref()
                    .or(project.stages.last().map(|s| &s.id));
                env.actions.push(Action::add(ListKind::Stages, after, lang));
            }
            ui.separator();
            persona_filter_ui(ui, project, state, lang);
            copy_mermaid_ui(ui, project, state, env);
        });
        ui.add_space(4.0);
    });

    if project.stages.is_empty() {
        egui::CentralPanel::default().show(ui, |ui| {
            let message = t(
                "The journey has no stages yet. Add the first stage (orientation, purchase, use…), then its touchpoints.",
                "De klantreis heeft nog geen fases. Voeg de eerste fase toe (oriëntatie, aankoop, gebruik…) en dan haar touchpoints.",
            );
            if super::item_list::empty_state(ui, message.get(lang), t("Add a stage", "Fase toevoegen").get(lang)) {
                env.actions.push(Action::add(ListKind::Stages, None, lang));
            }
        });
        return;
    }

    if state.view == JourneyView::Map && (state.selected.is_some() || state.stage.is_some()) {
        egui::Panel::right("journey-editor")
            .resizable(true)
            .default_size(400.0)
            .size_range(300.0..=620.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    if state.selected.is_some() {
                        editor::editor_ui(ui, project, state, env);
                    } else {
                        stage_editor::stage_ui(ui, project, state, env);
                    }
                });
            });
    }

    egui::CentralPanel::default().show(ui, |ui| match state.view {
        JourneyView::Map => map::map_ui(ui, project, state, env),
        JourneyView::Grid => grid::grid_ui(ui, project, state, env),
        JourneyView::Matrix => matrix::matrix_ui(ui, project, state, env),
    });
}

/// Which personas are shown: a toggle per persona in its colour, and All.
fn persona_filter_ui(ui: &mut egui::Ui, project: &Project, state: &mut JourneyState, lang: Lang) {
    let label = ui.label(t("Personas:", "Persona's:").get(lang));
    if ui
        .selectable_label(state.hidden.is_empty(), t("All", "Alle").get(lang))
        .clicked()
    {
        state.hidden.clear();
    }
    // The chips when they fit in the row (and are not too many), else a drop-down.
    let fit = || {
        let font = egui::TextStyle::Button.resolve(ui.style());
        let chips: f32 = project
            .personas
            .iter()
            .map(|p| {
                let name = super::impact::display_name(&p.name).to_string();
                ui.fonts_mut(|f| f.layout_no_wrap(name, font.clone(), egui::Color32::WHITE))
                    .size()
                    .x
                    + 24.0
            })
            .sum();
        chips <= ui.available_size_before_wrap().x - 8.0
    };
    if project.personas.len() > MAX_PERSONA_CHIPS || !fit() {
        // Many personas: chosen in a drop-down, laid out only when open.
        let count = project.personas.len() - state.hidden.len();
        let summary = format!("{count} / {}", project.personas.len());
        egui::ComboBox::from_id_salt("journey-personas")
            .selected_text(summary)
            .height(420.0)
            .show_ui(ui, |ui| persona_chips_ui(ui, project, state, lang))
            .response
            .labelled_by(label.id);
    } else {
        persona_chips_ui(ui, project, state, lang);
    }
}

/// "Copy as Mermaid": the journeys of the personas shown, as Mermaid `journey` diagrams.
fn copy_mermaid_ui(ui: &mut egui::Ui, project: &Project, state: &JourneyState, env: &mut Env) {
    let lang = env.lang;
    let shown: Vec<&crate::model::Persona> = project
        .personas
        .iter()
        .filter(|p| state.shows_persona(&p.id))
        .collect();
    let button = ui
        .add_enabled(
            !shown.is_empty() && !project.touchpoints.is_empty(),
            egui::Button::new(t("Copy as Mermaid", "Kopiëren als Mermaid").get(lang)),
        )
        .on_hover_text(
            t(
                "Copies the journey of each persona shown as a Mermaid diagram, for a wiki or a README that draws Mermaid (scores −5..+5 become 1..5)",
                "Kopieert de klantreis van elke getoonde persona als Mermaid-diagram, voor een wiki of README die Mermaid tekent (scores −5..+5 worden 1..5)",
            )
            .get(lang),
        );
    if button.clicked() {
        ui.ctx().copy_text(crate::export::mermaid::journeys(
            project,
            shown.iter().copied(),
        ));
        let message = match shown.as_slice() {
            [one] => t(
                "The journey of {name} copied as Mermaid",
                "De klantreis van {name} gekopieerd als Mermaid",
            )
            .fill(lang, &[("name", &one.name)]),
            many => t(
                "The journey of {count} personas copied as Mermaid",
                "De klantreis van {count} persona's gekopieerd als Mermaid",
            )
            .fill(lang, &[("count", &many.len())]),
        };
        env.notify(message);
    }
}

/// With more personas than this, the filter is a drop-down.
const MAX_PERSONA_CHIPS: usize = 10;

/// A toggle per persona in its colour.
fn persona_chips_ui(ui: &mut egui::Ui, project: &Project, state: &mut JourneyState, lang: Lang) {
    for (i, persona) in project.personas.iter().enumerate() {
        let shown = state.shows_persona(&persona.id);
        let text = RichText::new(super::impact::display_name(&persona.name))
            .color(super::style::series_color(i));
        let chip = ui.selectable_label(shown && !state.hidden.is_empty(), text);
        if chip
            .on_hover_text(
                t(
                    "Show only the personas chosen",
                    "Toon alleen de gekozen persona's",
                )
                .get(lang),
            )
            .clicked()
        {
            if state.hidden.is_empty() {
                // From all to this one.
                state.hidden = project
                    .personas
                    .iter()
                    .map(|p| p.id.clone())
                    .filter(|id| id != &persona.id)
                    .collect();
            } else if shown {
                state.hidden.push(persona.id.clone());
                if state.hidden.len() == project.personas.len() {
                    state.hidden.clear();
                }
            } else {
                state.hidden.retain(|id| id != &persona.id);
            }
        }
    }
}

/// Asks for a new touchpoint in `stage`.
pub(super) fn add_touchpoint(env: &mut Env, stage: &Id) {
    let name = crate::context::action::texts(ListKind::Touchpoints)
        .new_name
        .get(env.lang)
        .to_string();
    env.actions.push(Action::List(
        ListKind::Touchpoints,
        ListEdit::Add {
            name,
            after: None,
            stage: Some(stage.clone()),
        },
    ));
}
