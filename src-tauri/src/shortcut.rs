//! The optional global shortcut (off by default): honk and flash the default car from
//! anywhere. The outcome shows in the window and as a notification like any other.
//!
//! The plugin is loaded only once the shortcut is turned on: on X11 it polls the X server from
//! a thread of its own many times a second from the moment it is set up, shortcut or not, and
//! most owners never turn it on. Turned off again, it stays loaded until the next start.

use std::str::FromStr;
use std::sync::Arc;
use std::time::Instant;

use beacon_app::second_yes::SecondYes;
use beacon_app::shortcut_press::{self, Press};
use beacon_app::{AppError, Core};
use beacon_i18n::t;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_global_shortcut::{GlobalShortcut, GlobalShortcutExt, Shortcut, ShortcutState};

use crate::notify;

/// Managed by the app (not by the IPC tests): the plugin may be loaded when the shortcut is
/// turned on.
pub struct OnDemand;

/// "Ask before honking" with the shortcut: the first press asks, with a notification; a second
/// press within the time is the yes.
#[derive(Default)]
pub struct ShortcutQuestion(SecondYes);

fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_global_shortcut::Builder::new()
        .with_handler(|app, _shortcut, event| {
            if event.state == ShortcutState::Pressed {
                fire(app);
            }
        })
        .build()
}

/// Registers the saved shortcut at start-up; a failure (taken by another program) is logged,
/// not fatal.
pub fn apply_saved<R: Runtime>(app: &AppHandle<R>) {
    let Some(core) = app.try_state::<Arc<Core>>() else {
        return;
    };
    let saved = core.shortcut();
    if let Err(e) = apply(app, saved.enabled, &saved.accelerator) {
        log::warn!("the saved global shortcut is not active: {e}");
    }
}

/// Checks `accelerator` and makes it the only registered shortcut (or none when disabled).
/// Without the plugin (IPC tests) only the check is done.
pub fn apply<R: Runtime>(
    app: &AppHandle<R>,
    enabled: bool,
    accelerator: &str,
) -> Result<(), AppError> {
    let keys = accelerator.to_owned();
    let shortcut = Shortcut::from_str(accelerator).map_err(|e| {
        let (quoted, detail) = (format!("{keys:?}"), e.to_string());
        AppError::invalid(move |lang| {
            t!(
                lang,
                "shortcut-not-understood",
                keys = &quoted,
                detail = &detail
            )
        })
    })?;
    if app.try_state::<GlobalShortcut<R>>().is_none() {
        // Nothing registered to release, and nothing to register while it is off.
        if !enabled || app.try_state::<OnDemand>().is_none() {
            return Ok(());
        }
        load_plugin(app)?;
    }
    let shortcuts = app.global_shortcut();
    shortcuts.unregister_all().map_err(|e| {
        let detail = e.to_string();
        AppError::invalid(move |lang| t!(lang, "shortcut-not-released", detail = &detail))
    })?;
    if enabled {
        shortcuts.register(shortcut).map_err(|e| {
            let detail = e.to_string();
            AppError::invalid(move |lang| {
                t!(lang, "shortcut-taken", keys = &keys, detail = &detail)
            })
        })?;
        log::info!("global shortcut active");
    }
    Ok(())
}

/// Sets the plugin up on the main thread (macOS wants its hotkey manager there), now: the
/// caller registers right after. From the main thread itself (the start-up) it runs at once.
fn load_plugin<R: Runtime>(app: &AppHandle<R>) -> Result<(), AppError> {
    let failed = |detail: String| {
        AppError::invalid(move |lang| t!(lang, "shortcut-not-set-up", detail = &detail))
    };
    let (done, outcome) = std::sync::mpsc::channel();
    let handle = app.clone();
    app.run_on_main_thread(move || {
        // Looked at again here, where every load runs one at a time: two settings changes
        // racing must not set the plugin up twice.
        let loaded = if handle.try_state::<GlobalShortcut<R>>().is_some() {
            Ok(())
        } else {
            handle.plugin(plugin()).map_err(|e| e.to_string())
        };
        let _ = done.send(loaded);
    })
    .map_err(|e| failed(e.to_string()))?;
    outcome
        .recv()
        .map_err(|e| failed(e.to_string()))?
        .map_err(failed)?;
    log::info!("global shortcut support loaded");
    Ok(())
}

fn fire<R: Runtime>(app: &AppHandle<R>) {
    let Some(core) = app.try_state::<Arc<Core>>().map(|c| Arc::clone(c.inner())) else {
        return;
    };
    let question = &app.state::<ShortcutQuestion>().0;
    match shortcut_press::press(&core, question, Instant::now()) {
        Press::Say(words) => notify::message(app, shortcut_press::TITLE, &words),
        Press::Send(vin, command) => {
            tauri::async_runtime::spawn(async move {
                if let Err(e) = core.send_command(&vin, command).await {
                    log::warn!("shortcut command refused: {}", e.kind());
                }
            });
        }
    }
}
