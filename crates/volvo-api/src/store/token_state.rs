//! The token manager's shared state: what is cached, which sign-in session is current, and
//! the outcome of the last refresh for callers who waited on it.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use beacon_i18n::{t, Words};
use tokio::sync::watch;

use super::refresh_lock::RefreshLock;
use super::renewal_record::RenewalRecord;
use super::secrets::{SecretName, SecretStore};
use crate::auth::{RefreshToken, RefreshTokens};
use crate::token::AccessToken;
use crate::Error;

pub(super) type Clock = Arc<dyn Fn() -> Instant + Send + Sync>;

/// Sign-in state changes, for the desktop app to follow with
/// [`TokenManager::subscribe`](super::TokenManager::subscribe).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthState {
    /// Nothing has looked at the keychain yet
    /// ([`TokenManager::has_refresh_token`](super::TokenManager::has_refresh_token) does).
    Unknown,
    SignedIn,
    /// `reason` is Volvo ID's, when it ended the sign-in; `None` after a sign-out by the user
    /// or when there never was a sign-in.
    SignedOut {
        reason: Option<String>,
    },
}

/// Volvo's tokens live about 5 minutes; assumed only when an answer leaves out `expires_in`.
const ASSUMED_LIFETIME: Duration = Duration::from_secs(299);
/// A bogus `expires_in` must not overflow the clock or keep a token forever.
const LONGEST_LIFETIME: Duration = Duration::from_secs(24 * 3600);

pub(super) fn not_signed_in_yet() -> Error {
    Error::NotSignedIn {
        reason: Words::new(|lang| t!(lang, "not-signed-in")),
    }
}

/// Everything a refresh running on its own task needs (it outlives a cancelled caller).
pub(super) struct Inner {
    pub refresher: Arc<dyn RefreshTokens>,
    pub store: Arc<dyn SecretStore>,
    /// Taken by a refresh, so that processes sharing the store renew one after another.
    pub refresh_lock: Option<RefreshLock>,
    /// When the stored refresh token was issued; no secret.
    pub renewals: RenewalRecord,
    /// How long Volvo ID keeps an unused sign-in, to explain one that ended that way.
    pub idle_limit: Duration,
    pub state: Mutex<State>,
    /// Held from "is this session still current?" through the keychain write that follows, so
    /// a refresh finishing late cannot overwrite the refresh token of a newer sign-in.
    pub store_writes: Mutex<()>,
    /// Held for a whole refresh: one token request at a time, however many callers.
    pub turn: Arc<tokio::sync::Mutex<()>>,
    pub events: watch::Sender<AuthState>,
}

impl Inner {
    pub fn state(&self) -> MutexGuard<'_, State> {
        // Every update of State is a few assignments that leave it consistent, so a panic
        // elsewhere while holding the lock does not make it unusable.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn writes(&self) -> MutexGuard<'_, ()> {
        self.store_writes.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn announce(&self, state: AuthState) {
        self.events.send_if_modified(|current| {
            let changed = *current != state;
            *current = state;
            changed
        });
    }

    pub fn announce_if_unknown(&self, state: AuthState) {
        self.events.send_if_modified(|current| {
            let unknown = *current == AuthState::Unknown;
            if unknown {
                *current = state;
            }
            unknown
        });
    }

    pub async fn read_refresh_token(self: &Arc<Self>) -> Result<Option<RefreshToken>, Error> {
        let inner = Arc::clone(self);
        let stored = blocking(move || inner.store.get(SecretName::RefreshToken)).await?;
        self.state().refresh_stored = Some(stored.is_some());
        Ok(stored.map(RefreshToken::new))
    }
}

/// Runs a keychain call off the async threads: it may block for long (Secret Service can
/// wait for the user to type the keyring password).
pub(super) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|e| {
        Err(Error::Keychain {
            detail: format!("the keychain call stopped unexpectedly ({e})"),
        })
    })
}

#[derive(Default)]
pub(super) struct State {
    pub access: Option<Cached>,
    /// A rotated refresh token the keychain refused. Newer than the stored one, so it is
    /// used first; the next successful save clears it.
    pub unsaved_refresh: Option<RefreshToken>,
    /// Why Volvo ended the sign-in; set only by `invalid_grant`.
    pub signed_out: Option<String>,
    /// Replaced by another sign-in's manager: never reads or writes the store again.
    pub retired: bool,
    /// Whether the store held a refresh token when last asked (`None`: not asked yet).
    pub refresh_stored: Option<bool>,
    /// Bumped by sign-in, sign-out and `invalid_grant`: a refresh that began in an older
    /// session must not touch the new one.
    pub session: u64,
    /// Finished refresh attempts. A caller that saw a different count before queueing for
    /// its turn shares the last outcome instead of sending another request.
    pub attempts: u64,
    last_outcome: Option<(u64, Outcome)>,
}

enum Outcome {
    Fresh,
    NoRefreshToken,
    Failed(Error),
}

impl State {
    pub fn usable(&self, now: Instant) -> Option<AccessToken> {
        self.access
            .as_ref()
            .filter(|a| now < a.refresh_after)
            .map(|a| a.token.clone())
    }

    /// What a caller who queued after seeing `seen` attempts gets without a new request, if
    /// anything: the failure it waited on, a token someone else fetched, or "signed out".
    pub fn outcome_since(
        &self,
        seen: u64,
        now: Instant,
    ) -> Option<Result<Option<AccessToken>, Error>> {
        let shared = self
            .last_outcome
            .as_ref()
            .filter(|(session, _)| self.attempts != seen && *session == self.session)
            .map(|(_, outcome)| outcome);
        if let Some(Outcome::Failed(e)) = shared {
            return Some(Err(e.clone()));
        }
        if let Some(reason) = &self.signed_out {
            return Some(Err(not_signed_in(reason)));
        }
        if let Some(token) = self.usable(now) {
            return Some(Ok(Some(token)));
        }
        match shared {
            Some(Outcome::NoRefreshToken) => Some(Ok(None)),
            _ => None,
        }
    }

    pub fn record(&mut self, result: &Result<Option<AccessToken>, Error>) {
        self.attempts += 1;
        let outcome = match result {
            Ok(Some(_)) => Outcome::Fresh,
            Ok(None) => Outcome::NoRefreshToken,
            Err(e) => Outcome::Failed(e.clone()),
        };
        self.last_outcome = Some((self.session, outcome));
    }

    /// After a refresh found its session replaced: whatever the new session has.
    pub fn current(&self, now: Instant) -> Result<Option<AccessToken>, Error> {
        match &self.signed_out {
            Some(reason) => Err(not_signed_in(reason)),
            None => Ok(self.usable(now)),
        }
    }
}

/// What a retired manager answers: the sign-in it served has been replaced or ended.
pub(super) fn retired() -> Error {
    Error::NotSignedIn {
        reason: Words::new(|lang| t!(lang, "sign-in-replaced")),
    }
}

pub(super) fn not_signed_in(reason: &str) -> Error {
    let ended = Error::SignedOut {
        reason: reason.to_owned(),
    };
    Error::NotSignedIn {
        reason: Words::new(move |lang| ended.message(lang)),
    }
}

pub(super) struct Cached {
    pub token: AccessToken,
    /// From here on the token is renewed before use.
    refresh_after: Instant,
    pub expires_at: Instant,
    pub expires_at_wall: SystemTime,
}

impl Cached {
    /// `issued` is taken before the token request went out, so network time counts against
    /// the token's life rather than extending it.
    pub fn new(
        token: AccessToken,
        expires_in: Option<Duration>,
        issued: Instant,
        now: Instant,
        margin: Duration,
    ) -> Cached {
        let lifetime = expires_in.unwrap_or(ASSUMED_LIFETIME).min(LONGEST_LIFETIME);
        // A token shorter-lived than twice the margin would otherwise be renewed on every use.
        let margin = margin.min(lifetime / 2);
        let expires_at = issued + lifetime;
        Cached {
            token,
            refresh_after: expires_at - margin,
            expires_at,
            expires_at_wall: SystemTime::now() + expires_at.saturating_duration_since(now),
        }
    }
}
