//! Car pictures for the tiles. The page's CSP allows no remote image, so Rust fetches the
//! exterior picture (with a browser-like User-Agent: Volvo's image hosts refuse others), keeps
//! it on disk, and hands it over as a `data:` URL. Any failure is `None`: a tile without a
//! picture is fine, a tile that fails because of one is not.
//!
//! The address comes from Volvo's answer, so it is held to rules: https (plain http only to
//! this computer, for the demo and tests), redirects only within the host it named, and a
//! picture whose header promises more than [`MAX_PIXELS`] is refused before the page's engine
//! would decode it.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use base64::Engine;
use sha2::{Digest, Sha256};
use volvo_api::Vin;

use crate::picture_size::{for_tile, TILE_PICTURE_WIDTH};

const USER_AGENT: &str = concat!(
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) VolvoBeacon/",
    env!("CARGO_PKG_VERSION")
);
/// Volvo's pictures are 1920 px wide PNGs of a few hundred KB; anything far larger is not one.
const MAX_IMAGE_BYTES: usize = 8 * 1024 * 1024;
const FETCH_TIMEOUT: Duration = Duration::from_secs(20);
/// A car's paint does not change, but Volvo's renderings do now and then.
const DISK_MAX_AGE: Duration = Duration::from_secs(30 * 24 * 3600);
/// Volvo's renderings are 1920 × 1080 or so; a picture of more pixels than a 4K screen twice
/// over is not one of them, and would cost the web engine hundreds of megabytes to decode.
pub const MAX_PIXELS: u64 = 2 * 3840 * 2160;
/// Image CDNs redirect a step or two; a long chain is not normal.
const MAX_REDIRECTS: usize = 3;
/// After a failed fetch, how long tiles go without a picture before trying again.
const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(5 * 60);

enum Cached {
    Ready(String),
    Failed(Instant),
}

pub struct ImageCache {
    dir: Option<PathBuf>,
    http: Option<reqwest::Client>,
    memory: Mutex<HashMap<Vin, Cached>>,
}

impl ImageCache {
    /// Pictures are kept in `dir` (created on first use); `None` keeps them in memory only.
    pub fn new(dir: Option<PathBuf>) -> Self {
        let http = volvo_api::http::client_builder()
            .user_agent(USER_AGENT)
            .timeout(FETCH_TIMEOUT)
            .connect_timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::custom(same_host_redirects))
            .build()
            .inspect_err(|e| tracing::warn!("no HTTP client for car pictures: {e}"))
            .ok();
        ImageCache {
            dir,
            http,
            memory: Mutex::new(HashMap::new()),
        }
    }

    /// The exterior picture of `vin` as a `data:image/...;base64,` URL, from memory, disk or
    /// `url` in that order.
    pub async fn exterior(&self, vin: &Vin, url: Option<&str>) -> Option<String> {
        match self.lock().get(vin) {
            Some(Cached::Ready(data)) => return Some(data.clone()),
            Some(Cached::Failed(at)) if at.elapsed() < RETRY_AFTER_FAILURE => return None,
            _ => {}
        }
        let (bytes, on_disk) = match self.read_disk(vin).await {
            Some(bytes) => (Some(bytes), true),
            None => match url {
                Some(url) => (self.fetch(vin, url).await, false),
                None => (None, false),
            },
        };
        let bytes = match bytes {
            Some(bytes) => match self.tile_sized(vin, bytes).await {
                Some((bytes, scaled)) => {
                    if scaled || !on_disk {
                        self.save(vin, &bytes).await;
                    }
                    Some(bytes)
                }
                None => None,
            },
            None => None,
        };
        let data = bytes.and_then(|b| data_url(&b));
        self.lock().insert(
            vin.clone(),
            match &data {
                Some(d) => Cached::Ready(d.clone()),
                None => Cached::Failed(Instant::now()),
            },
        );
        data
    }

    /// The picture at the size a tile shows it, and whether it was scaled. It is cached at
    /// that size, so scaling happens once (a picture cached before it was scaled is scaled
    /// and saved again on first use).
    async fn tile_sized(&self, vin: &Vin, bytes: Vec<u8>) -> Option<(Vec<u8>, bool)> {
        let wide = dimensions(&bytes).is_some_and(|(w, _)| w > TILE_PICTURE_WIDTH);
        if !wide {
            return Some((bytes, false));
        }
        let scaled = tokio::task::spawn_blocking(move || for_tile(bytes))
            .await
            .ok()?;
        let scaled = match scaled {
            Ok(scaled) => scaled,
            Err(why) => {
                tracing::warn!(vin = %vin.masked(), "car picture not shown: {why}");
                return None;
            }
        };
        Some((scaled, true))
    }

    async fn save(&self, vin: &Vin, bytes: &[u8]) {
        let Some(path) = self.path_for(vin) else {
            return;
        };
        let to_write = bytes.to_vec();
        let written =
            tokio::task::spawn_blocking(move || volvo_api::store::write_private(&path, &to_write))
                .await;
        if let Ok(Err(e)) = written {
            tracing::warn!("car picture not cached on disk: {e}");
        }
    }

    /// Files are named by a hash of the VIN so a directory listing does not show VINs.
    fn path_for(&self, vin: &Vin) -> Option<PathBuf> {
        let digest = Sha256::digest(vin.as_str().as_bytes());
        let name: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
        Some(self.dir.as_ref()?.join(format!("{name}.img")))
    }

    async fn read_disk(&self, vin: &Vin) -> Option<Vec<u8>> {
        let path = self.path_for(vin)?;
        let meta = tokio::fs::metadata(&path).await.ok()?;
        let fresh = meta
            .modified()
            .ok()
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .is_some_and(|age| age < DISK_MAX_AGE);
        if !fresh {
            return None;
        }
        let bytes = tokio::fs::read(&path).await.ok()?;
        checked_picture(&bytes).ok().map(|_| bytes)
    }

    async fn fetch(&self, vin: &Vin, raw_url: &str) -> Option<Vec<u8>> {
        let url = url::Url::parse(raw_url.trim()).ok()?;
        if !volvo_api::https_or_loopback(&url) {
            tracing::warn!(vin = %vin.masked(), "car picture URL is not https; not fetched");
            return None;
        }
        let host = url.host_str().unwrap_or("").to_owned();
        let bytes = match self.download(url).await {
            Ok(bytes) => bytes,
            Err(why) => {
                tracing::warn!(vin = %vin.masked(), host, "car picture not fetched: {why}");
                return None;
            }
        };
        Some(bytes)
    }

    async fn download(&self, url: url::Url) -> Result<Vec<u8>, String> {
        let http = self.http.as_ref().ok_or("no HTTP client")?;
        let mut response = http.get(url).send().await.map_err(|e| e.to_string())?;
        if !response.status().is_success() {
            return Err(format!("HTTP {}", response.status().as_u16()));
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| e.to_string())? {
            if bytes.len() + chunk.len() > MAX_IMAGE_BYTES {
                return Err("the picture is too large".into());
            }
            bytes.extend_from_slice(&chunk);
        }
        // Trust the bytes, not the content-type: only real pictures reach the page.
        checked_picture(&bytes)?;
        Ok(bytes)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Vin, Cached>> {
        self.memory.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Follows a redirect only to the host the picture's address named, and only a few times.
fn same_host_redirects(attempt: reqwest::redirect::Attempt<'_>) -> reqwest::redirect::Action {
    let first_host = attempt.previous().first().and_then(|u| u.host_str());
    if attempt.previous().len() > MAX_REDIRECTS {
        attempt.error("too many redirects")
    } else if attempt.url().host_str() != first_host {
        attempt.error("a redirect to another host")
    } else if !volvo_api::https_or_loopback(attempt.url()) {
        attempt.error("a redirect away from https")
    } else {
        attempt.follow()
    }
}

/// A picture the page may show: a known type whose header gives a size within [`MAX_PIXELS`].
fn checked_picture(bytes: &[u8]) -> Result<&'static str, String> {
    let mime = image_type(bytes).ok_or("the answer is not a PNG, JPEG, WebP or GIF picture")?;
    let (width, height) =
        dimensions(bytes).ok_or("the picture's size cannot be read from its header")?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(format!(
            "the picture is {width} × {height} pixels, too large to show"
        ));
    }
    Ok(mime)
}

/// Width and height from a picture's header, without decoding it.
fn dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    let be32 = |at: usize| Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    let be16 = |at: usize| {
        Some(u32::from(u16::from_be_bytes(
            bytes.get(at..at + 2)?.try_into().ok()?,
        )))
    };
    let le16 = |at: usize| {
        Some(u32::from(u16::from_le_bytes(
            bytes.get(at..at + 2)?.try_into().ok()?,
        )))
    };
    let le24 = |at: usize| {
        let b = bytes.get(at..at + 3)?;
        Some(u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16)
    };
    match image_type(bytes)? {
        // The IHDR chunk comes first: width and height at bytes 16 and 20.
        "image/png" => Some((be32(16)?, be32(20)?)),
        "image/gif" => Some((le16(6)?, le16(8)?)),
        "image/jpeg" => {
            // Walk the marker segments to the first start-of-frame.
            let mut at = 2;
            loop {
                if *bytes.get(at)? != 0xFF {
                    return None;
                }
                let marker = *bytes.get(at + 1)?;
                let length = be16(at + 2)? as usize;
                let start_of_frame =
                    matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
                if start_of_frame {
                    return Some((be16(at + 7)?, be16(at + 5)?));
                }
                at += 2 + length;
            }
        }
        "image/webp" => match bytes.get(12..16)? {
            b"VP8 " => Some((le16(26)? & 0x3FFF, le16(28)? & 0x3FFF)),
            b"VP8L" => {
                let b = bytes.get(21..25)?;
                let bits = u32::from_le_bytes(b.try_into().ok()?);
                Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
            }
            b"VP8X" => Some((le24(24)? + 1, le24(27)? + 1)),
            _ => None,
        },
        _ => None,
    }
}

/// The MIME type of a picture, judged by its first bytes.
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else {
        None
    }
}

fn data_url(bytes: &[u8]) -> Option<String> {
    let mime = image_type(bytes)?;
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    Some(format!("data:{mime};base64,{encoded}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_of(width: u32, height: u32) -> Vec<u8> {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend_from_slice(&width.to_be_bytes());
        png.extend_from_slice(&height.to_be_bytes());
        png.extend_from_slice(&[8, 6, 0, 0, 0]);
        png
    }

    #[test]
    fn sizes_are_read_from_headers_and_huge_pictures_refused() {
        assert_eq!(dimensions(&png_of(1920, 1080)), Some((1920, 1080)));
        assert!(checked_picture(&png_of(1920, 1080)).is_ok());
        let huge = checked_picture(&png_of(50_000, 50_000)).unwrap_err();
        assert!(huge.contains("50000 × 50000"), "{huge}");
        let gif = b"GIF89a\x80\x07\x38\x04rest";
        assert_eq!(dimensions(gif), Some((1920, 1080)));
        // A baseline JPEG: SOI, an APP0 segment, then SOF0 with height 1080 and width 1920.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x04,
            0x38, 0x07, 0x80,
        ];
        assert_eq!(dimensions(&jpeg), Some((1920, 1080)));
        let mut webp = b"RIFF\0\0\0\0WEBPVP8X\0\0\0\0\0\0\0\0".to_vec();
        webp.extend_from_slice(&[0x7F, 0x07, 0x00, 0x37, 0x04, 0x00]);
        assert_eq!(dimensions(&webp), Some((1920, 1080)));
        assert!(checked_picture(b"\x89PNG\r\n\x1a\ntruncated").is_err());
    }

    #[test]
    fn only_pictures_become_data_urls() {
        assert!(data_url(b"<html>nope</html>").is_none());
        let png = b"\x89PNG\r\n\x1a\nrest";
        assert!(data_url(png).unwrap().starts_with("data:image/png;base64,"));
        assert_eq!(image_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
    }

    #[test]
    fn browser_like_user_agent() {
        assert!(USER_AGENT.starts_with("Mozilla/5.0"));
    }
}
