//! The app as the desktop around it sees it: the tray item read and clicked over D-Bus the way
//! a panel does, the notifications a real notification daemon (dunst) showed, the global
//! shortcut pressed as a key on the X server, and the start-at-login entry in the user's
//! autostart folder.

#![cfg(target_os = "linux")]

use std::fs;
use std::process::Command;
use std::time::Duration;

use beacon_e2e::panel::{MenuEntry, Panel, TrayItem};
use beacon_e2e::{notifications, ui, wait_until, App, E2e, Launch, Sim, WebDriver};
use beacon_test_support::procs;
use serde_json::{json, Value};

const XC40: &str = "YV1XZK8V2P1234567";
const XC90: &str = "YV4A22PL5N1234568";
const EX30: &str = "YV1EX30A0R1234569";

fn command_posts(sim: &Sim) -> Vec<String> {
    sim.requests()
        .iter()
        .filter(|r| {
            r["method"] == "POST" && r["path"].as_str().is_some_and(|p| p.contains("/commands/"))
        })
        .map(|r| r["path"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Connected Vehicle API calls the simulator answered.
fn api_calls(sim: &Sim) -> usize {
    sim.requests().iter().filter(|r| r["kind"] == "api").count()
}

fn save_screenshot(e2e: &E2e, wd: &WebDriver, name: &str) {
    let dir = e2e.artifacts();
    fs::create_dir_all(&dir).expect("the artifacts folder");
    fs::write(dir.join(name), wd.screenshot()).expect("the screenshot is saved");
}

/// Until the simulator has had `count` command POSTs.
fn wait_for_posts(sim: &Sim, count: usize) {
    wait_until(
        &format!("{count} commands at the simulator"),
        Duration::from_secs(30),
        || {
            let posts = command_posts(sim);
            (posts.len() >= count)
                .then_some(())
                .ok_or_else(|| format!("{posts:?}"))
        },
    );
}

/// Until the tray's menu lists the demo's or the test account's three cars (and its two
/// entries of its own).
fn wait_for_the_cars(panel: &Panel, item: &TrayItem) {
    wait_until("the cars in the tray", Duration::from_secs(60), || {
        let labels = panel.menu(item).labels();
        (labels.len() == 5)
            .then_some(())
            .ok_or_else(|| format!("{labels:?}"))
    });
}

/// The tray's menu once its top level reads `labels`.
fn menu_reading(what: &str, panel: &Panel, item: &TrayItem, labels: &[&str]) -> MenuEntry {
    wait_until(what, Duration::from_secs(60), || {
        let menu = panel.menu(item);
        let now = menu.labels();
        (now == labels)
            .then_some(menu)
            .ok_or_else(|| format!("{now:?}"))
    })
}

fn command_path(vin: &str, command: &str) -> String {
    format!("/connected-vehicle/v2/vehicles/{vin}/commands/{command}")
}

/// The app started in the tray (`--hidden`) on the simulator's test account, with a panel and
/// a notification daemon, and the panel's view of its item.
fn in_the_tray(e2e: &E2e, sim: &Sim, launch: Launch) -> (App, Panel, TrayItem) {
    let app = e2e.launch_direct(
        launch
            .arg("--hidden")
            .with_test_token(&sim.info)
            .with_desktop(),
    );
    let panel = Panel::connect(&app);
    let item = panel.tray_item(Duration::from_secs(60));
    (app, panel, item)
}

#[test]
fn the_tray_read_and_clicked_over_dbus_sends_once_and_notifies() {
    let e2e = E2e::start("tray_over_dbus");
    let sim = e2e.sim(None);
    let (app, panel, item) = in_the_tray(&e2e, &sim, Launch::plain());
    assert_eq!(panel.item_text(&item, "Title"), "Volvo Beacon");

    let menu = menu_reading(
        "the cars in the tray's menu",
        &panel,
        &item,
        &["XC40 Recharge", "XC90", "EX30", "Show Volvo Beacon", "Quit"],
    );
    let xc40 = menu.child("XC40 Recharge").expect("the XC40's submenu");
    assert_eq!(
        xc40.labels(),
        ["Flash the lights", "Honk", "Honk and flash"],
        "the XC40's commands"
    );
    assert!(xc40.children.iter().all(|c| c.enabled));

    // Slow enough to see the command under way from the panel.
    sim.add_fault(json!({
        "method": "POST",
        "path": command_path(XC40, "flash"),
        "action": {"type": "delay", "ms": 4000},
    }));
    panel.click(&item, &["XC40 Recharge", "Flash the lights"]);
    let running = xc40_menu_once("the flash under way in the tray", &panel, &item, |car| {
        car.child("Flashing…").is_some()
    });
    assert_eq!(
        running.labels(),
        ["Flashing…", "Honk", "Honk and flash"],
        "the running command says so"
    );
    assert!(
        running.children.iter().all(|c| !c.enabled),
        "one command at a time: every entry is disabled while it runs"
    );
    let shown = notifications::wait_for(&app, 1, Duration::from_secs(60));
    assert_eq!(
        command_posts(&sim),
        [command_path(XC40, "flash")],
        "one flash, to the XC40, and nothing else"
    );
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert_eq!(shown[0].summary, "XC40 Recharge: flash the lights");
    assert_eq!(
        shown[0].app_name, "Volvo Beacon",
        "the app's name, not its program's"
    );
    assert_eq!(shown[0].body, "The car did it.");

    // The menu says what the car last did, and the commands are there again.
    let done = xc40_menu_once("the last answer in the tray", &panel, &item, |car| {
        car.children.iter().any(|c| c.label.starts_with("Last: "))
    });
    let labels = done.labels();
    assert_eq!(labels[..3], ["Flash the lights", "Honk", "Honk and flash"]);
    let last = &labels[3];
    let (before, after) = last.split_once(" at ").expect("a time");
    assert_eq!(before, "Last: flashed");
    assert!(
        after.ends_with(", the car did it") && after.as_bytes()[2] == b':',
        "{last:?}"
    );
    let entry = done.child(last).expect("the last answer");
    assert!(
        !entry.enabled,
        "the last answer is information, not a command"
    );
    assert!(done.children[..3].iter().all(|c| c.enabled));
}

/// "Ask before honking" in the tray: the first click on Honk asks by changing the entry, the
/// second sends; flashing goes at once.
#[test]
fn with_ask_before_honking_the_tray_honks_on_the_second_click_only() {
    let e2e = E2e::start("tray_asks_first");
    let sim = e2e.sim(None);
    let settings = Launch::plain().settings("ask_before_honking = true\n");
    let (app, panel, item) = in_the_tray(&e2e, &sim, settings);
    wait_until(
        "the cars in the tray's menu",
        Duration::from_secs(60),
        || {
            let labels = panel.menu(&item).labels();
            (labels.len() == 5)
                .then_some(())
                .ok_or_else(|| format!("{labels:?}"))
        },
    );
    // The flash goes at once. Its start and its end rebuild the menu; the clicks below wait
    // for the menu to settle, so none of them meets an entry that is just being replaced.
    panel.click(&item, &["XC90", "Flash the lights"]);
    wait_for_posts(&sim, 1);
    car_menu_once("the flash's answer", &panel, &item, "XC90", |car| {
        car.labels().iter().any(|l| l.starts_with("Last: "))
    });
    panel.click(&item, &["XC40 Recharge", "Honk"]);
    xc40_menu_once("the tray to ask", &panel, &item, |car| {
        car.child("Click again to honk").is_some()
    });
    assert_eq!(
        command_posts(&sim).len(),
        1,
        "the first click on Honk only asked"
    );
    panel.click(&item, &["XC40 Recharge", "Click again to honk"]);
    notifications::wait_for(&app, 2, Duration::from_secs(60));
    let mut posts = command_posts(&sim);
    posts.sort();
    assert_eq!(
        posts,
        [command_path(XC40, "honk"), command_path(XC90, "flash")],
        "the flash at once, the honk once, after the second click"
    );
}

/// The XC40's submenu once `ready` says it is what the test waits for.
fn xc40_menu_once(
    what: &str,
    panel: &Panel,
    item: &TrayItem,
    ready: impl Fn(&MenuEntry) -> bool,
) -> MenuEntry {
    car_menu_once(what, panel, item, "XC40 Recharge", ready)
}

fn car_menu_once(
    what: &str,
    panel: &Panel,
    item: &TrayItem,
    car: &str,
    ready: impl Fn(&MenuEntry) -> bool,
) -> MenuEntry {
    wait_until(what, Duration::from_secs(30), || {
        let menu = panel.menu(item);
        let car = menu.child(car).cloned().ok_or(format!("no {car}"))?;
        ready(&car)
            .then(|| car.clone())
            .ok_or_else(|| format!("{:?}", car.labels()))
    })
}

/// Sets the shortcut the way a user does, in Account & setup.
fn set_shortcut(wd: &WebDriver, keys: &str, vin: &str) {
    wd.click(&wd.find("#account-button"));
    wait_until("the shortcut section", Duration::from_secs(20), || {
        let hidden = wd.execute(
            "return document.getElementById('shortcut-section').hidden;",
            json!([]),
        );
        (hidden == Value::Bool(false))
            .then_some(())
            .ok_or_else(|| "hidden".to_owned())
    });
    wd.execute(
        "document.getElementById('shortcut-enabled').checked = true;
         const keys = document.getElementById('shortcut-keys');
         keys.value = arguments[0];
         keys.dispatchEvent(new Event('input', { bubbles: true }));
         document.getElementById('shortcut-car').value = arguments[1];",
        json!([keys, vin]),
    );
    wd.click(&wd.find("#shortcut-form button[type=submit]"));
    wait_for_status(wd, "#shortcut-status", "Shortcut on.");
}

fn wait_for_status(wd: &WebDriver, css: &str, expected: &str) {
    wait_until(
        &format!("{css} to say {expected:?}"),
        Duration::from_secs(20),
        || {
            let text = wd.text(&wd.find(css));
            (text == expected).then_some(()).ok_or(text)
        },
    );
}

#[test]
fn the_shortcut_key_and_start_at_login_reach_the_desktop() {
    let e2e = E2e::start("shortcut_and_autostart");
    let sim = e2e.sim(None);
    let app = e2e.launch(Launch::plain().with_test_token(&sim.info).with_desktop());
    let wd = app.wd();
    ui::wait_for_cars(wd, &[XC40, XC90, "YV1EX30A0R1234569"]);

    let api_calls_before = api_calls(&sim);
    set_shortcut(wd, "Ctrl+Alt+H", XC40);
    // Account & setup counts the day's calls with the key: every call the cars cost so far.
    let line = wd.text(&wd.find("#api-calls li"));
    let (calls, rest) = line
        .split_once(" of ")
        .unwrap_or_else(|| panic!("{line:?}"));
    assert_eq!(rest, "10,000 calls today with the primary key");
    let calls: usize = calls.replace(',', "").parse().expect("a number of calls");
    assert!(
        (api_calls_before..=api_calls(&sim)).contains(&calls) && calls >= 10,
        "{calls} calls shown; the simulator saw {api_calls_before} before the sheet opened"
    );
    // Where the line is, painted (two animation frames after scrolling to it).
    wd.execute_async(
        "const done = arguments[0];
         document.getElementById('account-state').scrollIntoView({ block: 'start' });
         requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
        json!([]),
    );
    save_screenshot(&e2e, wd, "account-budget.png");
    press_ctrl_alt_h();
    wait_for_posts(&sim, 1);
    ui::wait_for_done(wd, XC40, "COMPLETED");
    assert_eq!(
        command_posts(&sim),
        [command_path(XC40, "honk-flash")],
        "one honk and flash, to the shortcut's car"
    );

    // Ask before honking: the shortcut's first press asks with a notification, the second
    // sends; the window's Honk asks in a dialog, Cancel sends nothing.
    wd.click(&wd.find("#ask-before-honking"));
    wait_for_status(
        wd,
        "#ask-before-honking-status",
        "Beacon will ask before it honks.",
    );
    wd.click(&wd.find("#account-close"));
    let before = notifications::wait_for(&app, 0, Duration::from_secs(5)).len();
    press_ctrl_alt_h();
    let asked = notifications::wait_for(&app, before + 1, Duration::from_secs(30));
    assert_eq!(
        asked[before].body,
        "Press Ctrl+Alt+H again within 10 seconds to honk and flash the XC40 Recharge."
    );
    assert_eq!(command_posts(&sim).len(), 1, "the first press only asked");
    press_ctrl_alt_h();
    wait_for_posts(&sim, 2);
    wait_until("the XC40 free again", Duration::from_secs(30), || {
        let cars = ui::invoke(wd, "list_vehicles", json!({ "refresh": false }))
            .map_err(|e| e.to_string())?;
        let busy = cars
            .as_array()
            .and_then(|list| list.iter().find(|c| c["vin"] == XC40))
            .map(|c| c["inFlight"].clone());
        (busy == Some(json!([])))
            .then_some(())
            .ok_or(format!("{busy:?}"))
    });

    wd.click(&ui::button(wd, XC40, "HONK"));
    wait_for_status(wd, "#honk-confirm-question", "XC40 Recharge: honk now?");
    wd.click(&wd.find("#honk-confirm-no"));
    wd.click(&ui::button(wd, XC40, "HONK"));
    wait_for_status(wd, "#honk-confirm-question", "XC40 Recharge: honk now?");
    save_screenshot(&e2e, wd, "honk-confirm.png");
    wd.click(&wd.find("#honk-confirm-yes"));
    ui::wait_for_done(wd, XC40, "COMPLETED");
    let posts = command_posts(&sim);
    assert_eq!(
        posts[2..],
        [command_path(XC40, "honk")],
        "Cancel sent nothing, yes sent one honk"
    );

    // Start at login: the XDG autostart entry appears with --hidden, and goes again.
    wd.click(&wd.find("#account-button"));
    let entry = app.home().join(".config/autostart/Volvo Beacon.desktop");
    assert!(
        !entry.exists(),
        "an autostart entry before it was asked for"
    );
    wd.click(&wd.find("#autostart-enabled"));
    wait_for_status(
        wd,
        "#autostart-status",
        "Beacon will start in the tray when you log in.",
    );
    let text = fs::read_to_string(&entry).unwrap_or_else(|e| panic!("{}: {e}", entry.display()));
    let exec = text
        .lines()
        .find_map(|l| l.strip_prefix("Exec="))
        .unwrap_or_else(|| panic!("no Exec line in {text}"));
    assert!(
        exec.contains("volvo-beacon") && exec.ends_with("--hidden"),
        "Exec={exec}"
    );
    wd.click(&wd.find("#autostart-enabled"));
    wait_for_status(wd, "#autostart-status", "Beacon will not start by itself.");
    assert!(
        !entry.exists(),
        "the entry stayed after start at login was turned off"
    );
}

/// The key goes to the X server the app grabbed it on: this test's.
fn press_ctrl_alt_h() {
    let display = std::env::var("DISPLAY").expect("an X server at DISPLAY");
    let pressed = Command::new("xdotool")
        .args(["key", "ctrl+alt+h"])
        .env("DISPLAY", &display)
        .status()
        .expect("xdotool runs");
    assert!(pressed.success());
}

/// Closing the window restarts the app in the tray (Linux): the tray it comes back with still
/// says what each car last did today.
#[test]
fn the_trays_last_answer_outlives_the_restart_in_the_tray() {
    let e2e = E2e::start("last_answer_after_restart");
    let app = e2e.launch_direct(Launch::demo().with_desktop());
    let panel = Panel::connect(&app);
    let first = panel.tray_item(Duration::from_secs(60));
    wait_for_the_cars(&panel, &first);
    panel.click(&first, &["XC40 Recharge", "Flash the lights"]);
    let before = xc40_menu_once("the last answer", &panel, &first, |car| {
        car.labels()
            .iter()
            .any(|l| l.starts_with("Last: flashed at "))
    });

    app.close_window();
    wait_until("the restart in the tray", Duration::from_secs(60), || {
        let log = app.log_text();
        log.contains("started in the tray without a window")
            .then_some(())
            .ok_or_else(|| "not yet".to_owned())
    });
    let second = wait_until(
        "the new process's tray item",
        Duration::from_secs(30),
        || {
            let item = panel.tray_item(Duration::from_secs(30));
            (item != first)
                .then_some(item)
                .ok_or_else(|| "the old item".to_owned())
        },
    );
    let after = xc40_menu_once("the last answer again", &panel, &second, |car| {
        car.labels().iter().any(|l| l.starts_with("Last: "))
    });
    assert_eq!(after.labels(), before.labels());
}

/// Closing the window keeps the app in the tray; Quit in the tray's menu is how it ends, right
/// after a command too (Quit waits for a notification on its way, and for nothing else).
#[test]
fn quit_in_the_tray_ends_the_app() {
    let e2e = E2e::start("quit_from_the_tray");
    let sim = e2e.sim(None);
    let (app, panel, item) = in_the_tray(&e2e, &sim, Launch::plain());
    let pid = app.pid();
    wait_for_the_cars(&panel, &item);
    panel.click(&item, &["XC40 Recharge", "Flash the lights"]);
    wait_for_posts(&sim, 1);
    xc40_menu_once("the flash's answer in the tray", &panel, &item, |car| {
        car.labels().iter().any(|l| l.starts_with("Last: "))
    });

    panel.click(&item, &["Quit"]);
    wait_until("the app to end", Duration::from_secs(20), || {
        (!procs::alive(pid))
            .then_some(())
            .ok_or_else(|| format!("process {pid} still runs"))
    });
    let log = app.log_text();
    assert!(
        !log.contains("quitting with a notification not delivered"),
        "the flash's notification was delivered before the app ended: {log}"
    );
}

/// In the tray program (the app in the tray without the web engine), the global shortcut is
/// still on, and "Show Volvo Beacon" brings the window back in the same process, with the
/// cars handed over rather than fetched again (the demo: an account started with a test token
/// is never handed over).
#[test]
fn the_tray_program_answers_the_shortcut_and_shows_the_window() {
    let e2e = E2e::start("tray_program");
    let app = e2e.launch_direct(
        Launch::demo()
            .settings(&format!(
                "global_shortcut = \"Ctrl+Alt+H\"\ndefault_vin = \"{XC40}\"\n"
            ))
            .arg("--hidden")
            .with_desktop(),
    );
    let panel = Panel::connect(&app);
    let item = panel.tray_item(Duration::from_secs(60));
    wait_for_the_cars(&panel, &item);
    assert!(
        app.in_the_tray_program(),
        "a start at login is the tray program"
    );
    let pid = app.pid();
    wait_until("the shortcut", Duration::from_secs(30), || {
        let log = app.log_text();
        log.contains("global shortcut active")
            .then_some(())
            .ok_or_else(|| format!("not active yet:\n{log}"))
    });

    press_ctrl_alt_h();
    let shown = notifications::wait_for(&app, 1, Duration::from_secs(60));
    assert_eq!(shown[0].summary, "XC40 Recharge: honk and flash");
    xc40_menu_once("the answer in the tray", &panel, &item, |car| {
        car.labels()
            .iter()
            .any(|l| l.starts_with("Last: honked and flashed at "))
    });
    let log = app.log_text();
    assert_eq!(log.matches("/commands/honk-flash").count(), 1, "{log}");

    panel.click(&item, &["Show Volvo Beacon"]);
    let screen = beacon_test_support::x11::Screen::open().expect("an X server at DISPLAY");
    wait_until("the window", Duration::from_secs(60), || {
        (!screen.shown_windows_of(pid)?.is_empty())
            .then_some(())
            .ok_or_else(|| "no window".to_owned())
    });
    assert_eq!(app.pid(), pid, "the same process");
    app.assert_back_in_the_window_with_the_cars_handed_over();
}

/// A start at login often comes before the network: the first fetch of the cars fails. With no
/// window to ask again, the tray program tries again on its own, and the tray shows the cars.
#[test]
fn the_tray_program_fetches_the_cars_again_after_a_failed_first_try() {
    const VEHICLES: &str = "/connected-vehicle/v2/vehicles";
    let e2e = E2e::start("tray_refetch");
    let sim = e2e.sim(None);
    // The first fetch meets an unreachable Volvo.
    sim.add_fault(json!({
        "method": "GET", "path": VEHICLES, "count": 1,
        "action": {"type": "status", "status": 503, "body": ""},
    }));
    let (app, panel, item) = in_the_tray(&e2e, &sim, Launch::plain());
    assert!(app.in_the_tray_program());
    wait_until("the failed first fetch", Duration::from_secs(30), || {
        let labels = panel.menu(&item).labels();
        (labels == ["No cars yet", "Show Volvo Beacon", "Quit"] && sim.count("GET", VEHICLES) >= 1)
            .then_some(())
            .ok_or_else(|| format!("{labels:?}"))
    });
    wait_for_the_cars(&panel, &item);
    assert!(
        sim.count("GET", VEHICLES) >= 2,
        "the cars came from a later fetch"
    );
}

/// Volvo ID ends the sign-in while the app is the tray program: there is no page to say so, so
/// a notification does, no command goes out, and the account's car leaves the tray's menu.
#[test]
fn an_ended_sign_in_in_the_tray_program_is_a_notification() {
    const VIN: &str = "YV1TRAYSIGNOUT042";
    let e2e = E2e::start("tray_signed_out");
    // Access tokens that need renewing two seconds after they are issued.
    let scenario = format!(
        "access_token_ttl_secs = 2\n{}",
        beacon_e2e::one_car_application(VIN, "EX30")
    );
    let sim = e2e.sim(Some(&scenario));
    let app = e2e.launch(Launch::plain().with_application(&sim.info).with_desktop());
    app.sign_in_by_deep_link(&sim);
    ui::wait_for_cars(app.wd(), &[VIN]);
    app.close_window();
    wait_until("the tray program", Duration::from_secs(60), || {
        app.in_the_tray_program()
            .then_some(())
            .ok_or_else(|| "still the window's program".to_owned())
    });
    let panel = Panel::connect(&app);
    let item = panel.tray_item(Duration::from_secs(60));
    menu_reading(
        "the account's car in the tray",
        &panel,
        &item,
        &["EX30", "Show Volvo Beacon", "Quit"],
    );

    // The access token has expired by now: the click renews it first, and Volvo ID refuses.
    std::thread::sleep(Duration::from_secs(3));
    sim.add_fault(json!({
        "method": "POST", "path": "/as/token.oauth2", "count": 1,
        "action": {
            "type": "status", "status": 400,
            "body": json!({"error": "invalid_grant", "error_description": "The refresh token has expired"}).to_string(),
        },
    }));
    panel.click(&item, &["EX30", "Flash the lights"]);
    // The flash's own answer, and the sign-in's end.
    let shown = notifications::wait_for(&app, 2, Duration::from_secs(60));
    assert_eq!(shown.len(), 2, "{shown:?}");
    let signed_out: Vec<_> = shown
        .iter()
        .filter(|n| n.summary == "Volvo Beacon is signed out")
        .collect();
    assert_eq!(signed_out.len(), 1, "{shown:?}");
    assert!(
        signed_out[0].body.contains("sign-in has ended")
            && signed_out[0].body.contains("The refresh token has expired"),
        "{:?}",
        signed_out[0].body
    );
    assert_eq!(
        command_posts(&sim),
        Vec::<String>::new(),
        "no command without a sign-in"
    );
    menu_reading(
        "the tray to say so",
        &panel,
        &item,
        &[
            "Signed out: open Volvo Beacon to sign in again",
            "Show Volvo Beacon",
            "Quit",
        ],
    );
    assert!(app.in_the_tray_program(), "still in the tray");
}

/// The tray speaks the system's language: a Swedish desktop (`LANG`) gets a Swedish menu and
/// Swedish notifications, and a click does the same as in English.
#[test]
fn on_a_swedish_desktop_the_tray_speaks_swedish() {
    let e2e = E2e::start("tray_swedish");
    let sim = e2e.sim(None);
    let (app, panel, item) = in_the_tray(&e2e, &sim, Launch::plain().env("LANG", "sv_SE.UTF-8"));
    let menu = menu_reading(
        "the cars in the tray's menu",
        &panel,
        &item,
        &[
            "XC40 Recharge",
            "XC90",
            "EX30",
            "Visa Volvo Beacon",
            "Avsluta",
        ],
    );
    assert_eq!(
        menu.child("XC40 Recharge")
            .expect("the XC40's submenu")
            .labels(),
        ["Blinka", "Tuta", "Tuta och blinka"]
    );
    panel.click(&item, &["XC40 Recharge", "Blinka"]);
    let shown = notifications::wait_for(&app, 1, Duration::from_secs(60));
    assert_eq!(command_posts(&sim), [command_path(XC40, "flash")]);
    assert_eq!(shown[0].summary, "XC40 Recharge: blinka");
    let done = xc40_menu_once("the last answer", &panel, &item, |car| {
        car.labels().iter().any(|l| l.starts_with("Senast kl. "))
    });
    let last = done.labels()[3].clone();
    assert!(last.ends_with(": bilen blinkade"), "{last:?}");
}

/// The language chosen in the window's Account & setup: the tray's menu speaks it at once,
/// without a restart.
#[test]
fn a_language_chosen_in_the_window_reaches_the_tray_at_once() {
    let e2e = E2e::start("tray_language_choice");
    let app = e2e.launch(Launch::demo().with_desktop());
    let panel = Panel::connect(&app);
    let item = panel.tray_item(Duration::from_secs(60));
    let cars = ["XC40 Recharge", "XC90", "EX30"];
    menu_reading(
        "the English menu",
        &panel,
        &item,
        &[cars[0], cars[1], cars[2], "Show Volvo Beacon", "Quit"],
    );
    // The page up and wired (the tray is Rust's, drawn before the page has loaded).
    ui::wait_for_cars(app.wd(), &[XC40, XC90, EX30]);
    app.wd().execute(
        "const s = document.getElementById('language'); s.value = 'de'; \
         s.dispatchEvent(new Event('change'));",
        json!([]),
    );
    let menu = menu_reading(
        "the German menu",
        &panel,
        &item,
        &[
            cars[0],
            cars[1],
            cars[2],
            "Volvo Beacon anzeigen",
            "Beenden",
        ],
    );
    assert_eq!(
        menu.child("XC90").expect("the XC90's submenu").labels(),
        ["Blinken", "Hupen", "Hupen und Blinken"]
    );
}
