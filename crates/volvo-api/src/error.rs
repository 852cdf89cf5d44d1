//! The one error type of this crate. Each variant is specific enough for a UI to say the right
//! thing in plain words; `kind()` is the stable machine name that crosses IPC and `--json`.

use std::time::Duration;

/// Everything that can go wrong talking to Volvo. `Clone` so that every caller waiting on one
/// shared token refresh can get that refresh's error.
#[derive(Debug, Clone, thiserror::Error, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(ErrorKind),
    derive(strum::EnumIter, strum::IntoStaticStr, Hash),
    strum(serialize_all = "snake_case")
)]
#[non_exhaustive]
pub enum Error {
    /// Volvo refused the access token even after one fresh token was tried.
    #[error("Volvo did not accept the sign-in (the access token was refused). Sign in again.")]
    TokenRejected { detail: String },

    /// No access token can be had (not signed in, or a pasted test token expired).
    #[error("{reason}")]
    NotSignedIn { reason: String },

    /// The VCC API key is wrong or its application is not active.
    #[error("Volvo refused the API key. Check the VCC API key of your application in the Volvo developer portal.")]
    InvalidApiKey { detail: String },

    /// The API key's daily call volume is spent. Not an authentication problem.
    #[error("{}", quota_message(*resets_in))]
    QuotaExceeded { resets_in: Option<Duration> },

    /// Too many requests: Volvo's 429, or our own 10-commands-a-minute limiter (`local`).
    #[error("{}", rate_limited_message(*retry_after, *local))]
    RateLimited {
        retry_after: Option<Duration>,
        local: bool,
    },

    /// 403 that is not the quota: a missing scope, or a read-only demo car.
    #[error("Volvo refused this request: {detail}")]
    Forbidden { detail: String },

    /// 404 on a command: this car does not have it.
    #[error("This car does not support {command}.")]
    CommandNotSupported { command: String },

    /// 404 on anything else: the car is not (or no longer) connected to this account.
    #[error("Volvo does not know this car on your account: {detail}")]
    NotFound { detail: String },

    /// 409: the car is busy with something that conflicts.
    #[error("The car is busy with another request; try again in a moment. ({detail})")]
    Conflict { detail: String },

    /// Another 4xx (400, 405, 415, 422): our request was wrong. A bug, but described.
    #[error("Volvo rejected the request (HTTP {status}): {detail}")]
    BadRequest { status: u16, detail: String },

    /// 5xx. For a command the car may or may not have acted: it is never re-sent.
    #[strum_discriminants(strum(serialize = "server_error"))]
    #[error("{}", server_message(*status, detail, *command_may_have_run))]
    Server {
        status: u16,
        detail: String,
        command_may_have_run: bool,
    },

    /// No answer in time. For a command the car may or may not have acted.
    #[error("{}", timeout_message(*after, *command_may_have_run))]
    Timeout {
        after: Duration,
        command_may_have_run: bool,
    },

    /// The connection failed or dropped.
    #[error("{}", network_message(detail, *command_may_have_run))]
    Network {
        detail: String,
        command_may_have_run: bool,
    },

    /// The answer could not be understood.
    #[error(
        "Volvo sent an answer Beacon could not read ({detail}). Start of the answer: {excerpt:?}"
    )]
    Decode { detail: String, excerpt: String },

    /// A VIN that is not 17 ASCII letters or digits. Checked before any request is built.
    #[error("{input:?} is not a VIN: a VIN is exactly 17 letters and digits.")]
    InvalidVin { input: String },

    /// The user cancelled at Volvo ID (`error=access_denied`).
    #[error("Sign-in was cancelled.")]
    SignInCancelled { description: Option<String> },

    /// Nobody came back to the loopback listener in time (the browser step was not finished).
    #[error("Sign-in was not finished in the browser within {}. Please start again.", human_duration(*after))]
    SignInTimedOut { after: Duration },

    /// A callback whose `state` is missing, unknown, already used or expired: it does not
    /// belong to a sign-in this app started (or it took longer than 10 minutes).
    #[error("{reason}")]
    InvalidState { reason: String },

    /// A callback URL that cannot be read (not our redirect, no `code`, garbage).
    #[error("That is not a Volvo ID sign-in answer: {reason}")]
    InvalidCallback { reason: String },

    /// Volvo ID refused the sign-in for another reason (wrong client id or secret, a
    /// redirect URI that is not registered, a code that was already used, ...).
    #[error("{}", sign_in_failed_message(error, description.as_deref()))]
    SignInFailed {
        error: String,
        description: Option<String>,
    },

    /// The refresh token is dead (`invalid_grant`): the only case that signs a user out.
    #[error("Your Volvo sign-in has ended ({reason}). Please sign in again.")]
    SignedOut { reason: String },

    /// A pasted test access token has expired; it cannot be renewed.
    #[error("The test access token expired{}. Get a new one from the Volvo developer portal, or sign in with Volvo ID.", expired_at.as_deref().map(|t| format!(" at {t}")).unwrap_or_default())]
    TestTokenExpired { expired_at: Option<String> },

    /// No OS keychain can be reached. Nothing is written anywhere else instead.
    #[error("No keychain is available ({detail}). Beacon will not store secrets in a plain file: you are signed in for this session only.")]
    KeychainUnavailable { detail: String },

    /// The keychain answered with an error.
    #[error("The keychain refused: {detail}")]
    Keychain { detail: String },

    /// The client was configured with something unusable (a bad base URL, an empty key).
    #[error("Configuration problem: {0}")]
    Config(String),
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

fn sign_in_failed_message(error: &str, description: Option<&str>) -> String {
    let plain = match error {
        "invalid_client" | "unauthorized_client" => {
            "Volvo ID did not accept the client id or client secret. Check them in the Volvo developer portal."
        }
        "invalid_grant" => "Volvo ID did not accept the sign-in code (it may have been used already, or the redirect URI differs). Please sign in again.",
        "invalid_scope" => "Volvo ID refused the requested permissions (scopes). Check the scopes of your application.",
        "server_error" | "temporarily_unavailable" => "Volvo ID had a problem. Try again in a moment.",
        _ => "Volvo ID refused the sign-in.",
    };
    match description {
        Some(d) if !d.is_empty() => format!("{plain} (Volvo ID said: {error}: {d})"),
        _ => format!("{plain} (Volvo ID said: {error})"),
    }
}

fn quota_message(resets_in: Option<Duration>) -> String {
    match resets_in {
        Some(d) => format!(
            "Today's Volvo API quota for this app is used up. It resets in {}. You are still signed in.",
            human_duration(d)
        ),
        None => "Today's Volvo API quota for this app is used up. It resets within a day. You are still signed in.".to_owned(),
    }
}

fn rate_limited_message(retry_after: Option<Duration>, local: bool) -> String {
    let who = if local {
        "Volvo allows 10 commands a minute, and that many were just sent."
    } else {
        "Volvo says too many requests were sent."
    };
    match retry_after {
        Some(d) => format!("{who} Try again in {}.", human_duration(d)),
        None => format!("{who} Try again in a minute."),
    }
}

fn server_message(status: u16, detail: &str, may_have_run: bool) -> String {
    let base = format!("Volvo's service had a problem (HTTP {status})");
    let detail = if detail.is_empty() {
        String::new()
    } else {
        format!(": {detail}")
    };
    if may_have_run {
        format!("{base}{detail}. The car may or may not have received the command; it was not sent again.")
    } else {
        format!("{base}{detail}. Try again later.")
    }
}

fn timeout_message(after: Duration, may_have_run: bool) -> String {
    if may_have_run {
        format!(
            "No answer from Volvo after {}. The car may or may not have received the command; it was not sent again.",
            human_duration(after)
        )
    } else {
        format!(
            "No answer from Volvo after {}. Check your connection and try again.",
            human_duration(after)
        )
    }
}

fn network_message(detail: &str, may_have_run: bool) -> String {
    if may_have_run {
        format!("The connection to Volvo broke while sending the command ({detail}). The car may or may not have received it; it was not sent again.")
    } else {
        format!("Could not reach Volvo ({detail}). Check your internet connection.")
    }
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
    fn command_uncertainty_is_reported() {
        let e = Error::Timeout {
            after: Duration::from_secs(90),
            command_may_have_run: true,
        };
        assert!(e.command_may_have_run());
        assert!(e.to_string().contains("not sent again"));
    }
}
