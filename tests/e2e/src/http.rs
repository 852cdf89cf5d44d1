//! Plain blocking HTTP for the tests, over async reqwest on a private runtime: the workspace's
//! reqwest has no `blocking` feature, and turning it on here would rebuild reqwest and every
//! crate above it for everyone whenever the whole workspace is built.

use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::redirect::Policy;
use reqwest::{Method, StatusCode};
use serde_json::Value;

pub(crate) struct Http {
    runtime: tokio::runtime::Runtime,
    client: reqwest::Client,
}

pub(crate) struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
}

impl Http {
    pub fn new() -> Http {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime for the test's HTTP client");
        let client = volvo_api::http::client_builder()
            // The browser's side of a sign-in must see the redirect to volvo-beacon://.
            .redirect(Policy::none())
            // Generous: the first WebDriver session also starts WebKit's processes.
            .timeout(Duration::from_secs(90))
            .build()
            .expect("an HTTP client");
        Http { runtime, client }
    }

    pub fn send(&self, method: Method, url: &str, body: Option<&Value>) -> reqwest::Result<Answer> {
        self.runtime.block_on(async {
            let mut request = self.client.request(method, url);
            if let Some(body) = body {
                request = request.json(body);
            }
            let response = request.send().await?;
            let status = response.status();
            let headers = response.headers().clone();
            let body = response.text().await?;
            Ok(Answer {
                status,
                headers,
                body,
            })
        })
    }
}
