//! Getting into and out of an account, as the core sees it: the sign-in component talks to
//! Volvo ID; here the result becomes the current session, one switch at a time.

use std::sync::Arc;

use beacon_i18n::{t, Words};
use volvo_api::auth::{RefreshToken, TestTokenSource, VolvoId};
use volvo_api::store::{SecretName, SecretStore, TokenManager};
use volvo_api::TokenSource;

use super::Core;
use crate::input::Via;
use crate::session::{Auth, Credentials, Session};
use crate::views::{AppEvent, AppState, Mode, SignInStart};
use crate::AppError;

impl Core {
    /// Starts a Volvo ID sign-in. The shell opens `authorize_url` in the system browser.
    pub async fn begin_sign_in(self: &Arc<Self>, via: Via) -> Result<SignInStart, AppError> {
        let creds = self.setup().credentials().await?;
        let settings = self.settings.snapshot();
        let core = Arc::downgrade(self);
        let on_loopback = move |answer: Result<String, AppError>| async move {
            let Some(core) = core.upgrade() else { return };
            let result = match answer {
                Ok(url) => core.complete_sign_in(&url).await.map(|_| ()),
                Err(e) => Err(e),
            };
            if let Err(e) = result {
                tracing::warn!(kind = e.kind(), "loopback sign-in did not finish");
                core.sign_in_did_not_finish(&e);
            }
        };
        self.sign_in
            .begin(via, &creds, &settings, on_loopback)
            .await
    }

    /// Finishes a sign-in from the address the browser ended on (pasted, or delivered by the
    /// deep link or the loopback listener).
    pub async fn complete_sign_in(
        self: &Arc<Self>,
        callback_url: &str,
    ) -> Result<AppState, AppError> {
        let volvo_id = self.sign_in.started()?;
        let tokens = volvo_id.complete_sign_in(callback_url).await?;
        let creds = self.setup().credentials().await?;
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
        .map_err(|e| {
            AppError::storage(e.to_string(), |lang, e| {
                t!(lang, "storage-sign-in-not-saved", detail = e)
            })
        })?;
        self.set_notice(saved.err().map(|e| {
            Words::new(move |lang| t!(lang, "signed-in-until-quit", problem = e.message(lang)))
        }));
        self.install(Session {
            id: self.new_session_id(),
            mode: Mode::Account,
            auth: Auth::VolvoId(manager),
            fleet: self.new_account_fleet(client),
            tokens: source,
            signed_out_reason: None,
        });
        Ok(self.app_state())
    }

    /// Whether a `volvo-beacon://` URL answers a sign-in this app started and still waits for
    /// (its state is live). Only such a link may raise the window or say anything: any web
    /// page can make the browser open `volvo-beacon://...`.
    pub fn expects_deep_link(&self, url: &str) -> bool {
        self.sign_in.expects_deep_link(url)
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
                self.sign_in_did_not_finish(&e);
            }
        }
    }

    /// Signs in with a pasted test access token (kept in memory only: it cannot be renewed,
    /// and it is no use after it expires). The token is tried before the switch, so a wrong
    /// one leaves the app as it was.
    pub async fn sign_in_with_token(self: &Arc<Self>, pasted: &str) -> Result<AppState, AppError> {
        let pasted = crate::input::access_token(pasted)?;
        let source = TestTokenSource::new(pasted)
            .map_err(|e| AppError::invalid(move |lang| e.message(lang)))?;
        let source: Arc<dyn TokenSource> = Arc::new(source);
        // An expired token fails here with a message that says so.
        source.access_token().await?;
        let client = self
            .setup()
            .credentials()
            .await?
            .client(Arc::clone(&source))?;
        let fleet = self.new_account_fleet(client);
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
            store.delete(SecretName::RefreshToken)?;
            store.renewal_record().forget();
            Ok::<_, volvo_api::Error>(())
        })
        .await
        .map_err(|e| {
            AppError::storage(e.to_string(), |lang, e| {
                t!(lang, "storage-sign-in-not-removed", detail = e)
            })
        })?;
        self.set_notice(forgotten.err().map(|e| {
            Words::new(move |lang| {
                t!(
                    lang,
                    "test-token-but-sign-in-kept",
                    problem = e.message(lang)
                )
            })
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

    /// Empties the keychain (refresh token, API keys, client secret) and returns to the demo.
    pub async fn sign_out(self: &Arc<Self>) -> Result<AppState, AppError> {
        let _switch = self.switching.lock().await;
        self.sign_in.forget().await;
        let revocation = match self.setup().credentials().await {
            Ok(creds) => revoke_stored_sign_in(&creds, &self.store).await,
            Err(e) => Err(e),
        };
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
        self.known_cars.forget();
        let store = Arc::clone(&self.store);
        let emptied = tokio::task::spawn_blocking(move || store.delete_all())
            .await
            .map_err(|e| {
                AppError::storage(e.to_string(), |lang, e| {
                    t!(lang, "storage-keychain-not-emptied", detail = e)
                })
            })?;
        let not_emptied = emptied.err().map(|e| {
            Words::new(move |lang| {
                t!(
                    lang,
                    "signed-out-keychain-not-emptied",
                    problem = e.message(lang)
                )
            })
        });
        let not_revoked = revocation.err().map(|e| {
            Words::new(move |lang| t!(lang, "signed-out-not-revoked", problem = e.message(lang)))
        });
        self.set_notice(not_emptied.or(not_revoked));
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

    /// The current session's Volvo ID token manager, if it is one.
    fn volvo_id_manager(&self) -> Option<Arc<TokenManager>> {
        match &self.session().auth {
            Auth::VolvoId(manager) => Some(Arc::clone(manager)),
            _ => None,
        }
    }

    fn sign_in_did_not_finish(&self, error: &AppError) {
        let problem = error.message(self.language());
        self.set_notice(Some(Words::new(move |lang| {
            t!(lang, "sign-in-did-not-finish", problem = &problem)
        })));
        self.emit(AppEvent::AuthChanged(self.app_state()));
    }
}

/// Ends the stored refresh token at Volvo ID (RFC 7009) when `creds` name a revocation
/// endpoint; nothing to do otherwise.
async fn revoke_stored_sign_in(
    creds: &Credentials,
    store: &Arc<dyn SecretStore>,
) -> Result<(), AppError> {
    if creds.revoke_url.is_none() {
        return Ok(());
    }
    let store = Arc::clone(store);
    let stored = tokio::task::spawn_blocking(move || store.get(SecretName::RefreshToken))
        .await
        .map_err(|e| crate::session::keychain_not_read(e.to_string()))??;
    let Some(token) = stored else {
        return Ok(());
    };
    VolvoId::new(creds.volvo_id_config()?)?
        .revoke(&RefreshToken::new(token))
        .await?;
    Ok(())
}
