//! The day's API calls per key, counted into the file beside the settings: real requests to
//! the simulator over real sockets, real files, several counters on one file at once.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use common::*;
use volvo_api::store::{Budget, DayCounts, FileCallCounter, CALL_COUNT_FILE, SETTINGS_FILE};
use volvo_api::{Client, KeyFingerprint, KeyRole, StaticToken};
use volvo_sim::SimHandle;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "beacon-call-counts-{name}-{}",
        uuid::Uuid::new_v4()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A client of the simulator counting into `dir`, with its secondary key if asked.
fn counting_client(sim: &SimHandle, dir: &Path, secondary: bool) -> Client {
    client_builder(sim)
        .secondary_api_key(secondary.then(|| sim.secondary_api_key().to_owned()))
        .call_counter(Arc::new(FileCallCounter::new(dir)))
        .build()
        .unwrap()
}

fn counted(dir: &Path, role: KeyRole, key: &str) -> u64 {
    DayCounts::read(dir, SystemTime::now()).calls(role, &KeyFingerprint::of(key))
}

#[tokio::test]
async fn every_answered_call_counts_for_the_primary() {
    let sim = start_sim("").await;
    let dir = scratch("primary");
    let c = counting_client(&sim, &dir, false);
    for _ in 0..5 {
        c.list_vehicles().await.unwrap();
    }
    // An error answer reached Volvo too.
    c.vehicle_details(&vin("YV1UNKNOWN0000000"))
        .await
        .unwrap_err();
    assert_eq!(api_requests(&sim).len(), 6);
    assert_eq!(counted(&dir, KeyRole::Primary, sim.api_key()), 6);
    assert_eq!(
        counted(&dir, KeyRole::Secondary, sim.secondary_api_key()),
        0
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_secondary_takeover_is_counted_apart_and_shown() {
    let sim = start_sim("").await;
    sim.set_quota_remaining(sim.api_key(), 0);
    let dir = scratch("takeover");
    let c = counting_client(&sim, &dir, true);
    for _ in 0..3 {
        c.list_vehicles().await.unwrap();
    }
    // The primary's refusal (one 403) and the secondary's three answers.
    assert_eq!(counted(&dir, KeyRole::Primary, sim.api_key()), 1);
    assert_eq!(
        counted(&dir, KeyRole::Secondary, sim.secondary_api_key()),
        3
    );
    let now = SystemTime::now();
    let budget = Budget::today(
        &dir,
        Some(&KeyFingerprint::of(sim.api_key())),
        Some(&KeyFingerprint::of(sim.secondary_api_key())),
        now,
    );
    let primary = budget.key(KeyRole::Primary).unwrap();
    assert!(primary.quota_spent && !primary.in_use, "{budget:?}");
    assert!(budget.key(KeyRole::Secondary).unwrap().in_use);
    let warnings = budget.warnings(now);
    assert!(
        warnings[0].contains("the secondary key has taken over"),
        "{warnings:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_call_that_never_connected_is_not_counted() {
    let dir = scratch("no-connection");
    // Bound and dropped: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let c = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}/connected-vehicle/v2"))
        .api_key("test-key-primary")
        .token_source(Arc::new(StaticToken::new("t")))
        .connect_timeout(Duration::from_secs(2))
        .call_counter(Arc::new(FileCallCounter::new(&dir)))
        .build()
        .unwrap();
    let err = c.list_vehicles().await.unwrap_err();
    assert_eq!(err.kind(), "network", "{err:?}");
    assert!(!dir.join(CALL_COUNT_FILE).exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_new_utc_day_starts_at_zero() {
    let sim = start_sim("").await;
    let dir = scratch("new-day");
    let today = SystemTime::now();
    let yesterday = today - Duration::from_secs(24 * 3600);
    let counting_on = |at: SystemTime| {
        client_builder(&sim)
            .call_counter(Arc::new(
                FileCallCounter::new(&dir).with_clock(Arc::new(move || at)),
            ))
            .build()
            .unwrap()
    };
    let then = counting_on(yesterday);
    for _ in 0..3 {
        then.list_vehicles().await.unwrap();
    }
    let key = KeyFingerprint::of(sim.api_key());
    assert_eq!(
        DayCounts::read(&dir, yesterday).calls(KeyRole::Primary, &key),
        3
    );
    assert_eq!(
        DayCounts::read(&dir, today).calls(KeyRole::Primary, &key),
        0
    );
    counting_on(today).list_vehicles().await.unwrap();
    assert_eq!(
        DayCounts::read(&dir, today).calls(KeyRole::Primary, &key),
        1
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn counters_of_their_own_on_one_file_lose_no_call() {
    let sim = start_sim("").await;
    let dir = scratch("race");
    // As the app and the CLI would: each client with a counter of its own, nothing shared but
    // the folder.
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let c = counting_client(&sim, &dir, false);
            tokio::spawn(async move {
                for _ in 0..15 {
                    c.list_vehicles().await.unwrap();
                }
            })
        })
        .collect();
    for run in runs {
        run.await.unwrap();
    }
    assert_eq!(counted(&dir, KeyRole::Primary, sim.api_key()), 60);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_corrupt_count_stops_no_request_and_leaves_the_settings_alone() {
    let sim = start_sim("").await;
    let dir = scratch("corrupt");
    let settings = "client_id = \"my-client\"\n[nicknames]\nYV1XZK8V2P1234567 = \"Ours\"\n";
    std::fs::write(dir.join(SETTINGS_FILE), settings).unwrap();
    std::fs::write(dir.join(CALL_COUNT_FILE), "\u{0}\u{1}not a count at all").unwrap();
    let c = counting_client(&sim, &dir, false);
    assert_eq!(c.list_vehicles().await.unwrap().len(), 4);
    assert_eq!(counted(&dir, KeyRole::Primary, sim.api_key()), 1);
    assert_eq!(
        std::fs::read_to_string(dir.join(SETTINGS_FILE)).unwrap(),
        settings
    );
    let kept = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .filter(|n| n.starts_with("api-calls.json.broken-"))
        .count();
    assert_eq!(kept, 1, "the unreadable count is kept beside");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn no_key_is_written_into_the_folder() {
    let sim = start_sim("").await;
    sim.set_quota_remaining(sim.api_key(), 1);
    let dir = scratch("no-secret");
    let c = counting_client(&sim, &dir, true);
    for _ in 0..3 {
        c.list_vehicles().await.unwrap();
    }
    assert_eq!(
        counted(&dir, KeyRole::Secondary, sim.secondary_api_key()),
        2
    );
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for secret in [sim.api_key(), sim.secondary_api_key()] {
            assert!(!text.contains(secret), "a secret in the folder: {text}");
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
