//! Turning what the token endpoint said (or failed to say) into a [`TokenSet`] or an
//! [`Error`]. The same error code means different things for the two grants: `invalid_grant`
//! on a code is a failed sign-in, on a refresh token it means the user is signed out.

use std::time::Duration;

use oauth2::basic::{BasicErrorResponse, BasicTokenResponse};
use oauth2::{HttpClientError, RequestTokenError, TokenResponse};

use super::excerpt::redacted_excerpt;
use super::token_http::TokenHttpError;
use super::tokens::{RefreshToken, TokenSet};
use crate::token::AccessToken;
use crate::Error;

pub(crate) type TokenError = RequestTokenError<TokenHttpError, BasicErrorResponse>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Grant {
    Code,
    Refresh,
}

pub(crate) fn token_set(response: &BasicTokenResponse) -> Result<TokenSet, Error> {
    let access = response.access_token().secret();
    if access.trim().is_empty() {
        return Err(Error::Decode {
            detail: "the token answer has an empty access_token".into(),
            excerpt: String::new(),
        });
    }
    Ok(TokenSet {
        access_token: AccessToken::new(access.clone()),
        // An empty refresh token is as good as none: the caller keeps the old one.
        refresh_token: response
            .refresh_token()
            .map(|r| r.secret())
            .filter(|r| !r.is_empty())
            .map(|r| RefreshToken::new(r.clone())),
        expires_in: response.expires_in(),
        scope: response.scopes().map(|scopes| {
            scopes
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        }),
    })
}

pub(crate) fn map_error(error: TokenError, grant: Grant, timeout: Duration) -> Error {
    match error {
        RequestTokenError::ServerResponse(answer) => {
            let code = answer.error().as_ref().to_owned();
            let description = answer
                .error_description()
                .map(|d| d.trim().to_owned())
                .filter(|d| !d.is_empty());
            if grant == Grant::Refresh && code == "invalid_grant" {
                Error::SignedOut {
                    reason: description
                        .unwrap_or_else(|| "Volvo ID no longer accepts the refresh token".into()),
                }
            } else {
                Error::SignInFailed {
                    error: code,
                    description,
                }
            }
        }
        RequestTokenError::Request(TokenHttpError::Server { status, detail }) => Error::Server {
            status,
            detail,
            command_may_have_run: false,
        },
        RequestTokenError::Request(TokenHttpError::Transport(transport)) => {
            transport_error(transport, timeout)
        }
        RequestTokenError::Parse(problem, body) => Error::Decode {
            detail: format!("the token answer is not what OAuth 2.0 promises: {problem}"),
            excerpt: redacted_excerpt(&body),
        },
        // Empty bodies, and answers that are not JSON at all.
        RequestTokenError::Other(detail) => Error::Decode {
            detail,
            excerpt: String::new(),
        },
    }
}

fn transport_error(error: HttpClientError<reqwest::Error>, timeout: Duration) -> Error {
    let detail = match &error {
        HttpClientError::Reqwest(e) if e.is_timeout() => {
            return Error::Timeout {
                after: timeout,
                command_may_have_run: false,
            }
        }
        HttpClientError::Reqwest(e) => error_chain(e.as_ref()),
        other => error_chain(other),
    };
    Error::Network {
        detail,
        command_may_have_run: false,
    }
}

/// "error sending request: client error (Connect): tcp connect error: Connection refused":
/// the useful part of a transport error is usually at the bottom of the chain.
fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut next = Some(error);
    while let Some(e) = next {
        let text = e.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        next = e.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(code: &str, description: Option<&str>) -> TokenError {
        let body = serde_json::json!({"error": code, "error_description": description});
        RequestTokenError::ServerResponse(serde_json::from_value(body).unwrap())
    }

    const T: Duration = Duration::from_secs(15);

    #[test]
    fn invalid_grant_signs_out_only_on_refresh() {
        match map_error(server("invalid_grant", Some("expired")), Grant::Refresh, T) {
            Error::SignedOut { reason } => assert_eq!(reason, "expired"),
            other => panic!("{other:?}"),
        }
        match map_error(server("invalid_grant", None), Grant::Code, T) {
            Error::SignInFailed { error, .. } => assert_eq!(error, "invalid_grant"),
            other => panic!("{other:?}"),
        }
        match map_error(server("invalid_client", None), Grant::Refresh, T) {
            Error::SignInFailed { error, .. } => assert_eq!(error, "invalid_client"),
            other => panic!("{other:?}"),
        }
        match map_error(server("temporarily_unavailable", None), Grant::Refresh, T) {
            Error::SignInFailed { error, .. } => assert_eq!(error, "temporarily_unavailable"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unreadable_answers_are_decode_errors() {
        let e = map_error(
            RequestTokenError::Other("server returned empty error response".into()),
            Grant::Refresh,
            T,
        );
        assert_eq!(e.kind(), "decode");
        let e = map_error(RequestTokenError::Other("boom".into()), Grant::Code, T);
        assert_eq!(e.kind(), "decode");
    }

    #[tokio::test]
    async fn transport_errors_are_network_or_timeout() {
        // Accepts and never answers.
        let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/token", silent.local_addr().unwrap());
        let http = crate::http::client_builder()
            .timeout(Duration::from_millis(100))
            .build()
            .unwrap();
        let slow = http.get(&url).send().await.unwrap_err();
        let e = map_error(
            RequestTokenError::Request(TokenHttpError::Transport(HttpClientError::Reqwest(
                Box::new(slow),
            ))),
            Grant::Refresh,
            T,
        );
        assert!(
            matches!(e, Error::Timeout { after, command_may_have_run: false } if after == T),
            "{e:?}"
        );

        drop(silent);
        let refused = http.get(&url).send().await.unwrap_err();
        match map_error(
            RequestTokenError::Request(TokenHttpError::Transport(HttpClientError::Reqwest(
                Box::new(refused),
            ))),
            Grant::Refresh,
            T,
        ) {
            Error::Network {
                detail,
                command_may_have_run: false,
            } => assert!(detail.to_lowercase().contains("connect"), "{detail}"),
            other => panic!("{other:?}"),
        }
    }
}
