//! Volvo Beacon signed in (a test access token) against the simulator, run in-process here:
//! - API calls per hour per car while the window is shown and idle, then while it is closed to
//!   the tray (from the simulator's request log over a measured window, scaled to an hour);
//! - click → request seen by the simulator, over N clicks on Flash.
//!
//! The clicks are a mouse's: pointer moved to the button's centre and pressed on the X server
//! (XTEST), as a user's hand would. WebDriver's Element Click is not used for them: its
//! automation round trips run on the app's main thread, where the click's own IPC arrives, and
//! would be measured along with it. WebDriver only reads the page.
//!
//! Clock alignment. A capturing listener in the page stamps each click with `Date.now()` (the
//! epoch clock floored to the millisecond; `performance.timeOrigin + performance.now()` is kept
//! as a check); the simulator logs `at_ms`, whole milliseconds since it started, with no
//! absolute time. So the harness brackets the
//! simulator's start S on the epoch clock with probe requests around every click: a probe sent
//! at t0 and answered at t1 and logged at `at` says S is in [t0 - at - 1, t1 - at]. The
//! intersection over the probes next to a click gives S to a fraction of a millisecond, and the
//! request's arrival is in [S + at, S + at + 1) and the click in [date, date + 1). Each latency
//! is the middle of its interval; the widest half-interval is reported as the uncertainty.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use beacon_test_support::webdriver::WebDriver;
use beacon_test_support::{procs, x11};
use serde::Serialize;
use serde_json::{json, Value};
use volvo_sim::{RequestRecord, Scenario, SimHandle};

use crate::clock;
use crate::launch::{self, AppSpec, Tools};
use crate::pace::CommandPace;
use crate::signed_in;

/// Volvo's limit, which the app's client enforces locally: at most 10 commands in any minute.
const PROBE_PREFIX: &str = "/_bench/clock-probe/";
const PROBES_PER_SIDE: usize = 3;

#[derive(Clone, Debug)]
pub struct Plan {
    pub clicks: usize,
    pub idle_secs: u64,
    pub settle_secs: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct IdleWindow {
    pub secs: f64,
    pub requests: usize,
    pub by_path: BTreeMap<String, usize>,
    pub per_hour_per_car: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Click {
    /// The page's click time, epoch ms (`Date.now()` in the click listener).
    pub clicked_at: f64,
    /// The simulator's log time of the command POST.
    pub sim_at_ms: u64,
    pub latency_ms: f64,
    /// Half-width of the interval the latency is known to lie in.
    pub uncertainty_ms: f64,
    /// `performance.timeOrigin + now()` minus `Date.now()` at the click, as a check on the page's
    /// clocks (WebKit: within a millisecond or two).
    pub page_clock_skew_ms: f64,
    pub status: u16,
}

#[derive(Clone, Debug, Serialize)]
pub struct AccountRun {
    pub cars: usize,
    /// Requests from launch until the idle window began (loading the cars and pictures).
    pub startup_requests: BTreeMap<String, usize>,
    pub shown: IdleWindow,
    pub hidden: Option<IdleWindow>,
    pub clicks: Vec<Click>,
    pub errors: Vec<String>,
}

struct Probe {
    sent: f64,
    answered: f64,
    at_ms: u64,
}

pub fn load_scenario(path: &Path) -> Result<Scenario, String> {
    Scenario::from_path(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs the whole account-mode session. Clicks come between the two idle windows: shown and
/// idle first (nothing clicked yet), then the clicks, then the window closed.
pub async fn run(
    tools: &Tools,
    ours: &AppSpec,
    scenario: Scenario,
    plan: &Plan,
) -> Result<AccountRun, String> {
    let cars = scenario.vehicles.len();
    let vin = scenario
        .vehicles
        .iter()
        .find(|v| v.commands.iter().any(|c| c == "FLASH"))
        .map(|v| v.vin.clone())
        .ok_or("the scenario has no car that can flash")?;
    let sim = signed_in::start_sim(scenario).await?;
    let mut app = ours.clone();
    app.args.clear();
    app.env.extend(signed_in::sign_in_env(&sim));

    let driver = launch::start_driver(tools, &app, "account").await?;
    let wd = WebDriver::new_session(&driver.url, &app.binary, &app.args).await?;
    let result = session(&wd, &driver, &app, &sim, &vin, cars, plan).await;
    wd.quit().await;
    drop(driver);
    sim.shutdown().await;
    result
}

async fn session(
    wd: &WebDriver,
    driver: &launch::Driver,
    app: &AppSpec,
    sim: &SimHandle,
    vin: &str,
    cars: usize,
    plan: &Plan,
) -> Result<AccountRun, String> {
    let pid = launch::find_app(driver.group.id(), &app.binary, Duration::from_secs(10)).await?;
    wait_for_tiles(wd, cars).await?;
    tokio::time::sleep(Duration::from_secs(plan.settle_secs)).await;
    let startup_requests = by_path(&sim.requests());

    let shown = idle_window(sim, plan.idle_secs, cars, || Ok(())).await?;

    let mut errors = Vec::new();
    let clicks = if plan.clicks > 0 {
        clicks(wd, sim, pid, vin, plan.clicks, &mut errors).await?
    } else {
        Vec::new()
    };

    let hidden = if x11::close_windows(pid).await? == 0 {
        errors.push("no window to close".into());
        None
    } else {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let window = idle_window(sim, plan.idle_secs, cars, || {
            if procs::alive(pid) {
                Ok(())
            } else {
                Err("the app quit when its window closed".to_owned())
            }
        })
        .await?;
        if x11::shown_windows(pid)? > 0 {
            errors.push("the window was still shown after the close request".into());
        }
        Some(window)
    };
    Ok(AccountRun {
        cars,
        startup_requests,
        shown,
        hidden,
        clicks,
        errors,
    })
}

async fn wait_for_tiles(wd: &WebDriver, cars: usize) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let seen = wd
            .execute(
                "return [document.documentElement.dataset.mode || '', \
                 document.querySelectorAll('[data-vin]').length];",
                json!([]),
            )
            .await?;
        if seen[0] == "account" && seen[1].as_u64() == Some(cars as u64) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "the signed-in app did not show {cars} cars: {seen}"
            ));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn is_probe(r: &RequestRecord) -> bool {
    r.path.starts_with(PROBE_PREFIX)
}

fn by_path(records: &[RequestRecord]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for r in records.iter().filter(|r| !is_probe(r)) {
        // VINs in paths are the cars of the scenario; counting per path shape is enough here.
        *counts
            .entry(format!("{} {} ({})", r.method, r.path, r.kind))
            .or_insert(0) += 1;
    }
    counts
}

async fn idle_window(
    sim: &SimHandle,
    secs: u64,
    cars: usize,
    still_ok: impl Fn() -> Result<(), String>,
) -> Result<IdleWindow, String> {
    let last_seq = sim.requests().last().map(|r| r.seq).unwrap_or(0);
    let began = Instant::now();
    let end = began + Duration::from_secs(secs);
    while Instant::now() < end {
        still_ok()?;
        tokio::time::sleep(Duration::from_millis(500).min(end - Instant::now())).await;
    }
    let elapsed = began.elapsed().as_secs_f64();
    let new: Vec<RequestRecord> = sim
        .requests()
        .into_iter()
        .filter(|r| r.seq > last_seq && !is_probe(r))
        .collect();
    Ok(IdleWindow {
        secs: elapsed,
        requests: new.len(),
        by_path: by_path(&new),
        per_hour_per_car: new.len() as f64 * 3600.0 / elapsed / cars.max(1) as f64,
    })
}

const WATCH: &str = r#"
const [vin] = arguments;
const w = window.__beaconBench = { clicks: [], outcomes: [] };
window.addEventListener('click', (e) => {
  const b = e.target instanceof Element ? e.target.closest('button[data-command]') : null;
  if (!b) return;
  w.clicks.push({ perf: performance.timeOrigin + performance.now(), date: Date.now(),
                  command: b.dataset.command });
}, true);
const el = document.querySelector(`[data-vin="${vin}"] [data-outcome]`);
if (!el) return false;
new MutationObserver(() => w.outcomes.push({ state: el.dataset.state,
                                              status: el.dataset.status ?? null }))
  .observe(el, { attributes: true, attributeFilter: ['data-state', 'data-status'] });
return true;
"#;

fn is_flash(r: &RequestRecord) -> bool {
    r.method == "POST" && r.path.ends_with("/commands/flash")
}

async fn clicks(
    wd: &WebDriver,
    sim: &SimHandle,
    pid: u32,
    vin: &str,
    count: usize,
    errors: &mut Vec<String>,
) -> Result<Vec<Click>, String> {
    if wd.execute(WATCH, json!([vin])).await? != Value::Bool(true) {
        return Err(format!("no outcome line on the tile of {vin}"));
    }
    let prober = volvo_api::http::client_builder()
        .build()
        .map_err(|e| e.to_string())?;
    let mut probes: Vec<Probe> = Vec::new();
    let mut probe_ranges = Vec::new();
    let mut pace = CommandPace::default();
    let button = format!(r#"[data-vin="{vin}"] button[data-command="FLASH"]"#);
    for k in 0..count {
        pace.slot().await;
        let first = probes.len();
        probe(&prober, sim, &mut probes).await?;
        let flashes_before = sim.requests().iter().filter(|r| is_flash(r)).count();
        let outcomes_before = wd
            .execute("return window.__beaconBench.outcomes.length;", json!([]))
            .await?
            .as_u64()
            .unwrap_or(0);
        let (x, y) = centre_of(wd, &button).await?;
        mouse_click(pid, x, y)?;
        pace.sent();
        wait_for_done(wd, sim, flashes_before, outcomes_before)
            .await
            .map_err(|e| format!("click {}: {e}", k + 1))?;
        probe(&prober, sim, &mut probes).await?;
        probe_ranges.push(first..probes.len());
    }

    let page = wd
        .execute("return window.__beaconBench.clicks;", json!([]))
        .await?;
    let page = page.as_array().cloned().unwrap_or_default();
    let flashes: Vec<RequestRecord> = sim.requests().into_iter().filter(is_flash).collect();
    if page.len() != count || flashes.len() != count {
        errors.push(format!(
            "{count} clicks made, {} seen by the page, {} flash requests seen by the simulator",
            page.len(),
            flashes.len()
        ));
    }
    let mut out = Vec::new();
    for ((click, flash), range) in page.iter().zip(&flashes).zip(probe_ranges) {
        // Date.now() is the epoch clock floored to the millisecond: the click was in
        // [date, date + 1). (WebKit coarsens performance.now() to whole milliseconds as well,
        // and timeOrigin + now() runs up to a millisecond behind; it is kept as a check.)
        let date = click["date"].as_f64().unwrap_or(f64::NAN);
        let perf = click["perf"].as_f64().unwrap_or(f64::NAN);
        let (lo, hi) = sim_start(&probes[range]);
        let earliest = lo + flash.at_ms as f64 - (date + 1.0);
        let latest = hi + flash.at_ms as f64 + 1.0 - date;
        out.push(Click {
            clicked_at: date,
            sim_at_ms: flash.at_ms,
            latency_ms: (earliest + latest) / 2.0,
            uncertainty_ms: (latest - earliest) / 2.0,
            page_clock_skew_ms: perf - date,
            status: flash.status,
        });
    }
    Ok(out)
}

/// The centre of the element `css` in the window's own pixels, scrolled into view first.
async fn centre_of(wd: &WebDriver, css: &str) -> Result<(i16, i16), String> {
    const CENTRE: &str = r#"
const el = document.querySelector(arguments[0]);
if (!el) return null;
el.scrollIntoView({ block: 'nearest' });
const r = el.getBoundingClientRect();
const scale = window.devicePixelRatio || 1;
return [Math.round((r.left + r.width / 2) * scale), Math.round((r.top + r.height / 2) * scale)];
"#;
    let at = wd.execute(CENTRE, json!([css])).await?;
    let coordinate = |i: usize| {
        at.get(i)
            .and_then(Value::as_i64)
            .and_then(|v| i16::try_from(v).ok())
    };
    match (coordinate(0), coordinate(1)) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(format!("no place to click for {css}: {at}")),
    }
}

/// A left click on the app's window at `(x, y)`, the way a mouse makes one. The page's own
/// record of clicks (WATCH) says whether it landed on the button.
fn mouse_click(pid: u32, x: i16, y: i16) -> Result<(), String> {
    let screen = x11::Screen::open()?;
    let window = *screen
        .shown_windows_of(pid)?
        .first()
        .ok_or("no window of the app to click in")?;
    screen.click(window, x, y)
}

/// A few probes to the simulator, each logged under its own path.
async fn probe(
    client: &reqwest::Client,
    sim: &SimHandle,
    probes: &mut Vec<Probe>,
) -> Result<(), String> {
    let mut pending = Vec::new();
    for _ in 0..PROBES_PER_SIDE {
        let n = probes.len() + pending.len();
        let path = format!("{PROBE_PREFIX}{n}");
        let sent = clock::epoch_ms();
        client
            .get(format!("{}{path}", sim.base_url()))
            .send()
            .await
            .map_err(|e| format!("clock probe: {e}"))?;
        let answered = clock::epoch_ms();
        pending.push((path, sent, answered));
    }
    let log = sim.requests();
    for (path, sent, answered) in pending {
        let at_ms = log
            .iter()
            .find(|r| r.path == path)
            .map(|r| r.at_ms)
            .ok_or_else(|| format!("the simulator did not log {path}"))?;
        probes.push(Probe {
            sent,
            answered,
            at_ms,
        });
    }
    Ok(())
}

/// The simulator's start on the epoch clock, as an interval: the intersection of what each
/// probe allows. If the probes disagree (the clock stepped), their hull instead.
fn sim_start(probes: &[Probe]) -> (f64, f64) {
    let lows = probes.iter().map(|p| p.sent - p.at_ms as f64 - 1.0);
    let highs = probes.iter().map(|p| p.answered - p.at_ms as f64);
    let lo = lows.clone().fold(f64::MIN, f64::max);
    let hi = highs.clone().fold(f64::MAX, f64::min);
    if lo <= hi {
        (lo, hi)
    } else {
        (
            lows.fold(f64::MAX, f64::min),
            highs.fold(f64::MIN, f64::max),
        )
    }
}

/// Until the simulator has answered the new flash and the tile shows a finished run.
async fn wait_for_done(
    wd: &WebDriver,
    sim: &SimHandle,
    flashes_before: usize,
    outcomes_before: u64,
) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let answered: Vec<u16> = sim
            .requests()
            .iter()
            .filter(|r| is_flash(r))
            .skip(flashes_before)
            .map(|r| r.status)
            .collect();
        if answered.len() > 1 {
            return Err("one click sent more than one request".into());
        }
        if answered.first().is_some_and(|&s| s != 0) {
            let done = wd
                .execute(
                    "const [n] = arguments; \
                     return window.__beaconBench.outcomes.slice(n).some(o => o.state === 'done');",
                    json!([outcomes_before]),
                )
                .await?;
            if done == Value::Bool(true) {
                return Ok(());
            }
        }
        if Instant::now() > deadline {
            return Err(format!(
                "no finished flash within 15 s (simulator saw {answered:?})"
            ));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probes_bracket_the_simulator_start() {
        // Simulator started at 1000.3: probes at various phases pin it down.
        let probes = [
            Probe {
                sent: 1010.0,
                answered: 1010.4,
                at_ms: 9,
            }, // [1000.0, 1001.4]
            Probe {
                sent: 1020.6,
                answered: 1020.9,
                at_ms: 20,
            }, // [999.6, 1000.9]
            Probe {
                sent: 1030.2,
                answered: 1030.5,
                at_ms: 29,
            }, // [1000.2, 1001.5]
        ];
        let (lo, hi) = sim_start(&probes);
        assert!(
            (lo - 1000.2).abs() < 1e-9 && (hi - 1000.9).abs() < 1e-9,
            "{lo} {hi}"
        );
    }
}
