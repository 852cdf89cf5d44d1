//! The app sends a command where the car's own command list says (its `href`), also for cars
//! known from the last start, and never where that list points outside the API.

mod common;

use common::*;
use volvo_api::Command;
use volvo_sim::{Scenario, Sim, SimHandle};

const OWN_PATHS: &str = "YV1OWNPATHS000001";

async fn sim(toml: &str) -> SimHandle {
    Sim::builder()
        .scenario(Scenario::from_toml_str(toml).unwrap())
        .start()
        .await
        .unwrap()
}

fn posts(sim: &SimHandle) -> Vec<(String, u16)> {
    sim.requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .map(|r| (r.path, r.status))
        .collect()
}

const OWN_PATHS_CAR: &str = r#"
[[vehicles]]
vin = "YV1OWNPATHS000001"
model = "XC60"
command_paths = { HONK_AND_FLASH = "honk-and-flash" }
"#;

#[tokio::test]
async fn honk_and_flash_goes_to_the_cars_own_path_also_after_a_restart() {
    let sim = sim(OWN_PATHS_CAR).await;
    let app = app_with(signed_in(&sim), |_| {}).await;
    let vin = vin(OWN_PATHS);
    app.core.vehicles(false).await.unwrap();
    let outcome = app
        .core
        .send_command(&vin, Command::HonkAndFlash)
        .await
        .unwrap();
    assert_eq!(outcome.status, "COMPLETED", "{outcome:?}");
    let own = format!("/connected-vehicle/v2/vehicles/{OWN_PATHS}/commands/honk-and-flash");
    assert_eq!(posts(&sim), [(own.clone(), 200)]);

    // The next start knows the car from the last one, command list included.
    let next = beacon_app::Core::start(options(&app.dirs, app.store.clone(), signed_in(&sim)))
        .await
        .unwrap();
    assert!(next.cached_vehicles().iter().all(|c| c.stale));
    let outcome = next
        .send_command(&vin, Command::HonkAndFlash)
        .await
        .unwrap();
    assert_eq!(outcome.status, "COMPLETED", "{outcome:?}");
    assert_eq!(posts(&sim), [(own.clone(), 200), (own, 200)]);
}

#[tokio::test]
async fn a_list_that_points_elsewhere_is_not_followed() {
    let sim = sim(&format!(
        "{OWN_PATHS_CAR}command_hrefs = {{ FLASH = \"https://evil.example/connected-vehicle/v2/vehicles/{OWN_PATHS}/commands/flash\" }}\n"
    ))
    .await;
    let app = app_with(signed_in(&sim), |_| {}).await;
    app.core.vehicles(false).await.unwrap();
    let outcome = app
        .core
        .send_command(&vin(OWN_PATHS), Command::Flash)
        .await
        .unwrap();
    assert_eq!(outcome.status, "COMPLETED", "{outcome:?}");
    assert_eq!(
        posts(&sim),
        [(
            format!("/connected-vehicle/v2/vehicles/{OWN_PATHS}/commands/flash"),
            200
        )]
    );
}
