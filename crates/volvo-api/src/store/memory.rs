//! Secrets held in process memory: for tests, and for the session-only mode used when no
//! keychain can be reached (Beacon never falls back to a plain file).

use std::collections::HashMap;
use std::sync::Mutex;

use beacon_i18n::{t, Lang};

use super::renewal_record::RenewalRecord;
use super::secrets::{SecretName, SecretStore};
use crate::Error;

/// The names [`MemoryStore`] goes by; every keychain of an OS goes by its own name.
const SESSION_ONLY: &str = "memory (this session only)";
const MEMORY: &str = "memory";

/// A store's name ([`SecretStore::backend`]) for people, in `lang`: the OS keychains' own
/// names as they are, the in-memory stores in words.
pub fn backend_name(backend: &str, lang: Lang) -> String {
    match backend {
        SESSION_ONLY => t!(lang, "keychain-session-only"),
        MEMORY => t!(lang, "keychain-memory"),
        other => other.to_owned(),
    }
}

/// A [`SecretStore`] that forgets everything when the process ends.
#[derive(Debug, Default)]
pub struct MemoryStore {
    values: Mutex<HashMap<SecretName, String>>,
    session_only: bool,
    /// Shared by every token manager over this store, like the keychain's file.
    renewals: RenewalRecord,
}

impl MemoryStore {
    /// For tests: a stand-in for the keychain, so values outlive the cores (the "processes")
    /// that share it, and it says it is persistent.
    pub fn new() -> Self {
        MemoryStore::default()
    }

    /// What the user gets when there is no keychain: signed in until Beacon quits.
    pub fn session_only() -> Self {
        MemoryStore {
            session_only: true,
            ..MemoryStore::default()
        }
    }

    fn values(&self) -> std::sync::MutexGuard<'_, HashMap<SecretName, String>> {
        // A panic elsewhere while holding the lock leaves the map itself consistent.
        self.values.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl SecretStore for MemoryStore {
    fn get(&self, name: SecretName) -> Result<Option<String>, Error> {
        Ok(self.values().get(&name).cloned())
    }

    fn set(&self, name: SecretName, value: &str) -> Result<(), Error> {
        self.values().insert(name, value.to_owned());
        Ok(())
    }

    fn delete(&self, name: SecretName) -> Result<(), Error> {
        self.values().remove(&name);
        Ok(())
    }

    fn backend(&self) -> &'static str {
        if self.session_only {
            SESSION_ONLY
        } else {
            MEMORY
        }
    }

    fn persistent(&self) -> bool {
        !self.session_only
    }

    fn renewal_record(&self) -> RenewalRecord {
        self.renewals.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_values_until_deleted() {
        let store = MemoryStore::new();
        assert_eq!(store.get(SecretName::ApiKey).unwrap(), None);
        store.set(SecretName::ApiKey, "k1").unwrap();
        store.set(SecretName::ClientSecret, "s1").unwrap();
        assert_eq!(
            store.get(SecretName::ApiKey).unwrap().as_deref(),
            Some("k1")
        );
        store.delete(SecretName::ApiKey).unwrap();
        store.delete(SecretName::ApiKey).unwrap();
        assert_eq!(store.get(SecretName::ApiKey).unwrap(), None);
        store.delete_all().unwrap();
        assert_eq!(store.get(SecretName::ClientSecret).unwrap(), None);
    }

    #[test]
    fn session_only_says_so() {
        let store = MemoryStore::session_only();
        assert_eq!(store.backend(), "memory (this session only)");
        assert_eq!(
            backend_name(store.backend(), Lang::De),
            "Arbeitsspeicher (nur für diese Sitzung)"
        );
        assert_eq!(backend_name("Secret Service", Lang::Sv), "Secret Service");
        assert!(!store.persistent());
    }
}
