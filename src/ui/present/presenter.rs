//! The presenter view, in a second native window (an egui viewport): the current slide with
//! its live sliders, the next slide, the speaker notes in large type, the elapsed time and the
//! clock, and the deck to jump to any slide. It follows the same keys as the audience's
//! screen. Where the system cannot open a second window (and in tests) it shows as a window
//! inside the first.

use super::render::{self, Detail, Look};
use super::show::live_scene_ui;
use super::{Room, Show, clock, elapsed_text};
use crate::context::AppCommand;
use crate::i18n::{Text, t};
use egui::{RichText, vec2};

/// The presenter view's title.
pub const TITLE: Text = t(
    "Presenter view — CX Workbench",
    "Presentatorweergave — CX Workbench",
);

/// Size of the notes' text.
const NOTES_SIZE: f32 = 24.0;

/// Shows the presenter view while [`Show::presenter`] is set; returns the commands its keys
/// and buttons asked for (the app runs them as for the audience's screen).
pub fn window(ctx: &egui::Context, show: &mut Show, room: &mut Room) -> Vec<AppCommand> {
    if !show.presenter {
        return Vec::new();
    }
    let builder = egui::ViewportBuilder::default()
        .with_title(TITLE.get(room.lang))
        .with_inner_size([1180.0, 760.0])
        .with_min_inner_size([640.0, 420.0]);
    let id = egui::ViewportId::from_hash_of("cx-presenter-view");
    ctx.show_viewport_immediate(id, builder, |ui, class| {
        let mut asked = Vec::new();
        let embedded = class == egui::ViewportClass::EmbeddedWindow;
        if !embedded {
            // Its own window has its own keyboard: the same keys as the audience's screen.
            let ctx = ui.ctx().clone();
            if ctx.input(|i| i.viewport().close_requested()) {
                show.presenter = false;
            }
            // Not while a question or the list of keys is open here: Esc closes that.
            if !show.keys && show.asking.is_none() {
                asked.extend(AppCommand::consume(&ctx, true, ctx.text_edit_focused()));
                show.take_digits(&ctx);
            }
        }
        egui::Frame::central_panel(ui.style()).show(ui, |ui| {
            if embedded {
                // The window's size as its own window would have it.
                ui.set_min_size(vec2(1140.0, 680.0));
                ui.set_max_size(vec2(1140.0, 680.0));
            } else {
                ui.set_min_size(ui.available_size());
            }
            asked.extend(contents_ui(ui, show, room));
        });
        // Asked here, not in front of the room: the presenter decides on this screen.
        let ctx = ui.ctx().clone();
        super::show::keep_dialog_ui(&ctx, show, room.project, room.lang);
        keys_ui(&ctx, show, room.lang);
        asked
    })
}

/// F1's list of the keys that work while presenting, in the presenter view (not in front of
/// the room).
fn keys_ui(ctx: &egui::Context, show: &mut Show, lang: crate::i18n::Lang) {
    if !show.keys {
        return;
    }
    let response = egui::Modal::new(egui::Id::unique("presenter-keys")).show(ctx, |ui| {
        ui.heading(crate::i18n::tr::CMD_SHORTCUTS.get(lang));
        egui::Grid::new("presenter-keys-grid")
            .striped(true)
            .show(ui, |ui| {
                let shown = AppCommand::ALL.iter().copied().filter(|c| {
                    c.scope() == crate::context::command::Scope::Presenting
                        || *c == AppCommand::Shortcuts
                });
                crate::ui::widgets::key_rows(ui, shown, lang);
            });
        ui.add_space(8.0);
        ui.button(crate::i18n::tr::CLOSE.get(lang)).clicked()
    });
    if response.inner || response.should_close() {
        show.keys = false;
    }
}

fn contents_ui(ui: &mut egui::Ui, show: &mut Show, room: &mut Room) -> Vec<AppCommand> {
    let lang = room.lang;
    let count = room.project.slides.len();
    let mut asked = Vec::new();
    let now = ui.input(|i| i.time);
    let elapsed = show.elapsed_secs(now);
    ui.request_repaint_after(std::time::Duration::from_millis(500));
    ui.horizontal(|ui| {
        let position = t("Slide {number} of {count}", "Dia {number} van {count}")
            .fill(lang, &[("number", &(show.index + 1)), ("count", &count)]);
        ui.label(RichText::new(position).size(20.0).strong());
        ui.separator();
        let elapsed_label = t("Elapsed", "Verstreken").get(lang);
        ui.label(RichText::new(format!("{elapsed_label} {}", elapsed_text(elapsed))).size(20.0));
        if let Some(time) = clock::local_time_text() {
            ui.separator();
            let clock_label = t("Clock", "Klok").get(lang);
            ui.label(RichText::new(format!("{clock_label} {time}")).size(20.0));
        }
        if show.blank {
            ui.separator();
            ui.label(
                RichText::new(t("The screen is blank", "Het scherm is zwart").get(lang))
                    .size(20.0)
                    .color(ui.visuals().warn_fg_color),
            );
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for command in [
                AppCommand::StopPresenting,
                AppCommand::BlankScreen,
                AppCommand::NextSlide,
                AppCommand::PreviousSlide,
            ] {
                let label = match command {
                    AppCommand::NextSlide => format!("{} ▶", command.label(lang)),
                    AppCommand::PreviousSlide => format!("◀ {}", command.label(lang)),
                    AppCommand::BlankScreen => t("Blank screen", "Scherm zwart").get(lang).into(),
                    _ => command.label(lang).to_string(),
                };
                if ui
                    .button(label)
                    .on_hover_text(command.keys_text(ui.ctx()))
                    .clicked()
                {
                    asked.push(command);
                }
            }
        });
    });
    ui.separator();

    let full = ui.available_size();
    let list_height = 44.0;
    let body_height = (full.y - list_height - 16.0).max(200.0);
    let slides_width = (full.x * 0.55).max(240.0);
    ui.horizontal_top(|ui| {
        ui.allocate_ui(vec2(slides_width, body_height), |ui| {
            ui.vertical(|ui| slides_ui(ui, show, room, slides_width, body_height))
        });
        ui.separator();
        ui.allocate_ui(vec2(ui.available_width(), body_height), |ui| {
            ui.vertical(|ui| notes_ui(ui, show, room, body_height))
        });
    });
    ui.separator();
    deck_list_ui(ui, show, room);
    asked
}

/// The current slide (with its live sliders) and the next one.
fn slides_ui(ui: &mut egui::Ui, show: &mut Show, room: &mut Room, width: f32, height: f32) {
    let lang = room.lang;
    let now_height = (height * 0.62).min(width * 9.0 / 16.0 + 30.0);
    ui.label(RichText::new(t("Now", "Nu").get(lang)).strong());
    let (outer, _) = ui.allocate_exact_size(vec2(width, now_height - 24.0), egui::Sense::hover());
    let rect = render::fit(outer);
    let index = show.index;
    let busy = ui.input(|i| i.pointer.any_down());
    if let Some(scene) = show.scene(room, index, busy) {
        let id = egui::Id::unique(("presenter-now", index));
        live_scene_ui(ui, rect, &scene, show, room, id);
    }
    ui.add_space(6.0);
    let next = index + 1;
    match room.project.slides.get(next) {
        Some(slide) => {
            ui.label(
                RichText::new(format!(
                    "{}: {}",
                    t("Next", "Volgende").get(lang),
                    slide.title
                ))
                .strong(),
            );
            let room_left = (height - now_height - 30.0).max(60.0);
            let (outer, _) = ui.allocate_exact_size(
                vec2(width * 0.6, room_left.min(width * 0.6 * 9.0 / 16.0)),
                egui::Sense::hover(),
            );
            let rect = render::fit(outer);
            if let Some(scene) = show.scene(room, next, busy) {
                let mut look = Look {
                    project: room.project,
                    textures: room.textures,
                    theme: room.theme,
                };
                let id = egui::Id::unique(("presenter-next", next));
                render::scene_ui(ui, rect, &scene, &mut look, Detail::Sketch, id);
            }
        }
        None => {
            ui.label(
                RichText::new(
                    t(
                        "Next: the end of the deck",
                        "Volgende: einde van de presentatie",
                    )
                    .get(lang),
                )
                .strong(),
            );
        }
    }
}

/// The current slide's sliders at a size to work with: the same values as the slide's own.
fn sliders_ui(ui: &mut egui::Ui, show: &mut Show, room: &Room) -> f32 {
    let top = ui.cursor().top();
    let Some(slide) = room.project.slides.get(show.index) else {
        return 0.0;
    };
    for key in slide
        .sliders
        .iter()
        .take(crate::model::slide::MAX_SLIDERS_PER_SLIDE)
    {
        let info = crate::model::catalog::assumption_info(*key);
        let key = *key;
        let mut value = show.whatif.value(room.project, key);
        let label = ui.label(RichText::new(info.label.get(room.lang)).size(18.0));
        ui.spacing_mut().slider_width = (ui.available_width() - 110.0).max(120.0);
        let lang = room.lang;
        // The slide's own range: the project's plausible range and its value (a default
        // range could clamp a value outside it on the first frame, changing it unasked).
        let (low, high) = super::whatif::slider_range(room.project, key);
        let slider = egui::Slider::new(&mut value, low..=high)
            .custom_formatter(move |v, _| crate::ui::scenarios::assumption_text(key, v, lang))
            .text_color(ui.visuals().strong_text_color());
        if ui.add(slider).labelled_by(label.id).changed() {
            show.whatif.set(room.project, key, value);
        }
        ui.add_space(6.0);
    }
    if !slide.sliders.is_empty() {
        ui.separator();
    }
    ui.cursor().top() - top
}

/// The speaker notes of the current slide, in large type.
fn notes_ui(ui: &mut egui::Ui, show: &mut Show, room: &Room, height: f32) {
    let lang = room.lang;
    let height = height - sliders_ui(ui, show, room);
    ui.label(RichText::new(t("Notes", "Notities").get(lang)).strong());
    let notes = room
        .project
        .slides
        .get(show.index)
        .map(|s| s.notes.as_str())
        .unwrap_or_default();
    egui::ScrollArea::vertical()
        .id_salt(("presenter-notes", show.index))
        .max_height(height - 24.0)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if notes.trim().is_empty() {
                ui.label(
                    RichText::new(
                        t("No notes for this slide.", "Geen notities bij deze dia.").get(lang),
                    )
                    .size(NOTES_SIZE)
                    .weak(),
                );
            } else {
                ui.add(
                    egui::Label::new(
                        RichText::new(crate::ui::widgets::bounded(notes))
                            .size(NOTES_SIZE)
                            .color(ui.visuals().strong_text_color()),
                    )
                    .wrap(),
                );
            }
        });
}

/// Every slide by number and title: a click shows it.
fn deck_list_ui(ui: &mut egui::Ui, show: &mut Show, room: &Room) {
    egui::ScrollArea::horizontal()
        .id_salt("presenter-deck")
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                for (i, slide) in room.project.slides.iter().enumerate() {
                    let title: String = slide.title.chars().take(28).collect();
                    let label = format!("{} {}", i + 1, title);
                    let button = egui::Button::selectable(i == show.index, label);
                    if ui.add(button).on_hover_text(&slide.title).clicked() {
                        show.go(i);
                        show.blank = false;
                    }
                }
            });
        });
}
