//! The sign-in a command runs under: an access token given by flag wins; otherwise the Volvo
//! ID sign-in `beacon login` left in the keychain, renewed from its refresh token as needed.

use std::sync::Arc;

use volvo_api::auth::{TestTokenSource, VolvoId, VolvoIdConfig};
use volvo_api::store::{SecretName, TokenManager};
use volvo_api::TokenSource;

use crate::error::CliError;
use crate::keychain::Keychain;
use crate::settings::Sources;

pub async fn token_source(sources: &Sources<'_>) -> Result<Arc<dyn TokenSource>, CliError> {
    if let Some(token) = &sources.given().access_token {
        return Ok(Arc::new(TestTokenSource::new(token)?));
    }
    let keychain = sources.keychain().await?;
    // Looked at before the client settings, so someone who never signed in hears that, not
    // that a client id is missing.
    if keychain.get(SecretName::RefreshToken).await?.is_none() {
        return Err(CliError::NotSignedIn {
            keychain: keychain.problem(),
        });
    }
    Ok(Arc::new(token_manager(volvo_id(sources).await?, keychain)))
}

/// Renews access tokens from the refresh token in `keychain`, and saves each rotated one there
/// before using it, so the next process starts from the newest.
pub fn token_manager(volvo_id: VolvoId, keychain: &Keychain) -> TokenManager {
    TokenManager::new(Arc::new(volvo_id), keychain.store())
}

/// Volvo ID for the user's own developer application.
pub async fn volvo_id(sources: &Sources<'_>) -> Result<VolvoId, CliError> {
    let client_id = sources.client_id()?.ok_or(CliError::NoClientId)?;
    let client_secret = sources
        .client_secret()
        .await?
        .ok_or(CliError::NoClientSecret)?;
    let config = VolvoIdConfig::new(client_id, client_secret)
        .with_endpoints(sources.auth_url()?, sources.token_url()?)
        .with_revocation(sources.revoke_url()?);
    Ok(VolvoId::new(config)?)
}
