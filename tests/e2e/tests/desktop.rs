//! The desktop app end to end: the real `volvo-beacon` window under X, driven over WebDriver,
//! against the demo fleet or an external `beacon sim`. See the crate docs for how to run.

#![cfg(target_os = "linux")]

use std::fs;

use beacon_e2e::text::{duration_after, find_jwt, secs_until_utc_midnight};
use beacon_e2e::ui::{self, Tile};
use beacon_e2e::{
    mean_brightness, one_car_application, wait_until, App, E2e, Launch, Png, Theme, WebDriver,
    DEFAULT_WAIT,
};
use serde_json::{json, Value};

const XC40: &str = "YV1XZK8V2P1234567";
const XC90: &str = "YV4A22PL5N1234568";
const EX30: &str = "YV1EX30A0R1234569";
const DEMO_FLEET: [&str; 3] = [XC40, XC90, EX30];
const HONK_FLASH: [&str; 3] = ["FLASH", "HONK", "HONK_AND_FLASH"];

fn honk_path(vin: &str) -> String {
    format!("/connected-vehicle/v2/vehicles/{vin}/commands/honk")
}

fn find<'a>(tiles: &'a [Tile], vin: &str) -> &'a Tile {
    tiles
        .iter()
        .find(|t| t.vin == vin)
        .unwrap_or_else(|| panic!("no tile for {vin}"))
}

/// The cars as Rust describes them to the page (`list_vehicles`).
fn vehicles(app: &App) -> Vec<Value> {
    match ui::invoke(app.wd(), "list_vehicles", json!({})) {
        Ok(Value::Array(list)) => list,
        other => panic!("list_vehicles answered {other:?}"),
    }
}

/// The outcome lines [`ui::start_recording`] saw on one car's tile, in order.
fn outcomes_of(recorded: &Value, vin: &str) -> Vec<Value> {
    recorded["outcomes"]
        .as_array()
        .map(|all| all.iter().filter(|o| o["vin"] == vin).cloned().collect())
        .unwrap_or_default()
}

/// Waits until a live region said something matching `heard`, and returns everything said.
/// The page fills a live region 50 ms after clearing it (so a repeated sentence is read
/// again), which can be after the tile already shows the outcome.
#[track_caller]
fn wait_for_spoken(
    wd: &WebDriver,
    what: &str,
    heard: impl Fn(&(String, String)) -> bool,
) -> Vec<(String, String)> {
    wait_until(what, DEFAULT_WAIT, || {
        let said = spoken(&ui::recorded(wd));
        if said.iter().any(&heard) {
            Ok(said)
        } else {
            Err(format!("{said:?}"))
        }
    })
}

/// What the live regions said, with how urgently: `(aria-live, sentence)`.
fn spoken(recorded: &Value) -> Vec<(String, String)> {
    recorded["spoken"]
        .as_array()
        .map(|all| {
            all.iter()
                .map(|s| {
                    (
                        s["live"].as_str().unwrap_or_default().to_owned(),
                        s["text"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Pending first, done last: the states a run must go through on its tile.
#[track_caller]
fn assert_pending_then_done(recorded: &Value, vin: &str, status: &str) {
    let states = outcomes_of(recorded, vin);
    let first = states
        .first()
        .unwrap_or_else(|| panic!("{vin}: no outcome change seen"));
    assert_eq!(
        (first["state"].as_str(), first["status"].as_str()),
        (Some("pending"), None),
        "{vin}: the click should show pending at once: {states:?}"
    );
    let last = states.last().unwrap();
    assert_eq!(
        (last["state"].as_str(), last["status"].as_str()),
        (Some("done"), Some(status)),
        "{vin}: {states:?}"
    );
}

#[test]
fn demo_tiles_show_only_supported_commands() {
    let e2e = E2e::start("demo_tiles");
    // Nothing stored, nothing in the environment: the app must open its demo by itself.
    let app = e2e.launch(Launch::plain());
    let wd = app.wd();
    let tiles = ui::wait_for_cars(wd, &DEMO_FLEET);
    assert_eq!(ui::mode(wd), "demo");
    let page = wd.text(&wd.find("body"));
    assert!(
        page.contains("Demo"),
        "the page should say it is a demo: {page}"
    );

    for (vin, model) in [(XC40, "XC40 Recharge"), (XC90, "XC90"), (EX30, "EX30")] {
        let tile = find(&tiles, vin);
        assert!(
            tile.text.contains(model),
            "{vin} should name {model}: {:?}",
            tile.text
        );
    }
    assert_eq!(find(&tiles, XC40).commands, HONK_FLASH);
    assert_eq!(find(&tiles, XC90).commands, HONK_FLASH);
    assert!(
        find(&tiles, EX30).commands.is_empty(),
        "the EX30 offers only lock/unlock"
    );

    // The page shows what Rust says, and the EX30's reason is visible on its tile.
    let cars = vehicles(&app);
    for car in &cars {
        let vin = car["vin"].as_str().unwrap();
        let tile = find(&tiles, vin);
        let from_rust: Vec<&str> = car["commands"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(tile.commands, from_rust, "{vin}");
        match car["missingNote"].as_str() {
            Some(note) => {
                assert_eq!(vin, EX30, "only the EX30 lacks honk/flash: {note}");
                assert!(
                    tile.text.contains(note),
                    "the EX30 tile should show why it has no buttons ({note:?}): {:?}",
                    tile.text
                );
                assert!(note.to_lowercase().contains("honk"), "{note}");
            }
            None => assert_ne!(vin, EX30, "Rust should explain the EX30's missing buttons"),
        }
    }

    // No command element anywhere for a car that does not offer that command.
    let everywhere = wd.execute(
        r#"return [...document.querySelectorAll('[data-command]')].map(e => ({
             vin: e.closest('[data-vin]') ? e.closest('[data-vin]').dataset.vin : null,
             command: e.dataset.command, button: e.tagName === 'BUTTON' }));"#,
        json!([]),
    );
    let everywhere = everywhere.as_array().unwrap();
    assert_eq!(
        everywhere.iter().filter(|e| e["button"] == true).count(),
        6,
        "{everywhere:?}"
    );
    for e in everywhere {
        let vin = e["vin"]
            .as_str()
            .unwrap_or_else(|| panic!("{e} is outside any tile"));
        assert!(
            find(&tiles, vin)
                .commands
                .iter()
                .any(|c| e["command"] == c.as_str()),
            "{e} is a command the car does not offer"
        );
    }

    // Each car's picture arrives as data (the page loads nothing remote).
    wait_until("every tile's picture", DEFAULT_WAIT, || {
        let pictures = wd.execute(
            r#"return [...document.querySelectorAll('[data-vin]')].map(tile => {
                 const img = tile.querySelector('img');
                 return img && img.complete && img.naturalWidth > 0 ? img.src.slice(0, 11) : null;
               });"#,
            json!([]),
        );
        let list = pictures.as_array().cloned().unwrap_or_default();
        if list.len() == 3 && list.iter().all(|p| p == "data:image/") {
            Ok(())
        } else {
            Err(format!("{list:?}"))
        }
    });
}

#[test]
fn honk_goes_pending_then_completed() {
    let e2e = E2e::start("honk");
    let app = e2e.launch(Launch::demo());
    let wd = app.wd();
    ui::wait_for_cars(wd, &DEMO_FLEET);
    assert_eq!(find(&ui::tiles(wd), XC40).state, "idle");

    ui::start_recording(wd);
    wd.click(&ui::button(wd, XC40, "HONK"));
    let done = ui::wait_for_done(wd, XC40, "COMPLETED");

    let recorded = ui::recorded(wd);
    assert_pending_then_done(&recorded, XC40, "COMPLETED");
    // The XC40 takes 1.2 s: meanwhile the tile says what is happening, counting seconds.
    let pending = &outcomes_of(&recorded, XC40)[0]["text"];
    let pending = pending.as_str().unwrap_or_default();
    assert!(
        pending.contains("Honking") && pending.contains("0 s"),
        "progress at once, with elapsed seconds: {pending:?}"
    );
    assert!(
        done.outcome_text.contains("Honked"),
        "plain words for the outcome: {:?}",
        done.outcome_text
    );
    assert!(
        !done.outcome_text.contains("COMPLETED"),
        "the raw status is for machines: {:?}",
        done.outcome_text
    );

    let said = wait_for_spoken(wd, "the live region to announce the result", |(live, s)| {
        live == "polite" && s.contains("XC40 Recharge") && s.contains("Honked")
    });
    assert!(
        said.iter()
            .any(|(_, s)| s.contains("XC40 Recharge") && s.contains("sending honk")),
        "the live region should announce the start: {said:?}"
    );

    let history = ui::invoke(wd, "history", json!({})).expect("history");
    let first = &history[0];
    assert_eq!(
        (
            first["vin"].as_str(),
            first["command"].as_str(),
            first["status"].as_str()
        ),
        (Some(XC40), Some("HONK"), Some("COMPLETED")),
        "{history}"
    );
}

#[test]
fn asleep_car_explains_vehicle_in_sleep() {
    let e2e = E2e::start("asleep");
    let app = e2e.launch(Launch::demo());
    let wd = app.wd();
    ui::wait_for_cars(wd, &DEMO_FLEET);

    ui::start_recording(wd);
    wd.click(&ui::button(wd, XC90, "HONK_AND_FLASH"));
    let done = ui::wait_for_done(wd, XC90, "VEHICLE_IN_SLEEP");
    let recorded = ui::recorded(wd);
    assert_pending_then_done(&recorded, XC90, "VEHICLE_IN_SLEEP");

    let text = done.outcome_text.to_lowercase();
    assert!(
        text.contains("sleep") || text.contains("power-saving") || text.contains("power saving"),
        "the tile should explain the sleeping car: {:?}",
        done.outcome_text
    );
    assert!(
        !done.outcome_text.contains("VEHICLE_IN_SLEEP"),
        "plain words, not the status code: {:?}",
        done.outcome_text
    );
    // A command that did not happen is news the user must not miss.
    wait_for_spoken(
        wd,
        "the failure to be announced assertively",
        |(live, s)| live == "assertive" && s.contains("XC90"),
    );
}

#[test]
fn quota_and_rate_limit_errors_are_explained_and_sent_once() {
    let e2e = E2e::start("quota_and_rate_limit");
    let sim = e2e.sim(None);
    let app = e2e.launch(Launch::plain().with_test_token(&sim.info));
    let wd = app.wd();
    ui::wait_for_cars(wd, &DEMO_FLEET);
    assert_eq!(ui::mode(wd), "account");
    let honk = honk_path(XC40);
    assert_eq!(sim.count("POST", &honk), 0);

    // Quota spent after the cars loaded: a 403 that must read as a quota, not a sign-out.
    sim.set_quota(0);
    wd.click(&ui::button(wd, XC40, "HONK"));
    let quota = ui::wait_for_done(wd, XC40, "error:quota_exceeded");
    let expected = secs_until_utc_midnight();
    let shown = duration_after(&quota.outcome_text, "resets in ").unwrap_or_else(|| {
        panic!(
            "the quota error should say when it resets: {:?}",
            quota.outcome_text
        )
    });
    assert!(
        shown.abs_diff(expected) <= 180,
        "resets in {shown} s shown, {expected} s expected: {:?}",
        quota.outcome_text
    );
    assert_eq!(
        ui::mode(wd),
        "account",
        "a quota 403 must not sign the user out"
    );
    assert_eq!(sim.count("POST", &honk), 1, "one click, one POST");

    // Volvo's rate limit, with how long to wait.
    sim.set_quota(10_000);
    sim.add_fault(json!({
        "method": "POST",
        "path": honk,
        "count": 1,
        "action": {
            "type": "status",
            "status": 429,
            "body": r#"{"status":429,"error":{"message":"Too many requests"}}"#,
            "headers": {"Retry-After": "30"}
        }
    }));
    wd.click(&ui::button(wd, XC40, "HONK"));
    let limited = ui::wait_for_done(wd, XC40, "error:rate_limited");
    assert_eq!(
        duration_after(&limited.outcome_text, "Try again in "),
        Some(30),
        "the wait from Retry-After: {:?}",
        limited.outcome_text
    );
    assert_eq!(sim.count("POST", &honk), 2, "a 429 must not be retried");

    // A second click while the first is on its way sends nothing more. The delay keeps the
    // run in flight long enough for a slow machine to land the second click inside it.
    sim.add_fault(json!({
        "method": "POST", "path": honk, "count": 1,
        "action": {"type": "delay", "ms": 2000}
    }));
    ui::start_recording(wd);
    let button = ui::button(wd, XC40, "HONK");
    wd.click(&button);
    wd.click(&button);
    assert_eq!(
        ui::tile(wd, XC40).state,
        "pending",
        "the second click should have landed while the first run was in flight"
    );
    ui::wait_for_done(wd, XC40, "COMPLETED");
    assert_pending_then_done(&ui::recorded(wd), XC40, "COMPLETED");
    assert_eq!(
        sim.count("POST", &honk),
        3,
        "two clicks during one run send one command"
    );
}

#[test]
fn deep_link_sign_in_reaches_the_running_app_and_leaks_nothing() {
    const VIN: &str = "YV1DEEPLINK000042";
    let e2e = E2e::start("deep_link_sign_in");
    let sim = e2e.sim(Some(&one_car_application(VIN, "V60 Cross Country")));
    let info = &sim.info;
    let app = e2e.launch(Launch::plain().with_application(info));
    let wd = app.wd();
    // Configured but never signed in: the demo, until the sign-in comes back.
    ui::wait_for_cars(wd, &DEMO_FLEET);
    assert_eq!(ui::mode(wd), "demo");

    // The user's way: "Connect my Volvo", straight back to Beacon, "Connect my Volvo".
    wd.click(&wd.find("#demo-connect"));
    wd.click(&wd.find(r#"input[name="via"][value="deep_link"]"#));
    wd.click(&wd.find("#connect"));
    let authorize_url = wait_until("the app to open the browser", DEFAULT_WAIT, || {
        app.opened_urls()
            .into_iter()
            .next()
            .ok_or_else(|| "nothing opened".to_owned())
    });
    assert!(
        authorize_url.starts_with(&info.auth_url),
        "the browser should go to Volvo ID: {authorize_url}"
    );
    assert!(
        authorize_url.contains("redirect_uri=volvo-beacon%3A%2F%2Fauth%2Fcallback"),
        "the deep link is the way back: {authorize_url}"
    );
    // Rust opens the browser before its answer reaches the page: the address shows a moment
    // after the browser opened.
    let shown = wait_until("the address on the page", DEFAULT_WAIT, || {
        let shown = wd.text(&wd.find("#authorize-url"));
        (!shown.is_empty())
            .then_some(shown)
            .ok_or_else(|| "empty".to_owned())
    });
    assert_eq!(
        shown, authorize_url,
        "the page offers the same address to copy"
    );

    // The browser's part, then the OS handing the link to a second launch of the app.
    let callback = sim.authorize(&authorize_url);
    assert!(
        callback.starts_with("volvo-beacon://auth/callback?"),
        "Volvo ID should send the browser back to the app: {callback}"
    );
    let code = callback
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("code="))
        .expect("a code in the callback")
        .to_owned();
    let status = app.launch_again(&[&callback]);
    assert!(
        status.success(),
        "the second launch should hand over and exit: {status}"
    );

    wait_until("the account's cars", DEFAULT_WAIT, || {
        let mode = ui::mode(wd);
        let vins: Vec<String> = ui::tiles(wd).into_iter().map(|t| t.vin).collect();
        if mode == "account" && vins == [VIN] {
            Ok(())
        } else {
            Err(format!("mode {mode:?}, cars {vins:?}"))
        }
    });
    assert!(ui::tile(wd, VIN).text.contains("V60 Cross Country"));
    assert!(
        wd.attribute(&wd.find("#demo-banner"), "hidden").is_some(),
        "the demo banner should be gone"
    );
    let token_calls: Vec<Value> = sim
        .requests()
        .into_iter()
        .filter(|r| r["grant_type"] == "authorization_code")
        .collect();
    assert_eq!(token_calls.len(), 1, "one code exchange: {token_calls:?}");

    // Nothing secret reached the page.
    let secrets_kept = app.keychain_secrets();
    assert!(
        secrets_kept.iter().any(|s| s.len() > 16),
        "the refresh token should be in the keychain: {} entries",
        secrets_kept.len()
    );
    let page = ui::everything_in_page(wd);
    let mut secrets = vec![
        ("client secret", info.client_secret.clone()),
        ("API key", info.api_key.clone()),
        ("the simulator's access token", info.access_token.clone()),
        ("the authorization code", code),
    ];
    secrets.extend(
        secrets_kept
            .into_iter()
            .filter(|s| s.len() > 8)
            .map(|s| ("a keychain value (refresh token)", s)),
    );
    for (what, secret) in &secrets {
        assert!(!page.contains(secret.as_str()), "{what} is in the page");
    }
    if let Some(token) = find_jwt(&page) {
        panic!(
            "an access token is in the page: {}…",
            &token[..token.len().min(12)]
        );
    }
}

#[test]
fn main_window_screenshots_light_and_dark() {
    let e2e = E2e::start("screenshots");
    let dir = e2e.artifacts();
    fs::create_dir_all(&dir).expect("the artifacts folder");
    // An old picture must not pass for a new one when this run fails halfway.
    for name in ["main-light.png", "main-dark.png"] {
        let _ = fs::remove_file(dir.join(name));
    }

    let mut brightness = Vec::new();
    for (theme, name, dark) in [
        (Theme::Light, "main-light.png", false),
        (Theme::Dark, "main-dark.png", true),
    ] {
        let app = e2e.launch(Launch::demo().theme(theme));
        let wd = app.wd();
        ui::wait_for_cars(wd, &DEMO_FLEET);
        assert_eq!(
            wd.execute(
                "return matchMedia('(prefers-color-scheme: dark)').matches;",
                json!([])
            ),
            dark,
            "prefers-color-scheme in the {theme:?} run"
        );
        // A settled page: pictures in, availability checked.
        wait_until("pictures and availability", DEFAULT_WAIT, || {
            let settled = wd.execute(
                r#"const tiles = [...document.querySelectorAll('[data-vin]')];
                   return tiles.length === 3 && tiles.every(t => {
                     const img = t.querySelector('img');
                     return img && img.complete && img.naturalWidth > 0 &&
                            !t.innerText.includes('Not checked yet');
                   });"#,
                json!([]),
            );
            if settled == true {
                Ok(())
            } else {
                Err("still loading".to_owned())
            }
        });
        // The screenshot is WebKit's last painted frame, not the DOM: on a busy machine the
        // first frames take seconds, and a shot taken at once can still show an empty page.
        // Two animation frames after the fonts are in, the settled page has been painted.
        wd.execute_async(
            "const done = arguments[0]; document.fonts.ready.then(() => \
             requestAnimationFrame(() => requestAnimationFrame(() => done(null))));",
            json!([]),
        );
        let bytes = wd.screenshot();
        let path = dir.join(name);
        fs::write(&path, &bytes).expect("the screenshot file");
        let png = Png::decode(&bytes).unwrap_or_else(|e| panic!("{name} is not a PNG: {e}"));
        assert!(
            png.width >= 400 && png.height >= 300,
            "{name}: {}x{}",
            png.width,
            png.height
        );
        brightness.push(mean_brightness(&png));
        eprintln!(
            "{name}: {}x{}, mean brightness {:.1}, at {}",
            png.width,
            png.height,
            brightness.last().unwrap(),
            path.display()
        );
        drop(app);
    }
    let (light, dark) = (brightness[0], brightness[1]);
    assert!(
        dark + 40.0 < light,
        "the dark window should be clearly darker: light {light:.1}, dark {dark:.1}"
    );
}
