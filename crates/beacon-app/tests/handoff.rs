//! Handing the app to a fresh process of itself (what the shell does when the window has
//! been closed): the next core knows the cars without a single API call, and nothing that only
//! this process can finish is ever cut off.

mod common;

use std::time::Duration;

use beacon_app::handoff::{Handoff, Stay};
use beacon_app::views::Mode;
use beacon_app::Options;
use common::*;
use volvo_api::Command;

/// The next process, as the shell starts it: the same folders, `--demo`, the handoff read
/// back from its JSON.
async fn next_process(app: &TestApp, json: &str) -> TestApp {
    let handoff = Handoff::from_json(json).expect("our own handoff reads back");
    let dirs = TempDirs::new();
    let opts = Options {
        force_demo: true,
        handoff: Some(handoff),
        ..options(&dirs, app.store.clone(), Default::default())
    };
    let core = beacon_app::Core::start(opts).await.unwrap();
    TestApp {
        core,
        dirs,
        store: app.store.clone(),
    }
}

#[tokio::test]
async fn the_next_process_knows_the_cars_without_an_api_call() {
    let app = demo_app().await;
    let before = app.core.vehicles(false).await.unwrap();
    app.core
        .set_nickname(&vin(XC40), Some("Green one".into()))
        .unwrap();
    let handoff = app.core.handoff().expect("an idle demo can be handed over");
    assert_eq!(handoff.mode, Mode::Demo);
    let json = handoff.to_json();
    for secret in [app.sim().api_key(), app.sim().client_secret()] {
        assert!(!json.contains(secret), "a secret in the handoff");
    }

    let next = next_process(&app, &json).await;
    // The start-up load runs in the background: give it time to (not) ask.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let after = next.core.vehicles(false).await.unwrap();
    let api_calls = next
        .sim()
        .requests()
        .iter()
        .filter(|r| r.kind == "api")
        .count();
    assert_eq!(api_calls, 0, "{:?}", next.sim().requests());
    assert_eq!(after.len(), before.len());
    for (a, b) in before.iter().zip(&after) {
        assert_eq!(a.vin, b.vin);
        assert_eq!(a.model, b.model);
        assert_eq!(a.commands, b.commands);
        assert_eq!(a.missing_note, b.missing_note);
        assert_eq!(a.availability, b.availability);
    }

    // Availability was checked moments ago, so coming back to the window asks for nothing.
    next.core.refresh_availability(false).await.unwrap();
    let api_calls = next.sim().requests().len();
    assert_eq!(api_calls, 0, "availability refetched after the handoff");

    // And the cars work: one honk, one POST.
    let outcome = next
        .core
        .send_command(&vin(XC40), Command::Flash)
        .await
        .unwrap();
    assert_eq!(outcome.status, "COMPLETED");
    assert_eq!(count(&next.sim().requests(), "POST", "/commands/flash"), 1);
}

/// Started in the tray, the demo never showed a picture; its simulator ends with its process.
/// The next process (the window) asks its own simulator for them.
#[tokio::test]
async fn the_demo_pictures_come_from_the_next_process_own_simulator() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    let json = app.core.handoff().unwrap().to_json();
    let old_port = app.sim().addr().port().to_string();
    assert!(
        json.contains(&old_port),
        "the demo's picture addresses name its simulator"
    );

    let next = next_process(&app, &json).await;
    drop(app);
    let picture = next.core.vehicle_image(&vin(XC40)).await;
    assert!(
        picture.is_some_and(|p| p.starts_with("data:image/")),
        "no picture after the handoff"
    );
    let asked = next
        .sim()
        .requests()
        .iter()
        .filter(|r| r.path.starts_with("/images/exterior/"))
        .count();
    assert_eq!(asked, 1, "{:?}", next.sim().requests());
}

#[tokio::test]
async fn a_command_waiting_for_the_car_keeps_this_process() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    let core = app.core.clone();
    // The demo XC40 answers after 1.2 s.
    let honk = tokio::spawn(async move { core.send_command(&vin(XC40), Command::Honk).await });
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        app.core.handoff().err(),
        Some(Stay::Busy("a command is waiting for the car's answer"))
    );
    honk.await.unwrap().unwrap();
    assert!(
        app.core.handoff().is_ok(),
        "handed over once the car answered"
    );
}

#[tokio::test]
async fn a_test_access_token_is_never_handed_over() {
    let sim = volvo_sim::Sim::builder().start().await.unwrap();
    let token = sim.mint_access_token(volvo_sim::MintOptions::default());
    let env = volvo_api::sources::Given {
        api_url: Some(sim.api_url()),
        api_key: Some(sim.api_key().to_owned()),
        access_token: Some(token),
        ..Default::default()
    };
    let app = app_with(env, |_| {}).await;
    app.core.vehicles(false).await.unwrap();
    assert!(matches!(app.core.handoff(), Err(Stay::Always(_))));
}

#[tokio::test]
async fn a_handoff_for_another_mode_is_not_used() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    let mut handoff = app.core.handoff().unwrap();
    handoff.mode = Mode::Account;
    let next = next_process(&app, &handoff.to_json()).await;
    next.core.vehicles(false).await.unwrap();
    assert!(
        count(&next.sim().requests(), "GET", "/vehicles") >= 1,
        "the demo's cars were fetched, not taken from an account's handoff"
    );
}

#[test]
fn a_bad_handoff_is_refused_in_plain_words() {
    for (text, says) in [
        ("{", "not readable"),
        (
            r#"{"mode":"demo","cars":[{"vin":"not a vin"}]}"#,
            "not readable",
        ),
        (r#"{"mode":"party","cars":[]}"#, "not readable"),
    ] {
        let e = Handoff::from_json(text).unwrap_err();
        assert_eq!(e.kind(), "invalid_input");
        assert!(e.to_string().contains(says), "{e}");
    }
    let huge = format!(
        r#"{{"mode":"demo","cars":[],"x":"{}"}}"#,
        "a".repeat(70_000)
    );
    assert!(Handoff::from_json(&huge)
        .unwrap_err()
        .to_string()
        .contains("limit"));
    let commands = r#"{"mode":"demo","cars":[{"vin":"YV1XZK8V2P1234567","details":null,
        "commands":["HONK","FLASH","HONK"],"missingNote":null,"availability":null,
        "availabilityAgeMs":null}]}"#;
    let handoff = Handoff::from_json(commands).unwrap();
    let car = beacon_app::fleet::Car::from(handoff.cars[0].clone());
    assert_eq!(car.commands, vec![Command::Flash, Command::Honk]);
}

/// The limit is checked by the process that hands over too, before it lets go of anything: a
/// handoff the next process would refuse is never sent.
#[test]
fn an_oversized_handoff_is_refused_before_it_is_sent() {
    let car = |n: usize| {
        serde_json::json!({
            "vin": format!("YV1XZK8V2P{n:07}"),
            "details": null,
            "commands": ["HONK"],
            "missingNote": "x".repeat(2_000),
            "availability": null,
            "availabilityAgeMs": null
        })
    };
    let few = serde_json::json!({"mode": "demo", "cars": (0..3).map(car).collect::<Vec<_>>()});
    let handoff = Handoff::from_json(&few.to_string()).unwrap();
    let json = handoff.to_checked_json().expect("three cars fit");
    assert!(Handoff::from_json(&json).is_ok());

    let mut many = handoff.clone();
    for _ in 0..12 {
        many.cars.extend(handoff.cars.iter().cloned());
    }
    let refused = many.to_checked_json().unwrap_err();
    assert!(refused.to_string().contains("limit"), "{refused}");
    assert!(
        Handoff::from_json(&many.to_json()).is_err(),
        "the next process agrees"
    );
}
