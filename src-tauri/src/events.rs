//! Forwards the core's events to the page (as the Tauri events of docs/ipc.md), the tray and
//! notifications. Commands from the tray or the shortcut go through the core too, so the
//! window shows them like its own.

use std::sync::Arc;

use beacon_app::{AppEvent, Core};
use tauri::{AppHandle, Emitter, Runtime};
use tokio::sync::broadcast::error::RecvError;

use crate::{notify, tray};

pub fn forward<R: Runtime>(app: &AppHandle<R>, core: Arc<Core>) {
    let mut events = core.subscribe();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        loop {
            let event = match events.recv().await {
                Ok(event) => event,
                Err(RecvError::Lagged(missed)) => {
                    log::warn!("{missed} app events were not forwarded");
                    continue;
                }
                Err(RecvError::Closed) => break,
            };
            if let Err(e) = app.emit(event.name(), event.payload()) {
                log::warn!("event {} not delivered: {e}", event.name());
            }
            match &event {
                AppEvent::VehiclesChanged(_) => tray::refresh(&app),
                AppEvent::CommandFinished(outcome) => {
                    tray::refresh(&app);
                    notify::outcome(&app, &core, outcome);
                }
                AppEvent::CommandStarted(_) => tray::refresh(&app),
                // A sign-out takes the cars out of the tray's menu; a sign-in brings new ones
                // with `vehicles-changed`.
                AppEvent::AuthChanged(_) => tray::refresh(&app),
            }
        }
    });
}
