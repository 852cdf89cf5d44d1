//! Non-secret settings in `settings.toml` in the OS config directory. Secrets have no field
//! here on purpose: they go to the [`SecretStore`](super::SecretStore), so this file can be
//! shown, copied and attached to a bug report without leaking anything.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::Error;

pub const SETTINGS_FILE: &str = "settings.toml";

/// How the browser gets back to Beacon after Volvo ID sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RedirectMode {
    /// `volvo-beacon://...`, handed over by the OS.
    DeepLink,
    /// `http://127.0.0.1:PORT/...`, answered by a listener in the app.
    Loopback,
    /// The user pastes the final URL from the browser.
    Paste,
}

/// Everything Beacon remembers that is not a secret. Unknown keys are ignored, so an older
/// Beacon can read a newer file; missing keys take their defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Client id of the user's own Volvo developer application.
    pub client_id: Option<String>,
    /// Overrides of Volvo's endpoints (the simulator, or a future region).
    pub api_url: Option<String>,
    pub auth_url: Option<String>,
    pub token_url: Option<String>,
    pub redirect_mode: Option<RedirectMode>,
    pub loopback_port: Option<u16>,
    /// The https redirect URI registered for [`RedirectMode::Paste`].
    pub paste_redirect_uri: Option<String>,
    /// VIN to the name the user gave the car.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub nicknames: BTreeMap<String, String>,
    pub default_vin: Option<String>,
    pub global_shortcut: Option<String>,
}

impl Settings {
    /// Reads `dir/settings.toml`. No file yet means defaults; a file that is not valid TOML is
    /// an error naming the file and line, never silently replaced by defaults (the next save
    /// would wipe what the user wrote).
    pub fn load(dir: &Path) -> Result<Settings, Error> {
        let path = dir.join(SETTINGS_FILE);
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Settings::default()),
            Err(e) => {
                return Err(Error::Config(format!(
                    "cannot read {}: {e}",
                    path.display()
                )))
            }
        };
        toml::from_str(&text).map_err(|e| {
            let line = e
                .span()
                .map(|span| text[..span.start].matches('\n').count() + 1);
            let at = line.map(|l| format!(" line {l}")).unwrap_or_default();
            Error::Config(format!(
                "{}{at} is not valid: {}",
                path.display(),
                e.message()
            ))
        })
    }

    /// Writes `dir/settings.toml`, creating `dir`. The new file replaces the old one in one
    /// rename, so a crash or a full disk leaves either the old or the new settings, never half.
    pub fn save(&self, dir: &Path) -> Result<(), Error> {
        let path = dir.join(SETTINGS_FILE);
        let io_error = |what: &str, e: std::io::Error| {
            Error::Config(format!("cannot {what} {}: {e}", path.display()))
        };
        let text = toml::to_string_pretty(self)
            .map_err(|e| Error::Config(format!("cannot write settings: {e}")))?;
        fs::create_dir_all(dir).map_err(|e| io_error("create the folder for", e))?;
        // Unique per process so two Beacon processes saving at once do not share a temp file.
        let temp = dir.join(format!(".{SETTINGS_FILE}.{}.tmp", std::process::id()));
        let written = fs::File::create(&temp).and_then(|mut file| {
            file.write_all(text.as_bytes())?;
            file.sync_all()
        });
        if let Err(e) = written.and_then(|()| fs::rename(&temp, &path)) {
            let _ = fs::remove_file(&temp);
            return Err(io_error("save", e));
        }
        Ok(())
    }
}

/// Where `settings.toml` lives: `$BEACON_CONFIG_DIR` if set (tests, portable installs), else
/// the OS config directory (`~/.config/volvo-beacon` on Linux).
pub fn config_dir() -> Result<PathBuf, Error> {
    dir_from("BEACON_CONFIG_DIR", |p| p.config_dir().to_path_buf())
}

/// Where Beacon keeps non-secret data such as caches: `$BEACON_DATA_DIR` if set, else the OS
/// data directory.
pub fn data_dir() -> Result<PathBuf, Error> {
    dir_from("BEACON_DATA_DIR", |p| p.data_dir().to_path_buf())
}

fn dir_from(
    variable: &str,
    pick: impl FnOnce(&directories::ProjectDirs) -> PathBuf,
) -> Result<PathBuf, Error> {
    if let Some(dir) = std::env::var_os(variable).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("com", "VolvoBeacon", "Volvo Beacon")
        .map(|p| pick(&p))
        .ok_or_else(|| {
            Error::Config(format!(
                "cannot find your home folder to keep settings in; set {variable} to a folder"
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("beacon-settings-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn missing_file_gives_defaults() {
        let dir = temp_dir("missing");
        assert_eq!(Settings::load(&dir).unwrap(), Settings::default());
    }

    #[test]
    fn save_and_load_round_trip() {
        let dir = temp_dir("round-trip").join("nested");
        let mut settings = Settings {
            client_id: Some("my-client".into()),
            api_url: Some("http://127.0.0.1:9999/v2".into()),
            redirect_mode: Some(RedirectMode::DeepLink),
            loopback_port: Some(53682),
            default_vin: Some("YV4952NA4F120DEMO".into()),
            global_shortcut: Some("CmdOrCtrl+Shift+H".into()),
            ..Settings::default()
        };
        settings
            .nicknames
            .insert("YV4952NA4F120DEMO".into(), "Family XC90".into());
        settings.save(&dir).unwrap();
        assert_eq!(Settings::load(&dir).unwrap(), settings);
        let text = fs::read_to_string(dir.join(SETTINGS_FILE)).unwrap();
        assert!(text.contains("redirect_mode = \"deep_link\""), "{text}");

        settings.client_id = None;
        settings.save(&dir).unwrap();
        assert_eq!(Settings::load(&dir).unwrap(), settings);
        let leftovers: Vec<_> = fs::read_dir(&dir).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "temp files left behind");
        fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }

    #[test]
    fn unknown_keys_are_ignored() {
        let dir = temp_dir("unknown");
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join(SETTINGS_FILE),
            "client_id = \"c\"\nfrom_the_future = 3\n[nicknames]\nYV4952NA4F120DEMO = \"Demo\"\n",
        )
        .unwrap();
        let settings = Settings::load(&dir).unwrap();
        assert_eq!(settings.client_id.as_deref(), Some("c"));
        assert_eq!(settings.nicknames["YV4952NA4F120DEMO"], "Demo");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn broken_toml_names_file_and_line() {
        let dir = temp_dir("broken");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(SETTINGS_FILE), "client_id = \"c\"\napi_url = \n").unwrap();
        let err = Settings::load(&dir).unwrap_err();
        let text = err.to_string();
        assert_eq!(err.kind(), "config");
        assert!(
            text.contains(SETTINGS_FILE) && text.contains("line 2"),
            "{text}"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn env_overrides_the_config_dir() {
        // The only test that touches these variables, so it cannot race another.
        std::env::set_var("BEACON_CONFIG_DIR", "/tmp/beacon-portable");
        std::env::set_var("BEACON_DATA_DIR", "/tmp/beacon-data");
        assert_eq!(config_dir().unwrap(), PathBuf::from("/tmp/beacon-portable"));
        assert_eq!(data_dir().unwrap(), PathBuf::from("/tmp/beacon-data"));
        std::env::remove_var("BEACON_CONFIG_DIR");
        std::env::remove_var("BEACON_DATA_DIR");
    }
}
