//! `/_sim/*`: steering the simulator over HTTP (for tools that are not Rust). Not logged, no
//! key or token needed.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

use crate::faults::Fault;
use crate::state::{product_scopes, SimState, DEFAULT_USER};

pub(crate) fn router() -> Router<Arc<SimState>> {
    Router::new()
        .route("/_sim/health", get(|| async { "ok" }))
        .route(
            "/_sim/faults",
            post(add_fault).delete(clear_faults).get(list_faults),
        )
        .route("/_sim/requests", get(list_requests).delete(clear_requests))
        .route("/_sim/tokens", post(mint_token))
        .route("/_sim/quota", put(set_quota))
}

fn bad_request(message: String) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!({ "error": message }))).into_response()
}

/// Parsed by hand so a malformed body gets a message naming the problem.
fn parse<T: for<'de> Deserialize<'de>>(body: &[u8], what: &str) -> Result<T, Response> {
    let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        body
    };
    serde_json::from_slice(body).map_err(|e| bad_request(format!("invalid {what}: {e}")))
}

async fn add_fault(State(state): State<Arc<SimState>>, body: Bytes) -> Response {
    let fault: Fault = match parse(&body, "fault") {
        Ok(fault) => fault,
        Err(response) => return response,
    };
    if fault.count == 0 {
        return bad_request("invalid fault: count must be at least 1".into());
    }
    if let Err(problem) = fault.check() {
        return bad_request(format!("invalid fault: {problem}"));
    }
    state.faults.add(fault);
    StatusCode::NO_CONTENT.into_response()
}

async fn clear_faults(State(state): State<Arc<SimState>>) -> StatusCode {
    state.faults.clear();
    StatusCode::NO_CONTENT
}

async fn list_faults(State(state): State<Arc<SimState>>) -> Response {
    Json(state.faults.list()).into_response()
}

async fn list_requests(State(state): State<Arc<SimState>>) -> Response {
    Json(state.log.snapshot()).into_response()
}

async fn clear_requests(State(state): State<Arc<SimState>>) -> StatusCode {
    state.log.clear();
    StatusCode::NO_CONTENT
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MintRequest {
    scopes: Option<Vec<String>>,
    ttl_secs: Option<u64>,
    user: Option<String>,
}

async fn mint_token(State(state): State<Arc<SimState>>, body: Bytes) -> Response {
    let req: MintRequest = match parse(&body, "token request") {
        Ok(req) => req,
        Err(response) => return response,
    };
    let ttl = req
        .ttl_secs
        .map(Duration::from_secs)
        .unwrap_or_else(|| state.access_ttl());
    let token = state.mint_access(
        req.user.as_deref().unwrap_or(DEFAULT_USER),
        &req.scopes.unwrap_or_else(product_scopes),
        ttl,
    );
    Json(json!({"access_token": token, "expires_in": ttl.as_secs()})).into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuotaRequest {
    api_key: String,
    remaining: u64,
}

async fn set_quota(State(state): State<Arc<SimState>>, body: Bytes) -> Response {
    let req: QuotaRequest = match parse(&body, "quota request") {
        Ok(req) => req,
        Err(response) => return response,
    };
    if !state.is_api_key(&req.api_key) {
        return (
            StatusCode::NOT_FOUND,
            Json(json!({"error": "api_key is not a key of the scenario's application"})),
        )
            .into_response();
    }
    state.quotas.set_remaining(&req.api_key, req.remaining);
    StatusCode::NO_CONTENT.into_response()
}
