//! The benchmarks' baseline: one window, one static page, no IPC, no tray, no plugins.
//!
//! `--stay-in-background` keeps the process alive once the window is closed (the window and its
//! webview are destroyed, as Volvo Beacon does when it goes to the tray): the harness uses it to
//! show what a tray app built on this stack costs at the least.

// No console window next to the app on Windows release builds, like Volvo Beacon.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    let stay = std::env::args().any(|a| a == "--stay-in-background");
    let app = tauri::Builder::default()
        .build(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("the baseline app could not start: {e}");
            std::process::exit(1);
        });
    app.run(move |_app, event| {
        if let tauri::RunEvent::ExitRequested {
            code: None, api, ..
        } = event
        {
            if stay {
                api.prevent_exit();
            }
        }
    });
}
