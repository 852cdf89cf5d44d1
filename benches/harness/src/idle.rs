//! CPU time while nothing happens: what a laptop's battery notices of an app left running.
//!
//! The app is started directly (no WebDriver in its processes) and left to settle; then the
//! CPU time of the app and every process below it (WebKit's web and network processes) is read
//! from /proc at the start and the end of a measured window, and the difference is scaled to an
//! hour. Volvo Beacon is measured with its window shown, then closed to the tray (a real close
//! request, as a window manager sends); the bare window with its window shown.

use std::collections::BTreeMap;
use std::time::Duration;

use beacon_test_support::procs::{self, alive};
use beacon_test_support::x11;
use serde::Serialize;

use crate::clock;
use crate::launch::{self, AppSpec, Tools};

/// From launch to the first window: the page loaded, the cars fetched, pictures drawn.
const SETTLE_AFTER_LAUNCH: Duration = Duration::from_secs(20);
/// From the close request to the second window: the tray-only process is up.
const SETTLE_AFTER_CLOSE: Duration = Duration::from_secs(15);

#[derive(Clone, Debug, Serialize)]
pub struct IdleCpu {
    pub secs: f64,
    /// CPU seconds (user + system) the whole tree used in the window.
    pub cpu_secs: f64,
    pub cpu_secs_per_hour: f64,
    /// The same by process name, for finding what wakes up.
    pub by_process: BTreeMap<String, f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct IdleRun {
    pub window: IdleCpu,
    /// With the window closed to the tray; `None` when not asked for.
    pub tray: Option<IdleCpu>,
}

/// pid → (name, CPU ticks) for `root` and everything below it, now.
fn tree_ticks(root: u32) -> BTreeMap<u32, (String, u64)> {
    procs::tree(root)
        .into_iter()
        .filter(|&pid| alive(pid))
        .filter_map(|pid| Some((pid, (procs::program_name(pid), procs::cpu_ticks(pid)?))))
        .collect()
}

/// Watches `root`'s tree for `length` and says how much CPU it used.
async fn measure(root: u32, length: Duration) -> Result<IdleCpu, String> {
    let (from_ms, before) = (clock::epoch_ms(), tree_ticks(root));
    tokio::time::sleep(length).await;
    let (to_ms, after) = (clock::epoch_ms(), tree_ticks(root));
    if !alive(root) {
        return Err("the app exited while idle".into());
    }
    let tick_secs = clock::tick_ms() / 1000.0;
    let mut by_process = BTreeMap::new();
    // A process born in the window counts whole; one that ended in it is in its parent's
    // reaped-children figure, unless its parent ended too (then it is lost, and says so by
    // being missing from `by_process`).
    for (pid, (name, ticks)) in &after {
        let used = ticks - before.get(pid).map_or(0, |(_, t)| *t).min(*ticks);
        *by_process.entry(name.clone()).or_insert(0.0) += used as f64 * tick_secs;
    }
    let secs = (to_ms - from_ms) / 1000.0;
    let cpu_secs: f64 = by_process.values().sum();
    Ok(IdleCpu {
        secs,
        cpu_secs,
        cpu_secs_per_hour: cpu_secs * 3600.0 / secs,
        by_process,
    })
}

/// One launch: settle, measure with the window shown, then (with `tray`) close the window,
/// settle and measure again.
pub async fn once(
    tools: &Tools,
    app: &AppSpec,
    run: &str,
    length: Duration,
    tray: bool,
) -> Result<IdleRun, String> {
    let started_app = launch::start_direct(tools, app, run)?;
    let pid =
        launch::find_app(started_app.group.id(), &app.binary, Duration::from_secs(30)).await?;
    tokio::time::sleep(SETTLE_AFTER_LAUNCH).await;
    if x11::shown_windows(pid)? == 0 {
        return Err(format!("{} shows no window", app.label));
    }
    let window = measure(pid, length).await?;
    let tray = if tray {
        if x11::close_windows(pid).await? == 0 {
            return Err(format!("{} had no window to close", app.label));
        }
        tokio::time::sleep(SETTLE_AFTER_CLOSE).await;
        if x11::shown_windows(pid)? > 0 {
            return Err(format!("{} still shows a window after closing", app.label));
        }
        Some(measure(pid, length).await?)
    } else {
        None
    };
    drop(started_app);
    Ok(IdleRun { window, tray })
}
