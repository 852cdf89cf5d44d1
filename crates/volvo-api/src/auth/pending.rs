//! Sign-ins started here and not finished yet: what a callback's `state` must match.

use std::time::{Duration, Instant};

use beacon_i18n::{t, Lang, Words};
use oauth2::PkceCodeVerifier;

use crate::error::human_duration;
use crate::Error;

/// Long enough to read a consent page and type a password, short enough that a leaked
/// answer goes stale.
pub(crate) const DEFAULT_STATE_TTL: Duration = Duration::from_secs(10 * 60);
/// Only the newest sign-ins are kept: a user who clicks "sign in" repeatedly finishes one of
/// the last few, and the table cannot grow without bound.
pub(crate) const MAX_PENDING: usize = 16;

pub(crate) struct PendingSignIn {
    state: String,
    pub verifier: PkceCodeVerifier,
    pub redirect_uri: String,
    created: Instant,
}

pub(crate) struct PendingTable {
    entries: Vec<PendingSignIn>,
    ttl: Duration,
}

impl PendingTable {
    pub(crate) fn new() -> Self {
        PendingTable {
            entries: Vec::new(),
            ttl: DEFAULT_STATE_TTL,
        }
    }

    pub(crate) fn set_ttl(&mut self, ttl: Duration) {
        self.ttl = ttl;
    }

    pub(crate) fn insert(
        &mut self,
        state: String,
        verifier: PkceCodeVerifier,
        redirect_uri: String,
    ) {
        if self.entries.len() >= MAX_PENDING {
            self.entries.remove(0);
        }
        self.entries.push(PendingSignIn {
            state,
            verifier,
            redirect_uri,
            created: Instant::now(),
        });
    }

    /// Whether `state` belongs to a live sign-in; nothing is used up.
    pub(crate) fn check(&self, state: &str) -> Result<(), Error> {
        let index = self.find(state).ok_or_else(unknown_state)?;
        self.fresh(&self.entries[index]).map(|_| ())
    }

    /// Removes and returns the sign-in `state` belongs to, so the same answer cannot be used
    /// twice. An expired one is removed too.
    pub(crate) fn take(&mut self, state: &str) -> Result<PendingSignIn, Error> {
        let index = self.find(state).ok_or_else(unknown_state)?;
        let entry = self.entries.remove(index);
        self.fresh(&entry)?;
        Ok(entry)
    }

    /// Whether any sign-in started here can still be finished (its state has not expired).
    pub(crate) fn any_live(&self) -> bool {
        self.entries.iter().any(|e| self.fresh(e).is_ok())
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.len()
    }

    /// Every entry is compared in full, so the time taken does not tell how much of a
    /// guessed state was right.
    fn find(&self, state: &str) -> Option<usize> {
        let mut found = None;
        for (i, entry) in self.entries.iter().enumerate() {
            if constant_time_eq(entry.state.as_bytes(), state.as_bytes()) {
                found = Some(i);
            }
        }
        found
    }

    fn fresh<'a>(&self, entry: &'a PendingSignIn) -> Result<&'a PendingSignIn, Error> {
        if entry.created.elapsed() > self.ttl {
            let ttl = self.ttl;
            Err(Error::InvalidState {
                reason: Words::new(move |lang| {
                    t!(lang, "sign-in-took-too-long", wait = ttl_words(ttl, lang))
                }),
            })
        } else {
            Ok(entry)
        }
    }
}

fn unknown_state() -> Error {
    Error::InvalidState {
        reason: Words::new(|lang| t!(lang, "sign-in-answer-not-ours")),
    }
}

fn ttl_words(ttl: Duration, lang: Lang) -> String {
    let secs = ttl.as_secs();
    if secs >= 60 && secs.is_multiple_of(60) && ttl.subsec_nanos() == 0 {
        t!(lang, "duration-in-minutes", count = secs / 60)
    } else {
        human_duration(ttl)
    }
}

/// Equal-length inputs take the same time whatever they hold. Lengths are not secret: every
/// state this app makes has the same length.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verifier() -> PkceCodeVerifier {
        PkceCodeVerifier::new("v".repeat(43))
    }

    #[test]
    fn a_state_is_taken_once() {
        let mut t = PendingTable::new();
        t.insert(
            "s1".into(),
            verifier(),
            "volvo-beacon://auth/callback".into(),
        );
        assert!(t.check("s1").is_ok());
        let entry = t.take("s1").expect("first use");
        assert_eq!(entry.redirect_uri, "volvo-beacon://auth/callback");
        let e = t.take("s1").err().expect("second use refused");
        assert!(e.to_string().contains("already used"), "{e}");
        assert!(t.check("s1").is_err());
    }

    #[test]
    fn a_sign_in_is_live_until_used_or_expired() {
        let mut t = PendingTable::new();
        assert!(!t.any_live());
        t.insert("s1".into(), verifier(), "x:/".into());
        assert!(t.any_live());
        t.take("s1").expect("first use");
        assert!(!t.any_live());
        t.insert("s2".into(), verifier(), "x:/".into());
        t.set_ttl(Duration::ZERO);
        std::thread::sleep(Duration::from_millis(2));
        assert!(!t.any_live());
    }

    #[test]
    fn unknown_and_prefix_states_are_refused() {
        let mut t = PendingTable::new();
        t.insert("state-abc".into(), verifier(), "x:/".into());
        for guess in ["state-ab", "state-abcd", "", "STATE-ABC"] {
            assert_eq!(t.take(guess).err().map(|e| e.kind()), Some("invalid_state"));
        }
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn expired_states_say_so_and_are_removed() {
        let mut t = PendingTable::new();
        t.set_ttl(Duration::ZERO);
        t.insert("s".into(), verifier(), "x:/".into());
        std::thread::sleep(Duration::from_millis(2));
        let e = t.check("s").unwrap_err();
        assert!(e.to_string().contains("took longer"), "{e}");
        let e = t.take("s").err().unwrap();
        assert!(e.to_string().contains("took longer"), "{e}");
        assert_eq!(t.len(), 0);
    }

    #[test]
    fn only_the_newest_are_kept() {
        let mut t = PendingTable::new();
        for i in 0..MAX_PENDING + 3 {
            t.insert(format!("s{i}"), verifier(), "x:/".into());
        }
        assert_eq!(t.len(), MAX_PENDING);
        assert!(t.check("s0").is_err());
        assert!(t.check("s2").is_err());
        assert!(t.check("s3").is_ok());
        assert!(t.check(&format!("s{}", MAX_PENDING + 2)).is_ok());
    }

    #[test]
    fn ttl_reads_naturally() {
        assert_eq!(ttl_words(DEFAULT_STATE_TTL, Lang::En), "10 minutes");
        assert_eq!(ttl_words(Duration::from_millis(50), Lang::En), "1 s");
    }

    #[test]
    fn equality() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
