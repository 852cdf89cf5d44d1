fn main() {
    // Listing the commands makes Tauri generate `allow-<command>` permissions and, more
    // importantly, deny every app command a capability does not grant.
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(volvo_beacon_commands()));
    tauri_build::try_build(attributes).expect("tauri-build failed");
}

/// Must match `commands::handler()` in src/commands.rs and capabilities/main.json.
fn volvo_beacon_commands() -> &'static [&'static str] {
    &[
        "app_state",
        "list_vehicles",
        "vehicle_image",
        "refresh_availability",
        "send_command",
        "history",
        "set_nickname",
        "setup_status",
        "check_api_key",
        "save_client",
        "begin_sign_in",
        "complete_sign_in",
        "sign_in_with_token",
        "sign_out",
        "use_demo",
        "set_shortcut",
        "set_autostart",
    ]
}
