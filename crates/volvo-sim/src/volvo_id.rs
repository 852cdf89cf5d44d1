//! Volvo ID: the authorize step (consent is automatic) and the token endpoint.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Map, Value};
use url::form_urlencoded;

use crate::bodies::{self, bad_authorize_page, oauth_error};
use crate::clock;
use crate::grants::{CodeGrant, CodeProblem, RefreshProblem};
use crate::scenario::Application;
use crate::state::{product_scopes, SimState, DEFAULT_USER};
use crate::tokens;

pub(crate) fn router() -> Router<Arc<SimState>> {
    Router::new()
        .route("/as/authorization.oauth2", get(authorize))
        .route("/as/token.oauth2", post(token))
        .route("/as/revoke_token.oauth2", post(revoke))
}

type Form = HashMap<String, String>;

fn parse_form(input: &[u8]) -> Form {
    form_urlencoded::parse(input).into_owned().collect()
}

fn field<'a>(form: &'a Form, name: &str) -> Option<&'a str> {
    form.get(name).map(String::as_str).filter(|v| !v.is_empty())
}

async fn authorize(State(state): State<Arc<SimState>>, RawQuery(query): RawQuery) -> Response {
    let q = parse_form(query.unwrap_or_default().as_bytes());
    let app = &state.scenario.application;
    match field(&q, "client_id") {
        None => return bad_authorize_page("The request has no client_id."),
        Some(id) if id != app.client_id => {
            return bad_authorize_page(&format!("Unknown client_id {id:?}."))
        }
        Some(_) => {}
    }
    let Some(redirect_uri) = field(&q, "redirect_uri") else {
        return bad_authorize_page("The request has no redirect_uri.");
    };
    if url::Url::parse(redirect_uri).is_err() {
        return bad_authorize_page(&format!(
            "redirect_uri {redirect_uri:?} is not an absolute URI."
        ));
    }
    if let Some(allowed) = &state.scenario.redirect_uris {
        if !allowed.iter().any(|u| u == redirect_uri) {
            return bad_authorize_page(&format!(
                "redirect_uri {redirect_uri:?} is not registered for this application."
            ));
        }
    }
    if field(&q, "response_type") != Some("code") {
        return bad_authorize_page("response_type must be \"code\".");
    }
    let Some(challenge) = field(&q, "code_challenge") else {
        return bad_authorize_page("PKCE is required: the request has no code_challenge.");
    };
    if field(&q, "code_challenge_method") != Some("S256") {
        return bad_authorize_page("code_challenge_method must be \"S256\".");
    }
    if !is_s256_challenge(challenge) {
        return bad_authorize_page(
            "code_challenge must be a BASE64URL-encoded SHA-256 hash (43 characters).",
        );
    }
    let client_state = field(&q, "state");

    if state.scenario.deny_consent {
        let mut params = vec![
            ("error", "access_denied"),
            (
                "error_description",
                "The user denied the authorization request",
            ),
        ];
        params.extend(client_state.map(|s| ("state", s)));
        return redirect(redirect_uri, &params);
    }

    let scopes = match field(&q, "scope") {
        Some(s) => s.split_whitespace().map(str::to_string).collect(),
        None => product_scopes(),
    };
    let code = state.grants.lock().unwrap().issue_code(
        CodeGrant {
            redirect_uri: redirect_uri.to_string(),
            code_challenge: challenge.to_string(),
            scopes,
            // OIDC's login_hint stands for the account the person signs in with, so a test
            // can tell two sign-ins apart.
            user: field(&q, "login_hint").unwrap_or(DEFAULT_USER).to_string(),
            nonce: field(&q, "nonce").map(str::to_string),
        },
        Duration::from_secs(state.scenario.authorization_code_ttl_secs),
    );
    let mut params = vec![("code", code.as_str())];
    params.extend(client_state.map(|s| ("state", s)));
    redirect(redirect_uri, &params)
}

fn is_s256_challenge(s: &str) -> bool {
    s.len() == 43
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Appends to the redirect URI's own query, keeping any fragment last. Built as a string so
/// custom schemes (`volvo-beacon://auth/callback`) come out exactly as registered.
fn redirect(redirect_uri: &str, params: &[(&str, &str)]) -> Response {
    let (base, fragment) = match redirect_uri.split_once('#') {
        Some((base, fragment)) => (base, Some(fragment)),
        None => (redirect_uri, None),
    };
    let separator = match base.find('?') {
        None => "?",
        Some(_) if base.ends_with('?') || base.ends_with('&') => "",
        Some(_) => "&",
    };
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish();
    let mut location = format!("{base}{separator}{query}");
    if let Some(fragment) = fragment {
        location = format!("{location}#{fragment}");
    }
    match HeaderValue::try_from(location) {
        Ok(location) => (StatusCode::FOUND, [(header::LOCATION, location)]).into_response(),
        Err(_) => bad_authorize_page("redirect_uri cannot be used in a Location header."),
    }
}

/// The confidential client's credentials and a form body, as both the token and the
/// revocation endpoints require; the error answer if either is missing.
fn client_form(state: &SimState, headers: &HeaderMap, body: &Bytes) -> Result<Form, Response> {
    if !client_authenticated(headers, &state.scenario.application) {
        let mut response = oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "Client authentication failed: send HTTP Basic client_id:client_secret",
        );
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"Volvo ID\""),
        );
        return Err(response);
    }
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Err(invalid_request(
            "the body must be application/x-www-form-urlencoded",
        ));
    }
    Ok(parse_form(body))
}

/// RFC 7009 token revocation, at PingFederate's path (Volvo ID runs on PingFederate; whether
/// it exposes this endpoint to developer applications is not documented). A refresh token is
/// ended at once; an unknown or already ended token is answered 200 all the same, as the RFC
/// says, so a client cannot probe for live tokens.
async fn revoke(State(state): State<Arc<SimState>>, headers: HeaderMap, body: Bytes) -> Response {
    let form = match client_form(&state, &headers, &body) {
        Ok(form) => form,
        Err(response) => return response,
    };
    let Some(token) = field(&form, "token") else {
        return invalid_request("token is missing");
    };
    state.grants.lock().unwrap().revoke_refresh(token);
    StatusCode::OK.into_response()
}

async fn token(State(state): State<Arc<SimState>>, headers: HeaderMap, body: Bytes) -> Response {
    let form = match client_form(&state, &headers, &body) {
        Ok(form) => form,
        Err(response) => return response,
    };
    match field(&form, "grant_type") {
        Some("authorization_code") => exchange_code(&state, &form),
        Some("refresh_token") => refresh(&state, &form),
        Some(other) => oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            &format!("grant_type {other} is not supported"),
        ),
        None => invalid_request("grant_type is missing"),
    }
}

/// Some clients (RFC 6749 section 2.3.1) form-encode the id and secret before Basic; accept
/// both spellings.
fn client_authenticated(headers: &HeaderMap, app: &Application) -> bool {
    let Some((id, secret)) = basic_credentials(headers) else {
        return false;
    };
    let same = |given: &str, expected: &str| {
        given == expected
            || given == form_urlencoded::byte_serialize(expected.as_bytes()).collect::<String>()
    };
    same(&id, &app.client_id) && same(&secret, &app.client_secret)
}

fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    Some((id.to_string(), secret.to_string()))
}

fn invalid_request(description: &str) -> Response {
    oauth_error(StatusCode::BAD_REQUEST, "invalid_request", description)
}

fn invalid_grant(description: &str) -> Response {
    oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", description)
}

fn exchange_code(state: &SimState, form: &Form) -> Response {
    let Some(code) = field(form, "code") else {
        return invalid_request("code is missing");
    };
    let mut grants = state.grants.lock().unwrap();
    let grant = match grants.redeem_code(code) {
        Ok(grant) => grant,
        Err(CodeProblem::Unknown) => return invalid_grant("the authorization code is invalid"),
        Err(CodeProblem::Used) => {
            return invalid_grant("the authorization code has already been used")
        }
        Err(CodeProblem::Expired) => return invalid_grant("the authorization code has expired"),
    };
    if field(form, "redirect_uri") != Some(grant.redirect_uri.as_str()) {
        return invalid_grant("redirect_uri does not match the authorization request");
    }
    let Some(verifier) = field(form, "code_verifier") else {
        return invalid_grant("code_verifier is missing (PKCE is required)");
    };
    if tokens::s256(verifier) != grant.code_challenge {
        return invalid_grant(
            "PKCE verification failed: code_verifier does not match code_challenge",
        );
    }
    let client_id = &state.scenario.application.client_id;
    let ttl = state.access_ttl();
    let access = grants.mint_access(client_id, &grant.user, &grant.scopes, ttl);
    let refresh = grants.issue_refresh(&grant.user, &grant.scopes);
    drop(grants);
    let iat = clock::unix_now().as_secs();
    let mut id_claims = json!({
        "iss": state.base_url, "sub": grant.user, "aud": client_id,
        "iat": iat, "exp": iat + ttl.as_secs(),
    });
    if let Some(nonce) = grant.nonce {
        id_claims["nonce"] = nonce.into();
    }
    let mut body = token_body(state, access, &grant.scopes);
    body.insert("refresh_token".into(), refresh.into());
    body.insert("id_token".into(), tokens::jwt(&id_claims).into());
    token_response(body)
}

fn refresh(state: &SimState, form: &Form) -> Response {
    let Some(presented) = field(form, "refresh_token") else {
        return invalid_request("refresh_token is missing");
    };
    let mut grants = state.grants.lock().unwrap();
    let idle_limit = Duration::from_secs(state.scenario.refresh_token_idle_secs);
    let grant = match grants.refresh(presented, idle_limit) {
        Ok(grant) => grant,
        Err(RefreshProblem::Unknown) => {
            return invalid_grant("the refresh token is invalid, expired or already used")
        }
        Err(RefreshProblem::Idle) => {
            return invalid_grant("the refresh token has expired: it was not used for too long")
        }
    };
    let access = grants.mint_access(
        &state.scenario.application.client_id,
        &grant.user,
        &grant.scopes,
        state.access_ttl(),
    );
    let mut body = token_body(state, access, &grant.scopes);
    // Volvo rotates refresh tokens, except in the answers seen without one: there the old
    // token must keep working, or the client would be stranded.
    if !state.scenario.omit_refresh_token_on_refresh {
        grants.revoke_refresh(presented);
        let next = grants.issue_refresh(&grant.user, &grant.scopes);
        body.insert("refresh_token".into(), next.into());
    }
    token_response(body)
}

fn token_body(state: &SimState, access_token: String, scopes: &[String]) -> Map<String, Value> {
    let mut body = Map::new();
    body.insert("access_token".into(), access_token.into());
    body.insert("token_type".into(), "Bearer".into());
    body.insert(
        "expires_in".into(),
        state.scenario.access_token_ttl_secs.into(),
    );
    body.insert("scope".into(), scopes.join(" ").into());
    body
}

fn token_response(body: Map<String, Value>) -> Response {
    let mut response = bodies::json(StatusCode::OK, Value::Object(body));
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn location(uri: &str, params: &[(&str, &str)]) -> String {
        let response = redirect(uri, params);
        assert_eq!(response.status(), StatusCode::FOUND);
        response.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .to_string()
    }

    #[test]
    fn redirect_keeps_scheme_query_and_fragment() {
        assert_eq!(
            location(
                "volvo-beacon://auth/callback",
                &[("code", "c"), ("state", "a b")]
            ),
            "volvo-beacon://auth/callback?code=c&state=a+b"
        );
        assert_eq!(
            location("https://x.example/cb?via=app#top", &[("code", "c")]),
            "https://x.example/cb?via=app&code=c#top"
        );
        assert_eq!(
            location("http://127.0.0.1:8/cb?", &[("code", "c")]),
            "http://127.0.0.1:8/cb?code=c"
        );
    }
}
