//! Handing the app over to a fresh process of itself. The shell restarts the app as a
//! tray-only process once its window has been closed (on Linux a process that once showed a
//! web page keeps WebKit's network process and much of the engine for as long as it
//! lives); what the next process needs to carry on without an API call travels with it: the
//! mode and the cars. Never a token or a secret: an account's next process gets its access
//! token anew from the refresh token in the keychain.

use std::time::Duration;

use beacon_i18n::{t, Lang};
use serde::{Deserialize, Serialize};
use volvo_api::store::{SecretName, SecretStore};

use crate::dispatch::Dispatcher;
use crate::fleet::CarSnapshot;
use crate::session::{Auth, Session};
use crate::views::Mode;
use crate::AppError;

/// How long Quit waits for a renewed sign-in to reach the keychain: a locked keychain or a
/// slow Volvo ID may take seconds, and after this the user's Quit wins.
pub const RENEWAL_WAIT: Duration = Duration::from_secs(10);

/// What Quit says (title, body) in `lang` while it waits for a renewed sign-in to be saved.
pub fn quit_waits_for_renewal(lang: Lang) -> (String, String) {
    (
        t!(lang, "quit-waits-title"),
        t!(
            lang,
            "quit-waits-for-renewal",
            seconds = RENEWAL_WAIT.as_secs()
        ),
    )
}

/// Why the app neither restarts nor quits at once while the sign-in is renewed.
pub const RENEWING: &str = "the sign-in is being renewed and saved";
/// Why a restart waits for a command sent from this process.
pub const COMMAND_WAITING: &str = "a command is waiting for the car's answer";
/// Why a restart waits for a command the tray program was asked for and has not sent yet.
pub const COMMAND_ON_ITS_WAY: &str = "a command is on its way to the car";
/// Why a restart waits for a sign-in begun in this process.
pub const SIGN_IN_WAITING: &str = "a sign-in is waiting for the browser";

/// What the tray program says (title, body) in `lang` while opening the window waits for
/// `why`, one of the reasons above.
pub fn opening_later(why: &str, lang: Lang) -> (String, String) {
    let reason = match why {
        RENEWING => "renewing",
        COMMAND_WAITING | COMMAND_ON_ITS_WAY => "command",
        SIGN_IN_WAITING => "sign-in",
        _ => "other",
    };
    (
        t!(lang, "window-opening-title"),
        t!(lang, "window-opening-later", why = reason),
    )
}

/// What the tray program says (title, body) in `lang` when the window's program could not be
/// started; `error` is the system's own words.
pub fn window_failed(error: &str, lang: Lang) -> (String, String) {
    (
        t!(lang, "window-failed-title"),
        t!(lang, "window-failed", error = error),
    )
}

/// Where the handoff travels: the environment of the next process, read and removed first
/// thing ([`take_from_env`]). Only cars (no token, no secret), so the environment is good
/// enough.
pub const ENV: &str = "BEACON_HANDOFF";

/// The handoff from the previous process, if this process is one's restart. Must run before
/// any thread starts (it removes the variable, so nothing this process starts inherits it).
pub fn take_from_env() -> Option<Result<Handoff, AppError>> {
    let text = std::env::var_os(ENV)?;
    std::env::remove_var(ENV);
    Some(match text.to_str() {
        Some(text) => Handoff::from_json(text),
        None => Err(AppError::invalid(|lang| t!(lang, "handoff-not-text"))),
    })
}

/// Why a handoff waits while the cars are being fetched. A new process can fetch them itself:
/// whoever must not wait long (the tray program opening the window) goes without a handoff.
pub const CARS_LOADING: &str = "the cars are still loading";

/// Far more than any account's cars take; a larger handoff is not one of ours.
pub const MAX_HANDOFF_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Handoff {
    pub mode: Mode,
    pub cars: Vec<CarSnapshot>,
}

impl Handoff {
    pub fn to_json(&self) -> String {
        // Plain data with string keys: serializing cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The JSON for the next process, if the next process would take it: checked before this
    /// process lets go of anything (the single-instance name), since a handoff the next one
    /// refuses would cost it a fetch of every car.
    pub fn to_checked_json(&self) -> Result<String, AppError> {
        let json = self.to_json();
        if json.len() > MAX_HANDOFF_BYTES {
            return Err(too_big(json.len()));
        }
        Ok(json)
    }

    /// Reads a handoff like any other input: size-capped, every VIN checked.
    pub fn from_json(text: &str) -> Result<Handoff, AppError> {
        if text.len() > MAX_HANDOFF_BYTES {
            return Err(too_big(text.len()));
        }
        serde_json::from_str(text).map_err(|e| {
            let detail = e.to_string();
            AppError::invalid(move |lang| t!(lang, "handoff-unreadable", detail = &detail))
        })
    }
}

fn too_big(bytes: usize) -> AppError {
    AppError::invalid(move |lang| {
        t!(
            lang,
            "handoff-too-big",
            bytes = bytes,
            max = MAX_HANDOFF_BYTES
        )
    })
}

/// Why the app cannot be handed over now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stay {
    /// Something only this process can finish is under way: ask again later.
    Busy(&'static str),
    /// A new process could not rebuild this session: keep this one.
    Always(&'static str),
}

impl std::fmt::Display for Stay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stay::Busy(why) | Stay::Always(why) => f.write_str(why),
        }
    }
}

impl Handoff {
    /// What a new process needs to take over from `session`, if it can now: not while a
    /// command (`dispatch`) or a sign-in (`sign_in_pending`) waits, and never when `store`
    /// keeps secrets only in memory.
    pub(crate) fn capture(
        session: &Session,
        store: &dyn SecretStore,
        dispatch: &Dispatcher,
        sign_in_pending: bool,
    ) -> Result<Handoff, Stay> {
        match (session.mode, &session.auth) {
            (Mode::Demo, _) | (Mode::Account, Auth::VolvoId(_)) => {}
            (Mode::Account, _) => {
                return Err(Stay::Always(
                    "a test access token lives only in this process",
                ))
            }
            (Mode::SignedOut, _) => {
                return Err(Stay::Always("signed out: the reason is shown here"))
            }
        }
        if holds_secrets_in_memory_only(store) {
            // A new process would start with an empty store: in demo mode with setup empty,
            // or signed out, after the app said "signed in until Beacon quits".
            return Err(Stay::Always(
                "there is no keychain: what this session needs is kept in memory only",
            ));
        }
        if session.renewing() {
            return Err(Stay::Busy(RENEWING));
        }
        if dispatch.any_in_flight() {
            return Err(Stay::Busy(COMMAND_WAITING));
        }
        if sign_in_pending {
            return Err(Stay::Busy(SIGN_IN_WAITING));
        }
        let Some(cars) = session.fleet.cached() else {
            return Err(Stay::Busy(CARS_LOADING));
        };
        Ok(Handoff {
            mode: session.mode,
            cars: cars.iter().map(CarSnapshot::from).collect(),
        })
    }
}

/// Whether anything stored lives only as long as this process (no keychain).
fn holds_secrets_in_memory_only(store: &dyn SecretStore) -> bool {
    !store.persistent()
        && SecretName::ALL
            .into_iter()
            .any(|name| !matches!(store.get(name), Ok(None)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tray_program_says_why_the_window_waits_in_the_users_language() {
        assert_eq!(
            opening_later(COMMAND_ON_ITS_WAY, Lang::En),
            (
                "Opening Volvo Beacon".to_owned(),
                "In a moment: a command is waiting for the car's answer.".to_owned()
            )
        );
        assert_eq!(
            opening_later(RENEWING, Lang::Sv).1,
            "Om en stund: inloggningen förnyas och sparas."
        );
        assert_eq!(
            opening_later("something new", Lang::De).1,
            "Gleich: Gerade läuft noch etwas."
        );
        assert_eq!(
            window_failed("volvo-beacon is missing", Lang::De).1,
            "volvo-beacon is missing. Eine Neuinstallation von Volvo Beacon sollte das beheben."
        );
    }
}
