//! `beacon setup` against the simulator, storing into a real Secret Service
//! (`scripts/with-keyring cargo test -p beacon-cli`).

mod common;

use std::collections::BTreeMap;

use common::account::{TempDir, TestAccount};
use common::sim::TestSim;
use common::{assert_error, beacon, run_json, run_text, wait_all_succeeded};
use volvo_api::store::SecretName;

#[test]
fn setup_keeps_secrets_in_the_keychain_and_the_rest_in_the_settings_file() {
    let Some((account, sim)) = TestAccount::with_sim("setup-stores", |_| {}) else {
        return;
    };
    let h = sim.handle();
    let mut cmd = account.beacon_with(&sim);
    // As pasted from a web page.
    cmd.env("VCC_API_KEY", format!("  {}\n", h.api_key()))
        .env("BEACON_CLIENT_ID", format!("{}\r\n", h.client_id()));
    let run = run_json(cmd, &["setup", "--redirect", "paste", "--port", "8123"]);
    assert_eq!(run.code, 0, "{run:#?}");

    let stored: BTreeMap<&str, &str> = run.json["stored"]
        .as_array()
        .expect("a list of what was stored")
        .iter()
        .map(|item| {
            (
                item["name"].as_str().unwrap(),
                item["storedIn"].as_str().unwrap(),
            )
        })
        .collect();
    let expected: BTreeMap<&str, &str> = [
        ("clientSecret", "keychain"),
        ("apiKey", "keychain"),
        ("secondaryApiKey", "keychain"),
        ("clientId", "settingsFile"),
        ("apiUrl", "settingsFile"),
        ("authUrl", "settingsFile"),
        ("tokenUrl", "settingsFile"),
        ("redirectMode", "settingsFile"),
        ("loopbackPort", "settingsFile"),
    ]
    .into_iter()
    .collect();
    assert_eq!(stored, expected, "{}", run.json);
    assert_eq!(run.json["keychain"], "Secret Service");
    let answer = run.json.to_string();
    for secret in [h.client_secret(), h.api_key(), h.secondary_api_key()] {
        assert!(!answer.contains(secret), "a value was printed: {answer}");
    }

    let file = std::fs::read_to_string(account.settings_file()).expect("settings.toml written");
    for line in [
        format!("client_id = \"{}\"", h.client_id()),
        format!("api_url = \"{}\"", h.api_url()),
        format!("auth_url = \"{}\"", h.auth_url()),
        format!("token_url = \"{}\"", h.token_url()),
        "redirect_mode = \"paste\"".to_owned(),
        "loopback_port = 8123".to_owned(),
    ] {
        assert!(
            file.lines().any(|l| l == line),
            "{line:?} missing in:\n{file}"
        );
    }
    for secret in [h.client_secret(), h.api_key(), h.secondary_api_key()] {
        assert!(
            !file.contains(secret),
            "a secret in the settings file:\n{file}"
        );
    }

    assert_eq!(
        account.secret(SecretName::ClientSecret).as_deref(),
        Some(h.client_secret())
    );
    assert_eq!(
        account.secret(SecretName::ApiKey).as_deref(),
        Some(h.api_key()),
        "stored trimmed"
    );
    assert_eq!(
        account.secret(SecretName::SecondaryApiKey).as_deref(),
        Some(h.secondary_api_key())
    );
    assert_eq!(account.secret(SecretName::RefreshToken), None);

    // One call per key, each answered "bad token" (so: good key), never "bad key".
    let calls = sim.api_requests();
    assert_eq!(calls.len(), 2, "{calls:#?}");
    assert!(calls.iter().all(|r| r.status == 401), "{calls:#?}");
    assert!(sim.token_requests("authorization_code").is_empty());

    // A later run with nothing in the environment finds all of it.
    let run = run_json(account.beacon(), &["status"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["clientId"], h.client_id());
    assert_eq!(run.json["apiUrl"], h.api_url());
}

#[test]
fn setup_reports_each_item_in_words_without_its_value() {
    let Some((account, sim)) = TestAccount::with_sim("setup-words", |_| {}) else {
        return;
    };
    let mut cmd = account.beacon();
    cmd.env("BEACON_CLIENT_SECRET", sim.handle().client_secret())
        .env("BEACON_CLIENT_ID", sim.handle().client_id());
    let (code, stdout, stderr) = run_text(cmd, &["setup"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Stored the client secret in the Secret Service."),
        "{stdout}"
    );
    let settings_file = account.settings_file();
    assert!(
        stdout.contains(&format!(
            "Stored the client id in {}.",
            settings_file.display()
        )),
        "{stdout}"
    );
    assert!(!stdout.contains(sim.handle().client_secret()), "{stdout}");
    assert!(!stdout.contains(sim.handle().client_id()), "{stdout}");
    assert!(
        sim.api_requests().is_empty(),
        "no key given, no key checked"
    );
}

#[test]
fn a_bad_api_key_is_refused_and_nothing_is_stored() {
    let Some((account, sim)) = TestAccount::with_sim("setup-bad-key", |_| {}) else {
        return;
    };
    let mut cmd = account.beacon_with(&sim);
    cmd.env("VCC_API_KEY", "not-the-application-key");
    let run = run_json(cmd, &["setup"]);
    let message = assert_error(&run, "invalid_api_key");
    assert!(message.contains("API key"), "{message}");

    assert!(
        !account.settings_file().exists(),
        "settings were written although setup was refused"
    );
    for name in SecretName::ALL {
        assert_eq!(account.secret(name), None, "{name:?} was stored");
    }
    let calls = sim.api_requests();
    assert_eq!(calls.len(), 1, "stops at the first bad key: {calls:#?}");
    assert_eq!(calls[0].status, 401);
}

#[test]
fn setup_with_nothing_to_store_says_what_it_takes() {
    let run = run_json(beacon(), &["setup"]);
    let message = assert_error(&run, "config");
    for flag in ["--client-id", "--client-secret", "--api-key", "VCC_API_KEY"] {
        assert!(message.contains(flag), "{flag} missing: {message}");
    }
}

#[test]
fn without_a_keychain_setup_stores_nothing_and_says_why() {
    let sim = TestSim::start(|_| {});
    let config = TempDir::new("setup-no-keychain");
    let run = run_json(sim.beacon_without_keychain(config.path()), &["setup"]);
    let message = assert_error(&run, "keychain_unavailable");
    assert!(
        message.contains("plain file") && message.contains("nothing was stored"),
        "{message}"
    );
    assert_eq!(config.entries(), Vec::<std::path::PathBuf>::new());
    assert!(sim.api_requests().is_empty(), "{:#?}", sim.api_requests());
}

#[test]
fn a_mistyped_address_is_refused_before_anything_is_stored() {
    let config = TempDir::new("setup-bad-address");
    let mut cmd = beacon();
    cmd.env("BEACON_CONFIG_DIR", config.path())
        .env("BEACON_CLIENT_ID", "my-client")
        .env(
            "BEACON_TOKEN_URL",
            "http://volvoid.example.com/as/token.oauth2",
        );
    let run = run_json(cmd, &["setup"]);
    let message = assert_error(&run, "config");
    assert!(message.contains("https://"), "{message}");
    assert_eq!(config.entries(), Vec::<std::path::PathBuf>::new());
}

#[test]
fn a_corrupt_settings_file_is_kept_aside_and_setup_goes_on() {
    let config = TempDir::new("setup-corrupt");
    let broken = "client_id = \"the-old-client\"\napi_url = \n";
    std::fs::write(config.path().join("settings.toml"), broken).unwrap();
    let mut cmd = beacon();
    cmd.env("BEACON_CONFIG_DIR", config.path())
        .env("BEACON_CLIENT_ID", "my-client");
    let run = run_json(cmd, &["setup"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stderr.contains("could not be read") && run.stderr.contains("settings.toml.broken-"),
        "the user is told where it is: {}",
        run.stderr
    );
    let aside: Vec<_> = config
        .entries()
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("settings.toml.broken-"))
        .collect();
    assert_eq!(aside.len(), 1, "{:?}", config.entries());
    assert_eq!(std::fs::read_to_string(&aside[0]).unwrap(), broken);
    let file = std::fs::read_to_string(config.path().join("settings.toml")).unwrap();
    assert!(file.contains("client_id = \"my-client\""), "{file}");
}

/// Three `beacon setup` processes at once, each changing a different setting: every change
/// lands, round after round.
#[test]
fn setups_running_at_once_never_undo_each_other() {
    let config = TempDir::new("setup-race");
    for round in 0..12u16 {
        let client_id = format!("client-{round}");
        let port = (9000 + round).to_string();
        let redirect = ["paste", "loopback"][usize::from(round % 2)];
        let changes = [
            vec!["setup", "--client-id", client_id.as_str()],
            vec!["setup", "--port", port.as_str()],
            vec!["setup", "--redirect", redirect],
        ];
        let children: Vec<_> = changes
            .iter()
            .map(|args| {
                let mut cmd = beacon();
                cmd.env("BEACON_CONFIG_DIR", config.path())
                    .args(args)
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped());
                cmd.spawn().expect("start beacon setup")
            })
            .collect();
        wait_all_succeeded(children);
        let file = std::fs::read_to_string(config.path().join("settings.toml")).unwrap();
        let redirect_line = format!("redirect_mode = \"{redirect}\"");
        for line in [
            format!("client_id = \"{client_id}\""),
            format!("loopback_port = {port}"),
            redirect_line,
        ] {
            assert!(
                file.lines().any(|l| l == line),
                "round {round}: {line:?} lost:\n{file}"
            );
        }
    }
}

/// Secrets need not be typed where other users can read them (the process list): `-` reads
/// each from standard input, a line apiece, and only a value typed on the command line gets
/// a warning, which never repeats the value.
#[test]
fn secrets_from_stdin_are_stored_and_only_typed_ones_are_warned_about() {
    use std::io::Write as _;
    use std::process::Stdio;

    let Some((account, sim)) = TestAccount::with_sim("setup-stdin", |_| {}) else {
        return;
    };
    let h = sim.handle();
    let mut cmd = account.beacon_with(&sim);
    cmd.env_remove("VCC_API_KEY")
        .env_remove("BEACON_CLIENT_SECRET")
        .env_remove("VCC_SECONDARY_API_KEY")
        .args(["setup", "--json", "--client-secret", "-", "--api-key", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("beacon starts");
    let lines = format!("{}\n{}\n", h.client_secret(), h.api_key());
    child
        .stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
    assert_eq!(
        account.secret(SecretName::ClientSecret).as_deref(),
        Some(h.client_secret())
    );
    assert_eq!(
        account.secret(SecretName::ApiKey).as_deref(),
        Some(h.api_key())
    );

    let mut cmd = account.beacon_with(&sim);
    cmd.env_remove("VCC_API_KEY");
    let (code, _, stderr) = run_text(cmd, &["setup", "--api-key", h.api_key()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains(
            "warning: the value of --api-key on the command line can be seen by other users"
        ),
        "{stderr}"
    );
    assert!(
        !stderr.contains(h.api_key()),
        "the warning repeats the key: {stderr}"
    );
}
