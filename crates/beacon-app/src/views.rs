//! The payloads of docs/ipc.md, exactly as the page receives them (camelCase). These are the
//! only shapes that cross to the UI, so no field here may ever hold a token, key or secret.

use serde::{Deserialize, Serialize};
use volvo_api::Command;

/// Which world the app is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The in-process simulator with the demo fleet.
    Demo,
    /// The user's own Volvo account.
    Account,
    /// The account's sign-in ended; nothing can be fetched until the user signs in again.
    SignedOut,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppState {
    pub mode: Mode,
    pub signed_in: bool,
    pub signed_out_reason: Option<String>,
    pub notice: Option<String>,
    /// Where secrets are kept, e.g. "Secret Service".
    pub keychain: String,
    /// Honking waits for a second yes (window, tray, shortcut); flashing never asks.
    pub ask_before_honking: bool,
    /// The language Beacon speaks now: `en`, `sv`, `de`.
    pub language: &'static str,
    /// What Account & setup chose: `system`, or a language's code.
    pub language_setting: &'static str,
    /// The system's language (what `system` means), for the choice's words.
    pub system_language: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Vehicle {
    pub vin: String,
    pub masked_vin: String,
    pub model: Option<String>,
    pub model_year: Option<u16>,
    pub colour: Option<String>,
    pub fuel_type: Option<String>,
    pub nickname: Option<String>,
    pub display_name: String,
    /// Only the supported ones, always in the order FLASH, HONK, HONK_AND_FLASH.
    pub commands: Vec<Command>,
    pub missing_note: Option<String>,
    pub availability: Option<AvailabilityView>,
    /// Known from the last start and not yet confirmed by Volvo in this one.
    pub stale: bool,
    pub in_flight: Vec<Command>,
    pub last_outcome: Option<Outcome>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AvailabilityView {
    /// `None` when Volvo did not say either way.
    pub available: Option<bool>,
    /// A few words, for the tile's chip (e.g. "Asleep").
    pub text: String,
    /// The whole story, for the chip's tooltip and screen readers (e.g. "Asleep to save power:
    /// it wakes when used or unlocked with the key"). Empty in a handoff from before it.
    #[serde(default)]
    pub detail: String,
    /// ms since the epoch; `None` when the check itself failed.
    pub checked_at: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeState {
    Pending,
    Done,
}

/// How a finished command reads: the core's classification, or `error` when no answer
/// from the car was had at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeClass {
    Succeeded,
    DeliveredUnconfirmed,
    Failed,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// One run of a command, from its start to its answer: the same id in `send_command`'s
    /// answer, both events, the car's `lastOutcome` and history. Ids only grow, also across
    /// the app's restarts. 0 in history written before runs had ids.
    #[serde(default)]
    pub run_id: u64,
    pub vin: String,
    pub command: Command,
    pub state: OutcomeState,
    /// Done: `invokeStatus` exactly as Volvo sent it, or `error:<kind>`. Pending: `"pending"`.
    pub status: String,
    pub outcome: Option<OutcomeClass>,
    pub message: String,
    pub advice: Option<String>,
    pub started_at: u64,
    pub finished_at: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    #[serde(flatten)]
    pub outcome: Outcome,
    pub display_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SetupStatus {
    pub has_api_key: bool,
    pub has_secondary_api_key: bool,
    pub has_client_id: bool,
    pub has_client_secret: bool,
    /// Not a secret: it is part of every authorization URL anyway.
    pub client_id: Option<String>,
    pub redirect_uris: RedirectUris,
    pub shortcut: ShortcutView,
    pub api_calls: ApiCallsView,
}

/// The day's calls of the keys in effect, counted by the app and the CLI alike. The page puts
/// them in words; every field always has a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiCallsView {
    /// Volvo's daily calls per key.
    pub quota: u64,
    /// The count's share of `quota` from which the page warns.
    pub warn_at: u64,
    /// The next 00:00 UTC (ms), when the counts and Volvo's quotas start again.
    pub resets_at: u64,
    /// The primary, then the secondary if one is in effect; empty without a key.
    pub keys: Vec<KeyCallsView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyCallsView {
    /// `primary` or `secondary`.
    pub role: volvo_api::KeyRole,
    pub calls: u64,
    /// The key requests go out with now: the secondary once it has taken over.
    pub in_use: bool,
    /// Volvo's last answer to this key today said its quota is spent.
    pub quota_spent: bool,
}

/// The redirect URI to register in the developer portal for each way back from the browser.
/// Keys match `begin_sign_in`'s `via` values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedirectUris {
    pub deep_link: String,
    pub loopback: String,
    /// An https page the user registered themselves; `None` until one is configured.
    pub paste: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShortcutView {
    pub enabled: bool,
    pub accelerator: String,
    /// The car it honks and flashes; `None` = the first car that supports it.
    pub vin: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyCheck {
    pub ok: bool,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SignInStart {
    pub authorize_url: String,
    pub redirect_uri: String,
}

/// What Rust tells the page without being asked. The shell forwards each as the Tauri event
/// named by [`AppEvent::name`]; [`AppEvent::NAMES`] lists them all for the IPC contract.
#[derive(Debug, Clone, PartialEq, strum::IntoStaticStr, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum AppEvent {
    CommandStarted(Outcome),
    CommandFinished(Outcome),
    VehiclesChanged(Vec<Vehicle>),
    AuthChanged(AppState),
}

impl AppEvent {
    /// Every event name, in declaration order.
    pub const NAMES: &'static [&'static str] = <Self as strum::VariantNames>::VARIANTS;

    pub fn name(&self) -> &'static str {
        self.into()
    }

    pub fn payload(&self) -> serde_json::Value {
        let value = match self {
            AppEvent::CommandStarted(o) | AppEvent::CommandFinished(o) => serde_json::to_value(o),
            AppEvent::VehiclesChanged(v) => serde_json::to_value(v),
            AppEvent::AuthChanged(s) => serde_json::to_value(s),
        };
        // These types hold only strings, numbers and enums: serializing cannot fail.
        value.unwrap_or(serde_json::Value::Null)
    }
}

/// Milliseconds since the epoch, the unit of every timestamp the page sees.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_names_are_the_ones_the_page_listens_for() {
        assert_eq!(
            AppEvent::NAMES,
            [
                "command-started",
                "command-finished",
                "vehicles-changed",
                "auth-changed"
            ]
        );
        let state = AppState {
            mode: Mode::Demo,
            signed_in: false,
            signed_out_reason: None,
            notice: None,
            keychain: "memory".into(),
            ask_before_honking: false,
            language: "en",
            language_setting: "system",
            system_language: "en",
        };
        assert_eq!(AppEvent::AuthChanged(state).name(), "auth-changed");
        assert_eq!(AppEvent::VehiclesChanged(vec![]).name(), "vehicles-changed");
    }

    #[test]
    fn outcome_serializes_as_the_contract_says() {
        let o = Outcome {
            run_id: 1_800_000_000_000_001,
            vin: "YV1XZK8V2P1234567".into(),
            command: Command::HonkAndFlash,
            state: OutcomeState::Done,
            status: "COMPLETED".into(),
            outcome: Some(OutcomeClass::DeliveredUnconfirmed),
            message: "m".into(),
            advice: None,
            started_at: 1,
            finished_at: Some(2),
        };
        let v = serde_json::to_value(HistoryEntry {
            outcome: o,
            display_name: "XC40".into(),
        })
        .unwrap();
        assert_eq!(v["command"], "HONK_AND_FLASH");
        assert_eq!(v["state"], "done");
        assert_eq!(v["outcome"], "delivered_unconfirmed");
        assert_eq!(v["startedAt"], 1);
        assert_eq!(v["finishedAt"], 2);
        assert_eq!(v["displayName"], "XC40");
        assert!(v["advice"].is_null());
        assert_eq!(v["runId"], 1_800_000_000_000_001u64);
        // History written before runs had ids still reads.
        let mut old = v.as_object().unwrap().clone();
        old.remove("runId");
        let read: HistoryEntry = serde_json::from_value(old.into()).unwrap();
        assert_eq!(read.outcome.run_id, 0);
    }

    #[test]
    fn redirect_uri_keys_match_the_via_values() {
        let v = serde_json::to_value(RedirectUris {
            deep_link: "a".into(),
            loopback: "b".into(),
            paste: None,
        })
        .unwrap();
        assert_eq!(v["deep_link"], "a");
        assert!(v["paste"].is_null());
    }
}
