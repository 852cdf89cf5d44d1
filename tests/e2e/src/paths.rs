//! Where things are: the binaries under test, the drivers, the scripts, the artifacts folder.

use std::path::{Path, PathBuf};
use std::process::Command;

const HOW_TO_RUN: &str =
    "run the end-to-end tests under an X server: xvfb-run -a cargo test -p beacon-e2e (scripts/test does)";

/// Fails with what to do about the first thing missing.
pub(crate) fn check_prerequisites() {
    if std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty()) {
        panic!("DISPLAY is not set: the app needs an X server; {HOW_TO_RUN}");
    }
    // No session bus is needed from outside: every app gets its own (see the crate docs).
    for tool in ["dbus-run-session", "gnome-keyring-daemon", "secret-tool"] {
        if find_in_path(tool).is_none() {
            panic!("{tool} is missing; scripts/install-deps installs it");
        }
    }
    app_binary();
    tray_binary();
    beacon_binary();
    tauri_driver();
    native_driver();
}

/// `target/debug`, or wherever this test binary was built (`CARGO_TARGET_DIR` included): the
/// test executable is `<profile dir>/deps/<name>-<hash>`.
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test executable's path");
    exe.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| panic!("unexpected test executable location: {}", exe.display()))
}

fn built_binary(name: &str, package: &str) -> PathBuf {
    let beside = profile_dir().join(name);
    if beside.is_file() {
        return beside;
    }
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        let there = PathBuf::from(dir).join("debug").join(name);
        if there.is_file() {
            return there;
        }
    }
    panic!(
        "{} does not exist: build it with cargo build -p {package} \
         (cargo test --workspace --all-targets builds it too)",
        beside.display()
    );
}

/// The app under test: `target/debug/volvo-beacon`.
pub(crate) fn app_binary() -> PathBuf {
    built_binary("volvo-beacon", "volvo-beacon")
}

/// The app in the tray without the web engine (crates/beacon-tray): what the app becomes
/// with its window closed, `target/debug/volvo-beacon-tray`.
pub(crate) fn tray_binary() -> PathBuf {
    built_binary("volvo-beacon-tray", "volvo-beacon-tray")
}

/// The CLI that runs the simulator: `target/debug/beacon`.
pub(crate) fn beacon_binary() -> PathBuf {
    built_binary("beacon", "beacon-cli")
}

/// The test session's StatusNotifierWatcher (`src/bin`), built with the tests.
pub(crate) fn status_notifier_watcher() -> PathBuf {
    built_binary("status-notifier-watcher", "beacon-e2e")
}

/// `target/e2e-artifacts` (screenshots, logs), next to the profile folder.
pub(crate) fn artifacts_dir() -> PathBuf {
    let profile = profile_dir();
    let target = profile.parent().unwrap_or(&profile);
    target.join("e2e-artifacts")
}

/// The workspace's `scripts/with-keyring`.
pub(crate) fn with_keyring() -> PathBuf {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/with-keyring");
    assert!(script.is_file(), "{} is missing", script.display());
    script
}

pub(crate) fn tauri_driver() -> PathBuf {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|home| home.join("bin/tauri-driver"));
    find_in_path("tauri-driver")
        .or(cargo_bin.filter(|p| p.is_file()))
        .unwrap_or_else(|| {
            panic!(
                "tauri-driver is missing: install it with \
                 cargo install tauri-driver --locked --version 2.1.0 (scripts/install-deps does)"
            )
        })
}

pub(crate) fn native_driver() -> PathBuf {
    find_in_path("WebKitWebDriver").unwrap_or_else(|| {
        panic!("WebKitWebDriver is missing: apt-get install webkit2gtk-driver (scripts/install-deps does)")
    })
}

pub(crate) fn find_in_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Drops the developer's own `BEACON_*` and `VCC_*` settings from a child's environment: they
/// override stored ones, and a test must see only what it sets itself.
pub(crate) fn forget_beacon_settings(cmd: &mut Command) {
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if name.starts_with("BEACON_") || name.starts_with("VCC_") {
            cmd.env_remove(name.as_ref());
        }
    }
}
