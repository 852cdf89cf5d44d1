//! The environment variables the `beacon` CLI reads work for the app too, and win over stored
//! settings and keychain entries: scripts, tests and the simulator's `export` lines drive the
//! app the same way they drive the CLI.

use std::fmt;

pub const API_URL: &str = "BEACON_API_URL";
pub const API_KEY: &str = "VCC_API_KEY";
pub const SECONDARY_API_KEY: &str = "VCC_SECONDARY_API_KEY";
pub const ACCESS_TOKEN: &str = "BEACON_ACCESS_TOKEN";
pub const AUTH_URL: &str = "BEACON_AUTH_URL";
pub const TOKEN_URL: &str = "BEACON_TOKEN_URL";
pub const REVOKE_URL: &str = "BEACON_REVOKE_URL";
pub const CLIENT_ID: &str = "BEACON_CLIENT_ID";
pub const CLIENT_SECRET: &str = "BEACON_CLIENT_SECRET";

/// Values from the environment. Blank values count as unset; all are trimmed (they are often
/// pasted with a trailing newline).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct EnvOverrides {
    pub api_url: Option<String>,
    pub api_key: Option<String>,
    pub secondary_api_key: Option<String>,
    /// Signs in with this access token, no UI needed.
    pub access_token: Option<String>,
    pub auth_url: Option<String>,
    pub token_url: Option<String>,
    pub revoke_url: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
}

impl EnvOverrides {
    pub fn from_env() -> Self {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let get = |name: &str| {
            lookup(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        EnvOverrides {
            api_url: get(API_URL),
            api_key: get(API_KEY),
            secondary_api_key: get(SECONDARY_API_KEY),
            access_token: get(ACCESS_TOKEN),
            auth_url: get(AUTH_URL),
            token_url: get(TOKEN_URL),
            revoke_url: get(REVOKE_URL),
            client_id: get(CLIENT_ID),
            client_secret: get(CLIENT_SECRET),
        }
    }

    /// Nothing set at all.
    pub fn is_empty(&self) -> bool {
        *self == EnvOverrides::default()
    }
}

/// Says which variables are set, never their values.
impl fmt::Debug for EnvOverrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set = |v: &Option<String>| if v.is_some() { "set" } else { "unset" };
        f.debug_struct("EnvOverrides")
            .field("api_url", &self.api_url)
            .field("api_key", &set(&self.api_key))
            .field("secondary_api_key", &set(&self.secondary_api_key))
            .field("access_token", &set(&self.access_token))
            .field("auth_url", &self.auth_url)
            .field("token_url", &self.token_url)
            .field("revoke_url", &self.revoke_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &set(&self.client_secret))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_unset_and_values_are_trimmed() {
        let env = EnvOverrides::from_lookup(|name| match name {
            API_KEY => Some("  key\n".into()),
            ACCESS_TOKEN => Some("   ".into()),
            API_URL => Some("http://127.0.0.1:1/x".into()),
            _ => None,
        });
        assert_eq!(env.api_key.as_deref(), Some("key"));
        assert_eq!(env.access_token, None);
        assert_eq!(env.api_url.as_deref(), Some("http://127.0.0.1:1/x"));
        assert!(!env.is_empty());
        assert!(EnvOverrides::from_lookup(|_| None).is_empty());
    }

    #[test]
    fn debug_never_shows_secrets() {
        let env = EnvOverrides::from_lookup(|name| Some(format!("value-of-{name}")));
        let shown = format!("{env:?}");
        for secret in [API_KEY, SECONDARY_API_KEY, ACCESS_TOKEN, CLIENT_SECRET] {
            assert!(!shown.contains(&format!("value-of-{secret}")), "{shown}");
        }
    }
}
