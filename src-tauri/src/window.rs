//! The main window comes and goes; the app stays. Closing it destroys the webview (so a
//! tray-resident app costs little memory all day) and the app keeps running in the tray;
//! "Show Volvo Beacon" builds it again from the config. All state lives in the core. On Linux
//! the app then restarts itself tray-only, see `tray_restart`.

use std::sync::Arc;
use std::time::Duration;

use beacon_app::Core;
use tauri::webview::PageLoadEvent;
use tauri::{
    AppHandle, Manager, RunEvent, Runtime, WebviewWindow, WebviewWindowBuilder, Window, WindowEvent,
};

use crate::MAIN_WINDOW;

/// A new window is shown when its page has loaded, or after this at the latest.
const SHOW_AT_THE_LATEST: Duration = Duration::from_secs(3);

/// Shows the main window, creating it if it was closed.
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        return;
    }
    let Some(config) = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN_WINDOW)
    else {
        log::error!("no window named {MAIN_WINDOW} in tauri.conf.json");
        return;
    };
    // Shown once the page has loaded, not before: mapped earlier, the window often stayed
    // black for a moment (WebKitGTK's first draw waits for a web process still busy loading
    // the page), and then showed an empty page. Now it comes up with the page in it. A page
    // that never reports in is shown anyway, a moment later.
    let builder = WebviewWindowBuilder::from_config(app, config).map(|b| {
        b.visible(false).on_page_load(|window, payload| {
            // Only the first load reveals: a reload (after the renderer died) must not take
            // the focus from whatever the user is doing.
            if payload.event() == PageLoadEvent::Finished && !window.is_visible().unwrap_or(true) {
                reveal(&window);
            }
        })
    });
    match builder.and_then(|b| b.build()) {
        Ok(window) => {
            crate::renderer::watch(&window, show_main::<R>);
            tauri::async_runtime::spawn(async move {
                tokio::time::sleep(SHOW_AT_THE_LATEST).await;
                if !window.is_visible().unwrap_or(true) {
                    log::warn!("the page did not finish loading; showing the window anyway");
                    reveal(&window);
                }
            });
        }
        Err(e) => log::error!("could not open the main window: {e}"),
    }
}

fn reveal<R: Runtime>(window: &WebviewWindow<R>) {
    let _ = window.show();
    let _ = window.set_focus();
}

/// Whether the user is looking at the main window right now.
pub fn main_is_in_view<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.get_webview_window(MAIN_WINDOW).is_some_and(|w| {
        w.is_visible().unwrap_or(false)
            && w.is_focused().unwrap_or(false)
            && !w.is_minimized().unwrap_or(false)
    })
}

pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if window.label() != MAIN_WINDOW {
        return;
    }
    if let WindowEvent::Destroyed = event {
        crate::tray_restart::window_closed(window.app_handle());
        return;
    }
    // Availability is rechecked when the user comes back to the window (at most every
    // 5 minutes per car, the core sees to that), never while it is hidden.
    if let WindowEvent::Focused(true) = event {
        let Some(core) = window
            .try_state::<Arc<Core>>()
            .map(|s| Arc::clone(s.inner()))
        else {
            return;
        };
        // The core announces `vehicles-changed` when anything changed.
        tauri::async_runtime::spawn(async move {
            let _ = core.refresh_availability(false).await;
        });
    }
}

/// The window closing is not the app quitting: only "Quit" (an explicit exit code) is.
pub fn on_run_event<R: Runtime>(_app: &AppHandle<R>, event: RunEvent) {
    if let RunEvent::ExitRequested {
        code: None, api, ..
    } = event
    {
        api.prevent_exit();
    }
}
