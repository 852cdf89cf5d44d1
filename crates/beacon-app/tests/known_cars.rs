//! A signed-in start paints the cars known from the last start at once, marked stale, and
//! Volvo's answer replaces them in the background; nothing secret is kept, a sign-out forgets
//! them, and a file from another API or one that is not readable only costs the head start.

mod common;

use std::time::Duration;

use beacon_app::views::AppEvent;
use common::*;
use volvo_sim::{Scenario, Sim, SimHandle};

const KNOWN_CARS: &str = "known-cars.json";

/// Every API call of this simulator takes this long: long enough that a start which waited for
/// Volvo could not have its cars before the test looks.
const SLOW: Duration = Duration::from_millis(1500);

async fn slow_sim() -> SimHandle {
    Sim::builder()
        .scenario(Scenario {
            api_latency_ms: SLOW.as_millis() as u64,
            ..Scenario::default()
        })
        .start()
        .await
        .unwrap()
}

/// A start over the same folders, as the next launch of the app.
async fn restart(
    app: &TestApp,
    env: volvo_api::sources::Given,
) -> std::sync::Arc<beacon_app::Core> {
    beacon_app::Core::start(options(&app.dirs, app.store.clone(), env))
        .await
        .unwrap()
}

#[tokio::test]
async fn the_next_start_shows_the_known_cars_at_once_then_volvos() {
    let sim = slow_sim().await;
    let first = app_with(signed_in(&sim), |_| {}).await;
    let fetched = first.core.vehicles(false).await.unwrap();
    assert_eq!(fetched.len(), 3);
    assert!(fetched.iter().all(|c| !c.stale));
    let kept = std::fs::read_to_string(first.dirs.data.join(KNOWN_CARS)).expect("kept");
    for secret in [sim.api_key(), sim.client_secret(), "Bearer", "eyJ"] {
        assert!(!kept.contains(secret), "{secret:?} in {kept}");
    }

    let calls_before = sim.requests().len();
    let core = restart(&first, signed_in(&sim)).await;
    let mut events = core.subscribe();
    // Before any answer from Volvo could have come: the tiles are there, marked stale.
    let at_once = core.vehicles(false).await.unwrap();
    let vins: Vec<&str> = at_once.iter().map(|c| c.vin.as_str()).collect();
    assert_eq!(vins, [XC40, XC90, EX30]);
    assert!(at_once.iter().all(|c| c.stale), "{at_once:?}");
    assert_eq!(at_once[0].display_name, "XC40 Recharge");
    assert_eq!(at_once[0].commands, fetched[0].commands);

    // Volvo's answer replaces them.
    let AppEvent::VehiclesChanged(fresh) = next_event(&mut events, "vehicles-changed").await else {
        unreachable!()
    };
    assert_eq!(fresh.len(), 3);
    assert!(fresh.iter().all(|c| !c.stale), "{fresh:?}");
    assert!(core.vehicles(false).await.unwrap().iter().all(|c| !c.stale));
    assert_eq!(
        count(&sim.requests()[calls_before..], "GET", "/vehicles"),
        1,
        "one fetch confirmed them"
    );
}

#[tokio::test]
async fn a_sign_out_forgets_the_known_cars() {
    let sim = slow_sim().await;
    let store = std::sync::Arc::new(volvo_api::store::MemoryStore::new());
    let dirs = TempDirs::new();
    let core = beacon_app::Core::start(options(&dirs, store, signed_in(&sim)))
        .await
        .unwrap();
    core.vehicles(false).await.unwrap();
    let file = dirs.data.join(KNOWN_CARS);
    assert!(file.exists());
    core.sign_out().await.unwrap();
    assert!(!file.exists(), "the cars outlived the sign-out");
}

#[tokio::test]
async fn cars_known_from_another_api_are_not_shown() {
    let sim = slow_sim().await;
    let first = app_with(signed_in(&sim), |_| {}).await;
    first.core.vehicles(false).await.unwrap();

    let other = slow_sim().await;
    let core = restart(&first, signed_in(&other)).await;
    assert!(
        core.cached_vehicles().is_empty(),
        "another API's cars were shown"
    );
    let cars = core.vehicles(false).await.unwrap();
    assert!(cars.iter().all(|c| !c.stale));
}

#[tokio::test]
async fn an_unreadable_file_only_costs_the_head_start() {
    let sim = slow_sim().await;
    let first = app_with(signed_in(&sim), |_| {}).await;
    first.core.vehicles(false).await.unwrap();
    let file = first.dirs.data.join(KNOWN_CARS);
    std::fs::write(&file, "{\"api\": 3").unwrap();

    let core = restart(&first, signed_in(&sim)).await;
    assert!(core.cached_vehicles().is_empty());
    let cars = core.vehicles(false).await.unwrap();
    assert_eq!(cars.len(), 3);
    // The fetch wrote a good file again.
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(kept["cars"].as_array().map(Vec::len), Some(3));
}
