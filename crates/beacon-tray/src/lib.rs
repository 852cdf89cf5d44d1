//! Volvo Beacon in the tray on Linux, without the web engine.
//!
//! A Linux process that has shown a web page keeps WebKit's network process and much of the
//! engine's memory after its last window is gone, and one that merely links WebKit maps its
//! libraries (the engine, JavaScriptCore, ICU, the speech voices it links) from the start. So
//! while the window is closed the app lives in this small program of its own: the same core
//! (`beacon-app`), the same tray menu (`beacon_app::tray_menu`), the same notifications and
//! global shortcut, and nothing of the web engine. The window's process becomes it with an
//! exec once the window has been closed and nothing is under way (src-tauri's tray_restart.rs),
//! handing over its cars; it becomes the window's process again the same way ("Show Volvo
//! Beacon", or the app launched again). A start at login (`--hidden`) comes here directly.
//!
//! The library half is what both processes use on Linux: [`single_instance`] and [`notify`].

#[cfg(target_os = "linux")]
pub mod notify;
#[cfg(target_os = "linux")]
mod process;
#[cfg(target_os = "linux")]
pub mod single_instance;

#[cfg(target_os = "linux")]
pub use process::run;

/// The app's identifier (src-tauri/tauri.conf.json): the name of the single-instance lock and
/// socket, and of the folder the logs go to. A test in src-tauri holds the two together.
pub const IDENTIFIER: &str = "com.volvobeacon.desktop";

/// This program, installed beside the window's (`volvo-beacon`).
pub const TRAY_BINARY: &str = "volvo-beacon-tray";
/// The window's program, installed beside this one.
pub const WINDOW_BINARY: &str = "volvo-beacon";
/// Start in the tray without opening the window (what start at login passes).
pub const HIDDEN_FLAG: &str = "--hidden";
/// Demo mode, whatever the setup says.
pub const DEMO_FLAG: &str = "--demo";
