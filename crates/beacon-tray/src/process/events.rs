//! The core's events in the tray program: the tray menu follows the cars and commands, and
//! what the window would show goes into a notification instead (there is no window).

use std::sync::Arc;

use beacon_app::views::Mode;
use beacon_app::{last_answer, AppEvent};
use beacon_i18n::t;
use tokio::sync::broadcast::error::RecvError;

use super::{tray, App};
use crate::notify;

/// Subscribes now (events before the subscription would be lost) and forwards from a task.
pub(super) fn forward(app: &Arc<App>) {
    let mut events = app.core.subscribe();
    let app = Arc::clone(app);
    app.runtime.clone().spawn(async move {
        loop {
            let event = match events.recv().await {
                Ok(event) => event,
                Err(RecvError::Lagged(missed)) => {
                    log::warn!("{missed} app events were missed");
                    tray::refresh(&app);
                    continue;
                }
                Err(RecvError::Closed) => break,
            };
            match &event {
                AppEvent::VehiclesChanged(_) | AppEvent::CommandStarted(_) => tray::refresh(&app),
                AppEvent::CommandFinished(outcome) => {
                    tray::refresh(&app);
                    let (title, body) = last_answer::notification(
                        &app.core.cached_vehicles(),
                        outcome,
                        app.core.language(),
                    );
                    notify::show(title, body);
                }
                // Signed out while in the tray (Volvo ID ended the sign-in): the window would
                // say why; here nothing else would, and the tray's cars would just go.
                AppEvent::AuthChanged(state) if state.mode == Mode::SignedOut => {
                    tray::refresh(&app);
                    let lang = app.core.language();
                    let why = state
                        .signed_out_reason
                        .clone()
                        .unwrap_or_else(|| t!(lang, "notification-sign-in-again"));
                    notify::show(t!(lang, "notification-signed-out"), why);
                }
                AppEvent::AuthChanged(_) => tray::refresh(&app),
            }
        }
    });
}
