//! Plots as files, with no window: the headless renderer ([`svg`], rasterised to PNG by
//! [`png`]) and `cx-workbench export` ([`run`]), which writes every plot of a project as SVG,
//! PNG and CSV with an `index.html` handout. Like `charts`, it never uses the window toolkit.

pub mod avatar;
pub mod deck;
pub mod grid;
pub mod mermaid;
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

/// `plot` as an SVG file to hand on: the words drawn as outlines of the app's font, so the
/// picture looks the same in a browser, Inkscape or librsvg on a machine without that font,
/// and kept as words in the file's `<title>` and `<desc>` (for search, screen readers and
/// copying). Outlines rather than an embedded font because librsvg and Inkscape ignore
/// embedded web fonts and fall back to whatever sans-serif they find.
pub fn to_svg_file(plot: &Plot, options: &PictureOptions) -> Result<String, String> {
    travelling(&to_svg(plot, options), &plot.title)
}

/// `svg` with its text turned into outlines and its words kept in `<title>`/`<desc>`.
pub fn travelling(svg: &str, title: &str) -> Result<String, String> {
    let tree = png::tree(svg)?;
    let mut words = Vec::new();
    collect_words(tree.root(), &mut words);
    // Tenths of a point: a fifth of a pixel at print scale, invisible even enlarged four
    // times, and the file a third smaller than with hundredths; no indentation: the
    // outlines are most of the file.
    let written = tree.to_string(&resvg::usvg::WriteOptions {
        coordinates_precision: 1,
        transforms_precision: 4,
        indent: resvg::usvg::Indent::None,
        ..resvg::usvg::WriteOptions::default()
    });
    let Some(open_end) = written.find('>').filter(|_| written.starts_with("<svg")) else {
        return Err("the picture could not be written".to_string());
    };
    let mut out = String::with_capacity(written.len() + 1024);
    // A view box, so the picture scales with the width a page or a slide gives it.
    let size = tree.size();
    out.push_str(&format!(
        r#"<svg viewBox="0 0 {} {}""#,
        size.width(),
        size.height()
    ));
    out.push_str(&written["<svg".len()..=open_end]);
    out.push_str(&format!(
        "\n<title>{}</title>\n<desc>{}</desc>",
        crate::layout::escape(title),
        crate::layout::escape(&words.join("\n"))
    ));
    out.push_str(&written[open_end + 1..]);
    Ok(out)
}

/// The words of every text in `group`, in document order.
fn collect_words(group: &resvg::usvg::Group, words: &mut Vec<String>) {
    for node in group.children() {
        match node {
            resvg::usvg::Node::Group(inner) => collect_words(inner, words),
            resvg::usvg::Node::Text(text) => {
                let line: String = text.chunks().iter().map(|c| c.text()).collect();
                if !line.trim().is_empty() {
                    words.push(line);
                }
            }
            _ => {}
        }
    }
}

/// `plot` rasterised (PNG bytes and pixels).
pub fn to_png(plot: &Plot, options: &PictureOptions) -> Result<Raster, String> {
    png::rasterise(&to_svg(plot, options))
}

/// A file name (without extension) for a plot titled `title`: lower-case letters, digits and
/// dashes; `plot` when nothing is left.
pub fn file_stem(title: &str) -> String {
    let slug = crate::model::slugify(title);
    // File systems take 255 bytes a name: a long title (a persona named with a paragraph)
    // is cut at a word, with room left for a number, the extension and a temporary name.
    let slug = if slug.len() > MAX_STEM {
        let mut end = MAX_STEM;
        while !slug.is_char_boundary(end) {
            end -= 1;
        }
        let cut = &slug[..end];
        cut.rfind('-')
            .filter(|&dash| dash > MAX_STEM / 2)
            .map_or(cut, |dash| &cut[..dash])
            .to_string()
    } else {
        slug
    };
    if slug.is_empty() {
        "plot".to_string()
    } else {
        slug
    }
}

/// Longest file stem, in bytes.
const MAX_STEM: usize = 120;

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
        let long = format!("Needs of {}", "Margaret Ellison ".repeat(30));
        let stem = file_stem(&long);
        assert!(stem.len() <= MAX_STEM && stem.starts_with("needs-of-margaret-ellison"));
        assert!(!stem.ends_with('-'), "{stem}");
    }
}
