//! Persona pictures: the built-in avatars drawn as shapes (sharp at any size), initials when
//! there is no picture, embedded pictures as textures, and importing a PNG or JPEG.

use crate::model::catalog::{self, AvatarInfo, HairStyle};
use crate::model::persona::initials;
use crate::model::{Avatar, EmbeddedImage, ImageFormat, Persona};
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

fn rgb(c: [u8; 3]) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
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
    match &persona.avatar {
        Avatar::Builtin(key) => match catalog::builtin_avatar(key) {
            Some(info) => paint_builtin(ui.painter(), rect, info),
            None => paint_initials(ui.painter(), rect, &persona.name, persona.id.as_str()),
        },
        Avatar::Image(image) => match textures.texture(ui.ctx(), image) {
            Some(texture) => {
                egui::Image::from_texture(&texture)
                    .corner_radius(rect.width() / 2.0)
                    .paint_at(ui, rect);
            }
            None => paint_initials(ui.painter(), rect, &persona.name, persona.id.as_str()),
        },
        Avatar::None => paint_initials(ui.painter(), rect, &persona.name, persona.id.as_str()),
    }
}

fn paint_initials(painter: &Painter, rect: Rect, name: &str, seed: &str) {
    let hue = (Fingerprint::of(seed.as_bytes()).0 % 360) as f32 / 360.0;
    let fill: Color32 = egui::ecolor::Hsva::new(hue, 0.45, 0.65, 1.0).into();
    painter.circle_filled(rect.center(), rect.width() / 2.0, fill);
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        initials(name),
        egui::FontId::proportional(rect.width() * 0.38),
        Color32::WHITE,
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

/// Draws a built-in avatar: background, shoulders, neck, head, hair, face.
pub fn paint_builtin(painter: &Painter, rect: Rect, info: &AvatarInfo) {
    let center = rect.center();
    let r = rect.width() / 2.0;
    let frame = (center, r);
    painter.circle_filled(center, r, rgb(info.background));

    let hair = rgb(info.hair);
    let skin = rgb(info.skin);
    let head_center = center + vec2(0.0, -0.12 * r);
    let hr = 0.34 * r;

    if info.hair_style == HairStyle::Long {
        let back = Rect::from_min_max(
            head_center + vec2(-1.15 * hr, -0.95 * hr),
            head_center + vec2(1.15 * hr, 1.55 * hr),
        );
        painter.rect_filled(back, hr * 0.8, hair);
    }
    // Shoulders: a large circle below, clipped to the frame.
    let body = circle_within((center + vec2(0.0, 1.02 * r), 0.72 * r), frame);
    painter.add(Shape::convex_polygon(
        body,
        rgb(info.clothing),
        Stroke::NONE,
    ));
    // Neck.
    painter.rect_filled(
        Rect::from_center_size(
            head_center + vec2(0.0, 0.95 * hr),
            vec2(0.55 * hr, 0.8 * hr),
        ),
        2.0,
        skin.gamma_multiply(0.92),
    );
    if info.hair_style == HairStyle::Bun {
        painter.circle_filled(head_center + vec2(0.0, -1.05 * hr), 0.42 * hr, hair);
    }
    if info.hair_style == HairStyle::Curly {
        for i in 0..9 {
            let a = std::f32::consts::PI * (1.0 + i as f32 / 8.0);
            painter.circle_filled(
                head_center + vec2(a.cos(), a.sin()) * hr * 1.02,
                0.32 * hr,
                hair,
            );
        }
    }
    painter.circle_filled(head_center, hr, skin);
    if info.beard {
        let beard = circle_within(
            (head_center, hr),
            (head_center + vec2(0.0, 1.25 * hr), 0.95 * hr),
        );
        painter.add(Shape::convex_polygon(beard, hair, Stroke::NONE));
    }
    // Hair cap over the top of the head.
    let cap_depth = match info.hair_style {
        HairStyle::Bald => 0.0,
        HairStyle::Short => 0.55,
        HairStyle::Long | HairStyle::Bun | HairStyle::Curly => 0.65,
    };
    if cap_depth > 0.0 {
        let cap = circle_within(
            (head_center + vec2(0.0, -0.08 * hr), hr * 1.06),
            (head_center + vec2(0.0, -(2.0 - cap_depth) * hr), 1.55 * hr),
        );
        painter.add(Shape::convex_polygon(cap, hair, Stroke::NONE));
    } else {
        for side in [-1.0, 1.0] {
            painter.circle_filled(
                head_center + vec2(side * 0.92 * hr, -0.05 * hr),
                0.22 * hr,
                hair,
            );
        }
    }
    // Face.
    let eye_y = head_center.y + 0.05 * hr;
    let dark = Color32::from_rgb(0x2B, 0x2B, 0x2B);
    for side in [-1.0, 1.0] {
        painter.circle_filled(
            pos2(head_center.x + side * 0.38 * hr, eye_y),
            0.09 * hr,
            dark,
        );
    }
    let smile = arc(
        head_center + vec2(0.0, 0.18 * hr),
        0.38 * hr,
        0.2 * std::f32::consts::PI,
        0.8 * std::f32::consts::PI,
        12,
    );
    let mouth = if info.beard {
        Color32::from_rgb(0xF5, 0xF5, 0xF5)
    } else {
        dark
    };
    painter.add(Shape::line(smile, Stroke::new((0.07 * hr).max(1.0), mouth)));
    if info.glasses {
        let stroke = Stroke::new((0.08 * hr).max(1.0), dark);
        for side in [-1.0, 1.0] {
            painter.circle_stroke(
                pos2(head_center.x + side * 0.38 * hr, eye_y),
                0.27 * hr,
                stroke,
            );
        }
        painter.line_segment(
            [
                pos2(head_center.x - 0.11 * hr, eye_y),
                pos2(head_center.x + 0.11 * hr, eye_y),
            ],
            stroke,
        );
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
