//! The last outcomes, newest first, kept across restarts in `history.json` in the app data
//! directory. Entries hold only what the page shows (car name, command, status, message,
//! times): no token, key or secret ever reaches this file.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use beacon_i18n::t;
use volvo_api::store::write_private;

use crate::views::HistoryEntry;
use crate::AppError;

pub const HISTORY_LIMIT: usize = 50;
const FILE_NAME: &str = "history.json";

pub struct History {
    path: Option<PathBuf>,
    entries: Mutex<Vec<HistoryEntry>>,
}

impl History {
    /// Reads `dir/history.json`. A missing or unreadable file is an empty history: losing the
    /// list of past honks must never stop the app from starting. A file that is not a history
    /// is moved aside (`history.json.broken-<UTC time>`) first, so the next write keeps it.
    pub fn open(dir: &Path) -> Self {
        let path = dir.join(FILE_NAME);
        let entries = match std::fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<Vec<HistoryEntry>>(&bytes) {
                Ok(mut entries) => {
                    entries.truncate(HISTORY_LIMIT);
                    entries
                }
                Err(e) => {
                    match volvo_api::store::set_aside(&path) {
                        Ok(aside) => tracing::warn!(
                            "history file {} is not readable ({e}); kept as {}, starting empty",
                            path.display(),
                            aside.display()
                        ),
                        Err(moved) => tracing::warn!(
                            "history file {} is not readable ({e}) and could not be moved aside ({moved}); starting empty",
                            path.display()
                        ),
                    }
                    Vec::new()
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => {
                tracing::warn!("cannot read history file {}: {e}", path.display());
                Vec::new()
            }
        };
        History {
            path: Some(path),
            entries: Mutex::new(entries),
        }
    }

    /// A history that is never written (tests, or a data directory that cannot be had).
    pub fn in_memory() -> Self {
        History {
            path: None,
            entries: Mutex::new(Vec::new()),
        }
    }

    /// Newest first.
    pub fn entries(&self) -> Vec<HistoryEntry> {
        self.lock().clone()
    }

    /// Adds `entry` at the top, drops the oldest beyond the limit, and writes the file. The
    /// write happens under the lock so two commands finishing together cannot leave the older
    /// list on disk; the file is small, so callers may block briefly (use `spawn_blocking`).
    pub fn record(&self, entry: HistoryEntry) -> Result<(), AppError> {
        let mut entries = self.lock();
        entries.insert(0, entry);
        entries.truncate(HISTORY_LIMIT);
        self.save(&entries)
    }

    fn save(&self, entries: &[HistoryEntry]) -> Result<(), AppError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let not_saved = |e: String| {
            AppError::storage(e, |lang, e| {
                t!(lang, "storage-history-not-saved", detail = e)
            })
        };
        let json = serde_json::to_vec_pretty(entries).map_err(|e| not_saved(e.to_string()))?;
        write_private(path, &json).map_err(|e| not_saved(e.to_string()))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<HistoryEntry>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }
}
