//! The history on disk: capped, newest first, survives a restart, holds no secret.

mod common;

use std::sync::Arc;

use beacon_app::history::{History, HISTORY_LIMIT};
use beacon_app::views::{HistoryEntry, Outcome, OutcomeClass, OutcomeState};
use beacon_app::Core;
use common::*;
use volvo_api::sources::Given;
use volvo_api::store::MemoryStore;
use volvo_api::Command;
use volvo_sim::{MintOptions, Sim};

fn entry(i: u64) -> HistoryEntry {
    HistoryEntry {
        outcome: Outcome {
            run_id: i,
            vin: XC40.into(),
            command: Command::Flash,
            state: OutcomeState::Done,
            status: "COMPLETED".into(),
            outcome: Some(OutcomeClass::Succeeded),
            message: format!("number {i}"),
            advice: None,
            started_at: i,
            finished_at: Some(i + 1),
        },
        display_name: "XC40 Recharge".into(),
    }
}

#[test]
fn capped_at_fifty_newest_first_and_reloaded() {
    let dirs = TempDirs::new();
    let history = History::open(&dirs.data);
    for i in 0..60 {
        history.record(entry(i)).unwrap();
    }
    let entries = history.entries();
    assert_eq!(entries.len(), HISTORY_LIMIT);
    assert_eq!(entries[0].outcome.message, "number 59");
    assert_eq!(entries[49].outcome.message, "number 10");

    let reopened = History::open(&dirs.data);
    assert_eq!(reopened.entries(), entries);
    let leftovers: Vec<_> = std::fs::read_dir(&dirs.data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(leftovers, vec!["history.json"], "no temporary files left");
}

#[test]
fn a_broken_file_is_an_empty_history_not_a_crash() {
    let dirs = TempDirs::new();
    std::fs::create_dir_all(&dirs.data).unwrap();
    std::fs::write(dirs.data.join("history.json"), "{not json").unwrap();
    let history = History::open(&dirs.data);
    assert!(history.entries().is_empty());
    history.record(entry(1)).unwrap();
    assert_eq!(History::open(&dirs.data).entries().len(), 1);
    // What was there is kept aside, not discarded.
    let aside: Vec<_> = std::fs::read_dir(&dirs.data)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("history.json.broken-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read_to_string(&aside[0]).unwrap(), "{not json");
}

/// Signed in with an access token from the environment (like `BEACON_ACCESS_TOKEN` from the
/// simulator's export lines), so the test knows the token and key that must not leak.
#[tokio::test]
async fn outcomes_are_kept_across_restarts_without_secrets() {
    let sim = Sim::builder().start().await.unwrap();
    let token = sim.mint_access_token(MintOptions::default());
    let env = Given {
        api_url: Some(sim.api_url()),
        api_key: Some(sim.api_key().to_owned()),
        access_token: Some(token.clone()),
        ..Default::default()
    };
    let dirs = TempDirs::new();
    let store = Arc::new(MemoryStore::new());
    let core = Core::start(options(&dirs, store.clone(), env.clone()))
        .await
        .unwrap();
    let state = serde_json::to_value(core.app_state()).unwrap();
    assert_eq!(state["mode"], "account");
    assert_eq!(state["signedIn"], true);
    assert!(core.demo_sim().is_none(), "no simulator in account mode");

    core.vehicles(false).await.unwrap();
    core.set_nickname(&vin(XC40), Some("Green one".into()))
        .unwrap();
    let honk = core.send_command(&vin(XC40), Command::Honk).await.unwrap();
    let asleep = core.send_command(&vin(XC90), Command::Flash).await.unwrap();
    assert_eq!(asleep.status, "VEHICLE_IN_SLEEP");

    let text = std::fs::read_to_string(dirs.data.join("history.json")).unwrap();
    assert!(
        !text.contains(&token),
        "the access token is in the history file"
    );
    assert!(
        !text.contains(sim.api_key()),
        "the API key is in the history file"
    );

    let restarted = Core::start(options(&dirs, store, env)).await.unwrap();
    let entries = restarted.history();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].outcome, asleep);
    assert_eq!(entries[0].display_name, "XC90");
    assert_eq!(entries[1].outcome, honk);
    assert_eq!(entries[1].display_name, "Green one");
    let json = serde_json::to_value(&entries).unwrap();
    assert_eq!(json[0]["status"], "VEHICLE_IN_SLEEP");
    assert_eq!(json[1]["displayName"], "Green one");

    // Nothing the page can read holds a secret either.
    let everything = format!(
        "{} {} {} {}",
        serde_json::to_string(&restarted.app_state()).unwrap(),
        serde_json::to_string(&restarted.vehicles(false).await.unwrap()).unwrap(),
        serde_json::to_string(&entries).unwrap(),
        serde_json::to_string(&restarted.setup_status().await.unwrap()).unwrap(),
    );
    assert!(!everything.contains(&token));
    assert!(!everything.contains(sim.api_key()));
}
