//! What to do when the window's web renderer dies. The page holds no state of its own (cars,
//! commands in flight, outcomes and history live in [`crate::Core`]), so reloading it loses
//! nothing. But a page that kills its renderer every time it loads would reload forever,
//! burning CPU with a window that flickers: after a few deaths in a short while the user
//! decides instead.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// This many deaths within [`WITHIN`] and the window asks the user instead of reloading.
pub const ASK_AFTER: usize = 3;
pub const WITHIN: Duration = Duration::from_secs(60);

/// What the shell does about one death.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Response {
    /// Load the page again at once; it restores itself from the core.
    Reload,
    /// Show a native message with a "Reload" button and leave the page dead until then.
    AskUser,
}

/// The renderer deaths of this process, for the decision and the log.
#[derive(Debug, Default)]
pub struct RendererDeaths {
    recent: VecDeque<Instant>,
    total: u64,
}

impl RendererDeaths {
    /// Records a death at `now` and says what to do about it.
    pub fn record(&mut self, now: Instant) -> Response {
        self.total += 1;
        while self
            .recent
            .front()
            .is_some_and(|&at| now.saturating_duration_since(at) >= WITHIN)
        {
            self.recent.pop_front();
        }
        self.recent.push_back(now);
        if self.recent.len() >= ASK_AFTER {
            Response::AskUser
        } else {
            Response::Reload
        }
    }

    /// Deaths since the process started.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// Deaths within the last [`WITHIN`] as of the last [`record`](Self::record).
    pub fn recent(&self) -> usize {
        self.recent.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_two_deaths_reload_and_the_third_within_a_minute_asks() {
        let start = Instant::now();
        let mut deaths = RendererDeaths::default();
        assert_eq!(deaths.record(start), Response::Reload);
        assert_eq!(
            deaths.record(start + Duration::from_secs(20)),
            Response::Reload
        );
        assert_eq!(
            deaths.record(start + Duration::from_secs(59)),
            Response::AskUser
        );
        assert_eq!((deaths.total(), deaths.recent()), (3, 3));
        // Still within a minute of the second and third: the user keeps deciding.
        assert_eq!(
            deaths.record(start + Duration::from_secs(70)),
            Response::AskUser
        );
    }

    #[test]
    fn deaths_a_minute_apart_always_reload() {
        let start = Instant::now();
        let mut deaths = RendererDeaths::default();
        for n in 0..10u64 {
            let at = start + Duration::from_secs(30 * n) + Duration::from_millis(n);
            let response = deaths.record(at);
            assert_eq!(response, Response::Reload, "death {n} at {at:?}");
            assert!(deaths.recent() <= 2, "death {n}: {}", deaths.recent());
        }
        assert_eq!(deaths.total(), 10);
    }

    #[test]
    fn a_quiet_minute_after_asking_starts_the_count_again() {
        let start = Instant::now();
        let mut deaths = RendererDeaths::default();
        for s in [0, 1, 2] {
            deaths.record(start + Duration::from_secs(s));
        }
        let later = start + Duration::from_secs(2) + WITHIN;
        assert_eq!(deaths.record(later), Response::Reload);
        assert_eq!((deaths.total(), deaths.recent()), (4, 1));
    }
}
