//! Getting into and out of an account: Volvo ID sign-in by deep link, loopback or pasted
//! address; a pasted test access token; sign-out; back to the demo. Every callback, whichever
//! way it arrives, goes through volvo-api's validator (`VolvoId::complete_sign_in` checks the
//! single-use state and PKCE) before anything changes.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::task::JoinHandle;
use volvo_api::auth::{
    LoopbackListener, RefreshToken, TestTokenSource, VolvoId, VolvoIdConfig, DEEP_LINK_REDIRECT,
    DEFAULT_LOOPBACK_PORT,
};
use volvo_api::sources::Given;
use volvo_api::store::{SecretName, SecretStore, Settings, TokenManager};
use volvo_api::{Client, TokenSource};

use crate::core::Core;
use crate::input::Via;
use crate::renewal::IdleRenewal;
use crate::session::{Auth, Credentials, Session};
use crate::views::{AppState, Mode, SignInStart};
use crate::AppError;

/// How long the loopback listener waits for the browser: Volvo ID's own state lifetime.
const LOOPBACK_WAIT: Duration = Duration::from_secs(10 * 60);

/// The sign-in in progress. One `VolvoId` is kept while the application stays the same, so a
/// callback for any sign-in started here finds its state and PKCE verifier.
#[derive(Default)]
pub(crate) struct SignInState {
    volvo_id: Mutex<Option<(VolvoIdConfig, VolvoId)>>,
    loopback: Mutex<Option<JoinHandle<()>>>,
}

/// The pieces of an account session, found at start-up.
pub(crate) struct Account {
    pub auth: Auth,
    pub tokens: Arc<dyn TokenSource>,
    pub client: Client,
}

/// The account the app should open with: `BEACON_ACCESS_TOKEN`, else a Volvo ID sign-in whose
/// refresh token is in the keychain; `None` = demo. The second value is a problem to show.
pub(crate) async fn stored_account(
    env: &Given,
    settings: &Settings,
    store: &Arc<dyn SecretStore>,
    idle_renewal: &IdleRenewal,
) -> (Option<Account>, Option<String>) {
    let creds = match Credentials::resolve(env, settings, store).await {
        Ok(creds) => creds,
        Err(e) => {
            return (
                None,
                Some(format!("Your stored settings could not be read: {e}")),
            )
        }
    };
    if let Some(token) = &env.access_token {
        let tokens: Arc<dyn TokenSource> = match TestTokenSource::new(token) {
            Ok(t) => Arc::new(t),
            Err(e) => {
                return (
                    None,
                    Some(format!("BEACON_ACCESS_TOKEN cannot be used: {e}")),
                )
            }
        };
        return match creds.client(Arc::clone(&tokens)) {
            Ok(client) => (
                Some(Account {
                    auth: Auth::AccessToken,
                    tokens,
                    client,
                }),
                None,
            ),
            Err(e) => (None, Some(format!("BEACON_ACCESS_TOKEN is set, but: {e}"))),
        };
    }
    let Ok(config) = creds.volvo_id_config() else {
        return (None, None);
    };
    let volvo_id = match VolvoId::new(config) {
        Ok(v) => v,
        Err(e) => return (None, Some(e.to_string())),
    };
    let manager =
        Arc::new(idle_renewal.apply(TokenManager::new(Arc::new(volvo_id), Arc::clone(store))));
    let probe = Arc::clone(&manager);
    match tokio::task::spawn_blocking(move || probe.has_refresh_token()).await {
        Ok(Ok(true)) => {}
        Ok(Ok(false)) => return (None, None),
        Ok(Err(e)) => return (None, Some(e.to_string())),
        Err(e) => return (None, Some(format!("Reading the keychain failed: {e}"))),
    }
    let tokens: Arc<dyn TokenSource> = manager.clone();
    match creds.client(Arc::clone(&tokens)) {
        Ok(client) => (
            Some(Account {
                auth: Auth::VolvoId(manager),
                tokens,
                client,
            }),
            None,
        ),
        Err(e) => (
            None,
            Some(format!("You are signed in with Volvo ID, but: {e}")),
        ),
    }
}

impl Core {
    pub(crate) async fn credentials(&self) -> Result<Credentials, AppError> {
        let settings = self.lock_settings().clone();
        Credentials::resolve(&self.env, &settings, &self.store).await
    }

    /// Starts a Volvo ID sign-in. The shell opens `authorize_url` in the system browser.
    pub async fn begin_sign_in(self: &Arc<Self>, via: Via) -> Result<SignInStart, AppError> {
        let creds = self.credentials().await?;
        // Checked now rather than after the browser round trip, which would then be wasted.
        if creds.api_key.is_none() {
            return Err(AppError::NotConfigured(
                "Enter your application's VCC API key in Setup first.".into(),
            ));
        }
        let volvo_id = self.volvo_id_for(creds.volvo_id_config()?)?;
        let request = match via {
            Via::DeepLink => volvo_id.start_sign_in(DEEP_LINK_REDIRECT)?,
            Via::Paste => {
                let uri = self.lock_settings().paste_redirect_uri.clone().ok_or_else(|| {
                    AppError::NotConfigured(
                        "No https redirect page is set up for pasting; use the deep link or the loopback way back instead."
                            .into(),
                    )
                })?;
                volvo_id.start_sign_in(&uri)?
            }
            Via::Loopback => {
                self.stop_loopback().await;
                let port = self
                    .lock_settings()
                    .loopback_port
                    .unwrap_or(DEFAULT_LOOPBACK_PORT);
                let listener = LoopbackListener::bind(port).await?;
                let request = volvo_id.start_sign_in(&listener.redirect_uri())?;
                self.wait_on_loopback(listener, volvo_id);
                request
            }
        };
        tracing::info!(?via, "Volvo ID sign-in started");
        Ok(SignInStart {
            authorize_url: request.authorize_url,
            redirect_uri: request.redirect_uri,
        })
    }

    /// Finishes a sign-in from the address the browser ended on (pasted, or delivered by the
    /// deep link or the loopback listener).
    pub async fn complete_sign_in(
        self: &Arc<Self>,
        callback_url: &str,
    ) -> Result<AppState, AppError> {
        let volvo_id = self
            .lock_sign_in()
            .as_ref()
            .map(|(_, v)| v.clone())
            // A callback nobody asked for (a stale link, another app's): the same refusal as
            // a wrong state, because that is what it is.
            .ok_or_else(|| {
                AppError::Api(volvo_api::Error::InvalidState {
                    reason: "No sign-in was started in this window of Beacon; choose “Connect my Volvo” first.".into(),
                })
            })?;
        let tokens = volvo_id.complete_sign_in(callback_url).await?;
        let creds = self.credentials().await?;
        let manager = Arc::new(self.idle_renewal.apply(TokenManager::new(
            Arc::new(volvo_id),
            Arc::clone(&self.store),
        )));
        let source: Arc<dyn TokenSource> = manager.clone();
        let client = creds.client(Arc::clone(&source))?;
        let _switch = self.switching.lock().await;
        // One manager per store: the previous sign-in's is retired first, so a renewal of it
        // still under way cannot store its token over this one's.
        let previous = self.volvo_id_manager();
        let saving = Arc::clone(&manager);
        let saved = tokio::task::spawn_blocking(move || {
            if let Some(previous) = previous {
                previous.retire();
            }
            saving.sign_in(tokens)
        })
        .await
        .map_err(|e| AppError::Storage(format!("Saving the sign-in failed: {e}")))?;
        self.set_notice(
            saved
                .err()
                .map(|e| format!("{e} You are signed in until Beacon quits.")),
        );
        self.install(Session {
            id: self.new_session_id(),
            mode: Mode::Account,
            auth: Auth::VolvoId(manager),
            fleet: self.new_fleet(client),
            tokens: source,
            signed_out_reason: None,
        });
        Ok(self.app_state())
    }

    /// Whether a `volvo-beacon://` URL answers a sign-in this app started and still waits for
    /// (its state is live). Only such a link may raise the window or say anything: any web
    /// page can make the browser open `volvo-beacon://...`.
    pub fn expects_deep_link(&self, url: &str) -> bool {
        let is_callback = url
            .get(..DEEP_LINK_REDIRECT.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(DEEP_LINK_REDIRECT));
        let Ok(url) = crate::input::callback_url(url) else {
            return false;
        };
        is_callback
            && self
                .lock_sign_in()
                .as_ref()
                .is_some_and(|(_, volvo_id)| volvo_id.is_waiting_for(url))
    }

    /// A `volvo-beacon://` URL from the OS (second instance, open-url event, or the one the
    /// app was started with). A link no sign-in here waits for is dropped without a word (and
    /// without its query in the log); an answer that fails is shown on the page as a notice.
    pub async fn handle_deep_link(self: &Arc<Self>, url: &str) {
        if !self.expects_deep_link(url) {
            tracing::debug!("dropped a volvo-beacon:// link that no sign-in here waits for");
            return;
        }
        let Ok(url) = crate::input::callback_url(url) else {
            return;
        };
        match self.complete_sign_in(url).await {
            Ok(_) => tracing::info!("signed in through the deep link"),
            Err(e) => {
                tracing::warn!(kind = e.kind(), "deep-link sign-in did not finish");
                self.set_notice(Some(format!("Sign-in did not finish: {e}")));
                self.emit(crate::views::AppEvent::AuthChanged(self.app_state()));
            }
        }
    }

    /// Signs in with a pasted test access token (kept in memory only: it cannot be renewed,
    /// and it is no use after it expires). The token is tried before the switch, so a wrong
    /// one leaves the app as it was.
    pub async fn sign_in_with_token(self: &Arc<Self>, pasted: &str) -> Result<AppState, AppError> {
        let pasted = crate::input::access_token(pasted)?;
        let source = TestTokenSource::new(pasted).map_err(|e| AppError::invalid(e.to_string()))?;
        let source: Arc<dyn TokenSource> = Arc::new(source);
        // An expired token fails here with a message that says so.
        source.access_token().await?;
        let client = self.credentials().await?.client(Arc::clone(&source))?;
        let fleet = self.new_fleet(client);
        fleet.cars(false).await?;
        let _switch = self.switching.lock().await;
        // The test token replaces a Volvo ID sign-in: its refresh token leaves the keychain,
        // so the next start cannot quietly come back to the other account.
        let previous = self.volvo_id_manager();
        let store = Arc::clone(&self.store);
        let forgotten = tokio::task::spawn_blocking(move || {
            if let Some(previous) = previous {
                previous.retire();
            }
            store.delete(volvo_api::store::SecretName::RefreshToken)?;
            store.renewal_record().forget();
            Ok::<_, volvo_api::Error>(())
        })
        .await
        .map_err(|e| AppError::Storage(format!("Removing the Volvo ID sign-in failed: {e}")))?;
        self.set_notice(forgotten.err().map(|e| {
            format!("Signed in with the test token, but the Volvo ID sign-in could not be removed from the keychain ({e}); Beacon returns to it at the next start.")
        }));
        self.install(Session {
            id: self.new_session_id(),
            mode: Mode::Account,
            auth: Auth::AccessToken,
            fleet,
            tokens: source,
            signed_out_reason: None,
        });
        Ok(self.app_state())
    }

    /// Ends the stored refresh token at Volvo ID (RFC 7009) when a revocation endpoint is
    /// configured; nothing to do otherwise.
    async fn revoke_stored_sign_in(&self) -> Result<(), AppError> {
        let creds = self.credentials().await?;
        if creds.revoke_url.is_none() {
            return Ok(());
        }
        let store = Arc::clone(&self.store);
        let stored = tokio::task::spawn_blocking(move || store.get(SecretName::RefreshToken))
            .await
            .map_err(|e| AppError::Storage(format!("Reading the keychain failed: {e}")))??;
        let Some(token) = stored else {
            return Ok(());
        };
        VolvoId::new(creds.volvo_id_config()?)?
            .revoke(&RefreshToken::new(token))
            .await?;
        Ok(())
    }

    /// The current session's Volvo ID token manager, if it is one.
    fn volvo_id_manager(&self) -> Option<Arc<TokenManager>> {
        match &self.session().auth {
            Auth::VolvoId(manager) => Some(Arc::clone(manager)),
            _ => None,
        }
    }

    /// Empties the keychain (refresh token, API keys, client secret) and returns to the demo.
    pub async fn sign_out(self: &Arc<Self>) -> Result<AppState, AppError> {
        let _switch = self.switching.lock().await;
        self.stop_loopback().await;
        *self.lock_sign_in() = None;
        let revocation = self.revoke_stored_sign_in().await;
        let session = self.session();
        if let Auth::VolvoId(manager) = &session.auth {
            let manager = Arc::clone(manager);
            let _ = tokio::task::spawn_blocking(move || {
                let signed_out = manager.sign_out();
                manager.retire();
                signed_out
            })
            .await;
        }
        let store = Arc::clone(&self.store);
        let emptied = tokio::task::spawn_blocking(move || store.delete_all())
            .await
            .map_err(|e| AppError::Storage(format!("Emptying the keychain failed: {e}")))?;
        self.set_notice(
            emptied
                .err()
                .map(|e| format!("Signed out, but the keychain could not be emptied: {e}"))
                .or(revocation.err().map(|e| {
                    format!("Signed out here, but Volvo ID was not told to end the sign-in ({e}). It ends by itself after 7 days unused.")
                })),
        );
        tracing::info!("signed out");
        self.install_demo().await?;
        Ok(self.app_state())
    }

    /// Back to the demo fleet; stored credentials stay where they are.
    pub async fn use_demo(self: &Arc<Self>) -> Result<AppState, AppError> {
        let _switch = self.switching.lock().await;
        if self.session().mode != Mode::Demo {
            self.install_demo().await?;
        }
        Ok(self.app_state())
    }

    fn volvo_id_for(&self, config: VolvoIdConfig) -> Result<VolvoId, AppError> {
        let mut current = self.lock_sign_in();
        if let Some((known, volvo_id)) = current.as_ref() {
            if *known == config {
                return Ok(volvo_id.clone());
            }
        }
        let volvo_id = VolvoId::new(config.clone())?;
        *current = Some((config, volvo_id.clone()));
        Ok(volvo_id)
    }

    fn wait_on_loopback(self: &Arc<Self>, listener: LoopbackListener, volvo_id: VolvoId) {
        let core = Arc::downgrade(self);
        let task = tokio::spawn(async move {
            let answer = listener
                .wait(LOOPBACK_WAIT, |url| {
                    volvo_id.check_callback(url).map(|_| ())
                })
                .await;
            let Some(core) = core.upgrade() else { return };
            let result = match answer {
                Ok(url) => core.complete_sign_in(&url).await.map(|_| ()),
                Err(e) => Err(AppError::from(e)),
            };
            if let Err(e) = result {
                tracing::warn!(kind = e.kind(), "loopback sign-in did not finish");
                core.set_notice(Some(format!("Sign-in did not finish: {e}")));
                core.emit(crate::views::AppEvent::AuthChanged(core.app_state()));
            }
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

    /// Whether a Volvo ID sign-in started here can still come back: its state and PKCE
    /// verifier live only in this process, or the loopback listener is still waiting.
    pub(crate) fn sign_in_pending(&self) -> bool {
        let listening = self
            .lock_loopback()
            .as_ref()
            .is_some_and(|task| !task.is_finished());
        listening
            || self
                .lock_sign_in()
                .as_ref()
                .is_some_and(|(_, volvo_id)| volvo_id.has_pending_sign_in())
    }

    fn lock_sign_in(&self) -> std::sync::MutexGuard<'_, Option<(VolvoIdConfig, VolvoId)>> {
        self.sign_in
            .volvo_id
            .lock()
            .unwrap_or_else(|p| p.into_inner())
    }

    fn lock_loopback(&self) -> std::sync::MutexGuard<'_, Option<JoinHandle<()>>> {
        self.sign_in
            .loopback
            .lock()
            .unwrap_or_else(|p| p.into_inner())
    }
}
