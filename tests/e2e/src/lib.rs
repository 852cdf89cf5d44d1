//! The harness for Volvo Beacon's end-to-end tests: the real app binary in a real window under
//! X, driven by tauri-driver + WebKitWebDriver, against the simulator run as the `beacon sim`
//! process. The tests themselves are in `tests/desktop.rs`.
//!
//! Run them with the binaries built first:
//!
//! ```text
//! cargo build -p volvo-beacon -p beacon-cli
//! xvfb-run -a cargo test -p beacon-e2e
//! ```
//!
//! Each app gets its own private D-Bus session with a fresh gnome-keyring (through
//! `scripts/with-keyring`), its own config, data and XDG folders, and a stand-in `xdg-open`.
//! Single-instance works per D-Bus session, so two apps in one session would merge into one;
//! and a sign-in leaves a refresh token in the keychain that would change how the next app
//! starts. A session per app rules out both.
//!
//! It drives the Linux build (X11, WebKitWebDriver), so elsewhere the crate is empty.

#![cfg(target_os = "linux")]

mod app;
mod http;
mod image;
pub mod notifications;
pub mod panel;
mod paths;
mod poll;
mod sim;
pub mod text;
pub mod ui;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

pub use app::{App, Launch, Theme};
pub use beacon_test_support::webdriver::{blocking::WebDriver, Element};
pub use image::{mean_brightness, Png};
pub use poll::{wait_until, DEFAULT_WAIT};
pub use sim::{one_car_application, Sim, SimInfo};

/// One app at a time: each WebKit window costs ~450 MB and most of a core, CI machines have
/// two, and interleaved apps would make per-test logs and timings unreadable.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// What every test starts with: the prerequisites checked, the serial lock held, and a folder
/// for its logs.
pub struct E2e {
    name: String,
    logs: PathBuf,
    // Declared last so it is released after everything above has shut down.
    _serial: MutexGuard<'static, ()>,
}

impl E2e {
    /// Checks that this machine can run the app and takes the serial lock. Fails with what to
    /// do when something is missing.
    pub fn start(name: &str) -> E2e {
        // A test that failed earlier poisons the lock; the next one still runs on its own.
        let serial = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
        paths::check_prerequisites();
        let logs = paths::artifacts_dir().join("logs").join(name);
        let _ = std::fs::remove_dir_all(&logs);
        std::fs::create_dir_all(&logs)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", logs.display()));
        E2e {
            name: name.to_owned(),
            logs,
            _serial: serial,
        }
    }

    /// Launches the app and opens a WebDriver session on its main window.
    pub fn launch(&self, launch: Launch) -> App {
        App::launch(&self.name, &self.logs, launch)
    }

    /// Launches the app on its own, without WebDriver (which ends the app with its window),
    /// in the same kind of private session.
    pub fn launch_direct(&self, launch: Launch) -> App {
        App::launch_direct(&self.name, &self.logs, launch)
    }

    /// Launches the app on its own with its web inspector open, and attaches WebKitWebDriver
    /// to it: for tests in which the page's web process dies, which ends a WebDriver session
    /// (see [`App::reattach`]).
    pub fn launch_reattachable(&self, launch: Launch) -> App {
        App::launch_reattachable(&self.name, &self.logs, launch)
    }

    /// Runs `beacon sim --port 0 --json`, with a scenario (TOML) when given.
    pub fn sim(&self, scenario_toml: Option<&str>) -> Sim {
        Sim::start(&self.logs, scenario_toml)
    }

    /// Where screenshots and other artifacts go: `target/e2e-artifacts`.
    pub fn artifacts(&self) -> PathBuf {
        paths::artifacts_dir()
    }

    pub fn logs(&self) -> &Path {
        &self.logs
    }
}
