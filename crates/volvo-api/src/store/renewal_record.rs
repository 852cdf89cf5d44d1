//! When the Volvo ID sign-in was last renewed. Volvo ID ends a refresh token that goes unused
//! for 7 days, so an app left running in the tray renews it every few days, and a sign-in that
//! did die that way is explained in plain words. Only a time is kept, never a token, in a
//! small file beside Beacon's other data, shared by the app and the CLI of one keychain profile.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use beacon_i18n::{t, Lang};

use super::private_files::{per_profile_name, write_private};
use super::settings::data_dir;
use crate::auth::utc::rfc3339;

/// How often a running Beacon renews the sign-in, well inside Volvo ID's idle limit (evcc
/// settled on the same period for the same reason).
pub const RENEW_EVERY: Duration = Duration::from_secs(3 * 24 * 3600);

/// How long Volvo ID keeps a refresh token nobody uses.
pub const VOLVO_ID_IDLE_LIMIT: Duration = Duration::from_secs(7 * 24 * 3600);

/// Where the time of the last renewal is kept.
#[derive(Debug, Clone)]
pub enum RenewalRecord {
    /// Beside the other data, for every process of one keychain profile.
    File(PathBuf),
    /// For a store only this process sees.
    Memory(Arc<Mutex<Option<SystemTime>>>),
}

impl Default for RenewalRecord {
    fn default() -> Self {
        RenewalRecord::in_memory()
    }
}

impl RenewalRecord {
    pub fn in_memory() -> RenewalRecord {
        RenewalRecord::Memory(Arc::default())
    }

    pub fn at(path: impl Into<PathBuf>) -> RenewalRecord {
        RenewalRecord::File(path.into())
    }

    /// The record of keychain profile `profile` (`""`: the normal one) in the data folder.
    pub fn for_profile(profile: &str) -> RenewalRecord {
        match data_dir() {
            Ok(dir) => RenewalRecord::at(dir.join(file_name(profile))),
            Err(error) => {
                tracing::warn!(%error, "no data folder: the time of the last renewal is kept in memory");
                RenewalRecord::in_memory()
            }
        }
    }

    pub fn path(&self) -> Option<&Path> {
        match self {
            RenewalRecord::File(path) => Some(path),
            RenewalRecord::Memory(_) => None,
        }
    }

    /// When the stored refresh token was last issued. `None` when unknown (never recorded, or
    /// an unreadable file, which only makes the next renewal come sooner).
    pub fn last(&self) -> Option<SystemTime> {
        match self {
            RenewalRecord::Memory(at) => *at.lock().unwrap_or_else(|p| p.into_inner()),
            RenewalRecord::File(path) => {
                let text = std::fs::read_to_string(path).ok()?;
                let secs: u64 = text.split_whitespace().next()?.parse().ok()?;
                UNIX_EPOCH.checked_add(Duration::from_secs(secs))
            }
        }
    }

    /// Records a renewal at `at`. A failure is logged, not returned: it costs at most one
    /// early renewal, never the sign-in.
    pub fn note(&self, at: SystemTime) {
        match self {
            RenewalRecord::Memory(slot) => {
                *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(at);
            }
            RenewalRecord::File(path) => {
                let secs = at.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
                let text = format!(
                    "{secs}\n# When Volvo Beacon last renewed the Volvo ID sign-in ({}). No secret is kept here.\n",
                    rfc3339(at)
                );
                if let Err(error) = write_private(path, text.as_bytes()) {
                    tracing::warn!(%error, path = %path.display(), "could not record the renewal time");
                }
            }
        }
    }

    /// After a sign-out: there is no sign-in left to renew or to explain.
    pub fn forget(&self) {
        match self {
            RenewalRecord::Memory(slot) => *slot.lock().unwrap_or_else(|p| p.into_inner()) = None,
            RenewalRecord::File(path) => match std::fs::remove_file(path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => {
                    tracing::warn!(%error, path = %path.display(), "could not remove the renewal record")
                }
            },
        }
    }
}

/// Days, rounded down, for messages.
pub fn whole_days(d: Duration) -> u64 {
    d.as_secs() / 86_400
}

/// Why Volvo ID most likely ended a sign-in last renewed at `last`, if it went unused for
/// longer than `idle_limit`: in the words the app and `beacon status` show.
pub fn idle_explanation(last: SystemTime, now: SystemTime, idle_limit: Duration) -> Option<String> {
    idle_explanation_in(last, now, idle_limit, Lang::En)
}

/// [`idle_explanation`] in `lang`.
pub fn idle_explanation_in(
    last: SystemTime,
    now: SystemTime,
    idle_limit: Duration,
    lang: Lang,
) -> Option<String> {
    let idle = now.duration_since(last).ok()?;
    if idle <= idle_limit {
        return None;
    }
    Some(t!(
        lang,
        "idle-explanation",
        idle = days_words(idle, lang),
        limit = days_words(idle_limit, lang),
        renew = days_words(RENEW_EVERY, lang)
    ))
}

fn days_words(d: Duration, lang: Lang) -> String {
    match whole_days(d) {
        0 => t!(lang, "idle-seconds", seconds = d.as_secs()),
        days => t!(lang, "idle-days", days = days),
    }
}

fn file_name(profile: &str) -> String {
    per_profile_name("sign-in-renewed", profile, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("beacon-renewal-{name}-{}", uuid::Uuid::new_v4()))
    }

    #[test]
    fn a_file_record_round_trips_and_is_forgotten() {
        let dir = scratch("round-trip");
        let record = RenewalRecord::at(dir.join("sign-in-renewed"));
        assert_eq!(record.last(), None);
        let at = UNIX_EPOCH + Duration::from_secs(1_796_000_000);
        record.note(at);
        assert_eq!(record.last(), Some(at));
        let text = std::fs::read_to_string(record.path().unwrap()).unwrap();
        assert!(text.contains("2026-"), "{text}");
        record.forget();
        assert_eq!(record.last(), None);
        record.forget();
    }

    #[test]
    fn an_unreadable_record_is_unknown() {
        let dir = scratch("unreadable");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("sign-in-renewed");
        std::fs::write(&path, "yesterday-ish").unwrap();
        assert_eq!(RenewalRecord::at(&path).last(), None);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn only_a_sign_in_idle_past_the_limit_is_explained() {
        let now = UNIX_EPOCH + Duration::from_secs(1_796_000_000);
        let day = Duration::from_secs(86_400);
        assert_eq!(
            idle_explanation(now - 6 * day, now, VOLVO_ID_IDLE_LIMIT),
            None
        );
        let why = idle_explanation(now - 9 * day, now, VOLVO_ID_IDLE_LIMIT).unwrap();
        assert!(why.starts_with("it went unused for 9 days"), "{why}");
        assert!(
            why.contains("after 7 days") && why.contains("every 3 days"),
            "{why}"
        );
        assert!(why.contains("Start with your computer"), "{why}");
        let german = idle_explanation_in(now - 9 * day, now, VOLVO_ID_IDLE_LIMIT, Lang::De);
        assert_eq!(
            german.as_deref(),
            Some(
                "sie wurde seit 9 Tagen nicht verwendet, und Volvo ID beendet eine Anmeldung nach 7 Tagen ohne Nutzung. Beacon erneuert sie in Abständen von 3 Tagen, solange es läuft: Schalten Sie „Mit dem Computer starten“ ein, damit sie erhalten bleibt"
            )
        );
        let swedish = idle_explanation_in(now - day - day / 2, now, day, Lang::Sv).unwrap();
        assert!(
            swedish.starts_with(
                "ingen har använt den på 1 dag, och Volvo ID avslutar en inloggning efter 1 dag"
            ),
            "{swedish}"
        );
    }

    #[test]
    fn profiles_get_their_own_file() {
        assert_eq!(file_name(""), "sign-in-renewed");
        assert_eq!(file_name("e2e/1"), "sign-in-renewed-e2e_1");
    }
}
