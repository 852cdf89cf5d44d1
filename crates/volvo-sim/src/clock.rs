//! Wall-clock helpers. The quota resets at UTC midnight, which is plain arithmetic on the Unix
//! epoch; the ISO-8601 UTC times Volvo stamps come from chrono.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, SecondsFormat, Utc};

const DAY_SECS: u64 = 86_400;

pub(crate) fn unix_now() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

pub(crate) fn utc_day(unix_secs: u64) -> u64 {
    unix_secs / DAY_SECS
}

pub(crate) fn secs_until_utc_midnight(unix_secs: u64) -> u64 {
    DAY_SECS - unix_secs % DAY_SECS
}

/// `HH:MM:SS`, the way the quota message counts down.
pub(crate) fn hms(secs: u64) -> String {
    format!(
        "{:02}:{:02}:{:02}",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// `2024-12-30T14:32:26.169Z`
pub(crate) fn iso8601(unix: Duration) -> String {
    let secs = i64::try_from(unix.as_secs()).unwrap_or(i64::MAX);
    DateTime::<Utc>::from_timestamp(secs, unix.subsec_nanos())
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
        .to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc_timestamps() {
        assert_eq!(iso8601(Duration::ZERO), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            iso8601(Duration::from_millis(1_735_569_146_169)),
            "2024-12-30T14:32:26.169Z"
        );
        assert_eq!(
            iso8601(Duration::from_secs(951_782_400)),
            "2000-02-29T00:00:00.000Z"
        );
    }

    #[test]
    fn counts_down_to_midnight() {
        assert_eq!(secs_until_utc_midnight(0), 86_400);
        assert_eq!(secs_until_utc_midnight(86_399), 1);
        assert_eq!(hms(6 * 3600 + 40 * 60 + 24), "06:40:24");
    }
}
