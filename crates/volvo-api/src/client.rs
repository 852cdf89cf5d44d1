//! The HTTP client for the Connected Vehicle API v2: headers, timeouts, the one-retry rules,
//! the command limiter, capped bodies and logging. Decoding lives in `decode`, error mapping in
//! `error_body`.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use beacon_i18n::{t, Words};
use reqwest::header::{HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use url::Url;
use uuid::Uuid;

use crate::call_counter::{CallCounter, KeyCall, KeyFingerprint, KeyRole};
use crate::command::Command;
use crate::command_target::CommandTarget;
use crate::decode;
use crate::error_body::error_from_response;
use crate::limiter::CommandLimiter;
use crate::models::{Accessibility, CommandInfo, InvokeStatus, VehicleDetails};
use crate::outcome::{classify, Outcome};
use crate::token::{AccessToken, TokenSource};
use crate::{Error, Vin};

pub const DEFAULT_BASE_URL: &str = "https://api.volvocars.com/connected-vehicle/v2";

/// Bodies larger than this are refused: no real answer comes close, and a runaway body must
/// not take the app's memory with it.
pub(crate) const MAX_BODY_BYTES: usize = 1024 * 1024;

const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(15);
/// The POST returns only when the car has answered; a sleeping car can take over a minute.
const DEFAULT_COMMAND_TIMEOUT: Duration = Duration::from_secs(90);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const COMMANDS_PER_WINDOW: u32 = 10;
const COMMAND_WINDOW: Duration = Duration::from_secs(60);
const OPERATION_ID_HEADER: &str = "vcc-api-operationId";
const API_KEY_HEADER: &str = "vcc-api-key";

/// A client for one account. Cheap to clone; clones share the connection pool, the token
/// source and the command limiter.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base: Url,
    keys: ApiKeys,
    tokens: Arc<dyn TokenSource>,
    read_timeout: Duration,
    command_timeout: Duration,
    limiter: Option<CommandLimiter>,
    call_counter: Option<Arc<dyn CallCounter>>,
}

/// Primary and optional secondary VCC API key. When the primary's daily quota is spent the
/// secondary is used until the primary's reset time has passed.
struct ApiKeys {
    primary: String,
    secondary: Option<String>,
    primary_spent_until: Mutex<Option<Instant>>,
}

impl ApiKeys {
    fn current(&self, now: Instant) -> (&str, bool) {
        let spent = self
            .primary_spent_until
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_some_and(|until| now < until);
        match (&self.secondary, spent) {
            (Some(secondary), true) => (secondary, true),
            _ => (&self.primary, false),
        }
    }

    /// Marks the primary spent. True when there is a secondary worth switching to.
    fn primary_spent(&self, now: Instant, resets_in: Option<Duration>) -> bool {
        if self.secondary.is_none() {
            return false;
        }
        let until = now + resets_in.unwrap_or(Duration::from_secs(24 * 3600));
        *self
            .primary_spent_until
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = Some(until);
        true
    }
}

/// What the car did with a command.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CommandResult {
    pub vin: Vin,
    pub command: Command,
    /// Exactly as Volvo sent it.
    pub invoke_status: InvokeStatus,
    /// Volvo's own `message`, often empty.
    pub volvo_message: String,
    /// Our plain-words reading of `invoke_status`.
    pub outcome: Outcome,
    /// The `vcc-api-operationId` we sent, for support requests.
    pub operation_id: String,
}

pub struct ClientBuilder {
    base_url: String,
    api_key: Option<String>,
    secondary_api_key: Option<String>,
    tokens: Option<Arc<dyn TokenSource>>,
    read_timeout: Duration,
    command_timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    command_limit: Option<(u32, Duration)>,
    call_counter: Option<Arc<dyn CallCounter>>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: DEFAULT_BASE_URL.to_owned(),
            api_key: None,
            secondary_api_key: None,
            tokens: None,
            read_timeout: DEFAULT_READ_TIMEOUT,
            command_timeout: DEFAULT_COMMAND_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: concat!("VolvoBeacon/", env!("CARGO_PKG_VERSION")).to_owned(),
            command_limit: Some((COMMANDS_PER_WINDOW, COMMAND_WINDOW)),
            call_counter: None,
        }
    }
}

impl ClientBuilder {
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// The primary VCC API key. Whitespace from copy-paste is trimmed.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into().trim().to_owned());
        self
    }

    pub fn secondary_api_key(mut self, key: Option<String>) -> Self {
        self.secondary_api_key = key.map(|k| k.trim().to_owned()).filter(|k| !k.is_empty());
        self
    }

    pub fn token_source(mut self, tokens: Arc<dyn TokenSource>) -> Self {
        self.tokens = Some(tokens);
        self
    }

    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = timeout;
        self
    }

    pub fn command_timeout(mut self, timeout: Duration) -> Self {
        self.command_timeout = timeout;
        self
    }

    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// At most `max` commands per rolling `window`; `None` turns the limiter off (benchmarks
    /// against a simulator without limits). Default: Volvo's 10 per minute.
    pub fn command_limit(mut self, limit: Option<(u32, Duration)>) -> Self {
        self.command_limit = limit;
        self
    }

    /// Told of every request that reached Volvo with a key (see [`CallCounter`]). None by
    /// default.
    pub fn call_counter(mut self, counter: Arc<dyn CallCounter>) -> Self {
        self.call_counter = Some(counter);
        self
    }

    pub fn build(self) -> Result<Client, Error> {
        let base = parse_base_url(&self.base_url)?;
        let primary = self
            .api_key
            .filter(|k| !k.is_empty())
            .ok_or_else(|| Error::Config(Words::new(|lang| t!(lang, "config-no-api-key"))))?;
        let tokens = self
            .tokens
            .ok_or_else(|| Error::Config(Words::new(|lang| t!(lang, "config-no-token-source"))))?;
        let http = crate::http::client_builder()
            .user_agent(self.user_agent)
            .connect_timeout(self.connect_timeout)
            // An API answer never redirects; following one could carry the token elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| {
                let detail = e.to_string();
                Error::Config(Words::new(move |lang| {
                    t!(lang, "config-http-client", detail = &detail)
                }))
            })?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base,
                keys: ApiKeys {
                    primary,
                    secondary: self.secondary_api_key,
                    primary_spent_until: Mutex::new(None),
                },
                tokens,
                read_timeout: self.read_timeout,
                command_timeout: self.command_timeout,
                limiter: self
                    .command_limit
                    .map(|(max, window)| CommandLimiter::new(max, window)),
                call_counter: self.call_counter,
            }),
        })
    }
}

fn parse_base_url(raw: &str) -> Result<Url, Error> {
    let url =
        Url::parse(raw.trim()).map_err(|e| api_url_refused(raw, "not-a-url", &e.to_string()))?;
    if !matches!(url.scheme(), "https" | "http") || url.cannot_be_a_base() {
        return Err(api_url_refused(raw, "not-https", ""));
    }
    if !crate::secure_url::https_or_loopback(&url) {
        return Err(api_url_refused(raw, "not-secure", ""));
    }
    Ok(url)
}

/// `why`: not-a-url (with the parser's `detail`), not-https, not-secure.
fn api_url_refused(raw: &str, why: &str, detail: &str) -> Error {
    let (url, why, detail) = (format!("{raw:?}"), why.to_owned(), detail.to_owned());
    Error::Config(Words::new(move |lang| {
        t!(
            lang,
            "config-api-url",
            url = &url,
            why = why.as_str(),
            detail = &detail
        )
    }))
}

/// Whether a request is a read (safe to retry) or a command (sent at most once).
#[derive(Clone, Copy)]
enum Purpose {
    Read,
    Command(Command),
}

impl Client {
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    pub fn base_url(&self) -> &Url {
        &self.inner.base
    }

    /// The VINs on the account.
    pub async fn list_vehicles(&self) -> Result<Vec<Vin>, Error> {
        let body = self
            .request(Method::GET, &["vehicles"], Purpose::Read)
            .await?;
        decode::decode_vehicle_list(&body)?
            .into_iter()
            .map(|v| {
                Vin::parse(&v.vin).map_err(|_| Error::Decode {
                    detail: format!("the vehicle list holds {:?}, which is not a VIN", v.vin),
                    excerpt: decode::excerpt(&body),
                })
            })
            .collect()
    }

    pub async fn vehicle_details(&self, vin: &Vin) -> Result<VehicleDetails, Error> {
        let body = self
            .request(Method::GET, &["vehicles", vin.as_str()], Purpose::Read)
            .await?;
        decode::decode_vehicle_details(&body)
    }

    /// The commands this car supports. Show a button only for these, and keep their targets
    /// ([`Client::command_targets`]) to send them.
    pub async fn commands(&self, vin: &Vin) -> Result<Vec<CommandInfo>, Error> {
        let body = self
            .request(
                Method::GET,
                &["vehicles", vin.as_str(), "commands"],
                Purpose::Read,
            )
            .await?;
        decode::decode_commands(&body)
    }

    /// Whether the car can take a command right now.
    pub async fn command_accessibility(&self, vin: &Vin) -> Result<Accessibility, Error> {
        let body = self
            .request(
                Method::GET,
                &["vehicles", vin.as_str(), "command-accessibility"],
                Purpose::Read,
            )
            .await?;
        decode::decode_accessibility(&body)
    }

    /// Where `command` goes for this car, from the car's [`Client::commands`] answer: its
    /// `href` when it stays on this API and this car, else the documented path.
    pub fn command_target(
        &self,
        vin: &Vin,
        command: Command,
        listed: &[CommandInfo],
    ) -> CommandTarget {
        CommandTarget::resolve(&self.inner.base, vin, command, listed)
    }

    /// The targets of the Beacon commands the car lists, in [`Command::ALL`] order: one per
    /// button, and only for the commands the car supports.
    pub fn command_targets(&self, vin: &Vin, listed: &[CommandInfo]) -> Vec<CommandTarget> {
        Command::ALL
            .into_iter()
            .filter(|c| listed.iter().any(|i| i.command.as_command() == Some(*c)))
            .map(|c| self.command_target(vin, c, listed))
            .collect()
    }

    /// Sends `command` to the documented path. A car may live elsewhere (`honk-and-flash`):
    /// when its command list is at hand, [`Client::send_command_to`] its target instead.
    pub async fn send_command(&self, vin: &Vin, command: Command) -> Result<CommandResult, Error> {
        self.send_command_to(&CommandTarget::documented(&self.inner.base, vin, command))
            .await
    }

    /// Sends one command and waits for the car's answer. Never sends it twice on its own: after
    /// a timeout, a 5xx or a dropped connection the error says the car may have acted.
    ///
    /// A target made by a client with another API base is not followed (it would carry this
    /// client's credentials elsewhere): the documented path under this client's base is used.
    pub async fn send_command_to(&self, target: &CommandTarget) -> Result<CommandResult, Error> {
        let documented;
        let target = if target.belongs_to(&self.inner.base) {
            target
        } else {
            tracing::warn!("a command target from another API base; using the documented path");
            documented =
                CommandTarget::documented(&self.inner.base, target.vin(), target.command());
            &documented
        };
        let (vin, command) = (target.vin(), target.command());
        if let Some(limiter) = &self.inner.limiter {
            limiter
                .try_acquire(Instant::now())
                .map_err(|wait| Error::RateLimited {
                    retry_after: Some(wait),
                    local: true,
                })?;
        }
        let operation_id = Uuid::new_v4().to_string();
        let body = self
            .request_with_id(
                Method::POST,
                target.url(),
                &masked_path(&target.segments()),
                Purpose::Command(command),
                &operation_id,
            )
            .await?;
        let response = decode::decode_command_response(&body)?;
        let outcome = classify(&response.invoke_status);
        Ok(CommandResult {
            vin: vin.clone(),
            command,
            invoke_status: response.invoke_status,
            volvo_message: response.message,
            outcome,
            operation_id,
        })
    }

    async fn request(
        &self,
        method: Method,
        segments: &[&str],
        purpose: Purpose,
    ) -> Result<Vec<u8>, Error> {
        let operation_id = Uuid::new_v4().to_string();
        let url = self.url_for(segments);
        self.request_with_id(method, &url, &masked_path(segments), purpose, &operation_id)
            .await
    }

    /// One logical request. It may go out a second time only when Volvo refused the first
    /// without executing it: a 401 (with a fresh token) or a spent primary key's quota 403
    /// (with the secondary key). Each attempt gets its own operation id.
    async fn request_with_id(
        &self,
        method: Method,
        url: &Url,
        log_path: &str,
        purpose: Purpose,
        first_operation_id: &str,
    ) -> Result<Vec<u8>, Error> {
        let mut token = self.inner.tokens.access_token().await?;
        let mut tried_fresh_token = false;
        let mut tried_secondary_key = false;
        let mut operation_id = first_operation_id.to_owned();
        loop {
            let (key, on_secondary) = self.inner.keys.current(Instant::now());
            let attempt = Attempt {
                method: method.clone(),
                url,
                log_path,
                token: &token,
                api_key: key,
                operation_id: &operation_id,
                purpose,
            };
            let (status, retry_after, body) = self.attempt(attempt).await?;
            self.count_call(key, on_secondary, status, &body).await;
            if status.is_success() {
                return Ok(body);
            }
            let command = match purpose {
                Purpose::Command(c) => Some(c),
                Purpose::Read => None,
            };
            let error =
                error_from_response(status.as_u16(), retry_after.as_deref(), &body, command);
            match &error {
                Error::TokenRejected { .. } if !tried_fresh_token => {
                    tried_fresh_token = true;
                    match self.inner.tokens.token_rejected(&token).await? {
                        Some(fresh) if fresh != token => token = fresh,
                        _ => return Err(error),
                    }
                }
                Error::QuotaExceeded { resets_in } if !on_secondary && !tried_secondary_key => {
                    tried_secondary_key = true;
                    if !self.inner.keys.primary_spent(Instant::now(), *resets_in) {
                        return Err(error);
                    }
                    tracing::info!(
                        "primary API key's daily quota is spent; using the secondary key"
                    );
                }
                _ => return Err(error),
            }
            operation_id = Uuid::new_v4().to_string();
        }
    }

    /// An attempt counts once Volvo's answer has been read, whatever its status: an answer
    /// means it reached Volvo. One that never connected reached no one and does not count;
    /// one that timed out or was cut off is not counted either, as nothing says whether Volvo
    /// saw it (the count can only fall short by those).
    async fn count_call(&self, key: &str, on_secondary: bool, status: StatusCode, body: &[u8]) {
        let Some(counter) = self.inner.call_counter.clone() else {
            return;
        };
        let quota_spent = status == StatusCode::FORBIDDEN
            && matches!(
                error_from_response(status.as_u16(), None, body, None),
                Error::QuotaExceeded { .. }
            );
        let call = KeyCall {
            role: if on_secondary {
                KeyRole::Secondary
            } else {
                KeyRole::Primary
            },
            fingerprint: KeyFingerprint::of(key),
            quota_spent,
        };
        if let Err(e) = tokio::task::spawn_blocking(move || counter.count(&call)).await {
            tracing::warn!("the API call was not counted: {e}");
        }
    }

    fn url_for(&self, segments: &[&str]) -> Url {
        let mut url = self.inner.base.clone();
        {
            // `base` was checked to be a base URL in `build`, so this cannot fail.
            let mut path = url.path_segments_mut().expect("base URL");
            path.pop_if_empty();
            for segment in segments {
                path.push(segment);
            }
        }
        url
    }

    /// Sends one HTTP request and reads its capped body within the purpose's time limit.
    async fn attempt(
        &self,
        a: Attempt<'_>,
    ) -> Result<(StatusCode, Option<String>, Vec<u8>), Error> {
        let is_command = matches!(a.purpose, Purpose::Command(_));
        let limit = if is_command {
            self.inner.command_timeout
        } else {
            self.inner.read_timeout
        };
        let mut request = self
            .inner
            .http
            .request(a.method.clone(), a.url.clone())
            .header(ACCEPT, "application/json")
            .header(CONTENT_TYPE, "application/json")
            .header(API_KEY_HEADER, header_value(a.api_key, "api-key")?)
            .header(
                AUTHORIZATION,
                header_value(&format!("Bearer {}", a.token.secret()), "access-token")?,
            )
            .header(OPERATION_ID_HEADER, a.operation_id);
        if is_command {
            request = request.body(Vec::new());
        }
        let started = Instant::now();
        let outcome = tokio::time::timeout(limit, async {
            let response = request
                .send()
                .await
                .map_err(|e| transport_error(&e, is_command))?;
            let status = response.status();
            let retry_after = response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let body = read_capped(response, is_command).await?;
            Ok::<_, Error>((status, retry_after, body))
        })
        .await;
        let latency_ms = started.elapsed().as_millis() as u64;
        let result = outcome.unwrap_or(Err(Error::Timeout {
            after: limit,
            command_may_have_run: is_command,
        }));
        match &result {
            Ok((status, _, _)) => tracing::info!(
                method = %a.method, path = %a.log_path, status = status.as_u16(),
                latency_ms, operation_id = %a.operation_id, "volvo api"
            ),
            Err(e) => tracing::warn!(
                method = %a.method, path = %a.log_path, error = e.kind(),
                latency_ms, operation_id = %a.operation_id, "volvo api failed"
            ),
        }
        result
    }
}

struct Attempt<'a> {
    method: Method,
    url: &'a Url,
    log_path: &'a str,
    token: &'a AccessToken,
    api_key: &'a str,
    operation_id: &'a str,
    purpose: Purpose,
}

/// A value with a control character would make reqwest fail with an unhelpful builder error;
/// say what is wrong instead (without echoing the secret).
fn header_value(value: &str, what: &str) -> Result<HeaderValue, Error> {
    let mut v = HeaderValue::from_str(value).map_err(|_| {
        let what = what.to_owned();
        Error::Config(Words::new(move |lang| {
            t!(lang, "config-header-unsendable", what = what.as_str())
        }))
    })?;
    v.set_sensitive(true);
    Ok(v)
}

/// The path for logs, with VINs masked: a VIN identifies a person's car.
fn masked_path(segments: &[&str]) -> String {
    segments
        .iter()
        .map(|s| match Vin::parse(s) {
            Ok(vin) if s.len() == crate::vin::VIN_LEN => format!("/{}", vin.masked()),
            _ => format!("/{s}"),
        })
        .collect()
}

fn transport_error(e: &reqwest::Error, is_command: bool) -> Error {
    // A connect error means nothing reached Volvo; anything later may have.
    let may_have_run = is_command && !e.is_connect();
    // Only the connect phase has a reqwest timeout (the overall limit is ours), so a timeout
    // here is a connection that never came up: a network problem, not a slow car.
    Error::Network {
        detail: describe_transport(e),
        command_may_have_run: may_have_run,
    }
}

/// reqwest's Display is "error sending request for url (...)": the cause chain is what helps.
fn describe_transport(e: &reqwest::Error) -> String {
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    let mut deepest = None;
    while let Some(s) = source {
        deepest = Some(s.to_string());
        source = s.source();
    }
    let reason = deepest.unwrap_or_else(|| "no details".to_owned());
    if e.is_connect() {
        format!("could not connect: {reason}")
    } else {
        format!("connection lost: {reason}")
    }
}

async fn read_capped(mut response: reqwest::Response, is_command: bool) -> Result<Vec<u8>, Error> {
    if response
        .content_length()
        .is_some_and(|len| len > MAX_BODY_BYTES as u64)
    {
        return Err(too_large(Vec::new(), response.content_length()));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| {
        let mut err = transport_error(&e, is_command);
        if let Error::Network { detail, .. } = &mut err {
            *detail = format!("the answer was cut off: {detail}");
        }
        err
    })? {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            body.extend_from_slice(&chunk[..MAX_BODY_BYTES.saturating_sub(body.len())]);
            return Err(too_large(body, None));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn too_large(start: Vec<u8>, declared: Option<u64>) -> Error {
    let size = declared.map_or_else(
        || format!("over {} KiB", MAX_BODY_BYTES / 1024),
        |n| format!("{n} bytes"),
    );
    Error::Decode {
        detail: format!("the answer is too large ({size})"),
        excerpt: decode::excerpt(&start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logged_paths_mask_vins() {
        let p = masked_path(&["vehicles", "YV1ABCDEFG1234567", "commands", "honk"]);
        assert_eq!(p, "/vehicles/•••••••••••234567/commands/honk");
        assert!(!p.contains("YV1ABCDEFG"));
    }

    #[test]
    fn base_url_must_be_http() {
        assert!(parse_base_url("ftp://x/y").is_err());
        assert!(parse_base_url("not a url").is_err());
        assert!(parse_base_url("http://127.0.0.1:1/connected-vehicle/v2/").is_ok());
        let clear = parse_base_url("http://api.volvocars.com/connected-vehicle/v2")
            .unwrap_err()
            .to_string();
        assert!(clear.contains("must start with https://"), "{clear}");
    }

    #[test]
    fn urls_are_built_from_segments() {
        let client = Client::builder()
            .base_url("http://127.0.0.1:9/connected-vehicle/v2/")
            .api_key("k")
            .token_source(Arc::new(crate::StaticToken::new("t")))
            .build()
            .unwrap();
        let url = client.url_for(&["vehicles", "YV1ABCDEFG1234567", "commands", "honk-flash"]);
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:9/connected-vehicle/v2/vehicles/YV1ABCDEFG1234567/commands/honk-flash"
        );
    }
}
