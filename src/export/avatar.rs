//! A persona's picture as SVG, for slides without a window: the description of
//! `charts::avatar` (the same shapes the app paints on screen), with clipping paths where
//! shapes are cut to a circle; an embedded picture is decoded with limits, scaled down and
//! re-encoded, so a hostile file never reaches the rasteriser.

use crate::charts::avatar::{
    self as describe, Circle, Corner, Drawing, INITIALS_TEXT, Initials, Paint, Portrait, Shape,
};
use crate::charts::palette::Rgb;
use crate::layout::escape;
use crate::model::Persona;
use std::fmt::Write;

/// Writes `persona`'s picture as a circle filling the square at `(x, y)` of side `size`;
/// `id` keeps its clipping paths apart from others in the document.
pub fn avatar(out: &mut String, persona: &Persona, (x, y, size): (f32, f32, f32), id: &str) {
    let r = size / 2.0;
    let frame = Circle {
        x: x + r,
        y: y + r,
        r,
    };
    match describe::portrait(persona, frame) {
        Portrait::Drawn(drawing) => builtin(out, &drawing, id),
        Portrait::Initials(shown) => initials(out, &shown),
        Portrait::Picture { image, fallback } => match picture_png(image) {
            Some(png) => {
                use base64::Engine as _;
                let data = base64::engine::general_purpose::STANDARD.encode(png);
                let _ = write!(
                    out,
                    r#"<clipPath id="{id}-frame"><circle cx="{cx:.1}" cy="{cy:.1}" r="{r:.1}"/></clipPath><image x="{x:.1}" y="{y:.1}" width="{size:.1}" height="{size:.1}" preserveAspectRatio="xMidYMid slice" clip-path="url(#{id}-frame)" href="data:image/png;base64,{data}"/>"#,
                    cx = frame.x,
                    cy = frame.y,
                );
            }
            None => initials(out, &fallback),
        },
    }
}

/// The embedded picture decoded with the app's limits and encoded as PNG, or `None` when it
/// cannot be shown (the initials stand in, as on screen).
fn picture_png(image: &crate::model::EmbeddedImage) -> Option<Vec<u8>> {
    let rgba = crate::store::picture::for_display(image).ok()?;
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(rgba)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .ok()?;
    Some(png)
}

/// The initials centred on their disc: SVG places text by its baseline, about 0.36 of the
/// font size below the middle of capitals.
fn initials(out: &mut String, shown: &Initials) {
    let Circle { x: cx, y: cy, r } = shown.circle;
    let _ = write!(
        out,
        r#"<circle cx="{cx:.1}" cy="{cy:.1}" r="{r:.1}" fill="{}"/><text x="{cx:.1}" y="{ty:.1}" font-size="{fs:.1}" fill="{}" text-anchor="middle">{}</text>"#,
        colour(shown.fill),
        INITIALS_TEXT.hex(),
        escape(&shown.text),
        ty = cy + shown.font_size * 0.36,
        fs = shown.font_size,
    );
}

/// A fill as `#rrggbb`.
fn colour(paint: Paint) -> String {
    match paint {
        Paint::Plain(rgb) => rgb.hex(),
        Paint::Shade { base, factor } => {
            let shade = |c: u8| (f32::from(c) * factor).round() as u8;
            Rgb(shade(base.0), shade(base.1), shade(base.2)).hex()
        }
        Paint::Hsv {
            hue_degrees,
            saturation,
            value,
        } => hsv_hex(hue_degrees, saturation, value),
    }
}

/// A colour from hue (degrees), saturation and value, as `#rrggbb`.
fn hsv_hex(hue: f32, s: f32, v: f32) -> String {
    let c = v * s;
    let h = (hue / 60.0) % 6.0;
    let x = c * (1.0 - ((h % 2.0) - 1.0).abs());
    let (r, g, b) = match h as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = v - c;
    let byte = |f: f32| ((f + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    Rgb(byte(r), byte(g), byte(b)).hex()
}

/// A circle's attributes.
fn circle_attributes(c: Circle) -> String {
    format!(r#"cx="{:.2}" cy="{:.2}" r="{:.2}""#, c.x, c.y, c.r)
}

/// A built-in avatar: its shapes in a group cut to the frame; a shape cut to another circle
/// gets a clipping path named after that circle.
fn builtin(out: &mut String, drawing: &Drawing, id: &str) {
    let _ = write!(
        out,
        r#"<clipPath id="{id}-frame"><circle {}/></clipPath><g clip-path="url(#{id}-frame)">"#,
        circle_attributes(drawing.frame)
    );
    for shape in &drawing.shapes {
        match shape {
            Shape::Disc {
                circle,
                fill,
                within: Some(clip),
            } if clip.circle != drawing.frame => {
                let name = clip.name;
                let _ = write!(
                    out,
                    r#"<clipPath id="{id}-{name}"><circle {}/></clipPath><circle {} fill="{}" clip-path="url(#{id}-{name})"/>"#,
                    circle_attributes(clip.circle),
                    circle_attributes(*circle),
                    colour(*fill)
                );
            }
            // The group already cuts everything to the frame.
            Shape::Disc { circle, fill, .. } => {
                let _ = write!(
                    out,
                    r#"<circle {} fill="{}"/>"#,
                    circle_attributes(*circle),
                    colour(*fill)
                );
            }
            Shape::Rect {
                min,
                width,
                height,
                corner,
                fill,
            } => {
                let corner = match corner {
                    // A fixed rounding is written as given ("2"), a scaled one to 0.01.
                    Corner::Fixed(radius) => format!("{radius}"),
                    Corner::Scaled(radius) => format!("{radius:.2}"),
                };
                let _ = write!(
                    out,
                    r#"<rect x="{:.2}" y="{:.2}" width="{width:.2}" height="{height:.2}" rx="{corner}" fill="{}"/>"#,
                    min.x,
                    min.y,
                    colour(*fill)
                );
            }
            Shape::Ring {
                circle,
                width,
                colour,
            } => {
                let _ = write!(
                    out,
                    r#"<circle {} fill="none" stroke="{}" stroke-width="{width:.2}"/>"#,
                    circle_attributes(*circle),
                    colour.hex()
                );
            }
            Shape::Line {
                from,
                to,
                width,
                colour,
            } => {
                let _ = write!(
                    out,
                    r#"<line x1="{:.2}" y1="{:.2}" x2="{:.2}" y2="{:.2}" stroke="{}" stroke-width="{width:.2}"/>"#,
                    from.x,
                    from.y,
                    to.x,
                    to.y,
                    colour.hex()
                );
            }
            Shape::Polyline {
                points,
                width,
                colour,
            } => {
                let points: Vec<String> = points
                    .iter()
                    .map(|p| format!("{:.2},{:.2}", p.x, p.y))
                    .collect();
                let _ = write!(
                    out,
                    r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="{width:.2}" stroke-linecap="round"/>"#,
                    points.join(" "),
                    colour.hex()
                );
            }
        }
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Avatar, catalog};

    #[test]
    fn every_avatar_kind_draws_inside_its_square() {
        let mut persona = Persona {
            name: "Anna de Vries".into(),
            ..Persona::default()
        };
        let mut out = String::new();
        avatar(&mut out, &persona, (10.0, 10.0, 100.0), "a");
        assert!(out.contains(">AV</text>"), "{out}");
        for info in &catalog::BUILTIN_AVATARS {
            persona.avatar = Avatar::Builtin(info.key.into());
            let mut out = String::new();
            avatar(&mut out, &persona, (10.0, 10.0, 100.0), "a");
            let [r, g, b] = info.background;
            assert!(out.contains(&Rgb(r, g, b).hex()), "{}", info.key);
            assert!(out.ends_with("</g>"), "{}: the group is closed", info.key);
        }
        assert_eq!(hsv_hex(0.0, 0.0, 1.0), "#ffffff");
    }
}
