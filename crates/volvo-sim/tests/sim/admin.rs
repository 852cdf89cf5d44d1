use std::net::SocketAddr;

use reqwest::Method;
use serde_json::{json, Value};
use volvo_sim::{RequestRecord, Scenario, Sim, SimError};

use crate::common::*;

fn admin(ctx: &Ctx, method: Method, path: &str) -> reqwest::RequestBuilder {
    ctx.http
        .request(method, format!("{}/_sim/{path}", ctx.sim.base_url()))
}

#[tokio::test]
async fn urls_and_credentials() {
    let ctx = start(Scenario::demo()).await;
    let base = ctx.sim.base_url();
    assert_eq!(base, format!("http://127.0.0.1:{}", ctx.sim.addr().port()));
    assert_eq!(ctx.sim.api_url(), format!("{base}/connected-vehicle/v2"));
    assert_eq!(
        ctx.sim.auth_url(),
        format!("{base}/as/authorization.oauth2")
    );
    assert_eq!(ctx.sim.token_url(), format!("{base}/as/token.oauth2"));
    assert_eq!(ctx.sim.client_id(), "beacon-demo-client");
    assert_eq!(ctx.sim.client_secret(), "beacon-demo-secret");
    assert_eq!(ctx.sim.api_key(), "demo-vcc-api-key-primary");
    assert_eq!(ctx.sim.secondary_api_key(), "demo-vcc-api-key-secondary");
    assert!(ctx.sim.addr().ip().is_loopback());
}

#[tokio::test]
async fn health_and_admin_calls_are_not_logged() {
    let ctx = start(fast_demo()).await;
    let health = admin(&ctx, Method::GET, "health").send().await.unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(health.text().await.unwrap(), "ok");
    ctx.get("/vehicles").await;
    let records: Vec<RequestRecord> = admin(&ctx, Method::GET, "requests")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(
        (
            r.method.as_str(),
            r.path.as_str(),
            r.kind.as_str(),
            r.status
        ),
        ("GET", "/connected-vehicle/v2/vehicles", "api", 200)
    );
    assert_eq!(records, ctx.sim.requests());
    let cleared = admin(&ctx, Method::DELETE, "requests")
        .send()
        .await
        .unwrap();
    assert_eq!(cleared.status(), 204);
    assert!(ctx.sim.requests().is_empty());
    ctx.get("/vehicles?x=1").await;
    let after = ctx.sim.requests();
    assert_eq!(after[0].path, "/connected-vehicle/v2/vehicles", "no query");
    assert!(after[0].seq > r.seq, "seq keeps counting after a clear");
    ctx.sim.clear_requests();
    assert!(ctx.sim.requests().is_empty());
}

#[tokio::test]
async fn faults_over_http() {
    let ctx = start(fast_demo()).await;
    let fault = json!({"method": "GET", "path": "/connected-vehicle/v2/vehicles", "count": 3,
                       "action": {"type": "status", "status": 502, "body": "bad gateway"}});
    let added = admin(&ctx, Method::POST, "faults")
        .json(&fault)
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), 204);
    assert_eq!(ctx.get("/vehicles").await.0, 502);
    let cleared = admin(&ctx, Method::DELETE, "faults").send().await.unwrap();
    assert_eq!(cleared.status(), 204);
    assert_eq!(ctx.get("/vehicles").await.0, 200);

    // count defaults to 1; invoke_status by its snake_case tag.
    let one = json!({"action": {"type": "invoke_status", "value": "CAR_ERROR"}});
    admin(&ctx, Method::POST, "faults")
        .json(&one)
        .send()
        .await
        .unwrap();
    let listed: Vec<Value> = admin(&ctx, Method::GET, "faults")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["count"], 1);
    assert_eq!(
        ctx.command(XC40, "honk").await.1["data"]["invokeStatus"],
        "CAR_ERROR"
    );
    assert_eq!(
        ctx.command(XC40, "honk").await.1["data"]["invokeStatus"],
        "COMPLETED"
    );

    for (bad, needle) in [
        (json!({"action": {"type": "explode"}}), "explode"),
        (json!({"path": "/x"}), "action"),
        (json!({"count": 0, "action": {"type": "reset"}}), "count"),
        (
            json!({"action": {"type": "status", "status": 1000}}),
            "1000",
        ),
    ] {
        let response = admin(&ctx, Method::POST, "faults")
            .json(&bad)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{bad}");
        let body: Value = response.json().await.unwrap();
        assert!(body["error"].as_str().unwrap().contains(needle), "{body}");
    }
}

#[tokio::test]
async fn tokens_and_quota_over_http() {
    let mut ctx = start(fast_demo()).await;
    let minted: Value = admin(&ctx, Method::POST, "tokens")
        .json(&json!({"scopes": ["conve:vehicle_relation"], "ttl_secs": 60, "user": "tester"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(minted["expires_in"], 60);
    ctx.token = minted["access_token"].as_str().unwrap().to_string();
    assert_eq!(claims(&ctx.token)["sub"], "tester");
    assert_eq!(ctx.get("/vehicles").await.0, 200);
    assert_eq!(ctx.command(XC40, "honk").await.0, 403, "scope not granted");

    let default: Value = admin(&ctx, Method::POST, "tokens")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(default["expires_in"], 299);
    ctx.token = default["access_token"].as_str().unwrap().to_string();
    assert_eq!(ctx.command(XC40, "honk").await.0, 200);

    let set = admin(&ctx, Method::PUT, "quota")
        .json(&json!({"api_key": ctx.sim.api_key(), "remaining": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), 204);
    assert_eq!(ctx.get("/vehicles").await.0, 403);
    let unknown = admin(&ctx, Method::PUT, "quota")
        .json(&json!({"api_key": "nope", "remaining": 5}))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
}

#[tokio::test]
async fn start_refuses_invalid_scenarios_and_busy_ports() {
    let mut scenario = Scenario::demo();
    scenario.vehicles[1].vin = "SHORT".into();
    let err = Sim::builder().scenario(scenario).start().await.unwrap_err();
    assert!(matches!(err, SimError::InvalidScenario(_)), "{err}");
    assert!(err.to_string().contains("17 ASCII"), "{err}");

    let sim = Sim::builder().start().await.unwrap();
    let err = Sim::builder().bind(sim.addr()).start().await.unwrap_err();
    assert!(matches!(err, SimError::Bind { .. }), "{err}");
    sim.shutdown().await;
}

#[tokio::test]
async fn shutdown_stops_serving() {
    let sim = Sim::builder()
        .bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .start()
        .await
        .unwrap();
    let url = format!("{}/_sim/health", sim.base_url());
    let http = client();
    assert_eq!(http.get(&url).send().await.unwrap().status(), 200);
    let keep = sim.clone();
    sim.shutdown().await;
    let err = client().get(&url).send().await.unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    keep.shutdown().await; // a second shutdown is harmless
}
