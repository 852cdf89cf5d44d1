//! Volvo Beacon's desktop shell: wiring only. What the app knows and does lives in
//! `beacon-app`'s [`Core`]; this crate connects it to Tauri (IPC commands, events, tray, deep
//! links, notifications, the global shortcut and logging).

pub mod commands;
mod deep_link;
mod events;
mod logging;
mod notify;
mod shortcut;
mod tray;
mod window;

use std::sync::Arc;

use beacon_app::{Core, Options};
use tauri::Manager as _;

pub use commands::handler as ipc_handler;

/// Starts the app; returns when it quits.
pub fn run() {
    let force_demo = std::env::args().skip(1).any(|a| a == "--demo");
    let app = tauri::Builder::default()
        // First: a second launch (e.g. the OS handing over a volvo-beacon:// link) must reach
        // this process before any other plugin sets anything up in the second one.
        .plugin(tauri_plugin_single_instance::init(
            deep_link::from_second_instance,
        ))
        .plugin(tauri_plugin_deep_link::init())
        .plugin(logging::plugin())
        // Rust opens the browser for sign-in; the page has no links to hand to the opener.
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        .plugin(tauri_plugin_notification::init())
        .plugin(shortcut::plugin())
        .invoke_handler(commands::handler())
        .on_window_event(window::on_window_event)
        .setup(move |app| {
            let core = tauri::async_runtime::block_on(Core::start(Options::from_env(force_demo)))?;
            app.manage(Arc::clone(&core));
            events::forward(app.handle(), core);
            tray::create(app.handle());
            deep_link::listen(app.handle());
            shortcut::apply_saved(app.handle());
            Ok(())
        })
        .build(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Volvo Beacon could not start: {e}");
            std::process::exit(1);
        });
    app.run(window::on_run_event);
}
