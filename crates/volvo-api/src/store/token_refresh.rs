//! One refresh: exchange the refresh token, save the rotated one, or end the session on
//! `invalid_grant`. Runs on its own task so that a caller giving up half-way cannot lose a
//! refresh token Volvo has already rotated.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::renewal_record::idle_explanation;
use super::secrets::SecretName;
use super::token_state::{blocking, retired, AuthState, Cached, Clock, Inner};
use crate::auth::{RefreshToken, TokenSet};
use crate::token::AccessToken;
use crate::Error;

pub(super) struct RefreshJob {
    pub inner: Arc<Inner>,
    pub margin: Duration,
    pub clock: Clock,
}

enum Saved {
    /// Volvo sent no new refresh token: the old one stays valid and stays where it is.
    KeptOld,
    Stored,
    Refused(RefreshToken, Error),
}

impl RefreshJob {
    /// `Ok(None)`: there is no refresh token to use.
    pub async fn run(&self) -> Result<Option<AccessToken>, Error> {
        // Held until this returns: the rotated token is saved before another process reads.
        let _turn = match self.inner.refresh_lock.clone() {
            Some(lock) => Some(blocking(move || lock.acquire()).await?),
            None => None,
        };
        let (session, unsaved) = {
            let state = self.inner.state();
            if state.retired {
                // Another sign-in owns the stored token now: not ours to spend.
                return Err(retired());
            }
            (state.session, state.unsaved_refresh.clone())
        };
        let from_memory = unsaved.is_some();
        let mut used = match unsaved {
            Some(token) => token,
            None => match self.inner.read_refresh_token().await? {
                Some(token) => token,
                None => return Ok(None),
            },
        };
        tracing::debug!("renewing the Volvo ID access token");
        let mut issued = (self.clock)();
        let mut answer = self.inner.refresher.refresh(&used).await;
        if matches!(answer, Err(Error::SignedOut { .. })) && !from_memory {
            // Another Beacon process (the CLI next to the app) may have rotated the token
            // after we read it; its new token is alive even though ours is not.
            if let Ok(Some(current)) = self.inner.read_refresh_token().await {
                if current != used {
                    tracing::info!("another Beacon process renewed the sign-in; using its token");
                    issued = (self.clock)();
                    answer = self.inner.refresher.refresh(&current).await;
                    used = current;
                }
            }
        }
        match answer {
            Ok(tokens) => self.accept(tokens, session, issued).await,
            Err(Error::SignedOut { reason }) => {
                // Volvo ID's words say "expired"; when the sign-in sat unused past Volvo's
                // idle limit, say that, and what keeps it alive.
                let reason = self
                    .inner
                    .renewals
                    .last()
                    .and_then(|at| idle_explanation(at, SystemTime::now(), self.inner.idle_limit))
                    .unwrap_or(reason);
                // A token from memory was never stored: whatever is stored is older still.
                let refused = (!from_memory).then_some(used);
                self.end_session(session, &reason, refused).await;
                Err(Error::SignedOut { reason })
            }
            Err(error) => {
                tracing::warn!(%error, "renewing the access token failed; still signed in");
                Err(error)
            }
        }
    }

    async fn accept(
        &self,
        tokens: TokenSet,
        session: u64,
        issued: std::time::Instant,
    ) -> Result<Option<AccessToken>, Error> {
        let saved = match tokens.refresh_token {
            None => Saved::KeptOld,
            Some(rotated) => {
                let inner = Arc::clone(&self.inner);
                let value = rotated.clone();
                let write = blocking(move || {
                    let _writes = inner.writes();
                    if inner.state().session != session {
                        return Ok(false);
                    }
                    inner
                        .store
                        .set(SecretName::RefreshToken, value.secret())
                        .map(|()| true)
                });
                match write.await {
                    Ok(true) => Saved::Stored,
                    Ok(false) => return self.inner.state().current((self.clock)()),
                    Err(error) => Saved::Refused(rotated, error),
                }
            }
        };
        let now = (self.clock)();
        let mut state = self.inner.state();
        if state.session != session {
            return state.current(now);
        }
        let token = tokens.access_token;
        state.access = Some(Cached::new(
            token.clone(),
            tokens.expires_in,
            issued,
            now,
            self.margin,
        ));
        state.signed_out = None;
        let result = match saved {
            Saved::KeptOld => Ok(Some(token)),
            Saved::Stored => {
                state.unsaved_refresh = None;
                state.refresh_stored = Some(true);
                Ok(Some(token))
            }
            Saved::Refused(rotated, error) => {
                tracing::warn!(
                    %error,
                    "the renewed refresh token could not be saved; this session may need a new sign-in after Beacon quits"
                );
                state.unsaved_refresh = Some(rotated);
                Err(Error::Keychain {
                    detail: format!(
                        "the renewed Volvo ID sign-in could not be saved ({}). Beacon stays signed in until it quits; after that you may need to sign in again",
                        keychain_detail(&error)
                    ),
                })
            }
        };
        drop(state);
        if result.is_ok() {
            // The stored token (new, or the old one Volvo kept) was used just now.
            self.inner.renewals.note(SystemTime::now());
        }
        self.inner.announce(AuthState::SignedIn);
        result
    }

    /// Forgets the sign-in Volvo ID ended. The stored token is deleted only while it is still
    /// `refused` (when given): another process may have stored a newer one meanwhile (a fresh
    /// sign-in from the CLI), which is alive and stays.
    async fn end_session(&self, session: u64, reason: &str, refused: Option<RefreshToken>) {
        let inner = Arc::clone(&self.inner);
        let deleted = blocking(move || {
            let _writes = inner.writes();
            if inner.state().session != session {
                return Ok(false);
            }
            if let Some(refused) = refused {
                let stored = inner.store.get(SecretName::RefreshToken)?;
                if stored.is_some_and(|stored| stored != refused.secret()) {
                    tracing::info!("Volvo ID refused a token another Beacon process has replaced");
                    return Ok(false);
                }
            }
            inner.store.delete(SecretName::RefreshToken).map(|()| true)
        })
        .await;
        if let Err(error) = &deleted {
            tracing::warn!(%error, "could not delete the refresh token Volvo ID refused");
        }
        let mut state = self.inner.state();
        if matches!(deleted, Ok(false)) || state.session != session {
            return;
        }
        tracing::info!(reason, "Volvo ID ended the sign-in");
        state.session += 1;
        state.access = None;
        state.unsaved_refresh = None;
        state.signed_out = Some(reason.to_owned());
        state.refresh_stored = deleted.ok().map(|_| false);
        drop(state);
        self.inner.announce(AuthState::SignedOut {
            reason: Some(reason.to_owned()),
        });
    }
}

fn keychain_detail(error: &Error) -> String {
    match error {
        Error::Keychain { detail } | Error::KeychainUnavailable { detail } => detail.clone(),
        other => other.to_string(),
    }
}
