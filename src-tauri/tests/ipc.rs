//! The IPC commands as the page calls them, through Tauri's mock runtime, against the app
//! core and its simulator over real sockets: payload shapes, `{kind, message}` rejections, and
//! no secret in any answer.

mod common;

use std::sync::Arc;

use beacon_app::Core;
use common::invoke_on;
use serde_json::{json, Value};
use tauri::test::MockRuntime;
use tauri::{App, WebviewWindow};
use volvo_api::sources::Given;
use volvo_sim::{Fault, FaultAction, MintOptions, Sim, SimHandle};

const XC40: &str = "YV1XZK8V2P1234567";
const XC90: &str = "YV4A22PL5N1234568";

struct Harness {
    _app: App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
    core: Arc<Core>,
    dir: std::path::PathBuf,
}

impl Drop for Harness {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn harness(env: Given) -> Harness {
    let dir = std::env::temp_dir().join(format!("beacon-ipc-{}", uuid_like()));
    let options = common::options(&dir, env, false);
    // The core (and the demo simulator) live on Tauri's runtime, as in the app.
    let core = tauri::async_runtime::block_on(Core::start(options)).unwrap();
    let (app, webview) = common::main_window(&core, false);
    Harness {
        _app: app,
        webview,
        core,
        dir,
    }
}

fn uuid_like() -> String {
    format!(
        "{}-{:?}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    )
}

/// What the page gets back from `invoke(cmd, args)`: Ok(value) or Err(rejection).
fn invoke(h: &Harness, cmd: &str, args: Value) -> Result<Value, Value> {
    invoke_on(&h.webview, cmd, args)
}

#[test]
fn list_vehicles_and_send_command_in_demo_mode() {
    let h = harness(Given::default());
    let state = invoke(&h, "app_state", json!({})).unwrap();
    assert_eq!(state["mode"], "demo");
    assert_eq!(state["signedIn"], false);

    let cars = invoke(&h, "list_vehicles", json!({ "refresh": false })).unwrap();
    let cars = cars.as_array().unwrap();
    assert_eq!(cars.len(), 3);
    let xc40 = cars.iter().find(|c| c["vin"] == XC40).unwrap();
    assert_eq!(xc40["commands"], json!(["FLASH", "HONK", "HONK_AND_FLASH"]));
    assert_eq!(xc40["displayName"], "XC40 Recharge");
    assert_eq!(xc40["maskedVin"], "•••••••••••234567");
    assert_eq!(xc40["availability"]["available"], true);

    let outcome = invoke(
        &h,
        "send_command",
        json!({ "vin": XC40, "command": "HONK" }),
    )
    .unwrap();
    assert_eq!(outcome["state"], "done");
    assert_eq!(outcome["status"], "COMPLETED");
    assert_eq!(outcome["outcome"], "succeeded");
    assert!(outcome["startedAt"].is_u64() && outcome["finishedAt"].is_u64());

    let asleep = invoke(
        &h,
        "send_command",
        json!({ "vin": XC90, "command": "FLASH" }),
    )
    .unwrap();
    assert_eq!(asleep["status"], "VEHICLE_IN_SLEEP");
    assert!(asleep["message"]
        .as_str()
        .unwrap()
        .contains("power-saving mode"));

    let history = invoke(&h, "history", json!({})).unwrap();
    assert_eq!(history[0]["status"], "VEHICLE_IN_SLEEP");
    assert_eq!(history[0]["displayName"], "XC90");
    assert_eq!(history[1]["status"], "COMPLETED");

    let image = invoke(&h, "vehicle_image", json!({ "vin": XC40 })).unwrap();
    assert!(image
        .as_str()
        .unwrap()
        .starts_with("data:image/png;base64,"));

    let car = invoke(
        &h,
        "set_nickname",
        json!({ "vin": XC40, "nickname": " Green one " }),
    )
    .unwrap();
    assert_eq!(car["displayName"], "Green one");
    let cars = invoke(&h, "refresh_availability", json!({ "force": true })).unwrap();
    assert_eq!(cars.as_array().unwrap().len(), 3);
}

#[test]
fn a_second_send_while_in_flight_is_refused_and_sends_nothing() {
    let h = harness(Given::default());
    let sim = h.core.demo_sim().unwrap();
    invoke(&h, "list_vehicles", json!({})).unwrap();
    let path = format!("/connected-vehicle/v2/vehicles/{XC40}/commands/honk-flash");
    sim.add_fault(Fault::on("POST", &path, FaultAction::Delay { ms: 1500 }));
    let mut events = h.core.subscribe();
    let webview = h.webview.clone();
    let first = std::thread::scope(|scope| {
        let first = scope.spawn(move || {
            invoke_on(
                &webview,
                "send_command",
                json!({ "vin": XC40, "command": "HONK_AND_FLASH" }),
            )
        });
        // Other events (the cars loading) may come first.
        while tauri::async_runtime::block_on(events.recv())
            .unwrap()
            .name()
            != "command-started"
        {}
        let second = invoke(
            &h,
            "send_command",
            json!({ "vin": XC40, "command": "HONK_AND_FLASH" }),
        );
        let err = second.unwrap_err();
        assert_eq!(err["kind"], "already_in_flight");
        assert!(err["message"].as_str().unwrap().contains("not sent again"));
        // Nor another command for the same car: the horn would sound twice.
        let honk = invoke(
            &h,
            "send_command",
            json!({ "vin": XC40, "command": "HONK" }),
        );
        let err = honk.unwrap_err();
        assert_eq!(err["kind"], "already_in_flight");
        assert_eq!(
            err["message"],
            "Already sending “honk and flash” to this car; “honk the horn” was not sent. Try again once the car has answered."
        );
        first.join().unwrap()
    });
    assert_eq!(first.unwrap()["status"], "COMPLETED");
    let posts: Vec<_> = sim
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .map(|r| r.path)
        .collect();
    assert_eq!(posts, vec![path]);
}

#[test]
fn bad_input_is_rejected_as_kind_and_message() {
    let h = harness(Given::default());
    let sim = h.core.demo_sim().unwrap();
    let cases = [
        (
            "send_command",
            json!({ "vin": "../../etc/passwd", "command": "HONK" }),
        ),
        ("send_command", json!({ "vin": XC40, "command": "LOCK" })),
        ("send_command", json!({ "vin": XC40, "command": "honk" })),
        (
            "send_command",
            json!({ "vin": "YV1EX30A0R1234569", "command": "HONK" }),
        ),
        ("vehicle_image", json!({ "vin": "short" })),
        (
            "set_nickname",
            json!({ "vin": XC40, "nickname": "x".repeat(41) }),
        ),
        (
            "set_nickname",
            json!({ "vin": XC40, "nickname": "two\nlines" }),
        ),
        ("check_api_key", json!({ "apiKey": "has space" })),
        (
            "save_client",
            json!({ "clientId": "", "clientSecret": "s" }),
        ),
        (
            "save_client",
            json!({ "clientId": "id", "clientSecret": "s", "pasteRedirectUri": "http://x.example/" }),
        ),
        ("begin_sign_in", json!({ "via": "carrier_pigeon" })),
        ("complete_sign_in", json!({ "callbackUrl": "   " })),
        ("sign_in_with_token", json!({ "accessToken": "two words" })),
        (
            "set_shortcut",
            json!({ "enabled": true, "accelerator": "<script>" }),
        ),
        ("set_shortcut", json!({ "enabled": true, "vin": "nope" })),
    ];
    for (cmd, args) in cases {
        let err = invoke(&h, cmd, args.clone()).expect_err(&format!("{cmd} {args}"));
        assert_eq!(err["kind"], "invalid_input", "{cmd} {args}: {err}");
        let message = err["message"].as_str().unwrap();
        assert!(
            !message.is_empty() && message.len() < 300,
            "{cmd}: {message}"
        );
    }
    assert_eq!(
        sim.requests().iter().filter(|r| r.method == "POST").count(),
        0,
        "nothing was sent"
    );
    let err = invoke(&h, "begin_sign_in", json!({ "via": "deep_link" })).unwrap_err();
    assert_eq!(err["kind"], "not_configured");
}

#[test]
fn no_answer_contains_a_token_or_key() {
    let sim = tauri::async_runtime::block_on(Sim::builder().start()).unwrap();
    let token = sim.mint_access_token(MintOptions::default());
    let h = harness(env_for(&sim, Some(&token)));
    let mut answers = Vec::new();
    for (cmd, args) in [
        ("app_state", json!({})),
        ("list_vehicles", json!({ "refresh": true })),
        (
            "send_command",
            json!({ "vin": XC40, "command": "HONK_AND_FLASH" }),
        ),
        ("history", json!({})),
        ("setup_status", json!({})),
        ("refresh_availability", json!({})),
        ("set_shortcut", json!({ "enabled": false })),
    ] {
        answers.push(invoke(&h, cmd, args).unwrap_or_else(|e| panic!("{cmd}: {e}")));
    }
    let state = &answers[0];
    assert_eq!(state["mode"], "account");
    assert_eq!(answers[2]["status"], "COMPLETED");
    let setup = &answers[4];
    assert_eq!(setup["hasApiKey"], true);
    assert_eq!(setup["hasClientSecret"], true);
    assert_eq!(
        setup["redirectUris"]["deep_link"],
        "volvo-beacon://auth/callback"
    );
    // A refused pasted token comes back as an error that does not repeat it.
    let err = invoke(
        &h,
        "sign_in_with_token",
        json!({ "accessToken": "eyJ.wrong.token" }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "token_rejected");
    answers.push(err);

    let all = serde_json::to_string(&answers).unwrap();
    for secret in [
        token.as_str(),
        sim.api_key(),
        sim.client_secret(),
        "eyJ.wrong.token",
    ] {
        assert!(!all.contains(secret), "an IPC answer contains a secret");
    }
}

#[test]
fn sign_out_returns_to_demo() {
    let sim = tauri::async_runtime::block_on(Sim::builder().start()).unwrap();
    let h = harness(env_for(&sim, None));
    assert_eq!(invoke(&h, "app_state", json!({})).unwrap()["mode"], "demo");
    let token = sim.mint_access_token(MintOptions::default());
    let state = invoke(&h, "sign_in_with_token", json!({ "accessToken": token })).unwrap();
    assert_eq!(state["mode"], "account");
    let start = invoke(&h, "begin_sign_in", json!({ "via": "deep_link" })).unwrap();
    assert_eq!(start["redirectUri"], "volvo-beacon://auth/callback");
    assert!(start["authorizeUrl"]
        .as_str()
        .unwrap()
        .starts_with(&sim.auth_url()));
    let state = invoke(&h, "sign_out", json!({})).unwrap();
    assert_eq!(state["mode"], "demo");
    assert_eq!(invoke(&h, "use_demo", json!({})).unwrap()["mode"], "demo");
}

fn env_for(sim: &SimHandle, token: Option<&str>) -> Given {
    Given {
        api_url: Some(sim.api_url()),
        api_key: Some(sim.api_key().to_owned()),
        access_token: token.map(str::to_owned),
        auth_url: Some(sim.auth_url()),
        token_url: Some(sim.token_url()),
        client_id: Some(sim.client_id().to_owned()),
        client_secret: Some(sim.client_secret().to_owned()),
        ..Default::default()
    }
}
