//! The Slides workspace: the workshop deck as a list of thumbnails (add, duplicate, delete,
//! drag to reorder — one list edit, one undo step each), and per slide its title, what it
//! shows, its speaker notes and up to two assumption sliders, above a 16:9 preview that is
//! drawn exactly as the room will see it.

mod editor;
mod list;

use super::{Env, WorkspaceView};
use crate::i18n::{Text, t};
use crate::model::{Id, Project, Target};
use crate::slides::Scene;

/// The workspace's name in the navigation.
pub const LABEL: Text = t("Slides", "Dia's");

/// What the Slides workspace remembers between frames.
#[derive(Default)]
pub struct SlidesState {
    /// The slide shown in the editor.
    pub selected: Option<Id>,
    /// Put the cursor in the title field, its text selected (after Add).
    pub focus_title: bool,
    /// The slide being dragged in the list, by its place.
    drag_from: Option<usize>,
    /// Scroll the list to the selected slide (it was chosen from elsewhere).
    reveal: bool,
    thumbnails: Thumbnails,
}

impl SlidesState {
    /// The place of the selected slide in the deck.
    pub fn selected_index(&self, project: &Project) -> Option<usize> {
        let id = self.selected.as_ref()?;
        project.slides.iter().position(|s| &s.id == id)
    }
}

/// The scenes of every slide, drawn as thumbnails; made again when the project, the language
/// or the theme may have changed.
#[derive(Default)]
struct Thumbnails {
    key: Option<(u64, crate::i18n::Lang, egui::Theme)>,
    scenes: Vec<Scene>,
}

impl Thumbnails {
    fn scenes(&mut self, project: &Project, env: &mut Env, theme: egui::Theme) -> &[Scene] {
        let key = (env.results.revision(), project.meta.language, theme);
        if self.key != Some(key) || self.scenes.len() != project.slides.len() {
            self.scenes = project
                .slides
                .iter()
                .map(|slide| {
                    let lang = project.meta.language;
                    crate::ui::present::scene_of(project, env.results, slide, lang, theme, true)
                })
                .collect();
            self.key = Some(key);
        }
        &self.scenes
    }
}

impl WorkspaceView for SlidesState {
    const NAME: &'static str = "slides";
    const LABEL: Text = LABEL;
    const SUMMARY: Text = t(
        "Build the workshop deck from your plots, personas and journey, with notes and live sliders, and present it full screen (F5)",
        "Stel de workshoppresentatie samen uit grafieken, persona's en klantreis, met notities en live schuifjes, en presenteer schermvullend (F5)",
    );

    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
        let selected =
            super::item_list::keep_selection(&project.slides, |s| &s.id, &mut self.selected);
        let lang = env.lang;
        let theme = env.slide_theme;
        let title = LABEL.get(lang);
        super::item_list::side_list(ui, "slide-list", title, 300.0, lang, |ui| {
            list::list_ui(ui, project, self, env, theme);
        });
        egui::CentralPanel::default().show(ui, |ui| match selected {
            Some(index) => editor::editor_ui(ui, project, index, self, env, theme),
            None => {
                let message = t(
                    "The deck has no slides yet. Add one here, or press “Add to deck” on any plot.",
                    "De presentatie heeft nog geen dia's. Voeg er hier een toe, of klik “Aan presentatie toevoegen” bij een grafiek.",
                );
                if super::item_list::empty_state(ui, message.get(lang), list::ADD.get(lang)) {
                    env.actions.push(crate::context::Action::add(
                        crate::model::edit::ListKind::Slides,
                        None,
                        lang,
                    ));
                }
            }
        });
    }

    fn shows(target: &Target) -> bool {
        matches!(target, Target::Slide(_))
    }

    fn open(&mut self, target: &Target) {
        if let Target::Slide(id) = target {
            self.selected = Some(id.clone());
            self.reveal = true;
        }
    }

    fn added(&mut self, id: &Id) {
        self.selected = Some(id.clone());
        self.focus_title = true;
        self.reveal = true;
    }
}
