use reqwest::Method;
use serde_json::json;
use volvo_sim::MintOptions;

use crate::common::*;

#[tokio::test]
async fn eleventh_command_in_a_minute_is_429_with_retry_after() {
    let mut scenario = fast_demo();
    scenario.commands_per_minute = 10;
    scenario.requests_per_minute = 100;
    let ctx = start(scenario).await;
    for i in 0..10 {
        assert_eq!(ctx.command(XC40, "flash").await.0, 200, "command {}", i + 1);
    }
    let response = ctx
        .api(Method::POST, &format!("/vehicles/{XC40}/commands/honk"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        body,
        json!({"error": {"message": "Too Many Requests", "description": "Rate limit exceeded"}})
    );
    // Reads have their own, larger budget; other users have their own limits.
    assert_eq!(ctx.get("/vehicles").await.0, 200);
    let other = Ctx {
        sim: ctx.sim.clone(),
        http: client(),
        token: ctx.sim.mint_access_token(MintOptions {
            user: Some("someone-else".into()),
            ..MintOptions::default()
        }),
    };
    assert_eq!(other.command(XC40, "flash").await.0, 200);
}

#[tokio::test]
async fn general_request_limit_counts_everything() {
    let mut scenario = fast_demo();
    scenario.requests_per_minute = 5;
    let ctx = start(scenario).await;
    for _ in 0..4 {
        assert_eq!(ctx.get("/vehicles").await.0, 200);
    }
    assert_eq!(ctx.command(XC40, "flash").await.0, 200);
    let (status, body) = ctx.get("/vehicles").await;
    assert_eq!(status, 429);
    assert_eq!(body["error"]["description"], "Rate limit exceeded");
}

#[tokio::test]
async fn zero_means_unlimited() {
    let ctx = start(fast_demo()).await;
    for _ in 0..25 {
        assert_eq!(ctx.command(XC40, "flash").await.0, 200);
    }
}

#[tokio::test]
async fn api_latency_delays_every_api_call() {
    let mut scenario = fast_demo();
    scenario.api_latency_ms = 400;
    let ctx = start(scenario).await;
    let started = std::time::Instant::now();
    assert_eq!(ctx.get("/vehicles").await.0, 200);
    assert!(
        started.elapsed() >= std::time::Duration::from_millis(400),
        "answered after {:?}",
        started.elapsed()
    );
    let started = std::time::Instant::now();
    assert_eq!(ctx.command(XC40, "flash").await.0, 200);
    assert!(started.elapsed() >= std::time::Duration::from_millis(400));
}
