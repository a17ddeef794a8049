//! One touchpoint card on the map: name, channel, ownership (colour and word), elements, a
//! moment-of-truth mark, pain point and opportunity counts, and a score badge per persona
//! shown (coloured, with the number, so it reads in black and white too).

use super::geometry::Geometry;
use super::words::{effort_word, ownership_color, score_color, score_word};
use crate::charts::journey::MOMENT_OF_TRUTH;
use crate::i18n::{Lang, numbers, t, tr};
use crate::model::catalog::{channel_label, element_label, ownership_label};
use crate::model::{Persona, Touchpoint};
use egui::{Align2, Color32, FontId, Rect, Stroke, pos2, vec2};

/// Width of a card (and of a stage column's content).
pub const CARD_WIDTH: f32 = 220.0;
/// Height of a card with one row of badges.
const CARD_HEIGHT: f32 = 124.0;
/// Width of a score badge, and the room between two.
const BADGE: f32 = 36.0;
const BADGE_GAP: f32 = 3.0;
/// Height of a row of badges (with the room under it).
const BADGE_ROW: f32 = 25.0;
/// Rows of badges at most; more personas end in "+N".
const MAX_ROWS: usize = 2;
/// A compact card (the whole journey on one screen): its name in one or two lines and a
/// strip of its personas' scores along the bottom, one coloured piece each.
const COMPACT_TEXT: f32 = 12.5;
const COMPACT_LINE: f32 = 15.0;
const COMPACT_STRIP: f32 = 8.0;

/// Badges in a row: as many as fit the card.
fn per_row(geo: Geometry) -> usize {
    (((geo.card - 22.0 + BADGE_GAP) / (BADGE + BADGE_GAP)) as usize).max(1)
}

/// Height of a card of `geo` when `personas` personas are shown: a second row of badges when
/// they do not fit in one; a compact card, its name's lines and the score strip.
pub fn card_height(personas: usize, geo: Geometry) -> f32 {
    if geo.compact() {
        return 4.0 + geo.lines as f32 * COMPACT_LINE + 3.0 + COMPACT_STRIP + 4.0;
    }
    let rows = personas.div_ceil(per_row(geo)).clamp(1, MAX_ROWS);
    CARD_HEIGHT + (rows - 1) as f32 * BADGE_ROW
}

/// A score as short as it reads: whole points as "+2", "−3", "0"; half points with "½"
/// ("+2½", "−½"), so five badges of half points fit side by side; other values with one
/// decimal.
pub fn badge_text(score: f64, lang: Lang) -> String {
    let sign = if score < 0.0 {
        "−"
    } else if score > 0.0 {
        "+"
    } else {
        ""
    };
    let size = score.abs();
    let whole = size.trunc();
    let part = size - whole;
    if part < 1e-9 {
        format!("{sign}{whole:.0}")
    } else if (part - 0.5).abs() < 1e-9 {
        if whole == 0.0 {
            format!("{sign}½")
        } else {
            format!("{sign}{whole:.0}½")
        }
    } else {
        numbers::signed(score, 1, lang)
    }
}

/// Draws `touchpoint` in `rect`; `personas` are the ones shown, each with its palette index.
/// A compact card (`geo`) shows its name in up to two lines and its badges.
#[allow(clippy::too_many_arguments)]
pub fn paint_card(
    ui: &egui::Ui,
    rect: Rect,
    touchpoint: &Touchpoint,
    personas: &[(usize, &Persona)],
    selected: bool,
    hovered: bool,
    geo: Geometry,
    lang: Lang,
) {
    let painter = ui
        .painter()
        .with_clip_rect(rect.expand(2.0).intersect(ui.clip_rect()));
    let visuals = ui.visuals();
    let fill = if selected {
        visuals.selection.bg_fill.gamma_multiply(0.35)
    } else {
        visuals.extreme_bg_color
    };
    let border = if selected || hovered {
        visuals.selection.stroke
    } else {
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
    };
    painter.rect(rect, 6.0, fill, border, egui::StrokeKind::Inside);
    let own = ownership_color(touchpoint.ownership);
    painter.rect_filled(
        Rect::from_min_size(rect.min, vec2(6.0, rect.height())),
        egui::CornerRadius {
            nw: 6,
            sw: 6,
            ne: 0,
            se: 0,
        },
        own,
    );
    let text = visuals.text_color();
    let weak = visuals.weak_text_color();
    let left = rect.left() + 14.0;
    let width = rect.width() - 22.0;
    let line = |y: f32, s: String, size: f32, color: Color32, strong: bool| {
        let font = FontId::proportional(size);
        let mut job = egui::text::LayoutJob::simple_singleline(s, font, color);
        job.wrap = egui::text::TextWrapping::truncate_at_width(width);
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        if strong {
            painter.galley(pos2(left + 0.4, rect.top() + y), galley.clone(), color);
        }
        painter.galley(pos2(left, rect.top() + y), galley, color);
    };
    let name = if touchpoint.name.trim().is_empty() {
        "—"
    } else {
        &touchpoint.name
    };
    let name_room = if touchpoint.moment_of_truth {
        22.0
    } else {
        0.0
    };
    let compact = geo.compact();
    let font = FontId::proportional(if compact { COMPACT_TEXT } else { 15.0 });
    let mut job = egui::text::LayoutJob::simple_singleline(name.to_string(), font, text);
    job.wrap = if compact {
        // Its lines, then "…" (the whole name on hover).
        egui::text::TextWrapping {
            max_width: width - name_room,
            max_rows: geo.lines,
            break_anywhere: false,
            overflow_character: Some('…'),
        }
    } else {
        egui::text::TextWrapping::truncate_at_width(width - name_room)
    };
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    painter.galley(
        pos2(left, rect.top() + if compact { 3.0 } else { 6.0 }),
        galley,
        text,
    );
    if touchpoint.moment_of_truth {
        let c = MOMENT_OF_TRUTH;
        painter.text(
            pos2(
                rect.right() - 8.0,
                rect.top() + if compact { 4.0 } else { 6.0 },
            ),
            Align2::RIGHT_TOP,
            "⭐",
            FontId::proportional(if compact { 13.0 } else { 16.0 }),
            Color32::from_rgb(c.0, c.1, c.2),
        );
    }
    if compact {
        score_strip(&painter, rect, left, width, touchpoint, personas, weak);
        return;
    }
    details(&line, touchpoint, text, weak, lang);
    let badge = BADGE;
    let per_row = per_row(geo);
    let (badges_top, badge_row, badge_h, badge_text_size) = (86.0, BADGE_ROW, 21.0, 13.5);
    // One badge per persona shown, in rows; what does not fit ends in "+N".
    let room = per_row * MAX_ROWS;
    let overflow = personas.len() > room;
    for (slot, (index, persona)) in personas.iter().enumerate() {
        let x = left + (slot % per_row) as f32 * (badge + BADGE_GAP);
        let y = rect.top() + badges_top + (slot / per_row) as f32 * badge_row;
        let badge_rect = Rect::from_min_size(pos2(x, y), vec2(badge, badge_h));
        if overflow && slot + 1 == room {
            painter.text(
                badge_rect.center(),
                Align2::CENTER_CENTER,
                format!("+{}", personas.len() - slot),
                FontId::proportional(13.0),
                weak,
            );
            break;
        }
        let dot = crate::ui::style::series_color(*index);
        let text_at = pos2(
            badge_rect.left() + 6.0 + (badge - 6.0) / 2.0,
            badge_rect.center().y,
        );
        match touchpoint.experience_of(&persona.id) {
            Some(e) => {
                painter.rect_filled(badge_rect, 4.0, score_color(e.score));
                painter.text(
                    text_at,
                    Align2::CENTER_CENTER,
                    badge_text(e.score, lang),
                    FontId::proportional(badge_text_size),
                    Color32::WHITE,
                );
            }
            None => {
                painter.rect_stroke(
                    badge_rect,
                    4.0,
                    Stroke::new(1.0, weak),
                    egui::StrokeKind::Inside,
                );
                painter.text(
                    text_at,
                    Align2::CENTER_CENTER,
                    "–",
                    FontId::proportional(13.0),
                    weak,
                );
            }
        }
        painter.circle_filled(
            pos2(badge_rect.left() + 5.0, badge_rect.center().y),
            3.0,
            dot,
        );
    }
}

/// A compact card's scores: along its bottom, one small bar per persona shown, up from the
/// middle for a good experience and down for a bad one, as long as the score is strong, in
/// its colour (a grey tick where the persona does not use it): the sign shows by shape as
/// well as by colour. The numbers on hover.
fn score_strip(
    painter: &egui::Painter,
    rect: Rect,
    left: f32,
    width: f32,
    touchpoint: &Touchpoint,
    personas: &[(usize, &Persona)],
    weak: Color32,
) {
    // At most as many bars as fit a point and a gap each (a rare crowd of personas is
    // on hover).
    let fit = ((width + 1.0) / 2.0).floor().max(1.0) as usize;
    let personas = &personas[..personas.len().min(fit)];
    let count = personas.len().max(1) as f32;
    let gap = if width / count >= 6.0 { 2.0 } else { 1.0 };
    let piece = ((width - (count - 1.0) * gap) / count).max(1.0);
    let top = rect.bottom() - 4.0 - COMPACT_STRIP;
    let middle = top + COMPACT_STRIP / 2.0;
    painter.hline(left..=left + width, middle, Stroke::new(0.5, weak));
    for (slot, (_, persona)) in personas.iter().enumerate() {
        let x = left + slot as f32 * (piece + gap);
        match touchpoint.experience_of(&persona.id) {
            Some(e) if e.score.is_finite() => {
                let reach = (e.score.abs() / 5.0).clamp(0.0, 1.0) as f32;
                let height = (reach * COMPACT_STRIP / 2.0).max(2.0);
                let y = if e.score < 0.0 {
                    middle
                } else {
                    middle - height
                };
                let bar = Rect::from_min_size(pos2(x, y), vec2(piece, height));
                painter.rect_filled(bar, 1.0, score_color(e.score));
            }
            _ => {
                let tick =
                    Rect::from_min_size(pos2(x + piece / 2.0 - 1.0, middle - 1.0), vec2(2.0, 2.0));
                painter.rect_filled(tick, 0.0, weak);
            }
        }
    }
}

/// A full card's lines under its name: channel and ownership, elements, and the counts of
/// pain points and opportunities.
fn details(
    line: &impl Fn(f32, String, f32, Color32, bool),
    touchpoint: &Touchpoint,
    text: Color32,
    weak: Color32,
    lang: Lang,
) {
    line(
        28.0,
        format!(
            "{} · {}",
            channel_label(&touchpoint.channel, lang),
            ownership_label(touchpoint.ownership, lang)
        ),
        13.0,
        weak,
        false,
    );
    let elements: Vec<&str> = touchpoint
        .elements
        .iter()
        .map(|e| element_label(*e, lang))
        .collect();
    let elements = if elements.is_empty() {
        t("no elements chosen", "geen elementen gekozen")
            .get(lang)
            .to_string()
    } else {
        elements.join(" · ")
    };
    line(46.0, elements, 13.0, weak, false);
    line(64.0, counts(touchpoint, lang), 13.0, text, false);
}

/// "2 pain points · 1 opportunity".
pub fn counts(touchpoint: &Touchpoint, lang: Lang) -> String {
    let pains = touchpoint
        .pain_points
        .iter()
        .filter(|p| !p.trim().is_empty())
        .count();
    let chances = touchpoint
        .opportunities
        .iter()
        .filter(|p| !p.trim().is_empty())
        .count();
    let pain = if pains == 1 {
        t("pain point", "pijnpunt")
    } else {
        t("pain points", "pijnpunten")
    };
    let chance = if chances == 1 {
        t("opportunity", "kans")
    } else {
        t("opportunities", "kansen")
    };
    format!(
        "⚠ {pains} {} · {chances} {}",
        pain.get(lang),
        chance.get(lang)
    )
}

/// The hover text of a card: each persona's score, effort and reach.
pub fn hover_text(touchpoint: &Touchpoint, personas: &[(usize, &Persona)], lang: Lang) -> String {
    let mut text = touchpoint.name.clone();
    if touchpoint.moment_of_truth {
        text.push_str(&format!(" ⭐ {}", tr::MOMENT_OF_TRUTH.get(lang)));
    }
    // What a compact card leaves out.
    text.push_str(&format!(
        "\n{} · {}",
        channel_label(&touchpoint.channel, lang),
        ownership_label(touchpoint.ownership, lang)
    ));
    for (_, persona) in personas {
        text.push('\n');
        match touchpoint.experience_of(&persona.id) {
            Some(e) => text.push_str(&format!(
                "{}: {} ({}) · {} {} ({}) · {} {}",
                persona.name,
                numbers::signed(e.score, 1, lang),
                score_word(e.score, lang),
                t("effort", "moeite").get(lang),
                numbers::grouped(e.effort, 1, lang),
                effort_word(e.effort, lang),
                t("reach", "bereik").get(lang),
                numbers::percent(e.reach, 0, lang),
            )),
            None => text.push_str(&format!(
                "{}: {}",
                persona.name,
                t("does not use it", "gebruikt het niet").get(lang)
            )),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badges_write_half_points_short() {
        let cases = [
            (2.5, "+2½"),
            (-0.5, "−½"),
            (0.5, "+½"),
            (-4.5, "−4½"),
            (3.0, "+3"),
            (-3.0, "−3"),
            (0.0, "0"),
        ];
        for (score, text) in cases {
            assert_eq!(badge_text(score, Lang::En), text);
        }
        assert_ne!(badge_text(1.3, Lang::En), "+1½");
    }

    #[test]
    fn a_second_row_of_badges_when_one_does_not_hold_them() {
        assert_eq!(per_row(Geometry::FULL), 5);
        let full = Geometry::FULL;
        assert_eq!(card_height(1, full), card_height(5, full));
        assert!(card_height(6, full) > card_height(5, full));
        assert_eq!(card_height(6, full), card_height(40, full));
        let compact = Geometry::fit(1280.0 / 1.3, 6);
        assert!(card_height(5, compact) < card_height(5, full) * 0.7);
    }
}
