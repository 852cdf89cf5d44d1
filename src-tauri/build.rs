#[path = "src/contract.rs"]
#[macro_use]
mod contract;

use std::collections::BTreeSet;

/// The capability that must grant the page exactly its commands, and listening to events.
const CAPABILITY: &str = "capabilities/main.json";
const EVENT_PERMISSIONS: [&str; 2] = ["core:event:allow-listen", "core:event:allow-unlisten"];

fn main() {
    // Listing the commands makes Tauri generate `allow-<command>` permissions and, more
    // importantly, deny every app command a capability does not grant.
    check_capability();
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(contract::COMMANDS));
    tauri_build::try_build(attributes).expect("tauri-build failed");
}

/// The capability stays a file a reviewer reads; a command added to or dropped from the
/// contract without it fails the build instead of failing in the page.
fn check_capability() {
    println!("cargo:rerun-if-changed={CAPABILITY}");
    println!("cargo:rerun-if-changed=src/contract.rs");
    let text = std::fs::read_to_string(CAPABILITY).expect("capabilities/main.json is readable");
    let capability: serde_json::Value =
        serde_json::from_str(&text).expect("capabilities/main.json is JSON");
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
