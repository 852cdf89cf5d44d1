//! Commands: what the car answered, and the rule that a command is never sent twice.

mod common;

use std::time::Duration;

use common::*;
use volvo_api::{Command, Error, InvokeStatus, OutcomeKind};
use volvo_sim::{Fault, FaultAction};

fn fault(path: String, action: FaultAction) -> Fault {
    Fault {
        method: Some("POST".into()),
        path: Some(path),
        count: 1,
        action,
    }
}

fn posts(sim: &volvo_sim::SimHandle) -> Vec<volvo_sim::RequestRecord> {
    api_requests(sim)
        .into_iter()
        .filter(|r| r.method == "POST")
        .collect()
}

#[tokio::test]
async fn honk_completes_with_exactly_one_post() {
    let sim = start_sim("").await;
    let result = client(&sim)
        .send_command(&vin(READY), Command::Honk)
        .await
        .unwrap();
    assert_eq!(result.invoke_status, InvokeStatus::Completed);
    assert_eq!(result.outcome.kind, OutcomeKind::Succeeded);
    assert_eq!(result.vin.as_str(), READY);
    let posts = posts(&sim);
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].path, command_path(READY, "honk"));
    assert_eq!(
        posts[0].operation_id.as_deref(),
        Some(result.operation_id.as_str())
    );
}

#[tokio::test]
async fn each_command_uses_its_real_path() {
    let sim = start_sim("").await;
    let c = client(&sim);
    for cmd in Command::ALL {
        c.send_command(&vin(READY), cmd).await.unwrap();
    }
    let paths: Vec<String> = posts(&sim).into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            command_path(READY, "flash"),
            command_path(READY, "honk"),
            command_path(READY, "honk-flash"),
        ]
    );
}

#[tokio::test]
async fn asleep_car_is_explained() {
    let sim = start_sim("").await;
    let result = client(&sim)
        .send_command(&vin(ASLEEP), Command::HonkAndFlash)
        .await
        .unwrap();
    assert_eq!(result.invoke_status, InvokeStatus::VehicleInSleep);
    assert_eq!(result.invoke_status.as_str(), "VEHICLE_IN_SLEEP");
    assert_eq!(result.outcome.kind, OutcomeKind::Failed);
    let words = format!(
        "{} {}",
        result.outcome.summary,
        result.outcome.advice.clone().unwrap_or_default()
    )
    .to_lowercase();
    assert!(
        words.contains("power-saving") || words.contains("sleep"),
        "{words}"
    );
}

#[tokio::test]
async fn unknown_invoke_status_is_kept_verbatim_and_not_success() {
    let sim = start_sim("").await;
    sim.add_fault(fault(
        command_path(READY, "flash"),
        FaultAction::InvokeStatus {
            value: "BEAMED_TO_MARS".into(),
        },
    ));
    let result = client(&sim)
        .send_command(&vin(READY), Command::Flash)
        .await
        .unwrap();
    assert_eq!(result.invoke_status.as_str(), "BEAMED_TO_MARS");
    assert_eq!(result.outcome.kind, OutcomeKind::Failed);
    assert!(result.outcome.summary.contains("BEAMED_TO_MARS"));
}

#[tokio::test]
async fn command_the_car_lacks_is_not_supported() {
    let sim = start_sim("").await;
    let err = client(&sim)
        .send_command(&vin(NO_HONK), Command::Honk)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::CommandNotSupported { command } if command == "HONK"),
        "{err:?}"
    );
    assert_eq!(posts(&sim).len(), 1);
}

#[tokio::test]
async fn read_only_demo_car_is_forbidden() {
    let sim = start_sim("").await;
    let err = client(&sim)
        .send_command(&vin(READ_ONLY), Command::Flash)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "forbidden", "{err:?}");
    assert!(err.to_string().contains("read-only"), "{err}");
}

#[tokio::test]
async fn reset_connection_is_reported_and_never_resent() {
    let sim = start_sim("").await;
    sim.add_fault(fault(command_path(READY, "honk"), FaultAction::Reset));
    let err = client(&sim)
        .send_command(&vin(READY), Command::Honk)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "network", "{err:?}");
    assert!(err.command_may_have_run());
    assert!(err.to_string().contains("not sent again"), "{err}");
    assert_eq!(posts(&sim).len(), 1, "the honk must go out exactly once");
}

#[tokio::test]
async fn timeout_is_reported_and_never_resent() {
    let sim = start_sim("").await;
    sim.add_fault(fault(
        command_path(READY, "honk"),
        FaultAction::Delay { ms: 1_500 },
    ));
    let c = client_builder(&sim)
        .command_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let err = c
        .send_command(&vin(READY), Command::Honk)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Timeout { after, command_may_have_run: true } if after == Duration::from_millis(300)),
        "{err:?}"
    );
    // Give a would-be retry time to show up in the log before counting.
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    assert_eq!(posts(&sim).len(), 1);
}

#[tokio::test]
async fn server_error_on_a_command_is_never_resent() {
    let sim = start_sim("").await;
    sim.add_fault(fault(
        command_path(READY, "honk-flash"),
        FaultAction::Status {
            status: 503,
            body: r#"{"error":{"message":"Service Unavailable","description":"try later"}}"#.into(),
            headers: Default::default(),
        },
    ));
    let err = client(&sim)
        .send_command(&vin(READY), Command::HonkAndFlash)
        .await
        .unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Server {
                status: 503,
                command_may_have_run: true,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(posts(&sim).len(), 1);
}

#[tokio::test]
async fn volvo_429_surfaces_retry_after_without_retrying() {
    let sim = start_sim("").await;
    sim.add_fault(fault(
        command_path(READY, "flash"),
        FaultAction::Status {
            status: 429,
            body: r#"{"error":{"message":"Too Many Requests"}}"#.into(),
            headers: [("Retry-After".to_string(), "7".to_string())].into(),
        },
    ));
    let err = client(&sim)
        .send_command(&vin(READY), Command::Flash)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::RateLimited { retry_after: Some(d), local: false } if d == Duration::from_secs(7)),
        "{err:?}"
    );
    assert_eq!(posts(&sim).len(), 1);
}

#[tokio::test]
async fn eleventh_command_in_a_minute_fails_locally() {
    let sim = start_sim("").await;
    let c = client(&sim);
    for _ in 0..10 {
        c.send_command(&vin(READY), Command::Flash).await.unwrap();
    }
    let err = c
        .send_command(&vin(READY), Command::Flash)
        .await
        .unwrap_err();
    match err {
        Error::RateLimited {
            retry_after: Some(wait),
            local: true,
        } => assert!(wait > Duration::from_secs(50) && wait <= Duration::from_secs(60)),
        other => panic!("expected the local limiter, got {other:?}"),
    }
    assert_eq!(posts(&sim).len(), 10, "the 11th must not reach the API");
}

#[tokio::test]
async fn without_our_limiter_volvo_answers_429() {
    let sim = start_sim("").await;
    let c = client_builder(&sim).command_limit(None).build().unwrap();
    for _ in 0..10 {
        c.send_command(&vin(READY), Command::Flash).await.unwrap();
    }
    let err = c
        .send_command(&vin(READY), Command::Flash)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::RateLimited {
                retry_after: Some(_),
                local: false
            }
        ),
        "{err:?}"
    );
    assert_eq!(posts(&sim).len(), 11);
}
