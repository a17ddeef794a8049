//! Present mode (PRODUCT.md §6): the deck full screen for the room, one slide at a time,
//! scaled to fill 16:9; the keys and clicks that step, jump and blank; the live assumption
//! sliders on a slide (a what-if on a copy of the project, kept as a scenario or discarded
//! when leaving); and the presenter view with the notes, the next slide and the time.
//! Presenting only reads the project: entering and leaving never changes the file.

pub mod clock;
pub mod presenter;
pub mod render;
pub mod show;
pub mod whatif;

use crate::context::{AppCommand, Results};
use crate::i18n::{Lang, t};
use crate::model::{Id, Project, Slide, SlideContent};
use crate::slides::{self, Scene};
use crate::ui::avatar::Textures;
use whatif::WhatIf;

/// The export theme for light or dark slides.
pub fn slide_theme(theme: egui::Theme) -> crate::layout::Theme {
    match theme {
        egui::Theme::Light => crate::layout::Theme::LIGHT,
        egui::Theme::Dark => crate::layout::Theme::DARK,
    }
}

/// The scene of `slide` on `project`, the results it needs computed first (the tornado is
/// kept as it was while `busy`: a slider is being dragged).
pub fn scene_of(
    project: &Project,
    results: &mut Results,
    slide: &Slide,
    lang: Lang,
    theme: egui::Theme,
    busy: bool,
) -> Scene {
    let was_busy = results.busy();
    results.set_busy(busy);
    let scene = slides::scene(project, results, slide, lang, &slide_theme(theme));
    results.set_busy(was_busy);
    scene
}

/// What a presentation is shown from: the open project (only read) and the app's caches.
pub struct Room<'a> {
    /// The open project.
    pub project: &'a Project,
    /// The app's scenario results.
    pub results: &'a mut Results,
    /// Textures of persona pictures.
    pub textures: &'a mut Textures,
    /// The user-interface language.
    pub lang: Lang,
    /// Light or dark slides.
    pub theme: egui::Theme,
}

/// The question when leaving with moved sliders.
#[derive(Clone, Debug, PartialEq)]
pub struct KeepQuestion {
    /// The scenario the new one copies (its initiatives and horizon).
    pub based_on: Option<Id>,
    /// The new scenario's name.
    pub name: String,
}

/// What the presenter chose when leaving with moved sliders.
#[derive(Clone, Debug, PartialEq)]
pub enum Leaving {
    /// Keep the values as a new scenario.
    Keep(KeepQuestion),
    /// Forget them.
    Discard,
}

/// A presentation under way.
pub struct Show {
    /// The slide shown (0 is the first).
    pub index: usize,
    /// Whether the screen is blanked.
    pub blank: bool,
    /// The slide number typed so far (then Enter jumps there).
    pub typed: String,
    /// When the presentation started (egui's clock, seconds).
    pub started_secs: Option<f64>,
    /// The assumption values tried on the slides' sliders.
    pub whatif: WhatIf,
    /// "Keep these changes?", when leaving with moved sliders.
    pub asking: Option<KeepQuestion>,
    /// Whether the presenter view is open.
    pub presenter: bool,
    /// The list of keys (F1) shown in the presenter view.
    pub keys: bool,
    /// The presenter is done: the app leaves present mode.
    pub finished: Option<Leaving>,
    cache: Vec<(CacheKey, Scene)>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct CacheKey {
    index: usize,
    whatif: u64,
    lang: Lang,
    theme: egui::Theme,
}

/// The name of a scenario kept from the room's what-if.
pub const WHAT_IF_NAME: crate::i18n::Text =
    t("What-if from the workshop", "Wat-als uit de workshop");

impl Show {
    /// A presentation starting at slide `index` of `count`, the presenter view open or not.
    pub fn new(index: usize, count: usize, presenter: bool) -> Self {
        Show {
            index: index.min(count.saturating_sub(1)),
            blank: false,
            typed: String::new(),
            started_secs: None,
            whatif: WhatIf::default(),
            asking: None,
            presenter,
            keys: false,
            finished: None,
            cache: Vec::new(),
        }
    }

    /// Carries out a present-mode command on a deck of `count` slides.
    pub fn run(&mut self, command: AppCommand, count: usize, project: &Project, lang: Lang) {
        if self.asking.is_some() {
            if command == AppCommand::StopPresenting {
                self.asking = None;
            }
            return;
        }
        let last = count.saturating_sub(1);
        if command != AppCommand::GoToTypedSlide && command != AppCommand::BlankScreen {
            self.blank = false;
        }
        match command {
            AppCommand::NextSlide => self.go((self.index + 1).min(last)),
            AppCommand::PreviousSlide => self.go(self.index.saturating_sub(1)),
            AppCommand::FirstSlide => self.go(0),
            AppCommand::LastSlide => self.go(last),
            AppCommand::GoToTypedSlide => {
                if let Ok(number) = self.typed.parse::<usize>()
                    && (1..=count).contains(&number)
                {
                    self.go(number - 1);
                    self.blank = false;
                }
                self.typed.clear();
            }
            AppCommand::BlankScreen => self.blank = !self.blank,
            AppCommand::PresenterView => self.presenter = !self.presenter,
            AppCommand::StopPresenting => self.stop(project, lang),
            _ => {}
        }
    }

    /// Shows slide `index`.
    pub fn go(&mut self, index: usize) {
        self.index = index;
        self.typed.clear();
    }

    /// Leaves, or first asks whether to keep moved sliders.
    fn stop(&mut self, project: &Project, lang: Lang) {
        if !self.whatif.is_changed() {
            self.finished = Some(Leaving::Discard);
            return;
        }
        let slide_scenario = project
            .slides
            .get(self.index)
            .and_then(|s| match &s.content {
                SlideContent::Plot(spec) => spec.scenario.clone(),
                _ => None,
            });
        let based_on = slide_scenario
            .filter(|id| project.scenario(id).is_some())
            .or_else(|| project.scenarios.last().map(|s| s.id.clone()));
        self.asking = Some(KeepQuestion {
            based_on,
            name: unique_name(project, WHAT_IF_NAME.get(lang)),
        });
    }

    /// Takes the digits typed this frame (a slide number, then Enter).
    pub fn take_digits(&mut self, ctx: &egui::Context) {
        if self.asking.is_some() || ctx.text_edit_focused() {
            return;
        }
        ctx.input(|i| {
            for event in &i.events {
                if let egui::Event::Key {
                    key, pressed: true, ..
                } = event
                    && let Some(digit) = digit(*key)
                    && self.typed.len() < 4
                {
                    self.typed.push(digit);
                }
            }
        });
    }

    /// The scene of slide `index`, cached until the slide, the what-if, the language or the
    /// theme changes (the project does not change while presenting).
    pub fn scene(&mut self, room: &mut Room, index: usize, busy: bool) -> Option<Scene> {
        let slide = room.project.slides.get(index)?;
        let key = CacheKey {
            index,
            whatif: self.whatif.revision(),
            lang: room.project.meta.language,
            theme: room.theme,
        };
        if let Some((_, scene)) = self.cache.iter().find(|(k, _)| *k == key) {
            return Some(scene.clone());
        }
        let (project, results) = self.whatif.inputs(room.project, room.results);
        // The slide speaks the project's language, whatever the app's.
        let scene = scene_of(
            project,
            results,
            slide,
            project.meta.language,
            room.theme,
            busy,
        );
        self.cache
            .retain(|(k, _)| k.whatif == key.whatif && k.lang == key.lang);
        if self.cache.len() > 4 {
            self.cache.remove(0);
        }
        self.cache.push((key, scene.clone()));
        Some(scene)
    }

    /// Seconds since the presentation started.
    pub fn elapsed_secs(&mut self, now: f64) -> f64 {
        now - *self.started_secs.get_or_insert(now)
    }
}

/// `base`, or `base 2`, `base 3` … when a scenario already has that name.
pub fn unique_name(project: &Project, base: &str) -> String {
    let taken = |name: &str| project.scenarios.iter().any(|s| s.name == name);
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base} {n}"))
        .find(|name| !taken(name))
        .unwrap_or_else(|| base.to_string())
}

fn digit(key: egui::Key) -> Option<char> {
    use egui::Key::*;
    Some(match key {
        Num0 => '0',
        Num1 => '1',
        Num2 => '2',
        Num3 => '3',
        Num4 => '4',
        Num5 => '5',
        Num6 => '6',
        Num7 => '7',
        Num8 => '8',
        Num9 => '9',
        _ => return None,
    })
}

/// Elapsed time as h:mm:ss or m:ss.
pub fn elapsed_text(secs: f64) -> String {
    let secs = secs.max(0.0) as u64;
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Project {
        crate::store::embedded_sample().expect("sample")
    }

    #[test]
    fn keys_step_jump_blank_and_stay_within_the_deck() {
        let project = sample();
        let count = project.slides.len();
        let mut show = Show::new(0, count, false);
        let lang = Lang::En;
        show.run(AppCommand::PreviousSlide, count, &project, lang);
        assert_eq!(show.index, 0);
        show.run(AppCommand::NextSlide, count, &project, lang);
        assert_eq!(show.index, 1);
        show.run(AppCommand::LastSlide, count, &project, lang);
        assert_eq!(show.index, count - 1);
        show.run(AppCommand::NextSlide, count, &project, lang);
        assert_eq!(show.index, count - 1);
        show.typed = "3".into();
        show.run(AppCommand::GoToTypedSlide, count, &project, lang);
        assert_eq!(show.index, 2);
        show.typed = "99".into();
        show.run(AppCommand::GoToTypedSlide, count, &project, lang);
        assert_eq!(show.index, 2, "no such slide: stays");
        show.run(AppCommand::BlankScreen, count, &project, lang);
        assert!(show.blank);
        show.run(AppCommand::NextSlide, count, &project, lang);
        assert!(!show.blank);
        show.run(AppCommand::StopPresenting, count, &project, lang);
        assert_eq!(show.finished, Some(Leaving::Discard));
    }

    #[test]
    fn leaving_with_moved_sliders_asks_first() {
        let project = sample();
        let count = project.slides.len();
        let mut show = Show::new(0, count, false);
        let key = crate::model::AssumptionKey::ChurnAfterNegative;
        show.whatif.set(&project, key, 0.6);
        show.run(AppCommand::StopPresenting, count, &project, Lang::En);
        assert!(show.finished.is_none());
        let question = show.asking.clone().expect("asks");
        assert_eq!(question.name, "What-if from the workshop");
        show.run(AppCommand::StopPresenting, count, &project, Lang::En);
        assert!(show.asking.is_none(), "Esc again: back to the slide");
        assert!(show.finished.is_none());
    }

    #[test]
    fn elapsed_time_reads_as_a_clock() {
        assert_eq!(elapsed_text(0.0), "0:00");
        assert_eq!(elapsed_text(75.4), "1:15");
        assert_eq!(elapsed_text(3725.0), "1:02:05");
    }
}
