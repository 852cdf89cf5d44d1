//! `beacon setup`: keeps what was given by flag or environment for every later run. Secrets go
//! to the keychain, the rest to the settings file. Everything that can refuse (no keychain, a
//! bad address, an API key Volvo does not know) does so before anything is written, so a
//! refused setup leaves things as they were.

use std::sync::Arc;

use beacon_i18n::{t, Lang};
use serde::Serialize;
use volvo_api::auth::{VolvoId, VolvoIdConfig};
use volvo_api::sources::non_blank;
use volvo_api::store::{config_dir, RedirectMode, SecretName, Settings};
use volvo_api::{KeyRole, StaticToken};

use crate::args::{GlobalArgs, Redirect, SetupArgs};
use crate::connect::{build_client, call_counter};
use crate::error::{CliError, Refused};
use crate::keychain::Keychain;
use crate::library_words::keychain_name;
use crate::output::{secret_label, Format, Report};
use crate::settings::{set_aside_words, Sources};
use crate::Finished;

/// Volvo's gateway checks the API key before the access token, so a made-up token is enough
/// to learn whether the key is good, with one call and no sign-in.
const KEY_CHECK_TOKEN: &str = "beacon-setup-checks-the-api-key-only";

pub async fn run(
    global: &GlobalArgs,
    format: Format,
    args: &SetupArgs,
) -> Result<Finished, CliError> {
    let sources = Sources::new(global, format.lang);
    let secrets = given_secrets(global);
    let mut settings = sources.stored()?.clone();
    let mut stored = apply_settings(global, args, &mut settings);
    if secrets.is_empty() && stored.is_empty() {
        return Err(CliError::NothingToSetUp);
    }
    let keychain = if secrets.is_empty() {
        None
    } else {
        let keychain = sources.keychain().await?;
        keychain.lasting(Refused::Setup)?;
        Some(keychain)
    };
    let api_url = sources.api_url()?;
    if global.api_url.is_some()
        || global.auth_url.is_some()
        || global.token_url.is_some()
        || global.revoke_url.is_some()
    {
        check_addresses(&sources, &api_url)?;
    }
    for (name, value) in &secrets {
        if matches!(name, SecretName::ApiKey | SecretName::SecondaryApiKey) {
            let role = if *name == SecretName::ApiKey {
                KeyRole::Primary
            } else {
                KeyRole::Secondary
            };
            check_api_key(&api_url, value, role).await?;
        }
    }

    let mut items = Vec::new();
    if let Some(keychain) = keychain {
        for (name, value) in secrets {
            keychain.set(name, value).await?;
            items.push(Item::secret(name));
        }
    }
    if !stored.is_empty() {
        // Applied to the file as it is now, under its lock: whatever the app or another
        // `beacon setup` saved since this run read it stays.
        let written = Settings::update(&config_dir()?, |now| {
            apply_settings(global, args, now);
        })?;
        if let Some(aside) = written.set_aside {
            eprintln!("{}", set_aside_words(&aside, format.lang));
        }
        items.append(&mut stored);
    }
    format.report(&SetUp {
        stored: items,
        keychain: keychain.map(Keychain::backend),
        settings_file: sources.settings_file()?.display().to_string(),
    })?;
    Ok(Finished::Success)
}

fn given_secrets(global: &GlobalArgs) -> Vec<(SecretName, String)> {
    [
        (SecretName::ClientSecret, &global.client_secret),
        (SecretName::ApiKey, &global.api_key),
        (SecretName::SecondaryApiKey, &global.secondary_api_key),
    ]
    .into_iter()
    .filter_map(|(name, value)| non_blank(value.as_deref()).map(|v| (name, v)))
    .collect()
}

/// Writes what was given into `settings` and says what that was.
fn apply_settings(global: &GlobalArgs, args: &SetupArgs, settings: &mut Settings) -> Vec<Item> {
    let mut items = Vec::new();
    let mut text = |slot: &mut Option<String>, value: &Option<String>, item: Item| {
        if let Some(value) = non_blank(value.as_deref()) {
            *slot = Some(value);
            items.push(item);
        }
    };
    text(
        &mut settings.client_id,
        &global.client_id,
        Item::setting("clientId"),
    );
    text(
        &mut settings.api_url,
        &global.api_url,
        Item::setting("apiUrl"),
    );
    text(
        &mut settings.auth_url,
        &global.auth_url,
        Item::setting("authUrl"),
    );
    text(
        &mut settings.token_url,
        &global.token_url,
        Item::setting("tokenUrl"),
    );
    text(
        &mut settings.revoke_url,
        &global.revoke_url,
        Item::setting("revokeUrl"),
    );
    text(
        &mut settings.paste_redirect_uri,
        &args.paste_redirect_uri,
        Item::setting("pasteRedirectUri"),
    );
    if let Some(redirect) = args.redirect {
        settings.redirect_mode = Some(match redirect {
            Redirect::Loopback => RedirectMode::Loopback,
            Redirect::Paste => RedirectMode::Paste,
        });
        items.push(Item::setting("redirectMode"));
    }
    if let Some(port) = args.port {
        settings.loopback_port = Some(port);
        items.push(Item::setting("loopbackPort"));
    }
    items
}

/// The same checks the client and a sign-in make, so a typo shows now rather than later.
fn check_addresses(sources: &Sources<'_>, api_url: &str) -> Result<(), CliError> {
    // Placeholders: only the addresses are being checked, and the real credentials may not be
    // known yet.
    let placeholder = "address-check";
    build_client(
        api_url,
        placeholder.into(),
        None,
        Arc::new(StaticToken::new(placeholder)),
        None,
    )?;
    let config = VolvoIdConfig::new(placeholder, placeholder)
        .with_endpoints(sources.auth_url()?, sources.token_url()?);
    VolvoId::new(config)?;
    Ok(())
}

/// One real call. Only a refusal of the key itself refuses it: any answer about the token (or
/// about the key's quota) means Volvo knew the key.
/// The call counts toward the key's day, in the role it is set up for.
async fn check_api_key(api_url: &str, key: &str, role: KeyRole) -> Result<(), CliError> {
    let client = build_client(
        api_url,
        key.to_owned(),
        None,
        Arc::new(StaticToken::new(KEY_CHECK_TOKEN)),
        call_counter(role),
    )?;
    match client.list_vehicles().await {
        Ok(_)
        | Err(volvo_api::Error::TokenRejected { .. } | volvo_api::Error::QuotaExceeded { .. }) => {
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
enum Place {
    Keychain,
    SettingsFile,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Item {
    /// A setting's name in the settings file, which the catalog's setting-label selects on.
    name: &'static str,
    #[serde(skip)]
    secret: Option<SecretName>,
    stored_in: Place,
}

impl Item {
    fn setting(name: &'static str) -> Item {
        Item {
            name,
            secret: None,
            stored_in: Place::SettingsFile,
        }
    }

    fn label(&self, lang: Lang) -> String {
        match self.secret {
            Some(secret) => secret_label(secret, lang),
            None => t!(lang, "setting-label", setting = self.name),
        }
    }

    fn secret(name: SecretName) -> Item {
        let json_name = match name {
            SecretName::RefreshToken => "refreshToken",
            SecretName::ClientSecret => "clientSecret",
            SecretName::ApiKey => "apiKey",
            SecretName::SecondaryApiKey => "secondaryApiKey",
        };
        Item {
            name: json_name,
            secret: Some(name),
            stored_in: Place::Keychain,
        }
    }
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SetUp {
    /// What was stored, and where; never a value.
    stored: Vec<Item>,
    keychain: Option<&'static str>,
    settings_file: String,
}

impl Report for SetUp {
    fn human(&self, lang: Lang) -> String {
        let mut text = String::new();
        // Every secret goes to the keychain, which is then known.
        let keychain = keychain_name(self.keychain.unwrap_or_default(), lang);
        for item in &self.stored {
            let what = item.label(lang);
            let line = match item.stored_in {
                Place::Keychain if matches!(item.name, "apiKey" | "secondaryApiKey") => {
                    t!(lang, "setup-stored-key", what = what, keychain = &keychain)
                }
                Place::Keychain => {
                    t!(
                        lang,
                        "setup-stored-in-keychain",
                        what = what,
                        keychain = &keychain
                    )
                }
                Place::SettingsFile => {
                    t!(
                        lang,
                        "setup-stored-in-file",
                        what = what,
                        file = &self.settings_file
                    )
                }
            };
            text.push_str(&line);
            text.push('\n');
        }
        text.push_str(&t!(lang, "setup-next"));
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_args() -> SetupArgs {
        SetupArgs {
            redirect: None,
            port: None,
            paste_redirect_uri: None,
        }
    }

    #[test]
    fn secrets_never_land_in_the_settings() {
        let g = GlobalArgs {
            client_id: Some(" my-client \n".into()),
            client_secret: Some(" s3cret\n".into()),
            api_key: Some("key-1 ".into()),
            secondary_api_key: Some("  ".into()),
            ..GlobalArgs::default()
        };
        let mut settings = Settings::default();
        let items = apply_settings(&g, &no_args(), &mut settings);
        assert_eq!(settings.client_id.as_deref(), Some("my-client"));
        let names: Vec<&str> = items.iter().map(|i| i.name).collect();
        assert_eq!(names, ["clientId"]);
        let text = format!("{settings:?}");
        assert!(
            !text.contains("s3cret") && !text.contains("key-1"),
            "{text}"
        );

        let secrets = given_secrets(&g);
        assert_eq!(
            secrets,
            [
                (SecretName::ClientSecret, "s3cret".to_owned()),
                (SecretName::ApiKey, "key-1".to_owned())
            ]
        );
    }

    #[test]
    fn redirect_choices_are_settings() {
        let args = SetupArgs {
            redirect: Some(Redirect::Paste),
            port: Some(8123),
            paste_redirect_uri: Some("https://example.com/back".into()),
        };
        let mut settings = Settings::default();
        let items = apply_settings(&GlobalArgs::default(), &args, &mut settings);
        assert_eq!(items.len(), 3);
        assert_eq!(settings.redirect_mode, Some(RedirectMode::Paste));
        assert_eq!(settings.loopback_port, Some(8123));
        assert_eq!(
            settings.paste_redirect_uri.as_deref(),
            Some("https://example.com/back")
        );
    }

    fn set_up() -> SetUp {
        SetUp {
            stored: vec![Item::secret(SecretName::ApiKey), Item::setting("clientId")],
            keychain: Some("Secret Service"),
            settings_file: "/home/a/.config/beacon/settings.json".into(),
        }
    }

    #[test]
    fn human_text_in_each_language() {
        assert_eq!(
            set_up().human(Lang::En),
            "Stored the VCC API key (Volvo accepted it) in the Secret Service.\n\
             Stored the client id in /home/a/.config/beacon/settings.json.\n\
             Next: `beacon login` to sign in with Volvo ID.\n"
        );
        assert_eq!(
            set_up().human(Lang::Sv),
            "Sparat i nyckelringen (Secret Service): VCC API-nyckel (Volvo godkände nyckeln).\n\
             Sparat i /home/a/.config/beacon/settings.json: klient-id.\n\
             Nästa steg: `beacon login` för att logga in med ditt Volvo ID.\n"
        );
        assert_eq!(
            set_up().human(Lang::De),
            "Im Schlüsselbund (Secret Service) gespeichert: VCC-API-Schlüssel (von Volvo akzeptiert).\n\
             Gespeichert in /home/a/.config/beacon/settings.json: Client-ID.\n\
             Als Nächstes: `beacon login`, um sich mit Ihrer Volvo ID anzumelden.\n"
        );
    }
}
