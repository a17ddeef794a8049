//! A persona's picture as plain data: the built-in avatars as shapes (background, shoulders,
//! neck, head, hair, face), the initials on a coloured disc, or an embedded picture. The app
//! paints it with egui (`ui::avatar`) and the slides write it as SVG (`export::avatar`), so the
//! geometry and colours are written once, here.

use super::palette::Rgb;
use crate::model::catalog::{self, AvatarInfo, HairStyle};
use crate::model::persona::initials as initials_of;
use crate::model::{Avatar, EmbeddedImage, Persona};
use crate::store::Fingerprint;
use std::f32::consts::PI;

/// A point, in the renderer's units (points on screen, pixels on a slide), y down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Left to right.
    pub x: f32,
    /// Top to bottom.
    pub y: f32,
}

/// A circle: its centre and radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circle {
    /// Centre, left to right.
    pub x: f32,
    /// Centre, top to bottom.
    pub y: f32,
    /// Radius.
    pub r: f32,
}

/// How a fill colour is made.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Paint {
    /// This colour.
    Plain(Rgb),
    /// `base` shaded to `factor` of its brightness (the neck: the skin in shadow).
    Shade {
        /// The colour shaded.
        base: Rgb,
        /// Its brightness, 0–1.
        factor: f32,
    },
    /// A colour from hue, saturation and value (the initials' disc: a hue per persona).
    Hsv {
        /// Hue, in degrees (0–360).
        hue_degrees: f32,
        /// Saturation, 0–1.
        saturation: f32,
        /// Value, 0–1.
        value: f32,
    },
}

/// A circle that clips a shape, with a name (SVG names its clipping path after it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Clip {
    /// What it is ("frame", "head", "cap"): unique within one avatar.
    pub name: &'static str,
    /// The circle.
    pub circle: Circle,
}

/// The corner radius of a rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Corner {
    /// The same at every size (the neck's slight rounding).
    Fixed(f32),
    /// In proportion to the avatar (long hair): this value at the size described.
    Scaled(f32),
}

/// One shape of a built-in avatar.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A filled disc; with `within`, only the part of it inside that circle.
    Disc {
        /// The disc.
        circle: Circle,
        /// Its colour.
        fill: Paint,
        /// The circle it is cut to, if any.
        within: Option<Clip>,
    },
    /// A filled rectangle with rounded corners.
    Rect {
        /// Top-left corner.
        min: Point,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// Corner radius.
        corner: Corner,
        /// Its colour.
        fill: Paint,
    },
    /// The outline of a circle (a glasses lens).
    Ring {
        /// The circle.
        circle: Circle,
        /// Line width.
        width: f32,
        /// Line colour.
        colour: Rgb,
    },
    /// A straight line (the bridge of the glasses).
    Line {
        /// One end.
        from: Point,
        /// The other end.
        to: Point,
        /// Line width.
        width: f32,
        /// Line colour.
        colour: Rgb,
    },
    /// An open line through points, with round ends (the smile).
    Polyline {
        /// The points, in order.
        points: Vec<Point>,
        /// Line width.
        width: f32,
        /// Line colour.
        colour: Rgb,
    },
}

/// A built-in avatar: shapes from back to front, all cut to the round `frame`.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    /// The circle the avatar fills; nothing shows outside it.
    pub frame: Circle,
    /// The shapes, painted in order.
    pub shapes: Vec<Shape>,
}

/// The initials of a name in white on a coloured disc.
#[derive(Clone, Debug, PartialEq)]
pub struct Initials {
    /// The disc.
    pub circle: Circle,
    /// Its colour.
    pub fill: Paint,
    /// The initials ("AV"); may be empty.
    pub text: String,
    /// Font size, centred on the disc.
    pub font_size: f32,
}

/// White, the colour of the initials.
pub const INITIALS_TEXT: Rgb = Rgb(0xFF, 0xFF, 0xFF);

/// What a persona's picture shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Portrait<'a> {
    /// A built-in avatar.
    Drawn(Drawing),
    /// No picture (or an unknown built-in one): the initials.
    Initials(Initials),
    /// An embedded picture, cut to the circle; `fallback` when it cannot be decoded.
    Picture {
        /// The picture as stored in the project.
        image: &'a EmbeddedImage,
        /// What shows instead when the picture cannot be shown.
        fallback: Initials,
    },
}

/// What `persona`'s picture shows in the circle `frame`.
pub fn portrait(persona: &Persona, frame: Circle) -> Portrait<'_> {
    match &persona.avatar {
        Avatar::Builtin(key) => match catalog::builtin_avatar(key) {
            Some(info) => Portrait::Drawn(builtin(info, frame)),
            None => Portrait::Initials(initials(persona, frame)),
        },
        Avatar::Image(image) => Portrait::Picture {
            image,
            fallback: initials(persona, frame),
        },
        Avatar::None => Portrait::Initials(initials(persona, frame)),
    }
}

/// The initials of `persona`'s name on a disc whose hue comes from its id, so a persona keeps
/// its colour when renamed.
pub fn initials(persona: &Persona, frame: Circle) -> Initials {
    Initials {
        circle: frame,
        fill: Paint::Hsv {
            hue_degrees: (Fingerprint::of(persona.id.as_str().as_bytes()).0 % 360) as f32,
            saturation: 0.45,
            value: 0.65,
        },
        text: initials_of(&persona.name),
        // The diameter times 0.38: two capitals fit with a margin.
        font_size: 2.0 * frame.r * 0.38,
    }
}

/// The darkest colour of a face: eyes, glasses, and the smile without a beard.
const DARK: Rgb = Rgb(0x2B, 0x2B, 0x2B);
/// The smile on a beard, which is as dark as the hair.
const LIGHT: Rgb = Rgb(0xF5, 0xF5, 0xF5);

fn rgb(c: [u8; 3]) -> Rgb {
    Rgb(c[0], c[1], c[2])
}

fn disc(x: f32, y: f32, r: f32, fill: Rgb) -> Shape {
    Shape::Disc {
        circle: Circle { x, y, r },
        fill: Paint::Plain(fill),
        within: None,
    }
}

/// A built-in avatar in the circle `frame`: background, shoulders, neck, head, hair, face.
/// Sizes are fractions of the frame's radius `r` and of the head's radius `hr`.
pub fn builtin(info: &AvatarInfo, frame: Circle) -> Drawing {
    let Circle { x: cx, y: cy, r } = frame;
    let hr = 0.34 * r;
    let (hx, hy) = (cx, cy - 0.12 * r);
    let hair = rgb(info.hair);
    let skin = rgb(info.skin);
    let mut shapes = vec![disc(cx, cy, r, rgb(info.background))];

    if info.hair_style == HairStyle::Long {
        shapes.push(Shape::Rect {
            min: Point {
                x: hx - 1.15 * hr,
                y: hy - 0.95 * hr,
            },
            width: 2.3 * hr,
            height: 2.5 * hr,
            corner: Corner::Scaled(hr * 0.8),
            fill: Paint::Plain(hair),
        });
    }
    // Shoulders: a large circle below, cut by the frame.
    shapes.push(Shape::Disc {
        circle: Circle {
            x: cx,
            y: cy + 1.02 * r,
            r: 0.72 * r,
        },
        fill: Paint::Plain(rgb(info.clothing)),
        within: Some(Clip {
            name: "frame",
            circle: frame,
        }),
    });
    // Neck, centred 0.95 head radii below the head's centre.
    shapes.push(Shape::Rect {
        min: Point {
            x: hx - 0.275 * hr,
            y: hy + 0.95 * hr - 0.4 * hr,
        },
        width: 0.55 * hr,
        height: 0.8 * hr,
        corner: Corner::Fixed(2.0),
        fill: Paint::Shade {
            base: skin,
            factor: 0.92,
        },
    });
    if info.hair_style == HairStyle::Bun {
        shapes.push(disc(hx, hy - 1.05 * hr, 0.42 * hr, hair));
    }
    if info.hair_style == HairStyle::Curly {
        // Nine curls over the top half of the head, left to right.
        for i in 0..9 {
            let a = PI * (1.0 + i as f32 / 8.0);
            shapes.push(disc(
                hx + a.cos() * hr * 1.02,
                hy + a.sin() * hr * 1.02,
                0.32 * hr,
                hair,
            ));
        }
    }
    let head = Circle {
        x: hx,
        y: hy,
        r: hr,
    };
    shapes.push(disc(hx, hy, hr, skin));
    if info.beard {
        shapes.push(Shape::Disc {
            circle: Circle {
                x: hx,
                y: hy + 1.25 * hr,
                r: 0.95 * hr,
            },
            fill: Paint::Plain(hair),
            within: Some(Clip {
                name: "head",
                circle: head,
            }),
        });
    }
    // Hair cap over the top of the head: how far down it reaches, in head radii.
    let cap_depth = match info.hair_style {
        HairStyle::Bald => 0.0,
        HairStyle::Short => 0.55,
        HairStyle::Long | HairStyle::Bun | HairStyle::Curly => 0.65,
    };
    if cap_depth > 0.0 {
        shapes.push(Shape::Disc {
            circle: Circle {
                x: hx,
                y: hy - 0.08 * hr,
                r: hr * 1.06,
            },
            fill: Paint::Plain(hair),
            within: Some(Clip {
                name: "cap",
                circle: Circle {
                    x: hx,
                    y: hy - (2.0 - cap_depth) * hr,
                    r: 1.55 * hr,
                },
            }),
        });
    } else {
        // Bald: a little hair above the ears.
        for side in [-1.0, 1.0] {
            shapes.push(disc(hx + side * 0.92 * hr, hy - 0.05 * hr, 0.22 * hr, hair));
        }
    }

    // Face.
    let eye_y = hy + 0.05 * hr;
    for side in [-1.0, 1.0] {
        shapes.push(disc(hx + side * 0.38 * hr, eye_y, 0.09 * hr, DARK));
    }
    // The smile: an arc of 108° under the eyes, as 13 points.
    let (from, to) = (0.2 * PI, 0.8 * PI);
    let (smile_y, smile_r) = (hy + 0.18 * hr, 0.38 * hr);
    let smile = (0..=12)
        .map(|i| {
            let a = from + (to - from) * i as f32 / 12.0;
            Point {
                x: hx + a.cos() * smile_r,
                y: smile_y + a.sin() * smile_r,
            }
        })
        .collect();
    shapes.push(Shape::Polyline {
        points: smile,
        // At least one unit wide, so a small avatar still smiles.
        width: (0.07 * hr).max(1.0),
        colour: if info.beard { LIGHT } else { DARK },
    });
    if info.glasses {
        let width = (0.08 * hr).max(1.0);
        for side in [-1.0, 1.0] {
            shapes.push(Shape::Ring {
                circle: Circle {
                    x: hx + side * 0.38 * hr,
                    y: eye_y,
                    r: 0.27 * hr,
                },
                width,
                colour: DARK,
            });
        }
        shapes.push(Shape::Line {
            from: Point {
                x: hx - 0.11 * hr,
                y: eye_y,
            },
            to: Point {
                x: hx + 0.11 * hr,
                y: eye_y,
            },
            width,
            colour: DARK,
        });
    }
    Drawing { frame, shapes }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Circle = Circle {
        x: 60.0,
        y: 60.0,
        r: 50.0,
    };

    /// The circle or rectangle around a shape, as (left, top, right, bottom).
    fn bounds(shape: &Shape) -> (f32, f32, f32, f32) {
        let around = |c: &Circle| (c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r);
        match shape {
            Shape::Disc {
                circle,
                within: Some(clip),
                ..
            } => {
                let (a, b) = (around(circle), around(&clip.circle));
                (a.0.max(b.0), a.1.max(b.1), a.2.min(b.2), a.3.min(b.3))
            }
            Shape::Disc { circle, .. } | Shape::Ring { circle, .. } => around(circle),
            Shape::Rect {
                min, width, height, ..
            } => (min.x, min.y, min.x + width, min.y + height),
            Shape::Line { from, to, .. } => (from.x, from.y, to.x, to.y),
            Shape::Polyline { points, .. } => points.iter().fold(
                (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
                |(l, t, r, b), p| (l.min(p.x), t.min(p.y), r.max(p.x), b.max(p.y)),
            ),
        }
    }

    #[test]
    fn every_builtin_avatar_stays_in_its_frame_and_shows_its_colours() {
        let frame_box = (10.0, 10.0, 110.0, 110.0);
        for info in &catalog::BUILTIN_AVATARS {
            let drawing = builtin(info, FRAME);
            assert_eq!(
                drawing.shapes[0],
                disc(60.0, 60.0, 50.0, rgb(info.background)),
                "{}: the background first",
                info.key
            );
            for shape in &drawing.shapes {
                let (l, t, r, b) = bounds(shape);
                assert!(
                    l >= frame_box.0 - 0.01
                        && t >= frame_box.1 - 0.01
                        && r <= frame_box.2 + 0.01
                        && b <= frame_box.3 + 0.01,
                    "{}: {shape:?} leaves the frame",
                    info.key
                );
            }
            let fills: Vec<Paint> = drawing
                .shapes
                .iter()
                .filter_map(|s| match s {
                    Shape::Disc { fill, .. } | Shape::Rect { fill, .. } => Some(*fill),
                    _ => None,
                })
                .collect();
            for colour in [info.hair, info.skin, info.clothing] {
                assert!(
                    fills.contains(&Paint::Plain(rgb(colour))),
                    "{}: {colour:?}",
                    info.key
                );
            }
            let lenses = drawing
                .shapes
                .iter()
                .filter(|s| matches!(s, Shape::Ring { .. }))
                .count();
            assert_eq!(lenses, if info.glasses { 2 } else { 0 }, "{}", info.key);
        }
    }

    #[test]
    fn a_persona_without_a_known_picture_shows_initials_in_its_own_hue() {
        let mut persona = Persona {
            name: "Anna de Vries".into(),
            ..Persona::default()
        };
        persona.avatar = Avatar::Builtin("no-such-avatar".into());
        let Portrait::Initials(shown) = portrait(&persona, FRAME) else {
            panic!("initials for an unknown built-in avatar");
        };
        assert_eq!(shown.text, "AV");
        assert!((shown.font_size - 38.0).abs() < 1e-4);
        let mut other = persona.clone();
        other.id = crate::model::Id::from("someone-else");
        assert_ne!(initials(&other, FRAME).fill, shown.fill, "hue from the id");
        other.id = persona.id.clone();
        other.name = "Renamed".into();
        assert_eq!(
            initials(&other, FRAME).fill,
            shown.fill,
            "kept when renamed"
        );
    }
}
