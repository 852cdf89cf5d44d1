//! Error answers, byte-for-byte in the shapes Volvo's gateway and Volvo ID use. They differ
//! from one another on purpose: clients must cope with every shape.

use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use crate::clock;

/// Structs rather than `json!` so the fields go out in Volvo's order (serde_json's map would
/// sort them), which keeps the bodies byte-for-byte comparable with captured ones.
pub(crate) fn json(status: StatusCode, body: impl Serialize) -> Response {
    (status, Json(body)).into_response()
}

#[derive(Serialize)]
struct ApiError<'a> {
    error: Detail<'a>,
}

#[derive(Serialize)]
struct Detail<'a> {
    message: &'a str,
    description: &'a str,
}

#[derive(Serialize)]
struct KeyError {
    status: u16,
    error: KeyDetail,
}

#[derive(Serialize)]
struct KeyDetail {
    message: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QuotaError {
    status_code: u16,
    message: String,
}

#[derive(Serialize)]
struct OAuthError<'a> {
    error: &'a str,
    error_description: &'a str,
}

fn api_error(status: StatusCode, message: &str, description: &str) -> Response {
    json(
        status,
        ApiError {
            error: Detail {
                message,
                description,
            },
        },
    )
}

pub(crate) fn invalid_key() -> Response {
    json(
        StatusCode::UNAUTHORIZED,
        KeyError {
            status: 401,
            error: KeyDetail {
                message: "Access denied due to invalid VCC-API-KEY. Make sure to provide a valid key for an active application.",
            },
        },
    )
}

pub(crate) fn quota_spent(secs_until_reset: u64) -> Response {
    json(
        StatusCode::FORBIDDEN,
        QuotaError {
            status_code: 403,
            message: format!(
                "Out of call volume quota. Quota will be replenished in {}.",
                clock::hms(secs_until_reset)
            ),
        },
    )
}

pub(crate) fn invalid_token() -> Response {
    let mut response = api_error(
        StatusCode::UNAUTHORIZED,
        "Unauthorized",
        "The access token is invalid or has expired.",
    );
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        header::HeaderValue::from_static("Bearer error=\"invalid_token\""),
    );
    response
}

pub(crate) fn missing_scope(scope: &str) -> Response {
    api_error(
        StatusCode::FORBIDDEN,
        "Forbidden",
        &format!("Missing scope {scope}"),
    )
}

pub(crate) fn rate_limited(retry_after_secs: u64) -> Response {
    let mut response = api_error(
        StatusCode::TOO_MANY_REQUESTS,
        "Too Many Requests",
        "Rate limit exceeded",
    );
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, retry_after_secs.into());
    response
}

pub(crate) fn invalid_operation_id() -> Response {
    api_error(
        StatusCode::UNPROCESSABLE_ENTITY,
        "Unprocessable Entity",
        "Invalid vcc-api-operationId",
    )
}

pub(crate) fn vehicle_not_found() -> Response {
    api_error(StatusCode::NOT_FOUND, "Not Found", "Vehicle not found")
}

pub(crate) fn command_unsupported() -> Response {
    api_error(
        StatusCode::NOT_FOUND,
        "Not Found",
        "The vehicle does not support this command",
    )
}

pub(crate) fn read_only() -> Response {
    api_error(
        StatusCode::FORBIDDEN,
        "Forbidden",
        "This demo vehicle is read-only",
    )
}

pub(crate) fn no_such_resource() -> Response {
    api_error(StatusCode::NOT_FOUND, "Not Found", "Resource not found")
}

/// RFC 6749 section 5.2 shape, as Volvo ID sends it.
pub(crate) fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    let mut response = json(
        status,
        OAuthError {
            error,
            error_description: description,
        },
    );
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    response
}

/// What a browser shows when the authorize request itself is broken: Volvo ID cannot trust
/// the redirect URI then, so it answers with a page instead of redirecting.
pub(crate) fn bad_authorize_page(reason: &str) -> Response {
    let reason = reason
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    (
        StatusCode::BAD_REQUEST,
        Html(format!(
            "<!doctype html><html><head><title>Volvo ID</title></head><body>\
             <h1>Something went wrong</h1><p>{reason}</p></body></html>"
        )),
    )
        .into_response()
}
