//! The whole sign-in and token rotation story, end to end: a real Volvo ID sign-in against the
//! simulator over sockets, the token manager behind the client, and the refresh token in the
//! REAL Secret Service. Needs a D-Bus session with an unlocked keyring; `scripts/with-keyring`
//! makes one:
//!
//!     scripts/with-keyring cargo test -p volvo-api --test token_rotation
//!
//! Without a session bus these tests fail (saying how to run them), unless
//! BEACON_SKIP_KEYCHAIN_TESTS=1 says so: then they run against an in-memory store instead, and
//! the one test that is about the keychain itself is skipped.
//!
//! Access tokens here live one to three seconds, so every test really waits for one to die
//! (and checks that the simulator refuses it) before it looks at how the manager renews it.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Barrier;
use tokio::task::JoinSet;
use volvo_api::auth::{
    LoopbackListener, RefreshToken, TokenSet, VolvoId, VolvoIdConfig, DEEP_LINK_REDIRECT,
};
use volvo_api::store::{
    AuthState, KeychainStore, MemoryStore, RenewalRecord, SecretName, SecretStore, TokenManager,
};
use volvo_api::{Client, Error, TokenSource, Vin};
use volvo_sim::{Fault, FaultAction, RequestRecord, Scenario, Sim, SimHandle};

const VIN: &str = "YV1ROTATE00000001";
const TOKEN_PATH: &str = "/as/token.oauth2";
/// Renew this long before expiry: small, so the tokens below really run out between calls.
const MARGIN: Duration = Duration::from_millis(100);

// ---------------------------------------------------------------------------------------------
// The simulator and the sign-in
// ---------------------------------------------------------------------------------------------

async fn start_sim(ttl_secs: u64, extra: &str) -> SimHandle {
    let toml = format!(
        r#"
access_token_ttl_secs = {ttl_secs}
requests_per_minute = 0
commands_per_minute = 0
daily_quota = 0
{extra}

[application]
client_id = "rotation-client"
client_secret = "rotation-secret"
api_key = "rotation-key"
secondary_api_key = "rotation-key-2"

[[vehicles]]
vin = "{VIN}"
model = "EX30"
latency_ms = 0
"#
    );
    Sim::builder()
        .scenario(Scenario::from_toml_str(&toml).expect("scenario parses"))
        .start()
        .await
        .expect("simulator starts")
}

/// A Volvo ID client for the simulator, as a freshly started Beacon process would build it.
fn volvo_id(sim: &SimHandle) -> VolvoId {
    VolvoId::new(
        VolvoIdConfig::new(sim.client_id(), sim.client_secret())
            .with_endpoints(sim.auth_url(), sim.token_url()),
    )
    .expect("Volvo ID config is valid")
}

/// The browser: follows nothing, so the test sees where Volvo ID sends it.
fn browser() -> reqwest::Client {
    volvo_api::http::client_builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn consent(authorize_url: &str) -> String {
    let response = browser().get(authorize_url).send().await.unwrap();
    assert_eq!(response.status(), 302, "the authorize step should redirect");
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// The deep-link way back: the app is handed `volvo-beacon://auth/callback?...`.
async fn sign_in_by_deep_link(id: &VolvoId) -> TokenSet {
    let request = id.start_sign_in(DEEP_LINK_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;
    assert!(
        location.starts_with("volvo-beacon://auth/callback?"),
        "{location}"
    );
    let tokens = id
        .complete_sign_in(&location)
        .await
        .expect("sign-in completes");
    assert!(
        tokens.refresh_token.is_some(),
        "a sign-in brings a refresh token"
    );
    tokens
}

/// The loopback way back: the browser lands on our listener, which hands over the URL.
async fn sign_in_by_loopback(id: &VolvoId) -> TokenSet {
    let listener = LoopbackListener::bind(0).await.unwrap();
    let request = id.start_sign_in(&listener.redirect_uri()).unwrap();
    let checker = id.clone();
    let waiting = tokio::spawn(listener.wait(Duration::from_secs(10), move |url| {
        checker.check_callback(url)
    }));
    let location = consent(&request.authorize_url).await;
    let page = browser().get(&location).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let callback = waiting
        .await
        .unwrap()
        .expect("the listener gets the callback");
    let tokens = id
        .complete_sign_in(&callback)
        .await
        .expect("sign-in completes");
    assert!(
        tokens.refresh_token.is_some(),
        "a sign-in brings a refresh token"
    );
    tokens
}

/// The time of the last renewal is kept in memory here: these tests are about the tokens,
/// and a record file per test profile would be left in the user's data folder.
fn manager(sim: &SimHandle, store: Arc<dyn SecretStore>) -> Arc<TokenManager> {
    Arc::new(
        TokenManager::new(Arc::new(volvo_id(sim)), store)
            .with_refresh_margin(MARGIN)
            .with_renewal_record(RenewalRecord::in_memory()),
    )
}

fn client(sim: &SimHandle, tokens: &Arc<TokenManager>) -> Client {
    Client::builder()
        .base_url(sim.api_url())
        .api_key(sim.api_key())
        .token_source(tokens.clone())
        .read_timeout(Duration::from_secs(10))
        .build()
        .expect("client builds")
}

fn vin() -> Vin {
    Vin::parse(VIN).unwrap()
}

fn refresh_secret(tokens: &TokenSet) -> String {
    tokens.refresh_token.as_ref().unwrap().secret().to_owned()
}

/// Waits until the simulator itself refuses `access_token`, so the next call really meets an
/// expired token (not just one the manager thinks is old).
async fn wait_until_expired(sim: &SimHandle, access_token: &str) {
    let ttl = Duration::from_secs(sim.scenario().access_token_ttl_secs);
    tokio::time::sleep(ttl + Duration::from_millis(150)).await;
    let status = browser()
        .get(format!("{}/vehicles", sim.api_url()))
        .bearer_auth(access_token)
        .header("vcc-api-key", sim.api_key())
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 401, "the access token should have expired by now");
}

fn token_requests(sim: &SimHandle) -> Vec<RequestRecord> {
    sim.requests()
        .into_iter()
        .filter(|r| r.kind == "token")
        .collect()
}

/// `(status, grant_type)` of every token request, in order.
fn token_log(sim: &SimHandle) -> Vec<(u16, String)> {
    token_requests(sim)
        .into_iter()
        .map(|r| (r.status, r.grant_type.unwrap_or_default()))
        .collect()
}

fn refreshes(sim: &SimHandle) -> Vec<u16> {
    token_requests(sim)
        .into_iter()
        .filter(|r| r.grant_type.as_deref() == Some("refresh_token"))
        .map(|r| r.status)
        .collect()
}

fn api_statuses(sim: &SimHandle) -> Vec<u16> {
    sim.requests()
        .into_iter()
        .filter(|r| r.kind == "api")
        .map(|r| r.status)
        .collect()
}

/// Whether Volvo ID still takes `refresh_token`, asked by a client that shares nothing with
/// the ones under test. A live token gets rotated by this, so only ask about dead ones, or
/// put the rotated one back.
async fn refresh_directly(sim: &SimHandle, refresh_token: &str) -> Result<TokenSet, Error> {
    volvo_id(sim)
        .exchange_refresh(&RefreshToken::new(refresh_token))
        .await
}

// ---------------------------------------------------------------------------------------------
// The secret store: the real keychain, namespaced per test
// ---------------------------------------------------------------------------------------------

enum Backing {
    Keychain(String),
    /// Only with BEACON_SKIP_KEYCHAIN_TESTS=1 and no session bus.
    Memory(Arc<MemoryStore>),
}

/// The refresh token's home for one test. `handle()` gives a new, independent handle onto the
/// same storage, as a second Beacon process would open it.
struct TestStore {
    backing: Backing,
}

impl TestStore {
    fn open(test: &str) -> TestStore {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            if skipping_keychain() {
                eprintln!(
                    "{test}: BEACON_SKIP_KEYCHAIN_TESTS=1 and no session bus: using an in-memory store"
                );
                return TestStore {
                    backing: Backing::Memory(Arc::new(MemoryStore::new())),
                };
            }
            panic!("{}", no_bus_message(test));
        }
        let profile = format!("beacon-test-{}-{test}", std::process::id());
        let store = TestStore {
            backing: Backing::Keychain(profile),
        };
        store.handle().delete_all().unwrap();
        store
    }

    fn is_keychain(&self) -> bool {
        matches!(self.backing, Backing::Keychain(_))
    }

    fn handle(&self) -> Arc<dyn SecretStore> {
        match &self.backing {
            Backing::Keychain(profile) => Arc::new(
                KeychainStore::open(profile)
                    .unwrap_or_else(|e| panic!("the keychain is not usable: {e}")),
            ),
            Backing::Memory(store) => store.clone(),
        }
    }

    /// What the store holds now, read through a handle of its own.
    fn refresh_token(&self) -> Option<String> {
        self.handle().get(SecretName::RefreshToken).unwrap()
    }
}

impl Drop for TestStore {
    fn drop(&mut self) {
        if self.is_keychain() {
            let _ = self.handle().delete_all();
        }
    }
}

fn skipping_keychain() -> bool {
    std::env::var("BEACON_SKIP_KEYCHAIN_TESTS").as_deref() == Ok("1")
}

fn no_bus_message(test: &str) -> String {
    format!(
        "{test} needs a D-Bus session with an unlocked gnome-keyring, and \
         DBUS_SESSION_BUS_ADDRESS is not set. Run it with\n    \
         scripts/with-keyring cargo test -p volvo-api --test token_rotation\n\
         or set BEACON_SKIP_KEYCHAIN_TESTS=1 to run it against an in-memory store instead."
    )
}

fn assert_signed_in(tokens: &TokenManager) {
    let status = tokens.status();
    assert!(status.signed_in, "should still be signed in: {status:?}");
    assert_eq!(status.reason_signed_out, None);
    assert_eq!(*tokens.subscribe().borrow(), AuthState::SignedIn);
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_calls_on_an_expired_token_share_one_refresh() {
    let store = TestStore::open("fifty-concurrent");
    let sim = start_sim(3, "").await;
    let signed_in = sign_in_by_loopback(&volvo_id(&sim)).await;
    let first_refresh = refresh_secret(&signed_in);
    let first_access = signed_in.access_token.secret().to_owned();
    let tokens = manager(&sim, store.handle());
    tokens.sign_in(signed_in).unwrap();
    assert_eq!(
        store.refresh_token().as_deref(),
        Some(first_refresh.as_str())
    );
    let client = client(&sim, &tokens);

    // While the token is fresh, calls need no token request at all.
    client.list_vehicles().await.unwrap();
    assert!(refreshes(&sim).is_empty(), "{:?}", token_log(&sim));

    wait_until_expired(&sim, &first_access).await;
    sim.clear_requests();
    // The refresh takes a while, so every caller arrives while it is still in flight.
    sim.add_fault(Fault::on(
        "POST",
        TOKEN_PATH,
        FaultAction::Delay { ms: 300 },
    ));

    let start = Arc::new(Barrier::new(50));
    let mut calls = JoinSet::new();
    for i in 0..50 {
        let client = client.clone();
        let start = start.clone();
        calls.spawn(async move {
            start.wait().await;
            if i % 2 == 0 {
                client.list_vehicles().await.map(|vins| vins == [vin()])
            } else {
                let details = client.vehicle_details(&vin()).await;
                details.map(|d| d.vin.as_deref() == Some(VIN))
            }
        });
    }
    let mut failures = Vec::new();
    let mut done = 0;
    while let Some(joined) = calls.join_next().await {
        match joined.expect("call task panicked") {
            Ok(right_car) => {
                assert!(right_car, "an answer about another car");
                done += 1;
            }
            Err(e) => failures.push(format!("{}: {e}", e.kind())),
        }
    }
    assert!(failures.is_empty(), "failed calls: {failures:?}");
    assert_eq!(done, 50);

    assert_eq!(
        token_log(&sim),
        vec![(200, "refresh_token".to_owned())],
        "exactly one refresh for all 50 callers"
    );
    // Every call went out once, with the new token: none used the dead one and retried.
    assert_eq!(api_statuses(&sim), vec![200; 50]);
    // The rotated refresh token was saved, and the one it replaced is dead.
    let rotated = store.refresh_token().expect("a refresh token is stored");
    assert_ne!(rotated, first_refresh);
    assert_signed_in(&tokens);
    assert_eq!(
        refresh_directly(&sim, &first_refresh)
            .await
            .unwrap_err()
            .kind(),
        "signed_out"
    );
}

#[tokio::test]
async fn a_second_process_renews_with_the_stored_refresh_token_and_the_old_one_dies() {
    let store = TestStore::open("second-process");
    if !store.is_keychain() {
        eprintln!("skipping: this test is about the keychain shared between processes");
        return;
    }
    let sim = start_sim(2, "").await;

    // Process A signs in.
    let signed_in = sign_in_by_deep_link(&volvo_id(&sim)).await;
    let r1 = refresh_secret(&signed_in);
    let a_access = signed_in.access_token.secret().to_owned();
    let a = manager(&sim, store.handle());
    a.sign_in(signed_in).unwrap();
    let a_client = client(&sim, &a);
    a_client.list_vehicles().await.unwrap();
    assert_eq!(store.refresh_token().as_deref(), Some(r1.as_str()));

    // Process B starts from nothing but the keychain: its own VolvoId, its own store handle.
    let b = manager(&sim, store.handle());
    assert!(b.status().signed_in, "B should find the stored sign-in");
    sim.clear_requests();
    let b_client = client(&sim, &b);
    assert_eq!(b_client.list_vehicles().await.unwrap(), vec![vin()]);
    assert_eq!(
        token_log(&sim),
        vec![(200, "refresh_token".to_owned())],
        "B renews once with the stored refresh token (no new sign-in)"
    );
    let r2 = store.refresh_token().expect("B stored the rotated token");
    assert_ne!(r2, r1, "B must store the rotated refresh token");
    assert_signed_in(&b);

    // Rotation: A's refresh token is dead now.
    assert_eq!(
        refresh_directly(&sim, &r1).await.unwrap_err().kind(),
        "signed_out"
    );

    // When A's access token runs out, A renews with what the keychain holds now (B's), not
    // with the one it signed in with: one refresh, accepted.
    wait_until_expired(&sim, &a_access).await;
    sim.clear_requests();
    a_client.vehicle_details(&vin()).await.unwrap();
    assert_eq!(token_log(&sim), vec![(200, "refresh_token".to_owned())]);
    let r3 = store.refresh_token().expect("A stored the rotated token");
    assert!(r3 != r1 && r3 != r2, "A must store its newly rotated token");
    assert_signed_in(&a);
    assert_eq!(
        refresh_directly(&sim, &r2).await.unwrap_err().kind(),
        "signed_out"
    );

    // And the keychain's token is the live one: B, once its token runs out, carries on.
    tokio::time::sleep(Duration::from_secs(2)).await;
    sim.clear_requests();
    b_client.list_vehicles().await.unwrap();
    assert_eq!(token_log(&sim), vec![(200, "refresh_token".to_owned())]);
    let r4 = store.refresh_token().unwrap();
    assert!(![&r1, &r2, &r3].contains(&&r4));
    assert_signed_in(&b);
}

#[tokio::test]
async fn a_refresh_answer_without_a_refresh_token_keeps_the_old_one() {
    let store = TestStore::open("no-refresh-token");
    let sim = start_sim(1, "omit_refresh_token_on_refresh = true").await;
    let signed_in = sign_in_by_deep_link(&volvo_id(&sim)).await;
    let r1 = refresh_secret(&signed_in);
    let mut access = signed_in.access_token.secret().to_owned();
    let tokens = manager(&sim, store.handle());
    tokens.sign_in(signed_in).unwrap();
    let client = client(&sim, &tokens);

    for round in 1..=2 {
        wait_until_expired(&sim, &access).await;
        sim.clear_requests();
        client
            .list_vehicles()
            .await
            .unwrap_or_else(|e| panic!("round {round}: {}: {e}", e.kind()));
        assert_eq!(
            token_log(&sim),
            vec![(200, "refresh_token".to_owned())],
            "round {round}"
        );
        assert_eq!(
            store.refresh_token().as_deref(),
            Some(r1.as_str()),
            "round {round}: the old refresh token must stay stored"
        );
        assert_signed_in(&tokens);
        // The token the call just got; still fresh, so asking costs no request.
        access = tokens.access_token().await.unwrap().secret().to_owned();
        assert_eq!(token_log(&sim).len(), 1);
    }
}

#[tokio::test]
async fn invalid_grant_signs_out_deletes_the_refresh_token_and_stops_asking() {
    let store = TestStore::open("invalid-grant");
    let sim = start_sim(1, "").await;
    let signed_in = sign_in_by_deep_link(&volvo_id(&sim)).await;
    let r1 = refresh_secret(&signed_in);
    let access = signed_in.access_token.secret().to_owned();
    let tokens = manager(&sim, store.handle());
    let mut events = tokens.subscribe();
    tokens.sign_in(signed_in).unwrap();
    let client = client(&sim, &tokens);
    client.list_vehicles().await.unwrap();

    // Somewhere else (another device, a revocation) the refresh token is used up; the store
    // still holds it, so the manager has no newer one to fall back on.
    let elsewhere = refresh_directly(&sim, &r1).await.expect("r1 was alive");
    assert_ne!(refresh_secret(&elsewhere), r1);
    assert_eq!(store.refresh_token().as_deref(), Some(r1.as_str()));

    wait_until_expired(&sim, &access).await;
    sim.clear_requests();
    let e = client.list_vehicles().await.unwrap_err();
    assert!(
        matches!(e.kind(), "signed_out" | "not_signed_in"),
        "{}: {e}",
        e.kind()
    );
    assert_eq!(
        token_log(&sim),
        vec![(400, "refresh_token".to_owned())],
        "one refused refresh, no retry with the same token"
    );
    assert!(api_statuses(&sim).is_empty(), "no API call without a token");

    let status = tokens.status();
    assert!(!status.signed_in, "{status:?}");
    let reason = status.reason_signed_out.expect("a reason is given");
    assert!(!reason.trim().is_empty());
    assert_eq!(
        store.refresh_token(),
        None,
        "the dead refresh token is deleted"
    );
    events.mark_changed();
    assert!(
        matches!(&*events.borrow_and_update(), AuthState::SignedOut { reason: Some(r) } if *r == reason),
        "{:?}",
        *events.borrow()
    );

    // From now on: no token requests, no API requests, a plain "not signed in".
    for _ in 0..3 {
        let e = client.vehicle_details(&vin()).await.unwrap_err();
        assert_eq!(e.kind(), "not_signed_in", "{e}");
    }
    let mut calls = JoinSet::new();
    for _ in 0..10 {
        let client = client.clone();
        calls.spawn(async move { client.list_vehicles().await });
    }
    while let Some(joined) = calls.join_next().await {
        assert_eq!(joined.unwrap().unwrap_err().kind(), "not_signed_in");
    }
    assert_eq!(token_log(&sim), vec![(400, "refresh_token".to_owned())]);
    assert!(api_statuses(&sim).is_empty());
    assert!(!tokens.status().signed_in);
}

/// The token endpoint fails once with `action`; the refresh that meets it fails without
/// signing anyone out, and the next call renews and works. Returns the failed call's error.
async fn refresh_fails_once(test: &str, action: FaultAction) -> Error {
    let store = TestStore::open(test);
    let sim = start_sim(1, "").await;
    let signed_in = sign_in_by_deep_link(&volvo_id(&sim)).await;
    let r1 = refresh_secret(&signed_in);
    let access = signed_in.access_token.secret().to_owned();
    let tokens = manager(&sim, store.handle());
    tokens.sign_in(signed_in).unwrap();
    let client = client(&sim, &tokens);

    wait_until_expired(&sim, &access).await;
    sim.clear_requests();
    sim.add_fault(Fault {
        method: Some("POST".into()),
        path: Some(TOKEN_PATH.into()),
        count: 1,
        action,
    });
    let failed = client.list_vehicles().await.unwrap_err();
    assert!(
        !matches!(failed.kind(), "signed_out" | "not_signed_in"),
        "{}: {failed}",
        failed.kind()
    );
    assert_eq!(refreshes(&sim).len(), 1, "{:?}", token_log(&sim));
    assert!(api_statuses(&sim).is_empty());
    // Not signed out: the refresh token is still there and still the same.
    assert_signed_in(&tokens);
    assert_eq!(store.refresh_token().as_deref(), Some(r1.as_str()));

    // The next call tries again, and works.
    assert_eq!(client.list_vehicles().await.unwrap(), vec![vin()]);
    let log = refreshes(&sim);
    assert_eq!(log.len(), 2, "{:?}", token_log(&sim));
    assert_eq!(log[1], 200);
    assert_eq!(api_statuses(&sim), vec![200]);
    let r2 = store.refresh_token().expect("a refresh token is stored");
    assert_ne!(r2, r1, "the retry's rotated token is stored");
    assert_signed_in(&tokens);
    failed
}

#[tokio::test]
async fn a_dropped_connection_during_refresh_does_not_sign_out() {
    let e = refresh_fails_once("refresh-reset", FaultAction::Reset).await;
    assert_eq!(e.kind(), "network", "{e}");
    assert!(!e.command_may_have_run());
}

fn status_503(body: &str) -> FaultAction {
    FaultAction::Status {
        status: 503,
        body: body.into(),
        headers: Default::default(),
    }
}

#[tokio::test]
async fn a_503_from_volvo_id_during_refresh_does_not_sign_out() {
    let e = refresh_fails_once("refresh-503", status_503("Service Unavailable")).await;
    assert!(!e.command_may_have_run());
}

/// A Volvo ID outage while signed in reads as a Volvo service problem, whether the 503 is a
/// gateway's plain text or an OAuth-style `temporarily_unavailable`: not "unreadable answer",
/// and not "sign-in failed" to someone who is signed in.
#[tokio::test]
async fn a_volvo_id_outage_during_refresh_reads_as_a_server_problem() {
    let mut kinds = Vec::new();
    for (test, body) in [
        ("refresh-503-text", "Service Unavailable"),
        (
            "refresh-503-json",
            r#"{"error":"temporarily_unavailable","error_description":"try later"}"#,
        ),
    ] {
        let e = refresh_fails_once(test, status_503(body)).await;
        kinds.push((body, e.kind(), e.to_string()));
    }
    assert!(
        kinds.iter().all(|(_, kind, _)| *kind == "server_error"),
        "a 503 from Volvo ID should be `server_error`; got {kinds:#?}"
    );
}

/// Volvo ID ends a refresh token that goes unused for 7 days. A Beacon left running renews the
/// sign-in every 3 days, one token request each time, so days of idleness never end it; a
/// sign-in that did sit unused past the limit (Beacon was not running) is explained, and the
/// time of the last renewal is kept without any secret.
#[tokio::test]
async fn an_idle_sign_in_is_renewed_every_three_days_and_an_ended_one_explained() {
    let store = TestStore::open("idle-weeks");
    let sim = start_sim(300, "").await;
    let dir = std::env::temp_dir().join(format!("beacon-idle-{}", uuid::Uuid::new_v4()));
    let record = RenewalRecord::at(dir.join("sign-in-renewed"));
    let tokens = Arc::new(
        TokenManager::new(Arc::new(volvo_id(&sim)), store.handle())
            .with_renewal_record(record.clone()),
    );
    tokens
        .sign_in(sign_in_by_deep_link(&volvo_id(&sim)).await)
        .unwrap();
    let day = Duration::from_secs(24 * 3600);
    let just_now = |at: Option<std::time::SystemTime>| {
        at.and_then(|at| at.elapsed().ok())
            .is_some_and(|age| age < Duration::from_secs(60))
    };
    assert!(just_now(record.last()), "the sign-in is recorded");
    let on_disk = std::fs::read_to_string(record.path().unwrap()).unwrap();
    assert!(
        !on_disk.contains(&store.refresh_token().unwrap()),
        "no secret beside the time"
    );

    sim.clear_requests();
    assert!(
        !tokens.renew_if_due().await.unwrap(),
        "fresh: nothing to do"
    );
    assert!(token_requests(&sim).is_empty());

    // Twice, four days pass with nothing used: eight in all, past Volvo ID's limit, yet each
    // renewal keeps the sign-in alive.
    for round in 1..=2 {
        sim.age_refresh_tokens(4 * day);
        record.note(record.last().unwrap() - 4 * day);
        assert!(tokens.renew_if_due().await.unwrap(), "round {round}");
        assert!(!tokens.renew_if_due().await.unwrap(), "round {round}");
        assert_eq!(refreshes(&sim), vec![200; round], "one request per renewal");
        assert!(just_now(record.last()));
        assert_signed_in(&tokens);
    }

    // Beacon was not running for eight days: Volvo ID ended the sign-in, and says only that
    // the token expired. Beacon says why, and what keeps a sign-in alive.
    sim.age_refresh_tokens(8 * day);
    record.note(record.last().unwrap() - 8 * day);
    let ended = tokens.renew_if_due().await.unwrap_err();
    assert_eq!(ended.kind(), "signed_out", "{ended}");
    let words = ended.to_string();
    assert!(
        words.contains("unused for 8 days") && words.contains("Start with your computer"),
        "{words}"
    );
    let reason = tokens.status().reason_signed_out.unwrap();
    assert!(words.contains(&reason), "{reason}");
    assert_eq!(store.refresh_token(), None, "the dead token is deleted");
    assert!(
        record.last().is_some(),
        "kept, to explain the ended sign-in"
    );
    tokens.sign_out().unwrap();
    assert_eq!(record.last(), None, "a sign-out leaves nothing to explain");
    let _ = std::fs::remove_dir_all(dir);
}
