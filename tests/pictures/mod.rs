//! Pictures for the tests, made small: a real PNG wider than any texture, and a PNG header
//! that claims far more pixels than it holds (a "decompression bomb").

// Each test file uses some of these.
#![allow(dead_code)]

/// The CRC-32 of PNG chunks.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A PNG of a few hundred bytes that says it is `side` × `side` RGBA pixels: decoded without
/// limits it asks for `side² × 4` bytes (a "decompression bomb").
pub fn bomb_png(side: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        png.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        png.extend_from_slice(&body);
        png.extend_from_slice(&crc32(&body).to_be_bytes());
    };
    let mut header = side.to_be_bytes().to_vec();
    header.extend_from_slice(&side.to_be_bytes());
    header.extend_from_slice(&[8, 6, 0, 0, 0]);
    chunk(b"IHDR", &header);
    // A zlib stream of a few zero bytes: the rest of the picture is missing.
    chunk(
        b"IDAT",
        &[0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01],
    );
    chunk(b"IEND", &[]);
    png
}

/// A real PNG `width` × `height` pixels, encoded small (one colour).
pub fn wide_png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbaImage::from_pixel(width, height, image::Rgba([200, 120, 40, 255]));
    let mut bytes = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encodes");
    bytes
}

/// An embedded picture of `bytes` (PNG).
pub fn embedded(bytes: &[u8], side: u32) -> cx_workbench::model::EmbeddedImage {
    use base64::Engine as _;
    cx_workbench::model::EmbeddedImage {
        format: cx_workbench::model::ImageFormat::Png,
        width: side,
        height: side,
        data_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
    }
}
