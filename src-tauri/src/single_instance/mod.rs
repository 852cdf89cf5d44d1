//! One Volvo Beacon per user: a second launch (the desktop handing over a `volvo-beacon://`
//! link, the menu entry clicked again, a start at login while it already runs) hands its
//! arguments to the running app and exits.
//!
//! Linux: a socket of our own in the user's runtime folder (`beacon_tray::single_instance`,
//! which the tray-only process uses too), so no D-Bus library comes with it; Windows and macOS:
//! tauri-plugin-single-instance.

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Runtime};

/// Must be the first plugin: a second launch leaves before any other plugin sets anything up.
pub fn plugin<R, F>(on_second_launch: F) -> TauriPlugin<R>
where
    R: Runtime,
    F: Fn(&AppHandle<R>, Vec<String>, String) + Send + Sync + 'static,
{
    #[cfg(target_os = "linux")]
    return linux(on_second_launch);
    #[cfg(not(target_os = "linux"))]
    tauri_plugin_single_instance::init(on_second_launch)
}

#[cfg(target_os = "linux")]
fn linux<R, F>(on_second_launch: F) -> TauriPlugin<R>
where
    R: Runtime,
    F: Fn(&AppHandle<R>, Vec<String>, String) + Send + Sync + 'static,
{
    use beacon_tray::single_instance::{Claim, Launch, Place};

    tauri::plugin::Builder::new("single-instance")
        .setup(move |app, _api| {
            // The logger is not set up yet (it comes after this plugin): what goes wrong here
            // goes to stderr.
            let place = match Place::for_app(&app.config().identifier) {
                Ok(place) => place,
                Err(e) => {
                    eprintln!("Volvo Beacon: no single-instance check, starting anyway: {e}");
                    return Ok(());
                }
            };
            match place.claim(&Launch::of_this_process())? {
                Claim::First(first) => {
                    let app = app.clone();
                    first.serve(move |launch| on_second_launch(&app, launch.argv, launch.cwd))?;
                    Ok(())
                }
                Claim::HandedOver => {
                    app.cleanup_before_exit();
                    // Straight out, without the C libraries' exit handlers: GTK and WebKit are
                    // set up by now with threads of their own (the accessibility bus's among
                    // them), and running their static destructors under those threads crashed
                    // this process after its work was done, now and then (SIGSEGV, exit status
                    // lost). Nothing of ours is left to flush: the log is not set up yet.
                    // SAFETY: `_exit` ends the process at once; nothing runs after it.
                    unsafe { libc::_exit(0) }
                }
            }
        })
        .build()
}
