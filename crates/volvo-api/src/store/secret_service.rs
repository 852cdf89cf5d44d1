//! Linux: the Secret Service over one long-lived D-Bus connection per process.
//!
//! The keyring crate opens a new connection for every call, and a chunked value costs several
//! calls. gnome-keyring 42 crashes under that churn (an assertion on a vanished client in
//! `gkd_secret_service_get_pkcs11_session`), and the daemon D-Bus restarts comes back locked:
//! from then on every read fails. Reusing one connection keeps the daemon's view of its
//! clients stable. A broken connection (daemon restarted, bus gone) is replaced once per call;
//! every operation here is idempotent, so repeating it after a reconnect is safe.

use std::collections::HashMap;
use std::sync::Mutex;

use dbus_secret_service::{EncryptionType, Error as SsError, SecretService};

use super::chunked::RawEntries;
use super::secrets::KEYCHAIN_SERVICE;

static CONNECTION: Mutex<Option<SecretService>> = Mutex::new(None);

/// Entries are found by these attributes, the same ones keyring uses, so tools such as
/// `secret-tool search service volvo-beacon` and Seahorse show them.
fn attributes(user: &str) -> HashMap<&str, &str> {
    HashMap::from([
        ("service", KEYCHAIN_SERVICE),
        ("username", user),
        ("target", "default"),
        ("application", "volvo-beacon"),
    ])
}

pub(super) struct SecretServiceEntries;

impl SecretServiceEntries {
    fn with<T>(op: impl Fn(&SecretService) -> Result<T, SsError>) -> Result<T, String> {
        let mut connection = CONNECTION.lock().unwrap_or_else(|p| p.into_inner());
        let mut reconnected = false;
        loop {
            if connection.is_none() {
                *connection = Some(SecretService::connect(EncryptionType::Dh).map_err(describe)?);
                reconnected = true;
            }
            let service = connection.as_ref().expect("connected above");
            match op(service) {
                Ok(value) => return Ok(value),
                Err(SsError::Dbus(_)) if !reconnected => *connection = None,
                Err(e) => return Err(describe(e)),
            }
        }
    }
}

impl RawEntries for SecretServiceEntries {
    fn read(&self, user: &str) -> Result<Option<String>, String> {
        let secret = Self::with(|ss| {
            let collection = ss.get_default_collection()?;
            collection.ensure_unlocked()?;
            match collection.search_items(attributes(user))?.first() {
                Some(item) => item.get_secret().map(Some),
                None => Ok(None),
            }
        })?;
        secret
            .map(|bytes| {
                String::from_utf8(bytes)
                    .map_err(|_| "an entry holds something that is not text".into())
            })
            .transpose()
    }

    fn write(&self, user: &str, value: &str) -> Result<(), String> {
        Self::with(|ss| {
            let collection = ss.get_default_collection()?;
            collection.ensure_unlocked()?;
            collection.create_item(
                &format!("Volvo Beacon: {user}"),
                attributes(user),
                value.as_bytes(),
                true,
                "text/plain",
            )?;
            Ok(())
        })
    }

    fn remove(&self, user: &str) -> Result<bool, String> {
        Self::with(|ss| {
            let collection = ss.get_default_collection()?;
            collection.ensure_unlocked()?;
            let items = collection.search_items(attributes(user))?;
            for item in &items {
                item.delete()?;
            }
            Ok(!items.is_empty())
        })
    }
}

/// Plain words, never the secret (no variant here carries one).
fn describe(error: SsError) -> String {
    match error {
        SsError::Unavailable => {
            "no Secret Service is running (no D-Bus session, or no keyring daemon)".into()
        }
        SsError::Locked => "the keychain is locked".into(),
        SsError::Prompt => "the keychain's unlock prompt was dismissed".into(),
        SsError::NoResult => "the keychain has no default collection (no login keyring)".into(),
        SsError::Dbus(e) => format!(
            "the Secret Service failed: {}",
            e.message().unwrap_or("no details")
        ),
        other => format!("the Secret Service failed: {other}"),
    }
}
