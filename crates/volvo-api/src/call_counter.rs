//! The hook through which a [`Client`](crate::Client) reports every request that reached Volvo
//! with an API key, so that a caller can keep the day's count per key (Volvo allows each key
//! about 10,000 calls a day and says nothing before the last one). The plain client keeps no
//! count and touches no file; the settings folder's counter is
//! [`store::FileCallCounter`](crate::store::FileCallCounter).

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Which of the application's two keys a request went out with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum KeyRole {
    Primary,
    Secondary,
}

/// Tells one key from another without holding it: the first 8 bytes of the key's SHA-256, as
/// hex. Safe to write into a plain file: SHA-256 cannot be run backwards, and so short a prefix
/// is shared by an astronomical number of other possible keys (a key carries far more than
/// 64 bits of chance), so not even trying every key could single the real one out. It only
/// lets a count notice that the user put in another key.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KeyFingerprint(String);

impl KeyFingerprint {
    pub fn of(key: &str) -> KeyFingerprint {
        let digest = Sha256::digest(key.trim().as_bytes());
        KeyFingerprint(digest[..8].iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for KeyFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyFingerprint({})", self.0)
    }
}

/// One request that got an answer from Volvo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyCall {
    pub role: KeyRole,
    pub fingerprint: KeyFingerprint,
    /// Volvo answered that this key's daily quota is spent (the 403 that makes the client
    /// switch to the secondary key).
    pub quota_spent: bool,
}

/// Receives every counted request. Called off the async threads and awaited before the
/// request's result is returned, so it may block briefly (take a file lock, write a file) and a
/// count is complete when the call that made it returns. It cannot fail the request: a counter
/// that cannot count logs why and lets the request be.
pub trait CallCounter: Send + Sync {
    fn count(&self, call: &KeyCall);
}

/// Counts every call as made with the key in `role`: for a client built to check one key
/// (set up as the secondary, say) that sends it as its only, primary, key.
pub struct CountAs {
    pub role: KeyRole,
    pub counter: Arc<dyn CallCounter>,
}

impl CallCounter for CountAs {
    fn count(&self, call: &KeyCall) {
        self.counter.count(&KeyCall {
            role: self.role,
            ..call.clone()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_is_short_stable_and_not_the_key() {
        let key = "0123456789abcdef0123456789abcdef";
        let print = KeyFingerprint::of(key);
        assert_eq!(print, KeyFingerprint::of(&format!(" {key}\n")));
        assert_ne!(
            print,
            KeyFingerprint::of("0123456789abcdef0123456789abcdee")
        );
        assert_eq!(print.as_str().len(), 16);
        assert!(!key.contains(print.as_str()) && !print.as_str().contains(&key[..8]));
    }
}
