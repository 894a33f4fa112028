//! Photos made ready for print: turned upright as the camera recorded (EXIF orientation, which
//! PDF viewers ignore), scaled down to what the page shows at print resolution, and stored as
//! JPEG. A phone photo of 4–8 MB becomes a few hundred kilobytes, so a year's album of events
//! stays a file one can send by mail.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageReader};

use crate::error::{Error, Result};

/// Dots per inch the album prints photos at: sharp on paper from an office printer, and small
/// enough on disk that 200 detailed photos stay well under 30 MB.
pub const PRINT_DPI: f32 = 180.0;

/// The JPEG quality photos are stored at.
pub const QUALITY: u8 = 80;

/// The largest photo decoded: 110 megapixels (a 108-megapixel phone camera's), 330 MB of
/// pixels. A file claiming more is damaged or hostile, and is not allocated.
pub const MAX_PIXELS: u64 = 110_000_000;

/// A photo ready to be placed: JPEG bytes and their size in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintPhoto {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

impl PrintPhoto {
    /// Width over height.
    pub fn aspect(&self) -> f32 {
        self.width as f32 / self.height.max(1) as f32
    }
}

/// The photo in `bytes` (JPEG or PNG), upright, no larger than `max_side` pixels on its longer
/// side, as a JPEG; transparent parts are laid on white.
pub fn prepare(bytes: &[u8], max_side: u32) -> Result<PrintPhoto> {
    let invalid = |e: image::ImageError| Error::ImageInvalid { reason: e.to_string() };
    let mut decoder = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| Error::ImageInvalid { reason: e.to_string() })?
        .into_decoder()
        .map_err(invalid)?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(Error::ImageInvalid { reason: format!("{w}×{h} pixels is more than a camera takes") });
    }
    // A photo whose orientation cannot be read is shown as stored.
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(invalid)?;
    if img.width() == 0 || img.height() == 0 {
        return Err(Error::ImageInvalid { reason: "the picture has no pixels".into() });
    }
    let max_side = max_side.max(16);
    let long = img.width().max(img.height());
    if long >= max_side * 2 {
        // Area averaging, fast on a 12-megapixel photo; it only aliases near the original size.
        img = img.thumbnail(max_side, max_side);
    } else if long > max_side {
        img = img.resize(max_side, max_side, image::imageops::FilterType::Triangle);
    }
    // Turned after scaling (the longer side is the longer side either way): turning a full
    // phone photo would hold a second copy of all its pixels.
    img.apply_orientation(orientation);
    let rgb = on_white(img);
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, QUALITY).encode_image(&rgb).map_err(invalid)?;
    Ok(PrintPhoto { jpeg, width: rgb.width(), height: rgb.height() })
}

/// The pixels on a white background, as RGB.
fn on_white(img: DynamicImage) -> image::RgbImage {
    if !img.color().has_alpha() {
        return img.into_rgb8();
    }
    let rgba = img.into_rgba8();
    image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let mix = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a)) + 127) / 255) as u8;
        image::Rgb([mix(r), mix(g), mix(b)])
    })
}

/// The pixels needed on the longer side for a photo printed `mm` wide or tall at [`PRINT_DPI`].
pub fn pixels_for_mm(mm: f32) -> u32 {
    (mm / 25.4 * PRINT_DPI).ceil() as u32
}

/// A photo-like JPEG for tests and benchmarks, different for every `seed`: sky and ground
/// shaded smoothly, a few lit shapes, fine texture everywhere below the horizon (like grass
/// or a crowd, which JPEG compresses worst) and sensor noise, saved at a phone camera's
/// quality.
pub fn sample(width: u32, height: u32, seed: u64) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let shapes: Vec<(f32, f32, f32, [f32; 3])> = (0..6)
        .map(|_| {
            let r = |n: &mut dyn FnMut() -> u64| (n() % 1000) as f32 / 1000.0;
            (r(&mut next), r(&mut next), 0.08 + 0.2 * r(&mut next), [r(&mut next) * 255.0, r(&mut next) * 255.0, r(&mut next) * 255.0])
        })
        .collect();
    let horizon = 0.45 + (seed % 10) as f32 / 100.0;
    // Texture: a random level per cell of a three-hundredth of the width, which stays fine
    // detail after the photo is scaled down for print (as leaves or a crowd do).
    let cell = (width / 300).max(2);
    let (cols, rows) = (width.div_ceil(cell), height.div_ceil(cell));
    let texture: Vec<f32> = (0..cols * rows).map(|_| (next() % 61) as f32 - 30.0).collect();
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        let (u, v) = (x as f32 / width as f32, y as f32 / height as f32);
        let mut c = if v < horizon {
            [120.0 + 100.0 * v, 160.0 + 60.0 * v, 235.0 - 30.0 * v]
        } else {
            [70.0 + 60.0 * (v - horizon), 120.0 - 20.0 * u, 50.0 + 30.0 * (u * 9.0).sin()]
        };
        for (sx, sy, sr, col) in &shapes {
            let d = ((u - sx).powi(2) + (v - sy).powi(2) * 0.6).sqrt();
            if d < *sr {
                let light = 1.0 - 0.5 * d / sr;
                c = [col[0] * light, col[1] * light, col[2] * light];
            }
        }
        let grain = if v < horizon { 0.0 } else { texture[((y / cell) * cols + x / cell) as usize] };
        let noise = (next() % 13) as f32 - 6.0 + grain;
        image::Rgb(c.map(|v| (v + noise).clamp(0.0, 255.0) as u8))
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92).encode_image(&img).expect("encoding into memory");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).encode_image(&img).unwrap();
        out
    }

    /// Inserts an APP1 Exif segment with one orientation entry after the SOI marker.
    fn with_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
        let mut tiff = Vec::new();
        tiff.extend_from_slice(b"MM\0\x2a\0\0\0\x08"); // big-endian, first IFD at 8
        tiff.extend_from_slice(&1u16.to_be_bytes()); // one entry
        tiff.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
        tiff.extend_from_slice(&3u16.to_be_bytes()); // SHORT
        tiff.extend_from_slice(&1u32.to_be_bytes()); // one value
        tiff.extend_from_slice(&orientation.to_be_bytes());
        tiff.extend_from_slice(&[0, 0]);
        tiff.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&app1);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    #[test]
    fn a_large_photo_is_scaled_to_the_longer_side() {
        let p = prepare(&jpeg(1600, 1200), 800).unwrap();
        assert_eq!((p.width, p.height), (800, 600));
        let frame = crate::docs::layout::jpeg_frame(&p.jpeg).unwrap();
        assert_eq!((frame.width, frame.height, frame.components), (800, 600, 3));
    }

    #[test]
    fn a_small_photo_keeps_its_size() {
        let p = prepare(&jpeg(300, 200), 800).unwrap();
        assert_eq!((p.width, p.height), (300, 200));
        assert!((p.aspect() - 1.5).abs() < 1e-6);
    }

    #[test]
    fn a_photo_taken_sideways_is_turned_upright() {
        // Orientation 6: the camera was turned; the picture is shown rotated 90° clockwise.
        let p = prepare(&with_orientation(&jpeg(400, 300), 6), 1000).unwrap();
        assert_eq!((p.width, p.height), (300, 400));
        let p = prepare(&with_orientation(&jpeg(400, 300), 1), 1000).unwrap();
        assert_eq!((p.width, p.height), (400, 300));
    }

    #[test]
    fn a_transparent_png_is_laid_on_white() {
        let img = image::RgbaImage::from_pixel(10, 10, image::Rgba([0, 0, 0, 0]));
        let mut png = Vec::new();
        img.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
        let p = prepare(&png, 100).unwrap();
        let back = image::load_from_memory(&p.jpeg).unwrap().into_rgb8();
        assert!(back.get_pixel(5, 5).0.iter().all(|&c| c > 245), "{:?}", back.get_pixel(5, 5));
    }

    #[test]
    fn a_photo_claiming_a_huge_size_is_refused_without_allocating_it() {
        // A small file whose frame header says 12000 × 10000: 120 megapixels, 360 MB of pixels,
        // which the decoder itself would allocate (it refuses only above 512 MB).
        let mut bytes = jpeg(16, 16);
        let sof = bytes.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        bytes[sof + 5..sof + 9].copy_from_slice(&[0x27, 0x10, 0x2E, 0xE0]);
        assert_eq!(crate::docs::layout::jpeg_frame(&bytes).map(|f| (f.width, f.height)), Some((12000, 10000)));
        let Err(Error::ImageInvalid { reason }) = prepare(&bytes, 100) else { panic!("a 120-megapixel photo was decoded") };
        assert!(reason.contains("12000×10000"), "{reason}");
    }

    #[test]
    fn what_is_not_a_picture_is_refused() {
        for bytes in [&b""[..], b"not a picture", &jpeg(50, 50)[..200]] {
            assert!(matches!(prepare(bytes, 100), Err(Error::ImageInvalid { .. })));
        }
    }

    #[test]
    fn print_pixels() {
        assert_eq!(pixels_for_mm(25.4), 180);
        assert_eq!(pixels_for_mm(170.0), 1205);
    }
}
