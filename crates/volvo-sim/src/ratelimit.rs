//! Per-user rolling-minute rate limits: one for all calls, a tighter one for commands.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(60);

pub(crate) struct RateLimiter {
    requests_per_minute: u32,
    commands_per_minute: u32,
    state: Mutex<Windows>,
}

#[derive(Default)]
struct Windows {
    requests: HashMap<String, VecDeque<Instant>>,
    commands: HashMap<String, VecDeque<Instant>>,
}

impl RateLimiter {
    /// A limit of 0 means unlimited.
    pub(crate) fn new(requests_per_minute: u32, commands_per_minute: u32) -> Self {
        RateLimiter {
            requests_per_minute,
            commands_per_minute,
            state: Mutex::default(),
        }
    }

    /// Admits one call or says how many seconds to wait. A refused call is not counted, so a
    /// client that waits `Retry-After` gets through.
    pub(crate) fn admit(&self, user: &str, is_command: bool) -> Result<(), u64> {
        let now = Instant::now();
        let mut state = self.state.lock().unwrap();
        let Windows { requests, commands } = &mut *state;
        let mut windows = vec![(requests, self.requests_per_minute)];
        if is_command {
            windows.push((commands, self.commands_per_minute));
        }
        for (map, limit) in &mut windows {
            if *limit == 0 {
                continue;
            }
            let hits = map.entry(user.to_string()).or_default();
            while hits
                .front()
                .is_some_and(|t| now.duration_since(*t) >= WINDOW)
            {
                hits.pop_front();
            }
            if hits.len() >= *limit as usize {
                let free_at = hits[hits.len() - *limit as usize] + WINDOW;
                let wait = free_at.saturating_duration_since(now);
                return Err(wait.as_secs_f64().ceil().max(1.0) as u64);
            }
        }
        for (map, limit) in windows {
            if limit > 0 {
                map.entry(user.to_string()).or_default().push_back(now);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_limited_separately_per_user() {
        let limiter = RateLimiter::new(100, 3);
        for _ in 0..3 {
            limiter.admit("a", true).unwrap();
        }
        let wait = limiter.admit("a", true).unwrap_err();
        assert!((59..=60).contains(&wait), "{wait}");
        limiter.admit("a", false).unwrap();
        limiter.admit("b", true).unwrap();
    }

    #[test]
    fn zero_is_unlimited() {
        let limiter = RateLimiter::new(0, 0);
        for _ in 0..1000 {
            limiter.admit("a", true).unwrap();
        }
    }
}
