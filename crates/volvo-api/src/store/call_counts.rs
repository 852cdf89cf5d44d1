//! The day's calls per API key in `api-calls.json`, beside `settings.toml`: the app and the CLI
//! both count into it, each count a read-change-write under the settings' own lock, so two
//! processes calling at once never lose one. It holds no secret: a key is named by its role and
//! a [`KeyFingerprint`]. A new UTC day starts the file over; a file that cannot be read is set
//! aside and the count starts over, and no request waits on or fails for it.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::DateTime;
use serde::{Deserialize, Serialize};

use super::private_files::{create_private_dir_all, set_aside, write_private};
use super::settings::settings_lock;
use crate::call_counter::{CallCounter, KeyCall, KeyFingerprint, KeyRole};

pub const CALL_COUNT_FILE: &str = "api-calls.json";

/// The calls of one UTC day, as the file holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DayCounts {
    /// `2026-12-02`.
    pub day: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<KeyCount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary: Option<KeyCount>,
}

/// One key's calls that day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyCount {
    /// Which key was counted: another key in the same role starts at 0.
    pub key: KeyFingerprint,
    pub calls: u64,
    /// Volvo's last answer to this key said its quota is spent.
    #[serde(default)]
    pub quota_spent: bool,
}

impl DayCounts {
    /// Today's counts in `dir`, without waiting for the lock (a count replaces the file in one
    /// rename). Nothing counted today, or a file that cannot be read, is all zeros.
    pub fn read(dir: &Path, now: SystemTime) -> DayCounts {
        let today = utc_day(now);
        match read_file(&dir.join(CALL_COUNT_FILE)) {
            Ok(Some(counts)) if counts.day == today => counts,
            _ => DayCounts::starting(today),
        }
    }

    /// The calls counted for the key `fingerprint` in `role`.
    pub fn calls(&self, role: KeyRole, fingerprint: &KeyFingerprint) -> u64 {
        self.of(role, fingerprint).map_or(0, |c| c.calls)
    }

    /// Whether Volvo's last answer to this key today said its quota is spent.
    pub fn quota_spent(&self, role: KeyRole, fingerprint: &KeyFingerprint) -> bool {
        self.of(role, fingerprint).is_some_and(|c| c.quota_spent)
    }

    fn of(&self, role: KeyRole, fingerprint: &KeyFingerprint) -> Option<&KeyCount> {
        let count = match role {
            KeyRole::Primary => self.primary.as_ref(),
            KeyRole::Secondary => self.secondary.as_ref(),
        };
        count.filter(|c| &c.key == fingerprint)
    }

    fn starting(day: String) -> DayCounts {
        DayCounts {
            day,
            primary: None,
            secondary: None,
        }
    }

    fn add(&mut self, call: &KeyCall) {
        let slot = match call.role {
            KeyRole::Primary => &mut self.primary,
            KeyRole::Secondary => &mut self.secondary,
        };
        let count = match slot {
            Some(count) if count.key == call.fingerprint => count,
            _ => slot.insert(KeyCount {
                key: call.fingerprint.clone(),
                calls: 0,
                quota_spent: false,
            }),
        };
        count.calls += 1;
        // The last answer decides: Volvo may replenish a quota before midnight UTC (it says
        // when in the 403), and the next normal answer shows it has.
        count.quota_spent = call.quota_spent;
    }
}

/// Where the time comes from: the system clock, or a test's.
pub type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// Counts a client's calls into `dir/api-calls.json` (see the module's comment).
#[derive(Clone)]
pub struct FileCallCounter {
    dir: PathBuf,
    clock: Clock,
}

impl FileCallCounter {
    /// Counts into `dir`, the folder of `settings.toml` ([`config_dir`](super::config_dir)).
    pub fn new(dir: impl Into<PathBuf>) -> FileCallCounter {
        FileCallCounter {
            dir: dir.into(),
            clock: Arc::new(SystemTime::now),
        }
    }

    /// Days are told by `clock` instead of the system's.
    pub fn with_clock(mut self, clock: Clock) -> FileCallCounter {
        self.clock = clock;
        self
    }

    fn try_count(&self, call: &KeyCall) -> Result<(), String> {
        create_private_dir_all(&self.dir)
            .map_err(|e| format!("cannot create {}: {e}", self.dir.display()))?;
        let _lock = settings_lock(&self.dir).map_err(|e| e.to_string())?;
        let path = self.dir.join(CALL_COUNT_FILE);
        let today = utc_day((self.clock)());
        let mut counts = match read_file(&path) {
            Ok(Some(counts)) if counts.day == today => counts,
            Ok(_) => DayCounts::starting(today),
            Err(problem) => {
                start_over(&path, &problem);
                DayCounts::starting(today)
            }
        };
        counts.add(call);
        let text = serde_json::to_string_pretty(&counts).map_err(|e| e.to_string())?;
        write_private(&path, text.as_bytes())
            .map_err(|e| format!("cannot save {}: {e}", path.display()))
    }
}

impl CallCounter for FileCallCounter {
    fn count(&self, call: &KeyCall) {
        if let Err(problem) = self.try_count(call) {
            tracing::warn!("the API call was not counted: {problem}");
        }
    }
}

/// The file's counts; `None` when there is none yet.
fn read_file(path: &Path) -> Result<Option<DayCounts>, String> {
    let text = match fs::read(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read it: {e}")),
    };
    serde_json::from_slice(&text)
        .map(Some)
        .map_err(|e| format!("it is not a call count: {e}"))
}

/// Keeps an unreadable count for a look, as settings does; the count itself is worth less
/// than going on counting, so a file that cannot even be moved is written over.
fn start_over(path: &Path, problem: &str) {
    match set_aside(path) {
        Ok(aside) => tracing::warn!(
            kept_as = %aside.display(),
            "the API call count could not be read ({problem}); counting starts over"
        ),
        Err(e) => tracing::warn!(
            "the API call count could not be read ({problem}) nor moved aside ({e}); counting starts over"
        ),
    }
}

/// `2026-12-02`: the UTC day of `at`.
pub fn utc_day(at: SystemTime) -> String {
    let secs = at
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .date_naive()
        .to_string()
}

/// When the UTC day of `at` ends: Volvo's quotas and this count start again.
pub fn next_utc_midnight(at: SystemTime) -> SystemTime {
    const DAY: u64 = 24 * 3600;
    let secs = at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    UNIX_EPOCH + std::time::Duration::from_secs((secs / DAY + 1) * DAY)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn scratch(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("beacon-calls-{name}-{}", uuid::Uuid::new_v4()))
    }

    fn call(role: KeyRole, key: &str) -> KeyCall {
        KeyCall {
            role,
            fingerprint: KeyFingerprint::of(key),
            quota_spent: false,
        }
    }

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    fn clock_at(secs: u64) -> Clock {
        Arc::new(move || at(secs))
    }

    /// 2026-12-02T23:59:59Z.
    const LAST_SECOND: u64 = 1_796_255_999;

    #[test]
    fn days_and_midnights_are_utc() {
        assert_eq!(utc_day(at(LAST_SECOND)), "2026-12-02");
        assert_eq!(utc_day(at(LAST_SECOND + 1)), "2026-12-03");
        assert_eq!(next_utc_midnight(at(LAST_SECOND)), at(LAST_SECOND + 1));
        assert_eq!(
            next_utc_midnight(at(LAST_SECOND + 1)),
            at(LAST_SECOND + 1 + 86_400)
        );
    }

    #[test]
    fn keys_and_days_are_counted_apart() {
        let dir = scratch("days");
        let today = FileCallCounter::new(&dir).with_clock(clock_at(LAST_SECOND));
        for _ in 0..3 {
            today.count(&call(KeyRole::Primary, "one"));
        }
        today.count(&call(KeyRole::Secondary, "two"));
        let counts = DayCounts::read(&dir, at(LAST_SECOND));
        let one = KeyFingerprint::of("one");
        assert_eq!(counts.calls(KeyRole::Primary, &one), 3);
        assert_eq!(
            counts.calls(KeyRole::Secondary, &KeyFingerprint::of("two")),
            1
        );
        // Another key in the same role is another count.
        today.count(&call(KeyRole::Primary, "three"));
        let counts = DayCounts::read(&dir, at(LAST_SECOND));
        assert_eq!(counts.calls(KeyRole::Primary, &one), 0);
        assert_eq!(
            counts.calls(KeyRole::Primary, &KeyFingerprint::of("three")),
            1
        );
        // The next UTC day starts at 0, for reading and for counting.
        assert_eq!(DayCounts::read(&dir, at(LAST_SECOND + 1)).primary, None);
        let tomorrow = FileCallCounter::new(&dir).with_clock(clock_at(LAST_SECOND + 1));
        tomorrow.count(&call(KeyRole::Primary, "one"));
        let counts = DayCounts::read(&dir, at(LAST_SECOND + 1));
        assert_eq!(counts.calls(KeyRole::Primary, &one), 1);
        assert_eq!(counts.secondary, None);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_spent_quota_is_remembered_until_the_key_answers_again() {
        let dir = scratch("spent");
        let counter = FileCallCounter::new(&dir).with_clock(clock_at(LAST_SECOND));
        let mut spent = call(KeyRole::Primary, "one");
        spent.quota_spent = true;
        counter.count(&spent);
        counter.count(&call(KeyRole::Secondary, "two"));
        let one = KeyFingerprint::of("one");
        let counts = DayCounts::read(&dir, at(LAST_SECOND));
        assert!(counts.quota_spent(KeyRole::Primary, &one));
        // Replenished early: the next answer to the key is a normal one.
        counter.count(&call(KeyRole::Primary, "one"));
        let counts = DayCounts::read(&dir, at(LAST_SECOND));
        assert!(!counts.quota_spent(KeyRole::Primary, &one));
        assert_eq!(counts.calls(KeyRole::Primary, &one), 2);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_broken_file_is_set_aside_and_counting_starts_over() {
        let dir = scratch("broken");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(CALL_COUNT_FILE), "{\"day\": 3").unwrap();
        assert_eq!(DayCounts::read(&dir, at(LAST_SECOND)).primary, None);
        FileCallCounter::new(&dir)
            .with_clock(clock_at(LAST_SECOND))
            .count(&call(KeyRole::Primary, "one"));
        let counts = DayCounts::read(&dir, at(LAST_SECOND));
        assert_eq!(
            counts.calls(KeyRole::Primary, &KeyFingerprint::of("one")),
            1
        );
        let kept: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with("api-calls.json.broken-"))
            .collect();
        assert_eq!(kept.len(), 1, "{kept:?}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
