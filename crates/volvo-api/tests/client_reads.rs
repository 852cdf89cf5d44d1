//! Every read endpoint against the simulator, over real sockets.

mod common;

use common::*;
use volvo_api::{Availability, Command, CommandName, UnavailableReason};

#[tokio::test]
async fn lists_the_fleet() {
    let sim = start_sim("").await;
    let vins = client(&sim).list_vehicles().await.unwrap();
    let names: Vec<&str> = vins.iter().map(|v| v.as_str()).collect();
    assert_eq!(names, [READY, ASLEEP, NO_HONK, READ_ONLY]);
}

#[tokio::test]
async fn details_decode_model_year_colour_and_images() {
    let sim = start_sim("").await;
    let details = client(&sim).vehicle_details(&vin(READY)).await.unwrap();
    assert_eq!(details.model(), Some("XC40 Recharge"));
    assert_eq!(details.model_year, Some(2023));
    assert_eq!(details.external_colour.as_deref(), Some("Sage Green"));
    assert_eq!(details.fuel_type.as_deref(), Some("ELECTRIC"));
    let image = details.images.exterior_image_url.expect("exterior image");
    assert!(image.starts_with(&sim.base_url()), "{image}");
}

#[tokio::test]
async fn commands_list_what_the_car_supports_only() {
    let sim = start_sim("").await;
    let c = client(&sim);
    let ready: Vec<Command> = c
        .commands(&vin(READY))
        .await
        .unwrap()
        .iter()
        .filter_map(|i| i.command.as_command())
        .collect();
    assert_eq!(ready.len(), 3);
    for cmd in Command::ALL {
        assert!(ready.contains(&cmd), "{cmd} missing");
    }
    let ex30 = c.commands(&vin(NO_HONK)).await.unwrap();
    let names: Vec<&CommandName> = ex30.iter().map(|i| &i.command).collect();
    assert_eq!(names, [&CommandName::Lock, &CommandName::Unlock]);
    assert!(ex30.iter().all(|i| i.command.as_command().is_none()));
}

#[tokio::test]
async fn accessibility_tells_asleep_from_ready() {
    let sim = start_sim("").await;
    let c = client(&sim);
    let ready = c.command_accessibility(&vin(READY)).await.unwrap();
    assert_eq!(ready.availability, Availability::Available);
    assert!(ready.is_available());
    let asleep = c.command_accessibility(&vin(ASLEEP)).await.unwrap();
    assert_eq!(asleep.availability, Availability::Unavailable);
    assert_eq!(
        asleep.unavailable_reason,
        Some(UnavailableReason::PowerSavingMode)
    );
    assert!(!asleep.is_available());
}

#[tokio::test]
async fn every_request_carries_its_own_uuid_operation_id() {
    let sim = start_sim("").await;
    let c = client(&sim);
    c.list_vehicles().await.unwrap();
    c.vehicle_details(&vin(READY)).await.unwrap();
    c.send_command(&vin(READY), Command::Flash).await.unwrap();
    let ids: Vec<String> = api_requests(&sim)
        .into_iter()
        .map(|r| r.operation_id.expect("operation id sent"))
        .collect();
    assert_eq!(ids.len(), 3);
    for id in &ids {
        assert!(uuid::Uuid::parse_str(id).is_ok(), "{id} is not a UUID");
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 3, "operation ids must differ: {ids:?}");
}
