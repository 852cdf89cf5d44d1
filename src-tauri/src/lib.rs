//! Volvo Beacon's desktop shell: wiring only. What the app knows and does lives in
//! `beacon-app`'s [`Core`]; this crate connects it to Tauri (IPC commands, events, tray, deep
//! links, notifications, the global shortcut, start at login and logging).

#[macro_use]
mod contract;
mod autostart;
mod browser;
pub mod commands;
mod deep_link;
mod events;
mod logging;
mod notify;
mod quit;
mod renderer;
mod rendering;
mod shortcut;
mod single_instance;
mod tray;
mod tray_restart;
mod window;

use std::sync::Arc;

use beacon_app::{Core, Options};
use tauri::Manager as _;

/// The main window's label (tauri.conf.json): the one window the page lives in.
pub(crate) const MAIN_WINDOW: &str = "main";

pub use autostart::plugin as autostart_plugin;
pub use commands::handler as ipc_handler;
pub use contract::COMMANDS as IPC_COMMANDS;

/// Starts the app; returns when it quits. `--demo` forces demo mode; `--hidden` (what start
/// at login passes) starts in the tray without opening the window.
pub fn run() {
    tray_restart::become_tray_program();
    // Both touch this process's environment: first, while it has one thread.
    rendering::configure();
    let handoff = beacon_app::handoff::take_from_env();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let force_demo = args.iter().any(|a| a == "--demo");
    let hidden = args.iter().any(|a| a == autostart::HIDDEN_FLAG);
    let builder = renderer::prepare(tauri::Builder::default())
        // First: a second launch (e.g. the OS handing over a volvo-beacon:// link) must reach
        // this process before any other plugin sets anything up in the second one.
        .plugin(single_instance::plugin(deep_link::from_second_instance))
        .plugin(tauri_plugin_deep_link::init())
        .plugin(logging::plugin());
    let app = notify::plugin(builder)
        .plugin(autostart::plugin())
        .invoke_handler(commands::handler())
        .on_window_event(window::on_window_event)
        .setup(move |app| {
            let mut options = Options::from_env(force_demo);
            match handoff {
                Some(Ok(handoff)) => options.handoff = Some(handoff),
                Some(Err(e)) => log::warn!("the cars are fetched again: {e}"),
                None => {}
            }
            let core = tauri::async_runtime::block_on(Core::start(options))?;
            app.manage(Arc::clone(&core));
            app.manage(browser::SystemBrowser);
            app.manage(tray::TrayQuestion::default());
            app.manage(shortcut::ShortcutQuestion::default());
            app.manage(shortcut::OnDemand);
            events::forward(app.handle(), core);
            tray::create(app.handle());
            deep_link::listen(app.handle());
            shortcut::apply_saved(app.handle());
            // The window is not created from the config (`create: false`) so that a start at
            // login can leave it closed; a link that arrived with the launch opened it already.
            if hidden {
                log::info!(
                    "started in the tray without a window ({})",
                    autostart::HIDDEN_FLAG
                );
            } else {
                window::show_main(app.handle());
            }
            log::info!("Volvo Beacon {} is running", app.package_info().version);
            Ok(())
        })
        .build(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Volvo Beacon could not start: {e}");
            std::process::exit(1);
        });
    app.run(window::on_run_event);
}
