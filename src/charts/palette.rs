//! The colours every plot uses, as plain RGB: one palette for series (Okabe–Ito, readable on
//! light and dark backgrounds and for the common colour-vision deficiencies), the tornado's two
//! ends, and the neutral grey of reference lines.

use super::plot::Marker;

/// A colour as red, green and blue, 0–255.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for SVG and HTML.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The series palette: the six colours of Okabe–Ito that read on white and on dark grey,
/// then a muted plum and a brown chosen to stay apart from them for the three common
/// colour-vision deficiencies (`tests/colours.rs` checks every pair).
pub const SERIES: [Rgb; 8] = [
    Rgb(0x00, 0x72, 0xB2),
    Rgb(0xE6, 0x9F, 0x00),
    Rgb(0x00, 0x9E, 0x73),
    Rgb(0xCC, 0x79, 0xA7),
    Rgb(0xD5, 0x5E, 0x00),
    Rgb(0x56, 0xB4, 0xE9),
    Rgb(0x69, 0x5A, 0x69),
    Rgb(0x87, 0x4B, 0x3C),
];

/// The marker of each series colour, in [`SERIES`] order: filled shapes first, the crosses
/// for the rarer seventh and eighth.
pub const MARKERS: [Marker; 8] = [
    Marker::Circle,
    Marker::Square,
    Marker::Diamond,
    Marker::Up,
    Marker::Down,
    Marker::Cross,
    Marker::Plus,
    Marker::Asterisk,
];

/// The marker that goes with `color`: its series' own, none for colours outside the series
/// (reference lines, the competitor, moments of truth).
pub fn marker_of(color: Rgb) -> Marker {
    SERIES
        .iter()
        .position(|c| *c == color)
        .map_or(Marker::None, |i| MARKERS[i])
}

/// The colour of series slot `index` (persona, scenario, loyalty state); wraps around.
pub fn series(index: usize) -> Rgb {
    SERIES[index % SERIES.len()]
}

/// Tornado bars with the assumption at the low end of its range.
pub const TORNADO_LOW: Rgb = Rgb(0xD5, 0x5E, 0x00);
/// Tornado bars with the assumption at the high end of its range.
pub const TORNADO_HIGH: Rgb = Rgb(0x00, 0x72, 0xB2);
/// Reference lines (the result as assumed).
pub const REFERENCE: Rgb = Rgb(0xA0, 0xA0, 0xA0);

/// A gap where we fall short (perception below expectation, behind the competitor).
pub const GAP_NEGATIVE: Rgb = Rgb(0xC6, 0x28, 0x28);
/// A gap where we do better.
pub const GAP_POSITIVE: Rgb = Rgb(0x00, 0x9E, 0x73);
/// The main competitor on the 4C radar.
pub const COMPETITOR: Rgb = Rgb(0x80, 0x80, 0x80);

/// Opacity of an uncertainty band over its line's colour.
pub const BAND_OPACITY: f32 = 0.2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_wraps_and_writes_hex() {
        assert_eq!(series(8), series(0));
        assert_eq!(series(0).hex(), "#0072b2");
        assert_eq!(TORNADO_HIGH, series(0));
    }
}
