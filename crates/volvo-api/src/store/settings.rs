//! Non-secret settings in `settings.toml` in the OS config directory. Secrets have no field
//! here on purpose: they go to the [`SecretStore`](super::SecretStore), so this file can be
//! shown, copied and attached to a bug report without leaking anything.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use beacon_i18n::{t, Lang, Words};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::file_lock::{self, HeldLock};
use super::private_files::{create_private_dir_all, set_aside, write_private};
use crate::Error;

pub const SETTINGS_FILE: &str = "settings.toml";
/// Taken by every read-change-write of the settings file, in the same folder.
const LOCK_FILE: &str = ".settings.toml.lock";
/// A save takes milliseconds; this long means the holder is stuck.
const LONGEST_WAIT: Duration = Duration::from_secs(10);

/// What reading the settings found.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<App = toml::Table> {
    pub settings: SettingsOf<App>,
    /// A settings file that could not be read, moved out of the way.
    pub set_aside: Option<SetAside>,
}

/// Where an unreadable settings file went, and what was wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub path: PathBuf,
    pub problem: String,
}

impl SetAside {
    /// For the user: what happened and where the file is now.
    pub fn describe(&self) -> String {
        self.message(Lang::En)
    }

    /// [`SetAside::describe`] in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        t!(
            lang,
            "settings-set-aside",
            problem = &self.problem,
            path = self.path.display().to_string()
        )
    }
}

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

/// What a settings file holds besides the fields below: the desktop app's own keys (its
/// preferences: nicknames, the shortcut), and any a newer Beacon writes. The app reads them as
/// a type of its own; the CLI keeps them as a table, so its saves carry them over unchanged.
pub trait AppPart: Default + Clone + PartialEq + Serialize + DeserializeOwned {}
impl<T: Default + Clone + PartialEq + Serialize + DeserializeOwned> AppPart for T {}

/// Everything Beacon remembers that is not a secret: the user's application and Volvo's
/// endpoints, shared by the CLI and the app, and the app's part. Missing keys take their
/// defaults.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsOf<App> {
    /// Client id of the user's own Volvo developer application.
    pub client_id: Option<String>,
    /// Overrides of Volvo's endpoints (the simulator, or a future region).
    pub api_url: Option<String>,
    pub auth_url: Option<String>,
    pub token_url: Option<String>,
    /// Volvo ID's RFC 7009 revocation endpoint, if the user knows one: a sign-out then ends
    /// the refresh token there too.
    pub revoke_url: Option<String>,
    pub redirect_mode: Option<RedirectMode>,
    pub loopback_port: Option<u16>,
    /// The https redirect URI registered for [`RedirectMode::Paste`].
    pub paste_redirect_uri: Option<String>,
    /// The keys of the file this struct has no field for (see [`AppPart`]).
    #[serde(flatten)]
    pub app: App,
}

/// The settings with the app's part kept as a table: what the CLI reads and writes.
pub type Settings = SettingsOf<toml::Table>;

impl<O: AppPart> SettingsOf<O> {
    /// Reads `dir/settings.toml`. No file yet means defaults; a file that is not valid TOML is
    /// an error naming the file and line, never silently replaced by defaults (the next save
    /// would wipe what the user wrote).
    pub fn load(dir: &Path) -> Result<SettingsOf<O>, Error> {
        let path = dir.join(SETTINGS_FILE);
        match read_text(&path)? {
            None => Ok(SettingsOf::default()),
            Some(text) => {
                parse(&text, &path).map_err(|problem| Error::Config(Words::verbatim(problem)))
            }
        }
    }

    /// Reads `dir/settings.toml` like [`load`](Settings::load), except that a file that is not
    /// valid settings is moved aside to `settings.toml.broken-<UTC time>` (kept for the user,
    /// never overwritten) and defaults are used; [`Loaded::set_aside`] says so. An error is
    /// left only when the file cannot be read or moved at all.
    pub fn load_or_set_aside(dir: &Path) -> Result<Loaded<O>, Error> {
        // Saves replace the file in one rename, so reading needs no lock (and leaves no lock
        // file behind); only moving a broken file does, so that two processes finding it
        // broken together do not both move it.
        if let Ok(settings) = Self::load(dir) {
            return Ok(Loaded {
                settings,
                set_aside: None,
            });
        }
        let _lock = settings_lock(dir)?;
        load_or_set_aside_locked(dir)
    }

    /// Re-reads, changes and writes `dir/settings.toml` under an advisory lock on the folder's
    /// settings, so `beacon setup` and the running app, saving at the same moment, never undo
    /// each other's changes. An unreadable file is set aside first, as by
    /// [`load_or_set_aside`](Settings::load_or_set_aside). Returns what was written.
    pub fn update(dir: &Path, change: impl FnOnce(&mut SettingsOf<O>)) -> Result<Loaded<O>, Error> {
        create_private_dir_all(dir)
            .map_err(|e| file_refused("folder-not-created", dir, &e.to_string()))?;
        let _lock = settings_lock(dir)?;
        let mut loaded = load_or_set_aside_locked(dir)?;
        change(&mut loaded.settings);
        loaded.settings.save(dir)?;
        Ok(loaded)
    }

    /// Writes `dir/settings.toml`, creating `dir`. Use [`update`](Settings::update) to change
    /// what is stored: this writes exactly `self`, whatever another process saved meanwhile. The new file replaces the old one in one
    /// rename, so a crash or a full disk leaves either the old or the new settings, never half.
    pub fn save(&self, dir: &Path) -> Result<(), Error> {
        let path = dir.join(SETTINGS_FILE);
        let text = toml::to_string_pretty(self)
            .map_err(|e| file_refused("not-written", &path, &e.to_string()))?;
        write_private(&path, text.as_bytes())
            .map_err(|e| file_refused("not-saved", &path, &e.to_string()))
    }
}

/// The file's text; `None` when there is no file yet.
fn read_text(path: &Path) -> Result<Option<String>, Error> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(file_refused("not-read", path, &e.to_string())),
    }
}

/// The settings' folder or file could not be used (`why`: folder-not-created, not-written,
/// not-saved, not-read, busy); `detail` is the system's own words.
fn file_refused(why: &'static str, path: &Path, detail: &str) -> Error {
    let (path, detail) = (path.display().to_string(), detail.to_owned());
    Error::Config(Words::new(move |lang| {
        let (path, detail) = (path.as_str(), detail.as_str());
        match why {
            "folder-not-created" => t!(
                lang,
                "config-folder-not-created",
                path = path,
                detail = detail
            ),
            "not-written" => t!(lang, "config-settings-not-written", detail = detail),
            "not-saved" => t!(
                lang,
                "config-settings-not-saved",
                path = path,
                detail = detail
            ),
            "busy" => t!(lang, "config-settings-busy", detail = detail),
            _ => t!(
                lang,
                "config-settings-not-read",
                path = path,
                detail = detail
            ),
        }
    }))
}

/// The settings in `text`, or what is wrong with them, naming the file and line.
fn parse<O: AppPart>(text: &str, path: &Path) -> Result<SettingsOf<O>, String> {
    toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|span| text[..span.start].matches('\n').count() + 1);
        let at = line.map(|l| format!(" line {l}")).unwrap_or_default();
        format!("{}{at} is not valid: {}", path.display(), e.message())
    })
}

/// Also taken by the call count (`call_counts.rs`), so that one lock orders every write to
/// the folder's shared files.
pub(super) fn settings_lock(dir: &Path) -> Result<Option<HeldLock>, Error> {
    if !dir.is_dir() {
        // Nothing to read yet, and nothing is created just to read.
        return Ok(None);
    }
    file_lock::lock(&dir.join(LOCK_FILE), LONGEST_WAIT)
        .map(Some)
        .map_err(|detail| file_refused("busy", dir, &detail.to_string()))
}

fn load_or_set_aside_locked<O: AppPart>(dir: &Path) -> Result<Loaded<O>, Error> {
    let path = dir.join(SETTINGS_FILE);
    let parsed = match read_text(&path)? {
        None => Ok(SettingsOf::default()),
        Some(text) => parse(&text, &path),
    };
    let problem = match parsed {
        Ok(settings) => {
            return Ok(Loaded {
                settings,
                set_aside: None,
            })
        }
        Err(problem) => problem,
    };
    let aside = set_aside(&path).map_err(|e| {
        let (problem, detail) = (problem.clone(), e.to_string());
        Error::Config(Words::new(move |lang| {
            t!(
                lang,
                "config-settings-not-set-aside",
                problem = &problem,
                detail = &detail
            )
        }))
    })?;
    tracing::warn!(kept_as = %aside.display(), "the settings file was not readable; defaults are used");
    Ok(Loaded {
        settings: SettingsOf::default(),
        set_aside: Some(SetAside {
            path: aside,
            problem,
        }),
    })
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
            let variable = variable.to_owned();
            Error::Config(Words::new(move |lang| {
                t!(lang, "config-no-home-folder", variable = &variable)
            }))
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
            ..Settings::default()
        };
        settings
            .app
            .insert("default_vin".into(), "YV4952NA4F120DEMO".into());
        nickname(&mut settings, "YV4952NA4F120DEMO", "Family XC90");
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

    /// What the desktop app keeps in the file (or a newer Beacon), as a table.
    fn nickname(settings: &mut Settings, vin: &str, name: &str) {
        let table = settings
            .app
            .entry("nicknames")
            .or_insert_with(|| toml::Table::new().into());
        table
            .as_table_mut()
            .unwrap()
            .insert(vin.into(), name.into());
    }

    fn nicknames(settings: &Settings) -> &toml::Table {
        settings.app["nicknames"].as_table().unwrap()
    }

    #[test]
    fn other_programs_keys_are_read_and_saved_again() {
        let dir = temp_dir("unknown");
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join(SETTINGS_FILE),
            "client_id = \"c\"\nfrom_the_future = 3\n[nicknames]\nYV4952NA4F120DEMO = \"Demo\"\n",
        )
        .unwrap();
        let settings: Settings = Settings::load(&dir).unwrap();
        assert_eq!(settings.client_id.as_deref(), Some("c"));
        assert_eq!(
            nicknames(&settings)["YV4952NA4F120DEMO"].as_str(),
            Some("Demo")
        );
        assert_eq!(settings.app["from_the_future"].as_integer(), Some(3));
        Settings::update(&dir, |s: &mut Settings| s.client_id = Some("d".into())).unwrap();
        let again: Settings = Settings::load(&dir).unwrap();
        assert_eq!(again.client_id.as_deref(), Some("d"));
        assert_eq!(again.app, settings.app, "kept as they were");
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
    fn a_broken_file_is_set_aside_with_what_was_wrong_and_the_next_save_keeps_it() {
        let dir = temp_dir("set-aside");
        fs::create_dir_all(&dir).unwrap();
        let broken = "client_id = \"my-client\"\napi_url = \n";
        fs::write(dir.join(SETTINGS_FILE), broken).unwrap();

        let loaded = Settings::update(&dir, |s: &mut Settings| {
            nickname(s, "YV1XZK8V2P1234567", "Ours");
        })
        .unwrap();
        let aside = loaded.set_aside.expect("the file was set aside");
        assert!(aside.problem.contains("line 2"), "{}", aside.problem);
        let name = aside.path.file_name().unwrap().to_str().unwrap().to_owned();
        assert!(name.starts_with("settings.toml.broken-20"), "{name}");
        assert!(!name.contains(':'), "a name Windows accepts: {name}");
        assert_eq!(fs::read_to_string(&aside.path).unwrap(), broken);
        assert!(aside.describe().contains(&aside.path.display().to_string()));
        // The new file holds the change; the next read finds nothing wrong.
        let again: Loaded = Settings::load_or_set_aside(&dir).unwrap();
        assert_eq!(again.set_aside, None);
        assert_eq!(
            nicknames(&again.settings)["YV1XZK8V2P1234567"].as_str(),
            Some("Ours")
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn updates_from_many_threads_at_once_all_land() {
        let dir = temp_dir("updates");
        let writers: Vec<_> = (0..8)
            .map(|i| {
                let dir = dir.clone();
                std::thread::spawn(move || {
                    Settings::update(&dir, |s: &mut Settings| {
                        nickname(s, &format!("VIN{i}"), &format!("car {i}"));
                    })
                    .unwrap();
                })
            })
            .collect();
        for writer in writers {
            writer.join().unwrap();
        }
        let settings: Settings = Settings::load(&dir).unwrap();
        assert_eq!(nicknames(&settings).len(), 8, "{settings:?}");
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
