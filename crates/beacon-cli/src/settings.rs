//! Where each setting of a run comes from, in `volvo_api::sources`' order: a flag or its
//! environment variable, else what `beacon setup` stored (config file, keychain), else Volvo's
//! default. The config file and the keychain are read only when a flag did not already give the
//! value, so a fully flagged run (a script, a headless machine) never needs a keychain.

use std::path::PathBuf;
use std::sync::OnceLock;

use beacon_i18n::{t, Lang};
use volvo_api::sources::Given;
use volvo_api::store::{config_dir, SecretName, SetAside, Settings, SETTINGS_FILE};

use crate::args::GlobalArgs;
use crate::error::CliError;
use crate::keychain::Keychain;

/// The settings of one run, looked up on first use.
pub struct Sources<'a> {
    global: &'a GlobalArgs,
    /// For what is said on stderr along the way.
    lang: Lang,
    given: Given,
    stored: OnceLock<Settings>,
    keychain: tokio::sync::OnceCell<Keychain>,
}

impl<'a> Sources<'a> {
    pub fn new(global: &'a GlobalArgs, lang: Lang) -> Self {
        Sources {
            global,
            lang,
            given: global.given(),
            stored: OnceLock::new(),
            keychain: tokio::sync::OnceCell::new(),
        }
    }

    /// What flags and environment variables gave, trimmed.
    pub fn given(&self) -> &Given {
        &self.given
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
            eprintln!("{}", set_aside_words(aside, self.lang));
        }
        Ok(self.stored.get_or_init(|| loaded.settings))
    }

    pub async fn keychain(&self) -> Result<&Keychain, CliError> {
        self.keychain
            .get_or_try_init(|| Keychain::open(&self.global.keychain_profile))
            .await
    }

    pub fn api_url(&self) -> Result<String, CliError> {
        self.given.api_url(|| self.stored())
    }

    pub fn auth_url(&self) -> Result<String, CliError> {
        self.given.auth_url(|| self.stored())
    }

    pub fn token_url(&self) -> Result<String, CliError> {
        self.given.token_url(|| self.stored())
    }

    /// The revocation endpoint, if one is given or stored.
    pub fn revoke_url(&self) -> Result<Option<String>, CliError> {
        self.given.revoke_url(|| self.stored())
    }

    pub fn client_id(&self) -> Result<Option<String>, CliError> {
        self.given.client_id(|| self.stored())
    }

    pub async fn client_secret(&self) -> Result<Option<String>, CliError> {
        self.given.client_secret(|name| self.secret(name)).await
    }

    /// The primary and secondary VCC API keys (a stored secondary only with the stored primary).
    pub async fn api_keys(&self) -> Result<(Option<String>, Option<String>), CliError> {
        self.given.api_keys(|name| self.secret(name)).await
    }

    /// Where `beacon setup` writes the non-secret settings.
    pub fn settings_file(&self) -> Result<PathBuf, CliError> {
        Ok(config_dir()?.join(SETTINGS_FILE))
    }

    async fn secret(&self, name: SecretName) -> Result<Option<String>, CliError> {
        self.keychain().await?.get(name).await
    }
}

/// A settings file that was not valid settings, moved out of the way: what was wrong (the
/// parser's words) and where it is now.
pub fn set_aside_words(aside: &SetAside, lang: Lang) -> String {
    t!(
        lang,
        "cli-settings-set-aside",
        problem = &aside.problem,
        path = aside.path.display().to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_win_without_reading_the_config_file() {
        let g = GlobalArgs {
            api_url: Some(" http://127.0.0.1:1/v2 \n".into()),
            client_id: Some(" id ".into()),
            ..GlobalArgs::default()
        };
        let sources = Sources::new(&g, Lang::En);
        assert_eq!(sources.api_url().unwrap(), "http://127.0.0.1:1/v2");
        assert_eq!(sources.client_id().unwrap().as_deref(), Some("id"));
        assert!(sources.stored.get().is_none(), "the file was read");
    }
}
