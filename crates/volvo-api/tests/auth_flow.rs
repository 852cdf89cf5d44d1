//! The Volvo ID sign-in against the simulator over real sockets: the three ways back, the
//! state checks, code exchange and refresh errors, and test tokens.

use std::time::{Duration, SystemTime};

use volvo_api::auth::{
    jwt_expiry, LoopbackListener, RefreshToken, RefreshTokens, TestTokenSource, TokenSet, VolvoId,
    VolvoIdConfig, DEEP_LINK_REDIRECT,
};
use volvo_api::{Error, TokenSource};
use volvo_sim::{Fault, FaultAction, MintOptions, Scenario, Sim, SimHandle};

const PASTE_REDIRECT: &str = "https://beacon.example/signed-in";
const TOKEN_PATH: &str = "/as/token.oauth2";

async fn sim(toml: &str) -> SimHandle {
    Sim::builder()
        .scenario(Scenario::from_toml_str(toml).expect("scenario parses"))
        .start()
        .await
        .expect("simulator starts")
}

fn config(sim: &SimHandle) -> VolvoIdConfig {
    VolvoIdConfig {
        client_id: sim.client_id().to_owned(),
        client_secret: sim.client_secret().to_owned(),
        auth_url: sim.auth_url(),
        token_url: sim.token_url(),
        revoke_url: None,
    }
}

fn volvo_id(sim: &SimHandle) -> VolvoId {
    VolvoId::new(config(sim)).expect("config is valid")
}

/// The browser: follows nothing, so the test sees where Volvo ID sends it.
fn browser() -> reqwest::Client {
    volvo_api::http::client_builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Opens the authorize URL and returns where Volvo ID redirects to.
async fn consent(authorize_url: &str) -> String {
    let response = browser().get(authorize_url).send().await.unwrap();
    assert_eq!(response.status(), 302, "authorize should redirect");
    response.headers()["location"].to_str().unwrap().to_owned()
}

fn token_requests(sim: &SimHandle) -> Vec<(Option<String>, u16)> {
    sim.requests()
        .into_iter()
        .filter(|r| r.kind == "token")
        .map(|r| (r.grant_type, r.status))
        .collect()
}

/// The query of `url` with `state` replaced (or removed for `None`).
fn with_state(url: &str, state: Option<&str>) -> String {
    let mut parsed = url::Url::parse(url).unwrap();
    let kept: Vec<(String, String)> = parsed
        .query_pairs()
        .filter(|(k, _)| k != "state")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    {
        let mut q = parsed.query_pairs_mut();
        q.clear();
        for (k, v) in &kept {
            q.append_pair(k, v);
        }
        if let Some(state) = state {
            q.append_pair("state", state);
        }
    }
    parsed.into()
}

async fn signed_in(id: &VolvoId) -> TokenSet {
    let request = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;
    id.complete_sign_in(&location)
        .await
        .expect("sign-in completes")
}

fn assert_fresh_tokens(sim: &SimHandle, tokens: &TokenSet) {
    assert!(tokens.access_token.secret().split('.').count() == 3);
    assert!(tokens.refresh_token.is_some());
    assert_eq!(
        tokens.expires_in,
        Some(Duration::from_secs(sim.scenario().access_token_ttl_secs))
    );
    assert_eq!(
        tokens.scope.as_deref(),
        Some(volvo_api::auth::SCOPES.join(" ").as_str())
    );
}

#[tokio::test]
async fn loopback_sign_in_end_to_end() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let listener = LoopbackListener::bind(0).await.unwrap();
    let redirect_uri = listener.redirect_uri();
    assert!(
        redirect_uri.starts_with("http://127.0.0.1:"),
        "{redirect_uri}"
    );
    assert!(redirect_uri.ends_with("/callback"), "{redirect_uri}");

    let request = id.start_sign_in(&redirect_uri).unwrap();
    let checker = id.clone();
    let waiting = tokio::spawn(listener.wait(Duration::from_secs(10), move |url| {
        checker.check_callback(url)
    }));

    let location = consent(&request.authorize_url).await;
    assert!(location.starts_with(&redirect_uri), "{location}");

    // A request with someone else's state (a stale tab, a forged link) is turned away and
    // the listener keeps waiting for the real one.
    let forged = with_state(&location, Some("forged-state-0000000000"));
    let refused = browser().get(&forged).send().await.unwrap();
    assert_eq!(refused.status(), 400);
    assert!(refused.text().await.unwrap().contains("does not belong"));
    assert!(!waiting.is_finished());

    let page = browser().get(&location).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(
        page.headers()["content-security-policy"],
        "default-src 'none'"
    );
    assert_eq!(page.headers()["cache-control"], "no-store");
    assert!(page
        .text()
        .await
        .unwrap()
        .contains("You can close this tab and return to Volvo Beacon"));

    let callback_url = waiting
        .await
        .unwrap()
        .expect("listener returns the callback");
    assert_eq!(callback_url, location);
    let tokens = id.complete_sign_in(&callback_url).await.unwrap();
    assert_fresh_tokens(&sim, &tokens);
    assert_eq!(
        token_requests(&sim),
        vec![(Some("authorization_code".into()), 200)]
    );
}

#[tokio::test]
async fn pasted_redirect_url_signs_in() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let request = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;
    assert!(location.starts_with(PASTE_REDIRECT), "{location}");

    let pasted = format!("  \"{location}\" \n");
    let tokens = id.complete_sign_in(&pasted).await.unwrap();
    assert_fresh_tokens(&sim, &tokens);
}

#[tokio::test]
async fn deep_link_sign_in_completes() {
    let sim = sim(&format!("redirect_uris = [\"{DEEP_LINK_REDIRECT}\"]")).await;
    let id = volvo_id(&sim);
    let request = id.start_sign_in(DEEP_LINK_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;
    assert!(
        location.starts_with("volvo-beacon://auth/callback?"),
        "{location}"
    );
    let parsed = VolvoId::parse_callback(&location).unwrap();
    assert_eq!(parsed.state, request.state);
    let tokens = id.complete_sign_in(&location).await.unwrap();
    assert_fresh_tokens(&sim, &tokens);
}

#[tokio::test]
async fn deep_link_to_another_host_is_refused_before_any_token_request() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let request = id.start_sign_in(DEEP_LINK_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;
    let hijacked = location.replacen("volvo-beacon://auth/", "volvo-beacon://evil/", 1);
    let e = id.complete_sign_in(&hijacked).await.unwrap_err();
    assert_eq!(e.kind(), "invalid_callback", "{e}");
    assert!(token_requests(&sim).is_empty());
    // The real answer still works: a refused paste does not use up the sign-in.
    assert!(id.complete_sign_in(&location).await.is_ok());
}

#[tokio::test]
async fn wrong_state_is_refused_without_a_token_request() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let request = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;

    let forged = with_state(&location, Some("forged-state-0000000000"));
    match id.complete_sign_in(&forged).await.unwrap_err() {
        Error::InvalidState { reason } => assert_eq!(
            reason.to_string(),
            "This sign-in answer does not belong to a sign-in started here (or was already used)."
        ),
        other => panic!("{other:?}"),
    }
    assert!(token_requests(&sim).is_empty());
    assert!(id.complete_sign_in(&location).await.is_ok());
}

#[tokio::test]
async fn missing_state_is_refused_without_a_token_request() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let request = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;

    let stateless = with_state(&location, None);
    let e = id.complete_sign_in(&stateless).await.unwrap_err();
    assert_eq!(e.kind(), "invalid_state");
    assert!(e.to_string().contains("no state"), "{e}");
    assert!(token_requests(&sim).is_empty());
}

#[tokio::test]
async fn replayed_callback_is_refused_without_a_second_token_request() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let request = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;

    id.complete_sign_in(&location).await.unwrap();
    let e = id.complete_sign_in(&location).await.unwrap_err();
    assert_eq!(e.kind(), "invalid_state");
    assert!(e.to_string().contains("already used"), "{e}");
    // A clone shares the table: the replay cannot go through another handle either.
    assert_eq!(
        id.clone()
            .complete_sign_in(&location)
            .await
            .unwrap_err()
            .kind(),
        "invalid_state"
    );
    assert_eq!(token_requests(&sim).len(), 1);
}

#[tokio::test]
async fn expired_state_is_refused() {
    let sim = sim("").await;
    let id = volvo_id(&sim).with_state_ttl(Duration::from_millis(50));
    let request = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;
    tokio::time::sleep(Duration::from_millis(120)).await;

    let e = id.complete_sign_in(&location).await.unwrap_err();
    assert_eq!(e.kind(), "invalid_state");
    assert!(e.to_string().contains("took longer"), "{e}");
    assert!(token_requests(&sim).is_empty());
}

#[tokio::test]
async fn denied_consent_is_a_cancellation() {
    let sim = sim("deny_consent = true").await;
    let id = volvo_id(&sim);
    let request = id.start_sign_in(DEEP_LINK_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;
    assert!(location.contains("error=access_denied"), "{location}");

    let e = id.complete_sign_in(&location).await.unwrap_err();
    assert!(matches!(e, Error::SignInCancelled { .. }), "{e:?}");
    assert_eq!(e.to_string(), "Sign-in was cancelled.");
    assert!(token_requests(&sim).is_empty());
}

#[tokio::test]
async fn used_code_is_refused_by_volvo_id() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let first = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let location = consent(&first.authorize_url).await;
    id.complete_sign_in(&location).await.unwrap();

    // Get past our own replay protection with a second, genuine sign-in's state, so the
    // spent code reaches Volvo ID.
    let second = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let replay = with_state(&location, Some(&second.state));
    match id.complete_sign_in(&replay).await.unwrap_err() {
        Error::SignInFailed { error, description } => {
            assert_eq!(error, "invalid_grant");
            let description = description.unwrap_or_default();
            assert!(description.contains("already been used"), "{description}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        token_requests(&sim)
            .iter()
            .map(|(_, status)| *status)
            .collect::<Vec<_>>(),
        vec![200, 400]
    );
}

#[tokio::test]
async fn wrong_client_secret_is_invalid_client() {
    let sim = sim("").await;
    let id = VolvoId::new(VolvoIdConfig {
        client_secret: "not-the-secret".into(),
        ..config(&sim)
    })
    .unwrap();
    let request = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;
    let e = id.complete_sign_in(&location).await.unwrap_err();
    match &e {
        Error::SignInFailed { error, .. } => assert_eq!(error, "invalid_client"),
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().contains("client secret"), "{e}");
}

#[tokio::test]
async fn pasted_credentials_with_whitespace_still_work() {
    let sim = sim("").await;
    let id = VolvoId::new(VolvoIdConfig {
        client_id: format!(" {}\n", sim.client_id()),
        client_secret: format!("\t{} ", sim.client_secret()),
        ..config(&sim)
    })
    .unwrap();
    signed_in(&id).await;
}

#[tokio::test]
async fn refresh_rotates_and_the_old_token_signs_out() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let first = signed_in(&id).await;
    let rt1 = first.refresh_token.clone().unwrap();

    let refresher: &dyn RefreshTokens = &id;
    let second = refresher.refresh(&rt1).await.unwrap();
    let rt2 = second
        .refresh_token
        .clone()
        .expect("rotation sends a new one");
    assert_ne!(rt2, rt1);
    assert_ne!(second.access_token, first.access_token);

    match id.exchange_refresh(&rt1).await.unwrap_err() {
        Error::SignedOut { reason } => assert!(!reason.is_empty()),
        other => panic!("{other:?}"),
    }
    // Only the dead token was refused: the rotated one still works.
    let third = id.exchange_refresh(&rt2).await.unwrap();
    assert_ne!(third.refresh_token.as_ref(), Some(&rt2));
    let grants: Vec<_> = token_requests(&sim)
        .into_iter()
        .map(|(g, s)| (g.unwrap_or_default(), s))
        .collect();
    assert_eq!(
        grants,
        vec![
            ("authorization_code".into(), 200),
            ("refresh_token".into(), 200),
            ("refresh_token".into(), 400),
            ("refresh_token".into(), 200),
        ]
    );
}

#[tokio::test]
async fn refresh_answer_without_refresh_token_gives_none() {
    let sim = sim("omit_refresh_token_on_refresh = true").await;
    let id = volvo_id(&sim);
    let rt = signed_in(&id).await.refresh_token.unwrap();
    let refreshed = id.exchange_refresh(&rt).await.unwrap();
    assert!(refreshed.refresh_token.is_none());
    assert!(!refreshed.access_token.secret().is_empty());
    assert!(
        id.exchange_refresh(&rt).await.is_ok(),
        "the old one stays valid"
    );
}

#[tokio::test]
async fn refresh_against_a_dead_port_is_a_network_error() {
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let id = VolvoId::new(VolvoIdConfig::new("c", "s").with_endpoints(
        format!("http://127.0.0.1:{port}/as/authorization.oauth2"),
        format!("http://127.0.0.1:{port}/as/token.oauth2"),
    ))
    .unwrap();
    match id
        .exchange_refresh(&RefreshToken::new("rt"))
        .await
        .unwrap_err()
    {
        Error::Network {
            detail,
            command_may_have_run,
        } => {
            assert!(!command_may_have_run);
            assert!(!detail.is_empty());
        }
        other => panic!("expected Network, got {other:?}"),
    }
}

#[tokio::test]
async fn refresh_connection_reset_is_a_network_error() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let rt = signed_in(&id).await.refresh_token.unwrap();
    sim.add_fault(Fault::on("POST", TOKEN_PATH, FaultAction::Reset));
    let e = id.exchange_refresh(&rt).await.unwrap_err();
    assert_eq!(e.kind(), "network", "{e:?}");
    assert!(!e.command_may_have_run());
}

#[tokio::test]
async fn refresh_server_trouble_does_not_sign_out() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let rt = signed_in(&id).await.refresh_token.unwrap();

    sim.add_fault(Fault::on(
        "POST",
        TOKEN_PATH,
        FaultAction::Status {
            status: 503,
            body: r#"{"error":"temporarily_unavailable"}"#.into(),
            headers: Default::default(),
        },
    ));
    match id.exchange_refresh(&rt).await.unwrap_err() {
        Error::Server {
            status: 503,
            detail,
            command_may_have_run: false,
        } => assert!(detail.contains("temporarily_unavailable"), "{detail}"),
        other => panic!("{other:?}"),
    }

    sim.add_fault(Fault::on(
        "POST",
        TOKEN_PATH,
        FaultAction::Status {
            status: 502,
            body: "<html>Bad gateway</html>".into(),
            headers: Default::default(),
        },
    ));
    match id.exchange_refresh(&rt).await.unwrap_err() {
        Error::Server {
            status: 502,
            detail,
            ..
        } => assert!(detail.contains("Bad gateway"), "{detail}"),
        other => panic!("{other:?}"),
    }

    // The faults were answered in Volvo ID's place, so the refresh token is still good.
    assert!(id.exchange_refresh(&rt).await.is_ok());
}

#[tokio::test]
async fn token_endpoint_redirects_are_not_followed() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let request = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;
    // A 307 would re-send the form (code and verifier) to wherever it points.
    sim.add_fault(Fault::on(
        "POST",
        TOKEN_PATH,
        FaultAction::Status {
            status: 307,
            body: String::new(),
            headers: [("location".to_owned(), sim.token_url())].into(),
        },
    ));
    let e = id.complete_sign_in(&location).await.unwrap_err();
    assert_eq!(e.kind(), "decode", "{e:?}");
    assert_eq!(token_requests(&sim).len(), 1, "the redirect was followed");
}

#[tokio::test]
async fn malformed_token_answer_is_a_decode_error() {
    let sim = sim("").await;
    let id = volvo_id(&sim);
    let request = id.start_sign_in(PASTE_REDIRECT).unwrap();
    let location = consent(&request.authorize_url).await;
    sim.add_fault(Fault::on("POST", TOKEN_PATH, FaultAction::Malformed));
    let e = id.complete_sign_in(&location).await.unwrap_err();
    assert_eq!(e.kind(), "decode", "{e:?}");
}

#[tokio::test]
async fn jwt_expiry_reads_sim_tokens() {
    let sim = sim("access_token_ttl_secs = 299").await;
    let before = SystemTime::now();
    let minted = sim.mint_access_token(MintOptions {
        ttl: Some(Duration::from_secs(120)),
        ..Default::default()
    });
    let exp = jwt_expiry(&minted).expect("sim tokens are JWTs");
    let ahead = exp.duration_since(before).unwrap();
    assert!(
        (Duration::from_secs(118)..=Duration::from_secs(122)).contains(&ahead),
        "{ahead:?}"
    );

    let id = volvo_id(&sim);
    let tokens = signed_in(&id).await;
    let ahead = jwt_expiry(tokens.access_token.secret())
        .unwrap()
        .duration_since(before)
        .unwrap();
    assert!(
        (Duration::from_secs(297)..=Duration::from_secs(301)).contains(&ahead),
        "{ahead:?}"
    );

    for garbage in [
        "",
        "not-a-jwt",
        tokens.refresh_token.as_ref().unwrap().secret(),
    ] {
        assert_eq!(jwt_expiry(garbage), None, "{garbage}");
    }
}

#[tokio::test]
async fn test_token_source_works_until_exp() {
    let sim = sim("").await;
    // `exp` is in whole seconds: 2 s keeps it at least 1 s ahead while the test starts.
    let short = sim.mint_access_token(MintOptions {
        ttl: Some(Duration::from_secs(2)),
        ..Default::default()
    });
    let source = TestTokenSource::new(&format!("Bearer {short}\n")).unwrap();
    let exp = source.expires_at().expect("exp is read");
    assert_eq!(source.access_token().await.unwrap().secret(), short);
    assert_eq!(
        source
            .token_rejected(&volvo_api::AccessToken::new(short.clone()))
            .await
            .unwrap(),
        None
    );

    if let Ok(left) = exp.duration_since(SystemTime::now()) {
        tokio::time::sleep(left + Duration::from_millis(50)).await;
    }
    match source.access_token().await.unwrap_err() {
        Error::TestTokenExpired { expired_at } => {
            let at = expired_at.expect("expiry is shown");
            assert!(at.ends_with('Z') && at.contains('T'), "{at}");
        }
        other => panic!("{other:?}"),
    }
}
