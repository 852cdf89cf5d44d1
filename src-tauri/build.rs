#[path = "src/contract.rs"]
#[macro_use]
mod contract;

use std::collections::BTreeSet;

/// The capability that must grant the page exactly its commands, and listening to events.
const CAPABILITY: &str = "capabilities/main.json";
const EVENT_PERMISSIONS: [&str; 2] = ["core:event:allow-listen", "core:event:allow-unlisten"];

fn main() {
    check_capability();
    // Listing the commands makes Tauri generate `allow-<command>` permissions and, more
    // importantly, deny every app command a capability does not grant.
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(contract::COMMANDS));
    tauri_build::try_build(attributes).expect("tauri-build failed");
}

/// The capability stays a file a reviewer reads; a command added to or dropped from the
/// contract without it fails the build instead of failing in the page. Tauri loads every file
/// in capabilities/ and any capability in tauri.conf.json, so there must be no other.
fn check_capability() {
    println!("cargo:rerun-if-changed=capabilities");
    println!("cargo:rerun-if-changed=tauri.conf.json");
    println!("cargo:rerun-if-changed=src/contract.rs");
    let others: Vec<_> = std::fs::read_dir("capabilities")
        .expect("capabilities/ is readable")
        .map(|entry| entry.expect("capabilities/ is readable").path())
        .filter(|path| path != std::path::Path::new(CAPABILITY))
        .collect();
    assert!(
        others.is_empty(),
        "{CAPABILITY} must be the only capability; also found {others:?}"
    );
    let config: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tauri.conf.json").expect("tauri.conf.json is readable"),
    )
    .expect("tauri.conf.json is JSON");
    let inline = &config["app"]["security"]["capabilities"];
    assert!(
        inline.is_null() || inline.as_array().is_some_and(Vec::is_empty),
        "tauri.conf.json must not define capabilities of its own: {inline}"
    );
    let text = std::fs::read_to_string(CAPABILITY).expect("capabilities/main.json is readable");
    let capability: serde_json::Value =
        serde_json::from_str(&text).expect("capabilities/main.json is JSON");
    assert!(
        capability["windows"] == serde_json::json!(["main"]) && capability.get("remote").is_none(),
        "{CAPABILITY} must be for the main window only, and for no remote page"
    );
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("capabilities/main.json has a permissions list")
        .iter()
        .map(|p| p.as_str().expect("permissions are names").to_owned())
        .collect();
    let wanted: BTreeSet<String> = contract::COMMANDS
        .iter()
        .map(|c| permission(c))
        .chain(EVENT_PERMISSIONS.iter().map(|p| p.to_string()))
        .collect();
    let missing: Vec<_> = wanted.difference(&granted).collect();
    let extra: Vec<_> = granted.difference(&wanted).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{CAPABILITY} must grant exactly the commands of src/contract.rs; missing: {missing:?}, not in the contract: {extra:?}"
    );
}

/// The permission that lets a window invoke `command`, as tauri-build names it.
fn permission(command: &str) -> String {
    format!("allow-{}", command.replace('_', "-"))
}
