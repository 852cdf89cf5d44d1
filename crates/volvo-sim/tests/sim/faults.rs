use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use reqwest::Method;
use volvo_sim::{Fault, FaultAction};

use crate::common::*;

fn vehicles_path() -> &'static str {
    "/connected-vehicle/v2/vehicles"
}

fn honk_path() -> String {
    format!("/connected-vehicle/v2/vehicles/{XC40}/commands/honk")
}

/// A RST, not a clean close: somewhere down the error chain is ECONNRESET.
fn is_connection_reset(err: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = Some(err);
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            return io.kind() == std::io::ErrorKind::ConnectionReset;
        }
        source = e.source();
    }
    false
}

#[tokio::test]
async fn reset_drops_the_connection_and_is_logged_once() {
    let ctx = start(fast_demo()).await;
    ctx.sim
        .add_fault(Fault::on("GET", vehicles_path(), FaultAction::Reset));
    let err = ctx
        .api(Method::GET, "/vehicles")
        .send()
        .await
        .expect_err("a reset connection gives no response");
    assert!(is_connection_reset(&err), "{err:?}");
    let records = ctx.sim.requests();
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0].path, vehicles_path());
    assert_eq!(records[0].status, 0, "no answer was sent");
    // The fault is used up and the server is unharmed.
    assert_eq!(ctx.get("/vehicles").await.0, 200);
    assert_eq!(ctx.sim.requests().len(), 2);
}

#[tokio::test]
async fn oversized_answer_is_streamed_valid_json() {
    let ctx = start(fast_demo()).await;
    ctx.sim.add_fault(Fault::on(
        "POST",
        &honk_path(),
        FaultAction::Oversized { bytes: 2 << 20 },
    ));
    let response = ctx
        .api(Method::POST, &format!("/vehicles/{XC40}/commands/honk"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let body = response.bytes().await.unwrap();
    assert!(body.len() > 1 << 20, "{} bytes", body.len());
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(json["data"]["vin"], XC40);
    assert_eq!(json["data"]["message"].as_str().unwrap().len(), 2 << 20);
}

#[tokio::test]
async fn malformed_answer_is_not_json() {
    let ctx = start(fast_demo()).await;
    ctx.sim.add_fault(Fault::any(FaultAction::Malformed));
    let response = ctx.api(Method::GET, "/vehicles").send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let text = response.text().await.unwrap();
    assert!(text.starts_with('{'), "{text}");
    assert!(serde_json::from_str::<serde_json::Value>(&text).is_err());
    assert_eq!(ctx.get("/vehicles").await.0, 200);
}

#[tokio::test]
async fn status_fault_answers_as_told_count_times() {
    let ctx = start(fast_demo()).await;
    let headers = BTreeMap::from([("retry-after".to_string(), "7".to_string())]);
    ctx.sim.add_fault(
        Fault::on(
            "post",
            "/connected-vehicle/v2/vehicles/*",
            FaultAction::Status {
                status: 503,
                body: r#"{"error":{"message":"Service Unavailable","description":"try later"}}"#
                    .into(),
                headers,
            },
        )
        .times(2),
    );
    // A GET does not match a POST fault.
    assert_eq!(ctx.get("/vehicles").await.0, 200);
    for _ in 0..2 {
        let response = ctx
            .api(Method::POST, &format!("/vehicles/{XC40}/commands/flash"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 503);
        assert_eq!(response.headers()["retry-after"], "7");
        assert_eq!(response.headers()["content-type"], "application/json");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["error"]["description"], "try later");
    }
    assert_eq!(ctx.command(XC40, "flash").await.0, 200);
    let statuses: Vec<u16> = ctx.sim.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200, 503, 503, 200]);
}

#[tokio::test]
async fn faults_also_hit_volvo_id() {
    let ctx = start(fast_demo()).await;
    ctx.sim.add_fault(Fault::on(
        "POST",
        "/as/token.oauth2",
        FaultAction::Status {
            status: 500,
            body: "upstream exploded".into(),
            headers: BTreeMap::new(),
        },
    ));
    let response = ctx
        .http
        .post(ctx.sim.token_url())
        .basic_auth(ctx.sim.client_id(), Some(ctx.sim.client_secret()))
        .form(&[("grant_type", "refresh_token"), ("refresh_token", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 500);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    assert_eq!(response.text().await.unwrap(), "upstream exploded");
    let record = &ctx.sim.requests()[0];
    assert_eq!(
        (
            record.kind.as_str(),
            record.grant_type.as_deref(),
            record.status
        ),
        ("token", Some("refresh_token"), 500)
    );
}

#[tokio::test]
async fn delay_then_normal_answer_logged_on_arrival() {
    let ctx = start(fast_demo()).await;
    ctx.sim.add_fault(Fault::on(
        "GET",
        vehicles_path(),
        FaultAction::Delay { ms: 400 },
    ));
    let started = Instant::now();
    let request = ctx.api(Method::GET, "/vehicles").send();
    let pending = tokio::spawn(request);
    tokio::time::sleep(Duration::from_millis(150)).await;
    let in_flight = ctx.sim.requests();
    assert_eq!(in_flight.len(), 1, "logged before the delay");
    assert_eq!(in_flight[0].status, 0);
    let (status, body) = read(pending.await.unwrap().unwrap()).await;
    assert!(started.elapsed() >= Duration::from_millis(400));
    assert_eq!(status, 200);
    assert_eq!(body["data"][0]["vin"], XC40);
    assert_eq!(ctx.sim.requests()[0].status, 200);
}

#[tokio::test]
async fn invoke_status_overrides_only_a_command_outcome() {
    let ctx = start(fast_demo()).await;
    ctx.sim.add_fault(Fault::any(FaultAction::InvokeStatus {
        value: "UNLOCK_TIME_FRAME_PASSED".into(),
    }));
    // Non-command requests pass untouched and do not use the fault up.
    assert_eq!(ctx.get("/vehicles").await.0, 200);
    let (status, body) = ctx.command(XC40, "honk-flash").await;
    assert_eq!(status, 200);
    assert_eq!(body["data"]["invokeStatus"], "UNLOCK_TIME_FRAME_PASSED");
    assert_eq!(body["data"]["vin"], XC40);
    let (_, body) = ctx.command(XC40, "honk-flash").await;
    assert_eq!(body["data"]["invokeStatus"], "COMPLETED");
}
