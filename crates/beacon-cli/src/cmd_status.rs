//! `beacon status`: whether a sign-in is stored, and where Beacon keeps things. Access tokens
//! live only in memory, so a new process has none; `--check` fetches one to prove the sign-in
//! still works.

use std::time::SystemTime;

use serde::Serialize;
use volvo_api::store::{
    config_dir, idle_explanation, Budget, SecretName, RENEW_EVERY, VOLVO_ID_IDLE_LIMIT,
};
use volvo_api::{KeyFingerprint, KeyRole, TokenSource};

use crate::args::{GlobalArgs, StatusArgs};
use crate::error::CliError;
use crate::output::{expiry_words, printable, unix_seconds, Format, Report};
use crate::settings::Sources;
use crate::{account, Finished};

pub async fn run(
    global: &GlobalArgs,
    format: Format,
    args: &StatusArgs,
) -> Result<Finished, CliError> {
    let sources = Sources::new(global);
    let keychain = sources.keychain().await?;
    let signed_in = keychain.get(SecretName::RefreshToken).await?.is_some();
    let expires = if args.check && signed_in {
        let manager = account::token_manager(account::volvo_id(&sources).await?, keychain);
        // A dead sign-in fails here (and is forgotten), which is what --check is for.
        manager.access_token().await?;
        manager.status().access_token_expires_at
    } else {
        None
    };
    let last_renewed = keychain.store().renewal_record().last();
    let now = SystemTime::now();
    let idle_words = last_renewed.and_then(|at| idle_explanation(at, now, VOLVO_ID_IDLE_LIMIT));
    let budget = budget(&sources, now).await?;
    format.report(&Status {
        signed_in,
        last_renewed_at: last_renewed.map(unix_seconds),
        last_renewed,
        idle: idle_words,
        keychain: keychain.backend(),
        keychain_problem: keychain.problem(),
        client_id: sources.client_id()?,
        api_url: sources.api_url()?,
        settings_file: sources.settings_file()?.display().to_string(),
        access_token_expires_at: expires.map(unix_seconds),
        expires,
        api_calls_today: ApiCallsToday {
            primary: budget.calls(KeyRole::Primary),
            secondary: budget.calls(KeyRole::Secondary),
        },
        api_call_lines: budget.count_lines(),
        api_call_warnings: budget.warnings(now),
    })?;
    Ok(Finished::Success)
}

/// The day's calls of the keys in effect (flag, environment, keychain), counted by every
/// Beacon process of this user into the file beside the settings.
async fn budget(sources: &Sources<'_>, now: SystemTime) -> Result<Budget, CliError> {
    let (primary, secondary) = sources.api_keys().await?;
    let primary = primary.as_deref().map(KeyFingerprint::of);
    let secondary = secondary.as_deref().map(KeyFingerprint::of);
    Ok(Budget::today(
        &config_dir()?,
        primary.as_ref(),
        secondary.as_ref(),
        now,
    ))
}

/// `null` for a key that is not set up (no secondary key, or no key at all), so a script can
/// tell "none yet today" (0) from "no such key".
#[derive(Debug, Serialize)]
struct ApiCallsToday {
    primary: Option<u64>,
    secondary: Option<u64>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Status {
    signed_in: bool,
    keychain: &'static str,
    /// Why no keychain could be used, if so.
    keychain_problem: Option<String>,
    client_id: Option<String>,
    api_url: String,
    settings_file: String,
    /// Unix seconds; only with `--check`.
    access_token_expires_at: Option<u64>,
    /// When the stored sign-in was last renewed (Unix seconds), if known.
    last_renewed_at: Option<u64>,
    #[serde(skip)]
    last_renewed: Option<SystemTime>,
    /// Why Volvo ID has ended (or will have ended) a sign-in left unused too long.
    idle: Option<String>,
    #[serde(skip)]
    expires: Option<SystemTime>,
    api_calls_today: ApiCallsToday,
    #[serde(skip)]
    api_call_lines: Vec<String>,
    /// From 80% of a key's quota, and when the secondary key has taken over.
    #[serde(skip)]
    api_call_warnings: Vec<String>,
}

impl Report for Status {
    fn human(&self) -> String {
        let mut text = if self.signed_in {
            format!(
                "Signed in with Volvo ID (the refresh token is in the {}).\n",
                self.keychain
            )
        } else {
            match &self.idle {
                Some(why) => format!(
                    "Not signed in: Volvo ID ended the last sign-in because {why}. Run `beacon login`.\n"
                ),
                None => "Not signed in. Run `beacon login`.\n".to_owned(),
            }
        };
        if let Some(problem) = &self.keychain_problem {
            text.push_str(&format!("{problem}.\n"));
        }
        if self.signed_in {
            let access = match self.expires {
                Some(at) => format!("fetched just now, {}", expiry_words(at)),
                None => "none in memory (a new one is fetched when a command needs it; `--check` fetches one now)".to_owned(),
            };
            text.push_str(&format!("Access token:  {access}\n"));
            match (&self.idle, self.last_renewed) {
                (Some(why), _) => text.push_str(&format!(
                    "Renewed:       Volvo ID has most likely ended this sign-in: {why}. `--check` tells for sure.\n"
                )),
                (None, Some(at)) => text.push_str(&format!(
                    "Renewed:       {} (every {} days while the app runs)\n",
                    volvo_api::auth::rfc3339(at),
                    RENEW_EVERY.as_secs() / 86_400
                )),
                (None, None) => {}
            }
        }
        let client_id = self.client_id.as_deref().map_or_else(
            || "not set (`beacon setup --client-id ...`)".to_owned(),
            printable,
        );
        text.push_str(&format!("Client id:     {client_id}\n"));
        text.push_str(&format!("API:           {}\n", printable(&self.api_url)));
        text.push_str(&format!("Settings file: {}\n", self.settings_file));
        for line in &self.api_call_lines {
            text.push_str(&format!("API calls:     {line}\n"));
        }
        for warning in &self.api_call_warnings {
            text.push_str(&format!("Warning:       {warning}\n"));
        }
        text
    }
}
