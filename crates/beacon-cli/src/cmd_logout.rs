//! `beacon logout`: every secret Beacon stored leaves the keychain. The settings file stays:
//! it holds nothing secret, and keeping it makes signing in again one command.

use serde::Serialize;
use volvo_api::store::SecretName;

use crate::args::GlobalArgs;
use crate::error::CliError;
use crate::output::{Format, Report};
use crate::settings::Sources;
use crate::Finished;

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
    // All of them, not just the ones seen: a blank entry is still an entry.
    keychain.delete_all().await?;
    format.report(&SignedOut {
        signed_in: false,
        keychain: keychain.backend(),
        removed: removed.iter().map(|n| n.key()).collect(),
        labels: removed.iter().map(|n| n.label()).collect(),
        settings_file: sources.settings_file()?.display().to_string(),
    })?;
    Ok(Finished::Success)
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SignedOut {
    signed_in: bool,
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
        format!(
            "{gone}Kept the settings in {} (client id, addresses; nothing secret). Delete that file to forget them too.\n",
            self.settings_file
        )
    }
}
