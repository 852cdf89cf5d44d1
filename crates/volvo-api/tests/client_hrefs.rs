//! Commands go where the car's own command list says, as long as that is this API and this
//! car; anywhere else, the documented path.

mod common;

use common::*;
use url::Url;
use volvo_api::{Client, Command, CommandTarget, InvokeStatus};
use volvo_sim::{Behaviour, Scenario, Sim, SimHandle};

/// Serves every command at a path of its own; the sim lists the first and third relative
/// (`/v2/...`) and the second absolute.
const OWN_PATHS: &str = "YV1OWNPATHS000001";
/// Serves the documented paths but lists hrefs that must not be followed.
const BAD_HREFS: &str = "YV1BADHREFS000002";

/// The simulator's host on a port where nothing listens: following it would fail to connect.
const OTHER_PORT: &str = "http://127.0.0.1:1/connected-vehicle/v2";

fn scenario() -> Scenario {
    let mut scenario = fast_scenario("");
    let template = scenario.vehicles[0].clone();
    let mut own = template.clone();
    own.vin = OWN_PATHS.into();
    own.behaviour = Behaviour::Completes;
    own.commands = vec!["HONK".into(), "HONK_AND_FLASH".into(), "FLASH".into()];
    for (name, path) in [
        ("HONK", "beep"),
        ("HONK_AND_FLASH", "honk-and-flash"),
        ("FLASH", "blink"),
    ] {
        own.command_paths.insert(name.into(), path.into());
    }
    let mut bad = template;
    bad.vin = BAD_HREFS.into();
    bad.commands = vec!["HONK".into(), "HONK_AND_FLASH".into(), "FLASH".into()];
    for (name, href) in [
        (
            "HONK",
            format!("https://evil.example/connected-vehicle/v2/vehicles/{BAD_HREFS}/commands/honk"),
        ),
        (
            "FLASH",
            format!("{OTHER_PORT}/vehicles/{BAD_HREFS}/commands/flash"),
        ),
        (
            "HONK_AND_FLASH",
            format!("/v2/vehicles/{READY}/commands/honk-flash"),
        ),
    ] {
        bad.command_hrefs.insert(name.into(), href);
    }
    scenario.vehicles.extend([own, bad]);
    scenario
}

async fn start() -> (SimHandle, Client) {
    let sim = Sim::builder()
        .scenario(scenario())
        .start()
        .await
        .expect("simulator starts");
    let client = client(&sim);
    (sim, client)
}

fn post_paths(sim: &SimHandle) -> Vec<String> {
    api_requests(sim)
        .into_iter()
        .filter(|r| r.method == "POST")
        .map(|r| r.path)
        .collect()
}

#[tokio::test]
async fn commands_follow_the_cars_own_relative_and_absolute_hrefs() {
    let (sim, client) = start().await;
    let car = vin(OWN_PATHS);
    let listed = client.commands(&car).await.unwrap();
    let targets = client.command_targets(&car, &listed);
    assert_eq!(
        targets.iter().map(|t| t.command()).collect::<Vec<_>>(),
        Command::ALL
    );
    assert!(targets.iter().all(|t| t.follows_href()));
    for target in &targets {
        let result = client.send_command_to(target).await.unwrap();
        assert_eq!(result.invoke_status, InvokeStatus::Completed);
        assert_eq!(result.command, target.command());
    }
    assert_eq!(
        post_paths(&sim),
        [
            command_path(OWN_PATHS, "blink"),
            command_path(OWN_PATHS, "beep"),
            command_path(OWN_PATHS, "honk-and-flash"),
        ]
    );
}

#[tokio::test]
async fn the_documented_path_alone_misses_such_a_car() {
    let (sim, client) = start().await;
    let error = client
        .send_command(&vin(OWN_PATHS), Command::HonkAndFlash)
        .await
        .unwrap_err();
    assert!(!error.to_string().is_empty());
    assert_eq!(post_paths(&sim), [command_path(OWN_PATHS, "honk-flash")]);
    let listed = client.commands(&vin(OWN_PATHS)).await.unwrap();
    let target = client.command_target(&vin(OWN_PATHS), Command::HonkAndFlash, &listed);
    client.send_command_to(&target).await.unwrap();
    assert_eq!(
        post_paths(&sim)[1],
        command_path(OWN_PATHS, "honk-and-flash")
    );
}

#[tokio::test]
async fn hrefs_to_another_host_port_or_car_fall_back_to_the_documented_path() {
    let (sim, client) = start().await;
    assert!(sim.api_url().starts_with("http://127.0.0.1:"));
    let car = vin(BAD_HREFS);
    let listed = client.commands(&car).await.unwrap();
    assert!(listed.iter().any(|i| i
        .href
        .as_deref()
        .is_some_and(|h| h.contains("evil.example"))));
    for command in Command::ALL {
        let target = client.command_target(&car, command, &listed);
        assert!(!target.follows_href(), "{command}");
        let result = client.send_command_to(&target).await.unwrap();
        assert_eq!(result.invoke_status, InvokeStatus::Completed);
    }
    assert_eq!(
        post_paths(&sim),
        [
            command_path(BAD_HREFS, "flash"),
            command_path(BAD_HREFS, "honk"),
            command_path(BAD_HREFS, "honk-flash"),
        ]
    );
}

#[tokio::test]
async fn a_target_made_for_another_api_base_is_sent_to_this_ones_documented_path() {
    let (sim, client) = start().await;
    let elsewhere = Url::parse("https://evil.example/connected-vehicle/v2").unwrap();
    let foreign = CommandTarget::documented(&elsewhere, &vin(READY), Command::Flash);
    let result = client.send_command_to(&foreign).await.unwrap();
    assert_eq!(result.invoke_status, InvokeStatus::Completed);
    assert_eq!(post_paths(&sim), [command_path(READY, "flash")]);
}

#[tokio::test]
async fn a_car_without_honk_or_flash_has_no_targets() {
    let (_sim, client) = start().await;
    let listed = client.commands(&vin(NO_HONK)).await.unwrap();
    assert!(!listed.is_empty());
    assert!(client.command_targets(&vin(NO_HONK), &listed).is_empty());
}
