//! The secrets Beacon keeps, and the interface every place that can hold them implements.

use super::refresh_lock::RefreshLock;
use super::renewal_record::RenewalRecord;
use crate::Error;

/// Every entry Beacon writes is filed under this service name.
pub const KEYCHAIN_SERVICE: &str = "volvo-beacon";

/// One secret Beacon stores. The set is closed on purpose: anything not listed here is not a
/// secret and belongs in [`Settings`](super::Settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecretName {
    /// The Volvo ID refresh token of the signed-in user.
    RefreshToken,
    /// The client secret of the user's own Volvo developer application.
    ClientSecret,
    /// The primary VCC API key.
    ApiKey,
    /// The secondary VCC API key, used when the primary key's daily quota is spent.
    SecondaryApiKey,
}

impl SecretName {
    pub const ALL: [SecretName; 4] = [
        SecretName::RefreshToken,
        SecretName::ClientSecret,
        SecretName::ApiKey,
        SecretName::SecondaryApiKey,
    ];

    /// The name the secret is filed under in the keychain. Never change one: users' stored
    /// secrets would silently disappear.
    pub fn key(self) -> &'static str {
        match self {
            SecretName::RefreshToken => "refresh-token",
            SecretName::ClientSecret => "client-secret",
            SecretName::ApiKey => "api-key",
            SecretName::SecondaryApiKey => "secondary-api-key",
        }
    }

    /// Plain words for messages ("could not save the refresh token").
    pub fn label(self) -> &'static str {
        match self {
            SecretName::RefreshToken => "Volvo ID refresh token",
            SecretName::ClientSecret => "client secret",
            SecretName::ApiKey => "VCC API key",
            SecretName::SecondaryApiKey => "secondary VCC API key",
        }
    }
}

/// Somewhere secrets can be kept. Implementations block (a keychain may even wait for the user
/// to unlock it), so async code should call them from `spawn_blocking`.
pub trait SecretStore: Send + Sync {
    /// `Ok(None)` when the secret was never stored or has been deleted.
    fn get(&self, name: SecretName) -> Result<Option<String>, Error>;
    fn set(&self, name: SecretName, value: &str) -> Result<(), Error>;
    /// Deleting a secret that is not there is not an error.
    fn delete(&self, name: SecretName) -> Result<(), Error>;
    /// Deletes every [`SecretName`] (sign-out, "forget me"), each one tried even when another
    /// fails, so one stuck entry cannot keep the rest; the error names what is still stored.
    /// With the refresh token gone, the time of its last renewal goes too.
    fn delete_all(&self) -> Result<(), Error> {
        let mut failed = Vec::new();
        for name in SecretName::ALL {
            match self.delete(name) {
                Ok(()) if name == SecretName::RefreshToken => self.renewal_record().forget(),
                Ok(()) => {}
                Err(error) => failed.push(format!("the {} ({error})", name.label())),
            }
        }
        if failed.is_empty() {
            return Ok(());
        }
        Err(Error::Keychain {
            detail: format!(
                "could not remove {}; everything else was removed",
                failed.join(", ")
            ),
        })
    }
    /// Where the secrets live, for the user to read: "Secret Service", "macOS Keychain",
    /// "Windows Credential Manager" or "memory (this session only)".
    fn backend(&self) -> &'static str;
    /// False when secrets vanish with the process, so the UI can say so.
    fn persistent(&self) -> bool;
    /// The lock other processes take to renew the refresh token kept here: `Some` for a store
    /// that several processes share (the OS keychain), `None` for one only this process sees.
    fn refresh_lock(&self) -> Option<RefreshLock> {
        None
    }
    /// Where the time of the last renewal of the refresh token kept here is recorded: a file
    /// for a store that several processes share, this process's memory otherwise.
    fn renewal_record(&self) -> RenewalRecord {
        RenewalRecord::in_memory()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;
    use std::collections::HashSet;

    /// A keychain that refuses to delete one entry (locked item, access denied).
    struct Stuck {
        inner: MemoryStore,
        stuck: SecretName,
    }

    impl SecretStore for Stuck {
        fn get(&self, name: SecretName) -> Result<Option<String>, Error> {
            self.inner.get(name)
        }
        fn set(&self, name: SecretName, value: &str) -> Result<(), Error> {
            self.inner.set(name, value)
        }
        fn delete(&self, name: SecretName) -> Result<(), Error> {
            if name == self.stuck {
                return Err(Error::Keychain {
                    detail: "access denied".into(),
                });
            }
            self.inner.delete(name)
        }
        fn backend(&self) -> &'static str {
            "test"
        }
        fn persistent(&self) -> bool {
            true
        }
    }

    #[test]
    fn one_entry_that_cannot_be_deleted_keeps_none_of_the_others() {
        let store = Stuck {
            inner: MemoryStore::new(),
            stuck: SecretName::ClientSecret,
        };
        for name in SecretName::ALL {
            store.set(name, "value").unwrap();
        }
        let error = store.delete_all().unwrap_err().to_string();
        assert!(
            error.contains("client secret") && error.contains("access denied"),
            "{error}"
        );
        assert!(!error.contains("refresh token"), "{error}");
        for name in SecretName::ALL {
            let left = store.get(name).unwrap();
            assert_eq!(left.is_some(), name == SecretName::ClientSecret, "{name:?}");
        }
    }

    #[test]
    fn keys_are_distinct_and_stable() {
        let keys: HashSet<_> = SecretName::ALL.iter().map(|n| n.key()).collect();
        assert_eq!(keys.len(), SecretName::ALL.len());
        assert_eq!(SecretName::RefreshToken.key(), "refresh-token");
        assert_eq!(SecretName::SecondaryApiKey.key(), "secondary-api-key");
    }
}
