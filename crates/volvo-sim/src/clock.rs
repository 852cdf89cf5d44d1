//! Wall-clock helpers. The quota resets at UTC midnight and Volvo stamps ISO-8601 UTC times,
//! so these work from the Unix epoch without a date-time dependency.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

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
    let secs = unix.as_secs();
    let (y, m, d) = civil_from_days(utc_day(secs) as i64);
    let in_day = secs % DAY_SECS;
    format!(
        "{y:04}-{m:02}-{d:02}T{}.{:03}Z",
        hms(in_day),
        unix.subsec_millis()
    )
}

/// Proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
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
