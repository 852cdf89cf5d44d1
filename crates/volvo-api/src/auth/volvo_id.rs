//! The Volvo ID client: starts a sign-in (PKCE S256 + a single-use `state`), finishes it from
//! whichever callback came back, and refreshes tokens.

use std::borrow::Cow;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use async_trait::async_trait;
use beacon_i18n::{t, Words};
use oauth2::basic::BasicClient;
use oauth2::{
    AuthType, AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointNotSet,
    EndpointSet, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenUrl,
};
use url::Url;

use super::callback::{claimed_state, parse_callback, Callback};
use super::config::{VolvoIdConfig, SCOPES};
use super::pending::PendingTable;
use super::token_http::TokenHttp;
use super::token_response::{map_error, token_set, Grant};
use super::tokens::{RefreshToken, RefreshTokens, TokenSet};
use crate::Error;

/// One token call, start to finish. Volvo ID answers in well under a second; past this the
/// user is better served by an error than by a spinner.
const TOKEN_TIMEOUT: Duration = Duration::from_secs(15);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

type OAuthClient =
    BasicClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet>;

/// Volvo ID for one developer application. Cheap to clone; clones share the sign-ins in
/// progress, so the one that started a sign-in need not be the one that finishes it.
#[derive(Clone)]
pub struct VolvoId {
    inner: Arc<Inner>,
}

struct Inner {
    oauth: OAuthClient,
    /// RFC 7009, when configured; and the client's credentials, which it takes as Basic auth.
    revoke_url: Option<Url>,
    client_auth: (String, String),
    http: TokenHttp,
    pending: Mutex<PendingTable>,
}

/// Where to send the browser, and what to expect back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignInRequest {
    /// Open this in the browser.
    pub authorize_url: String,
    /// The `state` the answer must carry.
    pub state: String,
    /// Where Volvo ID will send the browser back to; the code exchange repeats it.
    pub redirect_uri: String,
}

impl VolvoId {
    pub fn new(config: VolvoIdConfig) -> Result<Self, Error> {
        let config = config.trimmed();
        if config.client_id.is_empty() {
            return Err(Error::Config(Words::new(|lang| {
                t!(lang, "config-client-id-empty")
            })));
        }
        if config.client_secret.is_empty() {
            return Err(Error::Config(Words::new(|lang| {
                t!(lang, "config-client-secret-empty")
            })));
        }
        let auth_url = AuthUrl::new(endpoint("authorization", &config.auth_url)?)
            .map_err(|e| url_refused("authorization", &config.auth_url, &e))?;
        let token_url = TokenUrl::new(endpoint("token", &config.token_url)?)
            .map_err(|e| url_refused("token", &config.token_url, &e))?;
        let revoke_url = match &config.revoke_url {
            Some(raw) => Some(
                Url::parse(&endpoint("revocation", raw)?)
                    .map_err(|e| url_refused("revocation", raw, &e))?,
            ),
            None => None,
        };
        let client_auth = (config.client_id.clone(), config.client_secret.clone());
        let oauth = BasicClient::new(ClientId::new(config.client_id))
            .set_client_secret(ClientSecret::new(config.client_secret))
            .set_auth_type(AuthType::BasicAuth)
            .set_auth_uri(auth_url)
            .set_token_uri(token_url);
        // A redirect from the token endpoint would carry the form (code, verifier) elsewhere.
        let http = crate::http::client_builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(TOKEN_TIMEOUT)
            .connect_timeout(CONNECT_TIMEOUT)
            .user_agent(concat!("volvo-beacon/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| {
                let detail = e.to_string();
                Error::Config(Words::new(move |lang| {
                    t!(lang, "config-https", detail = &detail)
                }))
            })?;
        Ok(VolvoId {
            inner: Arc::new(Inner {
                oauth,
                revoke_url,
                client_auth,
                http: TokenHttp(http),
                pending: Mutex::new(PendingTable::new()),
            }),
        })
    }

    /// How long a started sign-in may take (10 minutes unless changed; tests shorten it).
    pub fn with_state_ttl(self, ttl: Duration) -> Self {
        self.pending().set_ttl(ttl);
        self
    }

    /// Whether a sign-in started here is still waiting for its answer (and may still get one:
    /// its state has not expired). Its PKCE verifier lives only in this process.
    pub fn has_pending_sign_in(&self) -> bool {
        self.pending().any_live()
    }

    /// Whether `url` answers a sign-in started here that is still waiting: it carries (even as
    /// an error answer) the state of one that has not expired. Uses nothing up. A link that
    /// does not is none of this app's business, whatever else it says.
    pub fn is_waiting_for(&self, url: &str) -> bool {
        claimed_state(url).is_some_and(|state| self.pending().check(&state).is_ok())
    }

    /// Starts a sign-in that will come back to `redirect_uri` (one of the URIs registered with
    /// the application: [`DEEP_LINK_REDIRECT`](super::DEEP_LINK_REDIRECT), a loopback
    /// listener's, or an https page).
    pub fn start_sign_in(&self, redirect_uri: &str) -> Result<SignInRequest, Error> {
        let redirect_uri = redirect_uri.trim();
        let redirect = RedirectUrl::new(redirect_uri.to_owned())
            .map_err(|e| redirect_refused(redirect_uri, &e.to_string()))?;
        if redirect.url().fragment().is_some() {
            let uri = format!("{redirect_uri:?}");
            return Err(Error::Config(Words::new(move |lang| {
                t!(lang, "config-redirect-fragment", uri = &uri)
            })));
        }
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state) = self
            .inner
            .oauth
            .authorize_url(CsrfToken::new_random)
            .add_scopes(SCOPES.iter().map(|s| Scope::new((*s).to_owned())))
            .set_pkce_challenge(challenge)
            .set_redirect_uri(Cow::Owned(redirect))
            .url();
        let state = state.secret().clone();
        self.pending()
            .insert(state.clone(), verifier, redirect_uri.to_owned());
        tracing::debug!(redirect_uri, "Volvo ID sign-in started");
        Ok(SignInRequest {
            authorize_url: url.into(),
            state,
            redirect_uri: redirect_uri.to_owned(),
        })
    }

    /// Reads a sign-in answer without deciding whether it belongs here. Accepts
    /// `volvo-beacon://auth/callback?…`, `http://127.0.0.1:PORT/callback?…`, any https
    /// address the browser ended on, or just its query (`?code=…&state=…`); surrounding
    /// whitespace, quotes and angle brackets are ignored. The query is read, or the fragment
    /// when the query has nothing.
    ///
    /// Errors: `SignInCancelled` for `error=access_denied`, `SignInFailed` for another
    /// `error`, `InvalidCallback` without a code (or for garbage), `InvalidState` without a
    /// state.
    pub fn parse_callback(url: &str) -> Result<Callback, Error> {
        parse_callback(url)
    }

    /// [`parse_callback`](Self::parse_callback), plus: the state belongs to a sign-in started
    /// here that has not expired. Uses nothing up; meant as the loopback listener's check.
    ///
    /// An error answer (`SignInCancelled`, `SignInFailed`) is passed on only when it carries
    /// such a state too; otherwise this is `InvalidState`. So any web page that can make the
    /// browser open `http://127.0.0.1:PORT/callback?error=access_denied` cannot cancel a
    /// sign-in the user is in the middle of.
    pub fn check_callback(&self, url: &str) -> Result<Callback, Error> {
        let parsed = parse_callback(url);
        let state = match &parsed {
            Ok(callback) => Some(callback.state.clone()),
            Err(Error::SignInCancelled { .. } | Error::SignInFailed { .. }) => claimed_state(url),
            Err(_) => return parsed,
        };
        match state {
            Some(state) => self.pending().check(&state)?,
            None => {
                return Err(Error::InvalidState {
                    reason: Words::new(|lang| t!(lang, "sign-in-answer-without-state")),
                })
            }
        }
        parsed
    }

    /// Finishes a sign-in: the answer's state must belong to a sign-in started here (it is
    /// used up, whatever happens next), then the code is exchanged with that sign-in's PKCE
    /// verifier and redirect URI.
    ///
    /// Errors: those of [`parse_callback`](Self::parse_callback); `InvalidState` for an
    /// unknown, used or expired state; `SignInFailed` when Volvo ID refuses the code
    /// (`invalid_grant`) or the client (`invalid_client`); `Network`/`Timeout`; `Decode`.
    pub async fn complete_sign_in(&self, callback_url: &str) -> Result<TokenSet, Error> {
        // The state first: an error answer is only believed for a sign-in started here, or
        // any page could make Beacon say "Volvo ID said ...".
        let callback = self.check_callback(callback_url)?;
        let pending = self.pending().take(&callback.state)?;
        let tokens = self
            .exchange_code(callback.code, pending.redirect_uri, pending.verifier)
            .await?;
        tracing::info!("signed in with Volvo ID");
        Ok(tokens)
    }

    /// Exchanges a refresh token. Volvo rotates them: on success the old one is dead and the
    /// new one (when sent) must be stored before anything else.
    ///
    /// Errors: `SignedOut` for `invalid_grant` and only for it; `Network`/`Timeout` when Volvo
    /// ID cannot be reached; `Server` when it answers 5xx (an outage, not a sign-in problem);
    /// `SignInFailed` for other OAuth errors; `Decode`.
    pub async fn exchange_refresh(&self, refresh_token: &RefreshToken) -> Result<TokenSet, Error> {
        let token = oauth2::RefreshToken::new(refresh_token.secret().to_owned());
        let answer = self
            .inner
            .oauth
            .exchange_refresh_token(&token)
            .request_async(&self.inner.http)
            .await;
        let answer = answer.map_err(|e| map_error(e, Grant::Refresh, TOKEN_TIMEOUT));
        if let Err(e) = &answer {
            tracing::warn!(kind = e.kind(), "Volvo ID refresh failed");
        }
        token_set(&answer?)
    }

    /// Ends `refresh_token` at Volvo ID (RFC 7009), when a revocation endpoint is configured.
    /// `Ok(false)`: none is, so the token lives on there until it expires unused.
    pub async fn revoke(&self, refresh_token: &RefreshToken) -> Result<bool, Error> {
        let Some(url) = &self.inner.revoke_url else {
            return Ok(false);
        };
        let (id, secret) = &self.inner.client_auth;
        let answer = self
            .inner
            .http
            .0
            .post(url.clone())
            .basic_auth(id, Some(secret))
            .form(&[
                ("token", refresh_token.secret()),
                ("token_type_hint", "refresh_token"),
            ])
            .send()
            .await
            .map_err(|e| Error::Network {
                detail: format!("revoking the sign-in at Volvo ID failed ({e})"),
                command_may_have_run: false,
            })?;
        let status = answer.status();
        if status.is_success() {
            tracing::info!("revoked the refresh token at Volvo ID");
            return Ok(true);
        }
        Err(Error::SignInFailed {
            error: format!("HTTP {}", status.as_u16()),
            description: Some("Volvo ID did not revoke the sign-in".into()),
        })
    }

    pub(crate) async fn exchange_code(
        &self,
        code: String,
        redirect_uri: String,
        verifier: PkceCodeVerifier,
    ) -> Result<TokenSet, Error> {
        let redirect = RedirectUrl::new(redirect_uri.clone())
            .map_err(|e| redirect_refused(&redirect_uri, &e.to_string()))?;
        let answer = self
            .inner
            .oauth
            .exchange_code(AuthorizationCode::new(code))
            .set_pkce_verifier(verifier)
            .set_redirect_uri(Cow::Owned(redirect))
            .request_async(&self.inner.http)
            .await
            .map_err(|e| map_error(e, Grant::Code, TOKEN_TIMEOUT))?;
        token_set(&answer)
    }

    fn pending(&self) -> MutexGuard<'_, PendingTable> {
        // The table stays consistent across a panic elsewhere: every change is one push or
        // one remove.
        self.inner
            .pending
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[async_trait]
impl RefreshTokens for VolvoId {
    async fn refresh(&self, refresh_token: &RefreshToken) -> Result<TokenSet, Error> {
        self.exchange_refresh(refresh_token).await
    }
}

impl fmt::Debug for VolvoId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let oauth = &self.inner.oauth;
        f.debug_struct("VolvoId")
            .field("client_id", &oauth.client_id().as_str())
            .field("auth_url", &oauth.auth_uri().as_str())
            .field("token_url", &oauth.token_uri().as_str())
            .finish_non_exhaustive()
    }
}

/// https, or plain http to this computer (the simulator): the client secret and the code
/// travel to the token endpoint and must not cross a network in the clear.
fn endpoint(which: &str, raw: &str) -> Result<String, Error> {
    let url = Url::parse(raw).map_err(|e| url_refused(which, raw, &e))?;
    if crate::secure_url::https_or_loopback(&url) {
        Ok(raw.to_owned())
    } else {
        let (which, url) = (which.to_owned(), format!("{raw:?}"));
        Err(Error::Config(Words::new(move |lang| {
            t!(
                lang,
                "config-volvo-id-url-not-https",
                which = &which,
                url = &url
            )
        })))
    }
}

/// A Volvo ID address (`which`: authorization, token or revocation) that is not a URL.
fn url_refused(which: &str, raw: &str, e: &dyn std::fmt::Display) -> Error {
    let (which, url, detail) = (which.to_owned(), format!("{raw:?}"), e.to_string());
    Error::Config(Words::new(move |lang| {
        t!(
            lang,
            "config-volvo-id-url-invalid",
            which = &which,
            url = &url,
            detail = &detail
        )
    }))
}

fn redirect_refused(redirect_uri: &str, detail: &str) -> Error {
    let (uri, detail) = (format!("{redirect_uri:?}"), detail.to_owned());
    Error::Config(Words::new(move |lang| {
        t!(
            lang,
            "config-redirect-invalid",
            uri = &uri,
            detail = &detail
        )
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::{DEEP_LINK_REDIRECT, DEFAULT_AUTH_URL};

    fn volvo_id() -> VolvoId {
        VolvoId::new(VolvoIdConfig::new(" client-1 ", "secret-1\n")).unwrap()
    }

    fn query(url: &str) -> Vec<(String, String)> {
        Url::parse(url)
            .unwrap()
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    fn param<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn authorize_url_carries_pkce_state_and_scopes() {
        let req = volvo_id().start_sign_in(DEEP_LINK_REDIRECT).unwrap();
        assert!(
            req.authorize_url.starts_with(DEFAULT_AUTH_URL),
            "{}",
            req.authorize_url
        );
        let q = query(&req.authorize_url);
        assert_eq!(param(&q, "response_type"), Some("code"));
        assert_eq!(param(&q, "client_id"), Some("client-1"));
        assert_eq!(param(&q, "redirect_uri"), Some(DEEP_LINK_REDIRECT));
        assert_eq!(param(&q, "code_challenge_method"), Some("S256"));
        assert_eq!(param(&q, "code_challenge").map(str::len), Some(43));
        assert_eq!(param(&q, "state"), Some(req.state.as_str()));
        assert_eq!(param(&q, "scope"), Some(SCOPES.join(" ").as_str()));
        assert!(param(&q, "client_secret").is_none());
        assert!(!req.authorize_url.contains("secret-1"));
        assert_eq!(req.redirect_uri, DEEP_LINK_REDIRECT);
    }

    #[test]
    fn every_sign_in_gets_its_own_state() {
        let id = volvo_id();
        let a = id.start_sign_in(DEEP_LINK_REDIRECT).unwrap();
        let b = id.start_sign_in(DEEP_LINK_REDIRECT).unwrap();
        assert_ne!(a.state, b.state);
        assert!(a.state.len() >= 22, "{}", a.state);
        let challenge = |r: &SignInRequest| {
            param(&query(&r.authorize_url), "code_challenge").map(str::to_owned)
        };
        assert_ne!(challenge(&a), challenge(&b));
    }

    #[test]
    fn check_callback_needs_a_live_state_and_uses_nothing_up() {
        let id = volvo_id();
        let req = id.start_sign_in(DEEP_LINK_REDIRECT).unwrap();
        let url = format!("{DEEP_LINK_REDIRECT}?code=c&state={}", req.state);
        assert!(id.check_callback(&url).is_ok());
        assert!(id.check_callback(&url).is_ok());
        let other = format!("{DEEP_LINK_REDIRECT}?code=c&state=not-ours");
        assert_eq!(
            id.check_callback(&other).unwrap_err().kind(),
            "invalid_state"
        );
    }

    #[test]
    fn completing_believes_an_error_answer_only_for_a_live_state() {
        let id = volvo_id();
        let req = id.start_sign_in(DEEP_LINK_REDIRECT).unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        for forged in [
            format!("{DEEP_LINK_REDIRECT}?error=access_denied&state=forged"),
            format!("{DEEP_LINK_REDIRECT}?error=server_error&error_description=Volvo+ID+said"),
        ] {
            assert!(!id.is_waiting_for(&forged), "{forged}");
            let err = runtime.block_on(id.complete_sign_in(&forged)).unwrap_err();
            assert_eq!(err.kind(), "invalid_state", "{forged}");
        }
        let ours = format!(
            "{DEEP_LINK_REDIRECT}?error=access_denied&state={}",
            req.state
        );
        assert!(id.is_waiting_for(&ours));
        let err = runtime.block_on(id.complete_sign_in(&ours)).unwrap_err();
        assert_eq!(err.kind(), "sign_in_cancelled");
    }

    #[test]
    fn check_callback_passes_error_answers_only_for_a_live_state() {
        let id = volvo_id();
        let req = id.start_sign_in(DEEP_LINK_REDIRECT).unwrap();
        let ours = format!(
            "{DEEP_LINK_REDIRECT}?error=access_denied&state={}",
            req.state
        );
        assert_eq!(
            id.check_callback(&ours).unwrap_err().kind(),
            "sign_in_cancelled"
        );
        for forged in [
            format!("{DEEP_LINK_REDIRECT}?error=access_denied&state=forged"),
            format!("{DEEP_LINK_REDIRECT}?error=access_denied"),
            format!("{DEEP_LINK_REDIRECT}?error=server_error"),
        ] {
            assert_eq!(
                id.check_callback(&forged).unwrap_err().kind(),
                "invalid_state",
                "{forged}"
            );
        }
        let garbage = "volvo-beacon://elsewhere/callback?code=c&state=s";
        assert_eq!(
            id.check_callback(garbage).unwrap_err().kind(),
            "invalid_callback"
        );
    }

    #[test]
    fn bad_configuration_is_refused() {
        let bad = |c: VolvoIdConfig| VolvoId::new(c).unwrap_err().kind();
        assert_eq!(bad(VolvoIdConfig::new("  ", "s")), "config");
        assert_eq!(bad(VolvoIdConfig::new("c", "\n")), "config");
        assert_eq!(
            bad(VolvoIdConfig::new("c", "s")
                .with_endpoints("http://volvo.example/a", "https://v/t")),
            "config"
        );
        assert_eq!(
            bad(VolvoIdConfig::new("c", "s").with_endpoints("https://v/a", "not a url")),
            "config"
        );
        assert!(VolvoId::new(
            VolvoIdConfig::new("c", "s")
                .with_endpoints("http://127.0.0.1:9/a", "http://127.0.0.1:9/t")
        )
        .is_ok());
    }

    #[test]
    fn bad_redirect_uris_are_refused() {
        let id = volvo_id();
        for uri in ["", "not a uri", "https://x.example/cb#frag"] {
            assert_eq!(
                id.start_sign_in(uri).unwrap_err().kind(),
                "config",
                "{uri:?}"
            );
        }
    }

    #[test]
    fn debug_shows_no_secret() {
        let shown = format!("{:?}", volvo_id());
        assert!(shown.contains("client-1"), "{shown}");
        assert!(!shown.contains("secret-1"), "{shown}");
    }
}
