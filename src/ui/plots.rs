//! Draws a plot description ([`crate::charts::plot::Plot`]) with egui_plot, under a title
//! row with buttons for its numbers (CSV) and its picture (copy, PNG, SVG). What a plot shows
//! and how it looks is decided in `charts`; this only maps it onto egui_plot.

use super::{Env, picture};
use crate::charts::palette::Rgb;
use crate::charts::plot::{Anchor, Axis, Dash, Mark, Marker, Plot, Scale, Shape, Swatch};
use crate::context::Actions;
use crate::i18n::Lang;
use crate::model::{Persona, PlotSpec};
use egui::{Color32, RichText};
use egui_plot::{
    Bar, BarChart, FilledArea, Line, LineStyle, MarkerShape, PlotPoint, Points, VLine,
};

/// Size of plot titles: large enough for a projector.
const TITLE_SIZE: f32 = 17.0;

/// The narrowest a plot is drawn; narrower room puts plots under each other instead.
pub const MIN_PLOT_WIDTH: f32 = 420.0;

/// A palette colour for egui.
pub fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// `plot` under its title row (title, then buttons for its numbers and picture, which ask
/// through `env` with the plot's own spec), `height` points tall.
pub fn plot_ui(ui: &mut egui::Ui, env: &mut Env, id: &str, plot: &Plot, height: f32) {
    ui.vertical(|ui| {
        title_row(ui, plot, env.actions);
        draw(ui, id, plot, height);
    });
}

/// The plot `spec` of `project` (its results from the app's cache) under its title row, as
/// [`plot_ui`]; nothing when it cannot be drawn. Returns the plot drawn.
pub fn spec_ui(
    ui: &mut egui::Ui,
    env: &mut Env,
    project: &crate::model::Project,
    spec: &PlotSpec,
    height: f32,
) -> Option<Plot> {
    let plot = env.plot(project, spec)?;
    plot_ui(ui, env, &plot_id(spec), &plot, height);
    Some(plot)
}

/// A plot's egui id from its spec: the same plot keeps its id whatever else is shown.
fn plot_id(spec: &PlotSpec) -> String {
    format!("plot-{:?}", spec.kind)
}

/// `plot` without its title row (a slide draws the title itself), `height` points tall.
pub fn plot_body_ui(ui: &mut egui::Ui, id: &str, plot: &Plot, height: f32) {
    draw(ui, id, plot, height);
}

/// The needs profile of `persona` in its palette colour `accent`, `height` points tall; with
/// `buttons` (where they ask), under a title row with buttons, else under its plain title
/// (on a card).
pub fn needs_plot_ui(
    ui: &mut egui::Ui,
    id: &str,
    persona: &Persona,
    accent: Color32,
    height: f32,
    lang: Lang,
    buttons: Option<&mut Actions>,
) {
    let accent = Rgb(accent.r(), accent.g(), accent.b());
    let plot = crate::charts::describe::needs(persona, accent, lang);
    if let Some(actions) = buttons {
        ui.vertical(|ui| {
            title_row(ui, &plot, actions);
            draw(ui, id, &plot, height);
        });
    } else {
        ui.label(RichText::new(&plot.title).strong());
        draw(ui, id, &plot, height);
    }
}

/// The title with the CSV and picture buttons right of it; room for two lines of title, at
/// the bottom, so plots side by side line up when one title wraps and the other does not.
fn title_row(ui: &mut egui::Ui, plot: &Plot, actions: &mut Actions) {
    let title_font = egui::FontId::proportional(TITLE_SIZE);
    let height = 2.0 * ui.fonts_mut(|f| f.row_height(&title_font));
    let size = egui::vec2(ui.available_width(), height);
    ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Max), |ui| {
        ui.set_min_height(height);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Max), |ui| {
            picture::buttons(ui, plot, actions);
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Max), |ui| {
                ui.add(
                    egui::Label::new(RichText::new(&plot.title).size(TITLE_SIZE).strong()).wrap(),
                );
            });
        });
    });
}

/// Tick text along `axis`, and for category axes a grid line at each category.
fn formatter(
    axis: &Axis,
    lang: Lang,
) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String + 'static {
    let axis = axis.clone();
    move |mark, _| axis.tick_text(mark.value, lang)
}

fn category_count(axis: &Axis) -> Option<usize> {
    match &axis.scale {
        Scale::Categories { labels, .. } => Some(labels.len()),
        Scale::Values(_) => None,
    }
}

fn category_marks(count: usize) -> impl Fn(egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    move |_| {
        (0..count)
            .map(|i| egui_plot::GridMark {
                value: i as f64,
                step_size: 1.0,
            })
            .collect()
    }
}

/// egui_plot's shape for a line's marker.
fn marker_shape(marker: Marker) -> Option<MarkerShape> {
    Some(match marker {
        Marker::None => return None,
        Marker::Circle => MarkerShape::Circle,
        Marker::Square => MarkerShape::Square,
        Marker::Diamond => MarkerShape::Diamond,
        Marker::Up => MarkerShape::Up,
        Marker::Down => MarkerShape::Down,
        Marker::Cross => MarkerShape::Cross,
        Marker::Plus => MarkerShape::Plus,
        Marker::Asterisk => MarkerShape::Asterisk,
    })
}

/// A marker (a legend swatch's, a curve's point), centred on `at`, `r` points across half.
pub(crate) fn marker_swatch(
    painter: &egui::Painter,
    marker: Marker,
    at: egui::Pos2,
    r: f32,
    color: Color32,
) {
    use crate::charts::plot::MarkerOutline;
    use egui::{Shape, Stroke, pos2};
    match marker.outline() {
        MarkerOutline::None => {}
        MarkerOutline::Circle(share) => {
            painter.circle_filled(at, r * share, color);
        }
        MarkerOutline::Polygon(corners) => {
            let points = corners
                .iter()
                .map(|(dx, dy)| pos2(at.x + dx * r, at.y + dy * r))
                .collect();
            painter.add(Shape::convex_polygon(points, color, Stroke::NONE));
        }
        MarkerOutline::Strokes(arms) => {
            for (dx, dy) in arms {
                painter.line_segment(
                    [
                        pos2(at.x - dx * r, at.y - dy * r),
                        pos2(at.x + dx * r, at.y + dy * r),
                    ],
                    Stroke::new(1.8, color),
                );
            }
        }
    }
}

fn line_style(dash: Dash) -> LineStyle {
    match dash {
        Dash::Solid => LineStyle::Solid,
        Dash::Dashed => LineStyle::dashed_loose(),
        Dash::Dotted => LineStyle::dotted_loose(),
    }
}

/// The most characters of a category label that are measured and elided.
const MAX_LABEL_CHARS: usize = 120;

/// Room for category labels up the side: what the longest needs, at most a third of the
/// plot's width, so the bars keep their room on a small screen.
fn label_room(ui: &egui::Ui, axis: &Axis) -> f32 {
    let Scale::Categories { labels, .. } = &axis.scale else {
        return 64.0;
    };
    let widest = labels.iter().map(|l| text_width(ui, l)).fold(0.0, f32::max);
    (widest + 12.0).clamp(64.0, (ui.available_width() / 3.0).max(64.0))
}

fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    ui.fonts_mut(|f| {
        f.layout_no_wrap(text.to_string(), font, Color32::WHITE)
            .size()
            .x
    })
}

/// The y axis label as egui_plot turns it up the side of a frame about `along` points tall:
/// in one line where it fits, else broken at the space nearest its middle (one long line
/// would reach past the frame into the legend above).
fn turned_label(ui: &egui::Ui, label: &str, along: f32) -> String {
    if text_width(ui, label) <= along {
        return label.to_string();
    }
    let middle = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match split {
        Some(i) => format!("{}\n{}", &label[..i], &label[i + 1..]),
        None => label.to_string(),
    }
}

/// `axis` with category labels longer than `room` points broken into two lines where a row
/// is `row` points tall enough for them, else cut short with "…" (the full label shows on
/// hover), so a long label never squeezes the plot.
fn fitted(ui: &egui::Ui, axis: &Axis, room: f32, row: f32) -> Axis {
    let Scale::Categories { labels, from_top } = &axis.scale else {
        return axis.clone();
    };
    let room = room - 12.0;
    let line_height = ui.text_style_height(&egui::TextStyle::Body);
    let two_lines = row >= 2.0 * line_height + 2.0;
    let elide = |label: &str| {
        // No label shows more than a line's worth: cut a pasted paragraph before measuring.
        let mut cut: Vec<char> = label.chars().take(MAX_LABEL_CHARS).collect();
        while cut.len() > 1 {
            cut.pop();
            let text: String = cut.iter().collect::<String>().trim_end().to_string() + "…";
            if text_width(ui, &text) <= room {
                return text;
            }
        }
        "…".to_string()
    };
    let labels = labels
        .iter()
        .map(|label| {
            if text_width(ui, label) <= room {
                return label.clone();
            }
            if two_lines {
                // The last space at which the first line still fits.
                let split = label
                    .match_indices(' ')
                    .map(|(i, _)| i)
                    .rfind(|i| text_width(ui, &label[..*i]) <= room);
                if let Some(i) = split {
                    let rest = &label[i + 1..];
                    let second = if text_width(ui, rest) <= room {
                        rest.to_string()
                    } else {
                        elide(rest)
                    };
                    return format!("{}\n{second}", &label[..i]);
                }
            }
            elide(label)
        })
        .collect();
    Axis {
        scale: Scale::Categories {
            labels,
            from_top: *from_top,
        },
        ..axis.clone()
    }
}

/// The legend as a row of swatches and names above the plot ([`LegendPlace::Above`]),
/// wrapping onto more rows where it must.
fn legend_row(ui: &mut egui::Ui, plot: &Plot) {
    ui.horizontal_wrapped(|ui| {
        let size = egui::TextStyle::Body.resolve(ui.style()).size;
        let entries = plot.legend_entries();
        let count = entries.len();
        let row_start = ui.cursor().left();
        for (i, entry) in entries.into_iter().enumerate() {
            // A swatch and its name stay together: a new row when they do not fit this one
            // (a name longer than a whole row ends in "…", all of it on hover).
            let swatch_width = (size * 1.6).round() + ui.spacing().item_spacing.x;
            let wanted = swatch_width + text_width(ui, &entry.name);
            if wanted > ui.available_width() && ui.cursor().left() > row_start + 1.0 {
                ui.end_row();
            }
            // Whole points, so what follows stays on the pixel grid at any text size.
            let (rect, _) = ui.allocate_exact_size(
                egui::vec2((size * 1.6).round(), size.round()),
                egui::Sense::hover(),
            );
            let color = color(entry.color);
            let painter = ui.painter();
            match entry.swatch {
                Swatch::Box => {
                    painter.rect_filled(rect.shrink(size * 0.2), 2.0, color);
                }
                Swatch::Area(opacity) => {
                    painter.rect_filled(
                        rect.shrink(size * 0.2),
                        2.0,
                        color.gamma_multiply(opacity),
                    );
                }
                Swatch::Line(width, dash, marker) => {
                    let (left, right) = (rect.left_center(), rect.right_center());
                    marker_swatch(painter, marker, rect.center(), size * 0.28, color);
                    let stroke = egui::Stroke::new(width.max(2.0), color);
                    match dash {
                        Dash::Solid => {
                            painter.line_segment([left, right], stroke);
                        }
                        Dash::Dashed | Dash::Dotted => {
                            let gap = if dash == Dash::Dashed { 4.0 } else { 3.0 };
                            let dash_length = if dash == Dash::Dashed { 7.0 } else { 2.0 };
                            painter.extend(egui::Shape::dashed_line(
                                &[left, right],
                                stroke,
                                dash_length,
                                gap,
                            ));
                        }
                    }
                }
            }
            ui.add(egui::Label::new(&entry.name).truncate());
            // On egui's layout grid after the name, so the next swatch sits on it too.
            if i + 1 < count {
                let x = ui.cursor().left();
                ui.add_space(egui::emath::GuiRounding::round_ui(x + size * 0.6) - x);
            }
        }
    });
}

/// The plot itself, `height` points tall.
fn draw(ui: &mut egui::Ui, id: &str, plot: &Plot, height: f32) {
    // The legend in a row above the plot, wherever the exports put it: on screen it
    // never covers data, and every entry shows its line's dash and marker.
    let mut height = height;
    if plot.legend.is_some() && !plot.legend_entries().is_empty() {
        let top = ui.cursor().top();
        legend_row(ui, plot);
        // The top tick's label sits half above the frame: room for it under the legend.
        ui.add_space(ui.text_style_height(&egui::TextStyle::Body) * 0.5);
        // The plot starts on egui's layout grid whatever the legend's text size.
        let below = ui.cursor().top();
        ui.add_space((egui::emath::GuiRounding::round_ui(below) - below).max(0.0));
        height = (height - (ui.cursor().top() - top)).max(80.0);
    }
    if plot.bounds().is_none() {
        // Nothing to place (a damaged project's results): say so where the plot would be.
        let (rect, _) = ui.allocate_exact_size(
            egui::vec2(ui.available_width(), height.min(120.0)),
            egui::Sense::hover(),
        );
        let nothing = crate::i18n::t("Nothing to show yet", "Nog niets te tonen");
        ui.put(
            rect,
            egui::Label::new(RichText::new(nothing.get(plot.lang)).weak()),
        );
        return;
    }
    let chart = with_hover_text(frame(ui, id, plot, height), plot);
    // The font egui_plot writes text marks in (its small style, as this ui sizes it).
    let small = egui::TextStyle::Small.resolve(ui.style());
    chart.show(ui, |plot_ui| {
        for mark in &plot.marks {
            add_mark(plot_ui, mark, &small);
        }
    });
    if let Some(caption) = &plot.caption {
        ui.add(egui::Label::new(RichText::new(caption).weak()).wrap());
    }
}

/// A text mark's words and size within its room (a stage name over its stage): as it is
/// where it fits; else smaller, down to three quarters; else on two lines, smaller still if
/// need be. Never wider than its room, so it never runs into its neighbour.
fn fitted_text(
    plot_ui: &egui_plot::PlotUi,
    text: &crate::charts::plot::TextMark,
    font: &egui::FontId,
) -> (String, Option<f32>) {
    let Some(room) = text.room else {
        return (text.text.clone(), None);
    };
    let room = (room * plot_ui.transform().dpos_dvalue_x()).abs() as f32;
    let ctx = plot_ui.ctx();
    let width = |words: &str| {
        words
            .lines()
            .map(|line| {
                ctx.fonts_mut(|f| {
                    f.layout_no_wrap(line.to_string(), font.clone(), Color32::WHITE)
                        .size()
                        .x
                })
            })
            .fold(0.0, f32::max)
    };
    let whole = width(&text.text);
    if room <= 0.0 || whole <= room {
        return (text.text.clone(), None);
    }
    if whole * 0.75 <= room {
        return (text.text.clone(), Some(font.size * room / whole));
    }
    let middle = text.text.len() / 2;
    let split = text
        .text
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    let words = match split {
        Some(i) => format!("{}\n{}", &text.text[..i], &text.text[i + 1..]),
        None => text.text.clone(),
    };
    let lines = width(&words);
    let size = (lines > room).then(|| font.size * room / lines);
    (words, size)
}

/// The plot's frame: its size, axes with their labels and ticks, grid, legend corner and
/// ranges; nothing moves or zooms (it is a picture of numbers, not a viewer).
fn frame(ui: &egui::Ui, id: &str, plot: &Plot, height: f32) -> egui_plot::Plot<'static> {
    let lang = plot.lang;
    let room = label_room(ui, &plot.y);
    // Names up the side take the axis's width: their axis's own label goes under the plot
    // with the other axis's (turned beside them, it would run into the longest name).
    let (x_label, y_label) = match (&plot.y.scale, plot.y.label.is_empty()) {
        (Scale::Categories { .. }, false) => {
            let joined = if plot.x.label.is_empty() {
                plot.y.label.clone()
            } else {
                format!("{} · {}", plot.x.label, plot.y.label)
            };
            (joined, String::new())
        }
        _ => (
            plot.x.label.clone(),
            turned_label(ui, &plot.y.label, height - 48.0),
        ),
    };
    // The y axis: its ticks' room and the turned label's lines beside them.
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let y_axis_width = room + y_label.lines().count() as f32 * line.max(18.0);
    // Category labels along the bottom get the width of one category (wider ones are not
    // drawn at all by egui_plot), less the margin egui_plot leaves at either end.
    let category_room = category_count(&plot.x).map_or(f32::INFINITY, |count| {
        ((ui.available_width() - y_axis_width - 16.0) / (count.max(1) as f32 * 1.1)).max(40.0)
    });
    let mut chart = egui_plot::Plot::new(id)
        .height(height)
        .x_axis_label(x_label)
        .y_axis_label(y_label.clone())
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([plot.x.grid, plot.y.grid])
        .y_axis_min_width(y_axis_width)
        .x_axis_formatter(formatter(&fitted(ui, &plot.x, category_room, 0.0), lang))
        .y_axis_formatter(formatter(
            &fitted(
                ui,
                &plot.y,
                room,
                height / category_count(&plot.y).unwrap_or(1).max(1) as f32,
            ),
            lang,
        ));
    // Large type (a slide for the room): grid lines and their labels further apart, so the
    // labels do not crowd.
    let body = egui::TextStyle::Body.resolve(ui.style()).size;
    if body > 18.0 {
        chart = chart.grid_spacing(egui::Rangef::new(body * 2.2, body * 12.0));
    }
    if plot.shape == Shape::Radar {
        // egui_plot has no polar plot: spokes and rings are lines on a square plot.
        chart = chart
            .data_aspect(1.0)
            .show_axes(false)
            .show_grid(false)
            .y_axis_min_width(0.0);
    }
    if let Some(count) = category_count(&plot.x) {
        chart = chart.x_grid_spacer(category_marks(count));
    }
    if let Some(count) = category_count(&plot.y) {
        chart = chart.y_grid_spacer(category_marks(count));
    }
    if let Some(step) = plot.y.step.filter(|s| {
        plot.bounds()
            .is_some_and(|b| (b.max_y - b.min_y) / *s <= 50.0)
    }) {
        chart = chart.y_grid_spacer(egui_plot::uniform_grid_spacer(move |_| {
            [step / 5.0, step, step * 2.0]
        }));
    }
    for x in &plot.x.include {
        chart = chart.include_x(*x);
    }
    for y in &plot.y.include {
        chart = chart.include_y(*y);
    }
    chart
}

/// With a hover text per point where the plot's lines say what each point is (a touchpoint on
/// the emotion curves), else its period and value.
fn with_hover_text<'a>(chart: egui_plot::Plot<'a>, plot: &Plot) -> egui_plot::Plot<'a> {
    let lang = plot.lang;
    let mut chart = chart;
    if let (Some(period), Scale::Values(unit)) = (plot.period_name.clone(), plot.y.scale.clone()) {
        // Lines that say what each point is (a touchpoint on the emotion curves).
        let described: Vec<(String, Vec<[f64; 2]>, Vec<String>)> = plot
            .marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Line(line) if !line.hover.is_empty() => {
                    Some((line.name.clone(), line.points.clone(), line.hover.clone()))
                }
                _ => None,
            })
            .collect();
        chart = chart.label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } if !plot_name.is_empty() => {
                let text = described
                    .iter()
                    .filter(|(name, _, _)| name == plot_name)
                    .find_map(|(_, points, texts)| {
                        let at = points
                            .iter()
                            .position(|p| (p[0] - position.x).abs() < 0.5)?;
                        texts.get(at)
                    });
                Some(match text {
                    Some(text) => format!("{plot_name}\n{text}"),
                    None => format!(
                        "{plot_name}\n{period} {:.0}: {}",
                        position.x.round(),
                        unit.format(position.y, lang)
                    ),
                })
            }
            _ => None,
        });
    }
    chart
}

/// Draws one mark of a plot description with egui_plot.
fn add_mark(plot_ui: &mut egui_plot::PlotUi, mark: &Mark, small: &egui::FontId) {
    match mark {
        Mark::Band(band) => {
            let xs: Vec<f64> = band.points.iter().map(|b| b[0]).collect();
            let low: Vec<f64> = band.points.iter().map(|b| b[1]).collect();
            let high: Vec<f64> = band.points.iter().map(|b| b[2]).collect();
            // Named, so the legend shows each scenario's band in its colour.
            plot_ui.add(
                FilledArea::new(band.name.clone(), &xs, &low, &high)
                    .fill_color(color(band.color).gamma_multiply(band.opacity)),
            );
        }
        Mark::Line(line) => {
            plot_ui.line(
                Line::new(line.name.clone(), line.points.clone())
                    .color(color(line.color))
                    .width(line.width)
                    .style(line_style(line.dash)),
            );
            let marked = line.marked_points();
            if let Some(shape) = marker_shape(line.marker)
                && !marked.is_empty()
            {
                // Named as the line, so hovering a marker names the series too.
                plot_ui.points(
                    Points::new(line.name.clone(), marked)
                        .shape(shape)
                        .filled(true)
                        .radius((2.5 + line.width * 0.6).min(5.5))
                        .color(color(line.color)),
                );
            }
        }
        Mark::Bars(bars) => {
            let c = color(bars.color);
            let items: Vec<Bar> = bars
                .bars
                .iter()
                .map(|bar| {
                    Bar::new(bar.at, bar.to - bar.from)
                        .base_offset(bar.from)
                        .width(bar.width)
                        .name(&bar.hover)
                        .fill(c.gamma_multiply(bars.fill_opacity))
                        .stroke(egui::Stroke::new(1.0, c))
                })
                .collect();
            let mut chart = BarChart::new(bars.name.clone(), items).color(c);
            if bars.horizontal {
                chart = chart.horizontal();
            }
            plot_ui.bar_chart(chart);
        }
        Mark::Rule(rule) => plot_ui.vline(
            VLine::new(rule.name.clone().unwrap_or_default(), rule.x)
                .color(color(rule.color))
                .style(line_style(rule.dash))
                .width(rule.width),
        ),
        Mark::Text(text) => {
            let (words, size) = fitted_text(plot_ui, text, small);
            let mut rich = RichText::new(words);
            if let Some(size) = size {
                rich = rich.size(size);
            }
            if text.strong {
                rich = rich.strong();
            }
            if let Some(c) = text.color {
                rich = rich.color(color(c));
            }
            let item = egui_plot::Text::new("", PlotPoint::new(text.at[0], text.at[1]), rich)
                .anchor(match text.anchor {
                    Anchor::Start => egui::Align2::LEFT_CENTER,
                    Anchor::Middle => egui::Align2::CENTER_CENTER,
                    Anchor::End => egui::Align2::RIGHT_CENTER,
                });
            plot_ui.text(item);
        }
    }
}
