//! The loopback way back (RFC 8252 §7.3): a listener on 127.0.0.1 that the browser is
//! redirected to, which hands the callback URL over and shows the user a "you can close this
//! tab" page.

use std::io::ErrorKind;
use std::net::Ipv4Addr;
use std::time::Duration;

use beacon_i18n::{t, Words};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;
use tokio::time::Instant;

use super::loopback_http::{read_request, respond, BadRequest, RequestLine, Response};
use crate::Error;

/// Browsers open a few connections at once; anything beyond this many unread ones is not a
/// browser delivering a redirect.
const MAX_OPEN_CONNECTIONS: usize = 32;
const CALLBACK_PATH: &str = "/callback";

/// Bound before the browser is opened, so the redirect URI (with its port) is known first.
#[derive(Debug)]
pub struct LoopbackListener {
    listener: TcpListener,
    port: u16,
}

impl LoopbackListener {
    /// Listens on 127.0.0.1 only: the answer must not be reachable from the network. Port 0
    /// picks a free port (tests); the app uses
    /// [`DEFAULT_LOOPBACK_PORT`](super::DEFAULT_LOOPBACK_PORT), which is what gets registered.
    pub async fn bind(port: u16) -> Result<Self, Error> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))
            .await
            .map_err(|e| bind_error(port, &e))?;
        let port = listener
            .local_addr()
            .map_err(|e| bind_error(port, &e))?
            .port();
        Ok(LoopbackListener { listener, port })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `http://127.0.0.1:PORT/callback`: pass it to
    /// [`VolvoId::start_sign_in`](super::VolvoId::start_sign_in).
    pub fn redirect_uri(&self) -> String {
        format!("http://127.0.0.1:{}{CALLBACK_PATH}", self.port)
    }

    /// Waits for the browser to arrive at `/callback` and returns the full callback URL.
    ///
    /// Each arrival is shown to `validate` (typically
    /// [`VolvoId::check_callback`](super::VolvoId::check_callback)). Accepted: the browser
    /// gets the "close this tab" page and the URL is returned. `SignInCancelled` or
    /// `SignInFailed`: Volvo ID said no, so the browser is told why and that error is
    /// returned. Any other refusal (a stale tab, a forged request) is shown in the browser and
    /// the wait goes on. Other paths (`/favicon.ico`) get a 404.
    ///
    /// After `timeout` without an accepted callback: `Error::SignInTimedOut`.
    pub async fn wait<T>(
        self,
        timeout: Duration,
        validate: impl Fn(&str) -> Result<T, Error>,
    ) -> Result<String, Error> {
        let deadline = Instant::now() + timeout;
        let mut readers: JoinSet<(TcpStream, Result<RequestLine, BadRequest>)> = JoinSet::new();
        loop {
            tokio::select! {
                _ = tokio::time::sleep_until(deadline) => {
                    return Err(Error::SignInTimedOut { after: timeout });
                }
                accepted = self.listener.accept(), if readers.len() < MAX_OPEN_CONNECTIONS => {
                    match accepted {
                        Ok((mut stream, _)) => {
                            readers.spawn(async move {
                                let request = read_request(&mut stream).await;
                                (stream, request)
                            });
                        }
                        // Out of file descriptors and the like: pause rather than spin.
                        Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                    }
                }
                Some(joined) = readers.join_next() => {
                    let Ok((stream, request)) = joined else { continue };
                    let (response, outcome) = self.answer(request, &validate);
                    if let Some(response) = response {
                        respond(stream, &response).await;
                    }
                    if let Some(outcome) = outcome {
                        return outcome;
                    }
                }
            }
        }
    }

    /// What to tell the browser, and whether the wait is over.
    fn answer<T>(
        &self,
        request: Result<RequestLine, BadRequest>,
        validate: &impl Fn(&str) -> Result<T, Error>,
    ) -> (Option<Response>, Option<Result<String, Error>>) {
        let request = match request {
            Ok(request) => request,
            Err(BadRequest::Gone) => return (None, None),
            Err(BadRequest::TooLarge) => return (Some(Response::plain(431)), None),
            Err(BadRequest::Malformed) => return (Some(Response::plain(400)), None),
        };
        let path = request.target.split(['?', '#']).next().unwrap_or("");
        if path != CALLBACK_PATH {
            return (Some(Response::plain(404)), None);
        }
        if request.method != "GET" {
            return (Some(Response::plain(405)), None);
        }
        let url = format!("http://127.0.0.1:{}{}", self.port, request.target);
        match validate(&url) {
            Ok(_) => {
                tracing::debug!(port = self.port, "sign-in answer received on loopback");
                (Some(Response::signed_in()), Some(Ok(url)))
            }
            Err(e @ (Error::SignInCancelled { .. } | Error::SignInFailed { .. })) => {
                (Some(Response::refused(200, &e.to_string())), Some(Err(e)))
            }
            Err(e) => {
                tracing::debug!(kind = e.kind(), "loopback callback refused; still waiting");
                (Some(Response::refused(400, &e.to_string())), None)
            }
        }
    }
}

fn bind_error(port: u16, e: &std::io::Error) -> Error {
    if e.kind() == ErrorKind::AddrInUse {
        let port = port.to_string();
        Error::Config(Words::new(move |lang| {
            t!(lang, "config-port-in-use", port = &port)
        }))
    } else {
        let (port, detail) = (port.to_string(), e.to_string());
        Error::Config(Words::new(move |lang| {
            t!(lang, "config-cannot-listen", port = &port, detail = &detail)
        }))
    }
}
