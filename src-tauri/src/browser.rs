//! The system browser, for sign-in: Rust opens it (the page has no links to hand out and
//! shows the address as a fallback). The `open` crate directly, which is what
//! tauri-plugin-opener calls too: the plugin would bring a second D-Bus library on Linux for
//! showing files in a file manager, which the app never does.

use tauri::{AppHandle, Manager, Runtime};

/// Present in the running app only: the tests of the commands over the mock runtime leave it
/// out, so that no browser opens.
pub struct SystemBrowser;

pub fn open<R: Runtime>(app: &AppHandle<R>, url: &str) {
    if app.try_state::<SystemBrowser>().is_none() {
        return;
    }
    // The address carries the sign-in's state: only the kind of failure is logged.
    if let Err(e) = open::that_detached(url) {
        log::warn!("the browser could not be opened for sign-in ({})", e.kind());
    }
}
