//! End to end through real processes: `beacon sim --json` in one, the other `beacon`
//! invocations configured only from what it printed.

mod common;

use common::{assert_error, beacon, beacon_at, run_json, run_text, SpawnedSim};
use serde_json::{json, Value};

const XC40: &str = "YV1XZK8V2P1234567";
const XC90: &str = "YV4A22PL5N1234568";
const EX30: &str = "YV1EX30A0R1234569";

#[test]
fn sim_json_line_has_every_setting() {
    let (_sim, info, target) = SpawnedSim::start_json();
    for field in [
        "url",
        "apiUrl",
        "apiKey",
        "accessToken",
        "authUrl",
        "tokenUrl",
        "clientId",
        "clientSecret",
    ] {
        let value = info[field].as_str().unwrap_or_default();
        assert!(!value.is_empty(), "{field} missing in {info}");
    }
    let url = info["url"].as_str().unwrap();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(
        !url.ends_with(":0"),
        "the real port is printed, not 0: {url}"
    );
    assert_eq!(target.api_url, format!("{url}/connected-vehicle/v2"));
}

#[test]
fn vehicles_json_lists_the_demo_fleet() {
    let (_sim, _info, target) = SpawnedSim::start_json();
    let run = run_json(beacon_at(&target), &["vehicles"]);
    assert_eq!(run.code, 0, "{run:#?}");
    let cars = run.json.as_array().expect("an array of cars");
    assert_eq!(cars.len(), 3, "{}", run.json);
    let car = |vin: &str| -> &Value {
        cars.iter()
            .find(|c| c["vin"] == vin)
            .unwrap_or_else(|| panic!("{vin} missing in {}", run.json))
    };

    let xc40 = car(XC40);
    assert_eq!(xc40["model"], "XC40 Recharge");
    assert_eq!(xc40["modelYear"], 2023);
    assert_eq!(xc40["colour"], "Sage Green");
    assert_eq!(xc40["fuelType"], "ELECTRIC");
    assert_eq!(
        xc40["commands"],
        json!([
            "LOCK",
            "UNLOCK",
            "HONK",
            "FLASH",
            "HONK_AND_FLASH",
            "CLIMATIZATION_START",
            "CLIMATIZATION_STOP"
        ])
    );
    assert_eq!(
        xc40["beaconCommands"],
        json!(["HONK", "FLASH", "HONK_AND_FLASH"])
    );

    let xc90 = car(XC90);
    assert_eq!(xc90["model"], "XC90");
    assert_eq!(xc90["modelYear"], 2022);
    assert_eq!(xc90["fuelType"], "PETROL/ELECTRIC");
    assert_eq!(
        xc90["commands"],
        json!(["LOCK", "UNLOCK", "HONK", "FLASH", "HONK_AND_FLASH"])
    );
    assert_eq!(
        xc90["beaconCommands"],
        json!(["HONK", "FLASH", "HONK_AND_FLASH"])
    );

    let ex30 = car(EX30);
    assert_eq!(ex30["model"], "EX30");
    assert_eq!(ex30["colour"], "Cloud Blue");
    assert_eq!(ex30["commands"], json!(["LOCK", "UNLOCK"]));
    assert_eq!(ex30["beaconCommands"], json!([]));
}

#[test]
fn vehicles_human_output_has_a_block_per_car() {
    let (_sim, _info, target) = SpawnedSim::start_json();
    let (code, stdout, stderr) = run_text(beacon_at(&target), &["vehicles"]);
    assert_eq!(code, 0, "{stderr}");
    for expected in [
        "XC40 Recharge 2023, Sage Green",
        XC40,
        "XC90 2022, Denim Blue",
        XC90,
        "EX30 2024, Cloud Blue",
        EX30,
        "no honk/flash on this car",
        "honk, flash, honk-flash",
    ] {
        assert!(
            stdout.contains(expected),
            "{expected:?} missing in:\n{stdout}"
        );
    }
    assert_eq!(
        stdout.matches("no honk/flash on this car").count(),
        1,
        "{stdout}"
    );
    assert!(
        !stdout.trim_start().starts_with(['{', '[']),
        "not JSON: {stdout}"
    );
    assert!(!stdout.contains(&target.access_token) && !stderr.contains(&target.access_token));
}

#[test]
fn commands_through_the_printed_settings() {
    let (_sim, _info, target) = SpawnedSim::start_json();

    let run = run_json(beacon_at(&target), &["honk-flash", XC40]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["vin"], XC40);
    assert_eq!(run.json["command"], "HONK_AND_FLASH");
    assert_eq!(run.json["invokeStatus"], "COMPLETED");
    assert_eq!(run.json["outcome"], "succeeded");
    assert!(run.json["advice"].is_null());
    assert!(run.json["operationId"]
        .as_str()
        .is_some_and(|s| !s.is_empty()));

    let (code, stdout, stderr) = run_text(beacon_at(&target), &["flash", XC40]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        format!("Flashed the lights of {XC40}: The car did it.\n")
    );

    let (code, stdout, stderr) = run_text(beacon_at(&target), &["honk", XC90]);
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(stdout.contains("power-saving"), "{stdout}");
    assert!(stdout.contains("VEHICLE_IN_SLEEP"), "{stdout}");

    let (code, stdout, stderr) = run_text(beacon_at(&target), &["honk", EX30]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("error: This car does not support HONK"),
        "{stderr}"
    );
}

#[test]
fn missing_settings_are_config_errors_naming_flag_and_variable() {
    let (_sim, _info, target) = SpawnedSim::start_json();

    let mut no_key = beacon_at(&target);
    no_key.env_remove("VCC_API_KEY");
    let run = run_json(no_key, &["vehicles"]);
    let message = assert_error(&run, "config");
    assert!(
        message.contains("--api-key") && message.contains("VCC_API_KEY"),
        "{message}"
    );

    let mut no_token = beacon_at(&target);
    no_token.env_remove("BEACON_ACCESS_TOKEN");
    let run = run_json(no_token, &["honk", XC40]);
    let message = assert_error(&run, "not_signed_in");
    assert!(message.contains("BEACON_ACCESS_TOKEN"), "{message}");

    let mut no_key = beacon_at(&target);
    no_key.env_remove("VCC_API_KEY");
    let (code, stdout, stderr) = run_text(no_key, &["vehicles"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(
        stderr.starts_with("error: ") && stderr.contains("VCC_API_KEY"),
        "{stderr}"
    );
}

#[test]
fn flags_work_as_well_as_the_environment() {
    let (_sim, _info, target) = SpawnedSim::start_json();
    let run = run_json(
        beacon(),
        &[
            "--api-url",
            &target.api_url,
            "--api-key",
            &target.api_key,
            "--access-token",
            &target.access_token,
            "vehicles",
        ],
    );
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json.as_array().map(Vec::len), Some(3));
}

#[test]
fn sim_human_output_is_eval_able() {
    let sim = SpawnedSim::start(&[]);
    let first = sim.next_line();
    assert!(
        first.starts_with("# Volvo simulator on http://127.0.0.1:")
            && first.ends_with(" (Ctrl-C to stop)"),
        "{first:?}"
    );
    let names: Vec<String> = (0..7)
        .map(|_| {
            let line = sim.next_line();
            let rest = line
                .strip_prefix("export ")
                .unwrap_or_else(|| panic!("{line:?}"));
            let (name, value) = rest.split_once('=').unwrap_or_else(|| panic!("{line:?}"));
            assert!(!value.is_empty(), "{line:?}");
            name.to_owned()
        })
        .collect();
    assert_eq!(
        names,
        [
            "BEACON_API_URL",
            "VCC_API_KEY",
            "BEACON_ACCESS_TOKEN",
            "BEACON_AUTH_URL",
            "BEACON_TOKEN_URL",
            "BEACON_CLIENT_ID",
            "BEACON_CLIENT_SECRET"
        ]
    );
    let note = sim.next_line();
    assert!(note.starts_with('#') && note.contains("12 h"), "{note:?}");
}

#[test]
fn usage_errors_exit_1_and_keep_the_json_promise() {
    let run = run_json(beacon(), &["honk"]);
    assert_error(&run, "usage");
    assert!(
        run.stderr.contains("Usage"),
        "clap's own message: {}",
        run.stderr
    );

    let (code, _stdout, stderr) = run_text(beacon(), &["no-such-subcommand"]);
    assert_eq!(code, 1, "{stderr}");

    let (code, stdout, _stderr) = run_text(beacon(), &["--help"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Exit status"), "{stdout}");
}
