//! The day's API calls in Account & setup: the app counts into the same file as the CLI, next
//! to the settings, and the setup view carries the counts the page words.

mod common;

use std::sync::Arc;
use std::time::SystemTime;

use beacon_app::{Core, Options};
use common::*;
use volvo_api::sources::Given;
use volvo_api::store::{utc_day, MemoryStore, CALL_COUNT_FILE};
use volvo_api::KeyFingerprint;
use volvo_sim::{MintOptions, Sim, SimHandle};

/// Signed in with an access token from the environment, both keys given.
fn account_env(sim: &SimHandle) -> Given {
    Given {
        api_url: Some(sim.api_url()),
        api_key: Some(sim.api_key().to_owned()),
        secondary_api_key: Some(sim.secondary_api_key().to_owned()),
        access_token: Some(sim.mint_access_token(MintOptions::default())),
        ..Default::default()
    }
}

async fn start(dirs: &TempDirs, env: Given) -> Arc<Core> {
    let opts: Options = options(dirs, Arc::new(MemoryStore::new()), env);
    Core::start(opts).await.expect("core starts")
}

fn api_requests(sim: &SimHandle) -> u64 {
    sim.requests().iter().filter(|r| r.kind == "api").count() as u64
}

#[tokio::test]
async fn the_setup_view_counts_the_apps_calls_per_key() {
    let sim = Sim::builder().start().await.unwrap();
    let dirs = TempDirs::new();
    let core = start(&dirs, account_env(&sim)).await;
    core.vehicles(false).await.unwrap();
    let seen = api_requests(&sim);
    assert!(seen > 0);

    let view = serde_json::to_value(core.setup_status().await.unwrap()).unwrap();
    let calls = &view["apiCalls"];
    assert_eq!(calls["quota"], 10_000);
    assert_eq!(calls["warnAt"], 8_000);
    let resets_at = calls["resetsAt"].as_u64().unwrap();
    let now_ms = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64;
    assert!(
        resets_at > now_ms && resets_at % 86_400_000 == 0,
        "{resets_at}"
    );
    assert_eq!(
        calls["keys"],
        serde_json::json!([
            { "role": "primary", "calls": seen, "inUse": true, "quotaSpent": false },
            { "role": "secondary", "calls": 0, "inUse": false, "quotaSpent": false },
        ])
    );
    let text = std::fs::read_to_string(dirs.config.join(CALL_COUNT_FILE)).unwrap();
    assert!(!text.contains(sim.api_key()) && !text.contains(sim.secondary_api_key()));
}

#[tokio::test]
async fn a_spent_primary_shows_the_secondary_in_use() {
    let sim = Sim::builder().start().await.unwrap();
    sim.set_quota_remaining(sim.api_key(), 0);
    let dirs = TempDirs::new();
    let core = start(&dirs, account_env(&sim)).await;
    core.vehicles(false).await.unwrap();
    let seen = api_requests(&sim);

    let status = core.setup_status().await.unwrap();
    let keys = &status.api_calls.keys;
    assert_eq!(keys.len(), 2);
    assert!(keys[0].quota_spent && !keys[0].in_use, "{keys:?}");
    assert_eq!(keys[0].calls, 1, "one refusal, then the secondary");
    assert!(keys[1].in_use, "{keys:?}");
    assert_eq!(keys[1].calls, seen - 1);
}

#[tokio::test]
async fn what_the_cli_counted_shows_in_the_app_with_the_warning_threshold() {
    let sim = Sim::builder().start().await.unwrap();
    let dirs = TempDirs::new();
    std::fs::create_dir_all(&dirs.config).unwrap();
    // As a day of `beacon` runs would have left it.
    let seeded = serde_json::json!({
        "day": utc_day(SystemTime::now()),
        "primary": { "key": KeyFingerprint::of(sim.api_key()), "calls": 8_100 },
    });
    std::fs::write(dirs.config.join(CALL_COUNT_FILE), seeded.to_string()).unwrap();
    let env = Given {
        secondary_api_key: None,
        ..account_env(&sim)
    };
    let core = start(&dirs, env).await;
    core.vehicles(false).await.unwrap();
    let before = core.setup_status().await.unwrap().api_calls;
    assert_eq!(before.keys.len(), 1, "no secondary key, no line for one");
    let primary = &before.keys[0];
    assert_eq!(primary.calls, 8_100 + api_requests(&sim), "{primary:?}");
    assert!(primary.calls >= before.warn_at, "the page warns");

    // A key check counts too, in the role it is checked for.
    core.check_api_key(sim.api_key().to_owned(), false)
        .await
        .unwrap();
    let after = core.setup_status().await.unwrap().api_calls;
    assert_eq!(after.keys[0].calls, 8_100 + api_requests(&sim));
}
