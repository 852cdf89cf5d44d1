//! The demo fleet as the page sees it, and how often availability is asked for.

mod common;

use std::time::Duration;

use common::*;
use volvo_api::Command;

#[tokio::test]
async fn demo_fleet_loads_with_the_right_buttons() {
    let app = demo_app().await;
    let state = app.core.app_state();
    assert_eq!(serde_json::to_value(&state).unwrap()["mode"], "demo");
    assert!(!state.signed_in);

    let cars = app.core.vehicles(false).await.unwrap();
    assert_eq!(cars.len(), 3);
    let car = |vin: &str| cars.iter().find(|c| c.vin == vin).unwrap();

    let xc40 = car(XC40);
    assert_eq!(xc40.model.as_deref(), Some("XC40 Recharge"));
    assert_eq!(xc40.model_year, Some(2023));
    assert_eq!(xc40.colour.as_deref(), Some("Sage Green"));
    assert_eq!(xc40.masked_vin, "•••••••••••234567");
    assert_eq!(xc40.display_name, "XC40 Recharge");
    assert_eq!(
        xc40.commands,
        vec![Command::Flash, Command::Honk, Command::HonkAndFlash]
    );
    assert_eq!(xc40.missing_note, None);
    assert_eq!(xc40.availability.as_ref().unwrap().available, Some(true));

    let xc90 = car(XC90);
    let availability = xc90.availability.as_ref().unwrap();
    assert_eq!(availability.available, Some(false));
    // One short line on the chip; the explanation goes with it for the tooltip.
    assert_eq!(availability.text, "Asleep");
    assert!(
        availability.detail.contains("wakes when used"),
        "{}",
        availability.detail
    );

    let ex30 = car(EX30);
    assert!(ex30.commands.is_empty());
    let note = ex30.missing_note.as_deref().unwrap();
    assert!(note.contains("honk or flash"), "{note}");

    let json = serde_json::to_value(ex30).unwrap();
    assert_eq!(json["commands"], serde_json::json!([]));
    for key in [
        "maskedVin",
        "modelYear",
        "fuelType",
        "displayName",
        "missingNote",
        "inFlight",
        "lastOutcome",
    ] {
        assert!(json.get(key).is_some(), "{key} missing from {json}");
    }
    assert_eq!(
        serde_json::to_value(xc40).unwrap()["commands"],
        serde_json::json!(["FLASH", "HONK", "HONK_AND_FLASH"])
    );
}

#[tokio::test]
async fn vehicles_are_cached_until_refresh_is_asked_for() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    app.core.vehicles(false).await.unwrap();
    let log = app.sim().requests();
    assert_eq!(count(&log, "GET", "/vehicles"), 1);
    assert_eq!(count(&log, "GET", "/commands"), 3);

    app.core.vehicles(true).await.unwrap();
    assert_eq!(count(&app.sim().requests(), "GET", "/vehicles"), 2);
}

#[tokio::test]
async fn availability_is_not_refetched_within_five_minutes() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    let accessibility =
        |app: &TestApp| count(&app.sim().requests(), "GET", "/command-accessibility");
    assert_eq!(accessibility(&app), 3);

    for _ in 0..3 {
        let cars = app.core.refresh_availability(false).await.unwrap();
        assert_eq!(cars.len(), 3);
    }
    assert_eq!(accessibility(&app), 3, "checked again within 5 minutes");

    app.core.refresh_availability(true).await.unwrap();
    assert_eq!(accessibility(&app), 6, "force checks every car");
}

#[tokio::test]
async fn availability_is_refetched_once_it_is_old() {
    let app = app_with(Default::default(), |o| {
        o.availability_max_age = Duration::from_millis(1000)
    })
    .await;
    app.core.vehicles(false).await.unwrap();
    let accessibility =
        |app: &TestApp| count(&app.sim().requests(), "GET", "/command-accessibility");
    app.core.refresh_availability(false).await.unwrap();
    assert_eq!(accessibility(&app), 3);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    app.core.refresh_availability(false).await.unwrap();
    assert_eq!(accessibility(&app), 6);
}

#[tokio::test]
async fn car_pictures_come_as_data_urls_and_are_cached_on_disk() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    let picture = app.core.vehicle_image(&vin(XC40)).await.unwrap();
    assert!(
        picture.starts_with("data:image/png;base64,"),
        "{}",
        &picture[..40]
    );
    assert_eq!(
        count(&app.sim().requests(), "GET", &format!("/{XC40}.png")),
        1
    );
    // Asked again: memory. A new core over the same folders: disk.
    assert_eq!(app.core.vehicle_image(&vin(XC40)).await.unwrap(), picture);
    let cached: Vec<_> = std::fs::read_dir(app.dirs.data.join("car-pictures"))
        .unwrap()
        .collect();
    assert_eq!(cached.len(), 1);
    let name = cached[0].as_ref().unwrap().file_name();
    assert!(!name.to_string_lossy().contains(XC40), "VIN in a file name");
    assert_eq!(
        count(&app.sim().requests(), "GET", &format!("/{XC40}.png")),
        1
    );
}

#[tokio::test]
async fn an_unknown_car_has_no_picture_and_no_error() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    assert_eq!(
        app.core.vehicle_image(&vin("YV1AAAAAAAA000000")).await,
        None
    );
}

#[tokio::test]
async fn nicknames_are_validated_shown_and_kept() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    let mut events = app.core.subscribe();
    let car = app
        .core
        .set_nickname(
            &vin(XC40),
            beacon_app::input::nickname("  Green one ").unwrap(),
        )
        .unwrap();
    assert_eq!(car.display_name, "Green one");
    assert_eq!(car.nickname.as_deref(), Some("Green one"));
    next_event(&mut events, "vehicles-changed").await;
    let settings = std::fs::read_to_string(app.dirs.config.join("settings.toml")).unwrap();
    assert!(settings.contains("Green one"), "{settings}");

    let car = app.core.set_nickname(&vin(XC40), None).unwrap();
    assert_eq!(car.display_name, "XC40 Recharge");

    let err = app
        .core
        .set_nickname(&vin("YV1AAAAAAAA000000"), Some("x".into()))
        .unwrap_err();
    assert_eq!(err.kind(), "invalid_input");
}
