//! Car pictures at the size a tile shows them. Volvo's renderings are PNGs about 1920 pixels
//! wide; a tile is a few hundred pixels wide, so a picture is scaled down once, when it is
//! fetched, and cached at that size: what crosses IPC to the page as a `data:` URL is a
//! fraction of the original. Only PNG is scaled (what Volvo sends); another type passes as it
//! came, within the byte and pixel caps of [`crate::images`].

use std::io::Cursor;

/// Wide enough for the widest tile on a 2× screen.
pub const TILE_PICTURE_WIDTH: u32 = 800;

/// More than the decoder may allocate for one picture: the pixel cap already keeps real
/// pictures far below it.
const DECODE_LIMIT_BYTES: usize = 160 * 1024 * 1024;

/// `bytes` made at most [`TILE_PICTURE_WIDTH`] wide when it is a PNG; other pictures and
/// narrow ones unchanged. A PNG that does not decode is an error: it would not show either.
pub fn for_tile(bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(bytes);
    }
    let (width, height, rgba) = decode_rgba(&bytes)?;
    if width <= TILE_PICTURE_WIDTH {
        return Ok(bytes);
    }
    let new_width = TILE_PICTURE_WIDTH;
    let new_height = ((u64::from(height) * u64::from(new_width) + u64::from(width) / 2)
        / u64::from(width))
    .max(1) as u32;
    let scaled = area_average(&rgba, width, height, new_width, new_height);
    encode_rgba(new_width, new_height, &scaled)
}

fn decode_rgba(bytes: &[u8]) -> Result<(u32, u32, Vec<u8>), String> {
    let mut decoder = png::Decoder::new_with_limits(
        Cursor::new(bytes),
        png::Limits {
            bytes: DECODE_LIMIT_BYTES,
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let size = reader
        .output_buffer_size()
        .ok_or("the picture is too large to decode")?;
    let mut buffer = vec![0; size];
    let info = reader.next_frame(&mut buffer).map_err(|e| e.to_string())?;
    buffer.truncate(info.buffer_size());
    let rgba: Vec<u8> = match info.color_type {
        png::ColorType::Rgba => buffer,
        png::ColorType::Rgb => buffer
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        png::ColorType::GrayscaleAlpha => buffer
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => buffer.iter().flat_map(|&g| [g, g, g, 255]).collect(),
        png::ColorType::Indexed => return Err("a palette the decoder did not expand".into()),
    };
    Ok((info.width, info.height, rgba))
}

/// Each new pixel is the average of the source pixels it covers, weighted by their opacity
/// (a transparent pixel's colour must not bleed into the car's edge).
fn area_average(src: &[u8], width: u32, height: u32, new_width: u32, new_height: u32) -> Vec<u8> {
    let (w, h, nw, nh) = (
        width as usize,
        height as usize,
        new_width as usize,
        new_height as usize,
    );
    let mut out = Vec::with_capacity(nw * nh * 4);
    for ny in 0..nh {
        let y0 = ny * h / nh;
        let y1 = ((ny + 1) * h / nh).max(y0 + 1);
        for nx in 0..nw {
            let x0 = nx * w / nw;
            let x1 = ((nx + 1) * w / nw).max(x0 + 1);
            let (mut r, mut g, mut b, mut a, mut n) = (0u64, 0u64, 0u64, 0u64, 0u64);
            for y in y0..y1 {
                for x in x0..x1 {
                    let p = &src[(y * w + x) * 4..][..4];
                    let alpha = u64::from(p[3]);
                    r += u64::from(p[0]) * alpha;
                    g += u64::from(p[1]) * alpha;
                    b += u64::from(p[2]) * alpha;
                    a += alpha;
                    n += 1;
                }
            }
            match (r.checked_div(a), g.checked_div(a), b.checked_div(a)) {
                (Some(r), Some(g), Some(b)) => {
                    out.extend_from_slice(&[r as u8, g as u8, b as u8, (a / n) as u8]);
                }
                // Wholly transparent.
                _ => out.extend_from_slice(&[0, 0, 0, 0]),
            }
        }
    }
    out
}

fn encode_rgba(width: u32, height: u32, rgba: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(rgba).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A picture half transparent (left), half opaque red (right).
    fn half_red(width: u32, height: u32) -> Vec<u8> {
        let mut rgba = Vec::new();
        for _ in 0..height {
            for x in 0..width {
                rgba.extend_from_slice(if x < width / 2 {
                    &[0, 255, 0, 0]
                } else {
                    &[255, 0, 0, 255]
                });
            }
        }
        encode_rgba(width, height, &rgba).unwrap()
    }

    #[test]
    fn a_wide_png_becomes_tile_wide_and_keeps_its_look() {
        let original = half_red(1920, 1080);
        let scaled = for_tile(original.clone()).unwrap();
        let (w, h, rgba) = decode_rgba(&scaled).unwrap();
        assert_eq!((w, h), (800, 450));
        // Left: still transparent; right: still opaque red, no green bled in from the left.
        assert_eq!(&rgba[..4], &[0, 0, 0, 0]);
        let right = &rgba[((200 * w + 700) * 4) as usize..][..4];
        assert_eq!(right, &[255, 0, 0, 255]);
        assert!(scaled.len() < original.len() / 2 || original.len() < 20_000);
    }

    #[test]
    fn narrow_pictures_and_other_types_pass_unchanged() {
        let narrow = half_red(640, 360);
        assert_eq!(for_tile(narrow.clone()).unwrap(), narrow);
        let jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
        assert_eq!(for_tile(jpeg.clone()).unwrap(), jpeg);
        assert!(for_tile(b"\x89PNG\r\n\x1a\nbroken".to_vec()).is_err());
    }
}
