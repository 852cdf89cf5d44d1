//! One Volvo Beacon per user: a second launch (the desktop handing over a `volvo-beacon://`
//! link, the menu entry clicked again, a start at login while it already runs) hands its
//! arguments to the running app and exits.
//!
//! Linux: a socket of our own in the user's runtime folder ([`linux`]), so no D-Bus library
//! comes with it; Windows and macOS: tauri-plugin-single-instance.

#[cfg(target_os = "linux")]
mod linux;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Runtime};

/// Must be the first plugin: a second launch leaves before any other plugin sets anything up.
pub fn plugin<R, F>(on_second_launch: F) -> TauriPlugin<R>
where
    R: Runtime,
    F: Fn(&AppHandle<R>, Vec<String>, String) + Send + Sync + 'static,
{
    #[cfg(target_os = "linux")]
    return linux::plugin(on_second_launch);
    #[cfg(not(target_os = "linux"))]
    tauri_plugin_single_instance::init(on_second_launch)
}
