//! Launch → first paint, the same way for both apps, read off the screen.
//!
//! Each app is started directly (no WebDriver: under WebKitWebDriver's automation Volvo
//! Beacon's window stayed blank for 2–3 s while its page had long rendered, so a driven launch
//! does not time what a user sees). From the moment its window is mapped, a thread reads the
//! target's rectangle back from the X server (the real screen contents) every ~10 ms. The
//! figure is the first frame in which it shows content (Beacon: its first tile; the baseline:
//! its heading), measured from the app process's start time in /proc (to one clock tick).
//!
//! Where the target is comes from one calibration launch per app under WebDriver: the page is
//! asked, once its first-paint marker (`<html data-tiles-painted>`) is set and it has settled,
//! for the target's rectangle. The same launch records the page's own timing (navigation
//! start, DOMContentLoaded, the marker) for the report; the marker is not the figure: Beacon
//! sets it from a `requestAnimationFrame` callback or, failing that, a 100 ms timer, and with a
//! slow first frame the timer fires long before anything is on screen.

use std::time::{Duration, Instant};

use beacon_test_support::webdriver::WebDriver;
use serde::Serialize;
use serde_json::{json, Value};

use crate::clock;
use crate::launch::{self, AppSpec, Tools};
use crate::screen::{self, Rect};

const MARKER: &str = r#"
const d = document.documentElement.dataset.tilesPainted;
if (d === undefined) return null;
const nav = performance.getEntriesByType('navigation')[0] || {};
return { origin: performance.timeOrigin, painted: Number(d),
         tiles: document.querySelectorAll('[data-vin]').length,
         domContentLoaded: nav.domContentLoadedEventEnd || null };
"#;

const RECT: &str = r#"
const el = document.querySelector(arguments[0]);
if (!el) return null;
const r = el.getBoundingClientRect();
return { x: r.x * devicePixelRatio, y: r.y * devicePixelRatio,
         w: r.width * devicePixelRatio, h: r.height * devicePixelRatio };
"#;

/// What one WebDriver launch learnt: where the target is, and the page's own timing.
#[derive(Clone, Debug, Serialize)]
pub struct Calibration {
    pub target: String,
    pub rect: Rect,
    /// App process start → navigation start (native setup, window, webview), under WebDriver.
    pub launch_to_navigation_ms: f64,
    /// Navigation start → DOMContentLoaded end.
    pub dom_content_loaded_ms: Option<f64>,
    /// Navigation start → the page's first-paint marker.
    pub navigation_to_marker_ms: f64,
    pub tiles: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct StartupRun {
    /// App process start → the first screen frame showing the target (the middle of the
    /// interval between the last frame without it and the first with it).
    pub launch_to_paint_ms: f64,
    /// Half that interval.
    pub paint_uncertainty_ms: f64,
    /// Frames read off the screen, and their mean spacing.
    pub frames: usize,
    pub frame_interval_ms: f64,
}

pub async fn calibrate(tools: &Tools, app: &AppSpec, target: &str) -> Result<Calibration, String> {
    let driver = launch::start_driver(tools, app, "calibration").await?;
    let wd = WebDriver::new_session(&driver.url, &app.binary, &app.args).await?;
    let result = read_page(&wd, &driver, app, target).await;
    wd.quit().await;
    drop(driver);
    result
}

async fn read_page(
    wd: &WebDriver,
    driver: &launch::Driver,
    app: &AppSpec,
    target: &str,
) -> Result<Calibration, String> {
    let pid = launch::find_app(driver.group.id(), &app.binary, Duration::from_secs(10)).await?;
    let started =
        clock::process_start_epoch_ms(pid).ok_or_else(|| format!("no start time for pid {pid}"))?;
    let deadline = Instant::now() + Duration::from_secs(60);
    let marker = loop {
        let seen = wd.execute(MARKER, json!([])).await?;
        if !seen.is_null() {
            break seen;
        }
        if Instant::now() > deadline {
            return Err("no first-paint marker within 60 s".into());
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    };
    // Settled: pictures in, transitions over.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let rect = wd.execute(RECT, json!([target])).await?;
    let num = |v: &Value, k: &str| v[k].as_f64().ok_or_else(|| format!("no {target}: {v}"));
    Ok(Calibration {
        target: target.to_owned(),
        rect: Rect {
            x: num(&rect, "x")?,
            y: num(&rect, "y")?,
            w: num(&rect, "w")?,
            h: num(&rect, "h")?,
        },
        launch_to_navigation_ms: num(&marker, "origin")? - started,
        dom_content_loaded_ms: marker["domContentLoaded"].as_f64(),
        navigation_to_marker_ms: num(&marker, "painted")?,
        tiles: marker["tiles"].as_u64().unwrap_or(0),
    })
}

pub async fn once(
    tools: &Tools,
    app: &AppSpec,
    run: &str,
    target: Rect,
) -> Result<StartupRun, String> {
    let started_app = launch::start_direct(tools, app, run)?;
    let camera = {
        let (root, binary) = (started_app.group.id(), app.binary.clone());
        tokio::task::spawn_blocking(move || screen::film(root, binary, target))
    };
    let pid = launch::find_app(started_app.group.id(), &app.binary, Duration::from_secs(30));
    let started = pid.await.and_then(|pid| {
        clock::process_start_epoch_ms(pid).ok_or_else(|| format!("no start time for pid {pid}"))
    });
    let film = camera
        .await
        .map_err(|e| format!("the screen reader failed: {e}"))?;
    drop(started_app);
    let (started, film) = (started?, film?);
    if let Some(dir) = std::env::var_os("BENCH_FILM_DIR") {
        // To look at what the screen showed: every frame filmed.
        let dir = std::path::PathBuf::from(dir);
        let _ = std::fs::create_dir_all(&dir);
        for (i, frame) in film.frames.iter().enumerate() {
            let at = frame.to - started;
            let name = format!("{}-{run}-{i:03}-{at:05.0}ms.ppm", app.label);
            let _ = film.save_ppm(frame, &dir.join(name));
        }
    }
    let shown = film
        .first_showing()
        .ok_or_else(|| format!("the target never showed on screen within 30 s ({target:?})"))?;
    let before = film
        .frames
        .iter()
        .take_while(|f| f.from < shown.from)
        .last()
        .map(|f| f.from)
        .unwrap_or(started);
    let painted = (before + shown.to) / 2.0;
    let spacing = match (film.frames.first(), film.frames.last()) {
        (Some(a), Some(b)) if film.frames.len() > 1 => {
            (b.from - a.from) / (film.frames.len() - 1) as f64
        }
        _ => f64::NAN,
    };
    Ok(StartupRun {
        launch_to_paint_ms: painted - started,
        paint_uncertainty_ms: (shown.to - before) / 2.0,
        frames: film.frames.len(),
        frame_interval_ms: spacing,
    })
}
