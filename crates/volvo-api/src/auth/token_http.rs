//! The HTTP side of token calls: oauth2 has no client of its own here, it calls this one (the
//! workspace's reqwest). oauth2 reads any non-2xx answer as an OAuth error body and
//! drops the status, so a Volvo ID outage (a 503, often an HTML page) would read as "sign-in
//! failed" or "unreadable answer" to someone who is signed in. Looking at the status first
//! keeps an outage what it is: a server problem that a later try may not have.

use std::future::Future;
use std::pin::Pin;

use oauth2::{AsyncHttpClient, HttpClientError, HttpRequest, HttpResponse};

use super::excerpt::redacted_excerpt;

#[derive(Debug, thiserror::Error)]
pub(crate) enum TokenHttpError {
    #[error(transparent)]
    Transport(#[from] HttpClientError<reqwest::Error>),
    #[error("Volvo ID answered HTTP {status}")]
    Server { status: u16, detail: String },
}

/// The HTTP client for token calls (it follows no redirects; see `VolvoId::new`).
#[derive(Clone)]
pub(crate) struct TokenHttp(pub(crate) reqwest::Client);

impl<'c> AsyncHttpClient<'c> for TokenHttp {
    type Error = TokenHttpError;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, TokenHttpError>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(send(&self.0, request))
    }
}

async fn send(
    http: &reqwest::Client,
    request: HttpRequest,
) -> Result<HttpResponse, TokenHttpError> {
    let transport = |e: reqwest::Error| HttpClientError::Reqwest(Box::new(e));
    let request = reqwest::Request::try_from(request).map_err(transport)?;
    let answer = http.execute(request).await.map_err(transport)?;
    let status = answer.status();
    let headers = answer.headers().clone();
    let body = answer.bytes().await.map_err(transport)?.to_vec();
    if status.is_server_error() {
        return Err(TokenHttpError::Server {
            status: status.as_u16(),
            detail: redacted_excerpt(&body),
        });
    }
    let mut response = HttpResponse::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    Ok(response)
}
