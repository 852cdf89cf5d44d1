//! Resident memory: 10 s after launch with the window open, then 10 s after the window was
//! closed (a real close request, see `beacon_test_support::x11`), summed over the app and every
//! process below it (WebKit's web and network processes). The apps are started directly,
//! without WebDriver, so no automation session weighs on either.

use std::time::Duration;

use beacon_test_support::procs::{self, alive};
use beacon_test_support::x11;
use serde::Serialize;

use crate::clock;
use crate::launch::{self, AppSpec, Tools};

pub const SETTLE_MS: f64 = 10_000.0;

#[derive(Clone, Debug, Serialize)]
pub struct ProcMemory {
    pub pid: u32,
    pub name: String,
    pub rss_mib: f64,
    pub pss_mib: f64,
    /// The anonymous part of `rss_mib`: which of heaps or mapped files a change came from.
    pub anon_mib: f64,
}

/// Memory of `root` and all its descendants, now.
#[derive(Clone, Debug, Serialize)]
pub struct TreeMemory {
    pub rss_mib: f64,
    pub pss_mib: f64,
    pub processes: Vec<ProcMemory>,
}

pub fn tree_memory(root: u32) -> TreeMemory {
    let processes: Vec<ProcMemory> = procs::tree(root)
        .into_iter()
        .filter(|&pid| alive(pid))
        .filter_map(|pid| {
            let rss = procs::rss_kib(pid)?;
            let pss = procs::pss_kib(pid).unwrap_or(0);
            Some(ProcMemory {
                pid,
                name: procs::program_name(pid),
                rss_mib: rss as f64 / 1024.0,
                pss_mib: pss as f64 / 1024.0,
                anon_mib: procs::rss_anon_kib(pid).unwrap_or(0) as f64 / 1024.0,
            })
        })
        .collect();
    TreeMemory {
        rss_mib: processes.iter().map(|p| p.rss_mib).sum(),
        pss_mib: processes.iter().map(|p| p.pss_mib).sum(),
        processes,
    }
}

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
    let pid =
        launch::find_app(started_app.group.id(), &app.binary, Duration::from_secs(30)).await?;
    let started =
        clock::process_start_epoch_ms(pid).ok_or_else(|| format!("no start time for pid {pid}"))?;
    sleep_until(started + SETTLE_MS).await;
    if !alive(pid) {
        return Err(format!("{} exited before the first sample", app.label));
    }
    let open = tree_memory(pid);
    if x11::shown_windows(pid)? == 0 {
        return Err(format!("{} shows no window after 10 s", app.label));
    }
    let close_requests = x11::close_windows(pid).await?;
    let closed_at = clock::epoch_ms();
    sleep_until(closed_at + SETTLE_MS).await;
    let closed = alive(pid).then(|| tree_memory(pid));
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
