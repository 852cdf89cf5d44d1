//! The few W3C WebDriver commands the tests need, as plain HTTP to tauri-driver.

use std::path::Path;

use base64::Engine as _;
use reqwest::Method;
use serde_json::{json, Value};

use crate::http::Http;

/// The key W3C uses for element references in JSON.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct WebDriver {
    http: Http,
    session_url: String,
}

/// A reference to an element in the page. Taken fresh before each use: the page rebuilds
/// parts of itself, and an old reference may have gone stale.
#[derive(Clone, Debug)]
pub struct Element {
    id: String,
    css: String,
}

/// What a WebDriver command answered with an error.
#[derive(Debug)]
struct Refusal {
    error: String,
    message: String,
}

impl WebDriver {
    /// Starts the app through tauri-driver at `driver_url` and opens a session on its window.
    pub(crate) fn new_session(
        driver_url: &str,
        application: &Path,
        args: &[String],
    ) -> Result<WebDriver, String> {
        let capabilities = json!({
            "capabilities": {
                "alwaysMatch": {
                    "tauri:options": { "application": application, "args": args }
                }
            }
        });
        WebDriver::open(driver_url, &capabilities)
    }

    fn open(driver_url: &str, capabilities: &Value) -> Result<WebDriver, String> {
        let http = Http::new();
        let answer = http
            .send(
                Method::POST,
                &format!("{driver_url}/session"),
                Some(capabilities),
            )
            .map_err(|e| format!("no answer to new session: {e}"))?;
        let body = answer.json();
        let Some(id) = body["value"]["sessionId"].as_str() else {
            return Err(format!(
                "new session refused (HTTP {}): {}",
                answer.status, answer.body
            ));
        };
        Ok(WebDriver {
            session_url: format!("{driver_url}/session/{id}"),
            http,
        })
    }

    /// Opens a session through a WebKitWebDriver started with `--target`: on the app already
    /// running there, instead of starting one.
    pub(crate) fn attach(driver_url: &str) -> Result<WebDriver, String> {
        let capabilities = json!({
            "capabilities": { "alwaysMatch": { "webkitgtk:browserOptions": {} } }
        });
        WebDriver::open(driver_url, &capabilities)
    }

    fn command(&self, method: Method, path: &str, body: Option<Value>) -> Result<Value, Refusal> {
        let url = format!("{}{path}", self.session_url);
        let answer = self
            .http
            .send(method.clone(), &url, body.as_ref())
            .unwrap_or_else(|e| panic!("WebDriver {method} {path}: no answer: {e}"));
        let mut body = answer.json();
        let value = body["value"].take();
        if answer.status.is_success() {
            return Ok(value);
        }
        Err(Refusal {
            error: value["error"]
                .as_str()
                .unwrap_or("unknown error")
                .to_owned(),
            message: value["message"].as_str().unwrap_or(&answer.body).to_owned(),
        })
    }

    #[track_caller]
    fn must(&self, method: Method, path: &str, body: Option<Value>) -> Value {
        self.command(method.clone(), path, body)
            .unwrap_or_else(|r| panic!("WebDriver {method} {path}: {}: {}", r.error, r.message))
    }

    /// Every element matching a CSS selector, in document order.
    pub fn find_all(&self, css: &str) -> Vec<Element> {
        let found = self.must(
            Method::POST,
            "/elements",
            Some(json!({"using": "css selector", "value": css})),
        );
        found
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|e| e[ELEMENT_KEY].as_str())
                    .map(|id| Element {
                        id: id.to_owned(),
                        css: css.to_owned(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The one element matching a CSS selector; panics when there is none or several.
    #[track_caller]
    pub fn find(&self, css: &str) -> Element {
        let mut all = self.find_all(css);
        match all.len() {
            1 => all.remove(0),
            n => panic!("expected exactly one element for {css:?}, found {n}"),
        }
    }

    /// Clicks like a user: WebDriver scrolls it into view and refuses if it cannot be clicked.
    #[track_caller]
    pub fn click(&self, element: &Element) {
        if let Err(r) = self.command(
            Method::POST,
            &format!("/element/{}/click", element.id),
            Some(json!({})),
        ) {
            panic!("cannot click {:?}: {}: {}", element.css, r.error, r.message);
        }
    }

    /// The rendered text, as the user sees it (hidden parts left out).
    pub fn text(&self, element: &Element) -> String {
        let value = self.must(Method::GET, &format!("/element/{}/text", element.id), None);
        value.as_str().unwrap_or_default().to_owned()
    }

    pub fn attribute(&self, element: &Element, name: &str) -> Option<String> {
        let value = self.must(
            Method::GET,
            &format!("/element/{}/attribute/{name}", element.id),
            None,
        );
        value.as_str().map(str::to_owned)
    }

    /// Runs a function body in the page; `arguments` are `args`. Returns what it returns.
    #[track_caller]
    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.must(
            Method::POST,
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// Like [`execute`](Self::execute), but a refusal (e.g. while the page is being loaded
    /// again) comes back as an error instead of failing the test.
    pub fn try_execute(&self, script: &str, args: Value) -> Result<Value, String> {
        self.command(
            Method::POST,
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
        .map_err(|r| format!("{}: {}", r.error, r.message))
    }

    /// Like [`execute`](Self::execute), for a script that ends by calling its last argument
    /// with the result (for promises such as `invoke`).
    #[track_caller]
    pub fn execute_async(&self, script: &str, args: Value) -> Value {
        self.must(
            Method::POST,
            "/execute/async",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// A PNG of the window's page.
    pub fn screenshot(&self) -> Vec<u8> {
        let encoded = self.must(Method::GET, "/screenshot", None);
        base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().unwrap_or_default())
            .expect("the screenshot is base64")
    }

    /// Ends the session; the driver closes the app.
    pub fn quit(self) {
        let _ = self.command(Method::DELETE, "", None);
    }
}
