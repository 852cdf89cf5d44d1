//! Which world the app is in and how its `volvo_api::Client` is built.
//!
//! - Demo: the simulator runs in this process on 127.0.0.1 with the demo fleet; a long-lived
//!   token is minted for it. Nothing leaves the machine.
//! - Account: the user's own application (API key, client id and secret) and sign-in, from
//!   the environment first (the same variables as the CLI), then the keychain and settings, in
//!   the order `volvo_api::sources` keeps for both.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use beacon_i18n::{t, Lang, Words};
use volvo_api::auth::{TestTokenSource, VolvoId, VolvoIdConfig};
use volvo_api::sources::Given;
use volvo_api::store::{FileCallCounter, SecretName, SecretStore, TokenManager};
use volvo_api::{CallCounter, Client, StaticToken, TokenSource};
use volvo_sim::{MintOptions, Scenario, Sim, SimHandle};

use crate::fleet::Fleet;
use crate::prefs::AppSettings;
use crate::renewal::IdleRenewal;
use crate::views::Mode;
use crate::AppError;

/// The demo must keep working for as long as the app runs, however long that is.
const DEMO_TOKEN_TTL: Duration = Duration::from_secs(365 * 24 * 3600);

/// Where the current token comes from; decides what "sign out" and "expired" mean.
#[derive(Clone)]
pub(crate) enum Auth {
    Demo,
    /// `BEACON_ACCESS_TOKEN` or a pasted test token: cannot be renewed.
    AccessToken,
    /// A Volvo ID sign-in, renewed from the refresh token in the keychain.
    VolvoId(Arc<TokenManager>),
}

/// One state of the app: a mode and the cars seen in it. Replaced whole on every change, so
/// work started in an old session (a slow fetch) can only ever touch that old session.
pub(crate) struct Session {
    pub id: u64,
    pub mode: Mode,
    pub auth: Auth,
    pub fleet: Arc<Fleet>,
    pub tokens: Arc<dyn TokenSource>,
    pub signed_out_reason: Option<Words>,
}

impl Session {
    /// Whether the sign-in is being renewed: Volvo ID may already have replaced the refresh
    /// token and the keychain not have the new one yet. Ending the process now (a restart,
    /// Quit) could leave only a dead token behind.
    pub fn renewing(&self) -> bool {
        match &self.auth {
            Auth::VolvoId(manager) => manager.is_renewing(),
            _ => false,
        }
    }

    /// Waits for a renewal under way to be saved, at most `limit`. Whether nothing is left
    /// unsaved.
    pub async fn renewal_settled(&self, limit: Duration) -> bool {
        match &self.auth {
            Auth::VolvoId(manager) => manager.renewal_settled(limit).await,
            _ => true,
        }
    }

    pub fn signed_out(&self, id: u64, reason: Words) -> Session {
        Session {
            id,
            mode: Mode::SignedOut,
            auth: self.auth.clone(),
            fleet: Arc::clone(&self.fleet),
            tokens: Arc::clone(&self.tokens),
            signed_out_reason: Some(reason),
        }
    }
}

/// The in-process simulator behind demo mode. Started once, on first need, and kept: going
/// back to the demo later finds the same cars.
#[derive(Clone)]
pub(crate) struct Demo {
    pub sim: SimHandle,
    pub client: Client,
    pub tokens: Arc<dyn TokenSource>,
}

pub(crate) async fn start_demo() -> Result<Demo, AppError> {
    // No admin routes: nothing else on this computer can steer the app's simulator.
    let sim = Sim::builder()
        .scenario(Scenario::demo())
        .without_admin()
        .start()
        .await
        .map_err(|e| AppError::DemoUnavailable(e.to_string()))?;
    let token = sim.mint_access_token(MintOptions {
        ttl: Some(DEMO_TOKEN_TTL),
        ..Default::default()
    });
    let tokens: Arc<dyn TokenSource> = Arc::new(StaticToken::new(token));
    let client = Client::builder()
        .base_url(sim.api_url())
        .api_key(sim.api_key())
        .token_source(Arc::clone(&tokens))
        .build()?;
    tracing::info!("demo simulator running on {}", sim.base_url());
    Ok(Demo {
        sim,
        client,
        tokens,
    })
}

/// The user's application and endpoints, environment first. Holds secrets: never logged,
/// never sent to the page.
#[derive(Clone, Default)]
pub(crate) struct Credentials {
    pub api_url: String,
    pub api_key: Option<String>,
    pub secondary_api_key: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub auth_url: String,
    pub token_url: String,
    pub revoke_url: Option<String>,
    /// Counts the calls of this application's keys into the file beside the settings, shared
    /// with the CLI; None without a settings folder.
    pub call_counter: Option<Arc<dyn CallCounter>>,
}

impl Credentials {
    /// In `volvo_api::sources`' order: what the environment gives, else `settings` and the
    /// keychain (read off the async threads: Secret Service may wait for an unlock).
    pub async fn resolve(
        given: &Given,
        settings: &AppSettings,
        settings_dir: Option<&Path>,
        store: &Arc<dyn SecretStore>,
    ) -> Result<Credentials, AppError> {
        let stored = || Ok::<_, AppError>(settings);
        // Closures that own what their futures use: one borrowing `store` would make the
        // caller's future `Send` only for that borrow, and tokio::spawn needs it for any.
        let store = Arc::clone(store);
        let keychain = move |name| read_secret(Arc::clone(&store), name);
        let (api_key, secondary_api_key) = given.api_keys(keychain.clone()).await?;
        let client_secret = given.client_secret(keychain).await?;
        Ok(Credentials {
            api_url: given.api_url(stored)?,
            api_key,
            secondary_api_key,
            client_id: given.client_id(stored)?,
            client_secret,
            auth_url: given.auth_url(stored)?,
            token_url: given.token_url(stored)?,
            revoke_url: given.revoke_url(stored)?,
            call_counter: settings_dir
                .map(|dir| Arc::new(FileCallCounter::new(dir)) as Arc<dyn CallCounter>),
        })
    }

    pub fn client(&self, tokens: Arc<dyn TokenSource>) -> Result<Client, AppError> {
        let api_key = self.api_key.clone().ok_or_else(|| {
            AppError::NotConfigured(Words::new(|lang| t!(lang, "setup-no-api-key-yet")))
        })?;
        let mut builder = Client::builder()
            .base_url(self.api_url.as_str())
            .api_key(api_key)
            .secondary_api_key(self.secondary_api_key.clone())
            .token_source(tokens);
        if let Some(counter) = &self.call_counter {
            builder = builder.call_counter(Arc::clone(counter));
        }
        Ok(builder.build()?)
    }

    pub fn volvo_id_config(&self) -> Result<VolvoIdConfig, AppError> {
        match (&self.client_id, &self.client_secret) {
            (Some(id), Some(secret)) => Ok(VolvoIdConfig::new(id, secret)
                .with_endpoints(&self.auth_url, &self.token_url)
                .with_revocation(self.revoke_url.as_deref())),
            _ => Err(AppError::NotConfigured(Words::new(|lang| {
                t!(lang, "setup-enter-client-first")
            }))),
        }
    }
}

pub(crate) async fn read_secret(
    store: Arc<dyn SecretStore>,
    name: SecretName,
) -> Result<Option<String>, AppError> {
    tokio::task::spawn_blocking(move || store.get(name))
        .await
        .map_err(|e| keychain_not_read(e.to_string()))?
        .map_err(AppError::from)
}

pub(crate) fn keychain_not_read(detail: String) -> AppError {
    AppError::storage(detail, |lang, e| {
        t!(lang, "storage-keychain-not-read", detail = e)
    })
}

/// A problem found at start-up, said with the error's own words in the same language.
fn problem(error: AppError, say: fn(Lang, String) -> String) -> Option<Words> {
    Some(Words::new(move |lang| say(lang, error.message(lang))))
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
    settings: &AppSettings,
    settings_dir: Option<&Path>,
    store: &Arc<dyn SecretStore>,
    idle_renewal: &IdleRenewal,
) -> (Option<Account>, Option<Words>) {
    let creds = match Credentials::resolve(env, settings, settings_dir, store).await {
        Ok(creds) => creds,
        Err(e) => {
            return (
                None,
                problem(e, |lang, e| t!(lang, "start-settings-not-read", detail = e)),
            )
        }
    };
    if let Some(token) = &env.access_token {
        let tokens: Arc<dyn TokenSource> = match TestTokenSource::new(token) {
            Ok(t) => Arc::new(t),
            Err(e) => {
                return (
                    None,
                    problem(e.into(), |lang, e| {
                        t!(lang, "start-access-token-unusable", detail = e)
                    }),
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
            Err(e) => (
                None,
                problem(e, |lang, e| t!(lang, "start-access-token-but", detail = e)),
            ),
        };
    }
    let Ok(config) = creds.volvo_id_config() else {
        return (None, None);
    };
    let volvo_id = match VolvoId::new(config) {
        Ok(v) => v,
        Err(e) => return (None, Some(crate::words::of_api_error(e))),
    };
    let manager =
        Arc::new(idle_renewal.apply(TokenManager::new(Arc::new(volvo_id), Arc::clone(store))));
    let probe = Arc::clone(&manager);
    match tokio::task::spawn_blocking(move || probe.has_refresh_token()).await {
        Ok(Ok(true)) => {}
        Ok(Ok(false)) => return (None, None),
        Ok(Err(e)) => return (None, Some(crate::words::of_api_error(e))),
        Err(e) => {
            return (
                None,
                Some(crate::words::of_error(keychain_not_read(e.to_string()))),
            )
        }
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
            problem(e, |lang, e| t!(lang, "start-signed-in-but", detail = e)),
        ),
    }
}
