//! Plots as files, with no window: the headless renderer ([`svg`], rasterised to PNG by
//! [`png`]) and `cx-workbench export` ([`run`]), which writes every plot of a project as SVG,
//! PNG and CSV with an `index.html` handout. Like `charts`, it never uses the window toolkit.

pub mod avatar;
pub mod deck;
pub mod png;
pub mod run;
pub mod svg;

pub use crate::layout::Theme;
pub use png::Raster;

use crate::charts::plot::Plot;

/// The size and look of a picture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PictureOptions {
    /// Page width in points (the size text and lines are laid out in).
    pub width: f32,
    /// Page height in points.
    pub height: f32,
    /// Pixels per point.
    pub scale: f32,
    /// Colours.
    pub theme: Theme,
}

/// Page size in points: at scale 2, the print size of 1600 × 1000 pixels.
pub const PAGE: (f32, f32) = (800.0, 500.0);

/// Pixels per point for print.
pub const PRINT_SCALE: f32 = 2.0;

impl Default for PictureOptions {
    /// Print size (1600 × 1000 pixels), light theme.
    fn default() -> Self {
        PictureOptions {
            width: PAGE.0,
            height: PAGE.1,
            scale: PRINT_SCALE,
            theme: Theme::LIGHT,
        }
    }
}

impl PictureOptions {
    /// The size of the picture in pixels.
    pub fn pixels(&self) -> (u32, u32) {
        (
            (self.width * self.scale).round() as u32,
            (self.height * self.scale).round() as u32,
        )
    }
}

/// `plot` as an SVG document.
pub fn to_svg(plot: &Plot, options: &PictureOptions) -> String {
    svg::svg(
        plot,
        options.width,
        options.height,
        options.scale,
        &options.theme,
    )
}

/// `plot` rasterised (PNG bytes and pixels).
pub fn to_png(plot: &Plot, options: &PictureOptions) -> Result<Raster, String> {
    png::rasterise(&to_svg(plot, options))
}

/// A file name (without extension) for a plot titled `title`: lower-case letters, digits and
/// dashes; `plot` when nothing is left.
pub fn file_stem(title: &str) -> String {
    let slug = crate::model::slugify(title);
    if slug.is_empty() {
        "plot".to_string()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_are_plain() {
        assert_eq!(
            file_stem("Cumulative profit after initiative costs (present value)"),
            "cumulative-profit-after-initiative-costs-present-value"
        );
        assert_eq!(file_stem("Behoeften van Anaïs"), "behoeften-van-anais");
        assert_eq!(file_stem("  ?? "), "plot");
    }
}
