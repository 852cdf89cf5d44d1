//! The app's core killed with SIGKILL at random moments while it writes its history and saves
//! a car's new name (`examples/busy_core.rs`, a real process against the simulator over a
//! socket). After every kill the files must read back whole: the history holds every entry
//! whose write had finished, the settings the last name saved or the one being saved, and
//! nothing had to be set aside as unreadable.

#![cfg(unix)]

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use volvo_sim::{MintOptions, Scenario, Sim};

const KILLS: usize = 40;
const VIN: &str = "YV1XZK8V2P1234567";

/// Built next to this test by `cargo test --all-targets`; by this test when run on its own.
fn busy_core() -> PathBuf {
    let deps = std::env::current_exe().unwrap();
    let debug = deps.parent().and_then(Path::parent).unwrap();
    let path = debug.join("examples").join("busy_core");
    if !path.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let built = Command::new(cargo)
            .args(["build", "-p", "beacon-app", "--example", "busy_core"])
            .status()
            .expect("cargo runs");
        assert!(built.success(), "building busy_core failed");
    }
    path
}

fn set_aside_files(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |d| {
        d.flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".broken-"))
            .count()
    })
}

#[test]
fn kills_during_history_writes_and_settings_saves_lose_nothing() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut scenario = Scenario::demo();
    scenario.commands_per_minute = 100_000;
    scenario.requests_per_minute = 100_000;
    for car in &mut scenario.vehicles {
        car.latency_ms = 0;
    }
    let sim = runtime
        .block_on(Sim::builder().scenario(scenario).start())
        .unwrap();
    let token = sim.mint_access_token(MintOptions {
        ttl: Some(Duration::from_secs(3600)),
        ..Default::default()
    });
    let root = std::env::temp_dir().join(format!("beacon-crash-{}", uuid::Uuid::new_v4()));
    let mut dice = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut roll = |below: u64| {
        dice ^= dice << 13;
        dice ^= dice >> 7;
        dice ^= dice << 17;
        dice % below
    };

    let (mut history_len, mut lost, mut kills, mut writes) = (0usize, Vec::new(), 0, 0);
    let started = Instant::now();
    while kills < KILLS {
        let mut child = Command::new(busy_core())
            .arg(&root)
            .arg(VIN)
            .env("BEACON_API_URL", sim.api_url())
            .env("VCC_API_KEY", sim.api_key())
            .env("BEACON_ACCESS_TOKEN", &token)
            .env_remove("BEACON_CONFIG_DIR")
            .env_remove("BEACON_DATA_DIR")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("busy_core starts");
        std::thread::sleep(Duration::from_millis(50 + roll(400)));
        if child.try_wait().unwrap().is_some() {
            panic!("busy_core ended by itself");
        }
        child.kill().unwrap();
        child.wait().unwrap();
        kills += 1;
        let mut out = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        let finished_writes = out.lines().filter(|l| *l == "history").count();
        let last_name = out.lines().rev().find_map(|l| l.strip_prefix("nickname "));
        writes += finished_writes + out.lines().filter(|l| l.starts_with("nickname ")).count();

        let history: Vec<serde_json::Value> =
            match std::fs::read(root.join("data").join("history.json")) {
                Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                    lost.push(format!("kill {kills}: the history does not read back: {e}"));
                    Vec::new()
                }),
                Err(_) => Vec::new(),
            };
        let expected = (history_len + finished_writes).min(50);
        if history.len() < expected {
            lost.push(format!(
                "kill {kills}: {} history entries, {expected} finished",
                history.len()
            ));
        }
        history_len = history.len();

        let settings =
            std::fs::read_to_string(root.join("config").join("settings.toml")).unwrap_or_default();
        if let Some(name) = last_name {
            let next = name
                .strip_prefix("car ")
                .and_then(|n| n.parse::<u64>().ok())
                .map(|n| format!("car {}", n + 1));
            let kept = settings.contains(&format!("\"{name}\""))
                || next.is_some_and(|n| settings.contains(&format!("\"{n}\"")));
            if !kept {
                lost.push(format!(
                    "kill {kills}: the name {name:?} is not in the settings"
                ));
            }
        }
        if settings.parse::<toml::Table>().is_err() && !settings.is_empty() {
            lost.push(format!("kill {kills}: the settings do not read back"));
        }
        for dir in ["data", "config"] {
            if set_aside_files(&root.join(dir)) > 0 {
                lost.push(format!("kill {kills}: a file in {dir} was set aside"));
            }
        }
    }
    eprintln!(
        "crash test (app core): {kills} kills in {:.0?}, {writes} history writes and settings saves finished between them; lost: {}",
        started.elapsed(),
        lost.len()
    );
    let _ = std::fs::remove_dir_all(&root);
    assert!(lost.is_empty(), "{lost:#?}");
}
