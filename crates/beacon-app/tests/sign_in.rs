//! Into and out of an account against the simulator's Volvo ID: setup, the three ways back
//! from the browser, pasted test tokens, and sign-out emptying the keychain.

mod common;

use std::sync::Arc;

use beacon_app::input::Via;
use beacon_app::second_yes::SecondYes;
use beacon_app::shortcut_press;
use beacon_app::views::{AppEvent, Mode};
use common::*;
use volvo_api::sources::Given;
use volvo_api::store::{SecretName, SecretStore};
use volvo_sim::{MintOptions, Sim, SimHandle};

/// The environment of someone who brought their own application (the simulator's), but has
/// not signed in: the app opens in demo mode.
fn application_env(sim: &SimHandle) -> Given {
    Given {
        api_url: Some(sim.api_url()),
        api_key: Some(sim.api_key().to_owned()),
        auth_url: Some(sim.auth_url()),
        token_url: Some(sim.token_url()),
        client_id: Some(sim.client_id().to_owned()),
        client_secret: Some(sim.client_secret().to_owned()),
        ..Default::default()
    }
}

/// Someone with their own application who has not signed in yet: the simulator, the app's
/// folders and keychain, its environment, and the app started in them (in demo mode).
async fn with_application() -> (
    SimHandle,
    TempDirs,
    Arc<volvo_api::store::MemoryStore>,
    Given,
    Arc<beacon_app::Core>,
) {
    let sim = Sim::builder().start().await.unwrap();
    let dirs = TempDirs::new();
    let store = Arc::new(volvo_api::store::MemoryStore::new());
    let env = application_env(&sim);
    let core = beacon_app::Core::start(options(&dirs, store.clone(), env.clone()))
        .await
        .unwrap();
    (sim, dirs, store, env, core)
}

/// What the browser does: follows the authorize URL and ends on the redirect.
async fn browser_redirect(authorize_url: &str) -> String {
    let http = volvo_api::http::client_builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = http.get(authorize_url).send().await.unwrap();
    assert!(answer.status().is_redirection(), "{}", answer.status());
    answer.headers()["location"].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn deep_link_sign_in_then_sign_out_back_to_demo() {
    let sim = Sim::builder().start().await.unwrap();
    let app = app_with(application_env(&sim), |_| {}).await;
    assert_eq!(app.core.app_state().mode, Mode::Demo);
    let mut events = app.core.subscribe();

    let start = app.core.begin_sign_in(Via::DeepLink).await.unwrap();
    assert_eq!(start.redirect_uri, "volvo-beacon://auth/callback");
    assert!(start.authorize_url.starts_with(&sim.auth_url()));
    let callback = browser_redirect(&start.authorize_url).await;
    assert!(
        callback.starts_with("volvo-beacon://auth/callback?"),
        "{callback}"
    );

    app.core.handle_deep_link(&callback).await;
    let AppEvent::AuthChanged(state) = next_event(&mut events, "auth-changed").await else {
        unreachable!()
    };
    assert_eq!(state.mode, Mode::Account);
    assert!(state.signed_in);
    assert!(app.store.get(SecretName::RefreshToken).unwrap().is_some());
    let AppEvent::VehiclesChanged(cars) = next_event(&mut events, "vehicles-changed").await else {
        unreachable!()
    };
    assert_eq!(cars.len(), 3);
    // The account's own simulator, not the demo one, answers now.
    let outcome = app
        .core
        .send_command(&vin(XC40), volvo_api::Command::Flash)
        .await
        .unwrap();
    assert_eq!(outcome.status, "COMPLETED");
    assert_eq!(count(&sim.requests(), "POST", "/commands/flash"), 1);

    // The same callback again answers no sign-in that is waiting (its state was used up): it
    // is dropped without a word, like any link that is not ours.
    assert!(!app.core.expects_deep_link(&callback));
    app.core.handle_deep_link(&callback).await;
    let state = app.core.app_state();
    assert_eq!(state.mode, Mode::Account);
    assert_eq!(state.notice, None);

    app.store
        .set(SecretName::ClientSecret, "kept-secret")
        .unwrap();
    let state = app.core.sign_out().await.unwrap();
    assert_eq!(state.mode, Mode::Demo);
    for name in SecretName::ALL {
        assert_eq!(
            app.store.get(name).unwrap(),
            None,
            "{name:?} left in the keychain"
        );
    }
}

#[tokio::test]
async fn a_stored_sign_in_is_used_at_the_next_start() {
    let (_sim, dirs, store, env, first) = with_application().await;
    let start = first.begin_sign_in(Via::Paste).await.unwrap_err();
    assert_eq!(
        start.kind(),
        "not_configured",
        "no https page set up for pasting"
    );
    let start = first.begin_sign_in(Via::DeepLink).await.unwrap();
    let callback = browser_redirect(&start.authorize_url).await;
    let state = first.complete_sign_in(&callback).await.unwrap();
    assert_eq!(state.mode, Mode::Account);

    let second = beacon_app::Core::start(options(&dirs, store.clone(), env.clone()))
        .await
        .unwrap();
    assert_eq!(second.app_state().mode, Mode::Account);
    assert_eq!(second.vehicles(false).await.unwrap().len(), 3);

    let forced_demo = beacon_app::Core::start(beacon_app::Options {
        force_demo: true,
        ..options(&dirs, store, env)
    })
    .await
    .unwrap();
    assert_eq!(forced_demo.app_state().mode, Mode::Demo);
}

#[tokio::test]
async fn loopback_sign_in() {
    let sim = Sim::builder().start().await.unwrap();
    let dirs = TempDirs::new();
    // Port 0 in the settings: any free port, so tests never collide on the real one.
    std::fs::create_dir_all(&dirs.config).unwrap();
    std::fs::write(dirs.config.join("settings.toml"), "loopback_port = 0\n").unwrap();
    let store = Arc::new(volvo_api::store::MemoryStore::new());
    let core = beacon_app::Core::start(options(&dirs, store, application_env(&sim)))
        .await
        .unwrap();
    let mut events = core.subscribe();
    let start = core.begin_sign_in(Via::Loopback).await.unwrap();
    assert!(
        start.redirect_uri.starts_with("http://127.0.0.1:"),
        "{}",
        start.redirect_uri
    );
    let callback = browser_redirect(&start.authorize_url).await;
    let page = volvo_api::http::client_builder()
        .build()
        .unwrap()
        .get(&callback)
        .send()
        .await
        .unwrap();
    assert!(page.status().is_success());
    let AppEvent::AuthChanged(state) = next_event(&mut events, "auth-changed").await else {
        unreachable!()
    };
    assert_eq!(state.mode, Mode::Account);
}

#[tokio::test]
async fn pasted_test_token() {
    let sim = Sim::builder().start().await.unwrap();
    let app = app_with(application_env(&sim), |_| {}).await;
    let err = app
        .core
        .sign_in_with_token("not-a-token")
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "token_rejected");
    assert_eq!(
        app.core.app_state().mode,
        Mode::Demo,
        "a wrong token changes nothing"
    );
    assert_eq!(
        app.core
            .sign_in_with_token("two words")
            .await
            .unwrap_err()
            .kind(),
        "invalid_input"
    );

    let token = sim.mint_access_token(MintOptions::default());
    let state = app
        .core
        .sign_in_with_token(&format!("  {token}\n"))
        .await
        .unwrap();
    assert_eq!(state.mode, Mode::Account);
    assert_eq!(app.core.vehicles(false).await.unwrap().len(), 3);
    assert_eq!(app.store.get(SecretName::RefreshToken).unwrap(), None);

    let state = app.core.use_demo().await.unwrap();
    assert_eq!(state.mode, Mode::Demo);
}

#[tokio::test]
async fn setup_checks_and_stores_without_giving_secrets_back() {
    let sim = Sim::builder().start().await.unwrap();
    let env = Given {
        api_url: Some(sim.api_url()),
        auth_url: Some(sim.auth_url()),
        token_url: Some(sim.token_url()),
        ..Default::default()
    };
    let app = app_with(env, |_| {}).await;
    let status = app.core.setup_status().await.unwrap();
    assert!(!status.has_api_key && !status.has_client_id && !status.has_client_secret);
    assert_eq!(
        status.redirect_uris.deep_link,
        "volvo-beacon://auth/callback"
    );
    assert_eq!(
        status.redirect_uris.loopback,
        "http://127.0.0.1:53682/callback"
    );
    assert!(!status.shortcut.enabled);
    assert_eq!(
        app.core
            .begin_sign_in(Via::DeepLink)
            .await
            .unwrap_err()
            .kind(),
        "not_configured"
    );

    let wrong = app
        .core
        .check_api_key("wrong-key".into(), false)
        .await
        .unwrap_err();
    assert_eq!(wrong.kind(), "invalid_api_key");
    assert!(wrong.to_string().contains("API key"), "{wrong}");
    assert_eq!(app.store.get(SecretName::ApiKey).unwrap(), None);

    let right = app
        .core
        .check_api_key(sim.api_key().into(), false)
        .await
        .unwrap();
    assert!(right.ok, "{}", right.message);
    assert_eq!(
        app.store.get(SecretName::ApiKey).unwrap().as_deref(),
        Some(sim.api_key())
    );

    let status = app
        .core
        .save_client(
            sim.client_id().into(),
            sim.client_secret().into(),
            Some("https://example.org/beacon-back".into()),
        )
        .await
        .unwrap();
    assert_eq!(
        status.redirect_uris.paste.as_deref(),
        Some("https://example.org/beacon-back")
    );
    assert!(status.has_api_key && status.has_client_id && status.has_client_secret);
    assert_eq!(status.client_id.as_deref(), Some(sim.client_id()));
    let shown = serde_json::to_string(&status).unwrap();
    assert!(!shown.contains(sim.client_secret()) && !shown.contains(sim.api_key()));

    // Everything in place: the stored application signs in.
    let start = app.core.begin_sign_in(Via::DeepLink).await.unwrap();
    let callback = browser_redirect(&start.authorize_url).await;
    assert_eq!(
        app.core.complete_sign_in(&callback).await.unwrap().mode,
        Mode::Account
    );

    let status = app
        .core
        .set_shortcut(
            true,
            Some("CommandOrControl+Shift+B".into()),
            Some(vin(XC40)),
        )
        .await
        .unwrap();
    assert!(status.shortcut.enabled);
    assert_eq!(status.shortcut.accelerator, "CommandOrControl+Shift+B");
    app.core.vehicles(false).await.unwrap();
    assert_eq!(
        app.core.shortcut_target(),
        Some((vin(XC40), volvo_api::Command::HonkAndFlash))
    );
}

#[tokio::test]
async fn an_expired_test_token_signs_out_without_losing_the_cars() {
    let sim = Sim::builder().start().await.unwrap();
    let app = app_with(application_env(&sim), |_| {}).await;
    let token = sim.mint_access_token(MintOptions {
        ttl: Some(std::time::Duration::from_secs(2)),
        ..Default::default()
    });
    app.core.sign_in_with_token(&token).await.unwrap();
    let mut events = app.core.subscribe();
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;

    let outcome = app
        .core
        .send_command(&vin(XC40), volvo_api::Command::Honk)
        .await
        .unwrap();
    assert_eq!(outcome.status, "error:test_token_expired");
    let AppEvent::AuthChanged(state) = next_event(&mut events, "auth-changed").await else {
        unreachable!()
    };
    assert_eq!(state.mode, Mode::SignedOut);
    assert!(!state.signed_in);
    assert!(state.signed_out_reason.unwrap().contains("expired"));
    assert_eq!(app.core.cached_vehicles().len(), 3, "the tiles stay");
    assert_eq!(count(&sim.requests(), "POST", "/commands/honk"), 0);
    // The shortcut does not send to the cars that stay: it says why instead.
    let press = shortcut_press::press(&app.core, &SecondYes::default(), std::time::Instant::now());
    assert_eq!(
        press,
        shortcut_press::Press::Say("Signed out: open Volvo Beacon to sign in again".into())
    );
}

/// A sign-in lives in this process until its answer comes back: the app is not handed to a
/// new process (which would not know its state or PKCE verifier) in between. After it, the
/// next process takes the account's cars over without an API call.
#[tokio::test]
async fn an_account_is_handed_over_only_between_sign_ins() {
    let (sim, dirs, store, env, first) = with_application().await;
    let start = first.begin_sign_in(Via::DeepLink).await.unwrap();
    assert_eq!(
        first.handoff().err(),
        Some(beacon_app::handoff::Stay::Busy(
            "a sign-in is waiting for the browser"
        ))
    );
    let callback = browser_redirect(&start.authorize_url).await;
    first.complete_sign_in(&callback).await.unwrap();
    first.vehicles(false).await.unwrap();
    let handoff = first.handoff().expect("signed in and idle");
    assert_eq!(handoff.mode, Mode::Account);
    let json = handoff.to_json();
    assert!(!json.contains(sim.client_secret()) && !json.contains(sim.api_key()));

    sim.clear_requests();
    let next = beacon_app::Core::start(beacon_app::Options {
        handoff: Some(beacon_app::handoff::Handoff::from_json(&json).unwrap()),
        ..options(&dirs, store, env)
    })
    .await
    .unwrap();
    assert_eq!(next.app_state().mode, Mode::Account);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(next.vehicles(false).await.unwrap().len(), 3);
    assert_eq!(sim.requests().len(), 0, "{:?}", sim.requests());
}

/// No keychain (the session-only store): a new process would find nothing, so the tray-only
/// restart must not happen, neither signed in nor with setup half done in the demo.
#[tokio::test]
async fn without_a_keychain_the_app_is_never_handed_over() {
    let sim = Sim::builder().start().await.unwrap();
    let app = app_with(application_env(&sim), |options| {
        options.secret_store = Some(Arc::new(volvo_api::store::MemoryStore::session_only()));
    })
    .await;
    app.core.vehicles(false).await.unwrap();
    assert!(
        app.core.handoff().is_ok(),
        "an empty demo loses nothing by a restart"
    );

    let start = app.core.begin_sign_in(Via::DeepLink).await.unwrap();
    let callback = browser_redirect(&start.authorize_url).await;
    app.core.complete_sign_in(&callback).await.unwrap();
    assert_eq!(app.core.app_state().mode, Mode::Account);
    app.core.vehicles(false).await.unwrap();
    assert_eq!(
        app.core.handoff().err(),
        Some(beacon_app::handoff::Stay::Always(
            "there is no keychain: what this session needs is kept in memory only"
        ))
    );
}

/// Any web page can make the browser open a `volvo-beacon://` link. Only the answer to a
/// sign-in started here, with its live state, may say anything, error answers included.
#[tokio::test]
async fn deep_links_that_answer_no_sign_in_here_are_dropped_silently() {
    let sim = Sim::builder().start().await.unwrap();
    let app = app_with(application_env(&sim), |_| {}).await;
    let foreign = [
        "volvo-beacon://auth/callback?error=access_denied&error_description=Volvo+ID+said+so&state=not-ours",
        "volvo-beacon://auth/callback?error=server_error",
        "volvo-beacon://auth/callback?code=abc&state=not-ours",
        "volvo-beacon://somewhere/else?state=x",
    ];
    // Nothing started: nothing is ours.
    for url in foreign {
        assert!(!app.core.expects_deep_link(url), "{url}");
        app.core.handle_deep_link(url).await;
    }
    assert_eq!(app.core.app_state().notice, None);

    // A sign-in waits: still none of those, but its own answer is, an error answer too.
    let start = app.core.begin_sign_in(Via::DeepLink).await.unwrap();
    for url in foreign {
        assert!(!app.core.expects_deep_link(url), "{url}");
        app.core.handle_deep_link(url).await;
    }
    assert_eq!(app.core.app_state().notice, None);
    assert_eq!(app.core.app_state().mode, Mode::Demo);
    let state = start
        .authorize_url
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("state="))
        .expect("a state in the authorize URL");
    let cancelled = format!("volvo-beacon://auth/callback?error=access_denied&state={state}");
    assert!(app.core.expects_deep_link(&cancelled));
    app.core.handle_deep_link(&cancelled).await;
    let notice = app.core.app_state().notice.expect("the user is told");
    assert!(notice.contains("cancelled"), "{notice}");
    assert!(
        sim.requests().iter().all(|r| r.kind != "token"),
        "no code was exchanged"
    );
}

/// Volvo ID rotates the refresh token on every renewal: a process that ends after Volvo
/// answered and before the keychain has the new token leaves only a dead one behind. While a
/// renewal is under way the app is not handed over, and Quit waits for it (bounded).
#[tokio::test]
async fn a_renewal_under_way_keeps_the_process_until_it_is_saved() {
    let sim = short_lived_tokens().await;
    let app = app_with(application_env(&sim), |_| {}).await;
    sign_in_as(&app.core, "owner@example.com").await;
    app.core.vehicles(false).await.unwrap();
    assert!(app.core.handoff().is_ok(), "idle: nothing to wait for");
    assert!(!app.core.renewing_sign_in());
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;

    // Volvo ID (or a locked keychain) takes 1.5 s over the renewal.
    sim.add_fault(volvo_sim::Fault {
        method: Some("POST".into()),
        path: Some("/as/token.oauth2".into()),
        count: 1,
        action: volvo_sim::FaultAction::Delay { ms: 1500 },
    });
    let core = app.core.clone();
    let reload = tokio::spawn(async move { core.vehicles(true).await });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(app.core.renewing_sign_in());
    assert_eq!(
        app.core.handoff().err(),
        Some(beacon_app::handoff::Stay::Busy(
            beacon_app::handoff::RENEWING
        ))
    );
    // A bound shorter than the renewal gives up and says so; Quit's own bound waits it out.
    assert!(
        !app.core
            .renewal_settled(std::time::Duration::from_millis(100))
            .await
    );
    let waited = std::time::Instant::now();
    assert!(
        app.core
            .renewal_settled(beacon_app::handoff::RENEWAL_WAIT)
            .await
    );
    assert!(waited.elapsed() < beacon_app::handoff::RENEWAL_WAIT);
    assert!(!app.core.renewing_sign_in());
    reload.await.unwrap().unwrap();

    // What the keychain holds is the token Volvo ID gave last, and it still works.
    let stored = app.store.get(SecretName::RefreshToken).unwrap().unwrap();
    let http = volvo_api::http::client_builder().build().unwrap();
    let answer = http
        .post(sim.token_url())
        .basic_auth(sim.client_id(), Some(sim.client_secret()))
        .form(&[("grant_type", "refresh_token"), ("refresh_token", &stored)])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200, "{}", answer.text().await.unwrap());
    assert!(app.core.handoff().is_ok());
}

/// Signs in to a simulator whose Volvo ID ends refresh tokens unused for 3 s, in an app that
/// renews an idle sign-in every second when `checks` says to look often.
async fn idle_account(check_every: std::time::Duration) -> (SimHandle, TestApp) {
    let sim = Sim::builder()
        .scenario(volvo_sim::Scenario {
            refresh_token_idle_secs: 3,
            access_token_ttl_secs: 2,
            ..Default::default()
        })
        .start()
        .await
        .unwrap();
    let app = app_with(application_env(&sim), |options| {
        options.idle_renewal = beacon_app::renewal::IdleRenewal {
            every: std::time::Duration::from_secs(1),
            idle_limit: std::time::Duration::from_secs(3),
            check_every,
        };
    })
    .await;
    let start = app.core.begin_sign_in(Via::DeepLink).await.unwrap();
    let callback = browser_redirect(&start.authorize_url).await;
    app.core.complete_sign_in(&callback).await.unwrap();
    app.core.vehicles(false).await.unwrap();
    (sim, app)
}

fn token_requests(sim: &SimHandle) -> usize {
    sim.requests()
        .iter()
        .filter(|r| r.path == "/as/token.oauth2")
        .count()
}

/// Volvo ID ends a sign-in nobody uses for 7 days; the app in the tray makes no call while no
/// one clicks. Here a week is 3 s: the app renews every second (its 3 days), once per period,
/// and the sign-in outlives the idle limit. Without renewals the same idleness ends it, and
/// the app says why in plain words.
#[tokio::test]
async fn an_idle_sign_in_outlives_volvo_ids_idle_limit_while_the_app_runs() {
    let (sim, app) = idle_account(std::time::Duration::from_millis(200)).await;
    sim.clear_requests();
    tokio::time::sleep(std::time::Duration::from_millis(5500)).await;
    let renewals = token_requests(&sim);
    assert!(
        (4..=6).contains(&renewals),
        "one renewal per second of idleness, not {renewals}"
    );
    assert_eq!(sim.requests().len(), renewals, "nothing else was asked");
    assert_eq!(app.core.app_state().mode, Mode::Account);
    assert_eq!(app.core.vehicles(true).await.unwrap().len(), 3);

    let (sim, app) = idle_account(std::time::Duration::from_secs(3600)).await;
    sim.clear_requests();
    tokio::time::sleep(std::time::Duration::from_millis(4000)).await;
    assert_eq!(token_requests(&sim), 0, "no renewal in this run");
    let ended = app.core.vehicles(true).await.unwrap_err();
    assert!(
        matches!(ended.kind(), "signed_out" | "not_signed_in"),
        "{}: {ended}",
        ended.kind()
    );
    let state = app.core.app_state();
    assert_eq!(state.mode, Mode::SignedOut);
    let reason = state.signed_out_reason.unwrap();
    assert!(
        (reason.contains("it went unused for 4 seconds")
            || reason.contains("it went unused for 5 seconds"))
            && reason.contains("Start with your computer"),
        "{reason}"
    );
}

/// A simulator whose access tokens need renewing a second after they are issued.
async fn short_lived_tokens() -> SimHandle {
    Sim::builder()
        .scenario(volvo_sim::Scenario {
            access_token_ttl_secs: 2,
            ..Default::default()
        })
        .start()
        .await
        .unwrap()
}

/// Signs in through the browser as `who` (the simulator's Volvo ID takes OIDC's login_hint
/// for the account the person chooses).
async fn sign_in_as(core: &Arc<beacon_app::Core>, who: &str) {
    let start = core.begin_sign_in(Via::DeepLink).await.unwrap();
    let authorize = format!(
        "{}&login_hint={}",
        start.authorize_url,
        who.replace('@', "%40")
    );
    let callback = browser_redirect(&authorize).await;
    core.complete_sign_in(&callback).await.unwrap();
}

/// Signing in again while the previous sign-in's token is being renewed: the renewal answers
/// late, after the new account's token was stored. Only one manager owns the store, so the
/// old account's rotated token never lands over the new one.
#[tokio::test]
async fn a_new_sign_in_is_never_overwritten_by_the_previous_ones_renewal() {
    let sim = short_lived_tokens().await;
    let app = app_with(application_env(&sim), |_| {}).await;
    sign_in_as(&app.core, "first@example.com").await;
    app.core.vehicles(false).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;

    sim.add_fault(volvo_sim::Fault {
        method: Some("POST".into()),
        path: Some("/as/token.oauth2".into()),
        count: 1,
        action: volvo_sim::FaultAction::Delay { ms: 1500 },
    });
    let core = app.core.clone();
    let reload = tokio::spawn(async move { core.vehicles(true).await });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        app.core.renewing_sign_in(),
        "the first account's renewal is under way"
    );

    sign_in_as(&app.core, "second@example.com").await;
    let _ = reload.await.unwrap();
    let stored = app.store.get(SecretName::RefreshToken).unwrap().unwrap();
    assert_eq!(
        sim.refresh_token_user(&stored).as_deref(),
        Some("second@example.com")
    );
    assert_eq!(app.core.vehicles(true).await.unwrap().len(), 3);
}

/// A pasted test token replaces a Volvo ID sign-in outright: its refresh token leaves the
/// keychain, so the next start does not quietly come back to the other account.
#[tokio::test]
async fn a_test_token_replaces_the_stored_volvo_id_sign_in() {
    let sim = Sim::builder().start().await.unwrap();
    let app = app_with(application_env(&sim), |_| {}).await;
    sign_in_as(&app.core, "owner@example.com").await;
    assert!(app.store.get(SecretName::RefreshToken).unwrap().is_some());

    let token = sim.mint_access_token(MintOptions::default());
    let state = app.core.sign_in_with_token(&token).await.unwrap();
    assert_eq!(state.mode, Mode::Account);
    assert_eq!(state.notice, None);
    assert_eq!(app.store.get(SecretName::RefreshToken).unwrap(), None);

    let next =
        beacon_app::Core::start(options(&app.dirs, app.store.clone(), application_env(&sim)))
            .await
            .unwrap();
    assert_eq!(
        next.app_state().mode,
        Mode::Demo,
        "not back in the Volvo ID account"
    );
}

/// Signing out in the app ends the refresh token at Volvo ID too when a revocation endpoint
/// is configured (RFC 7009).
#[tokio::test]
async fn sign_out_revokes_the_refresh_token_when_an_endpoint_is_configured() {
    let sim = Sim::builder().start().await.unwrap();
    let env = Given {
        revoke_url: Some(sim.revoke_url()),
        ..application_env(&sim)
    };
    let app = app_with(env, |_| {}).await;
    sign_in_as(&app.core, "owner@example.com").await;
    let token = app.store.get(SecretName::RefreshToken).unwrap().unwrap();
    assert!(sim.refresh_token_user(&token).is_some());
    let state = app.core.sign_out().await.unwrap();
    assert_eq!(state.mode, Mode::Demo);
    assert_eq!(state.notice, None, "nothing went wrong");
    assert_eq!(sim.refresh_token_user(&token), None, "dead at Volvo ID");
    assert_eq!(app.store.get(SecretName::RefreshToken).unwrap(), None);
}

/// The demo's simulator serves the demo only: no `/_sim/...` steering routes for anything
/// else on this computer, and once the app leaves the demo it stops listening.
#[tokio::test]
async fn the_demo_simulator_serves_only_the_demo_and_stops_with_it() {
    let sim = Sim::builder().start().await.unwrap();
    let app = app_with(application_env(&sim), |_| {}).await;
    let demo = app.sim();
    let http = volvo_api::http::client_builder().build().unwrap();
    for path in ["/_sim/health", "/_sim/requests", "/_sim/faults"] {
        let answer = http
            .get(format!("{}{path}", demo.base_url()))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 404, "{path}");
    }
    let minted = http
        .post(format!("{}/_sim/tokens", demo.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(minted.status(), 404);

    let token = sim.mint_access_token(MintOptions::default());
    app.core.sign_in_with_token(&token).await.unwrap();
    let mut stopped = false;
    for _ in 0..50 {
        if http.get(demo.api_url()).send().await.is_err() {
            stopped = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(stopped, "the demo simulator still answers in account mode");
    assert!(app.core.demo_sim().is_none());

    // Back to the demo: a fresh simulator, and the demo works.
    app.core.use_demo().await.unwrap();
    assert_eq!(app.core.vehicles(false).await.unwrap().len(), 3);
}
