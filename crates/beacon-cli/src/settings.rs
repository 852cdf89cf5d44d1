//! Turns flags and environment (already merged by clap) into a ready `volvo_api::Client`.
//! Only subcommands that talk to Volvo call this, so `beacon sim` needs no key.

use std::sync::Arc;

use volvo_api::{Client, StaticToken};

use crate::args::GlobalArgs;
use crate::error::CliError;

pub fn client(global: &GlobalArgs) -> Result<Client, CliError> {
    // Checked here rather than left to the client's builder so the message can name the flag
    // and the variable, which is what a person at a terminal needs.
    let api_key = non_blank(global.api_key.as_deref()).ok_or_else(|| {
        CliError::Config(
            "No VCC API key: pass --api-key or set VCC_API_KEY (your application's key from the Volvo developer portal).".into(),
        )
    })?;
    let token = non_blank(global.access_token.as_deref()).ok_or_else(|| {
        CliError::NotSignedIn(
            "Not signed in: pass --access-token or set BEACON_ACCESS_TOKEN (e.g. a test access token from the Volvo developer portal).".into(),
        )
    })?;
    let client = Client::builder()
        .base_url(global.api_url.as_str())
        .api_key(api_key)
        .secondary_api_key(global.secondary_api_key.clone())
        .token_source(Arc::new(StaticToken::new(token)))
        .build()?;
    Ok(client)
}

/// Copy-pasted secrets often carry a stray newline; an all-blank value counts as missing.
fn non_blank(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn global(api_key: Option<&str>, token: Option<&str>) -> GlobalArgs {
        GlobalArgs {
            api_url: volvo_api::DEFAULT_BASE_URL.into(),
            api_key: api_key.map(Into::into),
            secondary_api_key: None,
            access_token: token.map(Into::into),
            json: false,
            verbose: 0,
        }
    }

    /// `Client` has no Debug (it holds secrets), so `unwrap_err` is not available.
    fn error_of(g: &GlobalArgs) -> CliError {
        match client(g) {
            Ok(_) => panic!("expected an error"),
            Err(e) => e,
        }
    }

    #[test]
    fn missing_key_names_flag_and_variable() {
        let err = error_of(&global(None, Some("t")));
        assert_eq!(err.kind(), "config");
        let msg = err.to_string();
        assert!(
            msg.contains("--api-key") && msg.contains("VCC_API_KEY"),
            "{msg}"
        );
    }

    #[test]
    fn blank_token_means_not_signed_in() {
        let err = error_of(&global(Some("k"), Some("  \n")));
        assert_eq!(err.kind(), "not_signed_in");
        let msg = err.to_string();
        assert!(
            msg.contains("--access-token") && msg.contains("BEACON_ACCESS_TOKEN"),
            "{msg}"
        );
    }

    #[test]
    fn bad_url_is_a_config_error() {
        let mut g = global(Some("k"), Some("t"));
        g.api_url = "ftp://example.invalid".into();
        assert_eq!(error_of(&g).kind(), "config");
    }
}
