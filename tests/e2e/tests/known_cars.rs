//! A signed-in start over a slow network: the window paints the cars known from the last start
//! at once, marked as not yet confirmed, and Volvo's answer then replaces them.

#![cfg(target_os = "linux")]

use std::time::Duration;

use beacon_e2e::{wait_until, E2e, Launch, WebDriver};
use serde_json::{json, Value};

const DEMO_FLEET: [&str; 3] = [
    "YV1XZK8V2P1234567",
    "YV4A22PL5N1234568",
    "YV1EX30A0R1234569",
];
const KNOWN_CARS: &str = "known-cars.json";

/// Each tile's VIN and whether it says it is not confirmed yet, in page order.
fn tiles_and_staleness(wd: &WebDriver) -> Vec<(String, String)> {
    let found = wd.execute(
        "return [...document.querySelectorAll('#tiles [data-vin]')]
           .map(t => [t.dataset.vin, t.dataset.stale || '',
                      t.querySelector('.badge').textContent]);",
        json!([]),
    );
    found
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|t| {
            let field = |i: usize| t[i].as_str().unwrap_or_default().to_owned();
            (field(0), format!("{}:{}", field(1), field(2)))
        })
        .collect()
}

fn all(wd: &WebDriver, stale: bool) -> Result<Vec<(String, String)>, String> {
    let tiles = tiles_and_staleness(wd);
    let vins: Vec<&str> = tiles.iter().map(|(v, _)| v.as_str()).collect();
    let wanted = if stale { "true:Last known" } else { "false:" };
    (vins == DEMO_FLEET && tiles.iter().all(|(_, s)| s.starts_with(wanted)))
        .then(|| tiles.clone())
        .ok_or_else(|| format!("{tiles:?}"))
}

#[test]
fn a_signed_in_start_paints_the_known_cars_before_volvo_answers() {
    let e2e = E2e::start("known_cars");
    // Every API call takes 1.5 s: the first start's fetch (a list, then three calls per car)
    // takes at least 3 s, and its tiles wait for it.
    let sim = e2e.sim(Some("api_latency_ms = 1500\n"));
    let known = {
        let first = e2e.launch(Launch::plain().with_test_token(&sim.info));
        wait_until("the first start's cars", Duration::from_secs(60), || {
            all(first.wd(), false)
        });
        wait_until(
            "the cars kept for the next start",
            Duration::from_secs(10),
            || {
                first
                    .data_file(KNOWN_CARS)
                    .ok_or_else(|| "not written".to_owned())
            },
        )
    };
    let kept: Value = serde_json::from_str(&known).expect("the kept cars are JSON");
    assert_eq!(kept["cars"].as_array().map(Vec::len), Some(3));
    assert!(!known.contains(&sim.info.api_key) && !known.contains(&sim.info.access_token));

    let second = e2e.launch(
        Launch::plain()
            .with_test_token(&sim.info)
            .data_file(KNOWN_CARS, &known),
    );
    let wd = second.wd();
    // The known cars, said to be from the last start: painted before this start's fetch
    // could have answered, which would have made them confirmed.
    wait_until("the known cars", Duration::from_secs(30), || all(wd, true));
    // Then Volvo's answer: the same cars, confirmed, with their availability again.
    let confirmed = wait_until("Volvo's answer", Duration::from_secs(60), || all(wd, false));
    assert!(
        confirmed.iter().any(|(_, s)| s == "false:Asleep"),
        "{confirmed:?}"
    );
}
