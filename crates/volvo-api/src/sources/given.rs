//! What the person gave for this run: flags, or the environment variables that stand for
//! them. The app reads the same variables as the CLI, so scripts, tests and the simulator's
//! `export` lines drive both alike.

use std::fmt;

use super::non_blank;

/// The environment variables, one per value of [`Given`].
pub mod env {
    pub const API_URL: &str = "BEACON_API_URL";
    pub const API_KEY: &str = "VCC_API_KEY";
    pub const SECONDARY_API_KEY: &str = "VCC_SECONDARY_API_KEY";
    pub const ACCESS_TOKEN: &str = "BEACON_ACCESS_TOKEN";
    pub const AUTH_URL: &str = "BEACON_AUTH_URL";
    pub const TOKEN_URL: &str = "BEACON_TOKEN_URL";
    pub const REVOKE_URL: &str = "BEACON_REVOKE_URL";
    pub const CLIENT_ID: &str = "BEACON_CLIENT_ID";
    pub const CLIENT_SECRET: &str = "BEACON_CLIENT_SECRET";
}

/// Values given for this run, each trimmed; a blank one counts as not given. Holds secrets:
/// its `Debug` says only which are set.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Given {
    pub api_url: Option<String>,
    pub api_key: Option<String>,
    pub secondary_api_key: Option<String>,
    /// Signs in with this access token (e.g. a test token from the developer portal).
    pub access_token: Option<String>,
    pub auth_url: Option<String>,
    pub token_url: Option<String>,
    pub revoke_url: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
}

impl Given {
    pub fn from_env() -> Self {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// `lookup` answers for an environment variable's name.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Self {
        Given {
            api_url: lookup(env::API_URL),
            api_key: lookup(env::API_KEY),
            secondary_api_key: lookup(env::SECONDARY_API_KEY),
            access_token: lookup(env::ACCESS_TOKEN),
            auth_url: lookup(env::AUTH_URL),
            token_url: lookup(env::TOKEN_URL),
            revoke_url: lookup(env::REVOKE_URL),
            client_id: lookup(env::CLIENT_ID),
            client_secret: lookup(env::CLIENT_SECRET),
        }
        .trimmed()
    }

    /// Every value trimmed, blank ones dropped (flags arrive as typed).
    pub fn trimmed(self) -> Self {
        let t = |v: Option<String>| non_blank(v.as_deref());
        Given {
            api_url: t(self.api_url),
            api_key: t(self.api_key),
            secondary_api_key: t(self.secondary_api_key),
            access_token: t(self.access_token),
            auth_url: t(self.auth_url),
            token_url: t(self.token_url),
            revoke_url: t(self.revoke_url),
            client_id: t(self.client_id),
            client_secret: t(self.client_secret),
        }
    }
}

/// Says which secrets are set, never their values.
impl fmt::Debug for Given {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set = |v: &Option<String>| if v.is_some() { "set" } else { "unset" };
        f.debug_struct("Given")
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
        let given = Given::from_lookup(|name| match name {
            env::API_KEY => Some("  key\n".into()),
            env::ACCESS_TOKEN => Some("   ".into()),
            env::API_URL => Some("http://127.0.0.1:1/x".into()),
            _ => None,
        });
        assert_eq!(given.api_key.as_deref(), Some("key"));
        assert_eq!(given.access_token, None);
        assert_eq!(given.api_url.as_deref(), Some("http://127.0.0.1:1/x"));
        assert_eq!(Given::from_lookup(|_| None), Given::default());
    }

    #[test]
    fn debug_never_shows_secrets() {
        let given = Given::from_lookup(|name| Some(format!("value-of-{name}")));
        let shown = format!("{given:?}");
        assert!(shown.contains("value-of-BEACON_CLIENT_ID"), "{shown}");
        for secret in [
            env::API_KEY,
            env::SECONDARY_API_KEY,
            env::ACCESS_TOKEN,
            env::CLIENT_SECRET,
        ] {
            assert!(!shown.contains(&format!("value-of-{secret}")), "{shown}");
        }
    }
}
