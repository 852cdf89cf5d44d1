//! The one error type of this crate. Each variant is specific enough for a UI to say the right
//! thing in plain words; `kind()` is the stable machine name that crosses IPC and `--json`.

use std::fmt;
use std::time::Duration;

use beacon_i18n::{t, Lang, Words};

/// Everything that can go wrong talking to Volvo. `Clone` so that every caller waiting on one
/// shared token refresh can get that refresh's error.
#[derive(Debug, Clone, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(ErrorKind),
    derive(strum::EnumIter, strum::IntoStaticStr, Hash),
    strum(serialize_all = "snake_case")
)]
#[non_exhaustive]
pub enum Error {
    /// Volvo refused the access token even after one fresh token was tried.
    TokenRejected { detail: String },

    /// No access token can be had (not signed in, or a pasted test token expired).
    NotSignedIn { reason: Words },

    /// The VCC API key is wrong or its application is not active.
    InvalidApiKey { detail: String },

    /// The API key's daily call volume is spent. Not an authentication problem.
    QuotaExceeded { resets_in: Option<Duration> },

    /// Too many requests: Volvo's 429, or our own 10-commands-a-minute limiter (`local`).
    RateLimited {
        retry_after: Option<Duration>,
        local: bool,
    },

    /// 403 that is not the quota: a missing scope, or a read-only demo car.
    Forbidden { detail: String },

    /// 404 on a command: this car does not have it.
    CommandNotSupported { command: String },

    /// 404 on anything else: the car is not (or no longer) connected to this account.
    NotFound { detail: String },

    /// 409: the car is busy with something that conflicts.
    Conflict { detail: String },

    /// Another 4xx (400, 405, 415, 422): our request was wrong. A bug, but described.
    BadRequest { status: u16, detail: String },

    /// 5xx. For a command the car may or may not have acted: it is never re-sent.
    #[strum_discriminants(strum(serialize = "server_error"))]
    Server {
        status: u16,
        detail: String,
        command_may_have_run: bool,
    },

    /// No answer in time. For a command the car may or may not have acted.
    Timeout {
        after: Duration,
        command_may_have_run: bool,
    },

    /// The connection failed or dropped.
    Network {
        detail: String,
        command_may_have_run: bool,
    },

    /// The answer could not be understood.
    Decode { detail: String, excerpt: String },

    /// A VIN that is not 17 ASCII letters or digits. Checked before any request is built.
    InvalidVin { input: String },

    /// The user cancelled at Volvo ID (`error=access_denied`).
    SignInCancelled { description: Option<String> },

    /// Nobody came back to the loopback listener in time (the browser step was not finished).
    SignInTimedOut { after: Duration },

    /// A callback whose `state` is missing, unknown, already used or expired: it does not
    /// belong to a sign-in this app started (or it took longer than 10 minutes).
    InvalidState { reason: Words },

    /// A callback URL that cannot be read (not our redirect, no `code`, garbage).
    InvalidCallback { reason: Words },

    /// Volvo ID refused the sign-in for another reason (wrong client id or secret, a
    /// redirect URI that is not registered, a code that was already used, ...).
    SignInFailed {
        error: String,
        description: Option<String>,
    },

    /// The refresh token is dead (`invalid_grant`): the only case that signs a user out.
    SignedOut { reason: String },

    /// A pasted test access token has expired; it cannot be renewed.
    TestTokenExpired { expired_at: Option<String> },

    /// No OS keychain can be reached. Nothing is written anywhere else instead.
    KeychainUnavailable { detail: String },

    /// The keychain answered with an error.
    Keychain { detail: String },

    /// The client was configured with something unusable (a bad base URL, an empty key).
    Config(Words),
}

impl Error {
    /// Stable snake_case name of the variant, for `{kind, message}` JSON (derived: every
    /// variant has one; [`ErrorKind`] lists them all).
    pub fn kind(&self) -> &'static str {
        ErrorKind::from(self).into()
    }

    /// The sign-in is over and only a new one helps: the refresh token is dead, or a pasted
    /// test token expired. The app goes to "signed out" on these.
    pub fn ends_session(&self) -> bool {
        matches!(
            self,
            Error::SignedOut { .. } | Error::TestTokenExpired { .. }
        )
    }

    /// About the sign-in (no token, a refused or ended one), not about the API key or the
    /// request: a key check that gets one of these learned that Volvo accepted the key.
    pub fn concerns_sign_in(&self) -> bool {
        matches!(
            self,
            Error::TokenRejected { .. }
                | Error::NotSignedIn { .. }
                | Error::TestTokenExpired { .. }
                | Error::SignedOut { .. }
        )
    }

    /// True when a command may have reached the car although we have no answer: the caller
    /// must tell the user so, and must not send it again on its own.
    pub fn command_may_have_run(&self) -> bool {
        match self {
            Error::Server {
                command_may_have_run,
                ..
            }
            | Error::Timeout {
                command_may_have_run,
                ..
            }
            | Error::Network {
                command_may_have_run,
                ..
            } => *command_may_have_run,
            _ => false,
        }
    }

    /// How long to wait before trying again, when Volvo or the limiter said so.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::RateLimited { retry_after, .. } => *retry_after,
            Error::QuotaExceeded { resets_in } => *resets_in,
            _ => None,
        }
    }
}

/// "1 h 5 min", "42 s": short and readable.
pub fn human_duration(d: Duration) -> String {
    let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    match (h, m) {
        (0, 0) => format!("{s} s"),
        (0, _) if s == 0 => format!("{m} min"),
        (0, _) => format!("{m} min {s} s"),
        _ if m == 0 => format!("{h} h"),
        _ => format!("{h} h {m} min"),
    }
}

impl Error {
    /// What went wrong, in plain words in `lang`. `Display` is this in English, the words of
    /// `beacon` and its `--json`.
    pub fn message(&self, lang: Lang) -> String {
        let wait = |d: &Duration| human_duration(*d);
        let may_have_run = |run: bool, otherwise: String| {
            if run {
                t!(lang, "error-command-may-have-run")
            } else {
                otherwise
            }
        };
        match self {
            Error::TokenRejected { .. } => t!(lang, "error-token-rejected"),
            Error::NotSignedIn { reason } | Error::InvalidState { reason } => reason.in_lang(lang),
            Error::InvalidApiKey { .. } => t!(lang, "error-invalid-api-key"),
            Error::QuotaExceeded { resets_in: Some(d) } => {
                t!(lang, "error-quota-resets-in", wait = wait(d))
            }
            Error::QuotaExceeded { resets_in: None } => t!(lang, "error-quota-resets-within-a-day"),
            Error::RateLimited { retry_after, local } => {
                let who = if *local {
                    t!(lang, "error-rate-limited-here")
                } else {
                    t!(lang, "error-rate-limited-by-volvo")
                };
                let when = match retry_after {
                    Some(d) => t!(lang, "try-again-in", wait = wait(d)),
                    None => t!(lang, "try-again-in-a-minute"),
                };
                format!("{who} {when}")
            }
            Error::Forbidden { detail } => t!(lang, "error-forbidden", detail = detail),
            Error::CommandNotSupported { command } => {
                t!(lang, "error-command-not-supported", name = command)
            }
            Error::NotFound { detail } => t!(lang, "error-not-found", detail = detail),
            Error::Conflict { detail } => t!(lang, "error-conflict", detail = detail),
            Error::BadRequest { status, detail } => {
                t!(lang, "error-bad-request", status = *status, detail = detail)
            }
            Error::Server {
                status,
                detail,
                command_may_have_run,
            } => {
                let problem = if detail.is_empty() {
                    t!(lang, "error-server", status = *status)
                } else {
                    t!(
                        lang,
                        "error-server-detail",
                        status = *status,
                        detail = detail
                    )
                };
                let next = may_have_run(*command_may_have_run, t!(lang, "try-again-later"));
                format!("{problem} {next}")
            }
            Error::Timeout {
                after,
                command_may_have_run,
            } => {
                let problem = t!(lang, "error-timeout", wait = wait(after));
                let next = may_have_run(
                    *command_may_have_run,
                    t!(lang, "check-connection-and-try-again"),
                );
                format!("{problem} {next}")
            }
            Error::Network {
                detail,
                command_may_have_run: true,
            } => t!(lang, "error-network-while-sending", detail = detail),
            Error::Network { detail, .. } => t!(lang, "error-network", detail = detail),
            Error::Decode { detail, excerpt } => t!(
                lang,
                "error-decode",
                detail = detail,
                excerpt = format!("{excerpt:?}")
            ),
            Error::InvalidVin { input } => {
                t!(lang, "error-invalid-vin", input = format!("{input:?}"))
            }
            Error::SignInCancelled { .. } => t!(lang, "error-sign-in-cancelled"),
            Error::SignInTimedOut { after } => {
                t!(lang, "error-sign-in-timed-out", wait = wait(after))
            }
            Error::InvalidCallback { reason } => {
                t!(
                    lang,
                    "error-invalid-callback",
                    reason = reason.in_lang(lang)
                )
            }
            Error::SignInFailed { error, description } => {
                sign_in_failed_message(lang, error, description.as_deref())
            }
            Error::SignedOut { reason } => t!(lang, "error-signed-out", reason = reason),
            Error::TestTokenExpired { expired_at: None } => t!(lang, "error-test-token-expired"),
            Error::TestTokenExpired {
                expired_at: Some(time),
            } => t!(lang, "error-test-token-expired-at", time = time),
            Error::KeychainUnavailable { detail } => {
                t!(lang, "error-keychain-unavailable", detail = detail)
            }
            Error::Keychain { detail } => t!(lang, "error-keychain", detail = detail),
            Error::Config(detail) => t!(lang, "error-config", detail = detail.in_lang(lang)),
        }
    }
}

/// One source of the words: the English of `Display` is [`Error::message`]'s.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Error {}

/// What Volvo ID's error code means, then the code (and its description) as Volvo ID sent it.
fn sign_in_failed_message(lang: Lang, error: &str, description: Option<&str>) -> String {
    let plain = match error {
        "invalid_client" | "unauthorized_client" => t!(lang, "error-sign-in-client"),
        "invalid_grant" => t!(lang, "error-sign-in-code"),
        "invalid_scope" => t!(lang, "error-sign-in-scope"),
        "server_error" | "temporarily_unavailable" => t!(lang, "error-sign-in-volvo-id-problem"),
        _ => t!(lang, "error-sign-in-refused"),
    };
    let said = match description {
        Some(d) if !d.is_empty() => {
            t!(
                lang,
                "volvo-id-said-described",
                error = error,
                description = d
            )
        }
        _ => t!(lang, "volvo-id-said", error = error),
    };
    format!("{plain} {said}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(human_duration(Duration::from_secs(42)), "42 s");
        assert_eq!(human_duration(Duration::from_millis(41_200)), "42 s");
        assert_eq!(human_duration(Duration::from_secs(120)), "2 min");
        assert_eq!(human_duration(Duration::from_secs(125)), "2 min 5 s");
        assert_eq!(
            human_duration(Duration::from_secs(6 * 3600 + 40 * 60 + 24)),
            "6 h 40 min"
        );
        assert_eq!(human_duration(Duration::from_secs(3600)), "1 h");
    }

    #[test]
    fn quota_message_names_reset_and_keeps_user_signed_in() {
        let e = Error::QuotaExceeded {
            resets_in: Some(Duration::from_secs(24024)),
        };
        let m = e.to_string();
        assert!(m.contains("6 h 40 min"), "{m}");
        assert!(m.contains("still signed in"), "{m}");
        assert_eq!(e.kind(), "quota_exceeded");
    }

    /// The kinds are a contract (IPC, `--json`, scripts): derived now, they must stay the
    /// names they always were, one per variant.
    #[test]
    fn every_variant_has_its_stable_kind() {
        use strum::IntoEnumIterator as _;
        let kinds: Vec<&str> = ErrorKind::iter().map(<&str>::from).collect();
        assert_eq!(
            kinds,
            [
                "token_rejected",
                "not_signed_in",
                "invalid_api_key",
                "quota_exceeded",
                "rate_limited",
                "forbidden",
                "command_not_supported",
                "not_found",
                "conflict",
                "bad_request",
                "server_error",
                "timeout",
                "network",
                "decode",
                "invalid_vin",
                "sign_in_cancelled",
                "sign_in_timed_out",
                "invalid_state",
                "invalid_callback",
                "sign_in_failed",
                "signed_out",
                "test_token_expired",
                "keychain_unavailable",
                "keychain",
                "config",
            ]
        );
        let server = Error::Server {
            status: 502,
            detail: String::new(),
            command_may_have_run: true,
        };
        assert_eq!(server.kind(), "server_error");
        let ended = Error::SignedOut {
            reason: "invalid_grant".into(),
        };
        assert!(ended.ends_session() && ended.concerns_sign_in());
        assert!(!server.ends_session() && !server.concerns_sign_in());
    }

    #[test]
    fn errors_read_in_swedish_and_german_and_english_stays() {
        let quota = Error::QuotaExceeded {
            resets_in: Some(Duration::from_secs(24024)),
        };
        assert_eq!(
            quota.to_string(),
            "Today's Volvo API quota for this app is used up. It resets in 6 h 40 min. You are still signed in."
        );
        assert_eq!(quota.to_string(), quota.message(Lang::En));
        assert_eq!(
            quota.message(Lang::Sv),
            "Appens dagliga kvot hos Volvos API är slut. Den fylls på om 6 h 40 min. Du är fortfarande inloggad."
        );
        let broke = Error::Network {
            detail: "connection reset".into(),
            command_may_have_run: true,
        };
        assert_eq!(
            broke.message(Lang::De),
            "Die Verbindung zu Volvo ist beim Senden des Befehls abgebrochen (connection reset). Ob das Fahrzeug ihn erhalten hat, ist unklar; er wurde nicht erneut gesendet."
        );
        let server = Error::Server {
            status: 502,
            detail: "Bad gateway".into(),
            command_may_have_run: false,
        };
        assert_eq!(
            server.to_string(),
            "Volvo's service had a problem (HTTP 502): Bad gateway. Try again later."
        );
        assert_eq!(
            server.message(Lang::Sv),
            "Volvos tjänst hade problem (HTTP 502): Bad gateway. Försök igen senare."
        );
        let refused = Error::SignInFailed {
            error: "invalid_client".into(),
            description: Some("Client authentication failed".into()),
        };
        assert_eq!(
            refused.message(Lang::De),
            "Volvo ID hat die Client-ID oder das Client-Secret nicht akzeptiert. Prüfen Sie beides im Volvo Developer Portal. (Volvo ID meldete: invalid_client: Client authentication failed)"
        );
        let limited = Error::RateLimited {
            retry_after: None,
            local: true,
        };
        assert_eq!(
            limited.to_string(),
            "Volvo allows 10 commands a minute, and that many were just sent. Try again in a minute."
        );
        assert_eq!(
            Error::InvalidVin {
                input: "nope".into()
            }
            .to_string(),
            "\"nope\" is not a VIN: a VIN is exactly 17 letters and digits."
        );
    }

    #[test]
    fn command_uncertainty_is_reported() {
        let e = Error::Timeout {
            after: Duration::from_secs(90),
            command_may_have_run: true,
        };
        assert!(e.command_may_have_run());
        assert!(e.to_string().contains("not sent again"));
    }
}
