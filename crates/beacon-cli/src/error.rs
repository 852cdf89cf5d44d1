//! The CLI's one error type. `kind()` is part of the `--json` contract: scripts match on it, so
//! a name never changes once shipped.

/// Everything `beacon` can fail with. Every variant means exit status 1.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Volvo, the network or the client said no; its own kind passes through unchanged.
    #[error(transparent)]
    Api(#[from] volvo_api::Error),

    /// A setting is missing or unusable (API key, API URL).
    #[error("{0}")]
    Config(String),

    /// No access token was given, and no sign-in is stored.
    #[error("{0}")]
    NotSignedIn(String),

    /// Something had to be kept in the keychain and there is none; nothing was written.
    #[error("{0}")]
    NoKeychain(String),

    /// The command line itself was wrong (clap's message).
    #[error("{0}")]
    Usage(String),

    /// The simulator could not start or stopped with a problem.
    #[error("The simulator failed: {0}")]
    Sim(String),

    /// Writing the answer failed (other than a closed pipe, which is not an error).
    #[error("Could not write the output: {0}")]
    Output(#[from] std::io::Error),

    /// Something that should not happen did (e.g. no async runtime could be started).
    #[error("Beacon failed: {0}")]
    Internal(String),
}

impl CliError {
    pub fn kind(&self) -> &'static str {
        match self {
            CliError::Api(e) => e.kind(),
            CliError::Config(_) => "config",
            CliError::NotSignedIn(_) => "not_signed_in",
            // The library's kind for the same situation, so scripts match one name.
            CliError::NoKeychain(_) => "keychain_unavailable",
            CliError::Usage(_) => "usage",
            CliError::Sim(_) => "simulator",
            CliError::Output(_) => "output",
            CliError::Internal(_) => "internal",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_errors_keep_their_kind_and_words() {
        let api = volvo_api::Error::CommandNotSupported {
            command: "HONK".into(),
        };
        let words = api.to_string();
        let e = CliError::from(api);
        assert_eq!(e.kind(), "command_not_supported");
        assert_eq!(e.to_string(), words);
    }

    #[test]
    fn own_kinds_are_snake_case() {
        for e in [
            CliError::Config(String::new()),
            CliError::NotSignedIn(String::new()),
            CliError::NoKeychain(String::new()),
            CliError::Usage(String::new()),
            CliError::Sim(String::new()),
        ] {
            let k = e.kind();
            assert!(k.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{k}");
        }
    }
}
