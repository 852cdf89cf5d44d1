//! Sending honk/flash through the app core against the simulator: events, plain words,
//! errors, and never sending twice.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use beacon_app::views::{AppEvent, OutcomeClass, OutcomeState};
use common::*;
use volvo_api::Command;
use volvo_sim::{Fault, FaultAction};

fn command_path(vin: &str, segment: &str) -> String {
    format!("/connected-vehicle/v2/vehicles/{vin}/commands/{segment}")
}

#[tokio::test]
async fn a_command_emits_started_then_finished_with_the_status_verbatim() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    let mut events = app.core.subscribe();

    let outcome = app
        .core
        .send_command(&vin(XC40), Command::Honk)
        .await
        .unwrap();
    assert_eq!(outcome.state, OutcomeState::Done);
    assert_eq!(outcome.status, "COMPLETED");
    assert_eq!(outcome.outcome, Some(OutcomeClass::Succeeded));
    assert_eq!(outcome.message, "The car did it.");
    assert!(outcome.finished_at.unwrap() >= outcome.started_at);

    let AppEvent::CommandStarted(started) = next_event(&mut events, "command-started").await else {
        unreachable!()
    };
    assert_eq!(started.state, OutcomeState::Pending);
    assert_eq!(started.vin, XC40);
    assert_eq!(started.command, Command::Honk);
    let finished = next_event(&mut events, "command-finished").await;
    assert_eq!(finished, AppEvent::CommandFinished(outcome.clone()));
    let payload = finished.payload();
    assert_eq!(payload["state"], "done");
    assert_eq!(payload["status"], "COMPLETED");
    assert_eq!(payload["command"], "HONK");

    // The tile shows it too, e.g. after the window was closed and opened again.
    let cars = app.core.vehicles(false).await.unwrap();
    let xc40 = cars.iter().find(|c| c.vin == XC40).unwrap();
    assert_eq!(xc40.last_outcome.as_ref(), Some(&outcome));
    assert!(xc40.in_flight.is_empty());

    let posts = count(&app.sim().requests(), "POST", &command_path(XC40, "honk"));
    assert_eq!(posts, 1);
}

#[tokio::test]
async fn an_asleep_car_is_explained() {
    let app = demo_app().await;
    let outcome = app
        .core
        .send_command(&vin(XC90), Command::HonkAndFlash)
        .await
        .unwrap();
    assert_eq!(outcome.status, "VEHICLE_IN_SLEEP");
    assert_eq!(outcome.outcome, Some(OutcomeClass::Failed));
    assert!(
        outcome.message.contains("power-saving mode"),
        "{}",
        outcome.message
    );
    let advice = outcome.advice.unwrap();
    assert!(advice.contains("unlocked with the key"), "{advice}");
    assert_eq!(
        count(
            &app.sim().requests(),
            "POST",
            &command_path(XC90, "honk-flash")
        ),
        1
    );
}

#[tokio::test]
async fn a_second_click_while_in_flight_sends_nothing() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    app.sim().add_fault(Fault::on(
        "POST",
        &command_path(XC40, "flash"),
        FaultAction::Delay { ms: 1500 },
    ));
    let mut events = app.core.subscribe();
    let core = app.core.clone();
    let first = tokio::spawn(async move { core.send_command(&vin(XC40), Command::Flash).await });
    next_event(&mut events, "command-started").await;

    let second = app
        .core
        .send_command(&vin(XC40), Command::Flash)
        .await
        .unwrap_err();
    assert_eq!(second.kind(), "already_in_flight");
    assert!(second.to_string().contains("not sent again"), "{second}");
    let cars = app.core.cached_vehicles();
    let xc40 = cars.iter().find(|c| c.vin == XC40).unwrap();
    assert_eq!(xc40.in_flight, vec![Command::Flash]);
    let in_flight = xc40.last_outcome.clone().unwrap();
    assert_eq!(in_flight.state, OutcomeState::Pending);

    // Nor any other command for the same car: Flash then Honk and flash would flash twice.
    // The refusal names the flash still under way.
    let honk_flash = app
        .core
        .send_command(&vin(XC40), Command::HonkAndFlash)
        .await
        .unwrap_err();
    assert_eq!(honk_flash.kind(), "already_in_flight");
    assert!(
        honk_flash.to_string().contains("Already sending"),
        "{honk_flash}"
    );
    // Another car is not held back.
    let other = app
        .core
        .send_command(&vin(XC90), Command::Honk)
        .await
        .unwrap();
    assert_eq!(other.state, OutcomeState::Done);

    let first = first.await.unwrap().unwrap();
    assert_eq!(first.status, "COMPLETED");
    assert_eq!(first.run_id, in_flight.run_id, "the same run");
    assert_ne!(first.run_id, other.run_id);
    let log = app.sim().requests();
    assert_eq!(count(&log, "POST", &command_path(XC40, "flash")), 1);
    assert_eq!(count(&log, "POST", &command_path(XC40, "honk-flash")), 0);
    assert_eq!(count(&log, "POST", &command_path(XC90, "honk")), 1);

    // Once finished, the next click sends again.
    app.core
        .send_command(&vin(XC40), Command::Flash)
        .await
        .unwrap();
    assert_eq!(
        count(&app.sim().requests(), "POST", &command_path(XC40, "flash")),
        2
    );
}

#[tokio::test]
async fn quota_and_rate_limit_become_plain_errors() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    app.sim().add_fault(Fault::on(
        "POST",
        &command_path(XC40, "honk"),
        FaultAction::Status {
            status: 403,
            body: r#"{"statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 06:40:24."}"#.into(),
            headers: BTreeMap::new(),
        },
    ));
    let quota = app
        .core
        .send_command(&vin(XC40), Command::Honk)
        .await
        .unwrap();
    assert_eq!(quota.status, "error:quota_exceeded");
    assert_eq!(quota.outcome, Some(OutcomeClass::Error));
    assert!(quota.message.contains("6 h 40 min"), "{}", quota.message);
    assert!(
        quota.message.contains("still signed in"),
        "{}",
        quota.message
    );
    assert_eq!(
        serde_json::to_value(app.core.app_state()).unwrap()["mode"],
        "demo"
    );

    app.sim().add_fault(Fault::on(
        "POST",
        &command_path(XC40, "flash"),
        FaultAction::Status {
            status: 429,
            body: r#"{"error": {"message": "Too many requests"}}"#.into(),
            headers: BTreeMap::from([("retry-after".to_owned(), "30".to_owned())]),
        },
    ));
    let limited = app
        .core
        .send_command(&vin(XC40), Command::Flash)
        .await
        .unwrap();
    assert_eq!(limited.status, "error:rate_limited");
    assert!(limited.message.contains("30 s"), "{}", limited.message);
}

#[tokio::test]
async fn a_dropped_connection_says_the_car_may_have_acted() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    app.sim().add_fault(Fault::on(
        "POST",
        &command_path(XC40, "honk"),
        FaultAction::Reset,
    ));
    let outcome = app
        .core
        .send_command(&vin(XC40), Command::Honk)
        .await
        .unwrap();
    assert_eq!(outcome.status, "error:network");
    assert!(outcome.advice.unwrap().contains("Check the car"));
    assert_eq!(
        count(&app.sim().requests(), "POST", &command_path(XC40, "honk")),
        1
    );
}

#[tokio::test]
async fn unsupported_commands_and_unknown_cars_are_refused_before_sending() {
    let app = demo_app().await;
    let err = app
        .core
        .send_command(&vin(EX30), Command::Honk)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "invalid_input");
    let err = app
        .core
        .send_command(&vin("YV1AAAAAAAA000000"), Command::Honk)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "invalid_input");
    assert_eq!(count(&app.sim().requests(), "POST", "/honk"), 0);
}

#[tokio::test]
async fn an_abandoned_caller_does_not_cancel_the_command() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    let mut events = app.core.subscribe();
    let core = app.core.clone();
    let caller = tokio::spawn(async move { core.send_command(&vin(XC40), Command::Flash).await });
    next_event(&mut events, "command-started").await;
    caller.abort();
    let AppEvent::CommandFinished(done) = next_event(&mut events, "command-finished").await else {
        unreachable!()
    };
    assert_eq!(done.status, "COMPLETED");
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(app.core.history()[0].outcome, done);
}
