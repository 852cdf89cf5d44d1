use std::collections::BTreeMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

/// Misbehaviour on demand: the next `count` requests that match `method` and `path` get
/// `action` instead of (or, for `delay` and `invoke_status`, on top of) their normal answer.
/// When several faults match, the one added first fires first.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct Fault {
    /// Case-insensitive; `None` matches any method.
    #[serde(default)]
    pub method: Option<String>,
    /// An exact path (no query string) or, ending in `*`, a prefix; `None` matches any path.
    #[serde(default)]
    pub path: Option<String>,
    /// A fault added with count 0 is already used up and never fires.
    #[serde(default = "one")]
    pub count: u32,
    pub action: FaultAction,
}

fn one() -> u32 {
    1
}

#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FaultAction {
    /// Answer with this status, body and headers. Without a `content-type` header the body is
    /// sent as JSON when it parses as JSON, else as plain text.
    Status {
        status: u16,
        #[serde(default)]
        body: String,
        #[serde(default)]
        headers: BTreeMap<String, String>,
    },
    /// Wait, then answer normally.
    Delay { ms: u64 },
    /// 200, `content-type: application/json`, a body that is not JSON.
    Malformed,
    /// Drop the TCP connection with a RST; no HTTP response at all.
    Reset,
    /// A command goes through every normal check and the car's latency, then answers 200 with
    /// this `invokeStatus`. Matches command POSTs only, so a broad path cannot waste it.
    InvokeStatus { value: String },
    /// 200 with a JSON command answer whose `message` is `bytes` long, streamed.
    Oversized { bytes: u64 },
}

impl Fault {
    /// A one-shot fault on every request.
    pub fn any(action: FaultAction) -> Fault {
        Fault {
            method: None,
            path: None,
            count: 1,
            action,
        }
    }

    /// A one-shot fault on `method path` (`path` may end in `*`).
    pub fn on(method: &str, path: &str, action: FaultAction) -> Fault {
        Fault {
            method: Some(method.to_string()),
            path: Some(path.to_string()),
            count: 1,
            action,
        }
    }

    pub fn times(mut self, count: u32) -> Fault {
        self.count = count;
        self
    }

    /// Problems `add` would otherwise only meet when the fault fires.
    pub(crate) fn check(&self) -> Result<(), String> {
        if let FaultAction::Status {
            status, headers, ..
        } = &self.action
        {
            StatusCode::from_u16(*status).map_err(|_| format!("{status} is not an HTTP status"))?;
            for (name, value) in headers {
                HeaderName::try_from(name.as_str())
                    .map_err(|_| format!("{name:?} is not a header name"))?;
                HeaderValue::try_from(value.as_str())
                    .map_err(|_| format!("{value:?} is not a valid value for header {name}"))?;
            }
        }
        Ok(())
    }

    fn matches(&self, method: &str, path: &str, is_command: bool) -> bool {
        if matches!(self.action, FaultAction::InvokeStatus { .. }) && !is_command {
            return false;
        }
        let method_ok = self
            .method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method));
        let path_ok = match self.path.as_deref() {
            None => true,
            Some(p) => match p.strip_suffix('*') {
                Some(prefix) => path.starts_with(prefix),
                None => p == path,
            },
        };
        method_ok && path_ok
    }
}

#[derive(Default)]
pub(crate) struct FaultQueue {
    pending: Mutex<Vec<Fault>>,
}

impl FaultQueue {
    pub(crate) fn add(&self, fault: Fault) {
        if fault.count > 0 {
            self.pending.lock().unwrap().push(fault);
        }
    }

    pub(crate) fn clear(&self) {
        self.pending.lock().unwrap().clear();
    }

    pub(crate) fn list(&self) -> Vec<Fault> {
        self.pending.lock().unwrap().clone()
    }

    /// Uses up one firing of the first matching fault.
    pub(crate) fn take(&self, method: &str, path: &str, is_command: bool) -> Option<FaultAction> {
        let mut pending = self.pending.lock().unwrap();
        let i = pending
            .iter()
            .position(|f| f.matches(method, path, is_command))?;
        pending[i].count -= 1;
        let action = pending[i].action.clone();
        if pending[i].count == 0 {
            pending.remove(i);
        }
        Some(action)
    }
}

/// Put into every request's extensions by the connection task: notifying it makes the task
/// drop the connection with a RST.
#[derive(Clone)]
pub(crate) struct ConnectionKill(pub(crate) Arc<Notify>);

/// Tells the command handler to answer with this invokeStatus instead of the car's own.
#[derive(Clone)]
pub(crate) struct InvokeOverride(pub(crate) String);

pub(crate) async fn apply(action: FaultAction, mut req: Request, next: Next) -> Response {
    match action {
        FaultAction::Status {
            status,
            body,
            headers,
        } => status_response(status, body, &headers),
        FaultAction::Delay { ms } => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            next.run(req).await
        }
        FaultAction::Malformed => json_200(Body::from(format!(
            "{{\"data\": {{\"vin\": \"{}\", \"invokeStatus\": \"COMPL",
            vin_in(req.uri().path())
        ))),
        FaultAction::Reset => match req.extensions().get::<ConnectionKill>() {
            Some(kill) => {
                kill.0.notify_one();
                // The connection task drops this future together with the connection.
                std::future::pending().await
            }
            None => {
                tracing::warn!("reset fault on a request served outside the simulator's listener");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
        FaultAction::InvokeStatus { value } => {
            req.extensions_mut().insert(InvokeOverride(value));
            next.run(req).await
        }
        FaultAction::Oversized { bytes } => {
            json_200(oversized_body(vin_in(req.uri().path()), bytes))
        }
    }
}

fn status_response(status: u16, body: String, headers: &BTreeMap<String, String>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type = if serde_json::from_str::<serde_json::Value>(&body).is_ok() {
        "application/json"
    } else {
        "text/plain; charset=utf-8"
    };
    let mut response = (status, [(header::CONTENT_TYPE, content_type)], body).into_response();
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::try_from(name.as_str()),
            HeaderValue::try_from(value.as_str()),
        ) {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

fn json_200(body: Body) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

/// The VIN segment of an API path, so fault bodies look like they belong to the request.
fn vin_in(path: &str) -> &str {
    crate::api_path::vehicle_part(path)
        .and_then(|rest| rest.split('/').next())
        .filter(|vin| crate::scenario::is_vin(vin))
        .unwrap_or("YV1XZK8V2P1234567")
}

static FILLER: [u8; 64 * 1024] = [b'x'; 64 * 1024];

/// Streams from one static buffer so a multi-gigabyte answer costs no memory.
fn oversized_body(vin: &str, bytes: u64) -> Body {
    let head = Bytes::from(format!(
        "{{\"data\":{{\"vin\":\"{vin}\",\"invokeStatus\":\"COMPLETED\",\"message\":\""
    ));
    let chunk = FILLER.len() as u64;
    let fillers = (0..bytes.div_ceil(chunk)).map(move |i| {
        let len = chunk.min(bytes - i * chunk) as usize;
        Bytes::from_static(&FILLER[..len])
    });
    let parts = std::iter::once(head)
        .chain(fillers)
        .chain(std::iter::once(Bytes::from_static(b"\"}}")))
        .map(Ok::<_, Infallible>);
    Body::from_stream(futures_util::stream::iter(parts))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reset_on(method: Option<&str>, path: Option<&str>) -> Fault {
        Fault {
            method: method.map(str::to_string),
            path: path.map(str::to_string),
            count: 2,
            action: FaultAction::Reset,
        }
    }

    #[test]
    fn matching_by_method_and_path() {
        let exact = reset_on(Some("post"), Some("/as/token.oauth2"));
        assert!(exact.matches("POST", "/as/token.oauth2", false));
        assert!(!exact.matches("GET", "/as/token.oauth2", false));
        assert!(!exact.matches("POST", "/as/token.oauth2x", false));
        let prefix = reset_on(None, Some("/connected-vehicle/v2/vehicles/*"));
        assert!(prefix.matches("GET", "/connected-vehicle/v2/vehicles/X", false));
        assert!(!prefix.matches("GET", "/connected-vehicle/v2/vehicle", false));
        assert!(reset_on(None, None).matches("DELETE", "/anything", false));
    }

    #[test]
    fn invoke_status_only_matches_commands() {
        let f = Fault::any(FaultAction::InvokeStatus {
            value: "TIMEOUT".into(),
        });
        assert!(!f.matches("GET", "/connected-vehicle/v2/vehicles", false));
        assert!(f.matches(
            "POST",
            "/connected-vehicle/v2/vehicles/V/commands/honk",
            true
        ));
    }

    #[test]
    fn queue_counts_down_in_order() {
        let q = FaultQueue::default();
        q.add(reset_on(None, Some("/a")));
        q.add(Fault::any(FaultAction::Malformed));
        assert!(matches!(
            q.take("GET", "/a", false),
            Some(FaultAction::Reset)
        ));
        assert!(matches!(
            q.take("GET", "/b", false),
            Some(FaultAction::Malformed)
        ));
        assert!(matches!(
            q.take("GET", "/a", false),
            Some(FaultAction::Reset)
        ));
        assert!(q.take("GET", "/a", false).is_none());
        q.add(Fault::any(FaultAction::Malformed).times(0));
        assert!(q.list().is_empty());
    }
}
