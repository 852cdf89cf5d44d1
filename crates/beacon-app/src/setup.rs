//! The setup wizard's side in Rust: which parts of the user's application are in place, the
//! live check of an API key, saving the OAuth client, and the global-shortcut preference.
//! Secrets go into the keychain and never come back out toward the page.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use beacon_i18n::t;
use volvo_api::auth::{DEEP_LINK_REDIRECT, DEFAULT_LOOPBACK_PORT};
use volvo_api::sources::Given;
use volvo_api::store::{Budget, DayCounts, SecretName, SecretStore, DAILY_QUOTA, WARN_AT};
use volvo_api::{Client, CountAs, KeyFingerprint, KeyRole, StaticToken, TokenSource, Vin};

use crate::session::{read_secret, Credentials};
use crate::settings_file::SettingsFile;
use crate::views::{ApiCallsView, KeyCallsView, KeyCheck, RedirectUris, SetupStatus, ShortcutView};
use crate::AppError;

/// Off by default; this is what "on" means until the user picks another.
pub const DEFAULT_SHORTCUT: &str = "CommandOrControl+Alt+H";

/// What the user set up, where it is kept: the environment, the settings file, the keychain.
pub(crate) struct Setup<'a> {
    pub given: &'a Given,
    pub settings: &'a SettingsFile,
    pub store: &'a Arc<dyn SecretStore>,
}

impl Setup<'_> {
    /// The application and endpoints in effect, in `volvo_api::sources`' order.
    pub async fn credentials(&self) -> Result<Credentials, AppError> {
        let settings = self.settings.snapshot();
        Credentials::resolve(self.given, &settings, self.settings.dir(), self.store).await
    }

    pub async fn status(&self) -> Result<SetupStatus, AppError> {
        let creds = self.credentials().await?;
        // A saved secondary key is set up even while a primary key from the environment leaves
        // it unused (the two belong to one application).
        let secondary_stored = creds.secondary_api_key.is_some()
            || read_secret(Arc::clone(self.store), SecretName::SecondaryApiKey)
                .await?
                .is_some();
        let settings = self.settings.snapshot();
        let port = settings.loopback_port.unwrap_or(DEFAULT_LOOPBACK_PORT);
        let api_calls = self.api_calls(&creds);
        Ok(SetupStatus {
            has_api_key: creds.api_key.is_some(),
            has_secondary_api_key: secondary_stored,
            has_client_id: creds.client_id.is_some(),
            has_client_secret: creds.client_secret.is_some(),
            client_id: creds.client_id,
            redirect_uris: RedirectUris {
                deep_link: DEEP_LINK_REDIRECT.to_owned(),
                loopback: format!("http://127.0.0.1:{port}/callback"),
                paste: settings.paste_redirect_uri,
            },
            shortcut: self.shortcut(),
            api_calls,
        })
    }

    /// The day's calls of the keys in effect, from the count the app and the CLI keep.
    fn api_calls(&self, creds: &Credentials) -> ApiCallsView {
        let now = SystemTime::now();
        let primary = creds.api_key.as_deref().map(KeyFingerprint::of);
        let secondary = creds.secondary_api_key.as_deref().map(KeyFingerprint::of);
        let counts = match self.settings.dir() {
            Some(dir) => DayCounts::read(dir, now),
            None => DayCounts::default(),
        };
        let budget = Budget::from_counts(&counts, primary.as_ref(), secondary.as_ref(), now);
        let resets_at = budget
            .resets_at
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        ApiCallsView {
            quota: DAILY_QUOTA,
            warn_at: WARN_AT,
            resets_at,
            keys: budget
                .keys
                .into_iter()
                .map(|k| KeyCallsView {
                    role: k.role,
                    calls: k.calls,
                    in_use: k.in_use,
                    quota_spent: k.quota_spent,
                })
                .collect(),
        }
    }

    /// One live call with `key` (already checked by `input::credential`), with the account's
    /// `sign_in` if there is one. Volvo's gateway looks at the key before the sign-in, so
    /// without a sign-in a refused token still proves the key good. A good key is stored in
    /// the keychain; a refused one is the error `invalid_api_key`.
    pub async fn check_api_key(
        &self,
        key: String,
        secondary: bool,
        sign_in: Option<Arc<dyn TokenSource>>,
    ) -> Result<KeyCheck, AppError> {
        let creds = self.credentials().await?;
        // Any token will do without an account: only the key is being judged.
        let tokens = sign_in.unwrap_or_else(|| Arc::new(StaticToken::new("beacon-api-key-check")));
        let mut builder = Client::builder()
            .base_url(creds.api_url.as_str())
            .api_key(key.clone())
            .token_source(tokens);
        // The check's call counts toward the key's day, in the role it is set up for.
        if let Some(counter) = creds.call_counter.clone() {
            let role = if secondary {
                KeyRole::Secondary
            } else {
                KeyRole::Primary
            };
            builder = builder.call_counter(Arc::new(CountAs { role, counter }));
        }
        let client = builder.build()?;
        let lang = crate::words::language();
        let accepted = t!(lang, "setup-api-key-accepted");
        let verdict = match client.list_vehicles().await {
            Ok(_) => KeyCheck {
                ok: true,
                message: accepted,
            },
            Err(e) if e.concerns_sign_in() || matches!(e, volvo_api::Error::Forbidden { .. }) => {
                KeyCheck {
                    ok: true,
                    message: accepted,
                }
            }
            Err(e @ volvo_api::Error::QuotaExceeded { .. }) => KeyCheck {
                ok: true,
                message: format!("{accepted} {}", e.message(lang)),
            },
            // `InvalidApiKey` included: a refused key is a rejection the page shows.
            Err(e) => return Err(e.into()),
        };
        let name = if secondary {
            SecretName::SecondaryApiKey
        } else {
            SecretName::ApiKey
        };
        let store = Arc::clone(self.store);
        tokio::task::spawn_blocking(move || store.set(name, &key))
            .await
            .map_err(|e| {
                AppError::storage(e.to_string(), |lang, e| {
                    t!(lang, "storage-key-not-saved", detail = e)
                })
            })??;
        tracing::info!(secondary, "API key checked and stored");
        Ok(verdict)
    }

    /// Stores the OAuth client (both checked by `input::credential`): the id in the settings
    /// file (it is in every authorization URL anyway), the secret in the keychain. The https
    /// page for pasting (checked by `input::paste_redirect_uri`) is kept when given.
    pub async fn save_client(
        &self,
        client_id: String,
        client_secret: String,
        paste_redirect_uri: Option<String>,
    ) -> Result<SetupStatus, AppError> {
        let store = Arc::clone(self.store);
        tokio::task::spawn_blocking(move || store.set(SecretName::ClientSecret, &client_secret))
            .await
            .map_err(|e| {
                AppError::storage(e.to_string(), |lang, e| {
                    t!(lang, "storage-client-secret-not-saved", detail = e)
                })
            })??;
        self.settings.update(|s| {
            s.client_id = Some(client_id);
            if paste_redirect_uri.is_some() {
                s.paste_redirect_uri = paste_redirect_uri;
            }
        })?;
        tracing::info!("Volvo ID client saved");
        self.status().await
    }

    pub fn shortcut(&self) -> ShortcutView {
        let settings = self.settings.get();
        ShortcutView {
            enabled: settings.app.global_shortcut.is_some(),
            accelerator: settings
                .app
                .global_shortcut
                .clone()
                .unwrap_or_else(|| DEFAULT_SHORTCUT.to_owned()),
            vin: settings.app.default_vin.clone(),
        }
    }

    /// Saves the shortcut preference. The shell registers it with the OS first, so an
    /// accelerator the OS refuses is never saved.
    pub async fn set_shortcut(
        &self,
        enabled: bool,
        accelerator: Option<String>,
        vin: Option<Vin>,
    ) -> Result<SetupStatus, AppError> {
        let accelerator = accelerator.unwrap_or_else(|| self.shortcut().accelerator);
        self.settings.update(|s| {
            s.app.global_shortcut = enabled.then_some(accelerator);
            s.app.default_vin = vin.map(|v| v.as_str().to_owned());
        })?;
        self.status().await
    }
}
