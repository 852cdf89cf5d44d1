//! The crate's one error type. It crosses IPC as `{kind, message}`: `kind` is volvo-api's
//! stable name for API failures, or one of the app's own (`invalid_input`, `already_in_flight`,
//! `not_configured`, `demo_unavailable`, `storage`, `internal`). [`AppError::kinds`] lists
//! every kind that can reach the page.

use std::fmt;

use beacon_i18n::{t, Lang, Words};
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// Each own variant carries its words unrendered: the language is the reader's, chosen where
/// the error is shown ([`AppError::message`]).
#[derive(Debug, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(AppErrorKind),
    derive(strum::EnumIter, strum::IntoStaticStr),
    strum(serialize_all = "snake_case")
)]
pub enum AppError {
    Api(volvo_api::Error),

    /// The page (or a deep link) sent something that is not acceptable. The message says what.
    InvalidInput(Words),

    /// The same command for the same car is still waiting for the car's answer.
    AlreadyInFlight(Words),

    /// Something the request needs (an API key, a client id, a sign-in) has not been set up.
    NotConfigured(Words),

    /// The built-in simulator behind demo mode could not start; the detail as it was said.
    DemoUnavailable(String),

    /// A file of the app's own (history, preferences, image cache) could not be written.
    Storage(Words),

    /// Beacon itself failed (a task that panicked): a bug, said in plain words.
    Internal(Words),
}

impl From<volvo_api::Error> for AppError {
    fn from(e: volvo_api::Error) -> Self {
        AppError::Api(e)
    }
}

impl AppError {
    pub fn kind(&self) -> &'static str {
        match self {
            AppError::Api(e) => e.kind(),
            own => AppErrorKind::from(own).into(),
        }
    }

    /// Every kind that can cross IPC (as an error's `kind`, or in an outcome's
    /// `status: "error:<kind>"`): volvo-api's and the app's own.
    pub fn kinds() -> Vec<&'static str> {
        use strum::IntoEnumIterator as _;
        let api = volvo_api::ErrorKind::iter().map(<&str>::from);
        let own = AppErrorKind::iter()
            .filter(|k| *k != AppErrorKind::Api)
            .map(<&str>::from);
        api.chain(own).collect()
    }

    /// `say` renders the refusal in the reader's language, e.g.
    /// `AppError::invalid(|lang| t!(lang, "input-nickname-too-long", max = 40))`.
    pub fn invalid(say: impl Fn(Lang) -> String + Send + Sync + 'static) -> Self {
        AppError::InvalidInput(Words::new(say))
    }

    /// A file of the app's or the keychain could not be written or read: `say` puts the
    /// reason, as it was given, in its sentence.
    pub(crate) fn storage(detail: String, say: fn(Lang, &str) -> String) -> Self {
        AppError::Storage(Words::new(move |lang| say(lang, &detail)))
    }

    /// What went wrong, in plain words in `lang`. `Display` is this in English.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            AppError::Api(e) => e.message(lang),
            AppError::DemoUnavailable(detail) => {
                t!(lang, "error-demo-unavailable", detail = detail)
            }
            AppError::InvalidInput(w)
            | AppError::AlreadyInFlight(w)
            | AppError::NotConfigured(w)
            | AppError::Storage(w)
            | AppError::Internal(w) => w.in_lang(lang),
        }
    }

    /// The error as the page gets it, `{kind, message}`, the message in `lang`.
    pub fn for_page(&self, lang: Lang) -> PageError<'_> {
        PageError { error: self, lang }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for AppError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            AppError::Api(e) => e.source(),
            _ => None,
        }
    }
}

/// `{kind, message}`, the shape every rejected IPC call has, with the message in a language.
pub struct PageError<'a> {
    error: &'a AppError,
    lang: Lang,
}

impl Serialize for PageError<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("AppError", 2)?;
        st.serialize_field("kind", self.error.kind())?;
        st.serialize_field("message", &self.error.message(self.lang))?;
        st.end()
    }
}

/// What the shell's commands reject with: the words in the language the user sees, the one
/// [`crate::Core::language`] gives (the system's, read once per process).
impl Serialize for AppError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.for_page(crate::words::language()).serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nickname_too_long() -> AppError {
        AppError::invalid(|lang| t!(lang, "input-nickname-too-long", max = 40))
    }

    #[test]
    fn serializes_as_kind_and_message() {
        let nickname = nickname_too_long();
        assert_eq!(
            serde_json::to_value(nickname.for_page(Lang::En)).unwrap(),
            serde_json::json!({"kind": "invalid_input", "message": "A nickname is at most 40 characters."})
        );
        assert_eq!(nickname.to_string(), "A nickname is at most 40 characters.");
        let api = AppError::from(volvo_api::Vin::parse("nope").unwrap_err());
        assert_eq!(serde_json::to_value(api).unwrap()["kind"], "invalid_vin");
    }

    #[test]
    fn the_page_gets_the_message_in_the_users_language_and_the_kind_as_ever() {
        assert_eq!(
            serde_json::to_value(nickname_too_long().for_page(Lang::Sv)).unwrap(),
            serde_json::json!({"kind": "invalid_input", "message": "Ett smeknamn får vara högst 40 tecken."})
        );
        let asleep = AppError::from(volvo_api::Error::Timeout {
            after: std::time::Duration::from_secs(30),
            command_may_have_run: true,
        });
        assert_eq!(
            serde_json::to_value(asleep.for_page(Lang::Sv)).unwrap(),
            serde_json::json!({
                "kind": "timeout",
                "message": "Inget svar från Volvo efter 30 s. Det är oklart om bilen tog emot kommandot; det skickades inte igen."
            })
        );
        assert_eq!(
            asleep.for_page(Lang::De).error.message(Lang::De),
            "Keine Antwort von Volvo nach 30 s. Ob das Fahrzeug den Befehl erhalten hat, ist unklar; er wurde nicht erneut gesendet."
        );
    }
}
