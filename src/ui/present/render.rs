//! Draws a slide's scene ([`crate::slides::Scene`]) with egui, scaled into any rectangle at
//! 16:9: the same scene the handouts are made of, so the Slides preview, the room and the
//! handout agree. Texts and boxes go through the painter at scaled sizes, pictures are the
//! persona pictures of the cards, and plots are drawn by egui_plot ([`crate::ui::plots`]) with
//! their text scaled like the handout's (at least 2 % of the slide's height). A thumbnail
//! draws the same scene as a sketch: small text as grey bars, plots as their lines and bars.

use crate::charts::palette::Rgb;
use crate::charts::plot::{Mark, Plot};
use crate::model::{AssumptionKey, Project};
use crate::slides::{Align, CANVAS, Element, PLOT_TEXT_SCALE, Scene};
use crate::ui::avatar::{self, Textures};
use egui::{Color32, FontId, Pos2, Rect, Stroke, pos2, vec2};

/// The headless plot layout's base text size in points: a plot's text on a slide is this
/// times [`PLOT_TEXT_SCALE`] on the 1920 × 1080 canvas.
const PLOT_TEXT: f32 = 12.5;

/// Text drawn smaller than this many points in a sketch becomes a bar.
const SKETCH_TEXT: f32 = 5.0;

/// How much a scene is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Everything, plots by egui_plot: the preview, the room, the presenter view.
    Full,
    /// A thumbnail: small text as bars, plots as their marks without axes.
    Sketch,
}

/// The largest 16:9 rectangle centred in `outer` (letterboxed).
pub fn fit(outer: Rect) -> Rect {
    let aspect = CANVAS.0 / CANVAS.1;
    let width = outer.width().min(outer.height() * aspect).max(0.0);
    Rect::from_center_size(outer.center(), vec2(width, width / aspect))
}

/// A palette colour for egui.
pub fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// Maps the canvas onto a rectangle on screen.
#[derive(Clone, Copy, Debug)]
pub struct Canvas {
    /// Where the slide is on screen.
    pub rect: Rect,
    /// Points per canvas pixel.
    pub scale: f32,
}

impl Canvas {
    /// The canvas drawn into `rect` (a 16:9 rectangle, see [`fit`]).
    pub fn new(rect: Rect) -> Self {
        Canvas {
            rect,
            scale: rect.width() / CANVAS.0,
        }
    }

    /// A canvas rectangle on screen.
    pub fn map(&self, r: crate::slides::Rect) -> Rect {
        Rect::from_min_size(
            self.rect.min + vec2(r.x, r.y) * self.scale,
            vec2(r.w, r.h) * self.scale,
        )
    }
}

/// What a scene is drawn with besides itself.
pub struct Look<'a> {
    /// The project the scene's pictures are of.
    pub project: &'a Project,
    /// Textures of embedded pictures.
    pub textures: &'a mut Textures,
    /// Light or dark slides (the plots' axes and grid follow).
    pub theme: egui::Theme,
}

/// Draws `scene` into `rect` (16:9); `id` keeps its plots apart from other drawings of them.
/// Returns where its sliders go on screen.
pub fn scene_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    scene: &Scene,
    look: &mut Look,
    detail: Detail,
    id: egui::Id,
) -> Vec<(AssumptionKey, Rect)> {
    let canvas = Canvas::new(rect);
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, color(scene.background));
    for (i, element) in scene.elements.iter().enumerate() {
        match element {
            Element::Text {
                rect: r,
                text,
                size,
                bold,
                color: c,
                align,
            } => {
                let r = canvas.map(*r);
                let size = size * canvas.scale;
                if detail == Detail::Sketch && size < SKETCH_TEXT {
                    let width = crate::slides::text_width_px(text, size / canvas.scale, *bold)
                        * canvas.scale;
                    text_bar(&painter, r, width, size, color(*c), *align);
                } else {
                    text_line(&painter, r, text, size, *bold, color(*c), *align);
                }
            }
            Element::Box {
                rect: r,
                fill,
                stroke,
                stroke_width,
                radius,
            } => {
                let r = canvas.map(*r);
                let stroke = stroke.map_or(Stroke::NONE, |c| {
                    Stroke::new((stroke_width * canvas.scale).max(0.5), color(c))
                });
                painter.rect(
                    r,
                    radius * canvas.scale,
                    fill.map_or(Color32::TRANSPARENT, color),
                    stroke,
                    egui::StrokeKind::Inside,
                );
            }
            Element::Picture { rect: r, persona } => {
                let r = canvas.map(*r);
                if let Some(persona) = look.project.persona(persona) {
                    avatar::paint(ui, r, persona, look.textures);
                }
            }
            Element::Plot { rect: r, plot } => {
                let r = canvas.map(*r);
                match detail {
                    Detail::Full => {
                        plot_ui(ui, r, plot, canvas.scale, scene, look.theme, id.with(i))
                    }
                    Detail::Sketch => sketch_plot(&painter, r, plot),
                }
            }
        }
    }
    scene
        .sliders
        .iter()
        .map(|(key, r)| (*key, canvas.map(*r)))
        .collect()
}

/// One line of text in `r`, aligned; bold is drawn twice, a hair apart (egui's fonts have no
/// bold face).
fn text_line(
    painter: &egui::Painter,
    r: Rect,
    text: &str,
    size: f32,
    bold: bool,
    color: Color32,
    align: Align,
) {
    let mut galley = painter.layout_no_wrap(text.to_string(), FontId::proportional(size), color);
    // Never wider than its box: the slide measured the text with the font's advances, and
    // egui's rounding at this size can come out a pixel or two wider; it shrinks to fit
    // rather than run into its neighbour.
    let bold_extra = if bold { size * 0.035 } else { 0.0 };
    if galley.size().x + bold_extra > r.width() && galley.size().x > 0.0 {
        let fit = size * (r.width() - bold_extra).max(1.0) / galley.size().x;
        galley = painter.layout_no_wrap(text.to_string(), FontId::proportional(fit), color);
    }
    let width = galley.size().x;
    let x = match align {
        Align::Left => r.left(),
        Align::Centre => r.center().x - width / 2.0,
        Align::Right => r.right() - width,
    };
    let at = pos2(x, r.center().y - galley.size().y / 2.0);
    let painter = painter.with_clip_rect(r.expand(size * 0.2).intersect(painter.clip_rect()));
    if bold {
        painter.galley(at + vec2(size * 0.035, 0.0), galley.clone(), color);
    }
    painter.galley(at, galley, color);
}

/// Text too small to read in a thumbnail, as a bar of its length.
fn text_bar(painter: &egui::Painter, r: Rect, width: f32, size: f32, color: Color32, align: Align) {
    let width = width.min(r.width());
    let x = match align {
        Align::Left => r.left(),
        Align::Centre => r.center().x - width / 2.0,
        Align::Right => r.right() - width,
    };
    let height = (size * 0.55).max(0.8);
    let bar = Rect::from_min_size(pos2(x, r.center().y - height / 2.0), vec2(width, height));
    painter.rect_filled(bar, height / 2.0, color.gamma_multiply(0.45));
}

/// The text size of a plot on a slide drawn at `scale` points per canvas pixel.
pub fn plot_text_size(scale: f32) -> f32 {
    PLOT_TEXT * PLOT_TEXT_SCALE * scale
}

/// A plot with egui_plot in `r`, its text and lines scaled with the slide.
fn plot_ui(
    ui: &mut egui::Ui,
    r: Rect,
    plot: &Plot,
    scale: f32,
    scene: &Scene,
    theme: egui::Theme,
    id: egui::Id,
) {
    let text = plot_text_size(scale);
    let mut plot = plot.clone();
    let thicker = (PLOT_TEXT_SCALE * scale).max(1.0);
    for mark in &mut plot.marks {
        match mark {
            Mark::Line(line) => line.width *= thicker,
            Mark::Rule(rule) => rule.width *= thicker,
            Mark::Band(_) | Mark::Bars(_) | Mark::Text(_) => {}
        }
    }
    // The plot a little in from the left of its box: egui_plot turns its vertical axis
    // label at the very edge of its area, and at slide sizes its glyphs reach past it.
    // Whole points, so the plot's widgets stay on the pixel grid.
    let inset = Rect::from_min_max(pos2(r.left() + (text * 0.8).round(), r.top()), r.max);
    let builder = egui::UiBuilder::new()
        .max_rect(inset)
        .id_salt(id)
        .layout(egui::Layout::top_down(egui::Align::Min));
    let mut child = ui.new_child(builder);
    // egui_plot sets its x axis label flush with the plot's right edge, where the last glyph
    // can reach a few pixels past it: the slide's margin has room for them.
    let clip = Rect::from_min_max(r.min, pos2(r.right() + text * 0.5, r.bottom()));
    child.set_clip_rect(clip.intersect(ui.clip_rect()));
    {
        let style = child.style_mut();
        style.visuals = match theme {
            egui::Theme::Light => egui::Visuals::light(),
            egui::Theme::Dark => egui::Visuals::dark(),
        };
        let background = color(scene.background);
        style.visuals.extreme_bg_color = background;
        style.visuals.panel_fill = background;
        style.visuals.window_fill = background;
        for (text_style, font) in style.text_styles.iter_mut() {
            font.size = match text_style {
                egui::TextStyle::Heading => text * 1.2,
                _ => text,
            };
        }
        style.spacing.item_spacing = vec2(8.0, 4.0) * scale * PLOT_TEXT_SCALE;
    }
    let mut height = r.height();
    if !plot.title.is_empty() {
        let title = egui::RichText::new(&plot.title)
            .size(text * 1.15)
            .color(color(theme_text(scene)));
        // Right of the vertical axis's label, which may reach up beside the title.
        child.horizontal(|ui| {
            ui.add_space(text * 1.4);
            ui.add(egui::Label::new(title).truncate());
        });
        height -= text * 1.15 * 1.3 + child.spacing().item_spacing.y;
    }
    if let Some(caption) = &plot.caption {
        // As many lines as the caption wraps to at this width, so it never runs under what
        // follows the plot (the slide's sliders).
        let lines = child.painter().layout(
            caption.clone(),
            egui::FontId::proportional(text),
            egui::Color32::WHITE,
            child.available_width(),
        );
        height -= lines.size().y + text * 0.6 + child.spacing().item_spacing.y;
    }
    let name = format!("slide-plot-{}", id.value());
    crate::ui::plots::plot_body_ui(&mut child, &name, &plot, height.max(40.0));
    // A slide is a picture for the room: a cover over the plot keeps the crosshair and the
    // tooltips from following the mouse.
    ui.interact(r, id.with("cover"), egui::Sense::click_and_drag());
}

/// The text colour that reads on the scene's page.
fn theme_text(scene: &Scene) -> Rgb {
    let Rgb(r, g, b) = scene.background;
    if u32::from(r) + u32::from(g) + u32::from(b) > 3 * 128 {
        crate::layout::Theme::LIGHT.text
    } else {
        crate::layout::Theme::DARK.text
    }
}

/// A plot as its marks only (no axes, no text), for a thumbnail.
fn sketch_plot(painter: &egui::Painter, r: Rect, plot: &Plot) {
    let mut low = [f64::INFINITY; 2];
    let mut high = [f64::NEG_INFINITY; 2];
    let mut see = |x: f64, y: f64| {
        if x.is_finite() && y.is_finite() {
            low = [low[0].min(x), low[1].min(y)];
            high = [high[0].max(x), high[1].max(y)];
        }
    };
    for mark in &plot.marks {
        match mark {
            Mark::Line(line) => line.points.iter().for_each(|p| see(p[0], p[1])),
            Mark::Bars(bars) => {
                for bar in &bars.bars {
                    let (a, b) = (bar.at - bar.width / 2.0, bar.at + bar.width / 2.0);
                    if bars.horizontal {
                        see(bar.from, a);
                        see(bar.to, b);
                    } else {
                        see(a, bar.from);
                        see(b, bar.to);
                    }
                }
            }
            Mark::Band(_) | Mark::Rule(_) | Mark::Text(_) => {}
        }
    }
    if low[0] > high[0] || low[1] > high[1] {
        return;
    }
    let area = r.shrink(r.width().min(r.height()) * 0.06);
    let span = |i: usize| (high[i] - low[i]).max(1e-9);
    let at = |x: f64, y: f64| -> Pos2 {
        pos2(
            area.left() + ((x - low[0]) / span(0)) as f32 * area.width(),
            area.bottom() - ((y - low[1]) / span(1)) as f32 * area.height(),
        )
    };
    let axis = Color32::from_gray(150).gamma_multiply(0.6);
    painter.line_segment(
        [area.left_bottom(), area.right_bottom()],
        Stroke::new(0.5, axis),
    );
    painter.line_segment(
        [area.left_bottom(), area.left_top()],
        Stroke::new(0.5, axis),
    );
    for mark in &plot.marks {
        match mark {
            Mark::Line(line) => {
                let points: Vec<Pos2> = line.points.iter().map(|p| at(p[0], p[1])).collect();
                painter.add(egui::Shape::line(
                    points,
                    Stroke::new(1.0, color(line.color)),
                ));
            }
            Mark::Bars(bars) => {
                let fill = color(bars.color).gamma_multiply(bars.fill_opacity.max(0.5));
                for bar in &bars.bars {
                    let (a, b) = (bar.at - bar.width / 2.0, bar.at + bar.width / 2.0);
                    let rect = if bars.horizontal {
                        Rect::from_two_pos(at(bar.from, a), at(bar.to, b))
                    } else {
                        Rect::from_two_pos(at(a, bar.from), at(b, bar.to))
                    };
                    painter.rect_filled(rect, 0.0, fill);
                }
            }
            Mark::Band(_) | Mark::Rule(_) | Mark::Text(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slide_fills_the_screen_at_16_9_letterboxed() {
        let wide = fit(Rect::from_min_size(Pos2::ZERO, vec2(2560.0, 1080.0)));
        assert!((wide.height() - 1080.0).abs() < 0.01);
        assert!((wide.width() - 1920.0).abs() < 0.01);
        assert!((wide.center().x - 1280.0).abs() < 0.01);
        let tall = fit(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 1024.0)));
        assert!((tall.width() - 1280.0).abs() < 0.01);
        assert!((tall.height() - 720.0).abs() < 0.01);
    }

    #[test]
    fn plot_text_is_at_least_two_percent_of_the_slide_height() {
        for height in [360.0_f32, 720.0, 1080.0, 2160.0] {
            let canvas = Canvas::new(fit(Rect::from_min_size(
                Pos2::ZERO,
                vec2(height * 16.0 / 9.0, height),
            )));
            assert!(plot_text_size(canvas.scale) >= 0.02 * height - 1e-3);
        }
    }
}
