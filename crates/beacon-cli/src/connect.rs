//! The Volvo client for a subcommand that talks to Volvo.

use std::sync::Arc;

use beacon_i18n::Lang;

use volvo_api::store::{config_dir, FileCallCounter};
use volvo_api::{CallCounter, Client, CountAs, KeyRole, TokenSource};

use crate::account;
use crate::args::GlobalArgs;
use crate::error::CliError;
use crate::settings::Sources;

/// The client for a subcommand that talks to Volvo.
pub async fn client(global: &GlobalArgs, lang: Lang) -> Result<Client, CliError> {
    let sources = Sources::new(global, lang);
    let (api_key, secondary_api_key) = sources.api_keys().await?;
    // Checked here rather than left to the client's builder so the message can name the flag
    // and the variable, which is what a person at a terminal needs.
    let Some(api_key) = api_key else {
        let keychain = sources.keychain().await?.problem();
        return Err(CliError::NoApiKey { keychain });
    };
    let tokens = account::token_source(&sources).await?;
    build_client(
        &sources.api_url()?,
        api_key,
        secondary_api_key,
        tokens,
        call_counter(KeyRole::Primary),
    )
}

/// The day's count beside the settings, shared with the app, for a client whose only key is
/// the one in `role` (a key check) or whose first key is the primary. None without a config
/// folder: then nothing is counted, and the calls go out all the same.
pub fn call_counter(role: KeyRole) -> Option<Arc<dyn CallCounter>> {
    let counter: Arc<dyn CallCounter> = Arc::new(FileCallCounter::new(config_dir().ok()?));
    Some(match role {
        KeyRole::Primary => counter,
        KeyRole::Secondary => Arc::new(CountAs { role, counter }),
    })
}

pub fn build_client(
    api_url: &str,
    api_key: String,
    secondary_api_key: Option<String>,
    tokens: Arc<dyn TokenSource>,
    counter: Option<Arc<dyn CallCounter>>,
) -> Result<Client, CliError> {
    let mut builder = Client::builder()
        .base_url(api_url)
        .api_key(api_key)
        .secondary_api_key(secondary_api_key)
        .token_source(tokens);
    if let Some(counter) = counter {
        builder = builder.call_counter(counter);
    }
    Ok(builder.build()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use volvo_api::StaticToken;

    #[test]
    fn bad_url_is_a_config_error() {
        let tokens = Arc::new(StaticToken::new("t"));
        match build_client("ftp://example.invalid", "k".into(), None, tokens, None) {
            Ok(_) => panic!("an ftp URL must be refused"),
            Err(e) => assert_eq!(e.kind(), "config"),
        }
    }
}
