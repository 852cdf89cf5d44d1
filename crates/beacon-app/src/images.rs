//! Car pictures for the tiles. The page's CSP allows no remote image, so Rust fetches the
//! exterior picture (with a browser-like User-Agent: Volvo's image hosts refuse others), keeps
//! it on disk, and hands it over as a `data:` URL. Any failure is `None`: a tile without a
//! picture is fine, a tile that fails because of one is not.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use base64::Engine;
use sha2::{Digest, Sha256};
use volvo_api::Vin;

const USER_AGENT: &str = concat!(
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) VolvoBeacon/",
    env!("CARGO_PKG_VERSION")
);
/// Volvo's pictures are 1920 px wide PNGs of a few hundred KB; anything far larger is not one.
const MAX_IMAGE_BYTES: usize = 8 * 1024 * 1024;
const FETCH_TIMEOUT: Duration = Duration::from_secs(20);
/// A car's paint does not change, but Volvo's renderings do now and then.
const DISK_MAX_AGE: Duration = Duration::from_secs(30 * 24 * 3600);
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
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(FETCH_TIMEOUT)
            .connect_timeout(Duration::from_secs(10))
            // Image CDNs redirect; a short chain is normal, a long one is not.
            .redirect(reqwest::redirect::Policy::limited(3))
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
        let bytes = match self.read_disk(vin).await {
            Some(bytes) => Some(bytes),
            None => match url {
                Some(url) => self.fetch(vin, url).await,
                None => None,
            },
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
        image_type(&bytes).map(|_| bytes)
    }

    async fn fetch(&self, vin: &Vin, raw_url: &str) -> Option<Vec<u8>> {
        let url = url::Url::parse(raw_url.trim()).ok()?;
        if !matches!(url.scheme(), "http" | "https") {
            tracing::warn!(vin = %vin.masked(), "car picture URL is not http(s); not fetched");
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
        if let Some(path) = self.path_for(vin) {
            let to_write = bytes.clone();
            let written = tokio::task::spawn_blocking(move || {
                crate::fsutil::write_atomically(&path, &to_write)
            })
            .await;
            if let Ok(Err(e)) = written {
                tracing::warn!("car picture not cached on disk: {e}");
            }
        }
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
        image_type(&bytes).ok_or("the answer is not a PNG, JPEG, WebP or GIF picture")?;
        Ok(bytes)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Vin, Cached>> {
        self.memory.lock().unwrap_or_else(|p| p.into_inner())
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
