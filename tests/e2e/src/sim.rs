//! The simulator as its own process (`beacon sim --port 0 --json`), steered over its `/_sim`
//! admin endpoints, the way a tool that is not Rust would.

use std::fs;
use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use beacon_test_support::group::ProcessGroup;
use reqwest::Method;
use serde_json::{json, Value};

use crate::http::Http;
use crate::paths;

/// The one JSON line `beacon sim --json` prints: settings that work against it.
#[derive(Clone, Debug)]
pub struct SimInfo {
    pub url: String,
    pub api_url: String,
    pub api_key: String,
    pub access_token: String,
    pub auth_url: String,
    pub token_url: String,
    pub client_id: String,
    pub client_secret: String,
}

/// A scenario with the developer application the end-to-end tests sign in with (the deep link
/// registered as its redirect URI) and one car.
pub fn one_car_application(vin: &str, model: &str) -> String {
    format!(
        r#"
redirect_uris = ["volvo-beacon://auth/callback"]

[application]
client_id = "e2e-client"
client_secret = "e2e-client-secret-5f1c9a"
api_key = "e2e-vcc-api-key-8d2b7e"
secondary_api_key = "e2e-vcc-api-key-secondary-3a6f0d"

[[vehicles]]
vin = "{vin}"
model = "{model}"
"#
    )
}

pub struct Sim {
    pub info: SimInfo,
    http: Http,
    _process: ProcessGroup,
}

impl Sim {
    pub(crate) fn start(logs: &Path, scenario_toml: Option<&str>) -> Sim {
        let log = fs::File::create(logs.join("sim.log")).expect("the simulator's log file");
        let mut cmd = Command::new(paths::beacon_binary());
        cmd.args(["sim", "--port", "0", "--json"]);
        if let Some(toml) = scenario_toml {
            let file = logs.join("scenario.toml");
            fs::write(&file, toml).expect("the scenario file");
            cmd.arg("--scenario").arg(file);
        }
        paths::forget_beacon_settings(&mut cmd);
        cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(log);
        let mut process =
            ProcessGroup::spawn("beacon sim", &mut cmd).unwrap_or_else(|e| panic!("{e}"));
        let stdout = process.take_stdout();

        // Read on a thread so a simulator that never prints cannot hang the test.
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| {
                panic!(
                    "beacon sim printed nothing in 30 s; see its log in {}",
                    logs.display()
                )
            });
        let v: Value = serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("beacon sim printed {line:?}, not JSON: {e}"));
        let field = |name: &str| {
            v[name]
                .as_str()
                .unwrap_or_else(|| panic!("beacon sim's JSON has no {name}: {line}"))
                .to_owned()
        };
        let info = SimInfo {
            url: field("url"),
            api_url: field("apiUrl"),
            api_key: field("apiKey"),
            access_token: field("accessToken"),
            auth_url: field("authUrl"),
            token_url: field("tokenUrl"),
            client_id: field("clientId"),
            client_secret: field("clientSecret"),
        };
        Sim {
            info,
            http: Http::new(),
            _process: process,
        }
    }

    #[track_caller]
    fn admin(&self, method: Method, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.info.url);
        let answer = self
            .http
            .send(method.clone(), &url, body.as_ref())
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        assert!(
            answer.status.is_success(),
            "{method} {path} answered {}: {}",
            answer.status,
            answer.body
        );
        answer.json()
    }

    /// `PUT /_sim/quota`: what is left of today's quota for the primary API key.
    pub fn set_quota(&self, remaining: u64) {
        self.admin(
            Method::PUT,
            "/_sim/quota",
            Some(json!({"api_key": self.info.api_key, "remaining": remaining})),
        );
    }

    /// `POST /_sim/faults`.
    pub fn add_fault(&self, fault: Value) {
        self.admin(Method::POST, "/_sim/faults", Some(fault));
    }

    /// `GET /_sim/requests`: every request the simulator received, oldest first.
    pub fn requests(&self) -> Vec<Value> {
        match self.admin(Method::GET, "/_sim/requests", None) {
            Value::Array(list) => list,
            other => panic!("/_sim/requests answered {other}"),
        }
    }

    /// How many requests with this method and path the simulator received.
    pub fn count(&self, method: &str, path: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r["method"] == method && r["path"] == path)
            .count()
    }

    /// The browser's part of a sign-in: opens `authorize_url` (the simulator asks no questions)
    /// and returns where it redirects, without following it.
    pub fn authorize(&self, authorize_url: &str) -> String {
        let answer = self
            .http
            .send(Method::GET, authorize_url, None)
            .unwrap_or_else(|e| panic!("GET the authorization page: {e}"));
        assert!(
            answer.status.is_redirection(),
            "the authorization page should redirect, it answered {}: {}",
            answer.status,
            answer.body
        );
        answer
            .headers
            .get(reqwest::header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .expect("a Location header")
            .to_owned()
    }
}
