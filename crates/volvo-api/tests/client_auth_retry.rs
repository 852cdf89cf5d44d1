//! A 401 gets exactly one retry with a fresh token; nothing more.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use common::*;
use volvo_api::{AccessToken, Client, Command, Error, TokenSource};
use volvo_sim::{MintOptions, SimHandle};

/// Starts with a token Volvo no longer accepts; when told, mints a working one (or, with
/// `always_bad`, another dead one).
struct RenewingSource {
    sim: SimHandle,
    current: Mutex<AccessToken>,
    rejections: AtomicUsize,
    always_bad: bool,
}

impl RenewingSource {
    fn new(sim: &SimHandle, always_bad: bool) -> Arc<Self> {
        Arc::new(RenewingSource {
            sim: sim.clone(),
            current: Mutex::new(AccessToken::new("expired-or-revoked")),
            rejections: AtomicUsize::new(0),
            always_bad,
        })
    }
}

#[async_trait]
impl TokenSource for RenewingSource {
    async fn access_token(&self) -> Result<AccessToken, Error> {
        Ok(self.current.lock().unwrap().clone())
    }

    async fn token_rejected(&self, _rejected: &AccessToken) -> Result<Option<AccessToken>, Error> {
        let n = self.rejections.fetch_add(1, Ordering::SeqCst);
        let fresh = if self.always_bad {
            AccessToken::new(format!("still-bad-{n}"))
        } else {
            AccessToken::new(self.sim.mint_access_token(MintOptions::default()))
        };
        *self.current.lock().unwrap() = fresh.clone();
        Ok(Some(fresh))
    }
}

fn client_with(sim: &SimHandle, source: Arc<RenewingSource>) -> Client {
    Client::builder()
        .base_url(sim.api_url())
        .api_key(sim.api_key())
        .token_source(source)
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_401_is_retried_once_with_a_fresh_token() {
    let sim = start_sim("").await;
    let source = RenewingSource::new(&sim, false);
    let c = client_with(&sim, source.clone());
    let result = c.send_command(&vin(READY), Command::Honk).await.unwrap();
    assert_eq!(result.invoke_status.as_str(), "COMPLETED");
    assert_eq!(source.rejections.load(Ordering::SeqCst), 1);
    let statuses: Vec<u16> = api_requests(&sim).iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        [401, 200],
        "a refused 401 honk is safe to send again once"
    );
}

#[tokio::test]
async fn a_second_401_is_token_rejected_without_a_third_try() {
    let sim = start_sim("").await;
    let source = RenewingSource::new(&sim, true);
    let err = client_with(&sim, source.clone())
        .list_vehicles()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "token_rejected", "{err:?}");
    assert_eq!(source.rejections.load(Ordering::SeqCst), 1);
    assert_eq!(api_requests(&sim).len(), 2);
}

#[tokio::test]
async fn a_static_token_that_expired_is_not_retried() {
    let sim = start_sim("").await;
    let c = Client::builder()
        .base_url(sim.api_url())
        .api_key(sim.api_key())
        .token_source(Arc::new(volvo_api::StaticToken::new("long-gone")))
        .build()
        .unwrap();
    let err = c.list_vehicles().await.unwrap_err();
    assert_eq!(err.kind(), "token_rejected");
    assert_eq!(api_requests(&sim).len(), 1);
}
