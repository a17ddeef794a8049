//! SVG to pixels with resvg, no display and no GPU. The fonts are the app's own, loaded from
//! memory into an otherwise empty font database, so a picture looks the same on every machine.

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};
use std::sync::{Arc, OnceLock};

/// A rasterised picture: its pixels and the same as a PNG file.
#[derive(Clone, Debug)]
pub struct Raster {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Pixels, row by row, RGBA with alpha premultiplied.
    pub premultiplied_rgba: Vec<u8>,
    /// The PNG file.
    pub png: Vec<u8>,
}

/// The app's fonts, loaded once.
fn fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            for bytes in [
                epaint_default_fonts::UBUNTU_LIGHT,
                epaint_default_fonts::NOTO_EMOJI_REGULAR,
                epaint_default_fonts::EMOJI_ICON,
                epaint_default_fonts::HACK_REGULAR,
            ] {
                db.load_font_data(bytes.to_vec());
            }
            db.set_sans_serif_family(super::svg::FONT_FAMILY);
            Arc::new(db)
        })
        .clone()
}

/// `svg` parsed with the app's fonts (for the rasteriser and the PDF writer).
pub fn tree(svg: &str) -> Result<usvg::Tree, String> {
    let options = usvg::Options {
        font_family: super::svg::FONT_FAMILY.to_string(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|e| format!("the picture could not be drawn: {e}"))
}

/// Rasterises `svg` at the pixel size its `width` and `height` give.
pub fn rasterise(svg: &str) -> Result<Raster, String> {
    let tree = tree(svg)?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("a {}×{} picture is too large", size.width(), size.height()))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    let png = pixmap
        .encode_png()
        .map_err(|e| format!("the picture could not be encoded as PNG: {e}"))?;
    Ok(Raster {
        width: size.width(),
        height: size.height(),
        premultiplied_rgba: pixmap.take(),
        png,
    })
}
