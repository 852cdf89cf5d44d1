use std::collections::HashMap;

use serde_json::Value;
use url::Url;
use volvo_sim::{Scenario, SimHandle};

use crate::common::*;

const REDIRECT: &str = "volvo-beacon://auth/callback";

fn authorize_url(sim: &SimHandle, redirect_uri: &str, challenge: &str) -> Url {
    Url::parse_with_params(
        &sim.auth_url(),
        [
            ("response_type", "code"),
            ("client_id", sim.client_id()),
            ("redirect_uri", redirect_uri),
            (
                "scope",
                "openid conve:vehicle_relation conve:commands conve:command_accessibility conve:honk_flash",
            ),
            ("state", "st4te/+&"),
            ("code_challenge", challenge),
            ("code_challenge_method", "S256"),
        ],
    )
    .unwrap()
}

/// Follows the authorize step; returns the Location it redirects to.
async fn authorize(ctx: &Ctx, url: Url) -> String {
    let response = ctx.http.get(url).send().await.unwrap();
    assert_eq!(response.status(), 302, "{:?}", response.text().await);
    response.headers()["location"].to_str().unwrap().to_string()
}

fn query(location: &str) -> HashMap<String, String> {
    Url::parse(location)
        .unwrap()
        .query_pairs()
        .into_owned()
        .collect()
}

async fn get_code(ctx: &Ctx, redirect_uri: &str, challenge: &str) -> String {
    let location = authorize(ctx, authorize_url(&ctx.sim, redirect_uri, challenge)).await;
    query(&location)["code"].clone()
}

async fn token_call(ctx: &Ctx, secret: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let response = ctx
        .http
        .post(ctx.sim.token_url())
        .basic_auth(ctx.sim.client_id(), Some(secret))
        .form(form)
        .send()
        .await
        .unwrap();
    read(response).await
}

async fn exchange(ctx: &Ctx, code: &str, redirect_uri: &str, verifier: &str) -> (u16, Value) {
    let secret = ctx.sim.client_secret().to_string();
    token_call(
        ctx,
        &secret,
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("code_verifier", verifier),
        ],
    )
    .await
}

async fn refresh(ctx: &Ctx, refresh_token: &str) -> (u16, Value) {
    let secret = ctx.sim.client_secret().to_string();
    token_call(
        ctx,
        &secret,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token),
        ],
    )
    .await
}

fn assert_invalid_grant(answer: &(u16, Value)) {
    assert_eq!(answer.0, 400, "{}", answer.1);
    assert_eq!(answer.1["error"], "invalid_grant", "{}", answer.1);
    assert!(answer.1["error_description"].as_str().unwrap().len() > 5);
}

#[tokio::test]
async fn code_flow_with_pkce_issues_working_tokens_once() {
    let mut ctx = start(fast_demo()).await;
    let (verifier, challenge) = pkce();
    let location = authorize(&ctx, authorize_url(&ctx.sim, REDIRECT, &challenge)).await;
    assert!(
        location.starts_with("volvo-beacon://auth/callback?code="),
        "{location}"
    );
    let params = query(&location);
    assert_eq!(params["state"], "st4te/+&");

    let (status, body) = exchange(&ctx, &params["code"], REDIRECT, &verifier).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 299);
    assert_eq!(
        body["scope"],
        "openid conve:vehicle_relation conve:commands conve:command_accessibility conve:honk_flash"
    );
    assert!(body["refresh_token"].as_str().unwrap().len() > 20);
    assert_eq!(body["id_token"].as_str().unwrap().split('.').count(), 3);
    let access = body["access_token"].as_str().unwrap().to_string();
    let exp = claims(&access)["exp"].as_u64().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(
        (now + 290..=now + 300).contains(&exp),
        "exp {exp}, now {now}"
    );

    ctx.token = access;
    assert_eq!(ctx.get("/vehicles").await.0, 200);
    assert_eq!(ctx.command(XC40, "honk").await.0, 200);

    let reused = exchange(&ctx, &params["code"], REDIRECT, &verifier).await;
    assert_invalid_grant(&reused);
    assert!(reused.1["error_description"]
        .as_str()
        .unwrap()
        .contains("already been used"));
}

#[tokio::test]
async fn bad_exchanges_are_refused() {
    let ctx = start(fast_demo()).await;
    let (verifier, challenge) = pkce();

    let code = get_code(&ctx, REDIRECT, &challenge).await;
    let wrong_verifier = exchange(&ctx, &code, REDIRECT, &format!("{verifier}-not")).await;
    assert_invalid_grant(&wrong_verifier);
    assert!(wrong_verifier.1["error_description"]
        .as_str()
        .unwrap()
        .contains("code_verifier"));

    let code = get_code(&ctx, REDIRECT, &challenge).await;
    let no_verifier = token_call(
        &ctx,
        ctx.sim.client_secret(),
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
        ],
    )
    .await;
    assert_invalid_grant(&no_verifier);

    let code = get_code(&ctx, REDIRECT, &challenge).await;
    let mismatched = exchange(&ctx, &code, "volvo-beacon://auth/other", &verifier).await;
    assert_invalid_grant(&mismatched);
    assert!(mismatched.1["error_description"]
        .as_str()
        .unwrap()
        .contains("redirect_uri"));

    let code = get_code(&ctx, REDIRECT, &challenge).await;
    let wrong_secret = token_call(
        &ctx,
        "not-the-secret",
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", &verifier),
        ],
    )
    .await;
    assert_eq!(wrong_secret.0, 401);
    assert_eq!(wrong_secret.1["error"], "invalid_client");
    assert!(wrong_secret.1["error_description"].is_string());

    // Credentials in the form instead of Basic are not enough for this confidential client.
    let form_only = ctx
        .http
        .post(ctx.sim.token_url())
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", REDIRECT),
            ("code_verifier", verifier.as_str()),
            ("client_id", ctx.sim.client_id()),
            ("client_secret", ctx.sim.client_secret()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(form_only.status(), 401);

    // A refused client did not burn the code: the right secret still gets tokens.
    assert_eq!(exchange(&ctx, &code, REDIRECT, &verifier).await.0, 200);

    let unknown = exchange(&ctx, "no-such-code", REDIRECT, &verifier).await;
    assert_invalid_grant(&unknown);
}

#[tokio::test]
async fn codes_expire() {
    let mut scenario = fast_demo();
    scenario.authorization_code_ttl_secs = 0;
    let ctx = start(scenario).await;
    let (verifier, challenge) = pkce();
    let code = get_code(&ctx, REDIRECT, &challenge).await;
    let answer = exchange(&ctx, &code, REDIRECT, &verifier).await;
    assert_invalid_grant(&answer);
    assert!(answer.1["error_description"]
        .as_str()
        .unwrap()
        .contains("expired"));
}

#[tokio::test]
async fn refresh_tokens_rotate() {
    let mut ctx = start(fast_demo()).await;
    let (verifier, challenge) = pkce();
    let code = get_code(&ctx, REDIRECT, &challenge).await;
    let (_, first) = exchange(&ctx, &code, REDIRECT, &verifier).await;
    let old = first["refresh_token"].as_str().unwrap().to_string();

    let (status, second) = refresh(&ctx, &old).await;
    assert_eq!(status, 200, "{second}");
    let new = second["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(new, old);
    assert_ne!(second["access_token"], first["access_token"]);
    assert_eq!(second["expires_in"], 299);
    ctx.token = second["access_token"].as_str().unwrap().to_string();
    assert_eq!(ctx.get("/vehicles").await.0, 200);

    assert_invalid_grant(&refresh(&ctx, &old).await);
    let (status, third) = refresh(&ctx, &new).await;
    assert_eq!(status, 200);
    assert_invalid_grant(&refresh(&ctx, &new).await);
    assert_eq!(
        refresh(&ctx, third["refresh_token"].as_str().unwrap())
            .await
            .0,
        200
    );
    assert_invalid_grant(&refresh(&ctx, "never-issued").await);
}

#[tokio::test]
async fn refresh_without_a_new_token_keeps_the_old_one() {
    let mut scenario = fast_demo();
    scenario.omit_refresh_token_on_refresh = true;
    let ctx = start(scenario).await;
    let (verifier, challenge) = pkce();
    let code = get_code(&ctx, REDIRECT, &challenge).await;
    let (_, first) = exchange(&ctx, &code, REDIRECT, &verifier).await;
    let old = first["refresh_token"].as_str().unwrap().to_string();
    for _ in 0..2 {
        let (status, body) = refresh(&ctx, &old).await;
        assert_eq!(status, 200);
        assert!(body.get("refresh_token").is_none(), "{body}");
        assert!(body["access_token"].is_string());
    }
}

#[tokio::test]
async fn token_endpoint_rejects_other_grants_and_logs_grant_types() {
    let ctx = start(fast_demo()).await;
    let secret = ctx.sim.client_secret().to_string();
    let (status, body) = token_call(&ctx, &secret, &[("grant_type", "password")]).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "unsupported_grant_type");
    let (status, body) = token_call(&ctx, &secret, &[("grant_type", "refresh_token")]).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "invalid_request");
    let records = ctx.sim.requests();
    assert_eq!(records.len(), 2);
    assert!(records.iter().all(|r| r.kind == "token" && r.status == 400));
    assert_eq!(records[0].grant_type.as_deref(), Some("password"));
    assert_eq!(records[1].grant_type.as_deref(), Some("refresh_token"));
    assert!(records[0].seq < records[1].seq);
}

#[tokio::test]
async fn broken_authorize_requests_get_a_400_page() {
    let ctx = start(fast_demo()).await;
    let (_, challenge) = pkce();
    let good = authorize_url(&ctx.sim, REDIRECT, &challenge);
    let with = |key: &str, value: Option<&str>| {
        let mut url = good.clone();
        let pairs: Vec<(String, String)> = good
            .query_pairs()
            .into_owned()
            .filter(|(k, _)| k != key)
            .collect();
        let mut q = url.query_pairs_mut();
        q.clear();
        for (k, v) in &pairs {
            q.append_pair(k, v);
        }
        if let Some(value) = value {
            q.append_pair(key, value);
        }
        drop(q);
        url
    };
    for (key, value) in [
        ("client_id", Some("someone-else")),
        ("client_id", None),
        ("code_challenge", None),
        ("code_challenge_method", Some("plain")),
        ("code_challenge_method", None),
        ("response_type", Some("token")),
        ("redirect_uri", None),
        ("redirect_uri", Some("not a uri")),
    ] {
        let response = ctx.http.get(with(key, value)).send().await.unwrap();
        assert_eq!(response.status(), 400, "{key}={value:?}");
        assert!(response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html"));
        assert!(response.headers().get("location").is_none());
    }
    assert_eq!(ctx.http.get(good).send().await.unwrap().status(), 302);
    assert!(ctx.sim.requests().iter().all(|r| r.kind == "authorize"));
}

#[tokio::test]
async fn registered_redirect_uris_must_match_exactly() {
    let mut scenario = Scenario::demo();
    scenario.redirect_uris = Some(vec!["http://127.0.0.1:8123/cb?from=beacon".into()]);
    let ctx = start(scenario).await;
    let (_, challenge) = pkce();
    let location = authorize(
        &ctx,
        authorize_url(&ctx.sim, "http://127.0.0.1:8123/cb?from=beacon", &challenge),
    )
    .await;
    let params = query(&location);
    assert_eq!(params["from"], "beacon", "existing query kept: {location}");
    assert!(params.contains_key("code"));
    let refused = ctx
        .http
        .get(authorize_url(&ctx.sim, REDIRECT, &challenge))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 400);
}

#[tokio::test]
async fn denied_consent_redirects_with_access_denied() {
    let mut scenario = Scenario::demo();
    scenario.deny_consent = true;
    let ctx = start(scenario).await;
    let (_, challenge) = pkce();
    let location = authorize(&ctx, authorize_url(&ctx.sim, REDIRECT, &challenge)).await;
    let params = query(&location);
    assert_eq!(params["error"], "access_denied");
    assert!(!params["error_description"].is_empty());
    assert_eq!(params["state"], "st4te/+&");
    assert!(!params.contains_key("code"));
}
