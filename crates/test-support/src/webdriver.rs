//! The few W3C WebDriver commands the tests and the bench harness need, as plain HTTP to
//! tauri-driver (which hands them to WebKitWebDriver) or to a WebKitWebDriver attached to a
//! running app. Async, for the harness's runtime next to its in-process simulator; the tests use
//! it through [`blocking`].

pub mod blocking;

use std::fmt;
use std::path::Path;
use std::time::Duration;

use base64::Engine as _;
use reqwest::Method;
use serde_json::{json, Value};

/// The key W3C uses for element references in JSON.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct WebDriver {
    http: reqwest::Client,
    session_url: String,
}

/// A reference to an element in the page. Taken fresh before each use: the page rebuilds
/// parts of itself, and an old reference may have gone stale.
#[derive(Clone, Debug)]
pub struct Element {
    id: String,
    css: String,
}

impl Element {
    /// The selector it was found with.
    pub fn css(&self) -> &str {
        &self.css
    }
}

/// Why a command failed; shown as `WebDriver <method> <path>: <why>`.
#[derive(Debug)]
pub enum Error {
    NoAnswer {
        request: String,
        reason: String,
    },
    Refused {
        request: String,
        error: String,
        message: String,
    },
}

impl Error {
    /// What the driver said, without the request.
    pub fn refusal(&self) -> String {
        match self {
            Error::NoAnswer { reason, .. } => format!("no answer: {reason}"),
            Error::Refused { error, message, .. } => format!("{error}: {message}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (Error::NoAnswer { request, .. } | Error::Refused { request, .. }) = self;
        write!(f, "WebDriver {request}: {}", self.refusal())
    }
}

impl std::error::Error for Error {}

impl From<Error> for String {
    fn from(e: Error) -> String {
        e.to_string()
    }
}

fn by_css(css: &str) -> Option<Value> {
    Some(json!({"using": "css selector", "value": css}))
}

fn run(script: &str, args: Value) -> Option<Value> {
    Some(json!({"script": script, "args": args}))
}

fn client() -> reqwest::Client {
    volvo_api::http::client_builder()
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
    /// Starts `application` with `args` through tauri-driver at `driver_url` and opens a
    /// session on its window.
    pub async fn new_session(
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
        WebDriver::open(driver_url, &capabilities).await
    }

    /// Opens a session through a WebKitWebDriver started with `--target`: on the app already
    /// running there, instead of starting one.
    pub async fn attach(driver_url: &str) -> Result<WebDriver, String> {
        let capabilities = json!({
            "capabilities": { "alwaysMatch": { "webkitgtk:browserOptions": {} } }
        });
        WebDriver::open(driver_url, &capabilities).await
    }

    async fn open(driver_url: &str, capabilities: &Value) -> Result<WebDriver, String> {
        let http = client();
        let answer = http
            .post(format!("{driver_url}/session"))
            .json(capabilities)
            .send()
            .await
            .map_err(|e| format!("no answer to new session: {e}"))?;
        let status = answer.status();
        let text = answer.text().await.unwrap_or_default();
        let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let Some(id) = body["value"]["sessionId"].as_str() else {
            return Err(format!("new session refused (HTTP {status}): {text}"));
        };
        Ok(WebDriver {
            session_url: format!("{driver_url}/session/{id}"),
            http,
        })
    }

    async fn command(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, Error> {
        let request = format!("{method} {path}");
        let mut call = self
            .http
            .request(method, format!("{}{path}", self.session_url));
        if let Some(body) = body {
            call = call.json(&body);
        }
        let no_answer = |e: reqwest::Error| Error::NoAnswer {
            request: request.clone(),
            reason: e.to_string(),
        };
        let answer = call.send().await.map_err(no_answer)?;
        let ok = answer.status().is_success();
        let text = answer.text().await.map_err(no_answer)?;
        let mut body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let value = body["value"].take();
        if ok {
            return Ok(value);
        }
        Err(Error::Refused {
            error: value["error"]
                .as_str()
                .unwrap_or("unknown error")
                .to_owned(),
            message: value["message"].as_str().unwrap_or(&text).to_owned(),
            request,
        })
    }

    fn element(value: &Value, css: &str) -> Option<Element> {
        Some(Element {
            id: value[ELEMENT_KEY].as_str()?.to_owned(),
            css: css.to_owned(),
        })
    }

    /// Every element matching a CSS selector, in document order.
    pub async fn find_all(&self, css: &str) -> Result<Vec<Element>, Error> {
        let found = self.command(Method::POST, "/elements", by_css(css)).await?;
        Ok(found
            .as_array()
            .map(|list| list.iter().filter_map(|e| Self::element(e, css)).collect())
            .unwrap_or_default())
    }

    /// The first element matching a CSS selector; refused when there is none.
    pub async fn find_first(&self, css: &str) -> Result<Element, Error> {
        let found = self.command(Method::POST, "/element", by_css(css)).await?;
        Self::element(&found, css).ok_or_else(|| Error::Refused {
            request: "POST /element".into(),
            error: "no such element".into(),
            message: format!("no element for {css}"),
        })
    }

    /// Clicks like a user: WebDriver scrolls it into view and refuses if it cannot be clicked.
    pub async fn click(&self, element: &Element) -> Result<(), Error> {
        self.command(
            Method::POST,
            &format!("/element/{}/click", element.id),
            Some(json!({})),
        )
        .await
        .map(|_| ())
    }

    /// The rendered text, as the user sees it (hidden parts left out).
    pub async fn text(&self, element: &Element) -> Result<String, Error> {
        let value = self
            .command(Method::GET, &format!("/element/{}/text", element.id), None)
            .await?;
        Ok(value.as_str().unwrap_or_default().to_owned())
    }

    pub async fn attribute(&self, element: &Element, name: &str) -> Result<Option<String>, Error> {
        let value = self
            .command(
                Method::GET,
                &format!("/element/{}/attribute/{name}", element.id),
                None,
            )
            .await?;
        Ok(value.as_str().map(str::to_owned))
    }

    /// Runs a function body in the page; `arguments` are `args`. Returns what it returns.
    pub async fn execute(&self, script: &str, args: Value) -> Result<Value, Error> {
        self.command(Method::POST, "/execute/sync", run(script, args))
            .await
    }

    /// Like [`execute`](Self::execute), for a script that ends by calling its last argument
    /// with the result (for promises such as `invoke`).
    pub async fn execute_async(&self, script: &str, args: Value) -> Result<Value, Error> {
        self.command(Method::POST, "/execute/async", run(script, args))
            .await
    }

    /// A PNG of the window's page.
    pub async fn screenshot(&self) -> Result<Vec<u8>, Error> {
        let encoded = self.command(Method::GET, "/screenshot", None).await?;
        base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().unwrap_or_default())
            .map_err(|e| Error::Refused {
                request: "GET /screenshot".into(),
                error: "not base64".into(),
                message: e.to_string(),
            })
    }

    /// Resizes the window (its outer size, in CSS pixels), as a user dragging its corner.
    pub async fn set_window_size(&self, width: u32, height: u32) -> Result<(), Error> {
        self.command(
            Method::POST,
            "/window/rect",
            Some(json!({ "width": width, "height": height })),
        )
        .await
        .map(|_| ())
    }

    /// Ends the session; the driver ends the app it started.
    pub async fn quit(self) {
        let _ = self.command(Method::DELETE, "", None).await;
    }
}
