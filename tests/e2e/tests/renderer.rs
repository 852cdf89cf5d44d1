//! The page's renderer dies, the way a WebKit crash or the kernel's OOM killer ends it: the
//! test kills the app's WebKitWebProcess by its PID. The window loads its page again by itself
//! and the page rebuilds itself from the app (tiles, the command in flight, its outcome), with
//! nothing sent to the car twice; and a page that keeps dying gets a native message, not a
//! reload loop. WebKit ends a WebDriver session when its page's web process dies, so these
//! apps run with WebKitWebDriver attached from outside, and the test opens a new session on
//! the same window after each death.

#![cfg(target_os = "linux")]

use std::fs;
use std::time::{Duration, Instant};

use beacon_e2e::{ui, wait_until, App, E2e, Launch, WebDriver, DEFAULT_WAIT};
use beacon_test_support::procs::{cmdline, descendants};
use beacon_test_support::x11::Screen;
use serde_json::json;

const XC40: &str = "YV1XZK8V2P1234567";
const DEMO_FLEET: [&str; 3] = [XC40, "YV4A22PL5N1234568", "YV1EX30A0R1234569"];

fn command_path(vin: &str, command: &str) -> String {
    format!("/connected-vehicle/v2/vehicles/{vin}/commands/{command}")
}

/// WebKit's web processes below `pid` (their short names differ; their programs do not).
fn web_processes(pid: u32) -> Vec<u32> {
    descendants(pid)
        .into_iter()
        .filter(|&p| is_web_process(p))
        .collect()
}

fn is_web_process(pid: u32) -> bool {
    cmdline(pid)
        .first()
        .is_some_and(|program| program.ends_with("/WebKitWebProcess"))
}

/// The app's one web process (WebKit starts it per page).
fn web_process(app: &App) -> u32 {
    wait_until("the app's web process", DEFAULT_WAIT, || {
        let found = web_processes(app.pid());
        match found.as_slice() {
            [one] => Ok(*one),
            other => Err(format!("web processes {other:?}")),
        }
    })
}

/// Kills the app's web process with SIGKILL and returns its PID once it is gone.
fn kill_web_process(app: &App) -> u32 {
    let pid = web_process(app);
    // SAFETY: a plain kill(2) of a process this test's app started.
    let killed = unsafe { libc::kill(pid as i32, libc::SIGKILL) };
    assert_eq!(killed, 0, "kill {pid}: {}", std::io::Error::last_os_error());
    wait_until("the killed web process to be gone", DEFAULT_WAIT, || {
        (!is_web_process(pid))
            .then_some(())
            .ok_or_else(|| format!("{pid} is still there"))
    });
    pid
}

/// Marks the page as it is now: a page loaded again has lost the mark.
fn mark_page(wd: &WebDriver) {
    wd.execute("window.__beaconBeforeDeath = true;", json!([]));
}

/// Opens a new WebDriver session on the app and waits for a page loaded after [`mark_page`]
/// that shows tiles.
fn wait_for_new_page(app: &mut App, timeout: Duration) {
    app.reattach();
    let wd = app.wd();
    wait_until("the page loaded again, with tiles", timeout, || {
        let seen = wd.try_execute(
            "return [window.__beaconBeforeDeath === true, \
                     document.querySelectorAll('[data-vin]').length];",
            json!([]),
        )?;
        match (seen[0].as_bool(), seen[1].as_u64()) {
            (Some(false), Some(tiles)) if tiles > 0 => Ok(()),
            _ => Err(format!("old page or no tiles: {seen}")),
        }
    });
}

fn the_window(screen: &Screen, app: &App) -> u32 {
    let pid = app.pid();
    wait_until("the main window", DEFAULT_WAIT, || {
        match screen.shown_windows_of(pid)?.as_slice() {
            [one] => Ok(*one),
            other => Err(format!("windows {other:?}")),
        }
    })
}

/// A real click (XTEST) in the middle of the element `css`.
fn real_click(screen: &Screen, window: u32, wd: &WebDriver, css: &str) {
    let at = wd.execute(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect(); \
         return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];",
        json!([css]),
    );
    let (x, y) = (at[0].as_i64().unwrap(), at[1].as_i64().unwrap());
    screen
        .click(window, x as i16, y as i16)
        .expect("the click reaches the X server");
}

fn screenshot(e2e: &E2e, wd: &WebDriver, name: &str) {
    let dir = e2e.artifacts();
    fs::create_dir_all(&dir).expect("the artifacts folder");
    let path = dir.join(name);
    fs::write(&path, wd.screenshot()).expect("the screenshot file");
    eprintln!("screenshot: {}", path.display());
}

/// Waits until every tile shows its car's picture.
fn wait_for_pictures(wd: &WebDriver) {
    wait_until("every car's picture", DEFAULT_WAIT, || {
        let shown = wd.execute(
            r#"const tiles = [...document.querySelectorAll('[data-vin]')];
               return tiles.filter(t => {
                 const img = t.querySelector('img');
                 return img && img.complete && img.naturalWidth > 0;
               }).length + ' of ' + tiles.length;"#,
            json!([]),
        );
        let shown = shown.as_str().unwrap_or_default().to_owned();
        match shown.split_once(" of ") {
            Some((a, b)) if a == b && a != "0" => Ok(()),
            _ => Err(shown),
        }
    });
}

fn tile_names(wd: &WebDriver) -> Vec<(String, String)> {
    let mut names: Vec<(String, String)> = ui::tiles(wd)
        .into_iter()
        .map(|t| (t.vin, t.text.lines().next().unwrap_or_default().to_owned()))
        .collect();
    names.sort();
    names
}

#[test]
fn a_killed_renderer_comes_back_with_the_same_tiles_and_the_command_in_flight_finishes() {
    let e2e = E2e::start("renderer_killed");
    let sim = e2e.sim(None);
    let mut app = e2e.launch_reattachable(Launch::plain().with_test_token(&sim.info));
    let wd = app.wd();
    ui::wait_for_cars(wd, &DEMO_FLEET);
    wait_for_pictures(wd);
    let before = tile_names(wd);
    screenshot(&e2e, wd, "renderer-before.png");

    // Volvo takes 5 s to answer this honk: the renderer dies while it is in flight.
    let honk = command_path(XC40, "honk");
    sim.add_fault(json!({"method": "POST", "path": honk, "count": 1,
                         "action": {"type": "delay", "ms": 5000}}));
    wd.click(&ui::button(wd, XC40, "HONK"));
    wait_until("the honk in flight", DEFAULT_WAIT, || {
        let tile = ui::tile(wd, XC40);
        (tile.state == "pending" && sim.count("POST", &honk) == 1)
            .then_some(())
            .ok_or_else(|| format!("state {:?}", tile.state))
    });
    mark_page(wd);

    let killed = kill_web_process(&app);
    let killed_at = Instant::now();
    wait_for_new_page(&mut app, DEFAULT_WAIT);
    let wd = app.wd();
    let back_after = killed_at.elapsed();
    let new = web_process(&app);
    eprintln!("web process {killed} killed; {new} showed the tiles after {back_after:?}");
    assert_ne!(new, killed);

    assert_eq!(tile_names(wd), before, "the same tiles after the reload");
    wait_for_pictures(wd);
    let restored = ui::tile(wd, XC40);
    assert_eq!(
        restored.state, "pending",
        "the new page shows the honk still in flight: {:?}",
        restored.outcome_text
    );
    let done = ui::wait_for_done(wd, XC40, "COMPLETED");
    assert!(
        done.outcome_text.contains("Honked"),
        "{:?}",
        done.outcome_text
    );
    assert_eq!(sim.count("POST", &honk), 1, "the honk was sent once");
    let history = ui::invoke(wd, "history", json!({})).expect("history");
    assert_eq!(
        (
            history[0]["command"].as_str(),
            history[0]["status"].as_str()
        ),
        (Some("HONK"), Some("COMPLETED")),
        "{history}"
    );

    // A real click, through X, works on the new page.
    let screen = Screen::open().expect("an X server at DISPLAY");
    let window = the_window(&screen, &app);
    let flash = command_path(XC40, "flash");
    real_click(
        &screen,
        window,
        wd,
        &format!(r#"[data-vin="{XC40}"] button[data-command="FLASH"]"#),
    );
    wait_until("the flash at Volvo", DEFAULT_WAIT, || {
        let n = sim.count("POST", &flash);
        (n == 1).then_some(()).ok_or_else(|| format!("{n} flashes"))
    });
    let flashed = wait_until("the flash's answer on the tile", DEFAULT_WAIT, || {
        let tile = ui::tile(wd, XC40);
        (tile.state == "done" && tile.outcome_text.contains("Flashed"))
            .then_some(tile.outcome_text.clone())
            .ok_or_else(|| format!("{:?}: {:?}", tile.state, tile.outcome_text))
    });
    eprintln!("after a real click: {flashed:?}");
    screenshot(&e2e, wd, "renderer-after.png");

    let log = app.log_text();
    assert!(
        log.contains("the window's renderer died (WebKit's web process crashed or was killed)")
            && log.contains("renderer deaths: 1 since start")
            && log.contains("reloading the page"),
        "the death should be logged with its reason and count:\n{log}"
    );
}

#[test]
fn a_renderer_that_keeps_dying_gets_a_native_message_with_reload_not_a_loop() {
    let e2e = E2e::start("renderer_keeps_dying");
    let mut app = e2e.launch_reattachable(Launch::demo());
    ui::wait_for_cars(app.wd(), &DEMO_FLEET);
    let screen = Screen::open().expect("an X server at DISPLAY");
    let pid = app.pid();
    let window = the_window(&screen, &app);

    // Two deaths: the page comes back each time by itself.
    for death in 1..=2 {
        mark_page(app.wd());
        kill_web_process(&app);
        wait_for_new_page(&mut app, DEFAULT_WAIT);
        eprintln!("death {death}: the page came back by itself");
    }

    // The third within a minute: a message over the window, and no new web process.
    kill_web_process(&app);
    let message = wait_until("the native message", DEFAULT_WAIT, || {
        let shown = screen.shown_windows_of(pid)?;
        shown
            .iter()
            .copied()
            .find(|&w| w != window)
            .ok_or_else(|| format!("windows {shown:?}"))
    });
    let log = app.log_text();
    assert!(
        log.contains("renderer deaths: 3 since start, 3 in the last minute; asking the user"),
        "{log}"
    );
    let dir = e2e.artifacts();
    fs::create_dir_all(&dir).expect("the artifacts folder");
    // Drawn a moment after it is mapped.
    std::thread::sleep(Duration::from_millis(500));
    let path = dir.join("renderer-message.png");
    let png = screen
        .screenshot(message)
        .expect("a screenshot of the message");
    fs::write(&path, png).expect("the screenshot file");
    eprintln!("screenshot: {}", path.display());
    // Give a loop the time it would need to show itself.
    std::thread::sleep(Duration::from_millis(1500));
    let loaded = web_processes(pid);
    assert!(
        loaded.is_empty(),
        "the page was loaded again without asking: {loaded:?}"
    );

    // "Reload" is the default: Return on the message brings the page back.
    screen
        .press_return(message)
        .expect("the key press reaches the X server");
    wait_until("the message to go", DEFAULT_WAIT, || {
        let shown = screen.shown_windows_of(pid)?;
        (shown == [window])
            .then_some(())
            .ok_or_else(|| format!("windows {shown:?}"))
    });
    wait_for_new_page(&mut app, DEFAULT_WAIT);
    ui::wait_for_cars(app.wd(), &DEMO_FLEET);
    assert!(
        app.log_text()
            .contains("the user asked to load the window's page again"),
        "{}",
        app.log_text()
    );
}

/// What the tiles' poll reads: every tile's text and outcome line.
const READ_TILES: &str = r#"return [...document.querySelectorAll('[data-vin]')].map(tile => {
  const outcome = tile.querySelector('[data-outcome]');
  return { vin: tile.dataset.vin, text: tile.innerText,
           state: outcome ? outcome.dataset.state : null,
           outcome: outcome ? outcome.innerText : '' };
});"#;

/// WebDriver clicking command buttons and reading the tiles every 0.25 s while their outcomes
/// update (live regions, the elapsed-seconds counter) was once seen to kill the web process
/// in about a third of such sessions. A death ends the WebDriver session ("session deleted
/// because of page crash"), so an e2e test cannot pass over one. On demand (it takes minutes):
/// `xvfb-run -a cargo test -p beacon-e2e --test renderer -- --ignored`, with
/// `BEACON_STRESS_SESSIONS` and `BEACON_STRESS_POLL_MS` to change the run.
#[test]
#[ignore = "minutes long; run on demand"]
fn polling_the_page_while_outcomes_update_never_kills_its_renderer() {
    let number = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let sessions = number("BEACON_STRESS_SESSIONS", 6);
    let poll = Duration::from_millis(number("BEACON_STRESS_POLL_MS", 250));
    let mut failures = Vec::new();
    for session in 0..sessions {
        let e2e = E2e::start("renderer_polling");
        let app = e2e.launch(Launch::demo());
        let wd = app.wd();
        ui::wait_for_cars(wd, &DEMO_FLEET);
        let mut broken = None;
        'rounds: for round in 0..4 {
            for (vin, command) in [(XC40, "HONK"), ("YV4A22PL5N1234568", "FLASH")] {
                let click = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    wd.click(&ui::button(wd, vin, command))
                }));
                if click.is_err() {
                    broken = Some(format!("round {round}: the {command} click failed"));
                    break 'rounds;
                }
            }
            let until = Instant::now() + Duration::from_secs(7);
            while Instant::now() < until {
                if let Err(e) = wd.try_execute(READ_TILES, json!([])) {
                    broken = Some(format!("round {round}: {e}"));
                    break 'rounds;
                }
                std::thread::sleep(poll);
            }
        }
        let deaths = app.log_text().matches("renderer died").count();
        eprintln!("session {session}: {deaths} renderer deaths, broken: {broken:?}");
        if deaths > 0 || broken.is_some() {
            failures.push(format!("session {session}: {deaths} deaths, {broken:?}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
