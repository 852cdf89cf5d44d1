//! Resident memory: 10 s after launch with the window open, then 10 s after the window was
//! closed (a real close request, see x11.rs), summed over the app and every process below it
//! (WebKit's web and network processes). The apps are started directly, without WebDriver, so
//! no automation session weighs on either.

use std::time::Duration;

use serde::Serialize;

use crate::clock;
use crate::launch::{self, AppSpec, Tools};
use crate::procs::{self, TreeMemory};
use crate::x11;

pub const SETTLE_MS: f64 = 10_000.0;

#[derive(Clone, Debug, Serialize)]
pub struct MemoryRun {
    pub open: TreeMemory,
    /// After the close request; `None` when the app did not stay running.
    pub closed: Option<TreeMemory>,
    /// WM_DELETE_WINDOW messages sent (one per shown window; repeated if one went unanswered).
    pub close_requests: usize,
    pub windows_left: usize,
}

async fn sleep_until(epoch_ms: f64) {
    let wait = epoch_ms - clock::epoch_ms();
    if wait > 0.0 {
        tokio::time::sleep(Duration::from_secs_f64(wait / 1000.0)).await;
    }
}

pub async fn once(tools: &Tools, app: &AppSpec, run: &str) -> Result<MemoryRun, String> {
    let started_app = launch::start_direct(tools, app, run)?;
    let pid = launch::find_app(
        started_app.group.pid(),
        &app.binary,
        Duration::from_secs(30),
    )
    .await?;
    let started =
        clock::process_start_epoch_ms(pid).ok_or_else(|| format!("no start time for pid {pid}"))?;
    sleep_until(started + SETTLE_MS).await;
    if !procs::alive(pid) {
        return Err(format!("{} exited before the first sample", app.label));
    }
    let open = procs::tree_memory(pid);
    if x11::shown_windows(pid)? == 0 {
        return Err(format!("{} shows no window after 10 s", app.label));
    }
    let close_requests = x11::close_windows(pid).await?;
    let closed_at = clock::epoch_ms();
    sleep_until(closed_at + SETTLE_MS).await;
    let closed = procs::alive(pid).then(|| procs::tree_memory(pid));
    let windows_left = if closed.is_some() {
        x11::shown_windows(pid)?
    } else {
        0
    };
    drop(started_app);
    Ok(MemoryRun {
        open,
        closed,
        close_requests,
        windows_left,
    })
}
