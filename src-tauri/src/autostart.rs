//! "Start with my computer" (off by default): the OS launches Volvo Beacon at login with
//! `--hidden`, so it comes up in the tray with no window, ready for a honk from the tray or the
//! shortcut. The OS keeps the setting (an XDG autostart entry on Linux, a Run key on Windows,
//! a LaunchAgent on macOS) and is asked for it every time, so it cannot go stale.
//!
//! macOS: a LaunchAgent, not an AppleScript login item, because only a LaunchAgent passes
//! `--hidden` (and it needs no permission to automate System Events). Windows: the plugin writes
//! the Run entry with the program's path unquoted, and the per-user install folder is
//! `%LOCALAPPDATA%\Volvo Beacon`, with a space, so the entry is rewritten quoted.

use beacon_app::AppError;
use beacon_i18n::{t, Words};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_autostart::AutoLaunchManager;

/// Start with no window, just the tray.
pub const HIDDEN_FLAG: &str = "--hidden";

/// The entry's name where the OS lists it (the autostart file, the Run value, the agent).
const ENTRY_NAME: &str = "Volvo Beacon";

pub fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    let builder = tauri_plugin_autostart::Builder::new()
        .app_name(ENTRY_NAME)
        .arg(HIDDEN_FLAG);
    #[cfg(target_os = "macos")]
    let builder = builder.macos_launcher(tauri_plugin_autostart::MacosLauncher::LaunchAgent);
    builder.build()
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
        AppError::NotConfigured(Words::new(|lang| t!(lang, "autostart-unavailable")))
    })?;
    let done = if enabled {
        manager.enable().map_err(|e| e.to_string())
    } else {
        manager.disable().map_err(|e| e.to_string())
    };
    #[cfg(windows)]
    let done = done.and_then(|()| {
        if enabled {
            windows_run::quote(ENTRY_NAME)
        } else {
            Ok(())
        }
    });
    done.map_err(|detail| {
        AppError::Storage(Words::new(move |lang| match enabled {
            true => t!(lang, "autostart-not-turned-on", detail = &detail),
            false => t!(lang, "autostart-not-turned-off", detail = &detail),
        }))
    })?;
    log::info!(
        "start at login (in the tray) turned {}",
        if enabled { "on" } else { "off" }
    );
    Ok(())
}

/// The command line that starts this program at login: the path quoted, as Windows needs it
/// when the path has a space in it.
#[cfg_attr(not(windows), allow(dead_code))]
fn quoted_command_line(exe: &std::path::Path) -> String {
    format!("\"{}\" {HIDDEN_FLAG}", exe.display())
}

#[cfg(windows)]
mod windows_run {
    use windows_registry::{CURRENT_USER, LOCAL_MACHINE};

    const RUN_KEY: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";

    /// Rewrites the Run value the plugin just wrote, wherever it wrote it (the user's, or the
    /// machine's when the app runs elevated), with the path quoted.
    pub fn quote(name: &str) -> Result<(), String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let command_line = super::quoted_command_line(&exe);
        let mut found = false;
        for root in [CURRENT_USER, LOCAL_MACHINE] {
            let Ok(key) = root.options().read().write().open(RUN_KEY) else {
                continue;
            };
            if key.get_string(name).is_ok() {
                key.set_string(name, &command_line)
                    .map_err(|e| e.to_string())?;
                found = true;
            }
        }
        if found {
            Ok(())
        } else {
            Err("the Run entry the system was given is not there".into())
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn the_start_at_login_command_line_quotes_a_path_with_spaces() {
        let exe = Path::new(r"C:\Users\Ann Smith\AppData\Local\Volvo Beacon\volvo-beacon.exe");
        assert_eq!(
            quoted_command_line(exe),
            r#""C:\Users\Ann Smith\AppData\Local\Volvo Beacon\volvo-beacon.exe" --hidden"#
        );
    }
}
