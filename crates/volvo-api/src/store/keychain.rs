//! Secrets in the operating system's keychain: Secret Service on Linux, the macOS Keychain,
//! Windows Credential Manager.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

#[cfg(not(target_os = "linux"))]
use keyring::credential::CredentialPersistence;
#[cfg(not(target_os = "linux"))]
use keyring::Entry;

use super::chunked::{self, RawEntries};
use super::refresh_lock::RefreshLock;
use super::renewal_record::RenewalRecord;
use super::secrets::{SecretName, SecretStore};
use crate::Error;

/// The probe's entry name begins with this; the rest is unique to one probe, because processes
/// starting together (the app, the CLI, scripts) must not read or delete each other's probe.
const PROBE_KEY: &str = "keychain-probe";

/// The OS keychain. Obtain one with [`KeychainStore::open`], which checks the keychain really
/// works; or use [`open_secret_store`](super::open_secret_store), which falls back to a
/// session-only store.
#[derive(Debug)]
pub struct KeychainStore {
    profile: String,
}

impl KeychainStore {
    /// Opens the keychain and proves it can keep a secret: a probe entry of this call's own is
    /// written, read back through a separate handle, and deleted. Any failure is
    /// [`Error::KeychainUnavailable`]; that includes a build whose keyring crate has no native
    /// backend, which would otherwise accept everything and keep nothing.
    ///
    /// `profile` namespaces the entries (tests, several accounts); `""` is the normal one.
    pub fn open(profile: &str) -> Result<Self, Error> {
        let unavailable = |detail: String| Error::KeychainUnavailable { detail };
        #[cfg(not(target_os = "linux"))]
        if !matches!(
            keyring::default::default_credential_builder().persistence(),
            CredentialPersistence::UntilDelete
        ) {
            return Err(unavailable(
                "this build of Beacon has no keychain support for this system".into(),
            ));
        }
        let store = KeychainStore {
            profile: profile.to_owned(),
        };
        let nonce = probe_value();
        let user = store.user_for(&format!("{PROBE_KEY}-{nonce}"));
        NATIVE.write(&user, &nonce).map_err(unavailable)?;
        let read_back = NATIVE.read(&user);
        // Clean up whatever the read-back said; the probe must not linger.
        let removed = NATIVE.remove(&user);
        match read_back.map_err(unavailable)? {
            Some(value) if value == nonce => {}
            _ => {
                return Err(unavailable(
                    "the keychain accepted a test entry but did not keep it".into(),
                ))
            }
        }
        removed.map_err(unavailable)?;
        Ok(store)
    }

    /// The keychain account name of `name`'s entry (the header, for a value kept in parts).
    /// Public so tests and support can find Beacon's entries, e.g. in Seahorse.
    pub fn entry_user(&self, name: SecretName) -> String {
        self.user_for(name.key())
    }

    /// The account name of part `index` of generation `generation` (0 or 1) of a value too
    /// large for one entry.
    pub fn part_user(&self, name: SecretName, generation: u8, index: usize) -> String {
        chunked::part_user(&self.entry_user(name), generation, index)
    }

    fn user_for(&self, key: &str) -> String {
        if self.profile.is_empty() {
            key.to_owned()
        } else {
            format!("{}/{key}", self.profile)
        }
    }
}

impl SecretStore for KeychainStore {
    fn get(&self, name: SecretName) -> Result<Option<String>, Error> {
        chunked::read(NATIVE, &self.entry_user(name))
            .map_err(|d| failed(format!("could not read the {}", name.label()), d))
    }

    fn set(&self, name: SecretName, value: &str) -> Result<(), Error> {
        chunked::write(NATIVE, &self.entry_user(name), value)
            .map_err(|d| failed(format!("could not save the {}", name.label()), d))
    }

    fn delete(&self, name: SecretName) -> Result<(), Error> {
        chunked::remove(NATIVE, &self.entry_user(name))
            .map_err(|d| failed(format!("could not delete the {}", name.label()), d))
    }

    fn backend(&self) -> &'static str {
        if cfg!(target_os = "macos") {
            "macOS Keychain"
        } else if cfg!(windows) {
            "Windows Credential Manager"
        } else {
            "Secret Service"
        }
    }

    fn persistent(&self) -> bool {
        true
    }

    fn refresh_lock(&self) -> Option<RefreshLock> {
        Some(RefreshLock::for_profile(&self.profile))
    }

    fn renewal_record(&self) -> RenewalRecord {
        RenewalRecord::for_profile(&self.profile)
    }
}

fn failed(what: String, detail: String) -> Error {
    Error::Keychain {
        detail: format!("{what}: {detail}"),
    }
}

#[cfg(target_os = "linux")]
const NATIVE: &super::secret_service::SecretServiceEntries =
    &super::secret_service::SecretServiceEntries;
#[cfg(not(target_os = "linux"))]
const NATIVE: &Native = &Native;

/// Entries of the platform's default keychain, one `keyring::Entry` per call so that nothing
/// cached in a handle can hide what the keychain really holds.
#[cfg(not(target_os = "linux"))]
struct Native;

#[cfg(not(target_os = "linux"))]
impl Native {
    fn entry(user: &str) -> Result<Entry, String> {
        Entry::new(super::secrets::KEYCHAIN_SERVICE, user).map_err(describe)
    }
}

#[cfg(not(target_os = "linux"))]
impl RawEntries for Native {
    fn read(&self, user: &str) -> Result<Option<String>, String> {
        match Native::entry(user)?.get_password() {
            Ok(value) => Ok(Some(value)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(describe(e)),
        }
    }

    fn write(&self, user: &str, value: &str) -> Result<(), String> {
        Native::entry(user)?.set_password(value).map_err(describe)
    }

    fn remove(&self, user: &str) -> Result<bool, String> {
        match Native::entry(user)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(describe(e)),
        }
    }
}

#[cfg(not(target_os = "linux"))]
/// Plain words for a keyring error. Never the secret: `BadEncoding` carries the stored bytes,
/// and `Ambiguous` the matching credentials, so neither is formatted.
fn describe(error: keyring::Error) -> String {
    match error {
        keyring::Error::NoStorageAccess(e) => {
            format!("the keychain is locked or Beacon may not use it: {e}")
        }
        keyring::Error::PlatformFailure(e) => format!("the keychain reported a failure: {e}"),
        keyring::Error::NoEntry => "the entry is not there".into(),
        keyring::Error::BadEncoding(_) => "an entry holds something that is not text".into(),
        keyring::Error::TooLong(what, limit) => {
            format!("the {what} is longer than the keychain allows ({limit})")
        }
        keyring::Error::Invalid(what, why) => format!("the {what} is not valid here: {why}"),
        keyring::Error::Ambiguous(matches) => format!(
            "{} keychain entries match where one was expected; remove the extra ones",
            matches.len()
        ),
        other => format!("the keychain failed: {other}"),
    }
}

fn probe_value() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    static PROBES: AtomicU64 = AtomicU64::new(0);
    let n = PROBES.fetch_add(1, Ordering::Relaxed);
    format!("{}-{nanos}-{n}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_namespace_the_entries() {
        let normal = KeychainStore {
            profile: String::new(),
        };
        let test = KeychainStore {
            profile: "test-1".into(),
        };
        assert_eq!(normal.entry_user(SecretName::ApiKey), "api-key");
        assert_eq!(test.entry_user(SecretName::ApiKey), "test-1/api-key");
        assert_eq!(
            test.part_user(SecretName::RefreshToken, 1, 3),
            "test-1/refresh-token.part-1-3"
        );
    }

    #[cfg(not(target_os = "linux"))]
    #[test]
    fn errors_never_show_stored_bytes() {
        let text = describe(keyring::Error::BadEncoding(b"hunter2".to_vec()));
        assert!(!text.contains("hunter2"), "{text}");
    }
}
