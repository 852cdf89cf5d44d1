use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::middleware;
use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::error::SimError;
use crate::faults::Fault;
use crate::log::RequestRecord;
use crate::scenario::Scenario;
use crate::state::{product_scopes, SimState, DEFAULT_USER};
use crate::{admin, api, bodies, front, images, server, volvo_id};

/// Entry point: `Sim::builder().scenario(s).start().await`.
pub struct Sim;

impl Sim {
    pub fn builder() -> SimBuilder {
        SimBuilder {
            scenario: Scenario::demo(),
            bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            admin: true,
        }
    }
}

#[derive(Debug)]
pub struct SimBuilder {
    scenario: Scenario,
    bind: SocketAddr,
    admin: bool,
}

impl SimBuilder {
    pub fn scenario(mut self, s: Scenario) -> Self {
        self.scenario = s;
        self
    }

    /// No `/_sim/...` routes (faults, tokens, the request log over HTTP): for a simulator
    /// that only serves, like the desktop app's demo. The handle still steers it in-process.
    pub fn without_admin(mut self) -> Self {
        self.admin = false;
        self
    }

    /// Defaults to `127.0.0.1:0`: loopback only, any free port.
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.bind = addr;
        self
    }

    /// Binds and starts serving on the current Tokio runtime. The simulator runs until
    /// [`SimHandle::shutdown`] or until the runtime ends; dropping handles does not stop it.
    pub async fn start(self) -> Result<SimHandle, SimError> {
        self.scenario.validate()?;
        let bind_error = |source| SimError::Bind {
            addr: self.bind,
            source,
        };
        let listener = TcpListener::bind(self.bind).await.map_err(bind_error)?;
        let addr = listener.local_addr().map_err(bind_error)?;
        let base_url = format!("http://{}", connectable(addr));
        let state = Arc::new(SimState::new(self.scenario, base_url));
        let (stop, stop_rx) = watch::channel(false);
        let task = tokio::spawn(server::serve(
            listener,
            app(state.clone(), self.admin),
            stop_rx,
        ));
        Ok(SimHandle {
            inner: Arc::new(Inner {
                addr,
                state,
                stop,
                task: Mutex::new(Some(task)),
            }),
        })
    }
}

/// A wildcard bind cannot be dialled; URLs handed out point at loopback instead.
fn connectable(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::from((Ipv4Addr::LOCALHOST, addr.port()))
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::from((Ipv6Addr::LOCALHOST, addr.port()))
        }
        _ => addr,
    }
}

fn app(state: Arc<SimState>, admin: bool) -> Router {
    let simulated = Router::new()
        .merge(volvo_id::router())
        .merge(api::router(&state))
        .merge(images::router())
        .fallback(|| async { bodies::no_such_resource() })
        .layer(middleware::from_fn_with_state(
            state.clone(),
            front::front_door,
        ));
    if !admin {
        return simulated.with_state(state);
    }
    // Merged after the layer, so admin calls are neither logged nor faulted.
    simulated.merge(admin::router()).with_state(state)
}

/// Options for [`SimHandle::mint_access_token`].
#[derive(Clone, Debug, Default)]
pub struct MintOptions {
    /// `None` = all product scopes ([`crate::PRODUCT_SCOPES`]).
    pub scopes: Option<Vec<String>>,
    /// `None` = the scenario's `access_token_ttl_secs`.
    pub ttl: Option<Duration>,
    /// `None` = `"demo-user"`, the user the authorize step signs in.
    pub user: Option<String>,
}

/// A running simulator. Clones share it.
#[derive(Clone)]
pub struct SimHandle {
    inner: Arc<Inner>,
}

struct Inner {
    addr: SocketAddr,
    state: Arc<SimState>,
    stop: watch::Sender<bool>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl fmt::Debug for SimHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SimHandle")
            .field("base_url", &self.inner.state.base_url)
            .finish_non_exhaustive()
    }
}

impl SimHandle {
    pub fn addr(&self) -> SocketAddr {
        self.inner.addr
    }

    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub fn base_url(&self) -> String {
        self.inner.state.base_url.clone()
    }

    pub fn api_url(&self) -> String {
        self.inner.state.api_url()
    }

    pub fn auth_url(&self) -> String {
        format!("{}/as/authorization.oauth2", self.inner.state.base_url)
    }

    pub fn token_url(&self) -> String {
        format!("{}/as/token.oauth2", self.inner.state.base_url)
    }

    /// RFC 7009 token revocation.
    pub fn revoke_url(&self) -> String {
        format!("{}/as/revoke_token.oauth2", self.inner.state.base_url)
    }

    /// As if no one had used the live refresh tokens for `by` longer: a test's idle week.
    pub fn age_refresh_tokens(&self, by: Duration) {
        self.inner
            .state
            .grants
            .lock()
            .unwrap()
            .age_refresh_tokens(by);
    }

    /// The account (`login_hint` at sign-in) a live refresh token belongs to; `None` for a
    /// dead or unknown one.
    pub fn refresh_token_user(&self, token: &str) -> Option<String> {
        self.inner
            .state
            .grants
            .lock()
            .unwrap()
            .refresh_token_user(token)
    }

    /// How many refresh tokens Volvo ID would still accept.
    pub fn live_refresh_tokens(&self) -> usize {
        self.inner
            .state
            .grants
            .lock()
            .unwrap()
            .live_refresh_tokens()
    }

    pub fn client_id(&self) -> &str {
        &self.inner.state.scenario.application.client_id
    }

    pub fn client_secret(&self) -> &str {
        &self.inner.state.scenario.application.client_secret
    }

    pub fn api_key(&self) -> &str {
        &self.inner.state.scenario.application.api_key
    }

    pub fn secondary_api_key(&self) -> &str {
        &self.inner.state.scenario.application.secondary_api_key
    }

    pub fn scenario(&self) -> &Scenario {
        &self.inner.state.scenario
    }

    /// An access token as if from a finished sign-in (or the portal's test tokens): no
    /// refresh token comes with it.
    pub fn mint_access_token(&self, opts: MintOptions) -> String {
        let state = &self.inner.state;
        state.mint_access(
            opts.user.as_deref().unwrap_or(DEFAULT_USER),
            &opts.scopes.unwrap_or_else(product_scopes),
            opts.ttl.unwrap_or_else(|| state.access_ttl()),
        )
    }

    pub fn requests(&self) -> Vec<RequestRecord> {
        self.inner.state.log.snapshot()
    }

    pub fn clear_requests(&self) {
        self.inner.state.log.clear();
    }

    /// A fault with `count == 0` is already used up and is ignored.
    pub fn add_fault(&self, fault: Fault) {
        if let Err(problem) = fault.check() {
            tracing::warn!("volvo-sim: fault will answer 500 when it fires: {problem}");
        }
        self.inner.state.faults.add(fault);
    }

    pub fn clear_faults(&self) {
        self.inner.state.faults.clear();
    }

    /// Sets what is left of today's quota for `api_key`; it is back to `daily_quota` after the
    /// next UTC midnight.
    pub fn set_quota_remaining(&self, api_key: &str, remaining: u64) {
        self.inner.state.quotas.set_remaining(api_key, remaining);
    }

    /// Stops accepting, lets in-flight requests finish (up to 5 s), and returns. Other clones
    /// of the handle then point at a stopped simulator.
    pub async fn shutdown(self) {
        self.inner.stop.send_replace(true);
        let task = self.inner.task.lock().unwrap().take();
        if let Some(task) = task {
            let _ = task.await;
        }
    }
}
