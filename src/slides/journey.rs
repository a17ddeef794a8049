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
const CARD_PAD: f32 = 7.0;
/// Space between cards.
const CARD_GAP: f32 = 6.0;
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
    // The map takes what its cards need in two lines, else in one, up to half the room; the
    // curves get the rest.
    let most = (0..shown)
        .map(|s| order.iter().filter(|(stage, _)| *stage == s).count())
        .max()
        .unwrap_or(0) as f32;
    let map_for = |lines: f32| {
        header_height
            + 8.0
            + most * (lines * CARD_TEXT * LINE + 2.0 * CARD_PAD + CARD_GAP)
            + legend_height
    };
    let half = (area.h * 0.5).floor();
    let map_height = if map_for(2.0) <= half {
        map_for(2.0)
    } else if map_for(1.0) <= half {
        map_for(1.0)
    } else {
        half
    };
    let columns_area = Rect::new(area.x, area.y, area.w, map_height - legend_height);
    for (s, lines) in names.into_iter().enumerate() {
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
        let cards: Vec<(usize, &Touchpoint)> = order
            .iter()
            .enumerate()
            .filter(|(_, (stage_index, _))| *stage_index == s)
            .map(|(number, (_, tp))| (number + 1, *tp))
            .collect();
        let room = Rect::new(
            x,
            header.bottom() + 8.0,
            column_width,
            columns_area.bottom() - header.bottom() - 8.0,
        );
        column(page, &cards, room, lang);
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
        // The slide is the journey: its legend names the curves, the title would take room.
        plot.title.clear();
        page.elements.push(Element::Plot {
            rect: plot_rect,
            plot,
        });
    }
}

/// The cards of one stage in `room`: two lines each where they fit, else one, else as many
/// as fit and a line saying how many more.
fn column(page: &mut Page, cards: &[(usize, &Touchpoint)], room: Rect, lang: Lang) {
    if cards.is_empty() {
        return;
    }
    let theme = page.theme;
    let line = CARD_TEXT * LINE;
    let height = |lines: usize| lines as f32 * line + 2.0 * CARD_PAD;
    let needed = |lines: usize| cards.len() as f32 * (height(lines) + CARD_GAP) - CARD_GAP;
    let (lines_each, shown) = if needed(2) <= room.h {
        (2, cards.len())
    } else if needed(1) <= room.h {
        (1, cards.len())
    } else {
        let fit = ((room.h - line) / (height(1) + CARD_GAP)).floor().max(0.0) as usize;
        (1, fit.min(cards.len()))
    };
    let mut y = room.y;
    for (number, touchpoint) in cards.iter().take(shown) {
        let text = format!("{number} {}", touchpoint.name);
        let lines = page.lines(
            &text,
            CARD_TEXT,
            false,
            room.w - 2.0 * CARD_PAD - 6.0,
            lines_each,
        );
        let card = Rect::new(room.x, y, room.w, height(lines.len().max(1)));
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
            CARD_TEXT,
            false,
            theme.text,
            Align::Left,
        );
        y = card.bottom() + CARD_GAP;
    }
    if shown < cards.len() {
        let more = cards.len() - shown;
        let text = t("+{more} more", "+{more} meer").fill(lang, &[("more", &more)]);
        page.place_lines(
            vec![text],
            room.x,
            y,
            room.w,
            CARD_TEXT,
            false,
            theme.weak,
            Align::Left,
        );
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
