//! A start at login often comes before the network: the cars' first fetch then fails, and
//! with no window to ask again the tray would say "No cars yet" all day. So it is tried again,
//! less and less often, until the cars are known or the app is signed out.

use std::sync::Arc;
use std::time::Duration;

use beacon_app::views::Mode;

use super::App;

const FIRST_RETRY: Duration = Duration::from_secs(15);
const LONGEST_WAIT: Duration = Duration::from_secs(10 * 60);

pub(super) fn keep_fetching_until_known(app: &Arc<App>) {
    let core = Arc::clone(&app.core);
    app.runtime.spawn(async move {
        let mut wait = FIRST_RETRY;
        loop {
            tokio::time::sleep(wait).await;
            if core.cars_known() || core.app_state().mode == Mode::SignedOut {
                return;
            }
            match core.vehicles(true).await {
                Ok(cars) => {
                    log::info!("the cars came on a later try ({})", cars.len());
                    return;
                }
                Err(e) => log::info!("the cars are not there yet ({}); trying again", e.kind()),
            }
            wait = (wait * 2).min(LONGEST_WAIT);
        }
    });
}
