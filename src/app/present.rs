//! Entering and leaving present mode, the frame while presenting, keeping a what-if as a
//! scenario, and adding a plot to the deck. Presenting only reads the project: no undo step,
//! no unsaved marker, until the presenter keeps a what-if (one undo step).

use super::{Action, WorkbenchApp};
use crate::i18n::{Lang, t};
use crate::model::edit::{self, ListEdit, ListKind};
use crate::model::{AssumptionKey, AssumptionOverride, Id, PlotSpec, SlideContent};
use crate::ui::Workspace;
use crate::ui::present::{self, Leaving, Room, Show, presenter, show};

impl WorkbenchApp {
    /// Starts presenting at slide `index`, full screen on the current monitor.
    pub(super) fn start_presenting(&mut self, index: usize, ctx: &egui::Context) {
        let lang = self.lang();
        let count = self.doc.project.slides.len();
        if count == 0 {
            self.toasts.info(
                t(
                    "The deck has no slides yet: add one in the Slides workspace, or “Add to deck” on a plot",
                    "De presentatie heeft nog geen dia's: voeg er een toe in de werkruimte Dia's, of met “Aan presentatie toevoegen” bij een grafiek",
                )
                .get(lang),
            );
            return;
        }
        // Edits made just before are their own undo step, not mixed with what comes after.
        self.doc.history.flush(&self.doc.project);
        self.show = Some(Show::new(index, count, self.settings.presenter_view));
        if !self.screenshot.is_active() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
    }

    /// Whether a presentation is under way (for tests).
    pub fn presenting(&self) -> bool {
        self.show.is_some()
    }

    /// The plot of the slide shown, as the room sees it (with the sliders' values): for tests.
    pub fn presented_plot(&mut self) -> Option<crate::charts::plot::Plot> {
        let show = self.show.as_mut()?;
        let slide = self.doc.project.slides.get(show.index)?.clone();
        let lang = self.doc.project.meta.language;
        let (project, results) = show.whatif.inputs(&self.doc.project, &mut self.results);
        let scene = present::scene_of(
            project,
            results,
            &slide,
            lang,
            self.settings.slide_theme,
            false,
        );
        scene.elements.into_iter().find_map(|e| match e {
            crate::slides::Element::Plot { plot, .. } => Some(plot),
            _ => None,
        })
    }

    /// The frame while presenting: the slide for the room, the presenter view, the question
    /// on leaving with moved sliders.
    pub(super) fn present_ui(&mut self, ui: &mut egui::Ui, ctx: &egui::Context) {
        let lang = self.lang();
        let theme = self.settings.slide_theme;
        let Some(show) = &mut self.show else {
            return;
        };
        show.take_digits(ctx);
        let mut room = Room {
            project: &self.doc.project,
            results: &mut self.results,
            textures: &mut self.textures,
            lang,
            theme,
        };
        let mut asked = Vec::new();
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(egui::Color32::BLACK))
            .show(ui, |ui| asked = show::audience_ui(ui, show, &mut room));
        asked.extend(presenter::window(ctx, show, &mut room));
        // With the presenter view open, the question is asked there (see presenter::window).
        if !show.presenter {
            show::keep_dialog_ui(ctx, show, &self.doc.project, lang);
        }
        self.settings.presenter_view = show.presenter;
        for command in asked {
            self.actions.push(Action::Command(command));
        }
        if let Some(leaving) = show.finished.take() {
            let values = show.whatif.values();
            self.show = None;
            if !self.screenshot.is_active() {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            }
            if let Leaving::Keep(question) = leaving {
                self.actions.push(Action::KeepWhatIf {
                    based_on: question.based_on,
                    values,
                    name: question.name,
                });
            }
        }
    }

    /// Keeps the sliders' values as a new scenario copied from `based_on`: one undo step.
    pub(super) fn keep_what_if(
        &mut self,
        based_on: Option<Id>,
        values: Vec<(AssumptionKey, f64)>,
        name: String,
    ) {
        let lang = self.lang();
        let name = if name.trim().is_empty() {
            present::unique_name(&self.doc.project, present::WHAT_IF_NAME.get(lang))
        } else {
            name.trim().to_string()
        };
        let base = based_on.and_then(|id| self.doc.project.scenario(&id).cloned());
        self.doc.history.flush(&self.doc.project);
        let add = ListEdit::Add {
            name: name.clone(),
            after: None,
            stage: None,
        };
        let Some(id) = edit::apply(&mut self.doc.project, ListKind::Scenarios, add)
            .and_then(|outcome| outcome.select)
        else {
            return;
        };
        if let Some(scenario) = self.doc.project.scenarios.iter_mut().find(|s| s.id == id) {
            if let Some(base) = &base {
                scenario.initiatives = base.initiatives.clone();
                scenario.horizon_periods = base.horizon_periods;
                scenario.overrides = base.overrides.clone();
            }
            for (key, value) in &values {
                scenario.overrides.retain(|o| o.key != *key);
                scenario.overrides.push(AssumptionOverride {
                    key: *key,
                    value: *value,
                });
            }
            scenario.overrides.sort_by_key(|o| o.key.index());
            scenario.description =
                what_if_description(base.as_ref().map(|b| b.name.as_str()), lang);
        }
        self.doc.history.flush(&self.doc.project);
        let message = t(
            "Kept as the scenario “{name}” — Ctrl+Z takes it back",
            "Bewaard als het scenario “{name}” — Ctrl+Z maakt het ongedaan",
        )
        .fill(lang, &[("name", &name)]);
        self.toasts.info_with_link(
            message,
            t("Show it", "Tonen").get(lang),
            Action::Show(crate::model::Target::Scenario(id)),
        );
    }

    /// Adds a slide with the plot `spec` at the end of the deck: one undo step.
    pub(super) fn add_to_deck(&mut self, spec: PlotSpec, title: String) {
        let lang = self.lang();
        self.doc.history.flush(&self.doc.project);
        let add = ListEdit::Add {
            name: title,
            after: self.doc.project.slides.last().map(|s| s.id.clone()),
            stage: None,
        };
        let Some(id) = edit::apply(&mut self.doc.project, ListKind::Slides, add)
            .and_then(|outcome| outcome.select)
        else {
            return;
        };
        let Some(number) = self.doc.project.slides.iter().position(|s| s.id == id) else {
            return;
        };
        self.doc.project.slides[number].content = SlideContent::Plot(spec);
        self.doc.history.flush(&self.doc.project);
        self.ui
            .open(Workspace::Slides, &crate::model::Target::Slide(id.clone()));
        let message = t(
            "Added to the deck as slide {number}",
            "Aan de presentatie toegevoegd als dia {number}",
        )
        .fill(lang, &[("number", &(number + 1))]);
        self.toasts.info_with_link(
            message,
            t("Go to the slide", "Naar de dia").get(lang),
            Action::Show(crate::model::Target::Slide(id)),
        );
    }
}

/// The description of a scenario kept from a presentation.
fn what_if_description(base: Option<&str>, lang: Lang) -> String {
    match base {
        Some(base) => t(
            "Kept from the sliders moved during a presentation: the initiatives of {base}, with the assumptions as the room set them.",
            "Bewaard van de schuifjes tijdens een presentatie: de initiatieven van {base}, met de aannames zoals de zaal ze zette.",
        )
        .fill(lang, &[("base", &base)]),
        None => t(
            "Kept from the sliders moved during a presentation: no initiatives, the assumptions as the room set them.",
            "Bewaard van de schuifjes tijdens een presentatie: geen initiatieven, de aannames zoals de zaal ze zette.",
        )
        .get(lang)
        .to_string(),
    }
}
