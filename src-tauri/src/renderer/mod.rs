//! When the page's renderer dies (a WebKit crash, the OS reclaiming memory, someone killing
//! the process), the app process lives on with a window that shows its last frame and does
//! nothing. So the window loads its page again at once. The page keeps no state of its own:
//! it rebuilds itself from the core (cars, pictures, commands in flight, last outcomes,
//! history), and nothing is sent to a car again. A page that keeps dying gets no reload loop:
//! after a few deaths in a minute a native message asks the user (`beacon_app::renderer_deaths`).
//!
//! Each platform tells of the death its own way: WebKitGTK's `web-process-terminated` signal,
//! WebView2's `ProcessFailed` event, WKWebView's web-content-process termination (through
//! Tauri's hook).

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(windows)]
mod windows;

use std::sync::Mutex;
use std::time::Instant;

use beacon_app::renderer_deaths::{RendererDeaths, Response, ASK_AFTER};
use tauri::{AppHandle, Builder, Manager, Runtime, WebviewWindow};

use crate::MAIN_WINDOW;

/// Shown by the native message when the page keeps dying.
const TITLE: &str = "Volvo Beacon";
const HEADLINE: &str = "The Volvo Beacon window stopped working";
const RELOAD: &str = "Reload";
const CLOSE: &str = "Close Window";

fn detail() -> String {
    format!(
        "The window's page stopped {ASK_AFTER} times within a minute, so Beacon did not load it again by \
         itself. Your cars, commands and history are safe, and Beacon keeps working from the tray."
    )
}

/// This process's renderer deaths, managed by the app.
#[derive(Default)]
struct Deaths(Mutex<RendererDeaths>);

/// Registers what the platform needs before the app is built (macOS: Tauri's hook).
pub fn prepare<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    #[cfg(target_os = "macos")]
    let builder = macos::prepare(builder);
    builder.manage(Deaths::default())
}

/// Starts watching a new main window's renderer. `rebuild` makes a new main window, for when
/// the whole web view is gone (WebView2's browser process).
pub fn watch<R: Runtime>(window: &WebviewWindow<R>, rebuild: fn(&AppHandle<R>)) {
    #[cfg(target_os = "linux")]
    let watched = {
        let _ = rebuild;
        linux::watch(window)
    };
    #[cfg(windows)]
    let watched = windows::watch(window, rebuild);
    // macOS: the hook registered in `prepare` covers every window.
    #[cfg(not(any(target_os = "linux", windows)))]
    let watched: tauri::Result<()> = {
        let _ = (window, rebuild);
        Ok(())
    };
    if let Err(e) = watched {
        log::warn!("the window cannot reload by itself if its renderer dies: {e}");
    }
}

/// The main window's renderer died for `reason`. Runs on the main thread.
fn died<R: Runtime>(app: &AppHandle<R>, reason: &str) {
    match record(app, reason) {
        Some(Response::Reload) => reload(app),
        Some(Response::AskUser) => ask(app),
        None => {}
    }
}

/// Counts a death, logs it with its reason and the counts, and says what to do about it.
fn record<R: Runtime>(app: &AppHandle<R>, reason: &str) -> Option<Response> {
    let deaths = app.try_state::<Deaths>()?;
    let (response, total, recent) = {
        let mut deaths = deaths.0.lock().unwrap_or_else(|e| e.into_inner());
        let response = deaths.record(Instant::now());
        (response, deaths.total(), deaths.recent())
    };
    let counts = format!("renderer deaths: {total} since start, {recent} in the last minute");
    match response {
        Response::Reload => log::warn!(
            "the window's renderer died ({reason}); {counts}; reloading the page"
        ),
        Response::AskUser => log::error!(
            "the window's renderer died ({reason}); {counts}; asking the user before loading the page again"
        ),
    }
    Some(response)
}

/// Loads the page again; it restores itself from the core.
fn reload<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window(MAIN_WINDOW) else {
        return;
    };
    if let Err(e) = window.reload() {
        log::error!("the window's page could not be loaded again: {e}");
    }
}

/// The user's "Close Window": the app stays in the tray, where "Show Volvo Beacon" builds a
/// new window.
fn close<R: Runtime>(app: &AppHandle<R>) {
    log::info!("the user closed the window whose page kept stopping");
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.close();
    }
}

fn ask<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    linux::ask(app);
    #[cfg(windows)]
    windows::ask(app);
    #[cfg(target_os = "macos")]
    macos::ask(app);
    #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
    close(app);
}
