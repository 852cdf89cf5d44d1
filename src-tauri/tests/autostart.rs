//! Start at login through IPC with the real autostart plugin: `set_autostart` makes the OS
//! start the app with `--hidden`, `setup_status` reads the setting back from the OS, and off
//! removes it. A test binary of its own because it points HOME at a scratch directory (on
//! Linux the plugin writes `~/.config/autostart/<name>.desktop`), which must not race with
//! other tests.

#![cfg(target_os = "linux")]

mod common;

use std::path::{Path, PathBuf};

use beacon_app::Core;
use common::invoke_on as invoke;
use serde_json::json;
use volvo_api::sources::Given;

fn autostart_entries(home: &Path) -> Vec<PathBuf> {
    match std::fs::read_dir(home.join(".config/autostart")) {
        Ok(dir) => dir.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn set_autostart_starts_the_app_hidden_at_login_and_setup_status_reads_it_back() {
    let scratch = std::env::temp_dir().join(format!("beacon-autostart-{}", std::process::id()));
    let home = scratch.join("home");
    std::fs::create_dir_all(&home).unwrap();
    // Before anything else runs in this process (this is its only test).
    std::env::set_var("HOME", &home);

    let options = common::options(&scratch, Given::default(), true);
    let core = tauri::async_runtime::block_on(Core::start(options)).unwrap();
    let (_app, webview) = common::main_window(&core, true);

    let status = invoke(&webview, "setup_status", json!({})).unwrap();
    assert_eq!(status["autostart"], false);
    assert!(status["redirectUris"]["deep_link"].is_string(), "{status}");
    assert!(autostart_entries(&home).is_empty());

    let status = invoke(&webview, "set_autostart", json!({ "enabled": true })).unwrap();
    assert_eq!(status["autostart"], true);
    assert_eq!(
        status["hasApiKey"], false,
        "the core's fields are all there"
    );
    let entries = autostart_entries(&home);
    assert_eq!(entries.len(), 1, "{entries:?}");
    let entry = std::fs::read_to_string(&entries[0]).unwrap();
    let exec = entry.lines().find(|l| l.starts_with("Exec=")).unwrap();
    let this_binary = std::env::current_exe().unwrap();
    assert_eq!(exec, format!("Exec={} --hidden", this_binary.display()));
    assert_eq!(
        invoke(&webview, "setup_status", json!({})).unwrap()["autostart"],
        true
    );

    let status = invoke(&webview, "set_autostart", json!({ "enabled": false })).unwrap();
    assert_eq!(status["autostart"], false);
    assert!(autostart_entries(&home).is_empty());
    // Off when already off is no error.
    invoke(&webview, "set_autostart", json!({ "enabled": false })).unwrap();

    let err = invoke(&webview, "set_autostart", json!({ "enabled": "yes" })).unwrap_err();
    assert!(err.is_string() || err["kind"] == "invalid_input", "{err}");
    let _ = std::fs::remove_dir_all(&scratch);
}
