//! The log file the window's process writes too (tauri-plugin-log's place and name on Linux:
//! `<data dir>/<identifier>/logs/Volvo Beacon.log`), at the same levels, and stdout in debug
//! builds, as there. Nothing logged carries a token, key or secret, and VINs are masked.

use std::fs::{self, File, OpenOptions};
use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Mutex;

use log::{Level, LevelFilter, Log, Metadata, Record};

use crate::IDENTIFIER;

/// Past this the file starts afresh, the old one kept beside it (as the plugin rotates).
const MAX_BYTES: u64 = 1024 * 1024;
/// Connection-level chatter says nothing a user or a bug report needs.
const QUIET: [&str; 4] = ["hyper", "hyper_util", "reqwest", "tower_http"];

struct FileLog(Option<Mutex<File>>);

pub(super) fn init() {
    let file = match open() {
        Ok(file) => Some(Mutex::new(file)),
        Err(e) => {
            eprintln!("Volvo Beacon: no log file ({e})");
            None
        }
    };
    if file.is_none() && !cfg!(debug_assertions) {
        return;
    }
    if log::set_boxed_logger(Box::new(FileLog(file))).is_ok() {
        log::set_max_level(LevelFilter::Info);
    }
}

fn open() -> std::io::Result<File> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share")))
        .ok_or_else(|| std::io::Error::other("neither XDG_DATA_HOME nor HOME is set"))?;
    let folder = data.join(IDENTIFIER).join("logs");
    fs::create_dir_all(&folder)?;
    let path = folder.join("Volvo Beacon.log");
    if fs::metadata(&path).is_ok_and(|m| m.len() > MAX_BYTES) {
        let stamp = chrono::Local::now().format("%Y-%m-%d_%H-%M-%S");
        fs::rename(&path, folder.join(format!("Volvo Beacon_{stamp}.log")))?;
    }
    OpenOptions::new().create(true).append(true).open(path)
}

impl Log for FileLog {
    fn enabled(&self, metadata: &Metadata) -> bool {
        let target = metadata.target();
        if target == "tracing::span" {
            return false;
        }
        let quiet = QUIET
            .iter()
            .any(|q| target == *q || target.strip_prefix(q).is_some_and(|r| r.starts_with("::")));
        metadata.level() <= if quiet { Level::Warn } else { Level::Info }
    }

    fn log(&self, record: &Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let now = chrono::Local::now().format("[%Y-%m-%d][%H:%M:%S]");
        let line = format!(
            "{now}[{}][{}] {}\n",
            record.target(),
            record.level(),
            record.args()
        );
        if cfg!(debug_assertions) {
            let _ = std::io::stdout().lock().write_all(line.as_bytes());
        }
        if let Some(file) = &self.0 {
            let mut file = file.lock().unwrap_or_else(|p| p.into_inner());
            let _ = file.write_all(line.as_bytes());
        }
    }

    fn flush(&self) {
        if let Some(file) = &self.0 {
            let mut file = file.lock().unwrap_or_else(|p| p.into_inner());
            let _ = file.flush();
        }
    }
}
