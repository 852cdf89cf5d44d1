//! A desktop notification with a command's outcome when the user is not looking at the window
//! (it is closed, hidden, minimised or in the background): a honk from the tray or the
//! shortcut must still say what the car did.
//!
//! On Linux they go straight to the desktop's notification service over the D-Bus library the
//! app links already ([`freedesktop`]); elsewhere through Tauri's notification plugin.

#[cfg(target_os = "linux")]
mod freedesktop;

use std::sync::Arc;

use beacon_app::views::Outcome;
use beacon_app::Core;
use tauri::{AppHandle, Runtime};

use crate::window;

pub fn outcome<R: Runtime>(app: &AppHandle<R>, core: &Arc<Core>, outcome: &Outcome) {
    if window::main_is_in_view(app) {
        return;
    }
    let car = core
        .cached_vehicles()
        .into_iter()
        .find(|c| c.vin == outcome.vin)
        .map(|c| c.display_name)
        .unwrap_or_else(|| "Your car".to_owned());
    let body = match &outcome.advice {
        Some(advice) => format!("{} {advice}", outcome.message),
        None => outcome.message.clone(),
    };
    show(app, format!("{car}: {}", outcome.command.describe()), body);
}

/// For things the user asked for from outside the window that could not even start.
pub fn message<R: Runtime>(app: &AppHandle<R>, title: &str, body: &str) {
    show(app, title.to_owned(), body.to_owned());
}

/// Sets up what shows the notifications, where that is a plugin.
pub fn plugin<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    #[cfg(not(target_os = "linux"))]
    let builder = builder.plugin(tauri_plugin_notification::init());
    builder
}

#[cfg(target_os = "linux")]
fn show<R: Runtime>(_app: &AppHandle<R>, title: String, body: String) {
    freedesktop::show(title, body);
}

#[cfg(not(target_os = "linux"))]
fn show<R: Runtime>(app: &AppHandle<R>, title: String, body: String) {
    use tauri::Manager as _;
    use tauri_plugin_notification::NotificationExt as _;
    if app
        .try_state::<tauri_plugin_notification::Notification<R>>()
        .is_none()
    {
        return;
    }
    if let Err(e) = app.notification().builder().title(title).body(body).show() {
        log::warn!("notification not shown: {e}");
    }
}
