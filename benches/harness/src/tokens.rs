//! Token requests when 50 concurrent calls meet an expired access token: volvo-api's
//! TokenManager behind its Client, signed in through the simulator's Volvo ID, with the access
//! token really dead (the simulator refuses it) before the 50 calls start together. Volvo ID's
//! answer is held back 300 ms so every caller arrives while the refresh is still in flight.
//! The count is read from the simulator's request log.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Barrier;
use tokio::task::JoinSet;
use volvo_api::auth::{VolvoId, VolvoIdConfig, DEEP_LINK_REDIRECT};
use volvo_api::store::{MemoryStore, TokenManager};
use volvo_api::{Client, Vin};
use volvo_sim::{Fault, FaultAction, Scenario, Sim};

const VIN: &str = "YV1BENCHT0KEN0001";
const TTL_SECS: u64 = 2;
const CALLS: usize = 50;

fn scenario() -> Result<Scenario, String> {
    Scenario::from_toml_str(&format!(
        r#"
access_token_ttl_secs = {TTL_SECS}
requests_per_minute = 0
commands_per_minute = 0
daily_quota = 0
[[vehicles]]
vin = "{VIN}"
model = "EX30"
latency_ms = 0
"#
    ))
    .map_err(|e| e.to_string())
}

fn fail(what: &str) -> impl Fn(volvo_api::Error) -> String + '_ {
    move |e| format!("{what}: {e}")
}

/// One round; returns how many refresh-token requests Volvo ID saw.
pub async fn refreshes_for_fifty_concurrent() -> Result<usize, String> {
    let sim = Sim::builder()
        .scenario(scenario()?)
        .start()
        .await
        .map_err(|e| format!("simulator: {e}"))?;
    let result = round(&sim).await;
    sim.shutdown().await;
    result
}

async fn round(sim: &volvo_sim::SimHandle) -> Result<usize, String> {
    let id = VolvoId::new(
        VolvoIdConfig::new(sim.client_id(), sim.client_secret())
            .with_endpoints(sim.auth_url(), sim.token_url()),
    )
    .map_err(fail("Volvo ID config"))?;
    let browser = volvo_api::http::client_builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| e.to_string())?;
    let request = id
        .start_sign_in(DEEP_LINK_REDIRECT)
        .map_err(fail("sign-in"))?;
    let consent = browser
        .get(&request.authorize_url)
        .send()
        .await
        .map_err(|e| format!("authorize: {e}"))?;
    let back = consent
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .ok_or("the authorize step did not redirect")?
        .to_owned();
    let signed_in = id.complete_sign_in(&back).await.map_err(fail("sign-in"))?;
    let first_access = signed_in.access_token.secret().to_owned();

    let tokens = Arc::new(
        TokenManager::new(Arc::new(id), Arc::new(MemoryStore::new()))
            .with_refresh_margin(Duration::from_millis(100)),
    );
    tokens
        .sign_in(signed_in)
        .map_err(fail("storing the sign-in"))?;
    let client = Client::builder()
        .base_url(sim.api_url())
        .api_key(sim.api_key())
        .token_source(tokens.clone())
        .read_timeout(Duration::from_secs(10))
        .build()
        .map_err(fail("client"))?;
    client.list_vehicles().await.map_err(fail("first call"))?;

    // Until the simulator itself refuses the first access token.
    tokio::time::sleep(Duration::from_millis(TTL_SECS * 1000 + 150)).await;
    let status = browser
        .get(format!("{}/vehicles", sim.api_url()))
        .bearer_auth(&first_access)
        .header("vcc-api-key", sim.api_key())
        .send()
        .await
        .map_err(|e| e.to_string())?
        .status();
    if status != 401 {
        return Err(format!(
            "the access token should have expired (got {status})"
        ));
    }

    sim.clear_requests();
    sim.add_fault(Fault::on(
        "POST",
        "/as/token.oauth2",
        FaultAction::Delay { ms: 300 },
    ));
    let vin = Vin::parse(VIN).map_err(fail("VIN"))?;
    let start = Arc::new(Barrier::new(CALLS));
    let mut calls = JoinSet::new();
    for i in 0..CALLS {
        let (client, start, vin) = (client.clone(), start.clone(), vin.clone());
        calls.spawn(async move {
            start.wait().await;
            if i % 2 == 0 {
                client.list_vehicles().await.map(|_| ())
            } else {
                client.vehicle_details(&vin).await.map(|_| ())
            }
        });
    }
    let mut failures = Vec::new();
    while let Some(joined) = calls.join_next().await {
        match joined {
            Ok(Ok(())) => {}
            Ok(Err(e)) => failures.push(e.to_string()),
            Err(e) => failures.push(e.to_string()),
        }
    }
    if !failures.is_empty() {
        return Err(format!("{} calls failed: {:?}", failures.len(), failures));
    }
    Ok(sim.requests().iter().filter(|r| r.kind == "token").count())
}
