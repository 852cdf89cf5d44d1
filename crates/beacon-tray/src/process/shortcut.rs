//! The global shortcut, when the owner turned it on (Account & setup): it works while the app
//! is in the tray too. Changed only in the window, so it is read once here.

use std::str::FromStr as _;
use std::sync::Arc;
use std::time::Instant;

use beacon_app::shortcut_press::{self, Press};
use global_hotkey::hotkey::HotKey;
use global_hotkey::{GlobalHotKeyEvent, GlobalHotKeyManager, HotKeyState};

use super::App;
use crate::notify;

/// Registers the saved shortcut; the manager returned keeps it registered while it lives.
pub(super) fn apply_saved(app: &Arc<App>) -> Option<GlobalHotKeyManager> {
    let saved = app.core.shortcut();
    if !saved.enabled {
        return None;
    }
    let registered = HotKey::from_str(&saved.accelerator)
        .map_err(|e| e.to_string())
        .and_then(|hotkey| {
            let manager = GlobalHotKeyManager::new().map_err(|e| e.to_string())?;
            manager.register(hotkey).map_err(|e| e.to_string())?;
            Ok(manager)
        });
    let manager = match registered {
        Ok(manager) => manager,
        Err(e) => {
            log::warn!("the saved global shortcut is not active: {e}");
            return None;
        }
    };
    let app = Arc::clone(app);
    GlobalHotKeyEvent::set_event_handler(Some(move |event: GlobalHotKeyEvent| {
        if event.state() == HotKeyState::Pressed {
            pressed(&app);
        }
    }));
    log::info!("global shortcut active");
    Some(manager)
}

/// On the shortcut's own thread: the press is handled on GTK's main thread, like a click in
/// the tray, where the way back to the window makes its last check.
fn pressed(app: &Arc<App>) {
    let app = Arc::clone(app);
    gtk::glib::MainContext::default().invoke(move || {
        match shortcut_press::press(&app.core, &app.shortcut_question, Instant::now()) {
            Press::Say(words) => notify::show(shortcut_press::TITLE.into(), words),
            Press::Send(vin, command) => app.send(vin, command, "shortcut"),
        }
    });
}
