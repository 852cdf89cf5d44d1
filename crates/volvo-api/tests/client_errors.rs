//! Error answers and broken bodies, each turned into the one specific error the UI needs.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use volvo_api::{Client, Command, Error, StaticToken};
use volvo_sim::{Fault, FaultAction, MintOptions};

fn get_fault(path: &str, action: FaultAction) -> Fault {
    Fault {
        method: Some("GET".into()),
        path: Some(path.into()),
        count: 1,
        action,
    }
}

#[tokio::test]
async fn spent_quota_is_not_an_auth_failure_and_says_when_it_resets() {
    let sim = start_sim("").await;
    sim.set_quota_remaining(sim.api_key(), 0);
    let err = client(&sim).list_vehicles().await.unwrap_err();
    match &err {
        Error::QuotaExceeded { resets_in: Some(d) } => {
            assert!(*d <= Duration::from_secs(24 * 3600), "{d:?}")
        }
        other => panic!("expected quota, got {other:?}"),
    }
    assert!(err.to_string().contains("still signed in"));
}

#[tokio::test]
async fn quota_reset_time_is_parsed_exactly() {
    let sim = start_sim("").await;
    sim.add_fault(get_fault(
        "/connected-vehicle/v2/vehicles",
        FaultAction::Status {
            status: 403,
            body: r#"{"statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 06:40:24."}"#.into(),
            headers: Default::default(),
        },
    ));
    let err = client(&sim).list_vehicles().await.unwrap_err();
    assert!(
        matches!(err, Error::QuotaExceeded { resets_in: Some(d) } if d == Duration::from_secs(6 * 3600 + 40 * 60 + 24)),
        "{err:?}"
    );
}

#[tokio::test]
async fn spent_primary_key_falls_over_to_the_secondary() {
    let sim = start_sim("").await;
    sim.set_quota_remaining(sim.api_key(), 0);
    let c = client_builder(&sim)
        .secondary_api_key(Some(sim.secondary_api_key().to_owned()))
        .build()
        .unwrap();
    let vins = c.list_vehicles().await.unwrap();
    assert_eq!(vins.len(), 4);
    let statuses: Vec<u16> = api_requests(&sim).iter().map(|r| r.status).collect();
    assert_eq!(statuses, [403, 200]);
    // Later calls go straight to the secondary key: no more wasted 403s.
    sim.clear_requests();
    c.vehicle_details(&vin(READY)).await.unwrap();
    let statuses: Vec<u16> = api_requests(&sim).iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200]);
}

#[tokio::test]
async fn invalid_api_key_is_named_and_not_retried() {
    let sim = start_sim("").await;
    let c = Client::builder()
        .base_url(sim.api_url())
        .api_key("  not-a-real-key\n")
        .token_source(Arc::new(StaticToken::new(token(&sim))))
        .build()
        .unwrap();
    let err = c.list_vehicles().await.unwrap_err();
    assert_eq!(err.kind(), "invalid_api_key", "{err:?}");
    assert_eq!(api_requests(&sim).len(), 1);
}

#[tokio::test]
async fn missing_scope_is_forbidden() {
    let sim = start_sim("").await;
    let narrow = sim.mint_access_token(MintOptions {
        scopes: Some(vec!["openid".into(), "conve:vehicle_relation".into()]),
        ..Default::default()
    });
    let c = client_builder(&sim)
        .token_source(Arc::new(StaticToken::new(narrow)))
        .build()
        .unwrap();
    let err = c
        .send_command(&vin(READY), Command::Honk)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "forbidden", "{err:?}");
    assert!(err.to_string().contains("conve:honk_flash"), "{err}");
}

#[tokio::test]
async fn unknown_vehicle_is_not_found() {
    let sim = start_sim("").await;
    let err = client(&sim)
        .vehicle_details(&vin("YV1NOTMINE0000000"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "not_found", "{err:?}");
}

#[tokio::test]
async fn conflict_is_its_own_error() {
    let sim = start_sim("").await;
    sim.add_fault(Fault {
        method: Some("POST".into()),
        path: Some(command_path(READY, "flash")),
        count: 1,
        action: FaultAction::Status {
            status: 409,
            body:
                r#"{"error":{"message":"Conflict","description":"Another command is in progress"}}"#
                    .into(),
            headers: Default::default(),
        },
    });
    let err = client(&sim)
        .send_command(&vin(READY), Command::Flash)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Conflict { detail } if detail.contains("Another command")),
        "{err:?}"
    );
}

#[tokio::test]
async fn malformed_body_is_a_decode_error_with_an_excerpt() {
    let sim = start_sim("").await;
    sim.add_fault(get_fault(
        "/connected-vehicle/v2/vehicles",
        FaultAction::Malformed,
    ));
    let err = client(&sim).list_vehicles().await.unwrap_err();
    match err {
        Error::Decode { excerpt, .. } => assert!(!excerpt.is_empty()),
        other => panic!("expected decode, got {other:?}"),
    }
}

#[tokio::test]
async fn oversized_body_is_refused_not_swallowed() {
    let sim = start_sim("").await;
    sim.add_fault(Fault {
        method: Some("POST".into()),
        path: Some(command_path(READY, "flash")),
        count: 1,
        action: FaultAction::Oversized { bytes: 5_000_000 },
    });
    let err = client(&sim)
        .send_command(&vin(READY), Command::Flash)
        .await
        .unwrap_err();
    match &err {
        Error::Decode { detail, .. } => assert!(detail.contains("too large"), "{detail}"),
        other => panic!("expected decode, got {other:?}"),
    }
}

#[tokio::test]
async fn read_timeout_applies_to_reads() {
    let sim = start_sim("").await;
    sim.add_fault(get_fault(
        "/connected-vehicle/v2/vehicles",
        FaultAction::Delay { ms: 1_000 },
    ));
    let c = client_builder(&sim)
        .read_timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let err = c.list_vehicles().await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                command_may_have_run: false,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn nothing_listening_is_a_network_error_and_no_command_ran() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let c = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}/connected-vehicle/v2"))
        .api_key("k")
        .token_source(Arc::new(StaticToken::new("t")))
        .build()
        .unwrap();
    let err = c
        .send_command(&vin(READY), Command::Honk)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "network", "{err:?}");
    assert!(!err.command_may_have_run(), "nothing was connected: {err}");
}

#[test]
fn hostile_vin_is_refused_before_any_request() {
    for hostile in ["../../x", "YV1TESTREADY0000/", "..%2F..%2Fvehicles"] {
        assert_eq!(
            volvo_api::Vin::parse(hostile).unwrap_err().kind(),
            "invalid_vin"
        );
    }
}
