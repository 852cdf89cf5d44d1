//! Keeping an idle sign-in alive. Volvo ID ends a refresh token nobody uses for 7 days, and an
//! app that lives in the tray makes no API call while no one clicks. So while a Volvo ID
//! session is current, the app looks now and then whether the refresh token has reached the
//! renewal age, and renews it: one token request every few days. It looks by the wall clock
//! each time (a suspended laptop wakes to a due renewal at once), and stops with the session.

use std::sync::Arc;
use std::time::Duration;

use volvo_api::store::{TokenManager, RENEW_EVERY, VOLVO_ID_IDLE_LIMIT};

/// When an idle sign-in is renewed. The defaults are Volvo ID's; tests shorten them.
#[derive(Debug, Clone, Copy)]
pub struct IdleRenewal {
    /// Renew once the refresh token is this old.
    pub every: Duration,
    /// How long Volvo ID keeps an unused sign-in (for explaining one that ended).
    pub idle_limit: Duration,
    /// How often to look.
    pub check_every: Duration,
}

impl Default for IdleRenewal {
    fn default() -> Self {
        IdleRenewal {
            every: RENEW_EVERY,
            idle_limit: VOLVO_ID_IDLE_LIMIT,
            check_every: Duration::from_secs(3600),
        }
    }
}

impl IdleRenewal {
    /// A token manager that keeps to these times.
    pub(crate) fn apply(&self, manager: TokenManager) -> TokenManager {
        manager.with_idle_timing(self.every, self.idle_limit)
    }
}

/// Renews `manager`'s sign-in whenever it is due, for as long as its session is `current`.
/// A failed renewal (offline, Volvo ID down) is tried again at the next look; only Volvo ID's
/// own refusal ends the sign-in, and the session follows that by itself.
pub(crate) fn keep_alive(
    current: impl Fn() -> bool + Send + 'static,
    manager: Arc<TokenManager>,
    timing: IdleRenewal,
) {
    tokio::spawn(async move {
        loop {
            if !current() {
                return;
            }
            match manager.renew_if_due().await {
                Ok(true) => tracing::info!("renewed the idle sign-in"),
                Ok(false) => {}
                Err(volvo_api::Error::SignedOut { .. }) => return,
                Err(error) => {
                    tracing::warn!(%error, "renewing the idle sign-in failed; trying again later")
                }
            }
            tokio::time::sleep(timing.check_every).await;
        }
    });
}
