use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use reqwest::{Method, RequestBuilder, Response};
use serde_json::Value;
use sha2::{Digest, Sha256};
use volvo_sim::{MintOptions, Scenario, Sim, SimHandle};

pub const XC40: &str = "YV1XZK8V2P1234567";
pub const XC90: &str = "YV4A22PL5N1234568";
pub const EX30: &str = "YV1EX30A0R1234569";

/// The demo fleet with no latency and no rate limits, so tests only wait where they mean to.
pub fn fast_demo() -> Scenario {
    let mut s = Scenario::demo();
    for car in &mut s.vehicles {
        car.latency_ms = 0;
    }
    s.commands_per_minute = 0;
    s.requests_per_minute = 0;
    s
}

pub struct Ctx {
    pub sim: SimHandle,
    pub http: reqwest::Client,
    pub token: String,
}

#[allow(clippy::disallowed_methods)] // with the crypto provider installed first
pub fn client() -> reqwest::Client {
    // reqwest builds its TLS side even for plain HTTP, and has no crypto provider of its own.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

pub async fn start(scenario: Scenario) -> Ctx {
    let sim = Sim::builder().scenario(scenario).start().await.unwrap();
    let token = sim.mint_access_token(MintOptions::default());
    Ctx {
        sim,
        http: client(),
        token,
    }
}

impl Ctx {
    /// An API request with a valid key and token.
    pub fn api(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.sim.api_url()))
            .header("vcc-api-key", self.sim.api_key())
            .bearer_auth(&self.token)
            .header("accept", "application/json")
    }

    pub async fn get(&self, path: &str) -> (u16, Value) {
        read(self.api(Method::GET, path).send().await.unwrap()).await
    }

    pub async fn command(&self, vin: &str, command: &str) -> (u16, Value) {
        let path = format!("/vehicles/{vin}/commands/{command}");
        read(self.api(Method::POST, &path).send().await.unwrap()).await
    }

    pub fn token_with(&self, scopes: &[&str]) -> String {
        self.sim.mint_access_token(MintOptions {
            scopes: Some(scopes.iter().map(|s| s.to_string()).collect()),
            ..MintOptions::default()
        })
    }
}

pub async fn read(response: Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, body)
}

/// (verifier, S256 challenge)
pub fn pkce() -> (String, String) {
    let verifier = format!("verifier-{}-{}", std::process::id(), "x".repeat(40));
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    (verifier, challenge)
}

/// The claims of a JWT-shaped token.
pub fn claims(jwt: &str) -> Value {
    let payload = jwt.split('.').nth(1).expect("JWT-shaped token");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}
