//! Memory growth over many commands: Volvo Beacon in demo mode (its in-process simulator and
//! the demo fleet), started under WebDriver, Flash clicked on the demo cars that offer it, in
//! turn, each click waiting for the car's answer on its tile and for a slot under Volvo's
//! limit of 10 commands a minute (which the app enforces, the demo's simulator too). Resident
//! memory of the app and every process below it after the first `first` commands vs after all
//! of them, each the median of a few samples once the last answer has settled.
//!
//! The page is watched with counters only (no list that grows with the clicks), so the
//! measuring adds nothing that grows.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use beacon_test_support::procs::alive;
use beacon_test_support::webdriver::WebDriver;
use serde::Serialize;
use serde_json::json;

use crate::launch::{self, AppSpec, Tools};
use crate::memory::{tree_memory, ProcMemory};
use crate::pace::CommandPace;

/// Quiet after the last answer before memory is read.
const SETTLE: Duration = Duration::from_secs(10);
/// Readings per memory sample, a second apart (their median is the sample).
const READINGS: usize = 5;
/// A memory sample every this many commands, for the trend in the details.
const TRACE_EVERY: usize = 50;

#[derive(Clone, Debug)]
pub struct Plan {
    /// Commands in all.
    pub commands: usize,
    /// The commands before the first sample.
    pub first: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Sample {
    /// Commands answered when it was taken.
    pub commands: usize,
    pub rss_mib: f64,
    pub pss_mib: f64,
    /// Each reading's RSS, in order.
    pub readings_mib: Vec<f64>,
    /// The processes at the last reading: which one grew.
    pub processes: Vec<ProcMemory>,
}

#[derive(Clone, Debug, Serialize)]
pub struct GrowthRun {
    pub commands: usize,
    pub after_first: Sample,
    pub after_all: Sample,
    /// Every `TRACE_EVERY` commands, without the settling pause of the two above.
    pub trace: Vec<Sample>,
    /// The tiles' final answers by status (`completed`, `error:…`): every one was answered.
    pub statuses: BTreeMap<String, u64>,
    pub minutes: f64,
}

impl GrowthRun {
    pub fn growth_pct(&self) -> f64 {
        (self.after_all.rss_mib - self.after_first.rss_mib) / self.after_first.rss_mib * 100.0
    }
}

/// Counts each car's finished answers and their statuses; returns the VINs with a Flash button.
const WATCH: &str = r#"
const w = window.__beaconGrowth = { done: {}, statuses: {} };
const vins = [];
for (const tile of document.querySelectorAll('[data-vin]')) {
  const vin = tile.dataset.vin;
  const el = tile.querySelector('[data-outcome]');
  if (!el || !tile.querySelector('button[data-command="FLASH"]')) continue;
  vins.push(vin);
  w.done[vin] = 0;
  let was = el.dataset.state;
  new MutationObserver(() => {
    const now = el.dataset.state;
    if (now === 'done' && was !== 'done') {
      w.done[vin] += 1;
      const s = el.dataset.status ?? '';
      w.statuses[s] = (w.statuses[s] ?? 0) + 1;
    }
    was = now;
  }).observe(el, { attributes: true, attributeFilter: ['data-state', 'data-status'] });
}
return vins;
"#;

pub async fn run(tools: &Tools, demo: &AppSpec, plan: &Plan) -> Result<GrowthRun, String> {
    if plan.commands <= plan.first {
        return Err(format!(
            "{} commands leave none after the first {} to compare with",
            plan.commands, plan.first
        ));
    }
    let driver = launch::start_driver(tools, demo, "growth").await?;
    let wd = WebDriver::new_session(&driver.url, &demo.binary, &demo.args).await?;
    let result = session(&wd, &driver, demo, plan).await;
    wd.quit().await;
    drop(driver);
    result
}

async fn session(
    wd: &WebDriver,
    driver: &launch::Driver,
    app: &AppSpec,
    plan: &Plan,
) -> Result<GrowthRun, String> {
    let pid = launch::find_app(driver.group.id(), &app.binary, Duration::from_secs(10)).await?;
    let vins = wait_for_cars(wd).await?;
    let began = Instant::now();
    let mut pace = CommandPace::default();
    let mut trace = Vec::new();
    let mut after_first = None;
    for k in 0..plan.commands {
        if !alive(pid) {
            return Err(format!("the app exited after {k} commands"));
        }
        if k == plan.first {
            after_first = Some(sample(pid, k, true).await);
        } else if k > 0 && k % TRACE_EVERY == 0 {
            trace.push(sample(pid, k, false).await);
        }
        pace.slot().await;
        let vin = &vins[k % vins.len()];
        let done_before = done_count(wd, vin).await?;
        let button = format!(r#"[data-vin="{vin}"] button[data-command="FLASH"]"#);
        wd.click(&wd.find_first(&button).await?).await?;
        pace.sent();
        wait_for_answer(wd, vin, done_before)
            .await
            .map_err(|e| format!("command {}: {e}", k + 1))?;
    }
    let after_all = sample(pid, plan.commands, true).await;
    let statuses = wd
        .execute("return window.__beaconGrowth.statuses;", json!([]))
        .await?;
    let statuses: BTreeMap<String, u64> =
        serde_json::from_value(statuses).map_err(|e| format!("the page's statuses: {e}"))?;
    let answered: u64 = statuses.values().sum();
    if answered != plan.commands as u64 {
        return Err(format!(
            "{} commands clicked, {answered} answered on the tiles",
            plan.commands
        ));
    }
    // A refusal by the app's own limiter would be a click that sent nothing.
    if let Some(refused) = statuses.keys().find(|s| s.contains("rate_limited")) {
        return Err(format!(
            "a command was refused for the rate limit ({refused})"
        ));
    }
    Ok(GrowthRun {
        commands: plan.commands,
        after_first: after_first.ok_or("fewer commands than the first sample's")?,
        after_all,
        trace,
        statuses,
        minutes: began.elapsed().as_secs_f64() / 60.0,
    })
}

async fn wait_for_cars(wd: &WebDriver) -> Result<Vec<String>, String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let cars = wd
            .execute(
                "return document.querySelectorAll('[data-vin]').length;",
                json!([]),
            )
            .await?;
        if cars.as_u64().is_some_and(|n| n > 0) {
            break;
        }
        if Instant::now() > deadline {
            return Err("the demo showed no car within 60 s".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let vins: Vec<String> = serde_json::from_value(wd.execute(WATCH, json!([])).await?)
        .map_err(|e| format!("the page's cars: {e}"))?;
    if vins.is_empty() {
        return Err("no demo car offers Flash".into());
    }
    Ok(vins)
}

async fn done_count(wd: &WebDriver, vin: &str) -> Result<u64, String> {
    Ok(wd
        .execute(
            "const [vin] = arguments; return window.__beaconGrowth.done[vin];",
            json!([vin]),
        )
        .await?
        .as_u64()
        .unwrap_or(0))
}

async fn wait_for_answer(wd: &WebDriver, vin: &str, done_before: u64) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if done_count(wd, vin).await? > done_before {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err("no answer on the tile within 30 s".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn sample(pid: u32, commands: usize, settle: bool) -> Sample {
    if settle {
        tokio::time::sleep(SETTLE).await;
    }
    let mut rss = Vec::new();
    let mut pss = Vec::new();
    let mut processes = Vec::new();
    for i in 0..READINGS {
        if i > 0 {
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        let tree = tree_memory(pid);
        rss.push(tree.rss_mib);
        pss.push(tree.pss_mib);
        processes = tree.processes;
    }
    Sample {
        commands,
        rss_mib: middle(&rss),
        pss_mib: middle(&pss),
        readings_mib: rss,
        processes,
    }
}

fn middle(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted[sorted.len() / 2]
}
