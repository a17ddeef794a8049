//! The map: stages as columns in journey order, touchpoints as cards in their stage in the
//! user's order, scrolling both ways; only the cards in view are laid out. Cards are selected
//! by a click, moved by drag and drop, by Alt + arrow keys, or from their context menu.
//! Under the map, the lanes and the emotion curves share its columns ([`super::geometry`])
//! and scroll sideways with it: one sideways scroll for all of them.

use super::cards::{card_height, counts, hover_text, paint_card};
use super::curves;
use super::geometry::{GAP, GUTTER, Geometry};
use super::lanes::{self, lanes_height};
use super::moves::{keyboard, menu};
use super::words::{ownership_color, ownership_hint};
use super::{JourneyState, add_touchpoint};
use crate::context::Action;
use crate::i18n::{Lang, t, tr};
use crate::model::catalog::ownership_label;
use crate::model::edit::{ListEdit, ListKind};
use crate::model::{Id, Ownership, Persona, Project, Touchpoint};
use crate::ui::Env;
use egui::{Align2, FontId, Rect, RichText, Sense, pos2, vec2};

const FULL_HEADER: f32 = 54.0;
const FULL_GAP: f32 = 8.0;

/// Height of a stage's header (with the room under it): its name and count, or with the
/// whole journey on one screen its name alone.
fn header(geo: Geometry) -> f32 {
    if geo.compact() { 36.0 } else { FULL_HEADER }
}

/// Room between two cards.
fn gap(geo: Geometry) -> f32 {
    if geo.compact() { 4.0 } else { FULL_GAP }
}
const ADD_ROW: f32 = 34.0;
/// Room for the curves' title row and legend.
const TOOLBAR: f32 = 56.0;
/// The least the curves get with the whole journey on one screen, and the one row above them
/// (their legend and picture buttons).
const FIT_CURVES: f32 = 130.0;
const FIT_TOOLBAR: f32 = 34.0;

/// Draws the legend, the map, and under it the lanes switched on and the emotion curves.
pub fn map_ui(ui: &mut egui::Ui, project: &Project, state: &mut JourneyState, env: &mut Env) {
    let lang = env.lang;
    // The whole journey on one screen keeps its room for the journey (the ownership colours
    // are on the cards' edges, and named on hover), unless a matrix cell filters the map:
    // then the row says so and has the way back.
    if !state.fit || state.filter.is_some() {
        legend_ui(ui, project, state, lang);
    }
    let personas: Vec<(usize, &Persona)> = project
        .personas
        .iter()
        .enumerate()
        .filter(|(_, p)| state.shows_persona(&p.id))
        .collect();
    let columns = columns(project, state);
    keyboard(ui, project, state, env, &columns);
    let width = ui.available_width();
    let mut geo = if state.fit {
        Geometry::fit(width, project.stages.len())
    } else {
        Geometry::FULL
    };
    // Heights: the curves a third of the room (within limits), the lanes theirs, the map the
    // rest but never less than a stage header and a card. The whole journey on one screen
    // gives the map what its tallest stage needs, and the curves the rest.
    let room = ui.available_height();
    let lanes_h = lanes_height(state.lanes.len());
    let wanted = (room * 0.34).clamp(190.0, 300.0);
    let tallest = columns.iter().map(Vec::len).max().unwrap_or(0) as f32;
    let needed =
        |geo: Geometry| header(geo) + tallest * (card_height(personas.len(), geo) + gap(geo)) + 8.0;
    // Two lines of each name where the curves keep their room, else one.
    if geo.compact() && room - FIT_TOOLBAR - lanes_h - needed(geo) < FIT_CURVES {
        geo = geo.with_lines(1);
    }
    // The least: a stage header and a whole row of cards.
    let card_h = card_height(personas.len(), geo);
    let least = header(geo) + card_h + 16.0;
    let map_h = if state.fit {
        needed(geo)
            .min(room - FIT_TOOLBAR - lanes_h - FIT_CURVES)
            .max(least.min(room * 0.5))
    } else {
        (room - TOOLBAR - lanes_h - wanted).max(least.min(room * 0.5))
    };
    ui.allocate_ui(vec2(width, map_h), |ui| {
        ui.set_min_height(map_h);
        cards_ui(ui, project, state, env, &columns, &personas, geo, lang);
    });
    ui.add_space(2.0);
    curves::toolbar_ui(ui, project, state, env, geo);
    // What is left after the title row (two lines when its legend wraps).
    let below = ui.available_height().max(0.0);
    ui.allocate_ui(vec2(width, below), |ui| {
        below_ui(ui, project, state, env, &columns, below, geo, lang);
    });
}

/// The ownership legend and the matrix filter (when on), in one row above the map: never
/// over it.
fn legend_ui(ui: &mut egui::Ui, project: &Project, state: &mut JourneyState, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        let start = ui.cursor().min;
        for ownership in Ownership::ALL {
            let (rect, response) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
            ui.painter()
                .rect_filled(rect, 3.0, ownership_color(ownership));
            response.on_hover_text(ownership_hint(ownership, lang));
            ui.label(ownership_label(ownership, lang))
                .on_hover_text(ownership_hint(ownership, lang));
            ui.add_space(8.0);
        }
        ui.add(
            egui::Label::new(RichText::new(format!("⭐ {}", tr::MOMENT_OF_TRUTH.get(lang))).weak())
                .wrap_mode(egui::TextWrapMode::Extend),
        );
        let legend = Rect::from_min_max(start, ui.min_rect().max);
        ui.interact(legend, egui::Id::unique("map-legend"), Sense::hover())
            .widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Group,
                    true,
                    t("Legend of the map", "Legenda van de kaart").get(lang),
                )
            });
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
}

/// The row names left of the columns, at the left edge of the view: paints them with the
/// painter given, then narrows `ui`'s clip so the columns slide under them, not over.
fn gutter(ui: &mut egui::Ui, top: f32, bottom: f32) -> (egui::Painter, Rect) {
    let clip = ui.clip_rect();
    let rect = Rect::from_min_max(pos2(clip.left(), top), pos2(clip.left() + GUTTER, bottom));
    let painter = ui.painter().with_clip_rect(rect.intersect(clip));
    ui.set_clip_rect(clip.with_min_x(clip.left() + GUTTER));
    (painter, rect)
}

#[allow(clippy::too_many_arguments)]
fn cards_ui(
    ui: &mut egui::Ui,
    project: &Project,
    state: &mut JourneyState,
    env: &mut Env,
    columns: &[Vec<&Touchpoint>],
    personas: &[(usize, &Persona)],
    geo: Geometry,
    lang: Lang,
) {
    let tallest = columns.iter().map(|c| c.len()).max().unwrap_or(0);
    let card_h = card_height(personas.len(), geo);
    let size = vec2(
        GUTTER + geo.content_width(project.stages.len()),
        header(geo)
            + tallest as f32 * (card_h + gap(geo))
            + if geo.compact() { 0.0 } else { ADD_ROW }
            + 8.0,
    );
    // The map's scroll area owns the sideways offset; the lanes and curves follow it, and
    // a sideways scroll over them comes here as `scroll_by`.
    let mut area = egui::ScrollArea::both()
        .id_salt("journey-map")
        .auto_shrink([false, false]);
    // A jump (a link, an Add) lands where asked even when the editor opens in the same frame
    // and the map's width changes: no springing back from the old width's edge.
    ui.spacing_mut().scroll.kinetic.rubber_band = false;
    // Offsets asked for stay within the content.
    let max = (size - ui.available_size()).max(egui::Vec2::ZERO);
    let by = std::mem::take(&mut state.scroll_by);
    if by != 0.0 {
        area = area.horizontal_scroll_offset((state.scroll_x + by).clamp(0.0, max.x));
    }
    if std::mem::take(&mut state.reveal)
        && let Some(offset) = reveal_offset(project, state, columns, card_h, geo)
    {
        area = area.scroll_offset(offset.min(max));
    }
    let output = area.show_viewport(ui, |ui, viewport| {
        // The offset this frame is drawn with: the lanes and curves use the same.
        state.scroll_x = viewport.left();
        let (whole, _) = ui.allocate_exact_size(size, Sense::hover());
        let origin = whole.min + vec2(GUTTER, 0.0);
        let (names, rect) = gutter(ui, whole.top(), whole.bottom());
        let visuals = ui.visuals();
        names.text(
            pos2(rect.left() + 6.0, whole.top() + 8.0),
            Align2::LEFT_TOP,
            t("Stages", "Fases").get(lang),
            FontId::proportional(13.0),
            visuals.text_color(),
        );
        names.text(
            pos2(rect.left() + 6.0, whole.top() + header(geo) + 6.0),
            Align2::LEFT_TOP,
            t("Touchpoints", "Touchpoints").get(lang),
            FontId::proportional(13.0),
            visuals.text_color(),
        );
        let visible = viewport.translate(whole.min.to_vec2());
        let shown = geo.visible_columns(
            viewport.left(),
            viewport.right() - GUTTER,
            project.stages.len(),
        );
        for s in shown {
            let x = origin.x + geo.column_left(s);
            let cards = &columns[s];
            let at = Column {
                s,
                x,
                top: origin.y,
                card_h,
                geo,
                visible,
                cards,
            };
            stage_column(ui, project, state, env, at, personas, lang);
        }
    });
    if output.state.velocity() != egui::Vec2::ZERO {
        // Still moving: the lanes and curves follow next frame.
        ui.ctx().request_repaint();
    }
}

/// Under the map: the lanes switched on and the curves, on the map's columns and moved
/// sideways by the map's offset (a sideways scroll over them scrolls the map); upwards and
/// downwards they scroll on their own when the room is short.
#[allow(clippy::too_many_arguments)]
fn below_ui(
    ui: &mut egui::Ui,
    project: &Project,
    state: &mut JourneyState,
    env: &mut Env,
    columns: &[Vec<&Touchpoint>],
    room: f32,
    geo: Geometry,
    lang: Lang,
) {
    let lanes_h = lanes_height(state.lanes.len());
    let strip_h = (room - lanes_h - 4.0).max(if geo.compact() { 100.0 } else { 130.0 });
    let lanes = state.lanes.clone();
    let offset = state.scroll_x;
    let sideways = egui::ScrollArea::vertical()
        .id_salt("journey-below")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width();
            let (whole, _) = ui.allocate_exact_size(vec2(width, lanes_h + strip_h), Sense::hover());
            let origin = pos2(whole.left() + GUTTER - offset, whole.top());
            let (names, rect) = gutter(ui, whole.top(), whole.bottom());
            let shown = geo.visible_columns(offset, offset + width - GUTTER, project.stages.len());
            lanes::lanes_ui(
                ui,
                &names,
                rect,
                &lanes,
                columns,
                origin,
                shown.clone(),
                geo,
                lang,
            );
            let strip = Rect::from_min_size(
                pos2(origin.x, origin.y + lanes_h),
                vec2(geo.content_width(project.stages.len()), strip_h),
            );
            let curves = curves::curves(project, state, env, geo);
            curves::gutter_words(ui, &names, rect, strip, lang);
            curves::strip_ui(ui, project, curves, strip, shown, lang);
            // A sideways scroll here moves the map, and with it all of this.
            if ui.rect_contains_pointer(whole.intersect(ui.clip_rect())) {
                ui.input(|i| i.smooth_scroll_delta.x)
            } else {
                0.0
            }
        })
        .inner;
    if sideways != 0.0 {
        state.scroll_by -= sideways;
        ui.ctx().request_repaint();
    }
}

/// Where to scroll so the selected stage or touchpoint is in view: its column near the left,
/// its card near the top.
fn reveal_offset(
    project: &Project,
    state: &JourneyState,
    columns: &[Vec<&Touchpoint>],
    card_h: f32,
    geo: Geometry,
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
    let x = (geo.column_left(s) - GAP).max(0.0);
    let y = if row == 0 {
        0.0
    } else {
        header(geo) + row as f32 * (card_h + gap(geo)) - 8.0
    };
    Some(vec2(x, y))
}

/// Where one stage column is drawn.
struct Column<'a, 'p> {
    /// The stage's index.
    s: usize,
    /// Its left edge and top, on screen.
    x: f32,
    top: f32,
    /// Height of a card.
    card_h: f32,
    /// The columns' width.
    geo: Geometry,
    /// The part of the map in view, on screen.
    visible: Rect,
    cards: &'a [&'p Touchpoint],
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

fn stage_column(
    ui: &mut egui::Ui,
    project: &Project,
    state: &mut JourneyState,
    env: &mut Env,
    at: Column,
    personas: &[(usize, &Persona)],
    lang: Lang,
) {
    let Column {
        s,
        x,
        top,
        card_h,
        geo,
        visible,
        cards,
    } = at;
    let Some(stage) = project.stages.get(s) else {
        return;
    };
    let height = header(geo) + cards.len() as f32 * (card_h + gap(geo)) + ADD_ROW;
    let column_rect = Rect::from_min_size(
        pos2(x, top),
        vec2(geo.card, height.max(visible.bottom() - top)),
    );
    let drop = ui.interact(
        column_rect,
        egui::Id::unique(("stage-drop", &stage.id)),
        Sense::hover(),
    );
    // The header: number, name and count; a click edits the stage.
    let header = Rect::from_min_size(pos2(x, top), vec2(geo.card, header(geo) - 8.0));
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
    crate::ui::widgets::focus_ring(ui, &response, header);
    let painter = ui
        .painter()
        .with_clip_rect(header.intersect(ui.clip_rect()));
    // Ending in "…" where the column is narrow: the whole name on hover.
    let room = header.width() - 16.0;
    let name = format!("{}. {}", s + 1, stage.name);
    let strong = visuals.strong_text_color();
    let galley = crate::ui::widgets::elided(ui, &name, 16.0, strong, room);
    painter.galley(
        pos2(header.left() + 10.0, header.top() + 6.0),
        galley,
        strong,
    );
    let count = project
        .touchpoints
        .iter()
        .filter(|t| t.stage == stage.id)
        .count();
    if !geo.compact() {
        let weak = visuals.weak_text_color();
        let count_text = tr::touchpoints(count, lang);
        let galley = crate::ui::widgets::elided(ui, &count_text, 12.5, weak, room);
        painter.galley(
            pos2(header.left() + 10.0, header.top() + 27.0),
            galley,
            weak,
        );
    }
    let label = format!("{}: {}", t("Stage", "Fase").get(lang), stage.name);
    let hover = format!(
        "{}. {} · {}\n{}",
        s + 1,
        stage.name,
        tr::touchpoints(count, lang),
        t(
            "Click to rename, describe, move or delete the stage",
            "Klik om de fase te hernoemen, te beschrijven, te verplaatsen of te verwijderen",
        )
        .get(lang)
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    if response.on_hover_text(hover).clicked() {
        state.stage = Some(stage.id.clone());
        state.selected = None;
    }
    let card_top = top + self::header(geo);
    let step = card_h + gap(geo);
    let first = ((visible.top() - card_top) / step).floor().max(0.0) as usize;
    for (i, touchpoint) in cards.iter().enumerate().skip(first) {
        let rect = Rect::from_min_size(pos2(x, card_top + i as f32 * step), vec2(geo.card, card_h));
        if rect.top() > visible.bottom() {
            break;
        }
        card(
            ui, project, state, env, touchpoint, rect, personas, geo, lang,
        );
    }
    let add = Rect::from_min_size(
        pos2(x, card_top + cards.len() as f32 * step),
        vec2(geo.card, ADD_ROW - 6.0),
    );
    if add.intersects(visible) && !geo.compact() {
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
        let y = card_top + at * step - gap(geo) / 2.0;
        ui.painter().hline(
            x..=x + geo.card,
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
    geo: Geometry,
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
        geo,
        lang,
    );
    crate::ui::widgets::focus_ring(ui, &response, rect);
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
