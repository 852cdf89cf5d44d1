//! Quit, from the tray. Volvo ID rotates the refresh token on every renewal: a process ended
//! between Volvo's answer and the keychain write leaves only a dead token behind. So Quit
//! waits for a renewal under way, briefly, and says why it has not gone yet.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use beacon_app::handoff::{quit_waits_for_renewal, RENEWAL_WAIT, RENEWING};
use beacon_app::Core;
use tauri::{AppHandle, Manager, Runtime};

use crate::notify;

/// A second Quit while the first waits changes nothing: the first one ends the app.
static QUITTING: AtomicBool = AtomicBool::new(false);

pub fn request<R: Runtime>(app: &AppHandle<R>) {
    let Some(core) = app.try_state::<Arc<Core>>().map(|c| Arc::clone(c.inner())) else {
        exit_once_notified(app.clone());
        return;
    };
    if !core.renewing_sign_in() {
        exit_once_notified(app.clone());
        return;
    }
    if QUITTING.swap(true, Ordering::SeqCst) {
        return;
    }
    log::info!("quitting once {RENEWING}");
    let (title, body) = quit_waits_for_renewal(core.language());
    notify::message(app, &title, &body);
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        if !core.renewal_settled(RENEWAL_WAIT).await {
            log::warn!(
                "quitting with the sign-in renewal still under way after {} s",
                RENEWAL_WAIT.as_secs()
            );
        }
        exit_once_notified(app);
    });
}

/// A notification already asked for (the answer to the command just finished, "Quitting in a
/// moment") reaches the desktop before the process ends; a service that does not answer holds
/// Quit back for [`notify::DELIVERY_WAIT`] at most.
fn exit_once_notified<R: Runtime>(app: AppHandle<R>) {
    if notify::all_delivered() {
        app.exit(0);
        return;
    }
    tauri::async_runtime::spawn(async move {
        if !notify::delivered(notify::DELIVERY_WAIT).await {
            log::warn!("quitting with a notification not delivered");
        }
        app.exit(0);
    });
}
