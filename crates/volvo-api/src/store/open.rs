//! Choosing where secrets go when Beacon starts.

use std::sync::Arc;

use super::keychain::KeychainStore;
use super::memory::MemoryStore;
use super::secrets::SecretStore;
use crate::Error;

/// The OS keychain when it works; otherwise a store that lasts for this session only, plus the
/// [`Error::KeychainUnavailable`] to show the user. There is deliberately no plain-file
/// fallback: a refresh token on disk is a standing login anyone who copies the file can use.
pub fn open_secret_store(profile: &str) -> (Arc<dyn SecretStore>, Option<Error>) {
    match KeychainStore::open(profile) {
        Ok(store) => (Arc::new(store), None),
        Err(error) => {
            tracing::warn!(%error, "no usable keychain; secrets are kept for this session only");
            (Arc::new(MemoryStore::session_only()), Some(error))
        }
    }
}
