//! Client-side command limiter. Volvo allows 10 commands per rolling minute per user; going
//! over costs a 429 and, worse, a user who mashed the button sees nothing happen. Refusing the
//! 11th locally is instant, costs no quota and can say exactly how long to wait.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub(crate) struct CommandLimiter {
    max: usize,
    window: Duration,
    sent: Mutex<VecDeque<Instant>>,
}

impl CommandLimiter {
    pub(crate) fn new(max: u32, window: Duration) -> Self {
        CommandLimiter {
            max: max as usize,
            window,
            sent: Mutex::new(VecDeque::with_capacity(max as usize)),
        }
    }

    /// Takes a slot for a command about to be sent at `now`, or says how long until one frees.
    pub(crate) fn try_acquire(&self, now: Instant) -> Result<(), Duration> {
        let mut sent = self.sent.lock().unwrap_or_else(|p| p.into_inner());
        while let Some(&oldest) = sent.front() {
            if now.saturating_duration_since(oldest) >= self.window {
                sent.pop_front();
            } else {
                break;
            }
        }
        if sent.len() < self.max {
            sent.push_back(now);
            Ok(())
        } else {
            let oldest = *sent.front().expect("full queue has a front");
            Err(self.window - now.saturating_duration_since(oldest))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleventh_in_a_minute_is_refused_with_the_wait() {
        let limiter = CommandLimiter::new(10, Duration::from_secs(60));
        let t0 = Instant::now();
        for i in 0..10 {
            limiter
                .try_acquire(t0 + Duration::from_secs(i))
                .expect("within limit");
        }
        let wait = limiter
            .try_acquire(t0 + Duration::from_secs(15))
            .unwrap_err();
        assert_eq!(wait, Duration::from_secs(45));
    }

    #[test]
    fn window_rolls() {
        let limiter = CommandLimiter::new(2, Duration::from_secs(60));
        let t0 = Instant::now();
        limiter.try_acquire(t0).unwrap();
        limiter.try_acquire(t0 + Duration::from_secs(30)).unwrap();
        assert!(limiter.try_acquire(t0 + Duration::from_secs(59)).is_err());
        limiter.try_acquire(t0 + Duration::from_secs(60)).unwrap();
        assert_eq!(
            limiter
                .try_acquire(t0 + Duration::from_secs(61))
                .unwrap_err(),
            Duration::from_secs(29)
        );
    }
}
