//! Commands paced within Volvo's limit, which the app's client enforces: at most 10 in any
//! minute. A command over it would be refused, not measured.

use std::collections::VecDeque;
use std::time::Duration;

use crate::clock;

const COMMANDS_PER_MINUTE: usize = 10;
/// A minute and some, so the app's own count of the last minute has always let go, even when
/// a click reaches it late.
const MINUTE_MS: f64 = 62_000.0;

#[derive(Default)]
pub struct CommandPace {
    sent_at: VecDeque<f64>,
}

impl CommandPace {
    /// Waits until one more command fits in the last minute.
    pub async fn slot(&mut self) {
        if self.sent_at.len() < COMMANDS_PER_MINUTE {
            return;
        }
        let oldest = self.sent_at.pop_front().unwrap_or_default();
        let wait = oldest + MINUTE_MS - clock::epoch_ms();
        if wait > 0.0 {
            tokio::time::sleep(Duration::from_secs_f64(wait / 1000.0)).await;
        }
    }

    /// Call right after the click: the app counts the command no earlier than this.
    pub fn sent(&mut self) {
        self.sent_at.push_back(clock::epoch_ms());
    }
}
