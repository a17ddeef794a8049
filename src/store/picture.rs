//! Pictures embedded in a project, decoded with limits: the size in the picture's header is
//! checked before any pixel is allocated (a small "decompression bomb" never takes gigabytes),
//! and what is shown is scaled down to a size every graphics card takes as a texture.

use crate::i18n::{Lang, t};
use crate::model::{Avatar, EmbeddedImage, Project};
use base64::Engine as _;

/// Longest side accepted, in pixels; larger pictures are refused before decoding.
pub const MAX_SIDE_PX: u32 = 16_384;
/// Most memory the decoded pixels of one picture may take (a 9,000 × 9,000 photo fits).
pub const MAX_DECODED_BYTES: u64 = 320 * 1024 * 1024;
/// Longest side of a picture as shown (a texture): sharp on a card, far below any GPU's limit.
pub const DISPLAY_SIDE_PX: u32 = 512;

/// Why a picture cannot be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureError {
    /// The embedded text is not base64.
    NotBase64,
    /// The bytes are not a PNG or JPEG picture, or are damaged.
    NotAPicture(String),
    /// The picture says it is larger than the limits.
    TooLarge {
        /// Width in the picture's header.
        width: u32,
        /// Height in the picture's header.
        height: u32,
    },
}

impl PictureError {
    /// A readable sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            PictureError::NotBase64 => t(
                "the picture's data is damaged",
                "de gegevens van de afbeelding zijn beschadigd",
            )
            .get(lang)
            .into(),
            PictureError::NotAPicture(reason) => t(
                "not a PNG or JPEG picture ({reason})",
                "geen PNG- of JPEG-afbeelding ({reason})",
            )
            .fill(lang, &[("reason", reason)]),
            PictureError::TooLarge { width, height } => t(
                "the picture is {width} × {height} pixels, more than can be shown (at most {max_side} pixels a side and {max_mib} MiB decoded)",
                "de afbeelding is {width} × {height} pixels, meer dan getoond kan worden (hoogstens {max_side} pixels per zijde en {max_mib} MiB gedecodeerd)",
            )
            .fill(
                lang,
                &[
                    ("width", width),
                    ("height", height),
                    ("max_side", &MAX_SIDE_PX),
                    ("max_mib", &(MAX_DECODED_BYTES / (1024 * 1024))),
                ],
            ),
        }
    }
}

impl std::fmt::Display for PictureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for PictureError {}

/// Decodes PNG or JPEG `bytes`, refusing a picture larger than the limits from its header,
/// before the pixels are allocated.
pub fn decode_limited(bytes: &[u8]) -> Result<image::DynamicImage, PictureError> {
    let not_a_picture = |e: &dyn std::fmt::Display| PictureError::NotAPicture(e.to_string());
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| not_a_picture(&e))?;
    let (width, height) = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| not_a_picture(&e))?
        .into_dimensions()
        .map_err(|e| not_a_picture(&e))?;
    let pixels = u64::from(width) * u64::from(height);
    if width > MAX_SIDE_PX || height > MAX_SIDE_PX || pixels * 4 > MAX_DECODED_BYTES {
        return Err(PictureError::TooLarge { width, height });
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE_PX);
    limits.max_image_height = Some(MAX_SIDE_PX);
    limits.max_alloc = Some(MAX_DECODED_BYTES + 64 * 1024 * 1024);
    reader.limits(limits);
    reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => PictureError::TooLarge { width, height },
        other => not_a_picture(&other),
    })
}

/// Decodes an embedded picture with the limits.
pub fn decode_embedded(image: &EmbeddedImage) -> Result<image::DynamicImage, PictureError> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(image.data_base64.as_bytes())
        .map_err(|_| PictureError::NotBase64)?;
    decode_limited(&bytes)
}

/// An embedded picture as RGBA pixels to show: decoded with the limits and scaled down to at
/// most [`DISPLAY_SIDE_PX`] a side.
pub fn for_display(image: &EmbeddedImage) -> Result<image::RgbaImage, PictureError> {
    let picture = decode_embedded(image)?;
    let (width, height) = (picture.width(), picture.height());
    if width.max(height) <= DISPLAY_SIDE_PX {
        return Ok(picture.to_rgba8());
    }
    let scale = f64::from(DISPLAY_SIDE_PX) / f64::from(width.max(height));
    let side = |s: u32| ((f64::from(s) * scale).round() as u32).max(1);
    Ok(image::imageops::thumbnail(
        &picture,
        side(width),
        side(height),
    ))
}

/// Every embedded picture of `project` that cannot be shown, with its field path.
pub fn picture_problems(project: &Project) -> Vec<(String, PictureError)> {
    project
        .personas
        .iter()
        .enumerate()
        .filter_map(|(index, persona)| match &persona.avatar {
            Avatar::Image(image) => decode_embedded(image)
                .err()
                .map(|error| (format!("personas[{index}].avatar"), error)),
            _ => None,
        })
        .collect()
}
