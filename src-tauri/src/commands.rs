//! The IPC commands of docs/ipc.md. Each one checks what the page sent (VINs, command names,
//! lengths) before the core sees it, answers with the payloads of `beacon_app::views`, and
//! rejects with `{kind, message}`. None of them returns a token, key or secret.

use std::sync::Arc;

use beacon_app::views::{
    AppState, HistoryEntry, KeyCheck, Outcome, SetupStatus, SignInStart, Vehicle,
};
use beacon_app::{input, AppError, Core};
use beacon_i18n::{page_words as page_words_in, PageWords};
use serde::Serialize;
use tauri::ipc::Invoke;
use tauri::{AppHandle, Runtime, State};

use crate::{autostart, shortcut};

type CoreState<'a> = State<'a, Arc<Core>>;
type Answer<T> = Result<T, AppError>;

/// The core's `SetupStatus` plus what only the shell knows: whether the OS starts the app at
/// login (`autostart`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Setup {
    #[serde(flatten)]
    status: SetupStatus,
    autostart: bool,
}

fn setup<R: Runtime>(app: &AppHandle<R>, status: SetupStatus) -> Setup {
    Setup {
        status,
        autostart: autostart::is_enabled(app),
    }
}

/// Every command of [`crate::contract`], for `Builder::invoke_handler`.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    use tauri::generate_handler;
    with_commands!(generate_handler)
}

/// The page's words in the language Beacon speaks now (beacon-i18n's `page.ftl`, compiled for
/// ui/l10n.js to format).
#[tauri::command]
fn page_words(core: CoreState<'_>) -> Answer<&'static PageWords> {
    Ok(page_words_in(core.language()))
}

#[tauri::command]
async fn app_state(core: CoreState<'_>) -> Answer<AppState> {
    Ok(core.app_state())
}

#[tauri::command]
async fn list_vehicles(core: CoreState<'_>, refresh: Option<bool>) -> Answer<Vec<Vehicle>> {
    core.vehicles(refresh.unwrap_or(false)).await
}

#[tauri::command]
async fn vehicle_image(core: CoreState<'_>, vin: String) -> Answer<Option<String>> {
    let vin = input::vin(&vin)?;
    Ok(core.vehicle_image(&vin).await)
}

#[tauri::command]
async fn refresh_availability(core: CoreState<'_>, force: Option<bool>) -> Answer<Vec<Vehicle>> {
    core.refresh_availability(force.unwrap_or(false)).await
}

/// A click while the car is busy with any command sends nothing: `already_in_flight`, and
/// the page follows the run in flight (the car's `lastOutcome`, and its events).
#[tauri::command]
async fn send_command(core: CoreState<'_>, vin: String, command: String) -> Answer<Outcome> {
    let vin = input::vin(&vin)?;
    let command = input::command(&command)?;
    core.send_command(&vin, command).await
}

#[tauri::command]
async fn history(core: CoreState<'_>) -> Answer<Vec<HistoryEntry>> {
    Ok(core.history())
}

#[tauri::command]
async fn set_nickname(core: CoreState<'_>, vin: String, nickname: String) -> Answer<Vehicle> {
    let vin = input::vin(&vin)?;
    let nickname = input::nickname(&nickname)?;
    core.set_nickname(&vin, nickname)
}

#[tauri::command]
async fn setup_status<R: Runtime>(app: AppHandle<R>, core: CoreState<'_>) -> Answer<Setup> {
    Ok(setup(&app, core.setup_status().await?))
}

#[tauri::command]
async fn check_api_key(
    core: CoreState<'_>,
    api_key: String,
    secondary: Option<bool>,
) -> Answer<KeyCheck> {
    let key = input::credential(&api_key, "API key")?;
    core.check_api_key(key, secondary.unwrap_or(false)).await
}

#[tauri::command]
async fn save_client<R: Runtime>(
    app: AppHandle<R>,
    core: CoreState<'_>,
    client_id: String,
    client_secret: String,
    paste_redirect_uri: Option<String>,
) -> Answer<Setup> {
    let id = input::credential(&client_id, "client id")?;
    let secret = input::credential(&client_secret, "client secret")?;
    let paste = paste_redirect_uri
        .as_deref()
        .filter(|u| !u.trim().is_empty())
        .map(input::paste_redirect_uri)
        .transpose()?;
    Ok(setup(&app, core.save_client(id, secret, paste).await?))
}

/// Also opens the system browser at the authorization URL (the page shows the URL as a
/// fallback).
#[tauri::command]
async fn begin_sign_in<R: Runtime>(
    app: AppHandle<R>,
    core: CoreState<'_>,
    via: String,
) -> Answer<SignInStart> {
    let via = input::via(&via)?;
    let start = core.inner().begin_sign_in(via).await?;
    crate::browser::open(&app, &start.authorize_url);
    Ok(start)
}

#[tauri::command]
async fn complete_sign_in(core: CoreState<'_>, callback_url: String) -> Answer<AppState> {
    let url = input::callback_url(&callback_url)?;
    core.inner().complete_sign_in(url).await
}

#[tauri::command]
async fn sign_in_with_token(core: CoreState<'_>, access_token: String) -> Answer<AppState> {
    core.inner().sign_in_with_token(&access_token).await
}

#[tauri::command]
async fn sign_out(core: CoreState<'_>) -> Answer<AppState> {
    core.inner().sign_out().await
}

#[tauri::command]
async fn use_demo(core: CoreState<'_>) -> Answer<AppState> {
    core.inner().use_demo().await
}

/// The OS registration comes first: a shortcut it refuses is reported and not saved.
#[tauri::command]
async fn set_shortcut<R: Runtime>(
    app: AppHandle<R>,
    core: CoreState<'_>,
    enabled: bool,
    accelerator: Option<String>,
    vin: Option<String>,
) -> Answer<Setup> {
    let accelerator = match accelerator {
        Some(a) => input::accelerator(&a)?,
        None => core.shortcut().accelerator,
    };
    let vin = vin.as_deref().map(input::vin).transpose()?;
    shortcut::apply(&app, enabled, &accelerator)?;
    let status = core.set_shortcut(enabled, Some(accelerator), vin).await?;
    Ok(setup(&app, status))
}

/// "Ask before honking": a honk from the window, tray or shortcut waits for a second yes.
#[tauri::command]
fn set_ask_before_honking(core: CoreState<'_>, enabled: bool) -> Answer<AppState> {
    core.set_ask_before_honking(enabled)
}

/// The language of the page, tray and notifications: `system`, or `en`, `sv`, `de`.
#[tauri::command]
fn set_language(core: CoreState<'_>, language: String) -> Answer<AppState> {
    core.set_language(input::language(&language)?)
}

/// Start at login, in the tray with no window (`--hidden`). The OS keeps the setting.
#[tauri::command]
async fn set_autostart<R: Runtime>(
    app: AppHandle<R>,
    core: CoreState<'_>,
    enabled: bool,
) -> Answer<Setup> {
    autostart::set(&app, enabled)?;
    Ok(setup(&app, core.setup_status().await?))
}
