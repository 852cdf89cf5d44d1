//! The current session and the switch to another: which session is current, starting what a
//! new one needs (its cars, following its sign-in), noticing when Volvo ends it, and the
//! demo's simulator, which runs only while the demo is the mode.

use std::sync::Arc;

use beacon_i18n::Words;
use volvo_api::store::AuthState;

use super::Core;
use crate::fleet::Fleet;
use crate::session::{start_demo, Auth, Demo, Session};
use crate::views::{AppEvent, Mode};
use crate::AppError;

impl Core {
    pub(super) fn session(&self) -> Arc<Session> {
        Arc::clone(&self.session.read().unwrap_or_else(|p| p.into_inner()))
    }

    pub(super) fn emit(&self, event: AppEvent) {
        let _ = self.events.send(event);
    }

    pub(super) fn set_notice(&self, notice: Option<Words>) {
        *self.lock_notice() = notice;
    }

    pub(super) async fn demo(&self) -> Result<Demo, AppError> {
        let mut demo = self.demo.lock().await;
        if let Some(running) = demo.as_ref() {
            return Ok(running.clone());
        }
        Ok(demo.insert(start_demo().await?).clone())
    }

    /// Leaving the demo: its simulator stops listening, so nothing on this computer can
    /// reach it while it is not in use. Taken out at once (session changes are serialized,
    /// so nothing is starting it now); the shutdown finishes in the background.
    fn stop_demo(&self) {
        let Ok(mut demo) = self.demo.try_lock() else {
            return;
        };
        if let Some(demo) = demo.take() {
            tracing::info!("stopping the demo simulator");
            tokio::spawn(demo.sim.shutdown());
        }
    }

    pub(super) fn new_session_id(&self) -> u64 {
        let mut next = self
            .next_session_id
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        *next += 1;
        *next
    }

    pub(super) fn new_fleet(&self, client: volvo_api::Client) -> Arc<Fleet> {
        Arc::new(Fleet::new(client, self.availability_max_age))
    }

    /// An account's fleet: what it fetches is kept for the next start.
    pub(super) fn new_account_fleet(&self, client: volvo_api::Client) -> Arc<Fleet> {
        Arc::new(
            Fleet::new(client, self.availability_max_age)
                .remembered_in(Arc::clone(&self.known_cars)),
        )
    }

    /// Makes `session` current, tells the page, and starts what the session needs.
    pub(super) fn install(self: &Arc<Self>, session: Session) {
        let session = Arc::new(session);
        *self.session.write().unwrap_or_else(|p| p.into_inner()) = Arc::clone(&session);
        tracing::info!(mode = ?session.mode, "session changed");
        self.emit(AppEvent::AuthChanged(self.app_state()));
        if session.mode != Mode::Demo {
            self.stop_demo();
        }
        self.activate(session);
    }

    /// Loads the cars in the background, so the tray fills without waiting for the window,
    /// and follows a Volvo ID sign-in so its end shows at once.
    pub(super) fn activate(self: &Arc<Self>, session: Arc<Session>) {
        if session.mode == Mode::SignedOut {
            return;
        }
        if let Auth::VolvoId(manager) = &session.auth {
            let core = Arc::downgrade(self);
            let id = session.id;
            let current = move || core.upgrade().is_some_and(|c| c.session().id == id);
            crate::renewal::keep_alive(current, Arc::clone(manager), self.idle_renewal);
            let mut changes = manager.subscribe();
            let core = Arc::downgrade(self);
            let id = session.id;
            tokio::spawn(async move {
                while changes.changed().await.is_ok() {
                    let state = changes.borrow_and_update().clone();
                    if let AuthState::SignedOut {
                        reason: Some(reason),
                    } = state
                    {
                        if let Some(core) = core.upgrade() {
                            let current = core.session();
                            if current.id == id {
                                let ended = volvo_api::Error::SignedOut { reason };
                                core.mark_signed_out(&current, crate::words::of_api_error(ended));
                            }
                        }
                        break;
                    }
                }
            });
        }
        let core = Arc::clone(self);
        tokio::spawn(async move {
            // Cars known from the last start are on screen already; Volvo confirms them now.
            let refresh = session.fleet.is_stale();
            let cars = session.fleet.cars(refresh).await;
            if let Ok(cars) = core.observe(&session, cars) {
                if core.session().id == session.id {
                    core.emit(AppEvent::VehiclesChanged(core.views(&cars)));
                }
            }
        });
    }

    pub(super) async fn install_demo(self: &Arc<Self>) -> Result<(), AppError> {
        let demo = self.demo().await?;
        let session = Session {
            id: self.new_session_id(),
            mode: Mode::Demo,
            auth: Auth::Demo,
            fleet: self.new_fleet(demo.client.clone()),
            tokens: Arc::clone(&demo.tokens),
            signed_out_reason: None,
        };
        self.install(session);
        Ok(())
    }

    /// Turns an API result into the crate's, noticing on the way when the sign-in has ended.
    pub(super) fn observe<T>(
        &self,
        session: &Session,
        result: Result<T, AppError>,
    ) -> Result<T, AppError> {
        if let Err(AppError::Api(e)) = &result {
            if e.ends_session() {
                self.mark_signed_out(session, crate::words::of_api_error(e.clone()));
            }
        }
        result
    }

    pub(super) fn mark_signed_out(&self, session: &Session, reason: Words) {
        if session.mode != Mode::Account {
            return;
        }
        let replaced = {
            let mut current = self.session.write().unwrap_or_else(|p| p.into_inner());
            if current.id != session.id {
                return;
            }
            let id = self.new_session_id();
            *current = Arc::new(session.signed_out(id, reason));
            true
        };
        if replaced {
            tracing::info!("the sign-in has ended");
            self.emit(AppEvent::AuthChanged(self.app_state()));
        }
    }
}
