//! After a whole session with every log switched on, no secret is in any file Beacon may write
//! or in any line it printed (`scripts/with-keyring cargo test -p beacon-cli`).

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use common::account::TestAccount;
use common::sim::ACCESS_TOKEN_TTL;
use volvo_api::store::SecretName;
use volvo_sim::MintOptions;

const XC40: &str = "YV1XZK8V2P1234567";

/// Access and ID tokens are JWTs, and every JWT starts with the base64 of `{"`. The simulator
/// does not reveal the tokens it issued, so any JWT-shaped text counts as a leaked token.
const JWT_START: &str = "eyJ";

#[test]
fn a_full_session_leaves_no_secret_in_files_or_logs() {
    let Some((account, sim)) = TestAccount::with_sim("no-leaks", |_| {}) else {
        return;
    };
    let h = sim.handle();
    assert!(
        h.mint_access_token(MintOptions::default())
            .starts_with(JWT_START),
        "the simulator's tokens are JWTs, or looking for {JWT_START} finds nothing"
    );
    let mut printed: Vec<(&str, String)> = Vec::new();
    let mut refresh_tokens: Vec<String> = Vec::new();

    let setup = account.beacon_with(&sim);
    printed.push(("setup", run_traced(setup, &["setup"])));
    let login = account.log_in(&sim, &["-vvv"]);
    assert_eq!(login.code, 0, "{login:#?}");
    printed.push(("login", format!("{}{}", login.stdout, login.stderr)));
    refresh_tokens.push(account.secret(SecretName::RefreshToken).unwrap());
    printed.push(("vehicles", run_traced(account.beacon(), &["vehicles"])));
    refresh_tokens.push(account.secret(SecretName::RefreshToken).unwrap());
    std::thread::sleep(ACCESS_TOKEN_TTL + Duration::from_secs(1));
    printed.push((
        "honk",
        run_traced(account.beacon(), &["honk", XC40, "--json"]),
    ));
    refresh_tokens.push(account.secret(SecretName::RefreshToken).unwrap());
    printed.push((
        "status",
        run_traced(account.beacon(), &["status", "--check"]),
    ));
    refresh_tokens.push(account.secret(SecretName::RefreshToken).unwrap());

    refresh_tokens.sort();
    refresh_tokens.dedup();
    assert_eq!(
        refresh_tokens.len(),
        4,
        "each run rotated the refresh token"
    );
    assert_eq!(sim.token_requests("refresh_token").len(), 3);
    // Otherwise the logs scanned below were not the detailed ones.
    let all: String = printed.iter().map(|(_, text)| text.as_str()).collect();
    assert!(all.contains("TRACE"), "no trace logs:\n{all}");
    assert!(all.contains("DEBUG"), "no debug logs:\n{all}");

    let mut secrets: Vec<(&str, String)> = vec![
        ("client secret", h.client_secret().to_owned()),
        ("API key", h.api_key().to_owned()),
        ("secondary API key", h.secondary_api_key().to_owned()),
        ("a JWT (access or ID token)", JWT_START.to_owned()),
    ];
    secrets.extend(refresh_tokens.into_iter().map(|t| ("a refresh token", t)));

    let files = files_under(&[account.config_dir(), account.data_dir()]);
    assert!(
        files.contains(&account.settings_file()),
        "settings.toml was written, so it is among the files scanned: {files:#?}"
    );
    let mut places: Vec<(String, String)> = printed
        .into_iter()
        .map(|(what, text)| (format!("the output of {what}"), text))
        .collect();
    for file in files {
        let text = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
        places.push((file.display().to_string(), text));
    }
    for (place, text) in &places {
        for (what, secret) in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{what} in {place}:\n{text}"
            );
        }
    }
}

/// stdout and stderr of a successful run with trace logs.
fn run_traced(mut cmd: Command, args: &[&str]) -> String {
    let out = cmd.args(args).arg("-vvv").output().expect("run beacon");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "beacon {args:?}: {text}");
    text
}

fn files_under(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut todo: Vec<PathBuf> = dirs.to_vec();
    while let Some(dir) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}
