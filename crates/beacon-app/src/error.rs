//! The crate's one error type. It crosses IPC as `{kind, message}`: `kind` is volvo-api's
//! stable name for API failures, or one of the app's own (`invalid_input`, `already_in_flight`,
//! `not_configured`, `demo_unavailable`, `storage`, `internal`). [`AppError::kinds`] lists
//! every kind that can reach the page.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(AppErrorKind),
    derive(strum::EnumIter, strum::IntoStaticStr),
    strum(serialize_all = "snake_case")
)]
pub enum AppError {
    #[error(transparent)]
    Api(#[from] volvo_api::Error),

    /// The page (or a deep link) sent something that is not acceptable. The message says what.
    #[error("{0}")]
    InvalidInput(String),

    /// The same command for the same car is still waiting for the car's answer.
    #[error("{0}")]
    AlreadyInFlight(String),

    /// Something the request needs (an API key, a client id, a sign-in) has not been set up.
    #[error("{0}")]
    NotConfigured(String),

    /// The built-in simulator behind demo mode could not start.
    #[error("The demo could not start: {0}")]
    DemoUnavailable(String),

    /// A file of the app's own (history, preferences, image cache) could not be written.
    #[error("{0}")]
    Storage(String),

    /// Beacon itself failed (a task that panicked): a bug, said in plain words.
    #[error("{0}")]
    Internal(String),
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

    pub fn invalid(message: impl Into<String>) -> Self {
        AppError::InvalidInput(message.into())
    }
}

/// `{kind, message}`, the shape every rejected IPC call has.
impl Serialize for AppError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("AppError", 2)?;
        st.serialize_field("kind", self.kind())?;
        st.serialize_field("message", &self.to_string())?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_kind_and_message() {
        let v = serde_json::to_value(AppError::invalid("A nickname is at most 40 characters."))
            .unwrap();
        assert_eq!(
            v,
            serde_json::json!({"kind": "invalid_input", "message": "A nickname is at most 40 characters."})
        );
        let api = AppError::from(volvo_api::Vin::parse("nope").unwrap_err());
        assert_eq!(serde_json::to_value(api).unwrap()["kind"], "invalid_vin");
    }
}
