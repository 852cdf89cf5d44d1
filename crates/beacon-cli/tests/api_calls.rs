//! The day's API calls as `beacon` counts and shows them: the real binary against the
//! simulator in this process, each test with a config folder of its own (no keychain needed:
//! the key and the token come from the environment).

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

use common::account::TempDir;
use common::{beacon_at, in_process_sim, run_json, run_text, wait_all_succeeded, Target};
use volvo_api::store::{utc_day, CALL_COUNT_FILE, SETTINGS_FILE};
use volvo_api::KeyFingerprint;
use volvo_sim::{Scenario, SimHandle};

async fn start_sim() -> (SimHandle, Target) {
    let mut scenario = Scenario::demo();
    // Volvo's per-minute limit is not what is tested here.
    scenario.requests_per_minute = 0;
    in_process_sim(scenario).await
}

/// `beacon` against the simulator, counting into `config`.
fn beacon_in(target: &Target, config: &TempDir) -> Command {
    let mut cmd = beacon_at(target);
    cmd.env("BEACON_CONFIG_DIR", config.path());
    cmd
}

fn with_secondary(mut cmd: Command, sim: &SimHandle) -> Command {
    cmd.env("VCC_SECONDARY_API_KEY", sim.secondary_api_key());
    cmd
}

/// Runs blocking work (the `beacon` processes) off the runtime that serves the simulator.
async fn off_runtime<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(work).await.expect("beacon run")
}

fn api_calls_seen(sim: &SimHandle) -> u64 {
    sim.requests().iter().filter(|r| r.kind == "api").count() as u64
}

fn status_json(cmd: Command) -> serde_json::Value {
    let run = run_json(cmd, &["status"]);
    assert_eq!(run.code, 0, "{run:#?}");
    run.json["apiCallsToday"].clone()
}

fn seed(config: &TempDir, day: &str, key: &str, calls: u64) {
    let counts = serde_json::json!({
        "day": day,
        "primary": { "key": KeyFingerprint::of(key), "calls": calls, "quotaSpent": false },
    });
    std::fs::write(config.path().join(CALL_COUNT_FILE), counts.to_string()).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_json_has_the_calls_each_process_made() {
    let (sim, target) = start_sim().await;
    let config = TempDir::new("api-calls-status");
    let cmd = beacon_in(&target, &config);
    let calls = status_json(cmd);
    assert_eq!(
        calls,
        serde_json::json!({ "primary": 0, "secondary": null })
    );
    for _ in 0..2 {
        let cmd = beacon_in(&target, &config);
        let run = off_runtime(move || run_json(cmd, &["vehicles"])).await;
        assert_eq!(run.code, 0, "{run:#?}");
    }
    let seen = api_calls_seen(&sim);
    assert!(seen >= 2, "{seen}");
    let calls = status_json(with_secondary(beacon_in(&target, &config), &sim));
    assert_eq!(
        calls,
        serde_json::json!({ "primary": seen, "secondary": 0 })
    );

    // Nothing secret is written beside the settings.
    for entry in config.entries() {
        let text = std::fs::read_to_string(&entry).unwrap_or_default();
        for secret in [sim.api_key(), sim.secondary_api_key(), &target.access_token] {
            assert!(!text.contains(secret), "{}: {text}", entry.display());
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_calling_at_once_lose_no_count() {
    let (sim, target) = start_sim().await;
    let config = TempDir::new("api-calls-race");
    for _ in 0..4 {
        let children: Vec<_> = (0..2)
            .map(|_| {
                beacon_in(&target, &config)
                    .args(["vehicles", "--json"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("start beacon")
            })
            .collect();
        off_runtime(move || wait_all_succeeded(children)).await;
    }
    let calls = status_json(beacon_in(&target, &config));
    assert_eq!(calls["primary"], api_calls_seen(&sim));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_secondary_takeover_is_counted_apart_and_said() {
    let (sim, target) = start_sim().await;
    sim.set_quota_remaining(sim.api_key(), 0);
    let config = TempDir::new("api-calls-takeover");
    let cmd = with_secondary(beacon_in(&target, &config), &sim);
    let run = off_runtime(move || run_json(cmd, &["vehicles"])).await;
    assert_eq!(run.code, 0, "{run:#?}");
    let seen = api_calls_seen(&sim);
    let calls = status_json(with_secondary(beacon_in(&target, &config), &sim));
    // One process, one refusal of the primary; then the secondary for the rest.
    assert_eq!(
        calls,
        serde_json::json!({ "primary": 1, "secondary": seen - 1 })
    );
    let (code, text, _) = run_text(
        with_secondary(beacon_in(&target, &config), &sim),
        &["status"],
    );
    assert_eq!(code, 0);
    assert!(
        text.contains("Warning:       The primary key's daily quota is spent: the secondary key has taken over until it resets at 00:00 UTC (in "),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_warns_from_eighty_percent_of_the_quota() {
    let (_sim, target) = start_sim().await;
    let config = TempDir::new("api-calls-warning");
    let today = utc_day(SystemTime::now());
    seed(&config, &today, &target.api_key, 7_999);
    let (_, text, _) = run_text(beacon_in(&target, &config), &["status"]);
    assert!(
        text.contains("API calls:     7,999 of 10,000 calls today with the primary key\n"),
        "{text}"
    );
    assert!(!text.contains("Warning:"), "{text}");

    seed(&config, &today, &target.api_key, 8_000);
    let (_, text, _) = run_text(beacon_in(&target, &config), &["status"]);
    assert!(
        text.contains("Warning:       8,000 of 10,000 calls today: the primary key's daily quota is almost spent; it resets at 00:00 UTC (in "),
        "{text}"
    );
    assert_eq!(status_json(beacon_in(&target, &config))["primary"], 8_000);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn yesterdays_count_and_a_corrupt_one_start_over() {
    let (sim, target) = start_sim().await;
    let config = TempDir::new("api-calls-start-over");
    let settings = "client_id = \"my-client\"\n";
    std::fs::write(config.path().join(SETTINGS_FILE), settings).unwrap();
    let yesterday = utc_day(SystemTime::now() - Duration::from_secs(24 * 3600));
    seed(&config, &yesterday, &target.api_key, 9_000);
    let cmd = beacon_in(&target, &config);
    assert_eq!(
        off_runtime(move || run_json(cmd, &["vehicles"])).await.code,
        0
    );
    assert_eq!(
        status_json(beacon_in(&target, &config))["primary"],
        api_calls_seen(&sim)
    );

    sim.clear_requests();
    std::fs::write(config.path().join(CALL_COUNT_FILE), "{ not json").unwrap();
    let cmd = beacon_in(&target, &config);
    let run = off_runtime(move || run_json(cmd, &["vehicles"])).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        status_json(beacon_in(&target, &config))["primary"],
        api_calls_seen(&sim)
    );
    assert_eq!(
        std::fs::read_to_string(config.path().join(SETTINGS_FILE)).unwrap(),
        settings
    );
}
