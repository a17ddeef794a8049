//! A slide of the workshop deck as a *scene*: texts, boxes, plots and persona pictures placed
//! on a 1920 × 1080 canvas, in plain data. Present mode draws a scene on screen (scaled to the
//! window) and the handout export writes it as PNG and PDF, so the room and the handout see the
//! same slide. No window toolkit here.
//!
//! Type reads at the back of a room: slide titles are at least [`TITLE_MIN`] (5 % of the
//! height), every other text at least [`TEXT_MIN`] (2 %), and a plot is drawn with its text
//! scaled by [`PLOT_TEXT_SCALE`] so its smallest labels meet the same minimum. Text that does
//! not fit is wrapped and shortened with "…", never drawn outside its rectangle.

mod journey;
mod persona;
#[cfg(test)]
mod tests;

use crate::charts::describe::{self, ResultSource, Results};
use crate::charts::kinds::{self, Inputs, Need};
use crate::charts::palette::Rgb;
use crate::charts::plot::Plot;
use crate::i18n::{Lang, Text, t};
use crate::layout::Theme;
use crate::layout::{text_width, wrap};
use crate::model::{AssumptionKey, Id, PlotSpec, Project, Slide, SlideContent};

/// The canvas a slide is laid out on, in pixels (16:9).
pub const CANVAS: (f32, f32) = (1920.0, 1080.0);

/// The smallest slide title: 5 % of the canvas height.
pub const TITLE_MIN: f32 = 54.0;

/// The smallest text of any other kind (body, labels, plot ticks): 2 % of the height.
pub const TEXT_MIN: f32 = 22.0;

/// How much a plot's text is enlarged on a slide: the headless plot layout's smallest text
/// (12.5 points) times this is at least [`TEXT_MIN`]. A plot in `rect` is laid out on a page
/// of `rect / PLOT_TEXT_SCALE` points (see [`plot_page`]) and drawn scaled up by it.
pub const PLOT_TEXT_SCALE: f32 = 1.8;

// A plot's smallest text, enlarged on a slide, still reads at the back of the room; titles too.
const _: () = assert!(crate::layout::SMALLEST_TEXT * PLOT_TEXT_SCALE >= TEXT_MIN);
const _: () = assert!(TITLE_SIZE >= TITLE_MIN);

/// Space around the slide's content.
pub const MARGIN: f32 = 72.0;

/// The size of slide titles.
pub const TITLE_SIZE: f32 = 62.0;

/// Line height as a multiple of the text size.
pub const LINE: f32 = 1.22;

/// Bold text is about this much wider than regular.
const BOLD_WIDTH: f32 = 1.08;

/// Height of the strip that holds a slide's assumption sliders.
pub const SLIDER_STRIP: f32 = 96.0;

/// A rectangle on the canvas: left, top, width, height in pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// The rectangle from its left, top, width and height.
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Rect { x, y, w, h }
    }

    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    /// Whether `self` lies within `outer` (touching the edge counts as inside).
    pub fn within(&self, outer: &Rect) -> bool {
        let eps = 0.01;
        self.x >= outer.x - eps
            && self.y >= outer.y - eps
            && self.right() <= outer.right() + eps
            && self.bottom() <= outer.bottom() + eps
            && self.w >= 0.0
            && self.h >= 0.0
    }

    /// The whole canvas.
    pub const fn canvas() -> Rect {
        Rect::new(0.0, 0.0, CANVAS.0, CANVAS.1)
    }
}

/// How a line of text sits in its rectangle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Against the left edge.
    Left,
    /// Centred.
    Centre,
    /// Against the right edge.
    Right,
}

/// One thing drawn on a slide, back to front in [`Scene::elements`].
// A slide has a few dozen elements at most: a plot kept inline costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Element {
    /// One line of text, already wrapped and shortened to fit `rect.w`; drawn vertically
    /// centred in `rect` (whose height is the line height, `size` × [`LINE`]).
    Text {
        /// Where.
        rect: Rect,
        /// What it says (one line).
        text: String,
        /// Text size in pixels (the font's em size).
        size: f32,
        /// Bold.
        bold: bool,
        /// Colour.
        color: Rgb,
        /// Left, centred or right in `rect`.
        align: Align,
    },
    /// A plot, drawn from its description into `rect` with its text scaled by
    /// [`PLOT_TEXT_SCALE`] (lay it out on a page of [`plot_page`]`(rect)`).
    Plot {
        /// Where.
        rect: Rect,
        /// What.
        plot: Plot,
    },
    /// A persona's picture (built-in avatar, embedded picture or initials) in a circle that
    /// fills the square `rect`.
    Picture {
        /// Where (a square).
        rect: Rect,
        /// Whose.
        persona: Id,
    },
    /// A rectangle, filled and/or outlined, with rounded corners.
    Box {
        /// Where.
        rect: Rect,
        /// Fill colour, if filled.
        fill: Option<Rgb>,
        /// Outline colour, if outlined.
        stroke: Option<Rgb>,
        /// Outline width in pixels.
        stroke_width: f32,
        /// Corner radius in pixels.
        radius: f32,
    },
}

impl Element {
    /// Where the element is drawn.
    pub fn rect(&self) -> Rect {
        match self {
            Element::Text { rect, .. }
            | Element::Plot { rect, .. }
            | Element::Picture { rect, .. }
            | Element::Box { rect, .. } => *rect,
        }
    }
}

/// A slide laid out on the [`CANVAS`].
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// The page colour.
    pub background: Rgb,
    /// What is drawn, back to front.
    pub elements: Vec<Element>,
    /// The slide's assumption sliders (at most two) and where each goes: present mode draws
    /// a live slider there, a handout writes the assumption and its value
    /// ([`slider_caption`]).
    pub sliders: Vec<(AssumptionKey, Rect)>,
}

/// The page size in points a plot in `rect` is laid out on (the rectangle divided by
/// [`PLOT_TEXT_SCALE`]).
pub fn plot_page(rect: Rect) -> (f32, f32) {
    (rect.w / PLOT_TEXT_SCALE, rect.h / PLOT_TEXT_SCALE)
}

/// An assumption and its value as a handout shows a slider: "Chance of leaving after a
/// negative experience: 35 %".
pub fn slider_caption(project: &Project, key: AssumptionKey, lang: Lang) -> String {
    let label = crate::model::catalog::assumption_info(key).label.get(lang);
    format!("{label}: {}", slider_value(project, key, lang))
}

/// The project's value of an assumption as a slider shows it: "35 %", "1.5".
pub fn slider_value(project: &Project, key: AssumptionKey, lang: Lang) -> String {
    use crate::i18n::numbers::{grouped, percent};
    use crate::model::catalog::{self, Unit};
    let value = project.assumption_value(key);
    match catalog::assumption_info(key).unit {
        Unit::Share => percent(value, 0, lang),
        Unit::Number => {
            let text = grouped(value, 2, lang);
            let decimal = if lang == Lang::Nl { ',' } else { '.' };
            if text.contains(decimal) {
                text.trim_end_matches('0')
                    .trim_end_matches(decimal)
                    .to_string()
            } else {
                text
            }
        }
    }
}

/// The scene of `slide`: its title and its content laid out on the [`CANVAS`] in `theme`'s
/// colours, plots drawn from what `results` computes for them ([`describe::gather`]). A slide
/// about a persona or scenario that is no longer in the
/// project, or a plot that cannot be drawn, says so on the slide in plain words.
pub fn scene(
    project: &Project,
    results: &mut impl ResultSource,
    slide: &Slide,
    lang: Lang,
    theme: &Theme,
) -> Scene {
    let mut page = Page::new(theme);
    let sliders = slider_rects(slide);
    let bottom = CANVAS.1
        - MARGIN * 0.75
        - if sliders.is_empty() {
            0.0
        } else {
            SLIDER_STRIP + 12.0
        };
    match &slide.content {
        SlideContent::Title(subtitle) => title_slide(&mut page, project, slide, subtitle, bottom),
        content => {
            let top = page.slide_title(&slide.title);
            let area = Rect::new(MARGIN, top, CANVAS.0 - 2.0 * MARGIN, bottom - top);
            match content {
                SlideContent::PersonaCard(id) => match project.persona(id) {
                    Some(persona) => persona::card(&mut page, project, persona, area, lang),
                    None => page.message(area, MISSING_PERSONA.get(lang)),
                },
                SlideContent::JourneyMap => journey::map(&mut page, project, results, area, lang),
                SlideContent::Plot(spec) => {
                    plot_slide(&mut page, project, results, spec, slide, area, lang)
                }
                SlideContent::Title(_) => {}
            }
        }
    }
    Scene {
        background: theme.background,
        elements: page.elements,
        sliders: slide.sliders.iter().copied().zip(sliders).collect(),
    }
}

/// Where each of the slide's sliders goes: side by side in a strip along the bottom.
fn slider_rects(slide: &Slide) -> Vec<Rect> {
    let count = slide
        .sliders
        .len()
        .min(crate::model::slide::MAX_SLIDERS_PER_SLIDE);
    let gap = 48.0;
    let width = (CANVAS.0 - 2.0 * MARGIN - gap) / 2.0;
    let top = CANVAS.1 - MARGIN * 0.75 - SLIDER_STRIP;
    (0..count)
        .map(|i| Rect::new(MARGIN + i as f32 * (width + gap), top, width, SLIDER_STRIP))
        .collect()
}

const MISSING_PERSONA: Text = t(
    "This slide shows a persona who is no longer in the project. Choose another persona for it in the Slides workspace.",
    "Deze dia toont een persona die niet meer in het project staat. Kies er een andere persona voor in de werkruimte Dia's.",
);
const MISSING_PLOT_PERSONA: Text = t(
    "This plot is about a persona who is no longer in the project. Choose another persona for it in the Slides workspace.",
    "Deze grafiek gaat over een persona die niet meer in het project staat. Kies er een andere persona voor in de werkruimte Dia's.",
);
const MISSING_SCENARIO: Text = t(
    "This plot is about a scenario that is no longer in the project. Choose another scenario for it in the Slides workspace.",
    "Deze grafiek gaat over een scenario dat niet meer in het project staat. Kies er een ander scenario voor in de werkruimte Dia's.",
);
const NEEDS_PERSONA: Text = t(
    "This plot shows one persona: choose which one in the Slides workspace.",
    "Deze grafiek toont één persona: kies welke in de werkruimte Dia's.",
);
const NEEDS_SCENARIO: Text = t(
    "This plot shows one scenario: choose which one in the Slides workspace.",
    "Deze grafiek toont één scenario: kies welk in de werkruimte Dia's.",
);
const NOT_COMPUTED: Text = t(
    "The numbers for this plot are still being worked out.",
    "De getallen voor deze grafiek worden nog berekend.",
);
const NOTHING_YET: Text = t(
    "This plot has nothing to show yet: the project needs more to draw it from.",
    "Deze grafiek heeft nog niets te tonen: het project heeft er nog te weinig gegevens voor.",
);

/// Why the plot `spec` cannot be drawn, in plain words: a persona or scenario it names is
/// gone, it needs one and has none ([`kinds::info`]), or its results are not computed.
fn why_no_plot(project: &Project, results: &Results, spec: &PlotSpec) -> Text {
    let gone = |id: &crate::model::Id| project.persona(id).is_none();
    if spec.persona.as_ref().is_some_and(gone) || spec.personas.iter().any(gone) {
        return MISSING_PLOT_PERSONA;
    }
    if spec
        .scenario
        .as_ref()
        .is_some_and(|id| project.scenario(id).is_none())
    {
        return MISSING_SCENARIO;
    }
    let info = kinds::info(spec.kind);
    if info.persona == Need::One && spec.persona.is_none() {
        return NEEDS_PERSONA;
    }
    match info.inputs {
        Inputs::Comparison if results.comparison.is_none() => NOT_COMPUTED,
        Inputs::Tornado if spec.scenario.is_none() => NEEDS_SCENARIO,
        Inputs::Tornado if results.tornado.is_none() => NOT_COMPUTED,
        Inputs::Project | Inputs::Comparison | Inputs::Tornado => NOTHING_YET,
    }
}

fn plot_slide(
    page: &mut Page,
    project: &Project,
    results: &mut impl ResultSource,
    spec: &PlotSpec,
    slide: &Slide,
    area: Rect,
    lang: Lang,
) {
    let results = describe::gather(project, spec, results);
    match describe::describe(project, spec, &results, lang) {
        Some(mut plot) => {
            // The slide's title already says it: the room reads it once.
            if same_words(&plot.title, &slide.title) {
                plot.title.clear();
            }
            page.elements.push(Element::Plot { rect: area, plot });
        }
        None => page.message(area, why_no_plot(project, &results, spec).get(lang)),
    }
}

/// Whether two titles say the same, ignoring case and spacing.
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

fn title_slide(page: &mut Page, project: &Project, slide: &Slide, subtitle: &str, bottom: f32) {
    let theme = page.theme;
    let accent = crate::charts::palette::series(0);
    page.boxed(Rect::new(0.0, 0.0, CANVAS.0, 18.0), Some(accent), None, 0.0);
    let width = CANVAS.0 - 2.0 * MARGIN;
    let title_size = 84.0;
    let title = page.lines(&slide.title, title_size, true, width, 3);
    let sub_size = 40.0;
    let sub = page.lines(subtitle, sub_size, false, width, 3);
    let block = title.len() as f32 * title_size * LINE
        + if sub.is_empty() {
            0.0
        } else {
            56.0 + sub.len() as f32 * sub_size * LINE
        };
    let mut y = ((CANVAS.1 - block) / 2.0 - 40.0).max(MARGIN);
    y = page.place_lines(
        title,
        MARGIN,
        y,
        width,
        title_size,
        true,
        theme.text,
        Align::Centre,
    );
    if !sub.is_empty() {
        page.boxed(
            Rect::new(CANVAS.0 / 2.0 - 90.0, y + 22.0, 180.0, 6.0),
            Some(accent),
            None,
            3.0,
        );
        page.place_lines(
            sub,
            MARGIN,
            y + 56.0,
            width,
            sub_size,
            false,
            theme.weak,
            Align::Centre,
        );
    }
    let footer: Vec<&str> = [
        project.meta.name.as_str(),
        project.meta.organisation.as_str(),
    ]
    .into_iter()
    .filter(|s| !s.trim().is_empty())
    .collect();
    if !footer.is_empty() {
        // Whole, in up to three lines upwards from the bottom.
        let size = 30.0;
        let lines = page.lines(&footer.join(" · "), size, false, width, 3);
        let top = bottom - lines.len() as f32 * size * LINE;
        page.place_lines(
            lines,
            MARGIN,
            top,
            width,
            size,
            false,
            theme.weak,
            Align::Centre,
        );
    }
}

/// A scene being built: the theme and the elements so far, with helpers that keep text
/// inside its room.
pub(crate) struct Page<'a> {
    pub(crate) theme: &'a Theme,
    pub(crate) elements: Vec<Element>,
}

impl<'a> Page<'a> {
    fn new(theme: &'a Theme) -> Self {
        Page {
            theme,
            elements: Vec::new(),
        }
    }

    /// The slide's title along the top (up to two lines); returns where the content starts.
    fn slide_title(&mut self, title: &str) -> f32 {
        let width = CANVAS.0 - 2.0 * MARGIN;
        let lines = self.lines(title, TITLE_SIZE, true, width, 2);
        let top = MARGIN * 0.7;
        let text = self.theme.text;
        let bottom = self.place_lines(
            lines,
            MARGIN,
            top,
            width,
            TITLE_SIZE,
            true,
            text,
            Align::Left,
        );
        bottom + 28.0
    }

    /// `text` wrapped into at most `max_lines` lines of at most `width` pixels at `size`.
    pub(crate) fn lines(
        &self,
        text: &str,
        size: f32,
        bold: bool,
        width: f32,
        max_lines: usize,
    ) -> Vec<String> {
        if text.trim().is_empty() || max_lines == 0 {
            return Vec::new();
        }
        let room = if bold { width / BOLD_WIDTH } else { width };
        if max_lines == 1 {
            return vec![shorten(text, size, room)];
        }
        wrap(text, size, room, max_lines)
    }

    /// Places `lines` from `top` down, each a text element `width` wide; returns the bottom.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn place_lines(
        &mut self,
        lines: Vec<String>,
        x: f32,
        top: f32,
        width: f32,
        size: f32,
        bold: bool,
        color: Rgb,
        align: Align,
    ) -> f32 {
        let height = size * LINE;
        let mut y = top;
        for text in lines {
            self.elements.push(Element::Text {
                rect: Rect::new(x, y, width, height),
                text,
                size,
                bold,
                color,
                align,
            });
            y += height;
        }
        y
    }

    /// Wraps and places `text` in at most `max_lines` lines; returns the bottom.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn paragraph(
        &mut self,
        text: &str,
        x: f32,
        top: f32,
        width: f32,
        size: f32,
        bold: bool,
        color: Rgb,
        max_lines: usize,
    ) -> f32 {
        let lines = self.lines(text, size, bold, width, max_lines);
        self.place_lines(lines, x, top, width, size, bold, color, Align::Left)
    }

    /// A box.
    pub(crate) fn boxed(
        &mut self,
        rect: Rect,
        fill: Option<Rgb>,
        stroke: Option<Rgb>,
        radius: f32,
    ) {
        self.elements.push(Element::Box {
            rect,
            fill,
            stroke,
            stroke_width: if stroke.is_some() { 2.0 } else { 0.0 },
            radius,
        });
    }

    /// A message in plain words, centred in `area` in a framed box.
    pub(crate) fn message(&mut self, area: Rect, text: &str) {
        let width = area.w.min(1300.0);
        let size = 38.0;
        let lines = self.lines(text, size, false, width - 96.0, 4);
        let height = lines.len() as f32 * size * LINE + 96.0;
        let frame = Rect::new(
            area.x + (area.w - width) / 2.0,
            area.y + ((area.h - height) / 2.0).max(0.0),
            width,
            height.min(area.h),
        );
        let (weak, grid) = (self.theme.weak, self.theme.axis);
        self.boxed(frame, None, Some(grid), 18.0);
        self.place_lines(
            lines,
            frame.x + 48.0,
            frame.y + 48.0,
            width - 96.0,
            size,
            false,
            weak,
            Align::Centre,
        );
    }
}

/// `text` on one line of at most `room` pixels at `size`: whole when it fits, else cut to
/// the characters that fit and ended in "…" (a long first word keeps its start).
pub(crate) fn shorten(text: &str, size: f32, room: f32) -> String {
    let text = crate::layout::capped(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if text_width(&text, size) <= room {
        return text;
    }
    let start = crate::layout::fitting_start(&text, size, room, "…");
    format!("{}…", start.trim_end())
}

/// `color` mixed into `base` by `share` (0: base, 1: color): light tints on a light page,
/// dark ones on a dark page.
pub(crate) fn tint(base: Rgb, color: Rgb, share: f32) -> Rgb {
    let share = share.clamp(0.0, 1.0);
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * share).round() as u8;
    Rgb(
        mix(base.0, color.0),
        mix(base.1, color.1),
        mix(base.2, color.2),
    )
}

/// How wide `text` is at `size` pixels (bold a little wider).
pub fn text_width_px(text: &str, size: f32, bold: bool) -> f32 {
    text_width(text, size) * if bold { BOLD_WIDTH } else { 1.0 }
}
