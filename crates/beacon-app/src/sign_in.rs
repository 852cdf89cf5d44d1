//! The Volvo ID sign-in in progress: started by deep link, loopback or pasted address, and the
//! callback it waits for. Every callback, whichever way it arrives, goes through volvo-api's
//! validator (`VolvoId::complete_sign_in` checks the single-use state and PKCE) before the core
//! changes anything.

use std::future::Future;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use beacon_i18n::{t, Words};
use tokio::task::JoinHandle;
use volvo_api::auth::{
    LoopbackListener, VolvoId, VolvoIdConfig, DEEP_LINK_REDIRECT, DEFAULT_LOOPBACK_PORT,
};

use crate::input::Via;
use crate::prefs::AppSettings;
use crate::session::Credentials;
use crate::views::SignInStart;
use crate::AppError;

/// How long the loopback listener waits for the browser: Volvo ID's own state lifetime.
const LOOPBACK_WAIT: Duration = Duration::from_secs(10 * 60);

/// The Volvo ID sign-in in progress. One `VolvoId` is kept while the application stays the
/// same, so a callback for any sign-in started here finds its state and PKCE verifier.
#[derive(Default)]
pub(crate) struct SignIn {
    volvo_id: Mutex<Option<(VolvoIdConfig, VolvoId)>>,
    loopback: Mutex<Option<JoinHandle<()>>>,
}

impl SignIn {
    /// Starts a sign-in with `creds`' application; `settings` say where the browser comes back
    /// for the paste and loopback ways. For the loopback way, the listener waits in the
    /// background and hands the address the browser ended on to `on_loopback`.
    pub async fn begin<Done>(
        &self,
        via: Via,
        creds: &Credentials,
        settings: &AppSettings,
        on_loopback: impl FnOnce(Result<String, AppError>) -> Done + Send + 'static,
    ) -> Result<SignInStart, AppError>
    where
        Done: Future<Output = ()> + Send + 'static,
    {
        // Checked now rather than after the browser round trip, which would then be wasted.
        if creds.api_key.is_none() {
            return Err(AppError::NotConfigured(Words::new(|lang| {
                t!(lang, "setup-enter-api-key-first")
            })));
        }
        let volvo_id = self.volvo_id_for(creds.volvo_id_config()?)?;
        let request = match via {
            Via::DeepLink => volvo_id.start_sign_in(DEEP_LINK_REDIRECT)?,
            Via::Paste => {
                let uri = settings.paste_redirect_uri.clone().ok_or_else(|| {
                    AppError::NotConfigured(Words::new(|lang| t!(lang, "setup-no-paste-redirect")))
                })?;
                volvo_id.start_sign_in(&uri)?
            }
            Via::Loopback => {
                self.stop_loopback().await;
                let port = settings.loopback_port.unwrap_or(DEFAULT_LOOPBACK_PORT);
                let listener = LoopbackListener::bind(port).await?;
                let request = volvo_id.start_sign_in(&listener.redirect_uri())?;
                self.wait_on_loopback(listener, volvo_id, on_loopback);
                request
            }
        };
        tracing::info!(?via, "Volvo ID sign-in started");
        Ok(SignInStart {
            authorize_url: request.authorize_url,
            redirect_uri: request.redirect_uri,
        })
    }

    /// The Volvo ID that started the sign-in a callback answers (it checks the state).
    pub fn started(&self) -> Result<VolvoId, AppError> {
        self.lock_volvo_id()
            .as_ref()
            .map(|(_, v)| v.clone())
            // A callback nobody asked for (a stale link, another app's): the same refusal as
            // a wrong state, because that is what it is.
            .ok_or_else(|| {
                AppError::Api(volvo_api::Error::InvalidState {
                    reason: Words::new(|lang| t!(lang, "sign-in-not-started")),
                })
            })
    }

    /// Whether a `volvo-beacon://` URL answers a sign-in started here that still waits for
    /// it (its state is live).
    pub fn expects_deep_link(&self, url: &str) -> bool {
        let is_callback = url
            .get(..DEEP_LINK_REDIRECT.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(DEEP_LINK_REDIRECT));
        let Ok(url) = crate::input::callback_url(url) else {
            return false;
        };
        is_callback
            && self
                .lock_volvo_id()
                .as_ref()
                .is_some_and(|(_, volvo_id)| volvo_id.is_waiting_for(url))
    }

    /// Whether a sign-in started here can still come back: its state and PKCE verifier live
    /// only in this process, or the loopback listener is still waiting.
    pub fn is_pending(&self) -> bool {
        let listening = self
            .lock_loopback()
            .as_ref()
            .is_some_and(|task| !task.is_finished());
        listening
            || self
                .lock_volvo_id()
                .as_ref()
                .is_some_and(|(_, volvo_id)| volvo_id.has_pending_sign_in())
    }

    /// Signing out: no sign-in started before may still come back.
    pub async fn forget(&self) {
        self.stop_loopback().await;
        *self.lock_volvo_id() = None;
    }

    fn volvo_id_for(&self, config: VolvoIdConfig) -> Result<VolvoId, AppError> {
        let mut current = self.lock_volvo_id();
        if let Some((known, volvo_id)) = current.as_ref() {
            if *known == config {
                return Ok(volvo_id.clone());
            }
        }
        let volvo_id = VolvoId::new(config.clone())?;
        *current = Some((config, volvo_id.clone()));
        Ok(volvo_id)
    }

    fn wait_on_loopback<Done>(
        &self,
        listener: LoopbackListener,
        volvo_id: VolvoId,
        on_answer: impl FnOnce(Result<String, AppError>) -> Done + Send + 'static,
    ) where
        Done: Future<Output = ()> + Send + 'static,
    {
        let task = tokio::spawn(async move {
            let answer = listener
                .wait(LOOPBACK_WAIT, |url| {
                    volvo_id.check_callback(url).map(|_| ())
                })
                .await;
            on_answer(answer.map_err(AppError::from)).await;
        });
        *self.lock_loopback() = Some(task);
    }

    /// Frees the loopback port of an earlier sign-in so a new one can listen on it.
    async fn stop_loopback(&self) {
        let task = self.lock_loopback().take();
        if let Some(task) = task {
            task.abort();
            let _ = task.await;
        }
    }

    fn lock_volvo_id(&self) -> MutexGuard<'_, Option<(VolvoIdConfig, VolvoId)>> {
        self.volvo_id.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn lock_loopback(&self) -> MutexGuard<'_, Option<JoinHandle<()>>> {
        self.loopback.lock().unwrap_or_else(|p| p.into_inner())
    }
}
