//! Lanes under the map, as journey-mapping tools have them: one row per lane across the stage
//! columns — pain points, opportunities, channels — each cell listing what the touchpoints of
//! that stage have. Each lane is switched on or off; only the columns in view are laid out.

use super::geometry::Geometry;
use crate::i18n::{Lang, Text, t};
use crate::model::Touchpoint;
use crate::model::catalog::channel_label;
use egui::{Align2, FontId, Rect, Sense, pos2, vec2};
use std::ops::Range;

/// A lane under the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lane {
    /// What goes wrong at each stage.
    PainPoints,
    /// What could be better at each stage.
    Opportunities,
    /// The channels each stage is reached through.
    Channels,
}

impl Lane {
    /// Every lane, top to bottom.
    pub const ALL: [Lane; 3] = [Lane::PainPoints, Lane::Opportunities, Lane::Channels];

    /// The lane's name (its toggle and its row name).
    pub fn name(self) -> Text {
        match self {
            Lane::PainPoints => t("Pain points", "Pijnpunten"),
            Lane::Opportunities => t("Opportunities", "Kansen"),
            Lane::Channels => t("Channels", "Kanalen"),
        }
    }

    fn hint(self) -> Text {
        match self {
            Lane::PainPoints => t(
                "A row under the map listing the pain points of each stage's touchpoints",
                "Een rij onder de kaart met de pijnpunten van de touchpoints van elke fase",
            ),
            Lane::Opportunities => t(
                "A row under the map listing the opportunities of each stage's touchpoints",
                "Een rij onder de kaart met de kansen van de touchpoints van elke fase",
            ),
            Lane::Channels => t(
                "A row under the map listing the channels of each stage's touchpoints, with how many use each",
                "Een rij onder de kaart met de kanalen van de touchpoints van elke fase, met hoeveel elk gebruiken",
            ),
        }
    }
}

/// Height of a lane's row.
pub const LANE_HEIGHT: f32 = 84.0;
/// Room between lanes.
pub const LANE_GAP: f32 = 6.0;

/// The toggles: "Lanes:" and a switch per lane.
pub fn toggles_ui(ui: &mut egui::Ui, lanes: &mut Vec<Lane>, lang: Lang) {
    ui.label(t("Lanes:", "Banen:").get(lang));
    for lane in Lane::ALL {
        let on = lanes.contains(&lane);
        if ui
            .selectable_label(on, lane.name().get(lang))
            .on_hover_text(lane.hint().get(lang))
            .clicked()
        {
            if on {
                lanes.retain(|l| *l != lane);
            } else {
                lanes.push(lane);
                lanes.sort_by_key(|l| Lane::ALL.iter().position(|x| x == l));
            }
        }
    }
}

/// What a lane's cell lists for one stage's touchpoints, one item a line, and for the hover
/// the same with each touchpoint's name.
fn items(lane: Lane, cards: &[&Touchpoint], lang: Lang) -> Vec<(String, String)> {
    match lane {
        Lane::PainPoints | Lane::Opportunities => cards
            .iter()
            .flat_map(|tp| {
                let list = if lane == Lane::PainPoints {
                    &tp.pain_points
                } else {
                    &tp.opportunities
                };
                list.iter()
                    .map(|p| p.trim())
                    .filter(|p| !p.is_empty())
                    .map(|p| (p.to_string(), tp.name.clone()))
            })
            .collect(),
        Lane::Channels => {
            let mut counted: Vec<(String, usize)> = Vec::new();
            for tp in cards {
                let name = channel_label(&tp.channel, lang);
                match counted.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, count)) => *count += 1,
                    None => counted.push((name, 1)),
                }
            }
            counted
                .into_iter()
                .map(|(name, count)| {
                    let touchpoints = if count == 1 {
                        t("touchpoint", "touchpoint")
                    } else {
                        t("touchpoints", "touchpoints")
                    };
                    (
                        format!("{name} ×{count}"),
                        format!("{count} {}", touchpoints.get(lang)),
                    )
                })
                .collect()
        }
    }
}

/// Draws the lanes in `rect` (on screen; its left edge is the first stage column's left edge),
/// each row's name in `gutter` with `gutter_painter`, for the stage columns `visible`.
#[allow(clippy::too_many_arguments)]
pub fn lanes_ui(
    ui: &mut egui::Ui,
    gutter_painter: &egui::Painter,
    gutter: Rect,
    lanes: &[Lane],
    columns: &[Vec<&Touchpoint>],
    origin: egui::Pos2,
    visible: Range<usize>,
    geo: Geometry,
    lang: Lang,
) {
    let visuals = ui.visuals().clone();
    for (row, lane) in lanes.iter().enumerate() {
        let top = origin.y + row as f32 * (LANE_HEIGHT + LANE_GAP);
        gutter_painter.text(
            pos2(gutter.left() + 6.0, top + 6.0),
            Align2::LEFT_TOP,
            lane.name().get(lang),
            FontId::proportional(13.0),
            visuals.text_color(),
        );
        for s in visible.clone() {
            let Some(cards) = columns.get(s) else {
                continue;
            };
            let cell = Rect::from_min_size(
                pos2(origin.x + geo.column_left(s), top),
                vec2(geo.card, LANE_HEIGHT),
            );
            if !cell.intersects(ui.clip_rect()) {
                continue;
            }
            ui.painter().rect_filled(cell, 6.0, visuals.faint_bg_color);
            let list = items(*lane, cards, lang);
            let color = if list.is_empty() {
                visuals.weak_text_color()
            } else {
                visuals.text_color()
            };
            let lines = cell_lines(&list, lang);
            let painter = ui.painter().with_clip_rect(cell.intersect(ui.clip_rect()));
            for (i, (line, weak)) in lines.into_iter().enumerate() {
                let color = if weak {
                    visuals.weak_text_color()
                } else {
                    color
                };
                let mut job = egui::text::LayoutJob::simple_singleline(
                    line,
                    FontId::proportional(12.5),
                    color,
                );
                job.wrap = egui::text::TextWrapping::truncate_at_width(geo.card - 16.0);
                let galley = ui.fonts_mut(|f| f.layout_job(job));
                painter.galley(cell.min + vec2(8.0, 5.0 + i as f32 * ROW), galley, color);
            }
            let response = ui.interact(
                cell.intersect(ui.clip_rect()),
                egui::Id::unique(("journey-lane", row, s)),
                Sense::hover(),
            );
            response.widget_info(|| {
                let all: Vec<String> = list.iter().map(|(item, _)| item.clone()).collect();
                egui::WidgetInfo::labeled(
                    egui::Role::Label,
                    true,
                    format!("{}: {}", lane.name().get(lang), all.join("; ")),
                )
            });
            if !list.is_empty() {
                response.on_hover_ui(|ui| {
                    ui.set_max_width(420.0);
                    hover_list(ui, &list);
                });
            }
        }
    }
}

/// Height of one line in a cell.
const ROW: f32 = 18.0;

/// The lines a cell shows: its items, one a line, as many as fit; when more, the last line
/// says how many more (weak).
fn cell_lines(list: &[(String, String)], lang: Lang) -> Vec<(String, bool)> {
    let rows = ((LANE_HEIGHT - 8.0) / ROW).floor() as usize;
    if list.is_empty() {
        return vec![("—".to_string(), true)];
    }
    let mut lines: Vec<(String, bool)> = list
        .iter()
        .take(rows)
        .map(|(item, _)| (format!("• {item}"), false))
        .collect();
    if list.len() > rows {
        lines.truncate(rows - 1);
        lines.push((
            format!(
                "+{} {}",
                list.len() - (rows - 1),
                t(
                    "more — point at the lane for all",
                    "meer — wijs de baan aan voor alle"
                )
                .get(lang)
            ),
            true,
        ));
    }
    lines
}

/// The hover of a cell: every item with where it comes from (the first 40).
fn hover_list(ui: &mut egui::Ui, list: &[(String, String)]) {
    const MOST: usize = 40;
    for (item, from) in list.iter().take(MOST) {
        ui.label(format!("• {item} — {from}"));
    }
    if list.len() > MOST {
        ui.weak(format!("… +{}", list.len() - MOST));
    }
}

/// The height of `count` lanes.
pub fn lanes_height(count: usize) -> f32 {
    count as f32 * (LANE_HEIGHT + LANE_GAP)
}
