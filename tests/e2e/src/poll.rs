//! Waiting for the UI to get somewhere, by polling: never a fixed sleep where a poll works.

use std::time::{Duration, Instant};

/// Enough for a cold WebKit start and the simulator's slowest car (2.5 s) on a busy CI box.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(20);

const INTERVAL: Duration = Duration::from_millis(50);

/// Calls `check` until it returns `Ok`, or panics after `timeout` naming `what` and the last
/// `Err`: what the check saw instead, so a failure reads as what the UI showed.
#[track_caller]
pub fn wait_until<T>(
    what: &str,
    timeout: Duration,
    mut check: impl FnMut() -> Result<T, String>,
) -> T {
    let deadline = Instant::now() + timeout;
    loop {
        match check() {
            Ok(value) => return value,
            Err(seen) if Instant::now() >= deadline => {
                panic!("timed out after {timeout:?} waiting for {what}; last seen: {seen}")
            }
            Err(_) => std::thread::sleep(INTERVAL),
        }
    }
}
