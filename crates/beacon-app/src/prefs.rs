//! The app's own preferences: the names the user gave the cars and the global shortcut. They
//! live in the settings file shared with `beacon setup` (as its app part), which carries them
//! over untouched; the CLI has no use for them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use volvo_api::store::SettingsOf;

/// The settings file as the app reads it.
pub type AppSettings = SettingsOf<Prefs>;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// VIN to the name the user gave the car.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub nicknames: BTreeMap<String, String>,
    /// The car the global shortcut honks and flashes; `None`: the first car that can.
    pub default_vin: Option<String>,
    /// The shortcut's accelerator while it is on.
    pub global_shortcut: Option<String>,
    /// "Ask before honking": a honk from the window, the tray or the shortcut waits for a
    /// second yes. Flashing never asks: it is silent.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ask_before_honking: bool,
    /// The language chosen in Account & setup (`en`, `sv`, `de`); `None`: the system's.
    pub language: Option<String>,
    /// Keys a newer Beacon wrote: kept as they are.
    #[serde(flatten)]
    pub newer: toml::Table,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_part_reads_and_writes_the_keys_of_before_and_keeps_newer_ones() {
        let text = "client_id = \"c\"\ndefault_vin = \"YV1XZK8V2P1234567\"\nglobal_shortcut = \"Alt+H\"\nfrom_the_future = 3\n\n[nicknames]\nYV1XZK8V2P1234567 = \"Green one\"\n";
        let settings: AppSettings = toml::from_str(text).unwrap();
        assert_eq!(settings.client_id.as_deref(), Some("c"));
        let prefs = &settings.app;
        assert_eq!(prefs.nicknames["YV1XZK8V2P1234567"], "Green one");
        assert_eq!(prefs.default_vin.as_deref(), Some("YV1XZK8V2P1234567"));
        assert_eq!(prefs.global_shortcut.as_deref(), Some("Alt+H"));
        assert_eq!(prefs.newer["from_the_future"].as_integer(), Some(3));
        let again: AppSettings =
            toml::from_str(&toml::to_string_pretty(&settings).unwrap()).unwrap();
        assert_eq!(again, settings);
    }

    #[test]
    fn a_nickname_that_is_not_a_name_makes_the_file_unreadable() {
        let broken = "client_id = \"c\"\nnicknames = 3\n";
        assert!(toml::from_str::<AppSettings>(broken).is_err());
    }
}
