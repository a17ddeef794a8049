//! The page pictures are drawn on, below the slides and the export: the colours of the light
//! and dark themes, text measured and wrapped in the app's font, and where each part of a
//! headless plot goes (the title, the legend above the plot so it never covers data, the plot
//! frame with its ticks, the axis labels and the caption).

use crate::charts::palette::Rgb;
use crate::charts::plot::{Axis, Plot, Scale, Shape};
use crate::i18n::Lang;

/// The colours of a picture's page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Page.
    pub background: Rgb,
    /// Titles, labels, ticks.
    pub text: Rgb,
    /// Captions.
    pub weak: Rgb,
    /// Grid lines.
    pub grid: Rgb,
    /// The plot's frame.
    pub axis: Rgb,
}

impl Theme {
    /// Dark text on white: for print and handouts.
    pub const LIGHT: Theme = Theme {
        background: Rgb(0xFF, 0xFF, 0xFF),
        text: Rgb(0x1F, 0x23, 0x28),
        weak: Rgb(0x59, 0x63, 0x6E),
        grid: Rgb(0xE4, 0xE4, 0xE4),
        axis: Rgb(0xA8, 0xA8, 0xA8),
    };
    /// Light text on the app's dark grey: for dark slides.
    pub const DARK: Theme = Theme {
        background: Rgb(0x1B, 0x1B, 0x1B),
        text: Rgb(0xE8, 0xE8, 0xE8),
        weak: Rgb(0xA8, 0xA8, 0xA8),
        grid: Rgb(0x36, 0x36, 0x36),
        axis: Rgb(0x60, 0x60, 0x60),
    };
}

/// The smallest text a plot's page has at its own size (tick labels); category labels up the
/// side may shrink below it on a crowded page unless a minimum is asked for
/// ([`Layout::with_min_text`]).
pub const SMALLEST_TEXT: f32 = 12.5;

/// From one line of the turned y axis label to the next.
pub const Y_TITLE_LINE: f32 = 17.0;

/// Width of a legend swatch and the gap after it.
pub const SWATCH: f32 = 30.0;

/// Text with `&`, `<`, `>`, quotes escaped, for XML and HTML; characters XML cannot hold at
/// all (control characters but tab and line breaks, U+FFFE and U+FFFF) are dropped, a
/// vertical tab or form feed (a pasted soft line break) becoming a space, so no project text
/// can break a picture or a page.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\u{b}' | '\u{c}' => out.push(' '),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// How wide `text` is at `size` points in the app's font: the sum of its glyphs' advances
/// (characters the font lacks, drawn from a symbol font, count as a wide letter).
pub fn text_width(text: &str, size: f32) -> f32 {
    static FACE: std::sync::OnceLock<Option<ttf_parser::Face<'static>>> =
        std::sync::OnceLock::new();
    let face =
        FACE.get_or_init(|| ttf_parser::Face::parse(epaint_default_fonts::UBUNTU_LIGHT, 0).ok());
    let Some(face) = face else {
        return text.chars().count() as f32 * 0.6 * size;
    };
    let per_unit = size / f32::from(face.units_per_em());
    text.chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(0.75 * size, |advance| f32::from(advance) * per_unit)
        })
        .sum()
}

/// The most characters any one piece of text on a page is laid out with: more can never show
/// (a slide is at most a few hundred characters wide), and laying out a pasted megabyte would
/// take the drawing's time and memory.
pub const MAX_LAID_OUT_CHARS: usize = 2_000;

/// What widths measured in pieces may differ from the whole by (rounding of the sums): a
/// label whose room is its own width still fits.
const WIDTH_SLACK: f32 = 1e-3;

/// `text` cut to [`MAX_LAID_OUT_CHARS`] characters (at a character boundary).
pub fn capped(text: &str) -> &str {
    match text.char_indices().nth(MAX_LAID_OUT_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// The longest start of `text` whose width at `size`, with `tail` after it, is at most
/// `room` points: measured once, character by character, so it takes time in proportion to
/// the text however long it is.
pub fn fitting_start<'a>(text: &'a str, size: f32, room: f32, tail: &str) -> &'a str {
    let budget = room - text_width(tail, size) + WIDTH_SLACK;
    let mut width = 0.0;
    for (i, c) in text.char_indices() {
        let mut buffer = [0u8; 4];
        width += text_width(c.encode_utf8(&mut buffer), size);
        if width > budget {
            return &text[..i];
        }
    }
    text
}

/// `text` broken at spaces into at most `max_lines` lines of at most `room` points; the last
/// line ends in "…" when the text does not fit. Linear in the text's length: each word is
/// measured once.
pub fn wrap(text: &str, size: f32, room: f32, max_lines: usize) -> Vec<String> {
    let text = capped(text);
    let space = text_width(" ", size);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_width = 0.0;
    for word in text.split_whitespace() {
        let width = text_width(word, size);
        if current.is_empty() {
            current.push_str(word);
            current_width = width;
        } else if current_width + space + width <= room + WIDTH_SLACK {
            current.push(' ');
            current.push_str(word);
            current_width += space + width;
        } else {
            lines.push(std::mem::replace(&mut current, word.to_string()));
            current_width = width;
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines.max(1) {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    for line in &mut lines {
        if text_width(line, size) > room + WIDTH_SLACK && line.chars().count() > 2 {
            let body = line.strip_suffix('…').unwrap_or(line);
            let start = fitting_start(body, size, room, "…").trim_end().to_string();
            *line = format!("{start}…");
        }
    }
    lines
}

/// Round tick values between `low` and `high`, about `target` of them (steps of 1, 2, 2.5, 5
/// times a power of ten).
pub fn nice_ticks(low: f64, high: f64, target: usize) -> Vec<f64> {
    let span = high - low;
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    let rough = span / target.max(2) as f64;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power);
    let first = (low / step).ceil() as i64;
    let last = (high / step).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}

/// The plot's frame on the page and how data maps onto it.
#[derive(Clone, Debug)]
pub struct Frame {
    /// Left edge, points.
    pub left: f32,
    /// Top edge.
    pub top: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    x_range: (f64, f64),
    y_range: (f64, f64),
    /// Where ticks (and grid lines) are along x, in data.
    pub x_ticks: Vec<f64>,
    /// Where ticks are along y.
    pub y_ticks: Vec<f64>,
    /// Room for y tick labels.
    pub y_label_room: f32,
    /// Their size.
    pub y_label_size: f32,
    /// The most lines one may take.
    pub y_label_lines: usize,
    /// Baseline of the x axis label.
    pub x_label_y: f32,
    /// Centre line of the (turned) y axis label's first line.
    pub y_label_x: f32,
    /// The y axis label's lines, turned up the side: one, or two where the frame is short.
    pub y_title: Vec<String>,
    /// Their size.
    pub y_title_size: f32,
}

impl Frame {
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.left + self.width
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.top + self.height
    }

    /// Data x to page x.
    pub fn sx(&self, x: f64) -> f32 {
        let (a, b) = self.x_range;
        self.left + ((x - a) / (b - a)) as f32 * self.width
    }

    /// Data y to page y.
    pub fn sy(&self, y: f64) -> f32 {
        let (a, b) = self.y_range;
        self.bottom() - ((y - a) / (b - a)) as f32 * self.height
    }

    /// How much data x the frame spans.
    pub fn x_span(&self) -> f64 {
        self.x_range.1 - self.x_range.0
    }
}

/// The page of one plot: title lines, legend positions, frame, caption lines.
pub struct Layout {
    /// Margin around everything.
    pub pad: f32,
    /// Title size.
    pub title_size: f32,
    /// Title lines.
    pub title: Vec<String>,
    /// Where each legend entry's text starts: `(swatch x, text baseline)`.
    pub legend: Vec<(f32, f32)>,
    /// The plot frame; `None` when there is nothing to plot.
    pub frame: Option<Frame>,
    /// Caption lines.
    pub caption: Vec<String>,
    /// Top of the caption.
    pub caption_top: f32,
}

/// The range an axis shows: categories from half a step before the first to half after the
/// last; values with a little room around them.
fn range(scale: &Scale, low: f64, high: f64) -> (f64, f64) {
    match scale {
        Scale::Categories { labels, .. } => (low.min(-0.5), high.max(labels.len() as f64 - 0.5)),
        Scale::Values(_) => {
            let span = high - low;
            let margin = if span > 0.0 { span * 0.04 } else { 1.0 };
            (low - margin, high + margin)
        }
    }
}

/// Ticks along `axis`: each category, or round values — fewer of them where more would read
/// the same (whole people or money a half apart).
fn ticks(axis: &Axis, (low, high): (f64, f64), target: usize, lang: Lang) -> Vec<f64> {
    if let Scale::Categories { labels, .. } = &axis.scale {
        return (0..labels.len()).map(|i| i as f64).collect();
    }
    // A fixed step where its ticks are few (a damaged file's 1e9 gets round values).
    if let Some(step) = axis.step.filter(|s| *s > 0.0 && (high - low) / *s <= 50.0) {
        let (first, last) = ((low / step).ceil() as i64, (high / step).floor() as i64);
        return (first..=last).map(|i| i as f64 * step).collect();
    }
    let mut ticks = Vec::new();
    // At least three ticks where they are round: a value axis with 0 alone reads as no axis.
    for target in (2..=target.max(3)).rev() {
        ticks = nice_ticks(low, high, target);
        let texts: Vec<String> = ticks.iter().map(|v| axis.tick_text(*v, lang)).collect();
        if texts.windows(2).all(|pair| pair[0] != pair[1]) {
            break;
        }
    }
    ticks
}

impl Layout {
    /// Lays out `plot` on a page `width` × `height` points.
    pub fn new(plot: &Plot, width: f32, height: f32) -> Self {
        Self::with_min_text(plot, width, height, 9.0)
    }

    /// Lays out `plot` on a page `width` × `height` points with no text smaller than
    /// `min_text` (at most [`SMALLEST_TEXT`]): crowded category labels are shortened rather
    /// than shrunk below it. A plot without a title gives its room to the plot.
    pub fn with_min_text(plot: &Plot, width: f32, height: f32, min_text: f32) -> Self {
        let pad = 18.0;
        let title_size = 19.0;
        let inner = width - 2.0 * pad;
        let title = if plot.title.trim().is_empty() {
            Vec::new()
        } else {
            wrap(&plot.title, title_size, inner, 2)
        };
        let mut y = pad
            + if title.is_empty() {
                0.0
            } else {
                title.len() as f32 * title_size * 1.25 + 8.0
            };
        let mut legend = Vec::new();
        let (mut x, mut row) = (pad, 0);
        for entry in plot.legend_entries() {
            let w = SWATCH + crate::layout::text_width(&entry.name, 13.0) + 18.0;
            if x > pad && x + w > pad + inner {
                x = pad;
                row += 1;
            }
            legend.push((x, y + 13.0 + row as f32 * 20.0));
            x += w;
        }
        if !legend.is_empty() {
            y += (row + 1) as f32 * 20.0 + 8.0;
        }
        let caption = plot
            .caption
            .as_deref()
            .map(|c| wrap(c, 13.0, inner, 3))
            .unwrap_or_default();
        let caption_top = height - pad - caption.len() as f32 * 16.0;
        let frame = plot.bounds().map(|b| {
            let frame = Self::frame(plot, b, pad, y, width, caption_top, min_text);
            if plot.shape == Shape::Radar {
                square(frame, pad, width)
            } else {
                frame
            }
        });
        Layout {
            pad,
            title_size,
            title,
            legend,
            frame,
            caption,
            caption_top,
        }
    }

    fn frame(
        plot: &Plot,
        b: crate::charts::plot::Bounds,
        pad: f32,
        top: f32,
        width: f32,
        caption_top: f32,
        min_text: f32,
    ) -> Frame {
        let x_range = range(&plot.x.scale, b.min_x, b.max_x);
        let y_range = range(&plot.y.scale, b.min_y, b.max_y);
        let x_label_y = caption_top - 8.0;
        let mut bottom = if plot.x.label.is_empty() {
            caption_top - 4.0
        } else {
            x_label_y - 18.0
        };
        let x_lines = match &plot.x.scale {
            Scale::Categories { .. } => 3,
            Scale::Values(_) => 1,
        };
        bottom -= 22.0 + (x_lines - 1) as f32 * 15.0;
        let height = (bottom - top).max(40.0);
        let y_ticks = ticks(
            &plot.y,
            y_range,
            (height / 55.0).round() as usize,
            plot.lang,
        );
        // Category labels up the side: the largest size whose lines fit the row's height
        // with every name whole, in up to two fifths of the page.
        let (y_label_size, y_label_lines, y_label_room) = match &plot.y.scale {
            Scale::Categories { labels, .. } => {
                let row = height / ((y_range.1 - y_range.0) as f32).max(1.0);
                category_labels(labels, row, width * 0.42, min_text.min(SMALLEST_TEXT))
            }
            Scale::Values(_) => {
                let widest = y_ticks
                    .iter()
                    .map(|v| text_width(&plot.y.tick_text(*v, plot.lang), 12.5))
                    .fold(0.0, f32::max);
                (12.5, 1, widest)
            }
        };
        let y_label_x = pad + 10.0;
        let along = height.max(40.0);
        let (y_title_size, y_title) = if plot.y.label.trim().is_empty() {
            (14.0, Vec::new())
        } else {
            turned_label(&plot.y.label, along)
        };
        let left = match y_title.len() {
            0 => pad,
            lines => pad + 24.0 + (lines - 1) as f32 * Y_TITLE_LINE,
        } + y_label_room
            + 10.0;
        let right = width - pad - 16.0;
        let frame_width = (right - left).max(40.0);
        let x_target = (frame_width / 95.0).round() as usize;
        let x_ticks = ticks(&plot.x, x_range, x_target, plot.lang);
        Frame {
            left,
            top,
            width: frame_width,
            height,
            x_range,
            y_range,
            x_ticks,
            y_ticks,
            y_label_room,
            y_label_size,
            y_label_lines,
            x_label_y,
            y_label_x,
            y_title,
            y_title_size,
        }
    }
}

/// The y axis label turned up the side of a frame `along` points tall: whole in one line,
/// smaller where the frame is short (down to 10 points), else in two lines; at the smallest,
/// two lines with the last cut short.
fn turned_label(label: &str, along: f32) -> (f32, Vec<String>) {
    let labels = [label.to_string()];
    for lines in 1..=2 {
        let mut size = 14.0;
        while size >= 10.0 {
            let (most, _, whole) = wrapped(&labels, size, along);
            if whole && most <= lines {
                return (size, wrap(label, size, along, lines));
            }
            size -= 0.5;
        }
    }
    (10.0, wrap(label, 10.0, along, 2))
}

/// `labels` wrapped at `size` into lines of `room` points: the most lines one takes, the
/// widest line, and whether every label fits whole (no word wider than the room).
fn wrapped(labels: &[String], size: f32, room: f32) -> (usize, f32, bool) {
    let (mut most, mut widest, mut whole) = (1, 0.0f32, true);
    for label in labels {
        let lines = wrap(label, size, room, usize::MAX);
        most = most.max(lines.len());
        for line in &lines {
            widest = widest.max(text_width(line, size));
        }
        whole &= lines.join(" ") == label.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    (most, widest, whole)
}

/// The size for category labels along the bottom, each in a column `room` points wide in
/// up to `max_lines` lines: the largest from [`SMALLEST_TEXT`] down to 9 points at which
/// every label fits whole.
pub fn column_label_size(labels: &[String], room: f32, max_lines: usize) -> f32 {
    let mut size = SMALLEST_TEXT;
    while size > 9.0 {
        let (lines, _, whole) = wrapped(labels, size, room);
        if whole && lines <= max_lines {
            break;
        }
        size -= 0.5;
    }
    size
}

/// The size, the most lines and the width of category labels up the side of rows `row`
/// points tall, in at most `room` points: the largest size from [`SMALLEST_TEXT`] down to
/// `smallest` at which every label fits whole; at `smallest`, as many lines as the row takes
/// (the labels that still do not fit end in "…").
fn category_labels(labels: &[String], row: f32, room: f32, smallest: f32) -> (f32, usize, f32) {
    let mut size = SMALLEST_TEXT;
    loop {
        let (lines, widest, whole) = wrapped(labels, size, room);
        let tall_enough = lines as f32 * size * 1.2 <= row * 0.92;
        if whole && tall_enough {
            return (size, lines, widest);
        }
        if size <= smallest {
            let lines = ((row * 0.92 / (size * 1.2)).floor() as usize).max(1);
            return (size, lines, widest.min(room));
        }
        size = (size - 0.5).max(smallest);
    }
}

/// A radar's frame: one data unit as long across as up, centred on the page, without ticks.
fn square(frame: Frame, pad: f32, page_width: f32) -> Frame {
    let x_span = (frame.x_range.1 - frame.x_range.0).max(f64::EPSILON);
    let y_span = (frame.y_range.1 - frame.y_range.0).max(f64::EPSILON);
    let room = page_width - 2.0 * pad;
    let scale = (room as f64 / x_span).min(frame.height as f64 / y_span);
    let width = (x_span * scale) as f32;
    let height = (y_span * scale) as f32;
    Frame {
        left: pad + (room - width) / 2.0,
        top: frame.top + (frame.height - height) / 2.0,
        width,
        height,
        x_ticks: Vec::new(),
        y_ticks: Vec::new(),
        ..frame
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_inside_the_range() {
        assert_eq!(nice_ticks(0.0, 36.0, 6), vec![0.0, 10.0, 20.0, 30.0]);
        assert_eq!(nice_ticks(-0.3, 5.2, 6), vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        assert!(nice_ticks(1.0, 1.0, 5).is_empty());
        assert!(nice_ticks(f64::NAN, 1.0, 5).is_empty());
    }

    #[test]
    fn a_fixed_step_gives_its_marks_and_a_huge_range_round_ones() {
        let mut axis = Axis::values("", crate::charts::units::ValueUnit::Plain, &[]);
        axis.step = Some(5.0);
        assert_eq!(ticks(&axis, (-5.5, 6.4), 2, Lang::En), vec![-5.0, 0.0, 5.0]);
        // A damaged file's score of 1e12: a few round ticks, not 2e11 of them.
        let huge = ticks(&axis, (-5.5, 1e12), 6, Lang::En);
        assert!(!huge.is_empty() && huge.len() <= 10, "{huge:?}");
    }

    #[test]
    fn long_text_wraps_and_ends_in_an_ellipsis() {
        let lines = wrap("one two three four five six seven", 10.0, 40.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert_eq!(wrap("short", 10.0, 400.0, 2), vec!["short"]);
        assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}

#[cfg(test)]
mod long_text_tests {
    use super::*;

    #[test]
    fn a_huge_word_is_cut_to_its_room_and_a_paragraph_wraps() {
        let huge = "Fietsvonk".repeat(50_000);
        let lines = wrap(&huge, 20.0, 300.0, 2);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].ends_with('…') && text_width(&lines[0], 20.0) <= 300.0);
        let start = fitting_start(&huge, 20.0, 300.0, "…");
        assert!(text_width(start, 20.0) + text_width("…", 20.0) <= 300.0);
        assert!(
            text_width(&format!("{start}F…"), 20.0) > 300.0,
            "the longest start"
        );
        let words = "a few short words ".repeat(100);
        let lines = wrap(&words, 14.0, 200.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| text_width(l, 14.0) <= 200.0));
        assert!(lines[2].ends_with('…'));
        assert_eq!(capped(&huge).chars().count(), MAX_LAID_OUT_CHARS);
    }
}
