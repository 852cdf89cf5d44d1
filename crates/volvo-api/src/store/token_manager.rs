//! Access tokens for the client, renewed from the stored refresh token.
//!
//! Volvo ID access tokens live about 5 minutes and every refresh ROTATES the refresh token:
//! the old one dies the moment Volvo answers. Hence the rules here:
//! - the access token lives only in memory; the refresh token lives in the [`SecretStore`],
//!   read when needed, so a process started later picks up where this one left off;
//! - one refresh at a time, however many callers: the rest share its outcome; and one at a
//!   time across the processes that share the keychain (the app, the CLI, scripts), each
//!   starting from the token the one before it saved, so no dead token is ever sent;
//! - a rotated refresh token is saved before its access token is handed to anyone;
//! - only `invalid_grant` ([`Error::SignedOut`]) ends the sign-in. A network error or an
//!   outage never signs anyone out; the next call simply tries again.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use async_trait::async_trait;
use tokio::sync::watch;

use super::renewal_record::{RenewalRecord, RENEW_EVERY, VOLVO_ID_IDLE_LIMIT};
use super::secrets::{SecretName, SecretStore};
use super::token_refresh::RefreshJob;
use super::token_state::{
    blocking, not_signed_in, not_signed_in_yet, retired, AuthState, Cached, Clock, Inner, State,
};
use crate::auth::{RefreshTokens, TokenSet};
use crate::token::{AccessToken, TokenSource};
use crate::Error;

#[cfg(test)]
mod tests;

/// How long before expiry a token is renewed, so a request never leaves with a token that
/// dies on the way.
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(30);

/// A snapshot for the UI's account panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenStatus {
    pub signed_in: bool,
    pub access_token_expires_at: Option<SystemTime>,
    pub reason_signed_out: Option<String>,
    /// Where the refresh token is kept, from [`SecretStore::backend`].
    pub backend: &'static str,
}

/// The [`TokenSource`] for a Volvo ID sign-in. Right after the browser flow, create it and
/// call [`sign_in`](TokenManager::sign_in) with the tokens; on a later start, just create it:
/// it finds the refresh token in the store.
pub struct TokenManager {
    inner: Arc<Inner>,
    margin: Duration,
    renew_every: Duration,
    clock: Clock,
}

impl TokenManager {
    pub fn new(refresher: Arc<dyn RefreshTokens>, store: Arc<dyn SecretStore>) -> Self {
        TokenManager {
            inner: Arc::new(Inner {
                refresher,
                refresh_lock: store.refresh_lock(),
                renewals: store.renewal_record(),
                idle_limit: VOLVO_ID_IDLE_LIMIT,
                store,
                state: Mutex::new(State::default()),
                store_writes: Mutex::new(()),
                turn: Arc::new(tokio::sync::Mutex::new(())),
                events: watch::Sender::new(AuthState::Unknown),
            }),
            margin: DEFAULT_REFRESH_MARGIN,
            renew_every: RENEW_EVERY,
            clock: Arc::new(Instant::now),
        }
    }

    /// Renew an idle sign-in every `renew_every` instead of [`RENEW_EVERY`], and take Volvo
    /// ID's idle limit to be `idle_limit` (tests, with a simulator that ends tokens sooner).
    pub fn with_idle_timing(mut self, renew_every: Duration, idle_limit: Duration) -> Self {
        self.renew_every = renew_every;
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.idle_limit = idle_limit;
        }
        self
    }

    /// Keep the time of the last renewal in `record` instead of where the store says.
    pub fn with_renewal_record(mut self, record: RenewalRecord) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.renewals = record;
        }
        self
    }

    /// When the stored refresh token was issued (a sign-in or a renewal), if known.
    pub fn last_renewed(&self) -> Option<SystemTime> {
        self.inner.renewals.last()
    }

    /// Renews the sign-in if its refresh token is [`RENEW_EVERY`] old (or its age unknown),
    /// so that Volvo ID never sees it idle for a week: one token request per period. Whether
    /// it renewed. Reads the keychain.
    pub async fn renew_if_due(&self) -> Result<bool, Error> {
        let due = match self.last_renewed() {
            Some(at) => SystemTime::now()
                .duration_since(at)
                .is_ok_and(|age| age >= self.renew_every),
            None => true,
        };
        let seen = {
            let state = self.inner.state();
            if !due || state.signed_out.is_some() {
                return Ok(false);
            }
            state.attempts
        };
        let inner = Arc::clone(&self.inner);
        let stored = blocking(move || {
            if inner.state().unsaved_refresh.is_some() {
                return Ok(true);
            }
            Ok(inner.store.get(SecretName::RefreshToken)?.is_some())
        })
        .await?;
        if !stored {
            return Ok(false);
        }
        tracing::info!("renewing the sign-in so that Volvo ID does not end it for lack of use");
        self.refresh_turn(seen, true)
            .await
            .map(|token| token.is_some())
    }

    /// Renew tokens this long before they expire instead of [`DEFAULT_REFRESH_MARGIN`].
    pub fn with_refresh_margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    #[cfg(test)]
    fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// Starts a session with the tokens from a completed sign-in: the refresh token is saved
    /// first, then the access token is cached. A set without a refresh token (a pasted test
    /// token) deletes any stored one, so it cannot extend an earlier session.
    ///
    /// If the store refuses, the tokens are still used for as long as this process runs and
    /// the [`Error::Keychain`] says so. Blocks on the keychain.
    pub fn sign_in(&self, tokens: TokenSet) -> Result<(), Error> {
        let issued = self.now();
        let has_refresh = tokens.refresh_token.is_some();
        let saved = {
            let _writes = self.inner.writes();
            let saved = match &tokens.refresh_token {
                Some(token) => self
                    .inner
                    .store
                    .set(SecretName::RefreshToken, token.secret()),
                None => self.inner.store.delete(SecretName::RefreshToken),
            };
            let mut state = self.inner.state();
            state.session += 1;
            state.signed_out = None;
            state.access = Some(Cached::new(
                tokens.access_token,
                tokens.expires_in,
                issued,
                self.now(),
                self.margin,
            ));
            if saved.is_ok() {
                state.unsaved_refresh = None;
                state.refresh_stored = Some(tokens.refresh_token.is_some());
            } else {
                state.unsaved_refresh = tokens.refresh_token;
                state.refresh_stored = None;
            }
            saved
        };
        if saved.is_ok() {
            if has_refresh {
                self.inner.renewals.note(SystemTime::now());
            } else {
                self.inner.renewals.forget();
            }
        }
        self.inner.announce(AuthState::SignedIn);
        saved.map_err(|error| {
            tracing::warn!(%error, "signed in for this session only: the refresh token was not saved");
            error
        })
    }

    /// Forgets the access token and deletes the stored refresh token. Memory is cleared even
    /// when the keychain refuses the delete. Blocks on the keychain.
    pub fn sign_out(&self) -> Result<(), Error> {
        let deleted = {
            let _writes = self.inner.writes();
            {
                let mut state = self.inner.state();
                state.session += 1;
                state.access = None;
                state.unsaved_refresh = None;
                state.signed_out = None;
                state.refresh_stored = None;
            }
            let deleted = self.inner.store.delete(SecretName::RefreshToken);
            if deleted.is_ok() {
                self.inner.state().refresh_stored = Some(false);
                self.inner.renewals.forget();
            }
            deleted
        };
        self.inner.announce(AuthState::SignedOut { reason: None });
        deleted
    }

    /// Hands the store over to another sign-in's manager: from now on this one never reads or
    /// writes it and answers "not signed in". A renewal of this one under way cannot store
    /// anything after this returns (it waits for a store write already begun). Blocks briefly.
    pub fn retire(&self) {
        let _writes = self.inner.writes();
        let mut state = self.inner.state();
        state.retired = true;
        state.session += 1;
        state.access = None;
        state.unsaved_refresh = None;
    }

    /// May read the keychain once (then it remembers), so it can block.
    pub fn status(&self) -> TokenStatus {
        let now = self.now();
        let (reason, expires_at, refresh_known) = {
            let state = self.inner.state();
            let refresh_known = if state.unsaved_refresh.is_some() {
                Some(true)
            } else {
                state.refresh_stored
            };
            (
                state.signed_out.clone(),
                state
                    .access
                    .as_ref()
                    .filter(|a| now < a.expires_at)
                    .map(|a| a.expires_at_wall),
                refresh_known,
            )
        };
        let can_renew =
            || refresh_known.unwrap_or_else(|| self.has_refresh_token().unwrap_or(false));
        TokenStatus {
            signed_in: reason.is_none() && (expires_at.is_some() || can_renew()),
            access_token_expires_at: expires_at,
            reason_signed_out: reason,
            backend: self.inner.store.backend(),
        }
    }

    /// Whether there is a refresh token to renew with. Reads the keychain (blocks).
    pub fn has_refresh_token(&self) -> Result<bool, Error> {
        if self.inner.state().unsaved_refresh.is_some() {
            return Ok(true);
        }
        let present = self.inner.store.get(SecretName::RefreshToken)?.is_some();
        let signed_out = {
            let mut state = self.inner.state();
            state.refresh_stored = Some(present);
            state.signed_out.is_some()
        };
        if !signed_out {
            self.inner.announce_if_unknown(if present {
                AuthState::SignedIn
            } else {
                AuthState::SignedOut { reason: None }
            });
        }
        Ok(present)
    }

    /// Whether a renewal is under way: Volvo ID may already have rotated the refresh token
    /// and the new one not be in the keychain yet, so the process must not end now.
    pub fn is_renewing(&self) -> bool {
        self.inner.turn.try_lock().is_err()
    }

    /// Waits until no renewal is under way, at most `limit`; whether none is.
    pub async fn renewal_settled(&self, limit: Duration) -> bool {
        tokio::time::timeout(limit, self.inner.turn.lock())
            .await
            .is_ok()
    }

    pub fn subscribe(&self) -> watch::Receiver<AuthState> {
        self.inner.events.subscribe()
    }

    fn now(&self) -> Instant {
        (self.clock)()
    }

    /// Waits for the refresh turn; shares the outcome of a refresh that finished meanwhile
    /// (`seen` is the attempt count before waiting), or runs one.
    async fn refresh_once(&self, seen: u64) -> Result<Option<AccessToken>, Error> {
        self.refresh_turn(seen, false).await
    }

    /// `renew`: even while the access token is still good (the refresh token's age is what
    /// counts); only a refresh that finished while this one waited is shared.
    async fn refresh_turn(&self, seen: u64, renew: bool) -> Result<Option<AccessToken>, Error> {
        let turn = Arc::clone(&self.inner.turn).lock_owned().await;
        let shared = {
            let state = self.inner.state();
            if renew && state.attempts == seen {
                None
            } else {
                state.outcome_since(seen, self.now())
            }
        };
        if let Some(outcome) = shared {
            return outcome;
        }
        let job = RefreshJob {
            inner: Arc::clone(&self.inner),
            margin: self.margin,
            clock: Arc::clone(&self.clock),
        };
        let task = tokio::spawn(async move {
            let _turn = turn;
            let result = job.run().await;
            job.inner.state().record(&result);
            result
        });
        task.await.unwrap_or_else(|e| {
            Err(Error::Network {
                detail: format!("renewing the sign-in stopped unexpectedly ({e})"),
                command_may_have_run: false,
            })
        })
    }
}

#[async_trait]
impl TokenSource for TokenManager {
    async fn access_token(&self) -> Result<AccessToken, Error> {
        let seen = {
            let state = self.inner.state();
            if let Some(reason) = &state.signed_out {
                return Err(not_signed_in(reason));
            }
            if state.retired {
                return Err(retired());
            }
            if let Some(token) = state.usable(self.now()) {
                return Ok(token);
            }
            state.attempts
        };
        self.refresh_once(seen).await?.ok_or_else(not_signed_in_yet)
    }

    async fn token_rejected(&self, rejected: &AccessToken) -> Result<Option<AccessToken>, Error> {
        let seen = {
            let mut state = self.inner.state();
            if let Some(reason) = &state.signed_out {
                return Err(not_signed_in(reason));
            }
            if state.retired {
                return Err(retired());
            }
            if state.access.as_ref().is_some_and(|a| &a.token == rejected) {
                state.access = None;
            }
            // Another caller's 401 may already have brought a new token.
            if let Some(token) = state.usable(self.now()) {
                return Ok(Some(token));
            }
            state.attempts
        };
        self.refresh_once(seen).await
    }
}
