//! A desktop notification with a command's outcome when the user is not looking at the window
//! (it is closed, hidden, minimised or in the background): a honk from the tray or the
//! shortcut must still say what the car did.

use std::sync::Arc;

use beacon_app::views::Outcome;
use beacon_app::Core;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use crate::window;

pub fn outcome<R: Runtime>(app: &AppHandle<R>, core: &Arc<Core>, outcome: &Outcome) {
    if window::main_is_in_view(app)
        || app
            .try_state::<tauri_plugin_notification::Notification<R>>()
            .is_none()
    {
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
    let shown = app
        .notification()
        .builder()
        .title(format!("{car}: {}", outcome.command.describe()))
        .body(body)
        .show();
    if let Err(e) = shown {
        log::warn!("notification not shown: {e}");
    }
}

/// For things the user asked for from outside the window that could not even start.
pub fn message<R: Runtime>(app: &AppHandle<R>, title: &str, body: &str) {
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
