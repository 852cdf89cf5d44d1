//! "Start with my computer" (off by default): the OS launches Volvo Beacon at login with
//! `--hidden`, so it comes up in the tray with no window, ready for a honk from the tray or the
//! shortcut. The OS keeps the setting (an XDG autostart entry on Linux, a Run key on Windows,
//! a LaunchAgent on macOS) and is asked for it every time, so it cannot go stale.

use beacon_app::AppError;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_autostart::AutoLaunchManager;

/// Start with no window, just the tray.
pub const HIDDEN_FLAG: &str = "--hidden";

pub fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_autostart::Builder::new()
        .arg(HIDDEN_FLAG)
        .build()
}

/// Whether the OS starts the app at login. False when it cannot say (or without the plugin,
/// as in the IPC tests).
pub fn is_enabled<R: Runtime>(app: &AppHandle<R>) -> bool {
    let Some(manager) = app.try_state::<AutoLaunchManager>() else {
        return false;
    };
    manager.is_enabled().unwrap_or_else(|e| {
        log::warn!("could not read whether Volvo Beacon starts at login: {e}");
        false
    })
}

pub fn set<R: Runtime>(app: &AppHandle<R>, enabled: bool) -> Result<(), AppError> {
    let manager = app.try_state::<AutoLaunchManager>().ok_or_else(|| {
        AppError::NotConfigured("Starting with the computer is not available here.".into())
    })?;
    let done = if enabled {
        manager.enable()
    } else {
        manager.disable()
    };
    done.map_err(|e| {
        AppError::Storage(format!(
            "Starting with the computer could not be turned {} ({e}).",
            if enabled { "on" } else { "off" }
        ))
    })?;
    log::info!(
        "start at login (in the tray) turned {}",
        if enabled { "on" } else { "off" }
    );
    Ok(())
}
