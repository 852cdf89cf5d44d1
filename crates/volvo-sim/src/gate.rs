//! The checks every Connected Vehicle API call passes, in the order Volvo's gateway makes
//! them: API key, daily quota, access token, rate limit, operation id, scope. VIN and command
//! checks follow in the handlers, which know the car.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use crate::bodies;
use crate::state::SimState;

pub(crate) const OPERATION_ID: HeaderName = HeaderName::from_static("vcc-api-operationid");

pub(crate) struct Caller {
    /// The caller's valid `vcc-api-operationId`, echoed in command answers.
    pub operation_id: Option<String>,
}

pub(crate) fn admit(
    state: &SimState,
    headers: &HeaderMap,
    scope: Option<&str>,
    is_command: bool,
) -> Result<Caller, Response> {
    let key = headers
        .get("vcc-api-key")
        .and_then(|v| v.to_str().ok())
        .filter(|key| state.is_api_key(key))
        .ok_or_else(bodies::invalid_key)?;
    state.quotas.spend(key).map_err(bodies::quota_spent)?;
    let grant = bearer(headers)
        .and_then(|token| state.grants.lock().unwrap().access(token))
        .ok_or_else(bodies::invalid_token)?;
    state
        .limiter
        .admit(&grant.user, is_command)
        .map_err(bodies::rate_limited)?;
    let operation_id = match headers.get(&OPERATION_ID) {
        None => None,
        Some(value) => Some(
            valid_operation_id(value)
                .ok_or_else(bodies::invalid_operation_id)?
                .to_string(),
        ),
    };
    if let Some(scope) = scope {
        if !grant.scopes.iter().any(|s| s == scope) {
            return Err(bodies::missing_scope(scope));
        }
    }
    Ok(Caller { operation_id })
}

/// Every API call answers `api_latency_ms` later, as over a far-away gateway: what the app's
/// start looks like to someone whose every call takes a few hundred milliseconds.
pub(crate) async fn network_latency(
    State(state): State<Arc<SimState>>,
    request: Request,
    next: Next,
) -> Response {
    let latency = state.scenario.api_latency_ms;
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    next.run(request).await
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

/// Only the canonical hyphenated form: that is what clients generate and what Volvo echoes.
fn valid_operation_id(value: &HeaderValue) -> Option<&str> {
    let s = value.to_str().ok()?;
    (s.len() == 36 && uuid::Uuid::try_parse(s).is_ok()).then_some(s)
}

/// Echoes a valid operation id on every API answer, errors included, so a client can match
/// any answer to its request.
pub(crate) async fn echo_operation_id(req: Request, next: Next) -> Response {
    let id = req
        .headers()
        .get(&OPERATION_ID)
        .filter(|v| valid_operation_id(v).is_some())
        .cloned();
    let mut response = next.run(req).await;
    if let Some(id) = id {
        response.headers_mut().insert(OPERATION_ID, id);
    }
    response
}
