//! A persona's picture as SVG, for slides without a window: the built-in avatars drawn as the
//! same shapes as on screen (`ui::avatar`), an embedded picture (decoded with limits, scaled
//! down and re-encoded, so a hostile file never reaches the rasteriser), or the initials.

use crate::layout::escape;
use crate::model::catalog::{self, AvatarInfo, HairStyle};
use crate::model::persona::initials as initials_of;
use crate::model::{Avatar, Persona};
use crate::store::Fingerprint;
use std::fmt::Write;

/// Writes `persona`'s picture as a circle filling the square at `(x, y)` of side `size`;
/// `id` keeps its clipping paths apart from others in the document.
pub fn avatar(out: &mut String, persona: &Persona, (x, y, size): (f32, f32, f32), id: &str) {
    match &persona.avatar {
        Avatar::Builtin(key) => match catalog::builtin_avatar(key) {
            Some(info) => builtin(out, info, (x, y, size), id),
            None => initials(out, persona, (x, y, size)),
        },
        Avatar::Image(image) => match picture_png(image) {
            Some(png) => {
                use base64::Engine as _;
                let r = size / 2.0;
                let data = base64::engine::general_purpose::STANDARD.encode(png);
                let _ = write!(
                    out,
                    r#"<clipPath id="{id}-frame"><circle cx="{cx:.1}" cy="{cy:.1}" r="{r:.1}"/></clipPath><image x="{x:.1}" y="{y:.1}" width="{size:.1}" height="{size:.1}" preserveAspectRatio="xMidYMid slice" clip-path="url(#{id}-frame)" href="data:image/png;base64,{data}"/>"#,
                    cx = x + r,
                    cy = y + r,
                );
            }
            None => initials(out, persona, (x, y, size)),
        },
        Avatar::None => initials(out, persona, (x, y, size)),
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

/// A hue from the persona's id, the initials in white on it (as on screen).
fn initials(out: &mut String, persona: &Persona, (x, y, size): (f32, f32, f32)) {
    let hue = (Fingerprint::of(persona.id.as_str().as_bytes()).0 % 360) as f32;
    let r = size / 2.0;
    let _ = write!(
        out,
        r##"<circle cx="{cx:.1}" cy="{cy:.1}" r="{r:.1}" fill="{}"/><text x="{cx:.1}" y="{ty:.1}" font-size="{fs:.1}" fill="#ffffff" text-anchor="middle">{}</text>"##,
        hsv_hex(hue, 0.45, 0.65),
        escape(&initials_of(&persona.name)),
        cx = x + r,
        cy = y + r,
        ty = y + r + size * 0.38 * 0.36,
        fs = size * 0.38,
    );
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
    crate::charts::palette::Rgb(byte(r), byte(g), byte(b)).hex()
}

fn hex(c: [u8; 3]) -> String {
    crate::charts::palette::Rgb(c[0], c[1], c[2]).hex()
}

/// A built-in avatar: background, shoulders, neck, head, hair, face — the shapes of the
/// on-screen avatar, with clipping paths where the screen intersects circles.
fn builtin(out: &mut String, info: &AvatarInfo, (x, y, size): (f32, f32, f32), id: &str) {
    let r = size / 2.0;
    let (cx, cy) = (x + r, y + r);
    let hr = 0.34 * r;
    let (hx, hy) = (cx, cy - 0.12 * r);
    let hair = hex(info.hair);
    let skin = hex(info.skin);
    let neck = {
        let d = |c: u8| (f32::from(c) * 0.92).round() as u8;
        hex([d(info.skin[0]), d(info.skin[1]), d(info.skin[2])])
    };
    let dark = "#2b2b2b";
    let _ = write!(
        out,
        r#"<clipPath id="{id}-frame"><circle cx="{cx:.2}" cy="{cy:.2}" r="{r:.2}"/></clipPath><g clip-path="url(#{id}-frame)"><circle cx="{cx:.2}" cy="{cy:.2}" r="{r:.2}" fill="{}"/>"#,
        hex(info.background)
    );
    if info.hair_style == HairStyle::Long {
        let _ = write!(
            out,
            r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" rx="{:.2}" fill="{hair}"/>"#,
            hx - 1.15 * hr,
            hy - 0.95 * hr,
            2.3 * hr,
            2.5 * hr,
            hr * 0.8
        );
    }
    let _ = write!(
        out,
        r#"<circle cx="{cx:.2}" cy="{:.2}" r="{:.2}" fill="{}"/>"#,
        cy + 1.02 * r,
        0.72 * r,
        hex(info.clothing)
    );
    let _ = write!(
        out,
        r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" rx="2" fill="{neck}"/>"#,
        hx - 0.275 * hr,
        hy + 0.95 * hr - 0.4 * hr,
        0.55 * hr,
        0.8 * hr
    );
    if info.hair_style == HairStyle::Bun {
        let _ = write!(
            out,
            r#"<circle cx="{hx:.2}" cy="{:.2}" r="{:.2}" fill="{hair}"/>"#,
            hy - 1.05 * hr,
            0.42 * hr
        );
    }
    if info.hair_style == HairStyle::Curly {
        for i in 0..9 {
            let a = std::f32::consts::PI * (1.0 + i as f32 / 8.0);
            let _ = write!(
                out,
                r#"<circle cx="{:.2}" cy="{:.2}" r="{:.2}" fill="{hair}"/>"#,
                hx + a.cos() * hr * 1.02,
                hy + a.sin() * hr * 1.02,
                0.32 * hr
            );
        }
    }
    let _ = write!(
        out,
        r#"<circle cx="{hx:.2}" cy="{hy:.2}" r="{hr:.2}" fill="{skin}"/>"#
    );
    if info.beard {
        let _ = write!(
            out,
            r#"<clipPath id="{id}-head"><circle cx="{hx:.2}" cy="{hy:.2}" r="{hr:.2}"/></clipPath><circle cx="{hx:.2}" cy="{:.2}" r="{:.2}" fill="{hair}" clip-path="url(#{id}-head)"/>"#,
            hy + 1.25 * hr,
            0.95 * hr
        );
    }
    let cap_depth = match info.hair_style {
        HairStyle::Bald => 0.0,
        HairStyle::Short => 0.55,
        HairStyle::Long | HairStyle::Bun | HairStyle::Curly => 0.65,
    };
    if cap_depth > 0.0 {
        let _ = write!(
            out,
            r#"<clipPath id="{id}-cap"><circle cx="{hx:.2}" cy="{:.2}" r="{:.2}"/></clipPath><circle cx="{hx:.2}" cy="{:.2}" r="{:.2}" fill="{hair}" clip-path="url(#{id}-cap)"/>"#,
            hy - (2.0 - cap_depth) * hr,
            1.55 * hr,
            hy - 0.08 * hr,
            hr * 1.06,
        );
    } else {
        for side in [-1.0, 1.0] {
            let _ = write!(
                out,
                r#"<circle cx="{:.2}" cy="{:.2}" r="{:.2}" fill="{hair}"/>"#,
                hx + side * 0.92 * hr,
                hy - 0.05 * hr,
                0.22 * hr
            );
        }
    }
    let eye_y = hy + 0.05 * hr;
    for side in [-1.0, 1.0] {
        let _ = write!(
            out,
            r#"<circle cx="{:.2}" cy="{eye_y:.2}" r="{:.2}" fill="{dark}"/>"#,
            hx + side * 0.38 * hr,
            0.09 * hr
        );
    }
    let smile: Vec<String> = (0..=12)
        .map(|i| {
            let a = std::f32::consts::PI * (0.2 + 0.6 * i as f32 / 12.0);
            format!(
                "{:.2},{:.2}",
                hx + a.cos() * 0.38 * hr,
                hy + 0.18 * hr + a.sin() * 0.38 * hr
            )
        })
        .collect();
    let mouth = if info.beard { "#f5f5f5" } else { dark };
    let _ = write!(
        out,
        r#"<polyline points="{}" fill="none" stroke="{mouth}" stroke-width="{:.2}" stroke-linecap="round"/>"#,
        smile.join(" "),
        (0.07 * hr).max(1.0)
    );
    if info.glasses {
        let width = (0.08 * hr).max(1.0);
        for side in [-1.0, 1.0] {
            let _ = write!(
                out,
                r#"<circle cx="{:.2}" cy="{eye_y:.2}" r="{:.2}" fill="none" stroke="{dark}" stroke-width="{width:.2}"/>"#,
                hx + side * 0.38 * hr,
                0.27 * hr
            );
        }
        let _ = write!(
            out,
            r#"<line x1="{:.2}" y1="{eye_y:.2}" x2="{:.2}" y2="{eye_y:.2}" stroke="{dark}" stroke-width="{width:.2}"/>"#,
            hx - 0.11 * hr,
            hx + 0.11 * hr
        );
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert!(out.contains(&hex(info.background)), "{}", info.key);
        }
        assert_eq!(initials_of("Jade"), "J");
        assert_eq!(hsv_hex(0.0, 0.0, 1.0), "#ffffff");
    }
}
