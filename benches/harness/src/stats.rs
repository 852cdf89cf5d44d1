//! Median, min and max over runs, and percentiles over samples.

use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct Stats {
    pub median: f64,
    pub min: f64,
    pub max: f64,
    /// Every run, in the order measured.
    pub runs: Vec<f64>,
}

impl Stats {
    pub fn of(runs: &[f64]) -> Option<Stats> {
        if runs.is_empty() {
            return None;
        }
        let mut sorted = runs.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        };
        Some(Stats {
            median,
            min: sorted[0],
            max: sorted[n - 1],
            runs: runs.to_vec(),
        })
    }
}

/// Nearest-rank percentile (`p` in 0..=100): a value that was actually measured. Over 50
/// samples p99 is the largest one.
pub fn percentile(samples: &[f64], p: f64) -> Option<f64> {
    if samples.is_empty() {
        return None;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    Some(sorted[rank.min(sorted.len()) - 1])
}

/// ours / baseline, when both exist.
pub fn ratio(ours: Option<f64>, baseline: Option<f64>) -> Option<f64> {
    match (ours, baseline) {
        (Some(o), Some(b)) if b > 0.0 => Some(o / b),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_min_max() {
        let s = Stats::of(&[3.0, 1.0, 2.0, 10.0]).unwrap();
        assert_eq!((s.median, s.min, s.max), (2.5, 1.0, 10.0));
        assert_eq!(Stats::of(&[5.0, 1.0, 9.0]).unwrap().median, 5.0);
        assert!(Stats::of(&[]).is_none());
    }

    #[test]
    fn nearest_rank() {
        let fifty: Vec<f64> = (1..=50).map(f64::from).collect();
        assert_eq!(percentile(&fifty, 50.0), Some(25.0));
        assert_eq!(percentile(&fifty, 99.0), Some(50.0));
        assert_eq!(percentile(&[7.0], 99.0), Some(7.0));
    }
}
