//! `beacon status`: whether a sign-in is stored, and where Beacon keeps things. Access tokens
//! live only in memory, so a new process has none; `--check` fetches one to prove the sign-in
//! still works.

use std::time::SystemTime;

use beacon_i18n::{t, Lang};
use serde::Serialize;
use volvo_api::store::{config_dir, Budget, SecretName, RENEW_EVERY};
use volvo_api::{KeyFingerprint, KeyRole, TokenSource};

use crate::args::{GlobalArgs, StatusArgs};
use crate::error::CliError;
use crate::library_words::{self, keychain_name};
use crate::output::{aligned, expiry_words, printable, unix_seconds, Format, Report};
use crate::settings::Sources;
use crate::{account, Finished};

pub async fn run(
    global: &GlobalArgs,
    format: Format,
    args: &StatusArgs,
) -> Result<Finished, CliError> {
    let lang = format.answer_lang();
    let sources = Sources::new(global, format.lang);
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
    let idle_words = last_renewed.and_then(|at| library_words::idle_explanation(at, now, lang));
    let budget = budget(&sources, now).await?;
    let (api_call_lines, api_call_warnings) = library_words::api_calls(&budget, now, lang);
    format.report(&Status {
        signed_in,
        last_renewed_at: last_renewed.map(unix_seconds),
        last_renewed,
        idle: idle_words,
        keychain: keychain.backend(),
        keychain_problem: keychain.problem().map(|p| p.message(lang)),
        client_id: sources.client_id()?,
        api_url: sources.api_url()?,
        settings_file: sources.settings_file()?.display().to_string(),
        access_token_expires_at: expires.map(unix_seconds),
        expires,
        api_calls_today: ApiCallsToday {
            primary: budget.calls(KeyRole::Primary),
            secondary: budget.calls(KeyRole::Secondary),
        },
        api_call_lines,
        api_call_warnings,
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
    /// Why Volvo ID has ended (or will have ended) a sign-in left unused too long (English
    /// unless `--lang`, like `keychainProblem`).
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
    fn human(&self, lang: Lang) -> String {
        let keychain = keychain_name(self.keychain, lang);
        let mut text = if self.signed_in {
            t!(lang, "status-signed-in", keychain = keychain)
        } else {
            match &self.idle {
                Some(why) => t!(lang, "status-not-signed-in-idle", why = why),
                None => t!(lang, "status-not-signed-in"),
            }
        };
        text.push('\n');
        if let Some(problem) = &self.keychain_problem {
            text.push_str(&format!("{problem}.\n"));
        }
        let label = |field: &str| format!("{}:", t!(lang, "status-label", field = field));
        let mut lines = Vec::new();
        if self.signed_in {
            let access = match self.expires {
                Some(at) => t!(
                    lang,
                    "status-token-fetched",
                    expiry = expiry_words(at, lang)
                ),
                None => t!(lang, "status-token-none"),
            };
            lines.push((label("access-token"), access));
            match (&self.idle, self.last_renewed) {
                (Some(why), _) => {
                    lines.push((label("renewed"), t!(lang, "status-renewed-idle", why = why)));
                }
                (None, Some(at)) => lines.push((
                    label("renewed"),
                    t!(
                        lang,
                        "status-renewed",
                        at = volvo_api::auth::rfc3339(at),
                        days = RENEW_EVERY.as_secs() / 86_400
                    ),
                )),
                (None, None) => {}
            }
        }
        let client_id = self
            .client_id
            .as_deref()
            .map_or_else(|| t!(lang, "status-client-id-unset"), printable);
        lines.push((label("client-id"), client_id));
        lines.push((label("api"), printable(&self.api_url)));
        lines.push((label("settings-file"), self.settings_file.clone()));
        for line in &self.api_call_lines {
            lines.push((label("api-calls"), line.clone()));
        }
        for warning in &self.api_call_warnings {
            lines.push((label("warning"), warning.clone()));
        }
        text.push_str(&aligned(&lines, "", " "));
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status() -> Status {
        Status {
            signed_in: true,
            keychain: "Secret Service",
            keychain_problem: None,
            client_id: Some("my-client".into()),
            api_url: "https://api.volvocars.com/connected-vehicle/v2".into(),
            settings_file: "/home/a/.config/beacon/settings.json".into(),
            access_token_expires_at: None,
            last_renewed_at: None,
            last_renewed: None,
            idle: None,
            expires: None,
            api_calls_today: ApiCallsToday {
                primary: Some(3),
                secondary: None,
            },
            api_call_lines: vec!["3 of 10,000 calls today with the primary key".into()],
            api_call_warnings: Vec::new(),
        }
    }

    #[test]
    fn human_text_in_each_language_lines_up_its_labels() {
        assert_eq!(
            status().human(Lang::En),
            "Signed in with Volvo ID (the refresh token is in the Secret Service).\n\
             Access token:  none in memory (a new one is fetched when a command needs it; `--check` fetches one now)\n\
             Client id:     my-client\n\
             API:           https://api.volvocars.com/connected-vehicle/v2\n\
             Settings file: /home/a/.config/beacon/settings.json\n\
             API calls:     3 of 10,000 calls today with the primary key\n"
        );
        assert_eq!(
            status().human(Lang::Sv),
            "Du är inloggad med ditt Volvo ID. Förnyelsetoken finns i nyckelringen (Secret Service).\n\
             Åtkomsttoken:    ingen i minnet (en ny hämtas när ett kommando behöver den; `--check` hämtar en nu)\n\
             Klient-id:       my-client\n\
             API:             https://api.volvocars.com/connected-vehicle/v2\n\
             Inställningsfil: /home/a/.config/beacon/settings.json\n\
             API-anrop:       3 of 10,000 calls today with the primary key\n"
        );
        assert_eq!(
            status().human(Lang::De),
            "Mit Ihrer Volvo ID angemeldet. Das Aktualisierungstoken liegt im Schlüsselbund (Secret Service).\n\
             Zugriffstoken:     keines im Speicher (ein neues wird abgerufen, sobald ein Befehl es braucht; `--check` ruft jetzt eines ab)\n\
             Client-ID:         my-client\n\
             API:               https://api.volvocars.com/connected-vehicle/v2\n\
             Einstellungsdatei: /home/a/.config/beacon/settings.json\n\
             API-Aufrufe:       3 of 10,000 calls today with the primary key\n"
        );
    }
}
