//! The CLI's one error type. `kind()` is part of the `--json` contract: scripts match on it, so
//! a name never changes once shipped. The words come from cli.ftl in the language asked for;
//! `Display` is English, for logs and for `--json` without `--lang`.

use std::fmt;

use beacon_i18n::{t, Lang};

use crate::library_words::api_message;

/// Everything `beacon` can fail with. Every variant means exit status 1. Each carries the data
/// its words need, not the words, so they can be said in any language.
#[derive(Debug)]
pub enum CliError {
    /// Volvo, the network or the client said no; its own kind passes through unchanged.
    Api(volvo_api::Error),

    /// No VCC API key by flag, environment or keychain.
    NoApiKey {
        keychain: Option<KeychainProblem>,
    },
    NoClientId,
    NoClientSecret,
    /// `beacon setup` was given nothing to keep.
    NothingToSetUp,

    /// No access token was given, and no sign-in is stored.
    NotSignedIn {
        keychain: Option<KeychainProblem>,
    },

    /// Something had to be kept in the keychain (or taken from it) and there is none; nothing
    /// was written.
    NoKeychain {
        problem: KeychainProblem,
        refused: Refused,
    },

    /// The command line itself was wrong: clap's message, which stays English like the rest
    /// of clap's words.
    Usage(String),
    /// A secret flag's value could not be read, at the terminal or (`--flag -`) from
    /// standard input.
    SecretUnreadable {
        flag: &'static str,
        from_stdin: bool,
        detail: String,
    },
    /// A secret flag was given an empty value.
    SecretEmpty {
        flag: &'static str,
    },

    /// The simulator could not start or stopped with a problem (the simulator's words).
    Sim(String),
    /// The simulator cannot be stopped by Ctrl-C.
    SimSignals(std::io::Error),

    /// Writing the answer failed (other than a closed pipe, which is not an error).
    Output(std::io::Error),

    /// Things that should not happen did.
    NoRuntime(std::io::Error),
    KeychainCallStopped(String),
    PasteStopped(String),
    PasteUnreadable(std::io::Error),
}

/// Why the OS keychain cannot keep anything.
#[derive(Debug, Clone)]
pub enum KeychainProblem {
    /// None can be reached (the system's words on why).
    Unavailable { detail: String },
    /// One was reached and refused.
    Unusable(volvo_api::Error),
}

/// What a subcommand refused to do for want of a keychain: it decides what the user is told
/// was (not) done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    Login,
    Logout,
    Setup,
}

impl CliError {
    pub fn kind(&self) -> &'static str {
        match self {
            CliError::Api(e) => e.kind(),
            CliError::NoApiKey { .. }
            | CliError::NoClientId
            | CliError::NoClientSecret
            | CliError::NothingToSetUp => "config",
            CliError::NotSignedIn { .. } => "not_signed_in",
            // The library's kind for the same situation, so scripts match one name.
            CliError::NoKeychain { .. } => "keychain_unavailable",
            CliError::Usage(_)
            | CliError::SecretUnreadable { .. }
            | CliError::SecretEmpty { .. } => "usage",
            CliError::Sim(_) | CliError::SimSignals(_) => "simulator",
            CliError::Output(_) => "output",
            CliError::NoRuntime(_)
            | CliError::KeychainCallStopped(_)
            | CliError::PasteStopped(_)
            | CliError::PasteUnreadable(_) => "internal",
        }
    }

    /// The error in plain words, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CliError::Api(e) => api_message(e, lang),
            CliError::NoApiKey { keychain } => {
                with_problem(t!(lang, "error-no-api-key"), keychain.as_ref(), lang)
            }
            CliError::NoClientId => t!(lang, "error-no-client-id"),
            CliError::NoClientSecret => t!(lang, "error-no-client-secret"),
            CliError::NothingToSetUp => t!(lang, "error-nothing-to-set-up"),
            CliError::NotSignedIn { keychain } => {
                with_problem(t!(lang, "error-not-signed-in"), keychain.as_ref(), lang)
            }
            CliError::NoKeychain { problem, refused } => t!(
                lang,
                "error-no-keychain",
                problem = problem.message(lang),
                after = match refused {
                    Refused::Login => "login",
                    Refused::Logout => "logout",
                    Refused::Setup => "setup",
                }
            ),
            CliError::Usage(clap) => clap.clone(),
            CliError::SecretUnreadable {
                flag,
                from_stdin,
                detail,
            } => t!(
                lang,
                "error-secret-unreadable",
                flag = *flag,
                from = if *from_stdin { "stdin" } else { "terminal" },
                detail = detail
            ),
            CliError::SecretEmpty { flag } => t!(lang, "error-secret-empty", flag = *flag),
            CliError::Sim(detail) => t!(lang, "error-simulator", detail = detail),
            CliError::SimSignals(e) => {
                t!(lang, "error-simulator-signals", detail = e.to_string())
            }
            CliError::Output(e) => t!(lang, "error-output", detail = e.to_string()),
            CliError::NoRuntime(e) => t!(lang, "error-no-runtime", detail = e.to_string()),
            CliError::KeychainCallStopped(detail) => {
                t!(lang, "error-keychain-call-stopped", detail = detail)
            }
            CliError::PasteStopped(detail) => t!(lang, "error-paste-stopped", detail = detail),
            CliError::PasteUnreadable(e) => {
                t!(lang, "error-paste-unreadable", detail = e.to_string())
            }
        }
    }
}

/// A missing setting's message, and why the keychain could not supply it when that is so.
fn with_problem(message: String, problem: Option<&KeychainProblem>, lang: Lang) -> String {
    match problem {
        Some(problem) => format!("{message} {}.", problem.message(lang)),
        None => message,
    }
}

impl KeychainProblem {
    /// The library's own message promises a session-only sign-in, which a CLI cannot offer.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            KeychainProblem::Unavailable { detail } => t!(lang, "keychain-none", detail = detail),
            KeychainProblem::Unusable(e) => {
                t!(lang, "keychain-unusable", detail = api_message(e, lang))
            }
        }
    }
}

impl From<volvo_api::Error> for KeychainProblem {
    fn from(e: volvo_api::Error) -> Self {
        match e {
            volvo_api::Error::KeychainUnavailable { detail } => {
                KeychainProblem::Unavailable { detail }
            }
            other => KeychainProblem::Unusable(other),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CliError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CliError::Api(e) => Some(e),
            CliError::Output(e)
            | CliError::SimSignals(e)
            | CliError::NoRuntime(e)
            | CliError::PasteUnreadable(e) => Some(e),
            _ => None,
        }
    }
}

impl From<volvo_api::Error> for CliError {
    fn from(e: volvo_api::Error) -> Self {
        CliError::Api(e)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::Output(e)
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
            CliError::NoApiKey { keychain: None },
            CliError::NotSignedIn { keychain: None },
            CliError::NoKeychain {
                problem: KeychainProblem::Unavailable {
                    detail: String::new(),
                },
                refused: Refused::Login,
            },
            CliError::Usage(String::new()),
            CliError::Sim(String::new()),
        ] {
            let k = e.kind();
            assert!(k.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{k}");
        }
    }

    #[test]
    fn the_same_error_in_each_language_and_english_when_displayed() {
        let e = CliError::NoKeychain {
            problem: KeychainProblem::Unavailable {
                detail: "no D-Bus".into(),
            },
            refused: Refused::Logout,
        };
        assert_eq!(
            e.to_string(),
            "No keychain is available (no D-Bus). Beacon never writes secrets to a plain file, so nothing can have been stored there either; nothing was removed."
        );
        assert_eq!(
            e.message(Lang::Sv),
            "Ingen nyckelring är tillgänglig (no D-Bus). Beacon skriver aldrig hemligheter till en vanlig fil, så inget kan ha sparats där heller; inget togs bort."
        );
        assert_eq!(
            e.message(Lang::De),
            "Kein Schlüsselbund verfügbar (no D-Bus). Beacon schreibt Geheimnisse nie in eine einfache Datei, daher kann dort auch nichts gespeichert sein; es wurde nichts entfernt."
        );
        assert_eq!(e.kind(), "keychain_unavailable");
    }
}
