//! Logs go to the OS log directory (and stdout in debug builds). The core logs through
//! `tracing`, whose `log` feature hands its events to this logger. Nothing logged anywhere in
//! the app carries a token, key or secret, and VINs are masked.

use tauri::Runtime;
use tauri_plugin_log::{log::LevelFilter, RotationStrategy, Target, TargetKind};

pub fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    let mut targets = vec![Target::new(TargetKind::LogDir { file_name: None })];
    if cfg!(debug_assertions) {
        targets.push(Target::new(TargetKind::Stdout));
    }
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets(targets)
        .level(LevelFilter::Info)
        // Connection-level chatter says nothing a user or a bug report needs.
        .level_for("hyper", LevelFilter::Warn)
        .level_for("hyper_util", LevelFilter::Warn)
        .level_for("reqwest", LevelFilter::Warn)
        .level_for("tower_http", LevelFilter::Warn)
        // `tracing`'s bridge logs every span it enters; the events inside say what matters.
        .level_for("tracing::span", LevelFilter::Off)
        .max_file_size(1024 * 1024)
        .rotation_strategy(RotationStrategy::KeepSome(3))
        .build()
}
