//! `beacon logout`: every secret Beacon stored leaves the keychain. The settings file stays:
//! it holds nothing secret, and keeping it makes signing in again one command.

use serde::Serialize;
use volvo_api::store::SecretName;

use volvo_api::auth::RefreshToken;

use crate::args::GlobalArgs;
use crate::error::CliError;
use crate::keychain::Keychain;
use crate::output::{Format, Report};
use crate::settings::Sources;
use crate::{account, Finished};

pub async fn run(global: &GlobalArgs, format: Format) -> Result<Finished, CliError> {
    let sources = Sources::new(global);
    let keychain = sources.keychain().await?;
    keychain.lasting("nothing can have been stored there either; nothing was removed.")?;
    let mut removed = Vec::new();
    for name in SecretName::ALL {
        if keychain.get(name).await?.is_some() {
            removed.push(name);
        }
    }
    let revoked = revoke(&sources, keychain).await;
    // All of them, not just the ones seen: a blank entry is still an entry.
    keychain.delete_all().await?;
    format.report(&SignedOut {
        signed_in: false,
        revoked_at_volvo_id: revoked.as_ref().is_ok_and(|done| *done),
        revocation_problem: revoked.err(),
        keychain: keychain.backend(),
        removed: removed.iter().map(|n| n.key()).collect(),
        labels: removed.iter().map(|n| n.label()).collect(),
        settings_file: sources.settings_file()?.display().to_string(),
    })?;
    Ok(Finished::Success)
}

/// Ends the stored refresh token at Volvo ID too, when a revocation endpoint is configured
/// (RFC 7009). `Ok(false)`: there is none, or nothing to revoke. A failure does not stop the
/// sign-out here; it is reported.
async fn revoke(sources: &Sources<'_>, keychain: &Keychain) -> Result<bool, String> {
    let Some(_) = sources.revoke_url().map_err(|e| e.to_string())? else {
        return Ok(false);
    };
    let Some(token) = keychain
        .get(SecretName::RefreshToken)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(false);
    };
    let volvo_id = account::volvo_id(sources)
        .await
        .map_err(|e| e.to_string())?;
    volvo_id
        .revoke(&RefreshToken::new(token))
        .await
        .map_err(|e| e.to_string())
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SignedOut {
    signed_in: bool,
    /// Whether Volvo ID confirmed the refresh token's end (RFC 7009).
    revoked_at_volvo_id: bool,
    /// Why it could not, when a revocation endpoint is configured and it failed.
    revocation_problem: Option<String>,
    keychain: &'static str,
    /// Keychain names of what was there (`refresh-token`, `client-secret`, `api-key`, ...).
    removed: Vec<&'static str>,
    #[serde(skip)]
    labels: Vec<&'static str>,
    /// Kept: holds no secrets.
    settings_file: String,
}

impl Report for SignedOut {
    fn human(&self) -> String {
        let gone = if self.labels.is_empty() {
            format!("Signed out. Nothing was stored in the {}.\n", self.keychain)
        } else {
            format!(
                "Signed out. Removed from the {}: {}.\n",
                self.keychain,
                self.labels.join(", ")
            )
        };
        let revoked = match (&self.revocation_problem, self.revoked_at_volvo_id) {
            (Some(problem), _) => format!(
                "Volvo ID was not told to end the sign-in: {problem}. It ends by itself after 7 days unused.\n"
            ),
            (None, true) => "Volvo ID ended the sign-in too.\n".to_owned(),
            (None, false) => String::new(),
        };
        format!(
            "{gone}{revoked}Kept the settings in {} (client id, addresses; nothing secret). Delete that file to forget them too.\n",
            self.settings_file
        )
    }
}
