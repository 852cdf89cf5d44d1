//! A minimal PNG writer: 8-bit RGB or RGBA, adaptive row filters, zlib via `miniz_oxide`.

/// An opaque picture, one pixel at a time.
pub(crate) fn rgb(width: u32, height: u32, pixel: impl Fn(u32, u32) -> [u8; 3]) -> Vec<u8> {
    let mut pixels = Vec::with_capacity((width * height * 3) as usize);
    for y in 0..height {
        for x in 0..width {
            pixels.extend_from_slice(&pixel(x, y));
        }
    }
    encode(width, height, 2, &pixels)
}

/// A picture with transparency: `pixels` holds straight (not premultiplied) RGBA, row by row.
pub(crate) fn rgba(width: u32, height: u32, pixels: &[u8]) -> Vec<u8> {
    assert_eq!(pixels.len(), (width * height * 4) as usize);
    encode(width, height, 6, pixels)
}

fn encode(width: u32, height: u32, colour_type: u8, pixels: &[u8]) -> Vec<u8> {
    let channels = if colour_type == 6 { 4 } else { 3 };
    let raw = filter(pixels, width as usize * channels, channels);
    let mut ihdr = Vec::with_capacity(13);
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    // depth 8, the colour type, deflate, adaptive filtering, no interlace
    ihdr.extend_from_slice(&[8, colour_type, 0, 0, 0]);

    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(
        &mut png,
        b"IDAT",
        &miniz_oxide::deflate::compress_to_vec_zlib(&raw, 9),
    );
    chunk(&mut png, b"IEND", &[]);
    png
}

/// Prefixes every row with the filter that makes it smallest (the usual minimum sum of
/// absolute differences heuristic), and applies it.
fn filter(pixels: &[u8], stride: usize, bpp: usize) -> Vec<u8> {
    let rows = pixels.len() / stride;
    let mut out = Vec::with_capacity(rows * (stride + 1));
    let zero = vec![0u8; stride];
    let mut best = vec![0u8; stride];
    let mut trial = vec![0u8; stride];
    for y in 0..rows {
        let row = &pixels[y * stride..(y + 1) * stride];
        let up = if y == 0 {
            &zero[..]
        } else {
            &pixels[(y - 1) * stride..y * stride]
        };
        let mut best_kind = 0;
        let mut best_cost = u64::MAX;
        for kind in 0..5u8 {
            for i in 0..stride {
                let a = if i >= bpp { row[i - bpp] } else { 0 };
                let b = up[i];
                let c = if i >= bpp { up[i - bpp] } else { 0 };
                let predicted = match kind {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                    _ => paeth(a, b, c),
                };
                trial[i] = row[i].wrapping_sub(predicted);
            }
            let cost = trial
                .iter()
                .map(|&v| u64::from((v as i8).unsigned_abs()))
                .sum();
            if cost < best_cost {
                best_cost = cost;
                best_kind = kind;
                best.copy_from_slice(&trial);
            }
        }
        out.push(best_kind);
        out.extend_from_slice(&best);
    }
    out
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
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

/// A decoder for what [`rgb`] and [`rgba`] write, so tests can look at the pixels.
#[cfg(test)]
pub(crate) mod decode {
    use super::{crc32, paeth};

    pub(crate) struct Decoded {
        pub width: usize,
        pub height: usize,
        pub colour_type: u8,
        /// Straight RGB or RGBA bytes, row by row.
        pub pixels: Vec<u8>,
    }

    impl Decoded {
        pub(crate) fn channels(&self) -> usize {
            if self.colour_type == 6 {
                4
            } else {
                3
            }
        }

        pub(crate) fn pixel(&self, x: usize, y: usize) -> &[u8] {
            let n = self.channels();
            let at = (y * self.width + x) * n;
            &self.pixels[at..at + n]
        }
    }

    pub(crate) fn decode(png: &[u8]) -> Decoded {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "signature");
        let mut at = 8;
        let (mut ihdr, mut idat, mut ended) = (None, Vec::new(), false);
        while at < png.len() {
            let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
            let kind = &png[at + 4..at + 8];
            let data = &png[at + 8..at + 8 + len];
            let crc = u32::from_be_bytes(png[at + 8 + len..at + 12 + len].try_into().unwrap());
            assert_eq!(crc32(&png[at + 4..at + 8 + len]), crc, "CRC of a chunk");
            match kind {
                b"IHDR" => ihdr = Some(data.to_vec()),
                b"IDAT" => idat.extend_from_slice(data),
                b"IEND" => ended = true,
                _ => {}
            }
            at += 12 + len;
        }
        assert!(ended, "IEND");
        let ihdr = ihdr.expect("IHDR");
        assert_eq!(ihdr.len(), 13);
        let width = u32::from_be_bytes(ihdr[0..4].try_into().unwrap()) as usize;
        let height = u32::from_be_bytes(ihdr[4..8].try_into().unwrap()) as usize;
        assert_eq!(&ihdr[8..9], &[8], "bit depth");
        let colour_type = ihdr[9];
        assert_eq!(
            &ihdr[10..],
            &[0, 0, 0],
            "compression, filter method, interlace"
        );

        let raw = miniz_oxide::inflate::decompress_to_vec_zlib(&idat).expect("zlib stream");
        let channels = if colour_type == 6 { 4 } else { 3 };
        let stride = width * channels;
        assert_eq!(
            raw.len(),
            height * (stride + 1),
            "size of the inflated rows"
        );
        let mut pixels = vec![0u8; height * stride];
        for y in 0..height {
            let kind = raw[y * (stride + 1)];
            let line = &raw[y * (stride + 1) + 1..(y + 1) * (stride + 1)];
            for i in 0..stride {
                let a = if i >= channels {
                    pixels[y * stride + i - channels]
                } else {
                    0
                };
                let b = if y > 0 {
                    pixels[(y - 1) * stride + i]
                } else {
                    0
                };
                let c = if y > 0 && i >= channels {
                    pixels[(y - 1) * stride + i - channels]
                } else {
                    0
                };
                let predicted = match kind {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                    4 => paeth(a, b, c),
                    other => panic!("filter type {other}"),
                };
                pixels[y * stride + i] = line[i].wrapping_add(predicted);
            }
        }
        Decoded {
            width,
            height,
            colour_type,
            pixels,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode::decode;
    use super::*;

    fn adler32(data: &[u8]) -> u32 {
        let (mut a, mut b) = (1u32, 0u32);
        for &byte in data {
            a = (a + u32::from(byte)) % 65_521;
            b = (b + a) % 65_521;
        }
        (b << 16) | a
    }

    #[test]
    fn checksums_match_known_values() {
        assert_eq!(crc32(b"IEND"), 0xAE42_6082);
        assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
    }

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
            (3, 2, 2)
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
        assert_eq!(picture.colour_type, 6);
        assert_eq!(picture.pixels, pixels);
    }
}
