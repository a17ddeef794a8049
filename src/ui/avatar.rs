//! Persona pictures on screen: the description of `charts::avatar` painted with egui (the
//! built-in avatars as shapes, sharp at any size; the initials when there is no picture),
//! embedded pictures as textures, and importing a PNG or JPEG.

use crate::charts::avatar::{
    self as describe, Circle, Corner, Drawing, INITIALS_TEXT, Initials, Paint, Point, Portrait,
};
use crate::charts::palette::Rgb;
use crate::model::catalog::AvatarInfo;
use crate::model::{EmbeddedImage, ImageFormat, Persona};
use crate::store::Fingerprint;
use base64::Engine as _;
use egui::{Color32, Painter, Pos2, Rect, Shape, Stroke, Vec2, pos2, vec2};
use std::collections::HashMap;
use std::path::Path;

/// Longest side of an embedded picture, in pixels: sharp on a card, small in the file.
pub const PICTURE_SIZE: u32 = 256;
/// Largest picture file accepted for import.
const MAX_PICTURE_BYTES: u64 = 20 * 1024 * 1024;

/// Textures of embedded pictures, by the fingerprint of their data.
#[derive(Default)]
pub struct Textures {
    images: HashMap<u64, Option<egui::TextureHandle>>,
}

impl Textures {
    fn texture(
        &mut self,
        ctx: &egui::Context,
        image: &EmbeddedImage,
    ) -> Option<egui::TextureHandle> {
        let key = Fingerprint::of(image.data_base64.as_bytes()).0;
        self.images
            .entry(key)
            .or_insert_with(|| {
                decode(image).map(|img| {
                    ctx.load_texture(format!("picture-{key:x}"), img, Default::default())
                })
            })
            .clone()
    }
}

/// The picture to show: decoded with limits and scaled down (a picture too large or damaged
/// shows the initials instead; `check` names it).
fn decode(image: &EmbeddedImage) -> Option<egui::ColorImage> {
    let rgba = crate::store::picture::for_display(image).ok()?;
    let size = [rgba.width() as usize, rgba.height() as usize];
    Some(egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_raw(),
    ))
}

fn rgb(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// The colour a description's paint means on screen.
fn colour(paint: Paint) -> Color32 {
    match paint {
        Paint::Plain(c) => rgb(c),
        // egui's gamma_multiply also scales alpha: the neck is drawn 92 % opaque, where the SVG
        // writes the darker skin opaque. Kept as it was, so the screen does not change.
        Paint::Shade { base, factor } => rgb(base).gamma_multiply(factor),
        // egui reads hue, saturation and value in linear space, the SVG in sRGB: the initials'
        // disc is a little lighter on screen. Kept as it was.
        Paint::Hsv {
            hue_degrees,
            saturation,
            value,
        } => egui::ecolor::Hsva::new(hue_degrees / 360.0, saturation, value, 1.0).into(),
    }
}

fn pos(p: Point) -> Pos2 {
    pos2(p.x, p.y)
}

fn centre(c: Circle) -> Pos2 {
    pos2(c.x, c.y)
}

/// The circle that fills the square `rect`.
fn frame_of(rect: Rect) -> Circle {
    let c = rect.center();
    Circle {
        x: c.x,
        y: c.y,
        r: rect.width() / 2.0,
    }
}

/// A persona's picture in a circle of `size` points.
pub fn avatar_ui(
    ui: &mut egui::Ui,
    persona: &Persona,
    size: f32,
    textures: &mut Textures,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), egui::Sense::hover());
    paint(ui, rect, persona, textures);
    response
}

/// Paints a persona's picture into `rect` (a square).
pub fn paint(ui: &egui::Ui, rect: Rect, persona: &Persona, textures: &mut Textures) {
    match describe::portrait(persona, frame_of(rect)) {
        Portrait::Drawn(drawing) => paint_drawing(ui.painter(), &drawing),
        Portrait::Initials(shown) => paint_initials(ui.painter(), &shown),
        Portrait::Picture { image, fallback } => match textures.texture(ui.ctx(), image) {
            Some(texture) => {
                egui::Image::from_texture(&texture)
                    .corner_radius(rect.width() / 2.0)
                    .paint_at(ui, rect);
            }
            None => paint_initials(ui.painter(), &fallback),
        },
    }
}

fn paint_initials(painter: &Painter, shown: &Initials) {
    let at = centre(shown.circle);
    painter.circle_filled(at, shown.circle.r, colour(shown.fill));
    painter.text(
        at,
        egui::Align2::CENTER_CENTER,
        &shown.text,
        egui::FontId::proportional(shown.font_size),
        rgb(INITIALS_TEXT),
    );
}

/// Points on a circle from angle `from` to `to` (radians, y down).
fn arc(center: Pos2, radius: f32, from: f32, to: f32, steps: usize) -> Vec<Pos2> {
    (0..=steps)
        .map(|i| {
            let a = from + (to - from) * i as f32 / steps as f32;
            center + vec2(a.cos(), a.sin()) * radius
        })
        .collect()
}

/// The part of circle `inner` that lies inside circle `outer`, as a convex polygon.
fn circle_within(inner: (Pos2, f32), outer: (Pos2, f32)) -> Vec<Pos2> {
    let full = std::f32::consts::TAU;
    let inside = |p: &Pos2, (c, r): (Pos2, f32)| p.distance(c) <= r + 0.01;
    let steps = 48;
    let mut points: Vec<Pos2> = arc(inner.0, inner.1, 0.0, full, steps)
        .into_iter()
        .filter(|p| inside(p, outer))
        .chain(
            arc(outer.0, outer.1, 0.0, full, steps)
                .into_iter()
                .filter(|p| inside(p, inner)),
        )
        .collect();
    if points.len() < 3 {
        return Vec::new();
    }
    let n = points.len() as f32;
    let centroid = points.iter().fold(Vec2::ZERO, |acc, p| acc + p.to_vec2()) / n;
    points.sort_by(|a, b| {
        let angle = |p: &Pos2| (p.y - centroid.y).atan2(p.x - centroid.x);
        angle(a).total_cmp(&angle(b))
    });
    points
}

/// Draws a built-in avatar into `rect` (a square).
pub fn paint_builtin(painter: &Painter, rect: Rect, info: &AvatarInfo) {
    paint_drawing(painter, &describe::builtin(info, frame_of(rect)));
}

/// Paints a built-in avatar's shapes; a disc cut to a circle becomes the convex polygon of
/// their overlap.
fn paint_drawing(painter: &Painter, drawing: &Drawing) {
    for shape in &drawing.shapes {
        match shape {
            describe::Shape::Disc {
                circle,
                fill,
                within: None,
            } => {
                painter.circle_filled(centre(*circle), circle.r, colour(*fill));
            }
            describe::Shape::Disc {
                circle,
                fill,
                within: Some(clip),
            } => {
                let overlap = circle_within(
                    (centre(*circle), circle.r),
                    (centre(clip.circle), clip.circle.r),
                );
                painter.add(Shape::convex_polygon(overlap, colour(*fill), Stroke::NONE));
            }
            describe::Shape::Rect {
                min,
                width,
                height,
                corner: Corner::Fixed(corner) | Corner::Scaled(corner),
                fill,
            } => {
                painter.rect_filled(
                    Rect::from_min_size(pos(*min), vec2(*width, *height)),
                    *corner,
                    colour(*fill),
                );
            }
            describe::Shape::Ring {
                circle,
                width,
                colour,
            } => {
                painter.circle_stroke(centre(*circle), circle.r, Stroke::new(*width, rgb(*colour)));
            }
            describe::Shape::Line {
                from,
                to,
                width,
                colour,
            } => {
                painter.line_segment([pos(*from), pos(*to)], Stroke::new(*width, rgb(*colour)));
            }
            describe::Shape::Polyline {
                points,
                width,
                colour,
            } => {
                painter.add(Shape::line(
                    points.iter().copied().map(pos).collect(),
                    Stroke::new(*width, rgb(*colour)),
                ));
            }
        }
    }
}

/// Reads a PNG or JPEG, crops it to a centred square, scales it to at most
/// [`PICTURE_SIZE`] pixels and encodes it for embedding (JPEG for photos, PNG when it has
/// transparency). The error is a plain sentence.
pub fn import_picture(path: &Path) -> Result<EmbeddedImage, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_PICTURE_BYTES {
        return Err(format!(
            "the file is {} MB; pictures up to {} MB can be imported",
            size / (1024 * 1024),
            MAX_PICTURE_BYTES / (1024 * 1024)
        ));
    }
    // Only a regular file, and never more than the limit (it may grow while being read).
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(
            crate::store::open_regular(path).map_err(|e| e.to_string())?,
            MAX_PICTURE_BYTES,
        ),
        &mut bytes,
    )
    .map_err(|e| e.to_string())?;
    let picture = crate::store::picture::decode_limited(&bytes).map_err(|e| e.to_string())?;
    embed(&picture)
}

/// Crops, scales and encodes a decoded picture for embedding.
pub fn embed(picture: &image::DynamicImage) -> Result<EmbeddedImage, String> {
    let side = picture.width().min(picture.height());
    if side == 0 {
        return Err("the picture is empty".into());
    }
    let square = picture.crop_imm(
        (picture.width() - side) / 2,
        (picture.height() - side) / 2,
        side,
        side,
    );
    let target = side.min(PICTURE_SIZE);
    let scaled = square.resize_exact(target, target, image::imageops::FilterType::Lanczos3);
    let has_alpha = scaled.to_rgba8().pixels().any(|p| p.0[3] < 255);
    let mut encoded = Vec::new();
    let format = if has_alpha {
        scaled
            .write_to(
                &mut std::io::Cursor::new(&mut encoded),
                image::ImageFormat::Png,
            )
            .map_err(|e| e.to_string())?;
        ImageFormat::Png
    } else {
        let rgb = scaled.to_rgb8();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut encoded, 85)
            .encode_image(&rgb)
            .map_err(|e| e.to_string())?;
        ImageFormat::Jpeg
    };
    Ok(EmbeddedImage {
        format,
        width: target,
        height: target,
        data_base64: base64::engine::general_purpose::STANDARD.encode(&encoded),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::persona::initials;

    #[test]
    fn initials_take_first_and_last_word() {
        assert_eq!(initials("Anna de Vries"), "AV");
        assert_eq!(initials("gerrit"), "G");
        assert_eq!(initials("  "), "");
    }

    #[test]
    fn a_large_photo_is_cropped_scaled_and_embedded_as_jpeg() {
        let photo = image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(1200, 800, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        }));
        let embedded = embed(&photo).expect("embeds");
        assert_eq!(
            (embedded.width, embedded.height),
            (PICTURE_SIZE, PICTURE_SIZE)
        );
        assert_eq!(embedded.format, ImageFormat::Jpeg);
        assert!(embedded.data_base64.len() < 64 * 1024, "small in the file");
        assert!(decode(&embedded).is_some());
    }

    #[test]
    fn a_transparent_icon_stays_png_and_small_pictures_are_not_enlarged() {
        let icon = image::DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(
            40,
            64,
            image::Rgba([10, 20, 30, 0]),
        ));
        let embedded = embed(&icon).expect("embeds");
        assert_eq!(embedded.format, ImageFormat::Png);
        assert_eq!((embedded.width, embedded.height), (40, 40));
    }

    #[test]
    fn a_file_that_is_not_a_picture_gives_a_sentence() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("notes.png");
        std::fs::write(&path, b"not really a png").expect("write");
        let error = import_picture(&path).expect_err("refused");
        assert!(error.starts_with("not a PNG or JPEG picture"), "{error}");
    }
}
