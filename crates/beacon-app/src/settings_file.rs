//! The app's copy of the settings file (shared with `beacon setup`): read once at start, and
//! every change written through the file's lock, so what another process saved meanwhile stays.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use beacon_i18n::{t, Words};

use crate::prefs::AppSettings;

use crate::AppError;

pub(crate) struct SettingsFile {
    /// None: nowhere to keep them (no config folder); they live in memory.
    dir: Option<PathBuf>,
    current: Mutex<AppSettings>,
}

impl SettingsFile {
    /// The settings in `dir`, and what the user must be told about them (a file set aside,
    /// or one that could not be read at all).
    pub fn load(dir: Option<PathBuf>) -> (SettingsFile, Option<Words>) {
        let (settings, problem) = match &dir {
            Some(path) => match AppSettings::load_or_set_aside(path) {
                Ok(loaded) => {
                    let aside = loaded
                        .set_aside
                        .clone()
                        .map(|aside| Words::new(move |lang| aside.message(lang)));
                    (loaded.settings, aside)
                }
                // Unreadable (not merely invalid): every later save re-reads it and fails
                // the same way, so nothing overwrites it.
                Err(e) => {
                    tracing::warn!("settings not loaded: {e}");
                    let problem = Words::new(move |lang| {
                        t!(lang, "settings-not-read", detail = e.message(lang))
                    });
                    (AppSettings::default(), Some(problem))
                }
            },
            None => (AppSettings::default(), None),
        };
        let file = SettingsFile {
            dir,
            current: Mutex::new(settings),
        };
        (file, problem)
    }

    /// The folder of `settings.toml` (and of the API call count); None when there is none.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    pub fn get(&self) -> MutexGuard<'_, AppSettings> {
        self.current.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn snapshot(&self) -> AppSettings {
        self.get().clone()
    }

    pub fn update(&self, change: impl FnOnce(&mut AppSettings)) -> Result<(), AppError> {
        let mut settings = self.get();
        // The file as it is now, changed under its lock: what `beacon setup` saved since this
        // process read it stays, and this process sees it from now on.
        let updated = match &self.dir {
            Some(dir) => {
                let written = AppSettings::update(dir, change).map_err(|e| {
                    AppError::Storage(Words::new(move |lang| {
                        t!(lang, "storage-settings-not-saved", detail = e.message(lang))
                    }))
                })?;
                if let Some(aside) = &written.set_aside {
                    tracing::warn!("{}", aside.describe());
                }
                written.settings
            }
            None => {
                let mut updated = settings.clone();
                change(&mut updated);
                updated
            }
        };
        *settings = updated;
        Ok(())
    }
}
