//! The persona card on a slide: picture, name, tagline and key facts on the left; the quote,
//! goals and frustrations, and the needs profile on the right.

use super::{Align, Element, LINE, Page, Rect};
use crate::charts::persona_card::Fact;
use crate::charts::{describe, palette};
use crate::i18n::{Lang, t};
use crate::model::{Persona, Project};

/// Lays out `persona`'s card in `area`: on the left the picture, name, tagline and facts; on
/// the right the quote across the top, then the lists and the needs profile side by side.
pub(super) fn card(page: &mut Page, project: &Project, persona: &Persona, area: Rect, lang: Lang) {
    let left_width = 500.0_f32.min(area.w * 0.3);
    let gap = 56.0;
    portrait(page, persona, area, left_width, lang);
    let right = Rect::new(
        area.x + left_width + gap,
        area.y,
        area.w - left_width - gap,
        area.h,
    );
    let top = quote(page, project, persona, right);
    let lists_width = (right.w * 0.46).floor();
    let plot = Rect::new(
        right.x + lists_width + 40.0,
        top,
        right.w - lists_width - 40.0,
        right.bottom() - top,
    );
    lists(
        page,
        persona,
        Rect::new(right.x, top, lists_width, right.bottom() - top),
        lang,
    );
    if plot.h >= 260.0 && plot.w >= 300.0 {
        let index = index_of(project, persona);
        let mut needs = describe::needs(persona, palette::series(index), lang);
        needs.title = t("What matters most", "Wat het zwaarst weegt")
            .get(lang)
            .to_string();
        page.elements.push(Element::Plot {
            rect: plot,
            plot: needs,
        });
    }
}

/// How many lines of type `size` fit from `y` down to the bottom of `area`.
fn room(area: Rect, y: f32, size: f32) -> usize {
    ((area.bottom() - y) / (size * LINE)).floor().max(0.0) as usize
}

/// The left column, `width` wide: the picture, the name, the tagline and the facts, centred.
fn portrait(page: &mut Page, persona: &Persona, area: Rect, width: f32, lang: Lang) {
    let theme = page.theme;
    let left_width = width;
    let room = |y: f32, size: f32| room(area, y, size);
    // Left: picture, name, tagline, facts.
    let picture = (area.h * 0.42).clamp(120.0, 300.0).min(left_width);
    page.elements.push(Element::Picture {
        rect: Rect::new(
            area.x + (left_width - picture) / 2.0,
            area.y,
            picture,
            picture,
        ),
        persona: persona.id.clone(),
    });
    let mut y = area.y + picture + 20.0;
    let name = page.lines(&persona.name, 46.0, true, left_width, room(y, 46.0).min(2));
    y = page.place_lines(
        name,
        area.x,
        y,
        left_width,
        46.0,
        true,
        theme.text,
        Align::Centre,
    );
    let tagline = page.lines(
        &persona.tagline,
        30.0,
        false,
        left_width,
        room(y, 30.0).min(4),
    );
    y = page.place_lines(
        tagline,
        area.x,
        y,
        left_width,
        30.0,
        false,
        theme.weak,
        Align::Centre,
    );
    y += 14.0;
    for fact in facts(persona, lang) {
        let lines = page.lines(&fact, 27.0, false, left_width, room(y, 27.0).min(2));
        y = page.place_lines(
            lines,
            area.x,
            y,
            left_width,
            27.0,
            false,
            theme.text,
            Align::Centre,
        );
    }
}

/// The persona's quote across the top of `right`, with a bar in the persona's colour; where
/// what follows starts.
fn quote(page: &mut Page, project: &Project, persona: &Persona, right: Rect) -> f32 {
    let theme = page.theme;
    let room = |y: f32, size: f32| room(right, y, size);
    let mut top = right.y;
    if !persona.quote.trim().is_empty() {
        let quote = format!("“{}”", persona.quote.trim().trim_matches(['"', '“', '”']));
        let size = 36.0;
        let lines = page.lines(&quote, size, false, right.w - 28.0, room(top, size).min(3));
        page.boxed(
            Rect::new(right.x, top, 8.0, lines.len() as f32 * size * LINE),
            Some(palette::series(index_of(project, persona))),
            None,
            4.0,
        );
        top = page.place_lines(
            lines,
            right.x + 28.0,
            top,
            right.w - 28.0,
            size,
            false,
            theme.text,
            Align::Left,
        );
        top += 30.0;
    }
    top
}

/// What the persona wants and what frustrates them, up to three of each, in `area`.
fn lists(page: &mut Page, persona: &Persona, area: Rect, lang: Lang) {
    let theme = page.theme;
    let room = |y: f32, size: f32| room(area, y, size);
    let (right, lists_width) = (area, area.w);
    let mut y = area.y;
    for (heading, items) in [
        (t("Wants to", "Wil graag"), &persona.goals),
        (t("Frustrated by", "Ergert zich aan"), &persona.frustrations),
    ] {
        if items.is_empty() || room(y, 30.0) < 2 {
            continue;
        }
        y = page.paragraph(
            heading.get(lang),
            right.x,
            y,
            lists_width,
            30.0,
            true,
            theme.text,
            1,
        );
        for item in items.iter().take(3) {
            let size = 26.0;
            let lines = page.lines(item, size, false, lists_width - 30.0, room(y, size).min(3));
            if lines.is_empty() {
                break;
            }
            page.place_lines(
                vec!["•".to_string()],
                right.x,
                y,
                30.0,
                size,
                false,
                theme.weak,
                Align::Left,
            );
            y = page.place_lines(
                lines,
                right.x + 30.0,
                y,
                lists_width - 30.0,
                size,
                false,
                theme.text,
                Align::Left,
            );
            y += 4.0;
        }
        y += 18.0;
    }
}

fn index_of(project: &Project, persona: &Persona) -> usize {
    project
        .personas
        .iter()
        .position(|p| p.id == persona.id)
        .unwrap_or(0)
}

/// The persona's key facts, one line each: generation, loyalty, up to three channels,
/// customers.
fn facts(persona: &Persona, lang: Lang) -> Vec<String> {
    crate::charts::persona_card::facts(persona, lang)
        .into_iter()
        .filter_map(|fact| match fact {
            Fact::Born { generation, year } => {
                let born = t("born {year}", "geboren in {year}").fill(lang, &[("year", &year)]);
                Some(match generation {
                    Some(generation) => format!("{generation}, {born}"),
                    None => born,
                })
            }
            Fact::Loyalty(label) => Some(label.to_string()),
            Fact::Channels(channels) if channels.is_empty() => None,
            Fact::Channels(channels) => {
                let shown: Vec<&str> = channels.iter().take(3).map(String::as_str).collect();
                let prefers = t("Prefers", "Liefst via").get(lang);
                Some(format!("{prefers}: {}", shown.join(", ")))
            }
            Fact::Customers(count) => {
                let customers = crate::i18n::numbers::grouped(count as f64, 0, lang);
                Some(
                    t(
                        "{customers} customers like this",
                        "{customers} klanten zoals deze",
                    )
                    .fill(lang, &[("customers", &customers)]),
                )
            }
        })
        .collect()
}
