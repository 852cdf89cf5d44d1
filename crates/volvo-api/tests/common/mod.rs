//! Shared set-up for tests that run the client against the simulator over real sockets.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use volvo_api::{Client, ClientBuilder, StaticToken, Vin};
use volvo_sim::{MintOptions, RequestRecord, Scenario, Sim, SimHandle};

pub const READY: &str = "YV1TESTREADY00001";
pub const ASLEEP: &str = "YV1TESTASLEEP0002";
pub const NO_HONK: &str = "YV1TESTNOHONK0003";
pub const READ_ONLY: &str = "YV4952NA4F120DEMO";

/// A fleet like the demo one but answering at once, so tests stay quick.
pub fn fast_scenario(extra: &str) -> Scenario {
    let toml = format!(
        r#"
access_token_ttl_secs = 299
commands_per_minute = 10
requests_per_minute = 0
daily_quota = 10000
{extra}

[application]
client_id = "test-client"
client_secret = "test-secret"
api_key = "test-key-primary"
secondary_api_key = "test-key-secondary"

[[vehicles]]
vin = "{READY}"
model = "XC40 Recharge"
model_year = 2023
colour = "Sage Green"
fuel_type = "ELECTRIC"
commands = ["LOCK", "UNLOCK", "HONK", "FLASH", "HONK_AND_FLASH"]
behaviour = "completes"
latency_ms = 0

[[vehicles]]
vin = "{ASLEEP}"
model = "XC90"
model_year = 2022
colour = "Denim Blue"
fuel_type = "PETROL/ELECTRIC"
commands = ["LOCK", "UNLOCK", "HONK", "FLASH", "HONK_AND_FLASH"]
behaviour = "asleep"
latency_ms = 0

[[vehicles]]
vin = "{NO_HONK}"
model = "EX30"
model_year = 2024
colour = "Cloud Blue"
fuel_type = "ELECTRIC"
commands = ["LOCK", "UNLOCK"]
behaviour = "completes"
latency_ms = 0

[[vehicles]]
vin = "{READ_ONLY}"
model = "XC60"
model_year = 2015
colour = "Ice White"
fuel_type = "DIESEL"
commands = ["HONK", "FLASH", "HONK_AND_FLASH"]
behaviour = "read_only"
latency_ms = 0
"#
    );
    Scenario::from_toml_str(&toml).expect("test scenario parses")
}

pub async fn start_sim(extra: &str) -> SimHandle {
    Sim::builder()
        .scenario(fast_scenario(extra))
        .start()
        .await
        .expect("simulator starts")
}

pub fn token(sim: &SimHandle) -> String {
    sim.mint_access_token(MintOptions::default())
}

/// A client for the simulator, signed in with a freshly minted token, with short timeouts.
pub fn client_builder(sim: &SimHandle) -> ClientBuilder {
    Client::builder()
        .base_url(sim.api_url())
        .api_key(sim.api_key())
        .token_source(Arc::new(StaticToken::new(token(sim))))
        .read_timeout(Duration::from_secs(5))
        .command_timeout(Duration::from_secs(5))
}

pub fn client(sim: &SimHandle) -> Client {
    client_builder(sim).build().expect("client builds")
}

pub fn vin(s: &str) -> Vin {
    Vin::parse(s).expect("valid test VIN")
}

pub fn api_requests(sim: &SimHandle) -> Vec<RequestRecord> {
    sim.requests()
        .into_iter()
        .filter(|r| r.kind == "api")
        .collect()
}

pub fn command_path(vin: &str, segment: &str) -> String {
    format!("/connected-vehicle/v2/vehicles/{vin}/commands/{segment}")
}
