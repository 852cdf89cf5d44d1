//! The keychain as the CLI uses it: opened at most once a run, and only by what needs it, and
//! every call made off the async threads (Secret Service may wait for the user to unlock it).

use std::sync::Arc;

use volvo_api::store::{open_secret_store, SecretName, SecretStore};

use crate::error::{CliError, KeychainProblem, Refused};
use volvo_api::sources::non_blank;

pub struct Keychain {
    store: Arc<dyn SecretStore>,
    /// Why the OS keychain could not be used; `store` then forgets everything when we exit.
    unavailable: Option<volvo_api::Error>,
}

impl Keychain {
    pub async fn open(profile: &str) -> Result<Keychain, CliError> {
        let profile = profile.to_owned();
        let (store, unavailable) = blocking(move || Ok(open_secret_store(&profile))).await?;
        Ok(Keychain { store, unavailable })
    }

    /// The store, even a session-only one: reading from it is harmless, it is merely empty.
    pub fn store(&self) -> Arc<dyn SecretStore> {
        Arc::clone(&self.store)
    }

    /// The store, if it keeps secrets past this process. A CLI run is one short process, so a
    /// session-only store is as good as none for anything meant to last.
    /// `refused`: what the subcommand will not do without one, for the message.
    pub fn lasting(&self, refused: Refused) -> Result<Arc<dyn SecretStore>, CliError> {
        match self.problem() {
            None => Ok(self.store()),
            Some(problem) => Err(CliError::NoKeychain { problem, refused }),
        }
    }

    /// Why nothing can be kept, when that is so; for hints in other messages.
    pub fn problem(&self) -> Option<KeychainProblem> {
        self.unavailable.clone().map(KeychainProblem::from)
    }

    pub fn backend(&self) -> &'static str {
        self.store.backend()
    }

    /// A stored secret, trimmed; a blank one counts as absent.
    pub async fn get(&self, name: SecretName) -> Result<Option<String>, CliError> {
        let store = self.store();
        let value = blocking(move || store.get(name)).await?;
        Ok(non_blank(value.as_deref()))
    }

    pub async fn set(&self, name: SecretName, value: String) -> Result<(), CliError> {
        let store = self.store();
        blocking(move || store.set(name, &value)).await
    }

    pub async fn delete_all(&self) -> Result<(), CliError> {
        let store = self.store();
        blocking(move || store.delete_all()).await
    }
}

/// Runs a blocking keychain call on tokio's blocking pool.
pub async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, volvo_api::Error> + Send + 'static,
) -> Result<T, CliError> {
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => Ok(result?),
        Err(e) => Err(CliError::KeychainCallStopped(e.to_string())),
    }
}
