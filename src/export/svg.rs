//! A [`Plot`] as SVG, with no window: title, legend, axes with ticks and labels, the marks,
//! and the caption, laid out in points on a page of the caller's size. Text stays text, in
//! the app's font, for the rasteriser and the PDF; [`super::to_svg_file`] turns it into
//! outlines for the SVG files people hand on.

use crate::charts::palette::Rgb;
use crate::charts::plot::{Anchor, Dash, Mark, Marker, MarkerOutline, Plot, Scale, Shape, Swatch};
use crate::layout::{Frame, Layout, Theme, escape, wrap};
use std::fmt::Write;

/// The app's font, by family name (its bytes are loaded where the SVG is rasterised).
pub const FONT_FAMILY: &str = "Ubuntu";

/// The family list written into the SVG: the app's font, its symbol fonts, then any.
pub(crate) const FONT_LIST: &str = "Ubuntu, 'Noto Emoji', emoji, sans-serif";

/// Writes `plot` as an SVG document `width` × `height` points, `scale` pixels per point,
/// in `theme`'s colours.
pub fn svg(plot: &Plot, width: f32, height: f32, scale: f32, theme: &Theme) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{pw}" height="{ph}" viewBox="0 0 {width} {height}" font-family="{FONT_LIST}">"#,
        pw = (width * scale).round(),
        ph = (height * scale).round(),
    );
    let _ = write!(out, "<title>{}</title>", escape(&plot.title));
    let _ = write!(
        out,
        r#"<rect width="{width}" height="{height}" fill="{}"/>"#,
        theme.background.hex()
    );
    let layout = Layout::new(plot, width, height);
    page(&mut out, plot, &layout, width, height, theme, "plot-area");
    out.push_str("</svg>\n");
    out
}

/// Writes `plot` into an SVG being written, as a group filling `(x, y, width, height)` with
/// its text `text_scale` times the size of a plot page (laid out on a page of the size
/// divided by it, no text smaller than [`crate::layout::SMALLEST_TEXT`] there). `id` keeps
/// its clipping path apart from others in the same document.
pub fn plot_into(
    out: &mut String,
    plot: &Plot,
    (x, y, width, height): (f32, f32, f32, f32),
    text_scale: f32,
    theme: &Theme,
    id: &str,
) {
    let (page_width, page_height) = (width / text_scale, height / text_scale);
    let layout = Layout::with_min_text(plot, page_width, page_height, crate::layout::SMALLEST_TEXT);
    let _ = write!(
        out,
        r#"<g transform="translate({x:.2} {y:.2}) scale({text_scale})">"#
    );
    page(out, plot, &layout, page_width, page_height, theme, id);
    out.push_str("</g>");
}

/// The plot's page: title, legend, axes and marks (clipped by the path `clip_id`), caption.
fn page(
    out: &mut String,
    plot: &Plot,
    layout: &Layout,
    width: f32,
    height: f32,
    theme: &Theme,
    clip_id: &str,
) {
    title(out, layout, theme);
    legend(out, plot, layout, theme);
    match &layout.frame {
        Some(frame) => {
            if plot.shape != Shape::Radar {
                axes(out, plot, frame, theme);
            }
            marks(out, plot, frame, theme, clip_id);
        }
        None => {
            let nothing = crate::i18n::t("Nothing to show yet", "Nog niets te tonen");
            let (x, y) = (width / 2.0, height / 2.0);
            text(
                out,
                x,
                y,
                15.0,
                theme.weak,
                "middle",
                nothing.get(plot.lang),
            );
        }
    }
    for (i, line) in layout.caption.iter().enumerate() {
        text(
            out,
            layout.pad,
            layout.caption_top + 12.0 + i as f32 * 16.0,
            13.0,
            theme.weak,
            "start",
            line,
        );
    }
}

fn text(out: &mut String, x: f32, y: f32, size: f32, color: Rgb, anchor: &str, content: &str) {
    let _ = write!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}" fill="{}" text-anchor="{anchor}">{}</text>"#,
        color.hex(),
        escape(content)
    );
}

fn title(out: &mut String, layout: &Layout, theme: &Theme) {
    for (i, line) in layout.title.iter().enumerate() {
        let y = layout.pad + layout.title_size * (0.9 + 1.25 * i as f32);
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{y:.1}" font-size="{}" font-weight="bold" fill="{}">{}</text>"#,
            layout.pad,
            layout.title_size,
            theme.text.hex(),
            escape(line)
        );
    }
}

fn legend(out: &mut String, plot: &Plot, layout: &Layout, theme: &Theme) {
    for (entry, (x, y)) in plot.legend_entries().iter().zip(&layout.legend) {
        let mid = y - 4.5;
        match entry.swatch {
            Swatch::Box => {
                let _ = write!(
                    out,
                    r#"<rect x="{x:.1}" y="{:.1}" width="14" height="12" rx="2" fill="{}"/>"#,
                    mid - 6.0,
                    entry.color.hex()
                );
            }
            // A band's swatch as translucent as the band, with its colour's edge.
            Swatch::Area(opacity) => {
                let _ = write!(
                    out,
                    r#"<rect x="{x:.1}" y="{:.1}" width="14" height="12" rx="2" fill="{}" fill-opacity="{opacity}" stroke="{}" stroke-width="1"/>"#,
                    mid - 6.0,
                    entry.color.hex(),
                    entry.color.hex()
                );
            }
            Swatch::Line(width, dash, marker) => {
                let _ = write!(
                    out,
                    r#"<line x1="{x:.1}" y1="{mid:.1}" x2="{:.1}" y2="{mid:.1}" stroke="{}" stroke-width="{width}"{}/>"#,
                    x + 24.0,
                    entry.color.hex(),
                    dash_attributes(dash, width)
                );
                marker_shape(out, marker, (x + 12.0, mid), entry.color, theme);
            }
        }
        text(
            out,
            x + crate::layout::SWATCH,
            *y,
            13.0,
            theme.text,
            "start",
            &entry.name,
        );
    }
}

fn axes(out: &mut String, plot: &Plot, frame: &Frame, theme: &Theme) {
    let lang = plot.lang;
    let (left, top, right, bottom) = (frame.left, frame.top, frame.right(), frame.bottom());
    // Grid lines, then the frame, then tick labels.
    for x in frame.x_ticks.iter().filter(|_| plot.x.grid) {
        let sx = frame.sx(*x);
        let _ = write!(
            out,
            r#"<line x1="{sx:.1}" y1="{top:.1}" x2="{sx:.1}" y2="{bottom:.1}" stroke="{}" stroke-width="1"/>"#,
            theme.grid.hex()
        );
    }
    for y in frame.y_ticks.iter().filter(|_| plot.y.grid) {
        let sy = frame.sy(*y);
        let _ = write!(
            out,
            r#"<line x1="{left:.1}" y1="{sy:.1}" x2="{right:.1}" y2="{sy:.1}" stroke="{}" stroke-width="1"/>"#,
            theme.grid.hex()
        );
    }
    let _ = write!(
        out,
        r#"<rect x="{left:.1}" y="{top:.1}" width="{:.1}" height="{:.1}" fill="none" stroke="{}" stroke-width="1"/>"#,
        frame.width,
        frame.height,
        theme.axis.hex()
    );
    let (category_width, size) = match &plot.x.scale {
        Scale::Categories { labels, .. } => {
            let width = (frame.width as f64 / frame.x_span()) as f32 - 6.0;
            (width, crate::layout::column_label_size(labels, width, 3))
        }
        Scale::Values(_) => (f32::INFINITY, 12.5),
    };
    for x in &frame.x_ticks {
        let label = plot.x.tick_text(*x, lang);
        let lines = if category_width.is_finite() {
            wrap(&label, size, category_width, 3)
        } else {
            vec![label]
        };
        for (i, line) in lines.iter().enumerate() {
            let y = bottom + 17.0 + i as f32 * size * 1.2;
            text(out, frame.sx(*x), y, size, theme.text, "middle", line);
        }
    }
    for y in &frame.y_ticks {
        let label = plot.y.tick_text(*y, lang);
        let size = frame.y_label_size;
        let lines = wrap(&label, size, frame.y_label_room, frame.y_label_lines);
        let step = size * 1.2;
        let first = frame.sy(*y) + size * 0.36 - (lines.len() as f32 - 1.0) * step / 2.0;
        for (i, line) in lines.iter().enumerate() {
            let y = first + i as f32 * step;
            text(out, left - 7.0, y, size, theme.text, "end", line);
        }
    }
    if !plot.x.label.is_empty() {
        let x = left + frame.width / 2.0;
        text(
            out,
            x,
            frame.x_label_y,
            14.0,
            theme.text,
            "middle",
            &plot.x.label,
        );
    }
    // Turned up the side, in the lines the layout gave it.
    for (i, label) in frame.y_title.iter().enumerate() {
        let x = frame.y_label_x + i as f32 * crate::layout::Y_TITLE_LINE;
        let y = top + frame.height / 2.0;
        let _ = write!(
            out,
            r#"<text transform="translate({x:.1} {y:.1}) rotate(-90)" font-size="{}" fill="{}" text-anchor="middle">{}</text>"#,
            frame.y_title_size,
            theme.text.hex(),
            escape(label)
        );
    }
}

/// Radius of a line's marker, points.
const MARKER_RADIUS: f32 = 4.0;

/// `marker` centred on `(x, y)` in `color`: filled shapes edged in the page's colour, so
/// they stand apart from the line under them; crosses drawn as strokes.
fn marker_shape(out: &mut String, marker: Marker, (x, y): (f32, f32), color: Rgb, theme: &Theme) {
    let r = MARKER_RADIUS;
    let filled = format!(
        r#" fill="{}" stroke="{}" stroke-width="0.8""#,
        color.hex(),
        theme.background.hex()
    );
    match marker.outline() {
        MarkerOutline::None => {}
        MarkerOutline::Circle(share) => {
            let _ = write!(
                out,
                r#"<circle cx="{x:.2}" cy="{y:.2}" r="{:.2}"{filled}/>"#,
                r * share
            );
        }
        MarkerOutline::Polygon(corners) => {
            let points: Vec<String> = corners
                .iter()
                .map(|(dx, dy)| format!("{:.2},{:.2}", x + dx * r, y + dy * r))
                .collect();
            let _ = write!(out, r#"<polygon points="{}"{filled}/>"#, points.join(" "));
        }
        MarkerOutline::Strokes(arms) => {
            let mut d = String::new();
            for (dx, dy) in arms {
                let _ = write!(
                    d,
                    "M{:.2},{:.2}L{:.2},{:.2}",
                    x - dx * r,
                    y - dy * r,
                    x + dx * r,
                    y + dy * r
                );
            }
            let _ = write!(
                out,
                r#"<path d="{d}" fill="none" stroke="{}" stroke-width="1.8" stroke-linecap="round"/>"#,
                color.hex()
            );
        }
    }
}

fn dash_attributes(dash: Dash, width: f32) -> String {
    match dash {
        Dash::Solid => String::new(),
        Dash::Dashed => format!(
            r#" stroke-dasharray="{:.1} {:.1}""#,
            width * 4.0,
            width * 3.0
        ),
        Dash::Dotted => format!(
            r#" stroke-dasharray="0 {:.1}" stroke-linecap="round""#,
            width * 3.0
        ),
    }
}

fn marks(out: &mut String, plot: &Plot, frame: &Frame, theme: &Theme, clip_id: &str) {
    let _ = write!(
        out,
        r#"<clipPath id="{clip_id}"><rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}"/></clipPath><g clip-path="url(#{clip_id})">"#,
        frame.left, frame.top, frame.width, frame.height
    );
    for mark in &plot.marks {
        match mark {
            Mark::Band(band) => {
                let mut points: Vec<String> = band
                    .points
                    .iter()
                    .map(|p| format!("{:.2},{:.2}", frame.sx(p[0]), frame.sy(p[2])))
                    .collect();
                points.extend(
                    band.points
                        .iter()
                        .rev()
                        .map(|p| format!("{:.2},{:.2}", frame.sx(p[0]), frame.sy(p[1]))),
                );
                let _ = write!(
                    out,
                    r#"<polygon points="{}" fill="{}" fill-opacity="{}"/>"#,
                    points.join(" "),
                    band.color.hex(),
                    band.opacity
                );
            }
            Mark::Line(line) => {
                let points: Vec<String> = line
                    .points
                    .iter()
                    .filter(|p| p[0].is_finite() && p[1].is_finite())
                    .map(|p| format!("{:.2},{:.2}", frame.sx(p[0]), frame.sy(p[1])))
                    .collect();
                let _ = write!(
                    out,
                    r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="{}" stroke-linejoin="round"{}/>"#,
                    points.join(" "),
                    line.color.hex(),
                    line.width,
                    dash_attributes(line.dash, line.width)
                );
                for p in line.marked_points() {
                    let at = (frame.sx(p[0]), frame.sy(p[1]));
                    marker_shape(out, line.marker, at, line.color, theme);
                }
            }
            Mark::Bars(bars) => {
                for bar in &bars.bars {
                    let (a, b) = (bar.at - bar.width / 2.0, bar.at + bar.width / 2.0);
                    let (x0, x1, y0, y1) = if bars.horizontal {
                        (
                            frame.sx(bar.from),
                            frame.sx(bar.to),
                            frame.sy(a),
                            frame.sy(b),
                        )
                    } else {
                        (
                            frame.sx(a),
                            frame.sx(b),
                            frame.sy(bar.from),
                            frame.sy(bar.to),
                        )
                    };
                    let _ = write!(
                        out,
                        r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" fill="{color}" fill-opacity="{}" stroke="{color}" stroke-width="1"/>"#,
                        x0.min(x1),
                        y0.min(y1),
                        (x1 - x0).abs(),
                        (y1 - y0).abs(),
                        bars.fill_opacity,
                        color = bars.color.hex()
                    );
                }
            }
            Mark::Rule(rule) => {
                let x = frame.sx(rule.x);
                let _ = write!(
                    out,
                    r#"<line x1="{x:.2}" y1="{:.1}" x2="{x:.2}" y2="{:.1}" stroke="{}" stroke-width="{}"{}/>"#,
                    frame.top,
                    frame.bottom(),
                    rule.color.hex(),
                    rule.width,
                    dash_attributes(rule.dash, rule.width)
                );
            }
            // Texts are written after the clipped group, so a label at a spoke's end shows.
            Mark::Text(_) => {}
        }
    }
    out.push_str("</g>");
    for mark in &plot.marks {
        if let Mark::Text(mark) = mark {
            let anchor = match mark.anchor {
                Anchor::Start => "start",
                Anchor::Middle => "middle",
                Anchor::End => "end",
            };
            let color = mark.color.unwrap_or(theme.text);
            let (x, y) = (frame.sx(mark.at[0]), frame.sy(mark.at[1]) + 4.5);
            let weight = if mark.strong {
                r#" font-weight="bold""#
            } else {
                ""
            };
            let room = mark
                .room
                .map(|r| (r / frame.x_span()) as f32 * frame.width)
                .unwrap_or(f32::INFINITY);
            let (size, lines) = fitted(&mark.text, room);
            for (i, line) in lines.iter().enumerate() {
                let y = y + i as f32 * size * 1.15;
                let _ = write!(
                    out,
                    r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}" fill="{}" text-anchor="{anchor}"{weight}>{}</text>"#,
                    color.hex(),
                    crate::layout::escape(line)
                );
            }
        }
    }
}

/// A text mark's size and lines in `room` points: 13 points when it fits, else smaller down
/// to 9, else on two lines (bold text measured a little wide).
fn fitted(text: &str, room: f32) -> (f32, Vec<String>) {
    let width = |size: f32| crate::layout::text_width(text, size) * 1.08;
    let mut size = 13.0;
    while width(size) > room && size > 9.0 {
        size -= 0.5;
    }
    if width(size) <= room {
        return (size, vec![text.to_string()]);
    }
    let size = 11.0;
    (size, wrap(text, size * 1.08, room, 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::csv::Table;
    use crate::charts::plot::{Axis, BandMark, LegendPlace, Mark, Plot, Shape, Source};
    use crate::charts::units::ValueUnit;
    use crate::i18n::Lang;
    use crate::model::{PlotKind, PlotSpec};

    #[test]
    fn a_band_is_named_in_the_legend_by_a_swatch_as_translucent_as_the_band() {
        let plot = Plot {
            spec: PlotSpec::of(PlotKind::ActiveLoyalComparison),
            shape: Shape::Lines,
            title: "Bands".into(),
            x: Axis::values("x", ValueUnit::Plain, &[0.0, 2.0]),
            y: Axis::values("y", ValueUnit::Plain, &[0.0, 10.0]),
            marks: vec![Mark::Band(BandMark {
                name: "All in p10–p90".into(),
                color: crate::charts::palette::Rgb(0xCC, 0x79, 0xA7),
                opacity: 0.25,
                points: vec![[0.0, 1.0, 3.0], [2.0, 4.0, 8.0]],
            })],
            legend: Some(LegendPlace::TopLeft),
            caption: None,
            period_name: None,
            lang: Lang::En,
            source: Source::Table(Table::default()),
        };
        let svg = svg(&plot, 640.0, 400.0, 1.0, &Theme::LIGHT);
        // The band itself and its swatch: both at the band's opacity, neither solid.
        let translucent = r##"fill="#cc79a7" fill-opacity="0.25""##;
        assert_eq!(svg.matches(translucent).count(), 2, "{svg}");
        assert!(svg.contains("All in p10–p90"));
    }
}
