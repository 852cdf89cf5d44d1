//! A Swedish desktop: the words the page and the tray get from the core (errors, a run's
//! outcome, the history, a car's readiness) are Swedish, while kinds and statuses stay the
//! names scripts know. One test in this program: the language is the process's, read once.

mod common;

use beacon_app::input;
use beacon_app::views::OutcomeState;
use beacon_i18n::Lang;
use common::*;
use volvo_api::Command;
use volvo_sim::{Fault, FaultAction};

#[tokio::test]
async fn a_swedish_desktop_gets_swedish_words_and_the_same_kinds() {
    // Before anything reads the language; nothing else runs in this process yet.
    std::env::set_var("LANGUAGE", "sv_SE");
    let app = demo_app().await;
    assert_eq!(app.core.language(), Lang::Sv);

    // What a rejected IPC call sends to the page: `{kind, message}`.
    let refused = input::nickname(&"x".repeat(41)).unwrap_err();
    assert_eq!(
        serde_json::to_value(&refused).unwrap(),
        serde_json::json!({"kind": "invalid_input", "message": "Ett smeknamn får vara högst 40 tecken."})
    );

    let cars = app.core.vehicles(false).await.unwrap();
    let xc40 = cars.iter().find(|c| c.vin == XC40).unwrap();
    let ready = xc40.availability.as_ref().unwrap();
    assert_eq!(ready.available, Some(true));
    assert_eq!(ready.text, "Redo för kommandon");

    let path = format!("/connected-vehicle/v2/vehicles/{XC40}/commands/honk");
    app.sim()
        .add_fault(Fault::on("POST", &path, FaultAction::Delay { ms: 1500 }));
    let core = app.core.clone();
    let first = tokio::spawn(async move { core.send_command(&vin(XC40), Command::Honk).await });
    let mut events = app.core.subscribe();
    next_event(&mut events, "command-started").await;
    let pending = app.core.cached_vehicles();
    let pending = pending.iter().find(|c| c.vin == XC40).unwrap();
    assert_eq!(
        pending.last_outcome.as_ref().unwrap().message,
        "Ber bilen att tuta…"
    );
    let again = app
        .core
        .send_command(&vin(XC40), Command::Honk)
        .await
        .unwrap_err();
    assert_eq!(
        serde_json::to_value(&again).unwrap(),
        serde_json::json!({
            "kind": "already_in_flight",
            "message": "Väntar fortfarande på bilens svar på det senaste ”tuta”; det skickades inte igen."
        })
    );

    let done = first.await.unwrap().unwrap();
    assert_eq!(done.state, OutcomeState::Done);
    assert_eq!(done.status, "COMPLETED");
    assert_eq!(done.message, "Klart – bilen utförde kommandot.");
    assert_eq!(app.core.history()[0].outcome, done);
}
