//! `beacon login`, `status` and `logout` as a user runs them: real processes, the simulator's
//! Volvo ID, the browser played by reqwest, and a real Secret Service
//! (`scripts/with-keyring cargo test -p beacon-cli`).

mod common;

use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::account::{TempDir, TestAccount};
use common::interactive::Running;
use common::sim::{TestSim, ACCESS_TOKEN_TTL};
use common::{assert_error, run_json, single_json_value};
use reqwest::Url;
use volvo_api::store::SecretName;
use volvo_sim::MintOptions;

const XC40: &str = "YV1XZK8V2P1234567";
const DEEP_LINK: &str = "volvo-beacon://auth/callback";

fn query_param(url: &str, name: &str) -> Option<String> {
    Url::parse(url)
        .unwrap_or_else(|e| panic!("{url:?}: {e}"))
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

fn now_unix() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[test]
fn loopback_login_then_new_processes_work_past_the_access_token_expiry() {
    let Some((account, sim)) = TestAccount::with_sim("login-loopback", |_| {}) else {
        return;
    };
    account.set_up(&sim);

    let login = Running::start(account.beacon(), &["login", "--no-browser", "--port", "0"]);
    let authorize_url = login.next_line();
    let redirect_uri = query_param(&authorize_url, "redirect_uri").expect("a redirect_uri");
    assert!(
        redirect_uri.starts_with("http://127.0.0.1:") && redirect_uri.ends_with("/callback"),
        "{redirect_uri}"
    );
    assert!(
        !redirect_uri.contains(":0/"),
        "the real port: {redirect_uri}"
    );
    let callback = sim.browser_step(&authorize_url);
    assert!(callback.starts_with(&redirect_uri), "{callback}");
    let (status, page) = sim.visit(&callback);
    assert_eq!(status, 200, "{page}");
    let ended = login.wait();
    assert_eq!(ended.code, 0, "{ended:#?}");
    assert!(ended.stdout.starts_with("Signed in."), "{ended:#?}");
    assert_eq!(sim.token_requests("authorization_code").len(), 1);
    let first_refresh_token = account
        .secret(SecretName::RefreshToken)
        .expect("the refresh token is in the keychain");

    // New processes, no token (or any other setting) in the environment.
    let run = run_json(account.beacon(), &["vehicles"]);
    assert_eq!(run.code, 0, "{run:#?}");
    let cars = run.json.as_array().expect("cars");
    assert_eq!(cars.len(), 3, "{}", run.json);
    assert_eq!(sim.token_requests("refresh_token").len(), 1);
    let rotated = account.secret(SecretName::RefreshToken).unwrap();
    assert_ne!(rotated, first_refresh_token, "the rotated token was kept");

    std::thread::sleep(ACCESS_TOKEN_TTL + Duration::from_secs(1));
    let run = run_json(account.beacon(), &["honk", XC40]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["invokeStatus"], "COMPLETED");

    let refreshes = sim.token_requests("refresh_token");
    assert_eq!(refreshes.len(), 2, "{refreshes:#?}");
    assert!(refreshes.iter().all(|r| r.status == 200), "{refreshes:#?}");
    let api = sim.api_requests();
    assert!(api.iter().all(|r| r.status == 200), "{api:#?}");
}

#[test]
fn pasting_the_address_completes_the_sign_in() {
    let Some((account, sim)) = TestAccount::with_sim("login-paste", |_| {}) else {
        return;
    };
    let cmd = account.beacon_with(&sim);
    let mut login = Running::start(
        cmd,
        &["login", "--redirect", "paste", "--no-browser", "--json"],
    );
    let authorize_url = login.next_line();
    assert_eq!(
        query_param(&authorize_url, "redirect_uri").as_deref(),
        Some(DEEP_LINK)
    );
    let callback = sim.browser_step(&authorize_url);
    assert!(callback.starts_with(&format!("{DEEP_LINK}?")), "{callback}");
    login.type_line(&format!("  {callback}  "));
    let ended = login.wait();
    assert_eq!(ended.code, 0, "{ended:#?}");
    let answer = single_json_value(ended.stdout.as_bytes());
    assert_eq!(answer["signedIn"], true, "{answer}");
    assert_eq!(answer["keychain"], "Secret Service", "{answer}");
    let expires = answer["accessTokenExpiresAt"].as_u64().expect("a time");
    let now = now_unix();
    assert!(
        expires >= now && expires <= now + ACCESS_TOKEN_TTL.as_secs() + 1,
        "{expires} vs now {now}"
    );
    assert!(account.secret(SecretName::RefreshToken).is_some());
    assert_eq!(sim.token_requests("authorization_code").len(), 1);
}

#[test]
fn a_pasted_address_with_another_state_is_refused() {
    let Some((account, sim)) = TestAccount::with_sim("login-wrong-state", |_| {}) else {
        return;
    };
    let cmd = account.beacon_with(&sim);
    let mut login = Running::start(
        cmd,
        &["login", "--redirect", "paste", "--no-browser", "--json"],
    );
    let callback = sim.browser_step(&login.next_line());
    let state = query_param(&callback, "state").expect("a state");
    login.type_line(&callback.replace(&state, "forged-state-from-elsewhere"));
    let run = login.wait().into_json_run();
    assert_error(&run, "invalid_state");
    assert_eq!(account.secret(SecretName::RefreshToken), None);
    assert!(
        sim.token_requests("authorization_code").is_empty(),
        "the code was exchanged anyway"
    );
}

#[test]
fn declined_consent_ends_the_login_as_cancelled() {
    let Some((account, sim)) = TestAccount::with_sim("login-declined", |s| s.deny_consent = true)
    else {
        return;
    };
    let cmd = account.beacon_with(&sim);
    let login = Running::start(cmd, &["login", "--no-browser", "--port", "0", "--json"]);
    let callback = sim.browser_step(&login.next_line());
    assert_eq!(
        query_param(&callback, "error").as_deref(),
        Some("access_denied")
    );
    let (_status, page) = sim.visit(&callback);
    assert!(page.contains("cancelled"), "the browser is told: {page}");
    let run = login.wait().into_json_run();
    assert_error(&run, "sign_in_cancelled");
    assert_eq!(account.secret(SecretName::RefreshToken), None);
}

#[test]
fn closing_stdin_instead_of_pasting_cancels() {
    let Some((account, sim)) = TestAccount::with_sim("login-no-paste", |_| {}) else {
        return;
    };
    let cmd = account.beacon_with(&sim);
    let mut login = Running::start(cmd, &["login", "--redirect", "paste", "--no-browser"]);
    let _ = login.next_line();
    login.close_stdin();
    let ended = login.wait();
    assert_eq!(ended.code, 1, "{ended:#?}");
    assert!(ended.stdout.is_empty(), "{ended:#?}");
    assert!(
        ended.stderr.contains("error: Sign-in was cancelled."),
        "{ended:#?}"
    );
}

#[test]
fn without_a_browser_the_address_goes_to_stderr() {
    let Some((account, sim)) = TestAccount::with_sim("login-no-browser", |_| {}) else {
        return;
    };
    let mut cmd = account.beacon_with(&sim);
    // No program to open a browser with can be found.
    cmd.env("PATH", "");
    let mut login = Running::start(cmd, &["login", "--port", "0"]);
    let auth_url = sim.handle().auth_url();
    let authorize_url = login.next_stderr_line(|l| l.starts_with(&auth_url));
    let (status, page) = sim.visit(&sim.browser_step(&authorize_url));
    assert_eq!(status, 200, "{page}");
    let ended = login.wait();
    assert_eq!(ended.code, 0, "{ended:#?}");
    assert!(
        ended
            .stdout
            .starts_with("Signed in. The sign-in is kept in the Secret Service"),
        "{ended:#?}"
    );
    assert!(
        ended.stderr.contains("No browser could be opened"),
        "{ended:#?}"
    );
}

#[test]
fn an_access_token_given_by_flag_wins_over_the_stored_sign_in() {
    let Some((account, sim)) = TestAccount::with_sim("login-flag-wins", |_| {}) else {
        return;
    };
    account.set_up(&sim);
    let ended = account.log_in(&sim, &[]);
    assert_eq!(ended.code, 0, "{ended:#?}");

    // The simulator's shortest: its `exp` is a second after issue.
    let expired = sim.handle().mint_access_token(MintOptions {
        ttl: Some(Duration::from_secs(1)),
        ..Default::default()
    });
    std::thread::sleep(Duration::from_secs(2));
    let mut cmd = account.beacon();
    cmd.env("BEACON_ACCESS_TOKEN", &expired);
    let run = run_json(cmd, &["vehicles"]);
    let message = assert_error(&run, "test_token_expired");
    assert!(message.contains("expired"), "{message}");
    assert!(sim.api_requests().is_empty(), "{:#?}", sim.api_requests());

    let live = sim.handle().mint_access_token(MintOptions::default());
    let run = run_json(account.beacon(), &["--access-token", &live, "vehicles"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        sim.token_requests("refresh_token").is_empty(),
        "the stored sign-in was used"
    );
}

#[test]
fn status_and_logout_follow_the_sign_in() {
    let Some((account, sim)) = TestAccount::with_sim("status-logout", |_| {}) else {
        return;
    };
    account.set_up(&sim);
    let h = sim.handle();

    let run = run_json(account.beacon(), &["status"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["signedIn"], false, "{}", run.json);
    assert_eq!(run.json["keychain"], "Secret Service");
    assert!(run.json["keychainProblem"].is_null(), "{}", run.json);
    assert_eq!(run.json["clientId"], h.client_id());
    assert_eq!(run.json["apiUrl"], h.api_url());
    assert!(run.json["accessTokenExpiresAt"].is_null());

    let ended = account.log_in(&sim, &[]);
    assert_eq!(ended.code, 0, "{ended:#?}");

    let run = run_json(account.beacon(), &["status"]);
    assert_eq!(run.json["signedIn"], true, "{}", run.json);
    assert!(run.json["accessTokenExpiresAt"].is_null(), "{}", run.json);
    assert!(sim.token_requests("refresh_token").is_empty());

    let run = run_json(account.beacon(), &["status", "--check"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["signedIn"], true, "{}", run.json);
    let expires = run.json["accessTokenExpiresAt"].as_u64().expect("a time");
    let now = now_unix();
    assert!(
        expires >= now && expires <= now + ACCESS_TOKEN_TTL.as_secs() + 1,
        "{expires} vs now {now}"
    );
    assert_eq!(sim.token_requests("refresh_token").len(), 1);

    assert!(
        secret_tool_lines()
            .iter()
            .any(|l| l.contains(&account.profile)),
        "the search must see the entries it later must not"
    );
    let run = run_json(account.beacon(), &["logout"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        run.json["removed"],
        serde_json::json!([
            "refresh-token",
            "client-secret",
            "api-key",
            "secondary-api-key"
        ])
    );
    for name in SecretName::ALL {
        assert_eq!(account.secret(name), None, "{name:?} is still stored");
    }
    let left: Vec<String> = secret_tool_lines()
        .into_iter()
        .filter(|l| l.contains(&account.profile))
        .collect();
    assert!(left.is_empty(), "{left:#?}");
    let settings = std::fs::read_to_string(account.settings_file()).expect("settings kept");
    assert!(settings.contains(h.client_id()), "{settings}");

    let mut cmd = account.beacon();
    cmd.env("VCC_API_KEY", h.api_key());
    let run = run_json(cmd, &["vehicles"]);
    let message = assert_error(&run, "not_signed_in");
    assert!(message.contains("beacon login"), "{message}");
    let run = run_json(account.beacon(), &["status"]);
    assert_eq!(run.json["signedIn"], false, "{}", run.json);
}

#[test]
fn without_a_keychain_nothing_pretends_to_be_signed_in() {
    let sim = TestSim::start(|_| {});
    let config = TempDir::new("login-no-keychain");
    let no_keychain = || sim.beacon_without_keychain(config.path());

    // Refused before the browser step: the address is not even printed.
    let run = run_json(no_keychain(), &["login", "--no-browser", "--port", "0"]);
    let message = assert_error(&run, "keychain_unavailable");
    assert!(message.contains("--access-token"), "{message}");
    assert!(sim.handle().requests().is_empty());

    let run = run_json(no_keychain(), &["status"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["signedIn"], false);
    assert_eq!(run.json["keychain"], "memory (this session only)");
    assert!(
        run.json["keychainProblem"]
            .as_str()
            .is_some_and(|p| p.contains("No keychain")),
        "{}",
        run.json
    );

    let run = run_json(no_keychain(), &["vehicles"]);
    let message = assert_error(&run, "not_signed_in");
    assert!(message.contains("No keychain"), "{message}");

    let run = run_json(no_keychain(), &["logout"]);
    assert_error(&run, "keychain_unavailable");
}

/// Everything the Secret Service holds for Beacon, as `secret-tool` lists it.
fn secret_tool_lines() -> Vec<String> {
    let out = Command::new("secret-tool")
        .args(["search", "--all", "service", "volvo-beacon"])
        .output()
        .expect("secret-tool (libsecret-tools) is installed");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    text.lines().map(str::to_owned).collect()
}

/// Volvo ID ends a sign-in nobody uses for 7 days. `status` shows when the sign-in was last
/// renewed (kept beside the data, without any secret), and once one has sat unused past the
/// limit it says so in plain words, before and after Volvo ID's refusal is seen.
#[test]
fn status_says_when_the_sign_in_was_renewed_and_why_an_idle_one_ended() {
    let Some((account, sim)) = TestAccount::with_sim("idle-status", |_| {}) else {
        return;
    };
    account.set_up(&sim);
    let ended = account.log_in(&sim, &[]);
    assert_eq!(ended.code, 0, "{ended:#?}");
    let record = account
        .data_dir()
        .join(format!("sign-in-renewed-{}", account.profile));
    let run = run_json(account.beacon(), &["status"]);
    let renewed = run.json["lastRenewedAt"].as_u64().expect("a time");
    assert!(
        renewed + 60 >= now_unix() && renewed <= now_unix(),
        "{}",
        run.json
    );
    assert!(run.json["idle"].is_null(), "{}", run.json);
    let on_disk = std::fs::read_to_string(&record).expect("the record file");
    let refresh = account.secret(SecretName::RefreshToken).unwrap();
    assert!(
        !on_disk.contains(&refresh),
        "no secret in {}",
        record.display()
    );

    // Eight days without Beacon running: Volvo ID has let the token die.
    let eight_days = 8 * 24 * 3600;
    sim.handle()
        .age_refresh_tokens(Duration::from_secs(eight_days));
    std::fs::write(&record, format!("{}\n", renewed - eight_days)).unwrap();
    let (code, text, _) = common::run_text(account.beacon(), &["status"]);
    assert_eq!(code, 0);
    assert!(
        text.contains("most likely ended") && text.contains("unused for 8 days"),
        "{text}"
    );

    let mut cmd = account.beacon();
    cmd.env("VCC_API_KEY", sim.handle().api_key());
    let run = run_json(cmd, &["vehicles"]);
    let message = assert_error(&run, "signed_out");
    assert!(
        message.contains("unused for 8 days") && message.contains("Start with your computer"),
        "{message}"
    );
    let (_, text, _) = common::run_text(account.beacon(), &["status"]);
    assert!(
        text.starts_with(
            "Not signed in: Volvo ID ended the last sign-in because it went unused for 8 days"
        ),
        "{text}"
    );
    assert!(text.contains("beacon login"), "{text}");

    // A sign-out leaves nothing to explain.
    let run = run_json(account.beacon(), &["logout"]);
    assert_eq!(run.code, 0, "{run:#?}");
    let run = run_json(account.beacon(), &["status"]);
    assert!(run.json["lastRenewedAt"].is_null(), "{}", run.json);
    assert!(!record.exists());
}

/// With a revocation endpoint configured (RFC 7009), `logout` ends the refresh token at Volvo
/// ID too, so a copy of it is worthless; without one, the token can only be forgotten here,
/// and the answer says which happened.
#[test]
fn logout_revokes_the_sign_in_at_volvo_id_when_an_endpoint_is_configured() {
    let Some((account, sim)) = TestAccount::with_sim("logout-revokes", |_| {}) else {
        return;
    };
    account.set_up(&sim);
    let h = sim.handle();

    assert_eq!(account.log_in(&sim, &[]).code, 0);
    let token = account.secret(SecretName::RefreshToken).unwrap();
    let run = run_json(account.beacon(), &["logout"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["revokedAtVolvoId"], false, "{}", run.json);
    assert!(
        h.refresh_token_user(&token).is_some(),
        "nothing configured: Volvo ID was not asked"
    );

    // Logout took the client secret and the API keys too.
    account.set_up(&sim);
    assert_eq!(account.log_in(&sim, &[]).code, 0);
    let token = account.secret(SecretName::RefreshToken).unwrap();
    let mut cmd = account.beacon();
    cmd.env("BEACON_REVOKE_URL", h.revoke_url());
    let run = run_json(cmd, &["logout"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["revokedAtVolvoId"], true, "{}", run.json);
    assert!(run.json["revocationProblem"].is_null(), "{}", run.json);
    assert_eq!(
        h.refresh_token_user(&token),
        None,
        "the token is dead at Volvo ID"
    );
    assert_eq!(account.secret(SecretName::RefreshToken), None);
    let revocations = h
        .requests()
        .into_iter()
        .filter(|r| r.path == "/as/revoke_token.oauth2")
        .count();
    assert_eq!(revocations, 1);
}
