//! The simulator's pictures as PNG bytes, written by the `png` crate. Each picture is drawn
//! once and then served many times, so it is compressed as hard as the crate goes.

/// An opaque picture, one pixel at a time.
pub(crate) fn rgb(width: u32, height: u32, pixel: impl Fn(u32, u32) -> [u8; 3]) -> Vec<u8> {
    let pixel = &pixel;
    let pixels: Vec<u8> = (0..height)
        .flat_map(|y| (0..width).flat_map(move |x| pixel(x, y)))
        .collect();
    encode(width, height, png::ColorType::Rgb, &pixels)
}

/// A picture with transparency: `pixels` holds straight (not premultiplied) RGBA, row by row.
pub(crate) fn rgba(width: u32, height: u32, pixels: &[u8]) -> Vec<u8> {
    encode(width, height, png::ColorType::Rgba, pixels)
}

/// Writing to memory fails only when `pixels` does not fit the size: a bug in the caller.
fn encode(width: u32, height: u32, colour: png::ColorType, pixels: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(colour);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder.write_header().expect("a PNG header");
    writer
        .write_image_data(pixels)
        .expect("pixel bytes for exactly the picture's size");
    writer.finish().expect("the end of the PNG");
    out
}

/// The pixels of a picture, read back by the `png` crate, so tests can look at them.
#[cfg(test)]
pub(crate) mod decode {
    pub(crate) struct Decoded {
        pub width: usize,
        pub height: usize,
        pub colour_type: png::ColorType,
        /// Straight RGB or RGBA bytes, row by row.
        pub pixels: Vec<u8>,
    }

    impl Decoded {
        pub(crate) fn pixel(&self, x: usize, y: usize) -> &[u8] {
            let n = self.colour_type.samples();
            let at = (y * self.width + x) * n;
            &self.pixels[at..at + n]
        }
    }

    pub(crate) fn decode(bytes: &[u8]) -> Decoded {
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .expect("a PNG header");
        let size = reader.output_buffer_size().expect("a picture that fits");
        let mut pixels = vec![0; size];
        let frame = reader.next_frame(&mut pixels).expect("the pixels");
        pixels.truncate(frame.buffer_size());
        assert_eq!(frame.bit_depth, png::BitDepth::Eight, "bit depth");
        Decoded {
            width: frame.width as usize,
            height: frame.height as usize,
            colour_type: frame.color_type,
            pixels,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode::decode;
    use super::*;

    #[test]
    fn png_layout() {
        let png = rgb(3, 2, |_, _| [1, 2, 3]);
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
        assert_eq!(&png[16..20], &3u32.to_be_bytes());
        assert_eq!(&png[png.len() - 8..png.len() - 4], b"IEND");
        // IDAT holds the 2 rows of 3 pixels, which come back as they went in.
        let picture = decode(&png);
        assert_eq!(
            (picture.width, picture.height, picture.colour_type),
            (3, 2, png::ColorType::Rgb)
        );
        assert_eq!(picture.pixels, [1, 2, 3].repeat(6));
    }

    #[test]
    fn rgba_round_trips() {
        // Gradients, noise and flat runs, so the rows pick different filters.
        let (w, h) = (37u32, 23u32);
        let mut pixels = Vec::new();
        let mut seed = 7u32;
        for y in 0..h {
            for x in 0..w {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let noise = (seed >> 16) as u8;
                let px = match y % 4 {
                    0 => [x as u8 * 7, y as u8 * 11, 90, 255],
                    1 => [noise, noise / 2, 3, noise],
                    2 => [0, 0, 0, 0],
                    _ => [200, (x * y) as u8, noise, 128],
                };
                pixels.extend_from_slice(&px);
            }
        }
        let picture = decode(&rgba(w, h, &pixels));
        assert_eq!(picture.colour_type, png::ColorType::Rgba);
        assert_eq!(picture.pixels, pixels);
    }
}
