//! One touchpoint card on the map: name, channel, ownership (colour and word), elements, a
//! moment-of-truth mark, pain point and opportunity counts, and a score badge per persona
//! shown (coloured, with the number, so it reads in black and white too).

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
/// Badges in a row: as many as fit the card.
const PER_ROW: usize = ((CARD_WIDTH - 22.0 + BADGE_GAP) / (BADGE + BADGE_GAP)) as usize;
/// Rows of badges at most; more personas end in "+N".
const MAX_ROWS: usize = 2;

/// Height of a card when `personas` personas are shown: a second row of badges when they do
/// not fit in one.
pub fn card_height(personas: usize) -> f32 {
    let rows = personas.div_ceil(PER_ROW).clamp(1, MAX_ROWS);
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
pub fn paint_card(
    ui: &egui::Ui,
    rect: Rect,
    touchpoint: &Touchpoint,
    personas: &[(usize, &Persona)],
    selected: bool,
    hovered: bool,
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
    let font = FontId::proportional(15.0);
    let mut job = egui::text::LayoutJob::simple_singleline(name.to_string(), font, text);
    job.wrap = egui::text::TextWrapping::truncate_at_width(width - name_room);
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    painter.galley(pos2(left, rect.top() + 6.0), galley, text);
    if touchpoint.moment_of_truth {
        let c = MOMENT_OF_TRUTH;
        painter.text(
            pos2(rect.right() - 8.0, rect.top() + 6.0),
            Align2::RIGHT_TOP,
            "⭐",
            FontId::proportional(16.0),
            Color32::from_rgb(c.0, c.1, c.2),
        );
    }
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
    // One badge per persona shown, in rows; what does not fit ends in "+N".
    let room = PER_ROW * MAX_ROWS;
    let overflow = personas.len() > room;
    for (slot, (index, persona)) in personas.iter().enumerate() {
        let x = left + (slot % PER_ROW) as f32 * (BADGE + BADGE_GAP);
        let y = rect.top() + 86.0 + (slot / PER_ROW) as f32 * BADGE_ROW;
        let badge = Rect::from_min_size(pos2(x, y), vec2(BADGE, 21.0));
        if overflow && slot + 1 == room {
            painter.text(
                badge.center(),
                Align2::CENTER_CENTER,
                format!("+{}", personas.len() - slot),
                FontId::proportional(13.0),
                weak,
            );
            break;
        }
        let dot = crate::ui::style::series_color(*index);
        let text_at = pos2(badge.left() + 6.0 + (BADGE - 6.0) / 2.0, badge.center().y);
        match touchpoint.experience_of(&persona.id) {
            Some(e) => {
                painter.rect_filled(badge, 4.0, score_color(e.score));
                painter.text(
                    text_at,
                    Align2::CENTER_CENTER,
                    badge_text(e.score, lang),
                    FontId::proportional(13.5),
                    Color32::WHITE,
                );
            }
            None => {
                painter.rect_stroke(badge, 4.0, Stroke::new(1.0, weak), egui::StrokeKind::Inside);
                painter.text(
                    text_at,
                    Align2::CENTER_CENTER,
                    "–",
                    FontId::proportional(13.0),
                    weak,
                );
            }
        }
        painter.circle_filled(pos2(badge.left() + 5.0, badge.center().y), 3.0, dot);
    }
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
        assert_eq!(PER_ROW, 5);
        assert_eq!(card_height(1), card_height(5));
        assert!(card_height(6) > card_height(5));
        assert_eq!(card_height(6), card_height(40));
    }
}
