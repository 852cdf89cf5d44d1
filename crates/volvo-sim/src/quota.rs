//! The daily call volume quota of each VCC API key, replenished at UTC midnight.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::clock;

pub(crate) struct Quotas {
    /// `None` = unlimited.
    daily: Option<u64>,
    keys: Mutex<HashMap<String, KeyQuota>>,
}

struct KeyQuota {
    day: u64,
    remaining: Option<u64>,
}

impl Quotas {
    pub(crate) fn new(daily_quota: u64) -> Self {
        Quotas {
            daily: (daily_quota > 0).then_some(daily_quota),
            keys: Mutex::default(),
        }
    }

    /// Counts one call; `Err` carries the seconds until the quota is replenished.
    pub(crate) fn spend(&self, key: &str) -> Result<(), u64> {
        let now = clock::unix_now().as_secs();
        let mut keys = self.keys.lock().unwrap();
        let quota = self.today(&mut keys, key, now);
        match &mut quota.remaining {
            None => Ok(()),
            Some(0) => Err(clock::secs_until_utc_midnight(now)),
            Some(n) => {
                *n -= 1;
                Ok(())
            }
        }
    }

    /// Overrides what is left today; tomorrow the key starts from the daily quota again.
    pub(crate) fn set_remaining(&self, key: &str, remaining: u64) {
        let now = clock::unix_now().as_secs();
        let mut keys = self.keys.lock().unwrap();
        self.today(&mut keys, key, now).remaining = Some(remaining);
    }

    fn today<'a>(
        &self,
        keys: &'a mut HashMap<String, KeyQuota>,
        key: &str,
        now: u64,
    ) -> &'a mut KeyQuota {
        let day = clock::utc_day(now);
        let quota = keys.entry(key.to_string()).or_insert(KeyQuota {
            day,
            remaining: self.daily,
        });
        if quota.day != day {
            quota.day = day;
            quota.remaining = self.daily;
        }
        quota
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spends_down_to_zero_then_refuses() {
        let q = Quotas::new(2);
        assert!(q.spend("k").is_ok());
        assert!(q.spend("k").is_ok());
        let wait = q.spend("k").unwrap_err();
        assert!((1..=86_400).contains(&wait));
        assert!(q.spend("other").is_ok(), "each key has its own quota");
    }

    #[test]
    fn zero_daily_quota_is_unlimited_until_overridden() {
        let q = Quotas::new(0);
        for _ in 0..1000 {
            q.spend("k").unwrap();
        }
        q.set_remaining("k", 0);
        assert!(q.spend("k").is_err());
    }
}
