//! The IPC contract as the real app speaks it. One run of every command (through Tauri's mock
//! runtime, against the core and a simulator over real sockets), more answers of some in other
//! states, and one of every event are kept in page-preview/ipc-payloads.js, with the command,
//! event and error-kind names. The dev mock serves those payloads, and the page's contract test
//! (tests/page/ipc-contract.test.js) checks ui/ipc.js, docs/ipc.md and the mock against them.
//!
//! The file is compared by shape (every key, every JSON type) and by the words the page
//! compares against (mode, state, status, ...), since times and run ids differ from run to run;
//! every field must have been recorded with a value at least once. A payload that changes in
//! Rust fails here until it is recorded again with
//! `BEACON_RECORD_IPC=1 cargo test -p volvo-beacon --test ipc_payloads`, and the mock and page
//! then fail their test until they follow.

// Linux only: the autostart plugin writes where HOME says only there (on Windows it is the
// Run key of the user running the tests).
#![cfg(target_os = "linux")]

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use beacon_app::{AppError, AppEvent, Core};
use common::invoke_on;
use serde_json::{json, Map, Value};
use tauri::test::MockRuntime;
use tauri::WebviewWindow;
use volvo_api::sources::Given;
use volvo_sim::{Fault, FaultAction, MintOptions, Sim, SimHandle};

const XC40: &str = "YV1XZK8V2P1234567";
const XC90: &str = "YV4A22PL5N1234568";
/// Keys whose values the page compares with fixed words.
const EXACT: [&str; 7] = [
    "mode", "state", "outcome", "command", "status", "kind", "via",
];
const HEADER: &str =
    "// Recorded from the real app by src-tauri/tests/ipc_payloads.rs: do not edit by hand.\n\
// BEACON_RECORD_IPC=1 cargo test -p volvo-beacon --test ipc_payloads records it again.\n\
// Secrets in `args` are stand-ins; no answer holds one.\n\
export default ";

fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../page-preview/ipc-payloads.js")
}

/// Every command once, in an order that reaches each answer the page can get: demo mode (after
/// a broken settings file, so there is a notice), a command still running, the account's
/// setup, a Volvo ID sign-in through the simulator, a test token, and that token running out.
#[test]
fn every_command_and_event_matches_the_recorded_contract() {
    let scratch = std::env::temp_dir().join(format!("beacon-ipc-payloads-{}", std::process::id()));
    let home = scratch.join("home");
    std::fs::create_dir_all(&home).unwrap();
    // The autostart entry goes here; set before anything else runs (the only test here).
    std::env::set_var("HOME", &home);
    let config = scratch.join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.toml"), "client_id = 3\n").unwrap();

    let sim = tauri::async_runtime::block_on(Sim::builder().start()).unwrap();
    let options = common::options(&scratch, env_for(&sim), false);
    let core = tauri::async_runtime::block_on(Core::start(options)).unwrap();
    let mut events = core.subscribe();
    let (_app, webview) = common::main_window(&core, true);
    let mut calls = Recorder::new(&webview);

    // English words on file, whatever the language of the machine recording them.
    calls.call("set_language", json!({ "language": "en" }), json!({}));
    calls.call("page_words", json!({}), json!({}));
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
    // A sleeping car's answer (with advice), and each command's pending words.
    calls.variant("send_command", json!({ "vin": XC90, "command": "FLASH" }));
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
    // The cars while a command is on its way, one of them with a nickname.
    let demo = core.demo_sim().unwrap();
    let flash = format!("/connected-vehicle/v2/vehicles/{XC40}/commands/flash");
    demo.add_fault(Fault::on("POST", &flash, FaultAction::Delay { ms: 1500 }));
    std::thread::scope(|scope| {
        let sending = scope.spawn(|| {
            invoke_on(
                &webview,
                "send_command",
                json!({ "vin": XC40, "command": "FLASH" }),
            )
        });
        let busy = wait_for(|| {
            let cars = invoke_on(&webview, "list_vehicles", json!({})).unwrap();
            let xc40 = cars.as_array()?.iter().find(|c| c["vin"] == XC40)?;
            (!xc40["inFlight"].as_array()?.is_empty()).then_some(cars)
        });
        calls.variants("list_vehicles", busy);
        calls.variant("refresh_availability", json!({}));
        sending.join().unwrap().unwrap();
    });
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
        json!({
            "clientId": sim.client_id(),
            "clientSecret": sim.client_secret(),
            "pasteRedirectUri": "https://example.com/volvo-beacon/callback",
        }),
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
    let token = sim.mint_access_token(MintOptions::default());
    calls.call(
        "sign_in_with_token",
        json!({ "accessToken": token }),
        json!({ "accessToken": "a pasted test access token" }),
    );
    calls.call(
        "set_shortcut",
        json!({ "enabled": false, "vin": XC90 }),
        json!({}),
    );
    calls.call("set_autostart", json!({ "enabled": true }), json!({}));
    invoke_on(&webview, "set_autostart", json!({ "enabled": false })).unwrap();
    calls.call(
        "set_ask_before_honking",
        json!({ "enabled": true }),
        json!({}),
    );
    invoke_on(
        &webview,
        "set_ask_before_honking",
        json!({ "enabled": false }),
    )
    .unwrap();
    calls.call("use_demo", json!({}), json!({}));
    // A test token running out: the account is signed out, with the reason.
    let short = sim.mint_access_token(MintOptions {
        ttl: Some(Duration::from_secs(2)),
        ..Default::default()
    });
    invoke_on(
        &webview,
        "sign_in_with_token",
        json!({ "accessToken": short }),
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(3200));
    invoke_on(&webview, "list_vehicles", json!({ "refresh": true })).unwrap_err();
    let ended = calls.variant("app_state", json!({}));
    assert_eq!(ended["mode"], "signed_out", "{ended}");
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
        "variants": calls.variants,
        "events": payloads,
        "rejection": rejection,
        "pictures": pictures,
        "examples": { "pendingMessages": pending_messages },
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
    // Every field the page reads is seen with a value somewhere, or a change of its type
    // could pass unseen.
    let mut seen = BTreeMap::new();
    for part in ["calls", "variants", "events"] {
        fields_with_values(&recorded[part], &mut seen);
    }
    let never: Vec<_> = seen.iter().filter(|(_, v)| !**v).map(|(k, _)| k).collect();
    assert!(never.is_empty(), "never recorded with a value: {never:?}");
    let all = recorded.to_string();
    for secret in [
        sim.api_key(),
        sim.client_secret(),
        &callback,
        &token,
        &short,
    ] {
        assert!(
            !all.contains(secret),
            "a secret would be written to the file"
        );
    }
    // A JWT's header starts so; no other field of these payloads does.
    assert!(
        !all.contains("eyJhbGci"),
        "a token would be written to the file"
    );

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
    for part in ["calls", "variants", "events", "rejection", "examples"] {
        compare(part, &recorded[part], &on_file[part], &mut drift);
    }
    // The page's tests and the dev mock speak with these words: any change of English counts
    // (not the region, which is the recording machine's).
    let words = "/calls/page_words/answer/messages";
    if recorded.pointer(words) != on_file.pointer(words) {
        drift.push("page_words: the English page.ftl changed".to_owned());
    }
    assert!(
        drift.is_empty(),
        "the IPC payloads differ from page-preview/ipc-payloads.js:\n  {}\nRecord them again with \
         BEACON_RECORD_IPC=1 cargo test -p volvo-beacon --test ipc_payloads, then bring \
         docs/ipc.md, ui/ipc.js and page-preview/mock-ipc.js in step (node --test tests/page/).",
        drift.join("\n  ")
    );
}

/// Polls `probe` for a few seconds until it has an answer.
fn wait_for<T>(mut probe: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(found) = probe() {
            return found;
        }
        assert!(Instant::now() < deadline, "gave up waiting");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// For every field name, whether any payload had a value for it: not null, not an empty list.
/// (By name alone: a pending run's `outcome` is always null, a finished one's never.)
fn fields_with_values(value: &Value, seen: &mut BTreeMap<String, bool>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let has = !(v.is_null() || v.as_array().is_some_and(Vec::is_empty));
                *seen.entry(key.clone()).or_default() |= has;
                fields_with_values(v, seen);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| fields_with_values(item, seen)),
        _ => {}
    }
}

/// Calls commands as the page does and keeps each one's arguments (secrets replaced by the
/// stand-ins given) and answer.
struct Recorder<'a> {
    webview: &'a WebviewWindow<MockRuntime>,
    calls: BTreeMap<&'static str, Value>,
    /// More answers of a command, in other states (asleep, busy, signed out): compared in
    /// order, so that a field empty in the first answer is still checked.
    variants: BTreeMap<&'static str, Vec<Value>>,
}

impl<'a> Recorder<'a> {
    fn new(webview: &'a WebviewWindow<MockRuntime>) -> Self {
        Recorder {
            webview,
            calls: BTreeMap::new(),
            variants: BTreeMap::new(),
        }
    }

    /// Another answer of `command` (no secrets in `args`).
    fn variant(&mut self, command: &'static str, args: Value) -> Value {
        let answer =
            invoke_on(self.webview, command, args).unwrap_or_else(|e| panic!("{command}: {e}"));
        self.variants(command, answer.clone());
        answer
    }

    fn variants(&mut self, command: &'static str, answer: Value) {
        self.variants.entry(command).or_default().push(answer);
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
                let here = format!("{path}.{key}");
                // Words the page compares against, exactly: a renamed one breaks it.
                if EXACT.contains(&key.as_str()) && value.is_string() && *value != b[key] {
                    drift.push(format!("{here}: {value} now, {} on file", b[key]));
                }
                compare(&here, value, &b[key], drift);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            // Lists of the same length are compared item by item (variants, the fleet), others
            // against the first item on file.
            for (i, item) in a.iter().enumerate() {
                let other = if a.len() == b.len() {
                    b.get(i)
                } else {
                    b.first()
                };
                if let Some(other) = other {
                    compare(&format!("{path}[{i}]"), item, other, drift);
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
