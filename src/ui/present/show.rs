//! The audience's screen: the slide scaled to fill 16:9 on black, its live assumption sliders,
//! a small slide counter, the blank screen, and "Keep these changes?" on leaving.

use super::render::{self, Detail, Look};
use super::whatif::{project_value, slider_range};
use super::{KeepQuestion, Leaving, Room, Show};
use crate::context::AppCommand;
use crate::i18n::{Lang, t};
use crate::model::catalog::assumption_info;
use crate::model::{AssumptionKey, Project};
use crate::ui::scenarios::{assumption_text, override_slider};
use egui::{Color32, Rect, RichText, vec2};

/// Draws the audience's screen into `ui` (the whole window); returns the steps asked for by
/// clicks on the slide.
pub fn audience_ui(ui: &mut egui::Ui, show: &mut Show, room: &mut Room) -> Vec<AppCommand> {
    let screen = ui.max_rect();
    ui.painter().rect_filled(screen, 0.0, Color32::BLACK);
    let count = room.project.slides.len();
    let mut steps = Vec::new();
    if show.blank {
        ui.allocate_rect(screen, egui::Sense::click());
        return steps;
    }
    let rect = render::fit(screen);
    let background = ui.allocate_rect(screen, egui::Sense::click());
    let busy = ui.input(|i| i.pointer.any_down());
    let index = show.index;
    let Some(scene) = show.scene(room, index, busy) else {
        empty_deck(ui, rect, room.lang);
        return steps;
    };
    let id = egui::Id::unique(("present-slide", index));
    let on_slider = live_scene_ui(ui, rect, &scene, show, room, id);
    let pointer = ui.input(|i| i.pointer.interact_pos());
    counter_ui(ui, screen, rect, show, count, room.lang);
    // A click anywhere but on a slider steps (plots on the slide take no clicks of their own).
    let (primary, secondary) = ui.input(|i| {
        (
            i.pointer.primary_clicked(),
            i.pointer.button_clicked(egui::PointerButton::Secondary),
        )
    });
    // Not on the presenter view or a dialog over the slide (each on a layer of its own).
    let layer = ui.layer_id();
    let over_screen = pointer
        .is_some_and(|p| screen.contains(p) && ui.ctx().layer_id_at(p).is_none_or(|l| l == layer));
    if show.asking.is_none() && !on_slider && over_screen {
        if primary || background.clicked() {
            steps.push(AppCommand::NextSlide);
        } else if secondary {
            steps.push(AppCommand::PreviousSlide);
        }
    }
    steps
}

fn empty_deck(ui: &egui::Ui, rect: Rect, lang: Lang) {
    let text = t(
        "The deck has no slides yet: add them in the Slides workspace. Esc leaves.",
        "De presentatie heeft nog geen dia's: voeg ze toe in de werkruimte Dia's. Esc sluit af.",
    );
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text.get(lang),
        egui::FontId::proportional(rect.height() * 0.035),
        Color32::from_gray(200),
    );
}

/// "3 / 9" in the corner, small and grey; a typed slide number next to it.
fn counter_ui(ui: &mut egui::Ui, screen: Rect, slide: Rect, show: &Show, count: usize, lang: Lang) {
    let size = (slide.height() * 0.022).max(11.0);
    let mut text = format!("{} / {count}", show.index + 1);
    if !show.typed.is_empty() {
        let go = t("Go to slide", "Naar dia").get(lang);
        text = format!("{go} {} …   {text}", show.typed);
    }
    // In the letterbox when there is room, else in the slide's corner, faint.
    let below = screen.bottom() - slide.bottom() > size * 1.6;
    let (at, color) = if below {
        (
            egui::pos2(slide.right() - size * 0.5, screen.bottom() - size * 0.4),
            Color32::from_gray(140),
        )
    } else {
        (
            egui::pos2(slide.right() - size * 0.6, slide.bottom() - size * 0.4),
            Color32::from_gray(128).gamma_multiply(0.8),
        )
    };
    let shown = ui.painter().text(
        at,
        egui::Align2::RIGHT_BOTTOM,
        &text,
        egui::FontId::proportional(size),
        color,
    );
    // Readable by a screen reader (and a test) too.
    let response = ui.interact(
        shown,
        egui::Id::unique("slide-counter"),
        egui::Sense::hover(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
}

/// What a slider on a slide did this frame.
#[derive(Default)]
pub struct SliderResponse {
    /// The new value, when moved.
    pub changed: Option<f64>,
    /// The pointer is over it.
    pub hovered: bool,
    /// It is being dragged.
    pub active: bool,
}

/// Draws `scene` into `rect` with its sliders live: moving one changes the what-if copy.
/// Returns whether the pointer is on (or dragging) a slider, where a click must not step.
pub fn live_scene_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    scene: &crate::slides::Scene,
    show: &mut Show,
    room: &mut Room,
    id: egui::Id,
) -> bool {
    let mut look = Look {
        project: room.project,
        textures: room.textures,
        theme: room.theme,
    };
    let sliders = render::scene_ui(ui, rect, scene, &mut look, Detail::Full, id);
    let scale = rect.width() / crate::slides::CANVAS.0;
    let pointer = ui.input(|i| i.pointer.interact_pos());
    let mut on_slider = false;
    for (key, r) in sliders {
        on_slider |= pointer.is_some_and(|p| r.contains(p));
        let value = show.whatif.value(room.project, key);
        let response = slider_ui(
            ui,
            r,
            key,
            value,
            room.project,
            scale,
            room.theme,
            true,
            room.project.meta.language,
        );
        on_slider |= response.hovered || response.active;
        if let Some(value) = response.changed {
            show.whatif.set(room.project, key, value);
        }
    }
    on_slider
}

/// An assumption's slider in `r` on a slide drawn at `scale`: its name above, the slider over
/// its plausible range with the value in its unit. `live` sliders move (present mode); the
/// preview draws the same slider, still.
#[allow(clippy::too_many_arguments)]
pub fn slider_ui(
    ui: &mut egui::Ui,
    r: Rect,
    key: AssumptionKey,
    value: f64,
    project: &Project,
    scale: f32,
    theme: egui::Theme,
    live: bool,
    lang: Lang,
) -> SliderResponse {
    let scene_theme = super::slide_theme(theme);
    let text_color = render::color(scene_theme.text);
    let size = (crate::slides::TEXT_MIN * 1.1 * scale).max(4.0);
    let builder = egui::UiBuilder::new()
        .max_rect(r)
        .id_salt(("slide-slider", key.index()))
        .layout(egui::Layout::top_down(egui::Align::Min));
    let mut child = ui.new_child(builder);
    child.set_clip_rect(r.intersect(ui.clip_rect()));
    {
        let style = child.style_mut();
        style.visuals = match theme {
            egui::Theme::Light => egui::Visuals::light(),
            egui::Theme::Dark => egui::Visuals::dark(),
        };
        style.visuals.disabled_alpha = 1.0;
        for font in style.text_styles.values_mut() {
            font.size = size;
        }
        style.spacing.interact_size = vec2(60.0 * scale, size * 1.5);
        style.spacing.item_spacing = vec2(16.0 * scale, 6.0 * scale);
        style.spacing.button_padding = vec2(6.0 * scale, 2.0 * scale);
        style.spacing.slider_rail_height = (10.0 * scale).max(2.0);
        style.spacing.slider_width = (r.width() - 420.0 * scale).max(20.0);
    }
    if !live {
        child.disable();
    }
    let info = assumption_info(key);
    let name = info.label.get(lang);
    let label =
        child.add(egui::Label::new(RichText::new(name).color(text_color).size(size)).truncate());
    let mut shown = value;
    let (low, high) = slider_range(project, key);
    let project_value = project_value(project, key);
    let response = child
        .horizontal(|ui| {
            let response = override_slider(ui, key, &mut shown, (low, high), lang);
            if live && (value - project_value).abs() > 1e-12 {
                // What the project says, so the room sees how far the slider moved.
                let was = t("project", "project").get(lang);
                ui.label(
                    RichText::new(format!(
                        "({was}: {})",
                        assumption_text(key, project_value, lang)
                    ))
                    .size(size * 0.85)
                    .color(render::color(scene_theme.weak)),
                );
            }
            response
        })
        .inner
        .labelled_by(label.id);
    SliderResponse {
        changed: (live && response.changed()).then_some(shown),
        hovered: response.hovered() || label.hovered(),
        active: response.dragged() || response.has_focus(),
    }
}

/// "Keep these changes?": keep the moved sliders as a new scenario, discard them, or go back
/// to the slide. Sets [`Show::finished`] when the presenter chose.
pub fn keep_dialog_ui(ctx: &egui::Context, show: &mut Show, project: &Project, lang: Lang) {
    let Some(question) = &mut show.asking else {
        return;
    };
    let values = show.whatif.values();
    let mut chosen = None;
    let mut back = false;
    let response = egui::Modal::new(egui::Id::unique("keep-what-if")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.heading(KEEP_TITLE.get(lang));
        ui.add_space(8.0);
        ui.label(
            t(
                "The sliders moved these assumptions during the presentation; the project still has its own values:",
                "De schuifjes hebben tijdens de presentatie deze aannames veranderd; het project heeft nog zijn eigen waarden:",
            )
            .get(lang),
        );
        ui.add_space(4.0);
        for (key, value) in &values {
            let (from, to) = (
                assumption_text(*key, project_value(project, *key), lang),
                assumption_text(*key, *value, lang),
            );
            let change =
                t("from {from} to {to}", "van {from} naar {to}").fill(lang, &[("from", &from), ("to", &to)]);
            ui.label(format!("• {}: {change}", assumption_info(*key).label.get(lang)));
        }
        ui.add_space(10.0);
        egui::Grid::new("keep-what-if-grid")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label(t("Scenario name", "Naam van het scenario").get(lang));
                ui.add(egui::TextEdit::singleline(&mut question.name).desired_width(320.0))
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t("Based on", "Gebaseerd op").get(lang));
                based_on_ui(ui, question, project, lang).labelled_by(label.id);
                ui.end_row();
            });
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui
                .button(t("Keep as a new scenario", "Bewaren als nieuw scenario").get(lang))
                .clicked()
            {
                chosen = Some(Leaving::Keep(question.clone()));
            }
            if ui
                .button(t("Discard", "Niet bewaren").get(lang))
                .on_hover_text(
                    t(
                        "Forget the moved sliders; the project stays as it was",
                        "Vergeet de verschoven schuifjes; het project blijft zoals het was",
                    )
                    .get(lang),
                )
                .clicked()
            {
                chosen = Some(Leaving::Discard);
            }
            if ui
                .button(t("Back to the slide", "Terug naar de dia").get(lang))
                .clicked()
            {
                back = true;
            }
        });
    });
    if let Some(choice) = chosen {
        show.asking = None;
        show.finished = Some(choice);
    } else if back || response.should_close() {
        show.asking = None;
    }
}

/// The title of the question on leaving with moved sliders.
pub const KEEP_TITLE: crate::i18n::Text = t("Keep these changes?", "Deze wijzigingen bewaren?");

fn based_on_ui(
    ui: &mut egui::Ui,
    question: &mut KeepQuestion,
    project: &Project,
    lang: Lang,
) -> egui::Response {
    let none = t("No initiatives (as is)", "Geen initiatieven (zoals nu)").get(lang);
    let name_of = |id: &Option<crate::model::Id>| {
        id.as_ref()
            .and_then(|id| project.scenario(id))
            .map_or(none.to_string(), |s| s.name.clone())
    };
    egui::ComboBox::from_id_salt("keep-based-on")
        .selected_text(name_of(&question.based_on))
        .width(320.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut question.based_on, None, none);
            for scenario in &project.scenarios {
                ui.selectable_value(
                    &mut question.based_on,
                    Some(scenario.id.clone()),
                    &scenario.name,
                );
            }
        })
        .response
}
