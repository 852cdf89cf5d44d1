//! The client-overhead figure comes from criterion's own run of
//! `cargo bench -p volvo-api --bench command` (scripts/bench runs it first, on a quiet machine):
//! the harness reads the estimates criterion wrote for the `honk` group.

use std::path::Path;

use serde::Serialize;
use serde_json::Value;

#[derive(Clone, Debug, Serialize)]
pub struct Estimate {
    /// Mean time per honk, µs, with criterion's 95 % confidence interval.
    pub mean_us: f64,
    pub mean_low_us: f64,
    pub mean_high_us: f64,
    pub median_us: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Overhead {
    pub volvo_api_client: Estimate,
    pub raw_reqwest_post: Estimate,
    /// Ratio of the means.
    pub ratio: f64,
    /// Ratio of the medians, for comparison.
    pub median_ratio: f64,
}

fn estimate(dir: &Path, name: &str) -> Result<Estimate, String> {
    let path = dir
        .join("honk")
        .join(name)
        .join("new")
        .join("estimates.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let v: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let ns = |p: &str| v.pointer(p).and_then(Value::as_f64).unwrap_or(f64::NAN) / 1000.0;
    Ok(Estimate {
        mean_us: ns("/mean/point_estimate"),
        mean_low_us: ns("/mean/confidence_interval/lower_bound"),
        mean_high_us: ns("/mean/confidence_interval/upper_bound"),
        median_us: ns("/median/point_estimate"),
    })
}

pub fn read(dir: &Path) -> Result<Overhead, String> {
    let client = estimate(dir, "volvo_api_client")?;
    let raw = estimate(dir, "raw_reqwest_post")?;
    Ok(Overhead {
        ratio: client.mean_us / raw.mean_us,
        median_ratio: client.median_us / raw.median_us,
        volvo_api_client: client,
        raw_reqwest_post: raw,
    })
}
