//! The simulator on its own runtime, so plain (blocking) tests can run `beacon` processes
//! against it and still use async reqwest for the browser's part of a sign-in.

use std::future::Future;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use reqwest::header::LOCATION;
use reqwest::redirect::Policy;
use volvo_sim::{RequestRecord, Scenario, Sim, SimHandle};

use super::beacon;

/// Short, so a test can outlive an access token in a few seconds.
pub const ACCESS_TOKEN_TTL: Duration = Duration::from_secs(3);

pub struct TestSim {
    handle: Option<SimHandle>,
    runtime: tokio::runtime::Runtime,
}

impl TestSim {
    /// The demo fleet with short-lived access tokens, changed by `adjust`.
    pub fn start(adjust: impl FnOnce(&mut Scenario)) -> TestSim {
        let mut scenario = Scenario::demo();
        scenario.access_token_ttl_secs = ACCESS_TOKEN_TTL.as_secs();
        adjust(&mut scenario);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime for the simulator");
        let handle = runtime
            .block_on(
                Sim::builder()
                    .scenario(scenario)
                    .bind("127.0.0.1:0".parse().unwrap())
                    .start(),
            )
            .expect("start the simulator");
        TestSim {
            handle: Some(handle),
            runtime,
        }
    }

    pub fn handle(&self) -> &SimHandle {
        self.handle.as_ref().expect("running")
    }

    pub fn block_on<F: Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    /// Every setting of the simulator's application, as `beacon` reads them from the
    /// environment.
    pub fn env(&self, cmd: &mut Command) {
        let h = self.handle();
        cmd.env("BEACON_API_URL", h.api_url())
            .env("VCC_API_KEY", h.api_key())
            .env("VCC_SECONDARY_API_KEY", h.secondary_api_key())
            .env("BEACON_AUTH_URL", h.auth_url())
            .env("BEACON_TOKEN_URL", h.token_url())
            .env("BEACON_CLIENT_ID", h.client_id())
            .env("BEACON_CLIENT_SECRET", h.client_secret());
    }

    /// `beacon` with the simulator's settings on a machine without any keychain: the session
    /// bus it is given does not exist. Settings files go to `config_dir`.
    pub fn beacon_without_keychain(&self, config_dir: &Path) -> Command {
        let mut cmd = beacon();
        self.env(&mut cmd);
        cmd.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
            .env("BEACON_CONFIG_DIR", config_dir);
        cmd
    }

    /// What the user does in the browser: open the authorization page, which (the simulator
    /// asks no questions) redirects at once. Returns where it redirects to.
    pub fn browser_step(&self, authorize_url: &str) -> String {
        assert!(
            authorize_url.starts_with(&self.handle().auth_url()),
            "not the simulator's authorization page: {authorize_url:?}"
        );
        self.block_on(async {
            let http = volvo_api::http::client_builder()
                .redirect(Policy::none())
                .build()
                .unwrap();
            let answer = http.get(authorize_url).send().await.expect("authorize");
            assert!(
                answer.status().is_redirection(),
                "authorize answered {}: {}",
                answer.status(),
                answer.text().await.unwrap_or_default()
            );
            answer.headers()[LOCATION]
                .to_str()
                .expect("a readable Location")
                .to_owned()
        })
    }

    /// The browser arriving at a loopback callback: the status and page it gets.
    pub fn visit(&self, url: &str) -> (u16, String) {
        self.block_on(async {
            let answer = volvo_api::http::client_builder()
                .build()
                .expect("an HTTP client")
                .get(url)
                .send()
                .await
                .expect("reach the loopback listener");
            let status = answer.status().as_u16();
            (status, answer.text().await.unwrap_or_default())
        })
    }

    pub fn token_requests(&self, grant_type: &str) -> Vec<RequestRecord> {
        self.handle()
            .requests()
            .into_iter()
            .filter(|r| r.kind == "token" && r.grant_type.as_deref() == Some(grant_type))
            .collect()
    }

    pub fn api_requests(&self) -> Vec<RequestRecord> {
        self.handle()
            .requests()
            .into_iter()
            .filter(|r| r.kind == "api")
            .collect()
    }
}

impl Drop for TestSim {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            self.runtime.block_on(handle.shutdown());
        }
    }
}
