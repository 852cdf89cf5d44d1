//! Where Volvo ID lives, what this app asks it for, and the developer application the user
//! brings along.

use std::fmt;

/// Volvo ID's authorization endpoint (the page the browser opens).
pub const DEFAULT_AUTH_URL: &str = "https://volvoid.eu.volvocars.com/as/authorization.oauth2";

/// Volvo ID's token endpoint (code exchange and refresh).
pub const DEFAULT_TOKEN_URL: &str = "https://volvoid.eu.volvocars.com/as/token.oauth2";

/// Everything the product needs: vehicle list and details, the command list and its
/// accessibility, and honk/flash.
pub const SCOPES: &[&str] = &[
    "openid",
    "conve:vehicle_relation",
    "conve:commands",
    "conve:command_accessibility",
    "conve:honk_flash",
];

/// The custom-scheme way back from the browser. Must be registered with the application in
/// the Volvo developer portal exactly like this.
pub const DEEP_LINK_REDIRECT: &str = "volvo-beacon://auth/callback";

/// Port of the loopback way back (`http://127.0.0.1:53682/callback`).
///
/// Fixed rather than ephemeral because Volvo ID compares redirect URIs exactly, so the user
/// registers this one URI once. 53682 sits in the dynamic range, below the 60000+ ports Linux
/// hands out for outgoing connections, and is not claimed by any common local service.
pub const DEFAULT_LOOPBACK_PORT: u16 = 53682;

/// The OAuth client of the user's own developer-portal application.
///
/// Build it with [`VolvoIdConfig::new`] (Volvo ID's real endpoints) so pasted values are
/// cleaned up; the fields stay public for tests that point at the simulator.
#[derive(Clone, PartialEq, Eq)]
pub struct VolvoIdConfig {
    pub client_id: String,
    pub client_secret: String,
    pub auth_url: String,
    pub token_url: String,
    /// RFC 7009 revocation, where a sign-out ends the refresh token at Volvo ID too. `None`
    /// by default: Volvo ID publishes no revocation endpoint for developer applications.
    pub revoke_url: Option<String>,
}

impl VolvoIdConfig {
    /// The real Volvo ID endpoints. Id and secret are trimmed: they are copied out of a web
    /// page, and a stray space or newline would make every sign-in fail as `invalid_client`.
    pub fn new(client_id: impl AsRef<str>, client_secret: impl AsRef<str>) -> Self {
        VolvoIdConfig {
            client_id: client_id.as_ref().trim().to_owned(),
            client_secret: client_secret.as_ref().trim().to_owned(),
            auth_url: DEFAULT_AUTH_URL.to_owned(),
            token_url: DEFAULT_TOKEN_URL.to_owned(),
            revoke_url: None,
        }
    }

    /// Where to revoke a refresh token at sign-out (RFC 7009); blank means none.
    pub fn with_revocation(mut self, revoke_url: Option<impl AsRef<str>>) -> Self {
        self.revoke_url = revoke_url
            .map(|u| u.as_ref().trim().to_owned())
            .filter(|u| !u.is_empty());
        self
    }

    /// Other endpoints (the simulator, or another Volvo ID region).
    pub fn with_endpoints(mut self, auth_url: impl AsRef<str>, token_url: impl AsRef<str>) -> Self {
        self.auth_url = auth_url.as_ref().trim().to_owned();
        self.token_url = token_url.as_ref().trim().to_owned();
        self
    }

    /// The same values with surrounding whitespace removed, whoever filled in the fields.
    pub(crate) fn trimmed(&self) -> VolvoIdConfig {
        VolvoIdConfig {
            client_id: self.client_id.trim().to_owned(),
            client_secret: self.client_secret.trim().to_owned(),
            auth_url: self.auth_url.trim().to_owned(),
            token_url: self.token_url.trim().to_owned(),
            revoke_url: self.revoke_url.as_deref().map(|u| u.trim().to_owned()),
        }
    }
}

impl fmt::Debug for VolvoIdConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VolvoIdConfig")
            .field("client_id", &self.client_id)
            .field("client_secret", &"***")
            .field("auth_url", &self.auth_url)
            .field("token_url", &self.token_url)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_secret() {
        let c = VolvoIdConfig::new("my-client", "s3cr3t-value");
        let shown = format!("{c:?}");
        assert!(!shown.contains("s3cr3t-value"), "{shown}");
        assert!(shown.contains("my-client"), "{shown}");
    }

    #[test]
    fn pasted_values_are_trimmed() {
        let c = VolvoIdConfig::new("  my-client\n", "\tsecret \r\n")
            .with_endpoints(" https://a.example/auth ", "https://a.example/token\n");
        assert_eq!(c.client_id, "my-client");
        assert_eq!(c.client_secret, "secret");
        assert_eq!(c.auth_url, "https://a.example/auth");
        assert_eq!(c.token_url, "https://a.example/token");
        assert_eq!(c.trimmed(), c);
        assert_eq!(VolvoIdConfig::new("a", "b").token_url, DEFAULT_TOKEN_URL);
    }
}
