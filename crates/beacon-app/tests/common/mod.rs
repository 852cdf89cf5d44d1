//! What every test of the app core needs: a [`Core`] over real sockets against the simulator,
//! with its own temporary folders and an in-memory keychain.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use beacon_app::views::AppEvent;
use beacon_app::{Core, Options};
use tokio::sync::broadcast;
use volvo_api::sources::Given;
use volvo_api::store::{MemoryStore, SecretStore};
use volvo_sim::{RequestRecord, SimHandle};

pub const XC40: &str = "YV1XZK8V2P1234567";
pub const XC90: &str = "YV4A22PL5N1234568";
pub const EX30: &str = "YV1EX30A0R1234569";

pub struct TestApp {
    pub core: Arc<Core>,
    pub dirs: TempDirs,
    pub store: Arc<MemoryStore>,
}

/// Config and data folders, removed when the test ends.
pub struct TempDirs {
    pub config: PathBuf,
    pub data: PathBuf,
    root: PathBuf,
}

impl TempDirs {
    pub fn new() -> Self {
        let root = std::env::temp_dir().join(format!("beacon-app-test-{}", uuid::Uuid::new_v4()));
        TempDirs {
            config: root.join("config"),
            data: root.join("data"),
            root,
        }
    }
}

impl Drop for TempDirs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

pub fn options(dirs: &TempDirs, store: Arc<MemoryStore>, env: Given) -> Options {
    Options {
        force_demo: false,
        env,
        config_dir: Some(dirs.config.clone()),
        data_dir: Some(dirs.data.clone()),
        secret_store: Some(store as Arc<dyn SecretStore>),
        availability_max_age: beacon_app::fleet::AVAILABILITY_MAX_AGE,
        handoff: None,
        idle_renewal: Default::default(),
    }
}

/// The app in demo mode (nothing stored, nothing in the environment).
pub async fn demo_app() -> TestApp {
    app_with(Given::default(), |_| {}).await
}

pub async fn app_with(env: Given, tweak: impl FnOnce(&mut Options)) -> TestApp {
    let dirs = TempDirs::new();
    let store = Arc::new(MemoryStore::new());
    let mut opts = options(&dirs, Arc::clone(&store), env);
    tweak(&mut opts);
    let core = Core::start(opts).await.expect("core starts");
    TestApp { core, dirs, store }
}

impl TestApp {
    pub fn sim(&self) -> SimHandle {
        self.core.demo_sim().expect("the demo simulator runs")
    }
}

pub fn vin(s: &str) -> volvo_api::Vin {
    volvo_api::Vin::parse(s).unwrap()
}

/// Requests the simulator saw with this method whose path ends with `suffix`.
pub fn count(requests: &[RequestRecord], method: &str, suffix: &str) -> usize {
    requests
        .iter()
        .filter(|r| r.method == method && r.path.ends_with(suffix))
        .count()
}

/// The next event named `name`, skipping others; panics after 10 s.
pub async fn next_event(rx: &mut broadcast::Receiver<AppEvent>, name: &str) -> AppEvent {
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let event = rx.recv().await.expect("event channel open");
            if event.name() == name {
                return event;
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("no {name} event within 10 s"))
}

/// Signed in to `sim` by environment, with a test access token and its API key.
pub fn signed_in(sim: &volvo_sim::SimHandle) -> Given {
    Given {
        api_url: Some(sim.api_url()),
        api_key: Some(sim.api_key().to_owned()),
        access_token: Some(sim.mint_access_token(volvo_sim::MintOptions::default())),
        ..Default::default()
    }
}
