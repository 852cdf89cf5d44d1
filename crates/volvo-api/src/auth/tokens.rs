//! What Volvo ID hands out, and the one operation the token manager needs from it.

use std::fmt;
use std::time::Duration;

use async_trait::async_trait;

use crate::token::AccessToken;
use crate::Error;

/// A refresh token. Like [`AccessToken`], its `Debug` hides the value.
#[derive(Clone, PartialEq, Eq)]
pub struct RefreshToken(String);

impl RefreshToken {
    pub fn new(value: impl Into<String>) -> Self {
        RefreshToken(value.into())
    }

    pub fn secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for RefreshToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RefreshToken(***)")
    }
}

/// A successful token response.
#[derive(Debug, Clone)]
pub struct TokenSet {
    pub access_token: AccessToken,
    /// `None` when Volvo left it out of a refresh answer: keep the old one then.
    pub refresh_token: Option<RefreshToken>,
    /// `expires_in` as sent (about 299 s at Volvo).
    pub expires_in: Option<Duration>,
    pub scope: Option<String>,
}

/// Exchanges a refresh token for new tokens. Volvo ID implements it over HTTP; tests fake it.
///
/// Errors: `Error::SignedOut` for `invalid_grant` (the refresh token is dead) and only for
/// that; `Error::Network`/`Error::Timeout` when Volvo ID could not be reached (nobody is
/// signed out for those); `Error::SignInFailed` for other OAuth errors.
#[async_trait]
pub trait RefreshTokens: Send + Sync {
    async fn refresh(&self, refresh_token: &RefreshToken) -> Result<TokenSet, Error>;
}
