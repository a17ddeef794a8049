//! The map: stages as columns in journey order, touchpoints as cards in their stage in the
//! user's order, scrolling both ways; only the cards in view are laid out. Cards are selected
//! by a click, moved by drag and drop, by Alt + arrow keys, or from their context menu.

use super::cards::{CARD_HEIGHT, CARD_WIDTH, counts, hover_text, paint_card};
use super::moves::{keyboard, menu};
use super::words::{ownership_color, ownership_hint};
use super::{JourneyState, add_touchpoint};
use crate::context::Action;
use crate::i18n::{Lang, t};
use crate::model::catalog::ownership_label;
use crate::model::edit::{ListEdit, ListKind};
use crate::model::{Id, Ownership, Persona, Project, Touchpoint};
use crate::ui::Env;
use egui::{Align2, FontId, Rect, RichText, Sense, pos2, vec2};

const GAP: f32 = 12.0;
const HEADER: f32 = 54.0;
const CARD_GAP: f32 = 8.0;
const ADD_ROW: f32 = 34.0;

/// Draws the legend and the map.
pub fn map_ui(ui: &mut egui::Ui, project: &Project, state: &mut JourneyState, env: &mut Env) {
    let lang = env.lang;
    ui.horizontal_wrapped(|ui| {
        for ownership in Ownership::ALL {
            let (rect, response) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
            ui.painter()
                .rect_filled(rect, 3.0, ownership_color(ownership));
            response.on_hover_text(ownership_hint(ownership, lang));
            ui.label(ownership_label(ownership, lang))
                .on_hover_text(ownership_hint(ownership, lang));
            ui.add_space(8.0);
        }
        ui.label(
            RichText::new(format!(
                "⭐ {}",
                t("moment of truth", "moment of truth").get(lang)
            ))
            .weak(),
        );
        if let Some((stage, ownership)) = state.filter.clone() {
            ui.add_space(12.0);
            let name = project.stage(&stage).map_or("", |s| s.name.as_str());
            ui.label(
                RichText::new(format!(
                    "{}: {name} × {}",
                    t("Only", "Alleen").get(lang),
                    ownership_label(ownership, lang)
                ))
                .strong(),
            );
            if ui
                .button(t("Show all touchpoints", "Toon alle touchpoints").get(lang))
                .clicked()
            {
                state.filter = None;
            }
        }
    });
    let personas: Vec<(usize, &Persona)> = project
        .personas
        .iter()
        .enumerate()
        .filter(|(_, p)| state.shows_persona(&p.id))
        .collect();
    let columns = columns(project, state);
    keyboard(ui, project, state, env, &columns);
    let tallest = columns.iter().map(|c| c.len()).max().unwrap_or(0);
    let column = CARD_WIDTH + GAP;
    let size = vec2(
        project.stages.len() as f32 * column,
        HEADER + tallest as f32 * (CARD_HEIGHT + CARD_GAP) + ADD_ROW + 8.0,
    );
    let mut area = egui::ScrollArea::both().auto_shrink([false, false]);
    if std::mem::take(&mut state.reveal)
        && let Some(offset) = reveal_offset(project, state, &columns)
    {
        area = area.scroll_offset(offset);
    }
    area.show_viewport(ui, |ui, viewport| {
        let (whole, _) = ui.allocate_exact_size(size, Sense::hover());
        let origin = whole.min;
        let visible = viewport.translate(origin.to_vec2());
        let first = (viewport.left() / column).floor().max(0.0) as usize;
        let last = ((viewport.right() / column).ceil() as usize).min(project.stages.len());
        let shown = columns.iter().enumerate().take(last).skip(first);
        for (s, cards) in shown {
            let x = origin.x + s as f32 * column;
            stage_column(
                ui, project, state, env, s, x, origin.y, visible, cards, &personas, lang,
            );
        }
    });
}

/// Where to scroll so the selected stage or touchpoint is in view: its column near the left,
/// its card near the top.
fn reveal_offset(
    project: &Project,
    state: &JourneyState,
    columns: &[Vec<&Touchpoint>],
) -> Option<egui::Vec2> {
    let touchpoint = state
        .selected
        .as_ref()
        .and_then(|id| project.touchpoint(id));
    let stage = touchpoint.map(|t| &t.stage).or(state.stage.as_ref())?;
    let s = project.stages.iter().position(|x| &x.id == stage)?;
    let row = touchpoint
        .and_then(|t| columns.get(s)?.iter().position(|c| c.id == t.id))
        .unwrap_or(0);
    let x = (s as f32 * (CARD_WIDTH + GAP) - GAP).max(0.0);
    let y = if row == 0 {
        0.0
    } else {
        HEADER + row as f32 * (CARD_HEIGHT + CARD_GAP) - 8.0
    };
    Some(vec2(x, y))
}

/// The touchpoints of each stage, in order, after the matrix filter.
fn columns<'a>(project: &'a Project, state: &JourneyState) -> Vec<Vec<&'a Touchpoint>> {
    let mut columns: Vec<Vec<&Touchpoint>> = vec![Vec::new(); project.stages.len()];
    for (s, touchpoint) in crate::charts::journey::in_journey_order(project) {
        let shown = match &state.filter {
            Some((stage, ownership)) => {
                &touchpoint.stage == stage && touchpoint.ownership == *ownership
            }
            None => true,
        };
        if shown {
            columns[s].push(touchpoint);
        }
    }
    columns
}

#[allow(clippy::too_many_arguments)]
fn stage_column(
    ui: &mut egui::Ui,
    project: &Project,
    state: &mut JourneyState,
    env: &mut Env,
    s: usize,
    x: f32,
    top: f32,
    visible: Rect,
    cards: &[&Touchpoint],
    personas: &[(usize, &Persona)],
    lang: Lang,
) {
    let Some(stage) = project.stages.get(s) else {
        return;
    };
    let height = HEADER + cards.len() as f32 * (CARD_HEIGHT + CARD_GAP) + ADD_ROW;
    let column_rect = Rect::from_min_size(
        pos2(x, top),
        vec2(CARD_WIDTH, height.max(visible.bottom() - top)),
    );
    let drop = ui.interact(
        column_rect,
        egui::Id::unique(("stage-drop", &stage.id)),
        Sense::hover(),
    );
    // The header: number, name and count; a click edits the stage.
    let header = Rect::from_min_size(pos2(x, top), vec2(CARD_WIDTH, HEADER - 8.0));
    let response = ui.interact(
        header,
        egui::Id::unique(("stage-header", &stage.id)),
        Sense::click(),
    );
    let selected = state.stage.as_ref() == Some(&stage.id);
    let visuals = ui.visuals();
    let fill = if selected {
        visuals.selection.bg_fill
    } else {
        visuals.faint_bg_color
    };
    ui.painter().rect_filled(header, 6.0, fill);
    let painter = ui
        .painter()
        .with_clip_rect(header.intersect(ui.clip_rect()));
    painter.text(
        pos2(header.left() + 10.0, header.top() + 6.0),
        Align2::LEFT_TOP,
        format!("{}. {}", s + 1, stage.name),
        FontId::proportional(16.0),
        visuals.strong_text_color(),
    );
    let count = project
        .touchpoints
        .iter()
        .filter(|t| t.stage == stage.id)
        .count();
    painter.text(
        pos2(header.left() + 10.0, header.top() + 27.0),
        Align2::LEFT_TOP,
        format!("{count} touchpoints"),
        FontId::proportional(12.5),
        visuals.weak_text_color(),
    );
    let label = format!("{}: {}", t("Stage", "Fase").get(lang), stage.name);
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    if response
        .on_hover_text(
            t(
                "Click to rename, describe, move or delete the stage",
                "Klik om de fase te hernoemen, te beschrijven, te verplaatsen of te verwijderen",
            )
            .get(lang),
        )
        .clicked()
    {
        state.stage = Some(stage.id.clone());
        state.selected = None;
    }
    let card_top = top + HEADER;
    let step = CARD_HEIGHT + CARD_GAP;
    let first = ((visible.top() - card_top) / step).floor().max(0.0) as usize;
    for (i, touchpoint) in cards.iter().enumerate().skip(first) {
        let rect = Rect::from_min_size(
            pos2(x, card_top + i as f32 * step),
            vec2(CARD_WIDTH, CARD_HEIGHT),
        );
        if rect.top() > visible.bottom() {
            break;
        }
        card(ui, project, state, env, touchpoint, rect, personas, lang);
    }
    let add = Rect::from_min_size(
        pos2(x, card_top + cards.len() as f32 * step),
        vec2(CARD_WIDTH, ADD_ROW - 6.0),
    );
    if add.intersects(visible) {
        let button = ui.put(
            add,
            egui::Button::new(format!("+ {}", t("Touchpoint", "Touchpoint").get(lang))),
        );
        let name = format!(
            "{} {}",
            t("Add a touchpoint to", "Touchpoint toevoegen aan").get(lang),
            stage.name
        );
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if button.on_hover_text(&name).clicked() {
            add_touchpoint(env, &stage.id);
        }
    }
    // Drop: before the card under the pointer, else at the end of the stage.
    if let Some(dragged) = drop.dnd_hover_payload::<Id>()
        && let Some(pointer) = ui.ctx().pointer_hover_pos()
    {
        let at = (((pointer.y - card_top) / step) + 0.5)
            .floor()
            .clamp(0.0, cards.len() as f32);
        let y = card_top + at * step - CARD_GAP / 2.0;
        ui.painter().hline(
            x..=x + CARD_WIDTH,
            y,
            egui::Stroke::new(3.0, ui.visuals().selection.stroke.color),
        );
        if drop.dnd_release_payload::<Id>().is_some() {
            let before = cards.get(at as usize).map(|t| t.id.clone());
            env.actions.push(Action::List(
                ListKind::Touchpoints,
                ListEdit::Place {
                    id: (*dragged).clone(),
                    stage: stage.id.clone(),
                    before,
                },
            ));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn card(
    ui: &mut egui::Ui,
    project: &Project,
    state: &mut JourneyState,
    env: &mut Env,
    touchpoint: &Touchpoint,
    rect: Rect,
    personas: &[(usize, &Persona)],
    lang: Lang,
) {
    let id = egui::Id::unique(("touchpoint-card", &touchpoint.id));
    let response = ui.interact(rect, id, Sense::click_and_drag());
    let selected = state.selected.as_ref() == Some(&touchpoint.id);
    paint_card(
        ui,
        rect,
        touchpoint,
        personas,
        selected,
        response.hovered(),
        lang,
    );
    let name = format!("{} · {}", touchpoint.name, counts(touchpoint, lang));
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    response.dnd_set_drag_payload(touchpoint.id.clone());
    if response.dragged()
        && let Some(pointer) = ui.ctx().pointer_interact_pos()
    {
        let layer = egui::LayerId::new(egui::Order::Tooltip, id.with("ghost"));
        let ghost = Rect::from_min_size(pointer - vec2(20.0, 10.0), rect.size());
        let painter = ui.ctx().layer_painter(layer);
        painter.rect_filled(
            ghost,
            6.0,
            ui.visuals().selection.bg_fill.gamma_multiply(0.5),
        );
        painter.text(
            ghost.left_top() + vec2(12.0, 8.0),
            Align2::LEFT_TOP,
            &touchpoint.name,
            FontId::proportional(15.0),
            ui.visuals().strong_text_color(),
        );
    }
    if response.clicked() {
        state.selected = Some(touchpoint.id.clone());
        state.stage = None;
    }
    response.context_menu(|ui| menu(ui, project, env, touchpoint, lang));
    if !response.dragged() {
        // Written only while hovered: with many personas it is long.
        response.on_hover_ui(|ui| {
            ui.label(hover_text(touchpoint, personas, lang));
        });
    }
}
