//! The deck as a list of numbered thumbnails: click to edit a slide, drag one to another place
//! (one undo step however far it goes), and the list buttons to add, duplicate, delete and
//! move it with the keyboard.

use super::SlidesState;
use crate::context::Action;
use crate::i18n::{Text, t};
use crate::model::edit::{ListEdit, ListKind};
use crate::model::{Project, SlideContent};
use crate::ui::Env;
use crate::ui::avatar::Textures;
use crate::ui::present::render::{self, Detail, Look};
use egui::{Rect, Sense, pos2, vec2};

/// The Add button's label.
pub const ADD: Text = t("Add slide", "Dia toevoegen");

/// Draws the list; a click selects, a drag moves.
pub fn list_ui(
    ui: &mut egui::Ui,
    project: &Project,
    state: &mut SlidesState,
    env: &mut Env,
    theme: egui::Theme,
) {
    let lang = env.lang;
    crate::ui::item_list::list_buttons(
        ui,
        project,
        ListKind::Slides,
        state.selected.as_ref(),
        ADD.get(lang),
        env,
    );
    let scenes = state.thumbnails.scenes(project, env, theme).to_vec();
    let width = ui.available_width() - 14.0;
    let number_width = 26.0;
    let thumb = vec2(width - number_width, (width - number_width) * 9.0 / 16.0);
    let row_height = thumb.y + 30.0;
    let mut rows: Vec<Rect> = Vec::with_capacity(scenes.len());
    let mut clicked = None;
    let mut drag_started = None;
    let mut drag_stopped = false;
    egui::ScrollArea::vertical()
        .id_salt("slide-thumbnails")
        .show(ui, |ui| {
            for (i, (slide, scene)) in project.slides.iter().zip(&scenes).enumerate() {
                let (rect, response) =
                    ui.allocate_exact_size(vec2(width, row_height), Sense::click_and_drag());
                rows.push(rect);
                let selected = state.selected.as_ref() == Some(&slide.id);
                if selected && std::mem::take(&mut state.reveal) {
                    ui.scroll_to_rect(rect, Some(egui::Align::Center));
                }
                let visuals = ui.style().interact_selectable(&response, selected);
                if selected || response.hovered() {
                    ui.painter().rect_filled(rect, 6.0, visuals.bg_fill);
                }
                ui.painter().text(
                    pos2(rect.left() + 4.0, rect.top() + 6.0),
                    egui::Align2::LEFT_TOP,
                    format!("{}", i + 1),
                    egui::FontId::proportional(15.0),
                    visuals.text_color(),
                );
                let thumb_rect =
                    Rect::from_min_size(pos2(rect.left() + number_width, rect.top() + 4.0), thumb);
                if ui.is_rect_visible(thumb_rect) {
                    thumbnail(ui, thumb_rect, scene, project, env.textures, theme, i);
                }
                let title = if slide.title.trim().is_empty() {
                    "—"
                } else {
                    slide.title.as_str()
                };
                // Long titles end in "…": the whole title on hover.
                let galley = crate::ui::widgets::elided(
                    ui,
                    title,
                    14.0,
                    visuals.text_color(),
                    rect.right() - thumb_rect.left() - 4.0,
                );
                ui.painter().with_clip_rect(rect).galley(
                    pos2(thumb_rect.left(), thumb_rect.bottom() + 4.0),
                    galley,
                    visuals.text_color(),
                );
                let name = format!("{} {}: {title}", t("Slide", "Dia").get(lang), i + 1);
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name)
                });
                let response = response.on_hover_text(format!(
                    "{title}\n{}\n{}",
                    content_text(&slide.content, project, lang),
                    t(
                        "Drag to move it in the deck",
                        "Sleep om hem te verplaatsen in de presentatie"
                    )
                    .get(lang)
                ));
                if response.clicked() {
                    clicked = Some(slide.id.clone());
                }
                if response.drag_started() {
                    drag_started = Some(i);
                }
                if response.drag_stopped() {
                    drag_stopped = true;
                }
            }
        });
    if let Some(id) = clicked {
        state.selected = Some(id);
    }
    if let Some(from) = drag_started {
        state.drag_from = Some(from);
        state.selected = Some(project.slides[from].id.clone());
    }
    let Some(from) = state.drag_from else {
        return;
    };
    let Some(pointer) = ui.ctx().pointer_latest_pos() else {
        return;
    };
    let target = drop_place(&rows, pointer.y).min(project.slides.len().saturating_sub(1));
    if let Some(row) = rows.get(target)
        && target != from
    {
        // Where it will go: a line above or below the slide it lands on.
        let y = if target > from {
            row.bottom()
        } else {
            row.top()
        };
        let stroke = egui::Stroke::new(3.0, ui.visuals().selection.stroke.color);
        ui.painter().hline(row.left()..=row.right(), y, stroke);
    }
    if drag_stopped || !ui.input(|i| i.pointer.any_down()) {
        state.drag_from = None;
        if target != from
            && let Some(slide) = project.slides.get(from)
        {
            env.actions.push(Action::Edits(
                ListKind::Slides,
                moves(&slide.id, from, target),
            ));
        }
    }
}

/// The place a slide dropped at height `y` goes to: the row under it.
fn drop_place(rows: &[Rect], y: f32) -> usize {
    rows.iter()
        .position(|r| y < r.bottom())
        .unwrap_or(rows.len().saturating_sub(1))
}

/// The list edits that move the slide `id` from place `from` to `to`, one place at a time.
pub fn moves(id: &crate::model::Id, from: usize, to: usize) -> Vec<ListEdit> {
    let step = if to > from { 1 } else { -1 };
    (0..from.abs_diff(to))
        .map(|_| ListEdit::Move(id.clone(), step))
        .collect()
}

fn thumbnail(
    ui: &mut egui::Ui,
    rect: Rect,
    scene: &crate::slides::Scene,
    project: &Project,
    textures: &mut Textures,
    theme: egui::Theme,
    index: usize,
) {
    let mut look = Look {
        project,
        textures,
        theme,
    };
    let id = egui::Id::unique(("slide-thumbnail", index));
    let sliders = render::scene_ui(ui, rect, scene, &mut look, Detail::Sketch, id);
    // The sliders as a rail and a knob, so a slide with live sliders is told at a glance.
    let color = ui.visuals().selection.bg_fill;
    for (_, r) in sliders {
        let y = r.center().y + r.height() * 0.15;
        let (left, right) = (r.left(), r.left() + r.width() * 0.7);
        ui.painter().line_segment(
            [pos2(left, y), pos2(right, y)],
            egui::Stroke::new(1.5, color),
        );
        let radius = (r.height() * 0.18).max(1.5);
        ui.painter()
            .circle_filled(pos2(left + (right - left) * 0.5, y), radius, color);
    }
    ui.painter().rect_stroke(
        rect,
        2.0,
        egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Outside,
    );
}

/// What a slide shows, in a few words.
pub fn content_text(content: &SlideContent, project: &Project, lang: crate::i18n::Lang) -> String {
    match content {
        SlideContent::Title(_) => t("Title slide", "Titeldia").get(lang).to_string(),
        SlideContent::PersonaCard(id) => format!(
            "{}: {}",
            t("Persona card", "Personakaart").get(lang),
            project.persona(id).map_or("—", |p| p.name.as_str())
        ),
        SlideContent::JourneyMap => t("Journey map", "Klantreiskaart").get(lang).to_string(),
        SlideContent::Plot(spec) => crate::charts::kinds::info(spec.kind)
            .label
            .get(lang)
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drag_is_one_move_per_place_passed() {
        let id = crate::model::Id::from("sl-a");
        assert_eq!(moves(&id, 1, 4).len(), 3);
        assert!(
            moves(&id, 4, 1)
                .iter()
                .all(|m| *m == ListEdit::Move(id.clone(), -1))
        );
        assert!(moves(&id, 2, 2).is_empty());
    }
}
