//! The front door of every non-admin request: log it, then let a pending fault have it.

use std::sync::Arc;

use axum::body::{self, Body};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::gate::OPERATION_ID;
use crate::log::{self, RequestRecord};
use crate::state::SimState;
use crate::{api_path, faults};

/// Token request bodies are tiny forms; anything larger is not worth reading for the log.
const FORM_LIMIT: usize = 64 * 1024;

pub(crate) async fn front_door(
    State(state): State<Arc<SimState>>,
    req: Request,
    next: Next,
) -> Response {
    let method = req.method().as_str().to_string();
    let path = req.uri().path().to_string();
    let kind = log::kind_of(&path);
    let operation_id = req
        .headers()
        .get(&OPERATION_ID)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let (req, grant_type) = if kind == "token" {
        read_grant_type(req).await
    } else {
        (req, None)
    };
    let seq = state.log.begin(RequestRecord {
        seq: 0,
        method: method.clone(),
        path: path.clone(),
        kind: kind.to_string(),
        status: 0,
        operation_id,
        grant_type,
        at_ms: state.elapsed_ms(),
    });
    let is_command = api_path::is_command(&method, &path);
    let response = match state.faults.take(&method, &path, is_command) {
        Some(action) => faults::apply(action, req, next).await,
        None => next.run(req).await,
    };
    state.log.finish(seq, response.status().as_u16());
    response
}

/// Reads the form for the log and hands the same bytes on to the token handler.
async fn read_grant_type(req: Request) -> (Request, Option<String>) {
    let (parts, body) = req.into_parts();
    match body::to_bytes(body, FORM_LIMIT).await {
        Ok(bytes) => {
            let grant_type = url::form_urlencoded::parse(&bytes)
                .find(|(k, _)| k == "grant_type")
                .map(|(_, v)| v.into_owned());
            (Request::from_parts(parts, Body::from(bytes)), grant_type)
        }
        // The handler's own body read will fail the same way and answer for it.
        Err(_) => (Request::from_parts(parts, Body::empty()), None),
    }
}
