//! The IPC contract as the real app speaks it. One run of every command (through Tauri's mock
//! runtime, against the core and a simulator over real sockets) and one of every event is kept
//! in page-preview/ipc-payloads.js, with the command, event and error-kind names. The dev mock serves
//! those payloads, and the page's contract test (tests/page/ipc-contract.test.js) checks ui/ipc.js,
//! docs/ipc.md and the mock against them.
//!
//! The file is compared by shape (every key, every JSON type), since times and run ids differ
//! from run to run: a payload that changes in Rust fails here until it is recorded again with
//! `BEACON_RECORD_IPC=1 cargo test -p volvo-beacon --test ipc_payloads`, and the mock and page
//! then fail their test until they follow.

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;

use beacon_app::{AppError, AppEvent, Core};
use common::invoke_on;
use serde_json::{json, Map, Value};
use tauri::test::MockRuntime;
use tauri::WebviewWindow;
use volvo_api::sources::Given;
use volvo_sim::{MintOptions, Sim, SimHandle};

const XC40: &str = "YV1XZK8V2P1234567";
const XC90: &str = "YV4A22PL5N1234568";
const HEADER: &str =
    "// Recorded from the real app by src-tauri/tests/ipc_payloads.rs: do not edit by hand.\n\
// BEACON_RECORD_IPC=1 cargo test -p volvo-beacon --test ipc_payloads records it again.\n\
// Secrets in `args` are stand-ins; no answer holds one.\n\
export default ";

fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../page-preview/ipc-payloads.js")
}

/// Every command once, in an order that reaches each answer the page can get: demo mode,
/// the account's setup, a Volvo ID sign-in through the simulator, then a test token.
#[test]
fn every_command_and_event_matches_the_recorded_contract() {
    let scratch = std::env::temp_dir().join(format!("beacon-ipc-payloads-{}", std::process::id()));
    let home = scratch.join("home");
    std::fs::create_dir_all(&home).unwrap();
    // The autostart entry goes here; set before anything else runs (the only test here).
    std::env::set_var("HOME", &home);

    let sim = tauri::async_runtime::block_on(Sim::builder().start()).unwrap();
    let options = common::options(&scratch, env_for(&sim), false);
    let core = tauri::async_runtime::block_on(Core::start(options)).unwrap();
    let mut events = core.subscribe();
    let (_app, webview) = common::main_window(&core, true);
    let mut calls = Recorder::new(&webview);

    calls.call("app_state", json!({}), json!({}));
    let cars = calls.call("list_vehicles", json!({ "refresh": true }), json!({}));
    calls.call("vehicle_image", json!({ "vin": XC40 }), json!({}));
    let mut pictures = Map::new();
    for car in cars.as_array().unwrap() {
        let vin = car["vin"].as_str().unwrap();
        // The recorded call above has XC40's already.
        if vin != XC40 {
            let picture = invoke_on(&webview, "vehicle_image", json!({ "vin": vin })).unwrap();
            pictures.insert(vin.to_owned(), picture);
        }
    }
    calls.call("refresh_availability", json!({ "force": true }), json!({}));
    calls.call(
        "send_command",
        json!({ "vin": XC40, "command": "HONK" }),
        json!({}),
    );
    // What the dev mock needs besides one answer per command: a sleeping car's answer, and
    // what each command's pending run says.
    let sleeping = invoke_on(
        &webview,
        "send_command",
        json!({ "vin": XC90, "command": "FLASH" }),
    )
    .unwrap();
    assert_eq!(sleeping["status"], "VEHICLE_IN_SLEEP");
    invoke_on(
        &webview,
        "send_command",
        json!({ "vin": XC40, "command": "HONK_AND_FLASH" }),
    )
    .unwrap();
    calls.call("history", json!({}), json!({}));
    calls.call(
        "set_nickname",
        json!({ "vin": XC40, "nickname": "Green one" }),
        json!({}),
    );
    invoke_on(
        &webview,
        "set_nickname",
        json!({ "vin": XC40, "nickname": "" }),
    )
    .unwrap();
    calls.call("setup_status", json!({}), json!({}));
    calls.call(
        "check_api_key",
        json!({ "apiKey": sim.api_key() }),
        json!({ "apiKey": "0123456789abcdef0123456789abcdef" }),
    );
    calls.call(
        "save_client",
        json!({ "clientId": sim.client_id(), "clientSecret": sim.client_secret() }),
        json!({ "clientSecret": "a client secret" }),
    );
    let start = calls.call("begin_sign_in", json!({ "via": "deep_link" }), json!({}));
    let callback = approve(start["authorizeUrl"].as_str().unwrap());
    calls.call(
        "complete_sign_in",
        json!({ "callbackUrl": callback }),
        json!({ "callbackUrl": "volvo-beacon://auth/callback?code=a-code&state=a-state" }),
    );
    calls.call("sign_out", json!({}), json!({}));
    calls.call(
        "sign_in_with_token",
        json!({ "accessToken": sim.mint_access_token(MintOptions::default()) }),
        json!({ "accessToken": "a pasted test access token" }),
    );
    calls.call("set_shortcut", json!({ "enabled": false }), json!({}));
    calls.call("set_autostart", json!({ "enabled": true }), json!({}));
    calls.call("use_demo", json!({}), json!({}));
    let rejection = invoke_on(
        &webview,
        "send_command",
        json!({ "vin": XC40, "command": "LOCK" }),
    )
    .unwrap_err();

    let mut payloads = Map::new();
    let mut pending_messages = Map::new();
    while let Ok(event) = events.try_recv() {
        if let AppEvent::CommandStarted(run) = &event {
            pending_messages.insert(run.command.to_string(), json!(run.message));
        }
        payloads
            .entry(event.name())
            .or_insert_with(|| event.payload());
    }
    let recorded = json!({
        "commandNames": volvo_beacon::IPC_COMMANDS,
        "eventNames": AppEvent::NAMES,
        "errorKinds": AppError::kinds(),
        "calls": calls.calls,
        "events": payloads,
        "rejection": rejection,
        "pictures": pictures,
        "examples": { "sleepingCar": sleeping, "pendingMessages": pending_messages },
    });
    let _ = std::fs::remove_dir_all(&scratch);

    let missing: Vec<_> = volvo_beacon::IPC_COMMANDS
        .iter()
        .filter(|c| recorded["calls"].get(**c).is_none())
        .chain(
            AppEvent::NAMES
                .iter()
                .filter(|e| recorded["events"].get(**e).is_none()),
        )
        .collect();
    assert!(missing.is_empty(), "not recorded: {missing:?}");
    let all = recorded.to_string();
    for secret in [sim.api_key(), sim.client_secret(), &callback] {
        assert!(
            !all.contains(secret),
            "a secret would be written to the file"
        );
    }

    if std::env::var_os("BEACON_RECORD_IPC").is_some() {
        let text = format!(
            "{HEADER}{};\n",
            serde_json::to_string_pretty(&recorded).unwrap()
        );
        std::fs::write(fixture_path(), text).unwrap();
        return;
    }
    let on_file = read_fixture();
    let mut drift = Vec::new();
    for key in ["commandNames", "eventNames", "errorKinds"] {
        if on_file[key] != recorded[key] {
            drift.push(format!(
                "{key}: {} now, {} on file",
                recorded[key], on_file[key]
            ));
        }
    }
    compare("", &recorded["calls"], &on_file["calls"], &mut drift);
    compare("", &recorded["events"], &on_file["events"], &mut drift);
    compare(
        "rejection",
        &recorded["rejection"],
        &on_file["rejection"],
        &mut drift,
    );
    compare(
        "examples",
        &recorded["examples"],
        &on_file["examples"],
        &mut drift,
    );
    assert!(
        drift.is_empty(),
        "the IPC payloads differ from page-preview/ipc-payloads.js:\n  {}\nRecord them again with \
         BEACON_RECORD_IPC=1 cargo test -p volvo-beacon --test ipc_payloads, then bring \
         docs/ipc.md, ui/ipc.js and page-preview/mock-ipc.js in step (node --test tests/page/).",
        drift.join("\n  ")
    );
}

/// Calls commands as the page does and keeps each one's arguments (secrets replaced by the
/// stand-ins given) and answer.
struct Recorder<'a> {
    webview: &'a WebviewWindow<MockRuntime>,
    calls: BTreeMap<&'static str, Value>,
}

impl<'a> Recorder<'a> {
    fn new(webview: &'a WebviewWindow<MockRuntime>) -> Self {
        Recorder {
            webview,
            calls: BTreeMap::new(),
        }
    }

    /// `shown_args` replaces fields of `args` in the file.
    fn call(&mut self, command: &'static str, args: Value, shown_args: Value) -> Value {
        let answer = invoke_on(self.webview, command, args.clone())
            .unwrap_or_else(|e| panic!("{command}: {e}"));
        let mut shown = args;
        for (k, v) in shown_args.as_object().unwrap() {
            shown[k] = v.clone();
        }
        self.calls
            .insert(command, json!({ "args": shown, "answer": answer }));
        answer
    }
}

fn env_for(sim: &SimHandle) -> Given {
    Given {
        api_url: Some(sim.api_url()),
        api_key: Some(sim.api_key().to_owned()),
        auth_url: Some(sim.auth_url()),
        token_url: Some(sim.token_url()),
        ..Default::default()
    }
}

/// What the browser does with the authorization URL: the simulator's Volvo ID signs the user
/// in at once and redirects; the redirect's target is the callback the app gets.
fn approve(authorize_url: &str) -> String {
    let url = tauri::Url::parse(authorize_url).unwrap();
    let mut stream = TcpStream::connect((url.host_str().unwrap(), url.port().unwrap())).unwrap();
    write!(
        stream,
        "GET {}?{} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        url.path(),
        url.query().unwrap_or(""),
        url.host_str().unwrap()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
        .lines()
        .find_map(|l| {
            l.strip_prefix("location: ")
                .or_else(|| l.strip_prefix("Location: "))
        })
        .unwrap_or_else(|| panic!("no redirect from the sign-in page: {response}"))
        .trim()
        .to_owned()
}

fn read_fixture() -> Value {
    let text =
        std::fs::read_to_string(fixture_path()).expect("page-preview/ipc-payloads.js exists");
    let json = text
        .split_once("export default ")
        .expect("the file exports its payloads")
        .1
        .trim_end()
        .trim_end_matches(';');
    serde_json::from_str(json).expect("the recorded payloads are JSON")
}

/// Same keys at every level and the same JSON type wherever both have a value (a `null` on
/// either side is an optional field that was empty in one run).
fn compare(path: &str, now: &Value, on_file: &Value, drift: &mut Vec<String>) {
    match (now, on_file) {
        (Value::Null, _) | (_, Value::Null) => {}
        (Value::Object(a), Value::Object(b)) => {
            for key in a.keys().filter(|k| !b.contains_key(*k)) {
                drift.push(format!("{path}.{key}: new"));
            }
            for key in b.keys().filter(|k| !a.contains_key(*k)) {
                drift.push(format!("{path}.{key}: gone"));
            }
            for (key, value) in a.iter().filter(|(k, _)| b.contains_key(*k)) {
                compare(&format!("{path}.{key}"), value, &b[key], drift);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if let Some(first) = b.first() {
                for (i, item) in a.iter().enumerate() {
                    compare(&format!("{path}[{i}]"), item, first, drift);
                }
            }
        }
        (a, b) if json_type(a) != json_type(b) => {
            drift.push(format!(
                "{path}: {} now, {} on file",
                json_type(a),
                json_type(b)
            ));
        }
        _ => {}
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}
