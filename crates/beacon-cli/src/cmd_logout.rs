//! `beacon logout`: every secret Beacon stored leaves the keychain. The settings file stays:
//! it holds nothing secret, and keeping it makes signing in again one command.

use beacon_i18n::{t, Lang};
use serde::Serialize;
use volvo_api::auth::RefreshToken;
use volvo_api::store::SecretName;

use crate::args::GlobalArgs;
use crate::error::{CliError, Refused};
use crate::keychain::Keychain;
use crate::library_words::keychain_name;
use crate::output::{secret_label, Format, Report};
use crate::settings::Sources;
use crate::{account, Finished};

pub async fn run(global: &GlobalArgs, format: Format) -> Result<Finished, CliError> {
    let sources = Sources::new(global, format.lang);
    let keychain = sources.keychain().await?;
    keychain.lasting(Refused::Logout)?;
    let mut removed = Vec::new();
    for name in SecretName::ALL {
        if keychain.get(name).await?.is_some() {
            removed.push(name);
        }
    }
    let revoked = revoke(&sources, keychain, format.answer_lang()).await;
    // All of them, not just the ones seen: a blank entry is still an entry.
    keychain.delete_all().await?;
    format.report(&SignedOut {
        signed_in: false,
        revoked_at_volvo_id: revoked.as_ref().is_ok_and(|done| *done),
        revocation_problem: revoked.err(),
        keychain: keychain.backend(),
        removed: removed.iter().map(|n| n.key()).collect(),
        secrets: removed,
        settings_file: sources.settings_file()?.display().to_string(),
    })?;
    Ok(Finished::Success)
}

/// Ends the stored refresh token at Volvo ID too, when a revocation endpoint is configured
/// (RFC 7009). `Ok(false)`: there is none, or nothing to revoke. A failure does not stop the
/// sign-out here; it is reported, in `lang`.
async fn revoke(sources: &Sources<'_>, keychain: &Keychain, lang: Lang) -> Result<bool, String> {
    let words = |e: CliError| e.message(lang);
    let Some(_) = sources.revoke_url().map_err(words)? else {
        return Ok(false);
    };
    let Some(token) = keychain
        .get(SecretName::RefreshToken)
        .await
        .map_err(words)?
    else {
        return Ok(false);
    };
    let volvo_id = account::volvo_id(sources).await.map_err(words)?;
    volvo_id
        .revoke(&RefreshToken::new(token))
        .await
        .map_err(|e| words(e.into()))
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SignedOut {
    signed_in: bool,
    /// Whether Volvo ID confirmed the refresh token's end (RFC 7009).
    revoked_at_volvo_id: bool,
    /// Why it could not, when a revocation endpoint is configured and it failed (English
    /// unless `--lang`).
    revocation_problem: Option<String>,
    keychain: &'static str,
    /// Keychain names of what was there (`refresh-token`, `client-secret`, `api-key`, ...).
    removed: Vec<&'static str>,
    #[serde(skip)]
    secrets: Vec<SecretName>,
    /// Kept: holds no secrets.
    settings_file: String,
}

impl Report for SignedOut {
    fn human(&self, lang: Lang) -> String {
        let keychain = keychain_name(self.keychain, lang);
        let mut text = if self.secrets.is_empty() {
            t!(lang, "logout-nothing-stored", keychain = &keychain)
        } else {
            let secrets: Vec<String> = self
                .secrets
                .iter()
                .map(|name| secret_label(*name, lang))
                .collect();
            t!(
                lang,
                "logout-removed",
                keychain = &keychain,
                secrets = secrets.join(", ")
            )
        };
        text.push('\n');
        match (&self.revocation_problem, self.revoked_at_volvo_id) {
            (Some(problem), _) => {
                text.push_str(&t!(lang, "logout-not-revoked", problem = problem));
                text.push('\n');
            }
            (None, true) => {
                text.push_str(&t!(lang, "logout-revoked"));
                text.push('\n');
            }
            (None, false) => {}
        }
        text.push_str(&t!(
            lang,
            "logout-kept-settings",
            file = &self.settings_file
        ));
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed_out(secrets: Vec<SecretName>, revoked: bool) -> SignedOut {
        SignedOut {
            signed_in: false,
            revoked_at_volvo_id: revoked,
            revocation_problem: None,
            keychain: "Secret Service",
            removed: secrets.iter().map(|n| n.key()).collect(),
            secrets,
            settings_file: "/home/a/.config/beacon/settings.json".into(),
        }
    }

    #[test]
    fn human_text_in_each_language() {
        let report = signed_out(vec![SecretName::RefreshToken, SecretName::ApiKey], true);
        assert_eq!(
            report.human(Lang::En),
            "Signed out. Removed from the Secret Service: Volvo ID refresh token, VCC API key.\n\
             Volvo ID ended the sign-in too.\n\
             Kept the settings in /home/a/.config/beacon/settings.json (client id, addresses; nothing secret). Delete that file to forget them too.\n"
        );
        assert_eq!(
            report.human(Lang::Sv),
            "Du är utloggad. Borttaget från nyckelringen (Secret Service): förnyelsetoken för Volvo ID, VCC API-nyckel.\n\
             Volvo ID avslutade också inloggningen.\n\
             Inställningarna finns kvar i /home/a/.config/beacon/settings.json (klient-id och adresser, inget hemligt). Ta bort filen om du vill glömma dem också.\n"
        );
        assert_eq!(
            signed_out(Vec::new(), false).human(Lang::De),
            "Abgemeldet. Im Schlüsselbund (Secret Service) war nichts gespeichert.\n\
             Die Einstellungen bleiben in /home/a/.config/beacon/settings.json (Client-ID, Adressen; nichts Geheimes). Löschen Sie diese Datei, wenn auch sie vergessen werden sollen.\n"
        );
    }
}
