//! Helpers shared by the end-to-end tests: run the real `beacon` binary and read what it says.

#![allow(dead_code)] // each test file uses its own subset

pub mod account;
pub mod interactive;
pub mod sim;
pub mod wine;

use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use serde_json::Value;
use volvo_sim::{MintOptions, Scenario, Sim, SimHandle};

/// The settings `beacon` reads from the environment; cleared so a developer's own shell
/// cannot change a test's outcome.
pub const BEACON_ENV: [&str; 13] = [
    "BEACON_KEYCHAIN_PROFILE",
    "BEACON_CONFIG_DIR",
    "BEACON_DATA_DIR",
    "BEACON_API_URL",
    "VCC_API_KEY",
    "VCC_SECONDARY_API_KEY",
    "BEACON_ACCESS_TOKEN",
    "BEACON_AUTH_URL",
    "BEACON_TOKEN_URL",
    "BEACON_CLIENT_ID",
    "BEACON_CLIENT_SECRET",
    "RUST_LOG",
    "NO_COLOR",
];

/// The variables the system's language comes from (gettext's, which Wine also reads for the
/// Windows build's language).
pub const LANGUAGE_ENV: [&str; 4] = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// English for `beacon`, whatever the developer's own language: a test that wants another sets
/// `LANG` (or passes `--lang`) after this.
pub fn pin_language(cmd: &mut Command) {
    for var in LANGUAGE_ENV {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "C.UTF-8");
}

/// Values that point `beacon` at a simulator.
#[derive(Clone, Debug)]
pub struct Target {
    pub api_url: String,
    pub api_key: String,
    pub access_token: String,
}

/// `beacon` with a clean environment. It is pointed at a keychain profile and folders no test
/// writes to, so it can never read (or change) a developer's own sign-in and settings (runs
/// that call Volvo leave their day's call count there, which no test reads); tests that keep
/// state between runs use [`account::TestAccount::beacon`] instead.
pub fn beacon() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_beacon"));
    for var in BEACON_ENV {
        cmd.env_remove(var);
    }
    let nowhere =
        std::env::temp_dir().join(format!("beacon-cli-test-{}-unused", std::process::id()));
    cmd.env(
        "BEACON_KEYCHAIN_PROFILE",
        format!("beacon-cli-test-{}-unused", std::process::id()),
    )
    .env("BEACON_CONFIG_DIR", nowhere.join("config"))
    .env("BEACON_DATA_DIR", nowhere.join("data"));
    pin_language(&mut cmd);
    cmd.stdin(Stdio::null());
    cmd
}

pub fn beacon_at(target: &Target) -> Command {
    let mut cmd = beacon();
    cmd.env("BEACON_API_URL", &target.api_url)
        .env("VCC_API_KEY", &target.api_key)
        .env("BEACON_ACCESS_TOKEN", &target.access_token);
    cmd
}

/// What one run said, with stdout already checked to be exactly one JSON value.
#[derive(Debug)]
pub struct JsonRun {
    pub code: i32,
    pub json: Value,
    pub stderr: String,
}

pub fn run_json(mut cmd: Command, args: &[&str]) -> JsonRun {
    let out = cmd.args(args).arg("--json").output().expect("run beacon");
    JsonRun {
        code: exit_code(&out),
        json: single_json_value(&out.stdout),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn run_text(mut cmd: Command, args: &[&str]) -> (i32, String, String) {
    let out = cmd.args(args).output().expect("run beacon");
    (
        exit_code(&out),
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}

pub fn exit_code(out: &Output) -> i32 {
    out.status.code().expect("beacon exited by a signal")
}

/// Fails unless `stdout` is one JSON value and nothing else (whitespace aside).
pub fn single_json_value(stdout: &[u8]) -> Value {
    let text = std::str::from_utf8(stdout).expect("utf-8 stdout");
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let first = values
        .next()
        .unwrap_or_else(|| panic!("no JSON on stdout: {text:?}"))
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {text:?}"));
    assert!(
        values.next().is_none(),
        "more than one JSON value on stdout: {text:?}"
    );
    first
}

/// Asserts the `--json` error shape exactly: `{"error": {"kind", "message"}}` and no more.
pub fn assert_error(run: &JsonRun, kind: &str) -> String {
    assert_eq!(run.code, 1, "exit code; run: {run:#?}");
    let obj = run.json.as_object().expect("error is an object");
    assert_eq!(obj.len(), 1, "{}", run.json);
    let err = obj["error"].as_object().expect("error.error is an object");
    assert_eq!(err.len(), 2, "{}", run.json);
    assert_eq!(err["kind"], kind, "{}", run.json);
    let message = err["message"].as_str().expect("message is a string");
    assert!(!message.is_empty());
    message.to_owned()
}

/// Waits for every child, failing with the error output of one that did not succeed.
pub fn wait_all_succeeded(children: Vec<Child>) {
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The simulator with `scenario` on this test's runtime (to inject faults and read its request
/// log), and how `beacon` reaches it with a token good for an hour.
pub async fn in_process_sim(scenario: Scenario) -> (SimHandle, Target) {
    let handle = Sim::builder()
        .scenario(scenario)
        .bind("127.0.0.1:0".parse().unwrap())
        .start()
        .await
        .expect("start the simulator");
    let target = Target {
        api_url: handle.api_url().to_string(),
        api_key: handle.api_key().to_string(),
        access_token: handle.mint_access_token(MintOptions {
            ttl: Some(Duration::from_secs(3600)),
            ..Default::default()
        }),
    };
    (handle, target)
}

/// Kills the child when dropped, so a failing assertion never leaves a simulator running.
pub struct ChildGuard(pub Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A running `beacon sim` child and the lines it prints.
pub struct SpawnedSim {
    // Declared first so the child is killed before the reader thread's pipe is dropped.
    pub child: ChildGuard,
    pub lines: Receiver<String>,
}

impl SpawnedSim {
    /// Starts `beacon sim --port 0` with `extra` args.
    pub fn start(extra: &[&str]) -> SpawnedSim {
        let mut child = beacon()
            .args(["sim", "--port", "0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn beacon sim");
        let lines = interactive::line_reader(child.stdout.take().expect("piped stdout"));
        SpawnedSim {
            child: ChildGuard(child),
            lines,
        }
    }

    pub fn next_line(&self) -> String {
        self.lines
            .recv_timeout(Duration::from_secs(30))
            .expect("beacon sim printed a line within 30 s")
    }

    /// Starts `beacon sim --json` and reads where it listens and what credentials work.
    pub fn start_json() -> (SpawnedSim, Value, Target) {
        let sim = SpawnedSim::start(&["--json"]);
        let first = sim.next_line();
        let info: Value = serde_json::from_str(&first).unwrap_or_else(|e| {
            panic!("first line of beacon sim --json is not JSON ({e}): {first:?}")
        });
        let field = |name: &str| {
            info[name]
                .as_str()
                .unwrap_or_else(|| panic!("{name} missing in {info}"))
                .to_owned()
        };
        let target = Target {
            api_url: field("apiUrl"),
            api_key: field("apiKey"),
            access_token: field("accessToken"),
        };
        (sim, info, target)
    }
}
