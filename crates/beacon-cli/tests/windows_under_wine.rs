//! The Windows `beacon.exe`, cross-built from Linux, run for real under Wine against the
//! simulator: the same commands, exit codes and JSON as on Linux, and secrets kept in Windows
//! Credential Manager through keyring's Windows store (Wine implements CredWriteW/CredReadW/
//! CredDeleteW), including a value too large for one credential.
//!
//! Ignored in a plain `cargo test`: it needs the .exe and a prepared Wine prefix. Run it with
//! `scripts/test-windows`, which `scripts/test` runs.

#![cfg(target_os = "linux")]

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use common::account::TempDir;
use common::interactive::Running;
use common::sim::TestSim;
use common::{assert_error, run_json, single_json_value, wine};
use volvo_sim::MintOptions;

const XC40: &str = "YV1XZK8V2P1234567";
const XC90: &str = "YV4A22PL5N1234568";
const EX30: &str = "YV1EX30A0R1234569";
const KEYCHAIN: &str = "Windows Credential Manager";

/// Far over Windows' 2,560-byte credential limit (1,280 characters as UTF-16).
const LONG_SECRET_CHARS: usize = 3_000;

fn profile(test: &str) -> String {
    format!("beacon-wine-{}-{test}", std::process::id())
}

#[test]
#[ignore = "needs the cross-built beacon.exe and Wine: scripts/test-windows"]
fn commands_exit_codes_and_errors_are_those_of_linux() {
    let sim = TestSim::start(|_| {});
    let home = TempDir::new("wine-commands");
    let profile = profile("commands");
    let token = sim.handle().mint_access_token(MintOptions {
        ttl: Some(Duration::from_secs(3600)),
        ..Default::default()
    });
    let beacon = || {
        let mut cmd = wine::beacon(&profile, home.path());
        cmd.env("BEACON_API_URL", sim.handle().api_url())
            .env("VCC_API_KEY", sim.handle().api_key())
            .env("BEACON_ACCESS_TOKEN", &token);
        cmd
    };

    let run = run_json(beacon(), &["vehicles"]);
    assert_eq!(run.code, 0, "{run:#?}");
    let vins: BTreeSet<&str> = run
        .json
        .as_array()
        .expect("a list of cars")
        .iter()
        .map(|car| car["vin"].as_str().expect("a vin"))
        .collect();
    assert_eq!(vins, BTreeSet::from([XC40, XC90, EX30]), "{}", run.json);

    for (command, segment, status) in [
        ("flash", "flash", "FLASH"),
        ("honk", "honk", "HONK"),
        ("honk-flash", "honk-flash", "HONK_AND_FLASH"),
    ] {
        sim.handle().clear_requests();
        let run = run_json(beacon(), &[command, XC40]);
        assert_eq!(run.code, 0, "{command}: {run:#?}");
        assert_eq!(run.json["command"], status, "{}", run.json);
        assert_eq!(run.json["invokeStatus"], "COMPLETED", "{}", run.json);
        // The car's command list (where Volvo says the command goes), then the command once.
        let requests = sim.api_requests();
        assert_eq!(
            requests.len(),
            2,
            "the list, then one command: {requests:#?}"
        );
        assert_eq!(requests[0].method, "GET");
        assert!(requests[0]
            .path
            .ends_with(&format!("/vehicles/{XC40}/commands")));
        let posts = &requests[1..];
        assert_eq!(posts[0].method, "POST");
        assert!(
            posts[0]
                .path
                .ends_with(&format!("/vehicles/{XC40}/commands/{segment}")),
            "{}",
            posts[0].path
        );
    }

    // Any other answer from the car: exit code 2, Volvo's status as sent.
    let run = run_json(beacon(), &["flash", XC90]);
    assert_eq!(run.code, 2, "{run:#?}");
    assert_eq!(run.json["invokeStatus"], "VEHICLE_IN_SLEEP");

    // Errors: exit code 1 and exactly {"error": {"kind", "message"}}.
    sim.handle().clear_requests();
    assert_error(&run_json(beacon(), &["honk", "../../x"]), "invalid_vin");
    assert!(sim.api_requests().is_empty(), "{:#?}", sim.api_requests());
    assert_error(
        &run_json(beacon(), &["honk", EX30]),
        "command_not_supported",
    );
    let mut bad_key = beacon();
    bad_key.env("VCC_API_KEY", "not-the-application-key");
    assert_error(&run_json(bad_key, &["vehicles"]), "invalid_api_key");
    let mut nowhere = beacon();
    nowhere.env("BEACON_API_URL", "http://127.0.0.1:9/connected-vehicle/v2");
    assert_error(&run_json(nowhere, &["vehicles"]), "network");
    let message = assert_error(
        &run_json(wine::beacon(&profile, home.path()), &["vehicles"]),
        "config",
    );
    assert!(message.contains("VCC_API_KEY"), "{message}");
}

#[test]
#[ignore = "needs the cross-built beacon.exe and Wine: scripts/test-windows"]
fn setup_login_and_logout_keep_secrets_in_the_credential_manager() {
    let long_secret: String = (0..LONG_SECRET_CHARS)
        .map(|i| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[i * 7 % 36]))
        .collect();
    let sim = TestSim::start(|scenario| {
        scenario.application.client_secret = long_secret.clone();
    });
    let home = TempDir::new("wine-account");
    let profile = profile("account");
    let user = |key: &str| format!("{profile}/{key}.volvo-beacon");

    // Setup: every secret to the Credential Manager, the rest to the settings file.
    let mut setup = wine::beacon(&profile, home.path());
    sim.env(&mut setup);
    let run = run_json(setup, &["setup", "--redirect", "paste"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["keychain"], KEYCHAIN, "{}", run.json);
    assert!(
        !run.json.to_string().contains(&long_secret),
        "the secret was printed"
    );
    let stored = wine::stored_credentials(&profile);
    for key in ["api-key", "secondary-api-key", "client-secret"] {
        assert!(stored.contains(&user(key)), "{key} missing: {stored:#?}");
    }
    // No part may exceed Windows' limit, so 3,000 characters need at least three parts.
    let parts = stored
        .iter()
        .filter(|name| name.starts_with(&format!("{profile}/client-secret.part-")))
        .count();
    assert!(parts >= 3, "the long secret in {parts} parts: {stored:#?}");

    // A new process signs in with what setup stored and nothing in its environment. Volvo ID
    // (the simulator) checks the client secret on the token request, so a secret that did not
    // come back from its parts whole would fail here.
    sim.handle().clear_requests();
    let mut login = Running::start(
        wine::beacon(&profile, home.path()),
        &["login", "--redirect", "paste", "--no-browser", "--json"],
    );
    let authorize_url = login.next_line();
    let callback = sim.browser_step(&authorize_url);
    login.type_line(&callback);
    let ended = login.wait();
    assert_eq!(ended.code, 0, "{ended:#?}");
    let answer = single_json_value(ended.stdout.as_bytes());
    assert_eq!(answer["signedIn"], true, "{answer}");
    assert_eq!(answer["keychain"], KEYCHAIN, "{answer}");
    let exchanges = sim.token_requests("authorization_code");
    assert_eq!(exchanges.len(), 1, "{exchanges:#?}");
    assert_eq!(exchanges[0].status, 200, "{exchanges:#?}");
    assert!(wine::stored_credentials(&profile).contains(&user("refresh-token")));

    // Yet another process: the refresh token, the client secret and the API key, all read
    // back from the Credential Manager.
    let run = run_json(wine::beacon(&profile, home.path()), &["vehicles"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json.as_array().map(Vec::len), Some(3), "{}", run.json);
    let refreshes = sim.token_requests("refresh_token");
    assert_eq!(refreshes.len(), 1, "{refreshes:#?}");
    assert_eq!(refreshes[0].status, 200, "{refreshes:#?}");
    let run = run_json(wine::beacon(&profile, home.path()), &["status"]);
    assert_eq!(run.json["signedIn"], true, "{}", run.json);

    // Logout removes every entry, the parts of the long secret included.
    let run = run_json(wine::beacon(&profile, home.path()), &["logout"]);
    assert_eq!(run.code, 0, "{run:#?}");
    let removed: BTreeSet<&str> = run.json["removed"]
        .as_array()
        .expect("what was removed")
        .iter()
        .filter_map(|name| name.as_str())
        .collect();
    assert_eq!(
        removed,
        BTreeSet::from([
            "refresh-token",
            "client-secret",
            "api-key",
            "secondary-api-key"
        ]),
        "{}",
        run.json
    );
    let left = wine::stored_credentials(&profile);
    assert!(left.is_empty(), "left in the Credential Manager: {left:#?}");
    let run = run_json(wine::beacon(&profile, home.path()), &["status"]);
    assert_eq!(run.json["signedIn"], false, "{}", run.json);
}
