//! Where each setting comes from: a flag or its environment variable, else what `beacon setup`
//! stored (config file, keychain), else Volvo's default. The config file and the keychain are
//! read only when a flag did not already give the value, so a fully flagged run (a script, a
//! headless machine) never needs a keychain.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use volvo_api::auth::{DEFAULT_AUTH_URL, DEFAULT_TOKEN_URL};
use volvo_api::store::{config_dir, SecretName, Settings, SETTINGS_FILE};
use volvo_api::{Client, TokenSource};

use crate::account;
use crate::args::GlobalArgs;
use crate::error::CliError;
use crate::keychain::Keychain;

/// The settings of one run, looked up on first use.
pub struct Sources<'a> {
    global: &'a GlobalArgs,
    stored: OnceLock<Settings>,
    keychain: tokio::sync::OnceCell<Keychain>,
}

impl<'a> Sources<'a> {
    pub fn new(global: &'a GlobalArgs) -> Self {
        Sources {
            global,
            stored: OnceLock::new(),
            keychain: tokio::sync::OnceCell::new(),
        }
    }

    pub fn global(&self) -> &GlobalArgs {
        self.global
    }

    /// What `beacon setup` wrote; defaults when it never ran. A file that is not valid
    /// settings is moved aside (and the user told where, on stderr) rather than stopping every
    /// command until someone edits it.
    pub fn stored(&self) -> Result<&Settings, CliError> {
        if let Some(settings) = self.stored.get() {
            return Ok(settings);
        }
        let loaded = Settings::load_or_set_aside(&config_dir()?)?;
        if let Some(aside) = &loaded.set_aside {
            eprintln!("beacon: {}", aside.describe());
        }
        Ok(self.stored.get_or_init(|| loaded.settings))
    }

    pub async fn keychain(&self) -> Result<&Keychain, CliError> {
        self.keychain
            .get_or_try_init(|| Keychain::open(&self.global.keychain_profile))
            .await
    }

    pub fn api_url(&self) -> Result<String, CliError> {
        self.pick(
            &self.global.api_url,
            |s| &s.api_url,
            volvo_api::DEFAULT_BASE_URL,
        )
    }

    pub fn auth_url(&self) -> Result<String, CliError> {
        self.pick(&self.global.auth_url, |s| &s.auth_url, DEFAULT_AUTH_URL)
    }

    /// The revocation endpoint, if one is given or stored.
    pub fn revoke_url(&self) -> Result<Option<String>, CliError> {
        match non_blank(self.global.revoke_url.as_deref()) {
            Some(url) => Ok(Some(url)),
            None => Ok(non_blank(self.stored()?.revoke_url.as_deref())),
        }
    }

    pub fn token_url(&self) -> Result<String, CliError> {
        self.pick(&self.global.token_url, |s| &s.token_url, DEFAULT_TOKEN_URL)
    }

    pub fn client_id(&self) -> Result<Option<String>, CliError> {
        match non_blank(self.global.client_id.as_deref()) {
            Some(id) => Ok(Some(id)),
            None => Ok(non_blank(self.stored()?.client_id.as_deref())),
        }
    }

    pub async fn client_secret(&self) -> Result<Option<String>, CliError> {
        match non_blank(self.global.client_secret.as_deref()) {
            Some(secret) => Ok(Some(secret)),
            None => self.keychain().await?.get(SecretName::ClientSecret).await,
        }
    }

    /// The primary and secondary VCC API keys. A stored secondary key is used only with the
    /// stored primary: the two belong to one application, and a primary given by flag may be
    /// another application's.
    pub async fn api_keys(&self) -> Result<(Option<String>, Option<String>), CliError> {
        let secondary = non_blank(self.global.secondary_api_key.as_deref());
        if let Some(primary) = non_blank(self.global.api_key.as_deref()) {
            return Ok((Some(primary), secondary));
        }
        let keychain = self.keychain().await?;
        let primary = keychain.get(SecretName::ApiKey).await?;
        let secondary = match secondary {
            Some(key) => Some(key),
            None => keychain.get(SecretName::SecondaryApiKey).await?,
        };
        Ok((primary, secondary))
    }

    /// Where `beacon setup` writes the non-secret settings.
    pub fn settings_file(&self) -> Result<PathBuf, CliError> {
        Ok(config_dir()?.join(SETTINGS_FILE))
    }

    fn pick(
        &self,
        flag: &Option<String>,
        stored: impl FnOnce(&Settings) -> &Option<String>,
        default: &str,
    ) -> Result<String, CliError> {
        if let Some(value) = non_blank(flag.as_deref()) {
            return Ok(value);
        }
        Ok(non_blank(stored(self.stored()?).as_deref()).unwrap_or_else(|| default.to_owned()))
    }
}

/// The client for a subcommand that talks to Volvo.
pub async fn client(global: &GlobalArgs) -> Result<Client, CliError> {
    let sources = Sources::new(global);
    let (api_key, secondary_api_key) = sources.api_keys().await?;
    // Checked here rather than left to the client's builder so the message can name the flag
    // and the variable, which is what a person at a terminal needs.
    let Some(api_key) = api_key else {
        let mut message = "No VCC API key: pass --api-key or set VCC_API_KEY, or store it with `beacon setup` (your application's key from the Volvo developer portal).".to_owned();
        if let Some(problem) = sources.keychain().await?.problem() {
            message.push_str(&format!(" {problem}."));
        }
        return Err(CliError::Config(message));
    };
    let tokens = account::token_source(&sources).await?;
    build_client(&sources.api_url()?, api_key, secondary_api_key, tokens)
}

pub fn build_client(
    api_url: &str,
    api_key: String,
    secondary_api_key: Option<String>,
    tokens: Arc<dyn TokenSource>,
) -> Result<Client, CliError> {
    let client = Client::builder()
        .base_url(api_url)
        .api_key(api_key)
        .secondary_api_key(secondary_api_key)
        .token_source(tokens)
        .build()?;
    Ok(client)
}

/// Copy-pasted values often carry a stray newline; an all-blank value counts as missing.
pub fn non_blank(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use volvo_api::StaticToken;

    #[test]
    fn values_are_trimmed_and_blank_is_missing() {
        assert_eq!(non_blank(Some("  key\n")).as_deref(), Some("key"));
        assert_eq!(non_blank(Some(" \r\n\t")), None);
        assert_eq!(non_blank(None), None);
    }

    #[test]
    fn flags_win_without_reading_the_config_file() {
        let g = GlobalArgs {
            api_url: Some(" http://127.0.0.1:1/v2 \n".into()),
            client_id: Some(" id ".into()),
            ..GlobalArgs::default()
        };
        let sources = Sources::new(&g);
        assert_eq!(sources.api_url().unwrap(), "http://127.0.0.1:1/v2");
        assert_eq!(sources.client_id().unwrap().as_deref(), Some("id"));
        assert!(sources.stored.get().is_none(), "the file was read");
    }

    #[test]
    fn bad_url_is_a_config_error() {
        let tokens = Arc::new(StaticToken::new("t"));
        match build_client("ftp://example.invalid", "k".into(), None, tokens) {
            Ok(_) => panic!("an ftp URL must be refused"),
            Err(e) => assert_eq!(e.kind(), "config"),
        }
    }
}
