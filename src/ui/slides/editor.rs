//! One slide: the buttons to present, the 16:9 preview (the same scene, drawn the same way, as
//! the room sees), and the slide's title, content, speaker notes and sliders. Edits change the
//! project directly; the app makes them undo steps.

use super::SlidesState;
use crate::charts::kinds::{self, Need};
use crate::context::Action;
use crate::i18n::{Lang, t};
use crate::model::catalog::assumption_info;
use crate::model::slide::MAX_SLIDERS_PER_SLIDE;
use crate::model::{AssumptionKey, Id, PlotKind, PlotSpec, Project, SlideContent};
use crate::ui::Env;
use crate::ui::present::render::{self, Detail, Look};
use crate::ui::present::whatif::project_value;
use crate::ui::widgets::{multiline_row, select_all, text_row};
use egui::{RichText, vec2};

/// The editor stops growing here, so lines stay readable on a wide screen.
const MAX_WIDTH: f32 = 1100.0;

/// Draws the editor of slide `index`.
pub fn editor_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    index: usize,
    state: &mut SlidesState,
    env: &mut Env,
    theme: egui::Theme,
) {
    let lang = env.lang;
    egui::ScrollArea::vertical()
        .id_salt("slide-editor")
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(MAX_WIDTH));
            toolbar_ui(ui, project, index, env, theme);
            ui.add_space(6.0);
            preview_ui(ui, project, index, env, theme);
            ui.add_space(10.0);
            fields_ui(ui, project, index, state, lang);
            ui.add_space(24.0);
        });
}

/// Present from here or from the start, and the theme of the slides.
fn toolbar_ui(
    ui: &mut egui::Ui,
    project: &Project,
    index: usize,
    env: &mut Env,
    theme: egui::Theme,
) {
    let lang = env.lang;
    ui.horizontal_wrapped(|ui| {
        let here = egui::Button::new(
            RichText::new(format!(
                "▶ {}",
                t("Present from this slide", "Presenteren vanaf deze dia").get(lang)
            ))
            .size(16.0),
        )
        .shortcut_text(ui.ctx().format_shortcut(&egui::KeyboardShortcut::new(
            egui::Modifiers::SHIFT,
            egui::Key::F5,
        )));
        if ui.add(here).clicked() {
            env.actions.push(Action::Present(index));
        }
        let start = egui::Button::new(t("From the start", "Vanaf het begin").get(lang))
            .shortcut_text(ui.ctx().format_shortcut(&egui::KeyboardShortcut::new(
                egui::Modifiers::NONE,
                egui::Key::F5,
            )));
        if ui.add(start).clicked() {
            env.actions.push(Action::Present(0));
        }
        ui.separator();
        let label = ui.label(t("Slides in", "Dia's in").get(lang));
        let name = |theme: egui::Theme| match theme {
            egui::Theme::Light => t("light (projector)", "licht (beamer)").get(lang),
            egui::Theme::Dark => t("dark", "donker").get(lang),
        };
        egui::ComboBox::from_id_salt("slide-theme")
            .selected_text(name(theme))
            .show_ui(ui, |ui| {
                for choice in [egui::Theme::Light, egui::Theme::Dark] {
                    if ui.selectable_label(theme == choice, name(choice)).clicked() {
                        env.actions.push(Action::SetSlideTheme(choice));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.separator();
        // Kept whole: where it does not fit, it goes to the next row, not half of it.
        ui.add(
            egui::Label::new(
                RichText::new(
                    t("Slide {number} of {count}", "Dia {number} van {count}").fill(
                        lang,
                        &[("number", &(index + 1)), ("count", &project.slides.len())],
                    ),
                )
                .weak(),
            )
            .wrap_mode(egui::TextWrapMode::Extend),
        );
    });
}

/// The slide as the room sees it, 16:9, with its sliders drawn still.
fn preview_ui(
    ui: &mut egui::Ui,
    project: &Project,
    index: usize,
    env: &mut Env,
    theme: egui::Theme,
) {
    let Some(slide) = project.slides.get(index) else {
        return;
    };
    let width = ui.available_width();
    let height_room = (ui.ctx().content_rect().height() * 0.55).max(200.0);
    let height = (width * 9.0 / 16.0).min(height_room);
    let (outer, _) = ui.allocate_exact_size(vec2(width, height), egui::Sense::hover());
    let rect = render::fit(outer);
    let busy = ui.input(|i| i.pointer.any_down());
    // As the room sees it: in the project's language, whatever the app's.
    let lang = project.meta.language;
    let scene = crate::ui::present::scene_of(project, env.results, slide, lang, theme, busy);
    let mut look = Look {
        project,
        textures: env.textures,
        theme,
    };
    let id = egui::Id::unique(("slide-preview", index));
    let sliders = render::scene_ui(ui, rect, &scene, &mut look, Detail::Full, id);
    let scale = rect.width() / crate::slides::CANVAS.0;
    for (key, r) in sliders {
        let value = project_value(project, key);
        crate::ui::present::show::slider_ui(ui, r, key, value, project, scale, theme, false, lang);
    }
    ui.painter().rect_stroke(
        rect,
        0.0,
        egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Outside,
    );
}

/// What a slide can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shows {
    Title,
    Persona,
    Journey,
    Plot,
}

impl Shows {
    fn of(content: &SlideContent) -> Self {
        match content {
            SlideContent::Title(_) => Shows::Title,
            SlideContent::PersonaCard(_) => Shows::Persona,
            SlideContent::JourneyMap => Shows::Journey,
            SlideContent::Plot(_) => Shows::Plot,
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Shows::Title => t("Title slide with a subtitle", "Titeldia met ondertitel"),
            Shows::Persona => t("A persona card", "Een personakaart"),
            Shows::Journey => t(
                "The journey map with its emotion curves",
                "De klantreiskaart met de emotiecurves",
            ),
            Shows::Plot => t("A plot", "Een grafiek"),
        }
        .get(lang)
    }

    /// New content of this kind for `project`.
    fn content(self, project: &Project) -> SlideContent {
        match self {
            Shows::Title => SlideContent::Title(String::new()),
            Shows::Persona => SlideContent::PersonaCard(
                project
                    .personas
                    .first()
                    .map(|p| p.id.clone())
                    .unwrap_or_default(),
            ),
            Shows::Journey => SlideContent::JourneyMap,
            Shows::Plot => SlideContent::Plot(PlotSpec::of(PlotKind::ProfitComparison)),
        }
    }
}

fn fields_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    index: usize,
    state: &mut SlidesState,
    lang: Lang,
) {
    let personas: Vec<(Id, String)> = project
        .personas
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    let scenarios: Vec<(Id, String)> = project
        .scenarios
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    let fresh: Vec<SlideContent> = [Shows::Title, Shows::Persona, Shows::Journey, Shows::Plot]
        .iter()
        .map(|s| s.content(project))
        .collect();
    let Some(slide) = project.slides.get_mut(index) else {
        return;
    };
    egui::Grid::new("slide-fields")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .min_col_width(150.0)
        .show(ui, |ui| {
            let title = text_row(ui, lang, t("Title", "Titel").get(lang), &mut slide.title);
            if std::mem::take(&mut state.focus_title) {
                select_all(ui, &title, slide.title.chars().count());
            }
            let label = ui.label(t("Shows", "Toont").get(lang));
            let mut shows = Shows::of(&slide.content);
            egui::ComboBox::from_id_salt("slide-shows")
                .selected_text(shows.label(lang))
                .width(340.0)
                .show_ui(ui, |ui| {
                    for (choice, content) in
                        [Shows::Title, Shows::Persona, Shows::Journey, Shows::Plot]
                            .into_iter()
                            .zip(&fresh)
                    {
                        if ui
                            .selectable_value(&mut shows, choice, choice.label(lang))
                            .clicked()
                            && Shows::of(&slide.content) != choice
                        {
                            slide.content = content.clone();
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            match &mut slide.content {
                SlideContent::Title(subtitle) => {
                    multiline_row(ui, lang, t("Subtitle", "Ondertitel").get(lang), subtitle, 2);
                }
                SlideContent::PersonaCard(id) => {
                    let label = ui.label(t("Persona", "Persona").get(lang));
                    choice_ui(ui, "slide-persona", id, &personas, lang).labelled_by(label.id);
                    ui.end_row();
                }
                SlideContent::JourneyMap => {}
                SlideContent::Plot(spec) => plot_fields_ui(ui, spec, &personas, &scenarios, lang),
            }
            multiline_row(
                ui,
                lang,
                t("Speaker notes", "Sprekersnotities").get(lang),
                &mut slide.notes,
                6,
            );
            sliders_ui(ui, &mut slide.sliders, lang);
        });
    if let Some(slide) = project.slides.get(index) {
        slider_hint_ui(ui, &slide.content, lang);
    }
}

fn plot_fields_ui(
    ui: &mut egui::Ui,
    spec: &mut PlotSpec,
    personas: &[(Id, String)],
    scenarios: &[(Id, String)],
    lang: Lang,
) {
    let label = ui.label(t("Plot", "Grafiek").get(lang));
    egui::ComboBox::from_id_salt("slide-plot-kind")
        .selected_text(kinds::info(spec.kind).label.get(lang))
        .width(340.0)
        .show_ui(ui, |ui| {
            for &kind in PlotKind::ALL {
                ui.selectable_value(&mut spec.kind, kind, kinds::info(kind).label.get(lang));
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
    let info = kinds::info(spec.kind);
    if info.scenario != Need::No {
        if info.scenario == Need::One && spec.scenario.is_none() {
            spec.scenario = scenarios.first().map(|(id, _)| id.clone());
        }
        let label = ui.label(info.scenario_label.get(lang));
        // No scenario: none in bold, or the curves without an "after".
        let none = (info.scenario == Need::Optional).then(|| t("None", "Geen").get(lang));
        optional_choice_ui(
            ui,
            "slide-plot-scenario",
            &mut spec.scenario,
            scenarios,
            none,
            lang,
        )
        .labelled_by(label.id);
        ui.end_row();
    }
    if info.persona != Need::No {
        if info.persona == Need::One && spec.persona.is_none() {
            spec.persona = personas.first().map(|(id, _)| id.clone());
        }
        let label = ui.label(t("Persona", "Persona").get(lang));
        let all = (info.persona == Need::Optional).then(|| t("All", "Alle").get(lang));
        if info.some_personas && spec.persona.is_none() && !spec.personas.is_empty() {
            some_personas_ui(ui, spec, personas, lang)
        } else {
            optional_choice_ui(
                ui,
                "slide-plot-persona",
                &mut spec.persona,
                personas,
                all,
                lang,
            )
        }
        .labelled_by(label.id);
        ui.end_row();
    }
    if spec.kind.compares_scenarios() {
        let label = ui.label(t("Values", "Waarden").get(lang));
        ui.horizontal(|ui| crate::ui::widgets::against_today_choice(ui, &mut spec.absolute, lang))
            .inner
            .labelled_by(label.id);
        ui.end_row();
    }
}

/// The personas of a plot showing a chosen few (emotion curves added from the Journey's
/// filter): says which, until one or all is chosen instead.
fn some_personas_ui(
    ui: &mut egui::Ui,
    spec: &mut PlotSpec,
    personas: &[(Id, String)],
    lang: Lang,
) -> egui::Response {
    let names: Vec<&str> = spec
        .personas
        .iter()
        .filter_map(|id| personas.iter().find(|(p, _)| p == id))
        .map(|(_, name)| name.as_str())
        .collect();
    let mut chosen: Option<Option<Id>> = None;
    let response = egui::ComboBox::from_id_salt("slide-plot-persona")
        .selected_text(names.join(", "))
        .width(340.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(false, t("All", "Alle").get(lang))
                .clicked()
            {
                chosen = Some(None);
            }
            for (id, name) in personas {
                if ui.selectable_label(false, name).clicked() {
                    chosen = Some(Some(id.clone()));
                }
            }
        })
        .response;
    if let Some(persona) = chosen {
        spec.personas.clear();
        spec.persona = persona;
    }
    response
}

/// A drop-down of `options` by name for the id `value`.
fn choice_ui(
    ui: &mut egui::Ui,
    salt: &str,
    value: &mut Id,
    options: &[(Id, String)],
    lang: Lang,
) -> egui::Response {
    let mut chosen = Some(value.clone());
    let response = optional_choice_ui(ui, salt, &mut chosen, options, None, lang);
    if let Some(id) = chosen {
        *value = id;
    }
    response
}

/// A drop-down of `options` by name, with `none` first (what no choice means: "All", "None")
/// where no choice is allowed.
fn optional_choice_ui(
    ui: &mut egui::Ui,
    salt: &str,
    value: &mut Option<Id>,
    options: &[(Id, String)],
    none: Option<&str>,
    lang: Lang,
) -> egui::Response {
    let every = none.unwrap_or_default();
    let missing = t("(no longer in the project)", "(niet meer in het project)").get(lang);
    let selected = match value {
        None => every.to_string(),
        Some(id) => options
            .iter()
            .find(|(o, _)| o == id)
            .map_or(missing.to_string(), |(_, name)| name.clone()),
    };
    egui::ComboBox::from_id_salt(salt)
        .selected_text(selected)
        .width(340.0)
        .show_ui(ui, |ui| {
            if let Some(none) = none {
                ui.selectable_value(value, None, none);
            }
            for (id, name) in options {
                ui.selectable_value(value, Some(id.clone()), name);
            }
        })
        .response
}

/// Up to two assumptions whose sliders the room sees on the slide.
fn sliders_ui(ui: &mut egui::Ui, sliders: &mut Vec<AssumptionKey>, lang: Lang) {
    let none = t("No slider", "Geen schuifje").get(lang);
    for place in 0..MAX_SLIDERS_PER_SLIDE {
        let label = ui.label(
            if place == 0 {
                t("First slider", "Eerste schuifje")
            } else {
                t("Second slider", "Tweede schuifje")
            }
            .get(lang),
        );
        let mut chosen = sliders.get(place).copied();
        let before = chosen;
        let selected = chosen.map_or(none, |k| assumption_info(k).label.get(lang));
        egui::ComboBox::from_id_salt(("slide-slider-choice", place))
            .selected_text(selected)
            .width(420.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, none);
                for key in AssumptionKey::ALL {
                    let taken = sliders
                        .iter()
                        .enumerate()
                        .any(|(i, k)| *k == key && i != place);
                    if !taken {
                        ui.selectable_value(
                            &mut chosen,
                            Some(key),
                            assumption_info(key).label.get(lang),
                        );
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
        if chosen != before {
            match (chosen, place < sliders.len()) {
                (Some(key), true) => sliders[place] = key,
                (Some(key), false) => sliders.push(key),
                (None, true) => {
                    sliders.remove(place);
                }
                (None, false) => {}
            }
        }
        if sliders.len() <= place {
            break;
        }
    }
}

/// Says when a slide's sliders cannot move what it shows.
fn slider_hint_ui(ui: &mut egui::Ui, content: &SlideContent, lang: Lang) {
    let moves = matches!(
        content,
        SlideContent::Plot(spec) if kinds::info(spec.kind).moves_with_sliders()
    );
    if !moves {
        ui.add_space(4.0);
        ui.label(
            RichText::new(
                t(
                    "Sliders move the scenario plots (customers, revenue, profit, NPS, lifetime value, tornado); on this slide they only show the value.",
                    "Schuifjes bewegen de scenariografieken (klanten, omzet, winst, NPS, klantwaarde, tornado); op deze dia tonen ze alleen de waarde.",
                )
                .get(lang),
            )
            .weak(),
        );
    }
}
