//! The few W3C WebDriver commands the harness needs, as async HTTP to tauri-driver (which hands
//! them to WebKitWebDriver). tests/e2e has a blocking client for the tests; this one runs on
//! the harness's runtime, next to the in-process simulator.

use std::path::Path;
use std::time::Duration;

use reqwest::Method;
use serde_json::{json, Value};

/// The key W3C uses for element references in JSON.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct WebDriver {
    http: reqwest::Client,
    session_url: String,
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        // The first session also starts WebKit's processes; a loaded machine is slow.
        .timeout(Duration::from_secs(120))
        .build()
        .expect("an HTTP client")
}

/// `GET /status` answers: the driver (and WebKitWebDriver behind it) is up.
pub async fn ready(driver_url: &str) -> bool {
    client()
        .get(format!("{driver_url}/status"))
        .send()
        .await
        .is_ok_and(|r| r.status().is_success())
}

impl WebDriver {
    /// Starts `application` with `args` through the driver and opens a session on its window.
    pub async fn new_session(
        driver_url: &str,
        application: &Path,
        args: &[String],
    ) -> Result<WebDriver, String> {
        let http = client();
        let capabilities = json!({
            "capabilities": {"alwaysMatch": {
                "tauri:options": {"application": application, "args": args}
            }}
        });
        let answer = http
            .post(format!("{driver_url}/session"))
            .json(&capabilities)
            .send()
            .await
            .map_err(|e| format!("new session: {e}"))?;
        let body: Value = answer.json().await.unwrap_or(Value::Null);
        let id = body["value"]["sessionId"]
            .as_str()
            .ok_or_else(|| format!("new session refused: {body}"))?;
        Ok(WebDriver {
            session_url: format!("{driver_url}/session/{id}"),
            http,
        })
    }

    async fn call(&self, method: Method, path: &str, body: Option<Value>) -> Result<Value, String> {
        let mut request = self
            .http
            .request(method.clone(), format!("{}{path}", self.session_url));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let answer = request
            .send()
            .await
            .map_err(|e| format!("WebDriver {method} {path}: {e}"))?;
        let ok = answer.status().is_success();
        let mut body: Value = answer.json().await.unwrap_or(Value::Null);
        let value = body["value"].take();
        if ok {
            Ok(value)
        } else {
            Err(format!(
                "WebDriver {method} {path}: {}: {}",
                value["error"].as_str().unwrap_or("error"),
                value["message"].as_str().unwrap_or_default()
            ))
        }
    }

    /// Runs a function body in the page (`arguments` = `args`) and returns what it returns.
    pub async fn execute(&self, script: &str, args: Value) -> Result<Value, String> {
        self.call(
            Method::POST,
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
        .await
    }

    /// Clicks the one element matching `css`, like a user (WebDriver's pointer click).
    pub async fn click(&self, css: &str) -> Result<(), String> {
        let found = self
            .call(
                Method::POST,
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await?;
        let id = found[ELEMENT_KEY]
            .as_str()
            .ok_or_else(|| format!("no element for {css}"))?;
        self.call(
            Method::POST,
            &format!("/element/{id}/click"),
            Some(json!({})),
        )
        .await
        .map(|_| ())
    }

    /// Ends the session; the driver ends the app.
    pub async fn quit(self) {
        let _ = self.call(Method::DELETE, "", None).await;
    }
}
