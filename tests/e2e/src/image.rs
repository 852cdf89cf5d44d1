//! Reading the screenshots back: a real PNG decode (not just the signature), and how bright
//! the picture is on average.

use std::io::Cursor;

/// A decoded PNG as 8-bit samples.
pub struct Png {
    pub width: u32,
    pub height: u32,
    channels: usize,
    pixels: Vec<u8>,
}

impl Png {
    /// Decodes `bytes`; `Err` says why they are not a PNG.
    pub fn decode(bytes: &[u8]) -> Result<Png, String> {
        let mut decoder = png::Decoder::new(Cursor::new(bytes));
        decoder.set_transformations(png::Transformations::normalize_to_color8());
        let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
        let size = reader
            .output_buffer_size()
            .ok_or("the image is too large")?;
        let mut pixels = vec![0; size];
        let info = reader.next_frame(&mut pixels).map_err(|e| e.to_string())?;
        pixels.truncate(info.buffer_size());
        let channels = match info.color_type {
            png::ColorType::Grayscale => 1,
            png::ColorType::GrayscaleAlpha => 2,
            png::ColorType::Rgb => 3,
            png::ColorType::Rgba => 4,
            png::ColorType::Indexed => return Err("a palette image was not expanded".into()),
        };
        Ok(Png {
            width: info.width,
            height: info.height,
            channels,
            pixels,
        })
    }
}

/// Mean luma (Rec. 601) over all pixels, 0 (black) to 255 (white); alpha is ignored.
pub fn mean_brightness(image: &Png) -> f64 {
    let mut total = 0.0;
    let mut count = 0u64;
    for px in image.pixels.chunks_exact(image.channels) {
        let luma = if image.channels < 3 {
            f64::from(px[0])
        } else {
            0.299 * f64::from(px[0]) + 0.587 * f64::from(px[1]) + 0.114 * f64::from(px[2])
        };
        total += luma;
        count += 1;
    }
    if count == 0 {
        0.0
    } else {
        total / count as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(width: u32, height: u32, rgb: [u8; 3]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        let data: Vec<u8> = rgb.repeat((width * height) as usize);
        writer.write_image_data(&data).unwrap();
        writer.finish().unwrap();
        out
    }

    #[test]
    fn white_is_bright_black_is_dark() {
        let white = Png::decode(&encode(4, 3, [255, 255, 255])).unwrap();
        let black = Png::decode(&encode(4, 3, [0, 0, 0])).unwrap();
        assert_eq!((white.width, white.height), (4, 3));
        assert!((mean_brightness(&white) - 255.0).abs() < 0.01);
        assert!(mean_brightness(&black).abs() < 0.01);
    }

    #[test]
    fn not_a_png_is_refused() {
        assert!(Png::decode(b"\x89PNG\r\n\x1a\nnonsense").is_err());
        assert!(Png::decode(b"").is_err());
    }
}
