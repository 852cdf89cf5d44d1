//! A desktop notification with a command's outcome when the user is not looking at the window
//! (it is closed, hidden, minimised or in the background): a honk from the tray or the
//! shortcut must still say what the car did.
//!
//! On Linux they go straight to the desktop's notification service over the D-Bus library the
//! app links already ([`freedesktop`]); elsewhere through Tauri's notification plugin.

#[cfg(target_os = "linux")]
use beacon_tray::notify as freedesktop;

use std::sync::Arc;
use std::time::Duration;

use beacon_app::views::Outcome;
use beacon_app::{last_answer, Core};
use tauri::{AppHandle, Runtime};

use crate::window;

pub fn outcome<R: Runtime>(app: &AppHandle<R>, core: &Arc<Core>, outcome: &Outcome) {
    if window::main_is_in_view(app) {
        return;
    }
    let (title, body) =
        last_answer::notification(&core.cached_vehicles(), outcome, core.language());
    show(app, title, body);
}

/// For things the user asked for from outside the window that could not even start.
pub fn message<R: Runtime>(app: &AppHandle<R>, title: &str, body: &str) {
    show(app, title.to_owned(), body.to_owned());
}

/// How long the restart and Quit wait for [`delivered`]: longer than a notification service
/// is given to answer one note.
pub const DELIVERY_WAIT: Duration = Duration::from_secs(6);

/// Waits, for `within` at most, until the notifications already asked for have reached the
/// desktop's notification service: the tray-only restart and Quit end this process, and a
/// note not handed over yet would end with it. True if none is left.
pub async fn delivered(within: Duration) -> bool {
    #[cfg(target_os = "linux")]
    return tokio::task::spawn_blocking(move || freedesktop::wait_delivered(within))
        .await
        .unwrap_or(false);
    // The plugin sends each note from a task of its own that cannot be waited for.
    #[cfg(not(target_os = "linux"))]
    {
        let _ = within;
        true
    }
}

/// Whether nothing asked for is still on its way (see [`delivered`]); never waits.
pub fn all_delivered() -> bool {
    #[cfg(target_os = "linux")]
    return freedesktop::wait_delivered(Duration::ZERO);
    #[cfg(not(target_os = "linux"))]
    true
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
