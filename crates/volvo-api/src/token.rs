//! Where the client gets its access token from. The sign-in code implements this with a
//! refreshing token manager; a pasted test token uses [`StaticToken`].

use std::fmt;

use async_trait::async_trait;

use crate::Error;

/// An access token. Its `Debug` never shows the value, so it cannot leak through a log line.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(String);

impl AccessToken {
    pub fn new(value: impl Into<String>) -> Self {
        AccessToken(value.into())
    }

    /// The raw value, for the `authorization` header and nothing else.
    pub fn secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(***)")
    }
}

/// Supplies access tokens to the [`Client`](crate::Client).
#[async_trait]
pub trait TokenSource: Send + Sync {
    /// A token that is valid now (refreshing ahead of expiry if the source can).
    async fn access_token(&self) -> Result<AccessToken, Error>;

    /// Volvo answered 401 to `rejected`. Return a different, fresh token to retry with once,
    /// or `None` when there is no other token to be had.
    async fn token_rejected(&self, rejected: &AccessToken) -> Result<Option<AccessToken>, Error>;
}

/// A fixed token (a pasted test token, or `--access-token`). It cannot be renewed.
pub struct StaticToken(AccessToken);

impl StaticToken {
    pub fn new(value: impl Into<String>) -> Self {
        StaticToken(AccessToken::new(value.into().trim().to_owned()))
    }
}

#[async_trait]
impl TokenSource for StaticToken {
    async fn access_token(&self) -> Result<AccessToken, Error> {
        Ok(self.0.clone())
    }

    async fn token_rejected(&self, _rejected: &AccessToken) -> Result<Option<AccessToken>, Error> {
        Ok(None)
    }
}
