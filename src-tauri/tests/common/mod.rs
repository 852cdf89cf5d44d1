//! What the IPC test binaries share: the core's options for a test, and calling a command the
//! way the page does.

#![allow(dead_code)] // each test binary uses its own part

use std::path::Path;
use std::sync::Arc;

use beacon_app::{Core, Options};
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};
use volvo_api::sources::Given;
use volvo_api::store::{MemoryStore, SecretStore};

/// A core that keeps its files in `dir` and its secrets in memory.
pub fn options(dir: &Path, env: Given, force_demo: bool) -> Options {
    Options {
        force_demo,
        env,
        config_dir: Some(dir.join("config")),
        data_dir: Some(dir.join("data")),
        secret_store: Some(Arc::new(MemoryStore::new()) as Arc<dyn SecretStore>),
        availability_max_age: beacon_app::fleet::AVAILABILITY_MAX_AGE,
        handoff: None,
        idle_renewal: Default::default(),
    }
}

/// The main window in Tauri's mock runtime, with the app's commands over `core`, and the real
/// autostart plugin if asked. The window lives as long as the `App`.
pub fn main_window(
    core: &Arc<Core>,
    autostart: bool,
) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let mut builder = mock_builder();
    if autostart {
        builder = builder.plugin(volvo_beacon::autostart_plugin());
    }
    let app = builder
        .manage(Arc::clone(core))
        .invoke_handler(volvo_beacon::ipc_handler())
        .build(mock_context(noop_assets()))
        .unwrap();
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    (app, webview)
}

/// What the page gets back from `invoke(cmd, args)`: Ok(value) or Err(rejection).
pub fn invoke_on(
    webview: &WebviewWindow<MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        // The page's own origin: anything else counts as remote content and is refused.
        url: if cfg!(windows) {
            "http://tauri.localhost"
        } else {
            "tauri://localhost"
        }
        .parse()
        .unwrap(),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    tauri::test::get_ipc_response(webview, request).map(|body| body.deserialize().unwrap())
}
