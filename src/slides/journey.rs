//! The journey map on a slide: one column per stage with its touchpoints as numbered cards
//! (tinted red where the personas feel bad on average, green where good; a red outline for a
//! moment of truth), and the emotion curves underneath, numbered the same way.

use super::{Align, Element, LINE, Page, Rect, TEXT_MIN, tint};
use crate::charts::describe::{self, ResultSource};
use crate::charts::journey::{MOMENT_OF_TRUTH, in_journey_order};
use crate::charts::palette;
use crate::i18n::{Lang, t};
use crate::model::{PlotKind, PlotSpec, Project, Touchpoint};

/// Text size of the stage names.
const HEADER_TEXT: f32 = 25.0;
/// Text size on the cards.
const CARD_TEXT: f32 = 24.0;
/// Space inside a card around its text.
const CARD_PAD: f32 = 6.0;
/// Space between cards.
const CARD_GAP: f32 = 5.0;
/// The curves' height the map leaves them where it can: a third of the slide.
const CURVES_MIN: f32 = super::CANVAS.1 / 3.0;
/// The least the map leaves the curves however many cards it has.
const CURVES_LEAST: f32 = 300.0;
/// Narrowest stage column.
const MIN_COLUMN: f32 = 150.0;

/// Lays out the journey map and the emotion curves in `area`.
pub(super) fn map(
    page: &mut Page,
    project: &Project,
    results: &mut impl ResultSource,
    area: Rect,
    lang: Lang,
) {
    if project.stages.is_empty() {
        let text = t(
            "The journey has no stages yet: add them in the Journey workspace.",
            "De klantreis heeft nog geen fasen: voeg ze toe in de werkruimte Klantreis.",
        );
        page.message(area, text.get(lang));
        return;
    }
    let theme = page.theme;
    let legend_height = TEXT_MIN * LINE + 6.0;
    let gap = 14.0;
    let fit = (((area.w + gap) / (MIN_COLUMN + gap)).floor() as usize).max(1);
    let shown = project.stages.len().min(fit);
    let hidden = project.stages.len() - shown;
    let column_width = (area.w - gap * (shown as f32 - 1.0)) / shown as f32;
    let order = in_journey_order(project);

    // Stage names in up to two lines, every header as tall as the tallest.
    let names: Vec<Vec<String>> = project
        .stages
        .iter()
        .enumerate()
        .take(shown)
        .map(|(s, stage)| {
            let name = if s + 1 == shown && hidden > 0 {
                t(
                    "{stage} (+{hidden} more stages)",
                    "{stage} (+{hidden} fasen)",
                )
                .fill(lang, &[("stage", &stage.name), ("hidden", &hidden)])
            } else {
                stage.name.clone()
            };
            page.lines(&name, HEADER_TEXT, true, column_width - 12.0, 2)
        })
        .collect();
    let header_lines = names.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let header_height = header_lines as f32 * HEADER_TEXT * LINE + 10.0;
    let stages: Vec<Vec<(usize, &Touchpoint)>> = (0..shown)
        .map(|s| {
            order
                .iter()
                .enumerate()
                .filter(|(_, (stage_index, _))| *stage_index == s)
                .map(|(number, (_, tp))| (number + 1, *tp))
                .collect()
        })
        .collect();
    // The cards' text in the largest size, from CARD_TEXT down to the smallest a slide
    // has, at which every name is whole (up to three lines) and the map leaves the curves a
    // third of the slide; else the smallest, as far as the map may reach.
    let text_room = column_width - 2.0 * CARD_PAD - 6.0;
    let budget = (area.h - 8.0 - CURVES_MIN).max(area.h * 0.4);
    let fixed = header_height + 8.0 + legend_height;
    let mut sizes = Vec::new();
    let mut size = CARD_TEXT;
    while size >= TEXT_MIN {
        sizes.push(size);
        size -= 1.0;
    }
    let laid_out = |size: f32| -> (Vec<Vec<Vec<String>>>, f32) {
        let columns: Vec<Vec<Vec<String>>> = stages
            .iter()
            .map(|cards| {
                cards
                    .iter()
                    .map(|(number, tp)| {
                        page.lines(&format!("{number} {}", tp.name), size, false, text_room, 3)
                    })
                    .collect()
            })
            .collect();
        let tallest = columns
            .iter()
            .map(|cards| column_height(cards, size))
            .fold(0.0, f32::max);
        (columns, tallest)
    };
    let (card_text, columns, tallest) = sizes
        .iter()
        .map(|size| {
            let (columns, tallest) = laid_out(*size);
            (*size, columns, tallest)
        })
        .find(|(_, _, tallest)| fixed + tallest <= budget)
        .unwrap_or_else(|| {
            let (columns, tallest) = laid_out(TEXT_MIN);
            (TEXT_MIN, columns, tallest)
        });
    let map_height = (fixed + tallest).min(area.h - 8.0 - CURVES_LEAST);
    let columns_area = Rect::new(area.x, area.y, area.w, map_height - legend_height);
    for (s, (lines, cards)) in names.into_iter().zip(columns).enumerate() {
        let x = area.x + s as f32 * (column_width + gap);
        let header = Rect::new(x, columns_area.y, column_width, header_height);
        page.boxed(
            header,
            Some(tint(theme.background, palette::series(0), 0.18)),
            None,
            6.0,
        );
        let top = header.y + 5.0 + (header_lines - lines.len()) as f32 * HEADER_TEXT * LINE / 2.0;
        page.place_lines(
            lines,
            x + 6.0,
            top,
            column_width - 12.0,
            HEADER_TEXT,
            true,
            theme.text,
            Align::Centre,
        );
        let room = Rect::new(
            x,
            header.bottom() + 8.0,
            column_width,
            columns_area.bottom() - header.bottom() - 8.0,
        );
        let touchpoints: Vec<&Touchpoint> = stages[s].iter().map(|(_, tp)| *tp).collect();
        column(page, &touchpoints, cards, room, card_text, lang);
    }

    // What the colours mean, in one line under the map.
    let legend = t(
        "Number = point on the curves · red card: the personas feel bad there on average, green: good · red outline: moment of truth",
        "Nummer = punt op de curves · rode kaart: de persona's voelen zich daar gemiddeld slecht, groen: goed · rode rand: moment van de waarheid",
    );
    let lines = page.lines(legend.get(lang), TEXT_MIN, false, area.w, 1);
    page.place_lines(
        lines,
        area.x,
        columns_area.bottom() + 4.0,
        area.w,
        TEXT_MIN,
        false,
        theme.weak,
        Align::Left,
    );

    let spec = PlotSpec::of(PlotKind::EmotionCurves);
    let plot_rect = Rect::new(
        area.x,
        area.y + map_height + 8.0,
        area.w,
        area.h - map_height - 8.0,
    );
    if let Some(mut plot) = describe::describe_from(project, &spec, results, lang)
        && plot_rect.h > 120.0
    {
        // The slide is the journey: its legend names the curves, the map above names the
        // stages and says the numbers are the cards'; a title, a caption and an x axis
        // label would take the curves' room.
        plot.title.clear();
        plot.caption = None;
        plot.x.label.clear();
        page.elements.push(Element::Plot {
            rect: plot_rect,
            plot,
        });
    }
}

/// How tall a column of cards with `cards` lines each is at text `size`.
fn column_height(cards: &[Vec<String>], size: f32) -> f32 {
    let gaps = cards.len().saturating_sub(1) as f32 * CARD_GAP;
    cards
        .iter()
        .map(|lines| card_height(lines.len(), size))
        .sum::<f32>()
        + gaps
}

/// How tall a card of `lines` lines at text `size` is.
fn card_height(lines: usize, size: f32) -> f32 {
    lines.max(1) as f32 * size * LINE + 2.0 * CARD_PAD
}

/// The cards of one stage in `room`, each with its lines at text `size`: as many as fit,
/// and a line saying how many more.
fn column(
    page: &mut Page,
    touchpoints: &[&Touchpoint],
    cards: Vec<Vec<String>>,
    room: Rect,
    size: f32,
    lang: Lang,
) {
    let theme = page.theme;
    let total = cards.len();
    let mut y = room.y;
    for (i, (touchpoint, lines)) in touchpoints.iter().zip(cards).enumerate() {
        let height = card_height(lines.len(), size);
        // Room for this card, and for the "more" line when cards are left after it.
        let after = if i + 1 < total {
            size * LINE + CARD_GAP
        } else {
            0.0
        };
        if y + height + after > room.bottom() + 0.5 && i + 1 < total
            || y + height > room.bottom() + 0.5
        {
            let more = total - i;
            let text = t("+{more} more", "+{more} meer").fill(lang, &[("more", &more)]);
            page.place_lines(
                vec![text],
                room.x,
                y,
                room.w,
                size,
                false,
                theme.weak,
                Align::Left,
            );
            return;
        }
        let card = Rect::new(room.x, y, room.w, height);
        let mood = mean_score(touchpoint);
        let fill = match mood {
            Some(score) if score < 0.0 => tint(
                theme.background,
                palette::GAP_NEGATIVE,
                (-score as f32 / 5.0) * 0.5 + 0.08,
            ),
            Some(score) if score > 0.0 => tint(
                theme.background,
                palette::GAP_POSITIVE,
                (score as f32 / 5.0) * 0.5 + 0.08,
            ),
            _ => tint(theme.background, theme.grid, 0.6),
        };
        if touchpoint.moment_of_truth {
            page.elements.push(Element::Box {
                rect: card,
                fill: Some(fill),
                stroke: Some(MOMENT_OF_TRUTH),
                stroke_width: 3.5,
                radius: 6.0,
            });
        } else {
            page.boxed(card, Some(fill), None, 6.0);
        }
        page.place_lines(
            lines,
            card.x + CARD_PAD + 3.0,
            card.y + CARD_PAD,
            room.w - 2.0 * CARD_PAD - 6.0,
            size,
            false,
            theme.text,
            Align::Left,
        );
        y = card.bottom() + CARD_GAP;
    }
}

/// The personas' average experience of a touchpoint, or `None` when nobody uses it.
fn mean_score(touchpoint: &Touchpoint) -> Option<f64> {
    let scores: Vec<f64> = touchpoint
        .experiences
        .iter()
        .map(|e| e.score)
        .filter(|s| s.is_finite())
        .collect();
    (!scores.is_empty())
        .then(|| (scores.iter().sum::<f64>() / scores.len() as f64).clamp(-5.0, 5.0))
}
