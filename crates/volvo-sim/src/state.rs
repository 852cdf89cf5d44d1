use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::faults::FaultQueue;
use crate::grants::Grants;
use crate::log::RequestLog;
use crate::quota::Quotas;
use crate::ratelimit::RateLimiter;
use crate::scenario::Scenario;

/// The scopes this product asks for; what a minted token gets unless told otherwise.
pub const PRODUCT_SCOPES: [&str; 5] = [
    "openid",
    "conve:vehicle_relation",
    "conve:commands",
    "conve:command_accessibility",
    "conve:honk_flash",
];

/// Who an authorize request signs in as: consent is automatic, so there is only one user.
pub(crate) const DEFAULT_USER: &str = "demo-user";

/// Everything one running simulator shares between its connections and its handles.
pub(crate) struct SimState {
    pub scenario: Scenario,
    pub base_url: String,
    pub started: Instant,
    pub log: RequestLog,
    pub faults: FaultQueue,
    pub grants: Mutex<Grants>,
    pub quotas: Quotas,
    pub limiter: RateLimiter,
}

impl SimState {
    pub(crate) fn new(scenario: Scenario, base_url: String) -> Self {
        SimState {
            base_url,
            started: Instant::now(),
            log: RequestLog::default(),
            faults: FaultQueue::default(),
            grants: Mutex::default(),
            quotas: Quotas::new(scenario.daily_quota),
            limiter: RateLimiter::new(scenario.requests_per_minute, scenario.commands_per_minute),
            scenario,
        }
    }

    pub(crate) fn api_url(&self) -> String {
        format!("{}{}", self.base_url, crate::api_path::PREFIX)
    }

    pub(crate) fn access_ttl(&self) -> Duration {
        Duration::from_secs(self.scenario.access_token_ttl_secs)
    }

    pub(crate) fn is_api_key(&self, key: &str) -> bool {
        let app = &self.scenario.application;
        key == app.api_key || key == app.secondary_api_key
    }

    pub(crate) fn mint_access(&self, user: &str, scopes: &[String], ttl: Duration) -> String {
        self.grants.lock().unwrap().mint_access(
            &self.scenario.application.client_id,
            user,
            scopes,
            ttl,
        )
    }

    pub(crate) fn elapsed_ms(&self) -> u64 {
        self.started.elapsed().as_millis() as u64
    }
}

pub(crate) fn product_scopes() -> Vec<String> {
    PRODUCT_SCOPES.iter().map(|s| s.to_string()).collect()
}
