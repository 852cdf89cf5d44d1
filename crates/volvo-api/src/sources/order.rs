//! The order itself: given, else stored, else Volvo's default. The caller says how to read
//! what is stored, and it is read only when nothing was given.

use std::future::Future;

use super::{non_blank, Given};
use crate::auth::{DEFAULT_AUTH_URL, DEFAULT_TOKEN_URL};
use crate::store::{AppPart, SecretName, SettingsOf};
use crate::DEFAULT_BASE_URL;

impl Given {
    pub fn api_url<'s, O: AppPart + 's, E>(
        &self,
        stored: impl FnOnce() -> Result<&'s SettingsOf<O>, E>,
    ) -> Result<String, E> {
        let url = setting(&self.api_url, stored, |s| &s.api_url)?;
        Ok(url.unwrap_or_else(|| DEFAULT_BASE_URL.to_owned()))
    }

    pub fn auth_url<'s, O: AppPart + 's, E>(
        &self,
        stored: impl FnOnce() -> Result<&'s SettingsOf<O>, E>,
    ) -> Result<String, E> {
        let url = setting(&self.auth_url, stored, |s| &s.auth_url)?;
        Ok(url.unwrap_or_else(|| DEFAULT_AUTH_URL.to_owned()))
    }

    pub fn token_url<'s, O: AppPart + 's, E>(
        &self,
        stored: impl FnOnce() -> Result<&'s SettingsOf<O>, E>,
    ) -> Result<String, E> {
        let url = setting(&self.token_url, stored, |s| &s.token_url)?;
        Ok(url.unwrap_or_else(|| DEFAULT_TOKEN_URL.to_owned()))
    }

    /// Volvo documents none for developer applications, so there is no default.
    pub fn revoke_url<'s, O: AppPart + 's, E>(
        &self,
        stored: impl FnOnce() -> Result<&'s SettingsOf<O>, E>,
    ) -> Result<Option<String>, E> {
        setting(&self.revoke_url, stored, |s| &s.revoke_url)
    }

    pub fn client_id<'s, O: AppPart + 's, E>(
        &self,
        stored: impl FnOnce() -> Result<&'s SettingsOf<O>, E>,
    ) -> Result<Option<String>, E> {
        setting(&self.client_id, stored, |s| &s.client_id)
    }

    /// `keychain` reads one stored secret. (A closure returning a future rather than an
    /// `AsyncFnOnce`: with those bounds, rustc cannot prove a caller's future `Send`.)
    pub async fn client_secret<E, Read>(
        &self,
        keychain: impl FnOnce(SecretName) -> Read,
    ) -> Result<Option<String>, E>
    where
        Read: Future<Output = Result<Option<String>, E>>,
    {
        match &self.client_secret {
            Some(secret) => Ok(Some(secret.clone())),
            None => Ok(non_blank(
                keychain(SecretName::ClientSecret).await?.as_deref(),
            )),
        }
    }

    /// The primary and secondary VCC API keys. A stored secondary key is used only with the
    /// stored primary: the two belong to one application, and a primary given here may be
    /// another application's.
    pub async fn api_keys<E, Read>(
        &self,
        mut keychain: impl FnMut(SecretName) -> Read,
    ) -> Result<(Option<String>, Option<String>), E>
    where
        Read: Future<Output = Result<Option<String>, E>>,
    {
        if let Some(primary) = &self.api_key {
            return Ok((Some(primary.clone()), self.secondary_api_key.clone()));
        }
        let primary = non_blank(keychain(SecretName::ApiKey).await?.as_deref());
        let secondary = match &self.secondary_api_key {
            Some(key) => Some(key.clone()),
            None => non_blank(keychain(SecretName::SecondaryApiKey).await?.as_deref()),
        };
        Ok((primary, secondary))
    }
}

fn setting<'s, O: AppPart + 's, E>(
    given: &Option<String>,
    stored: impl FnOnce() -> Result<&'s SettingsOf<O>, E>,
    field: impl FnOnce(&SettingsOf<O>) -> &Option<String>,
) -> Result<Option<String>, E> {
    match given {
        Some(value) => Ok(Some(value.clone())),
        None => Ok(non_blank(field(stored()?).as_deref())),
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::convert::Infallible;

    use super::*;
    use crate::store::Settings;

    fn stored() -> Settings {
        Settings {
            api_url: Some("http://127.0.0.1:9/stored ".into()),
            client_id: Some(" stored-id".into()),
            revoke_url: Some("  ".into()),
            ..Settings::default()
        }
    }

    #[test]
    fn given_wins_without_reading_what_is_stored() {
        let given = Given {
            api_url: Some("http://127.0.0.1:1/v2".into()),
            client_id: Some("id".into()),
            ..Given::default()
        };
        let reads = Cell::new(0);
        let file = stored();
        let read = || -> Result<&Settings, Infallible> {
            reads.set(reads.get() + 1);
            Ok(&file)
        };
        assert_eq!(given.api_url(read).unwrap(), "http://127.0.0.1:1/v2");
        assert_eq!(given.client_id(read).unwrap().as_deref(), Some("id"));
        assert_eq!(reads.get(), 0, "the settings were read");
    }

    #[test]
    fn stored_comes_next_then_volvo_s_default() {
        let file = stored();
        let read = || -> Result<&Settings, Infallible> { Ok(&file) };
        let given = Given::default();
        assert_eq!(given.api_url(read).unwrap(), "http://127.0.0.1:9/stored");
        assert_eq!(given.client_id(read).unwrap().as_deref(), Some("stored-id"));
        assert_eq!(given.auth_url(read).unwrap(), DEFAULT_AUTH_URL);
        assert_eq!(given.token_url(read).unwrap(), DEFAULT_TOKEN_URL);
        assert_eq!(given.revoke_url(read).unwrap(), None, "blank is unset");
    }

    fn find(entries: &[(SecretName, &str)], name: SecretName) -> Option<String> {
        entries
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
    }

    #[tokio::test]
    async fn a_stored_secondary_key_goes_only_with_the_stored_primary() {
        let keychain = [
            (SecretName::ApiKey, "stored-primary\n"),
            (SecretName::SecondaryApiKey, "stored-secondary"),
            (SecretName::ClientSecret, "  "),
        ];
        let read = |name| std::future::ready(Ok::<_, Infallible>(find(&keychain, name)));
        let nothing_given = Given::default();
        assert_eq!(
            nothing_given.api_keys(read).await.unwrap(),
            (
                Some("stored-primary".into()),
                Some("stored-secondary".into())
            )
        );
        let primary_given = Given {
            api_key: Some("given-primary".into()),
            ..Given::default()
        };
        assert_eq!(
            primary_given.api_keys(read).await.unwrap(),
            (Some("given-primary".into()), None)
        );
        assert_eq!(nothing_given.client_secret(read).await.unwrap(), None);
    }

    #[tokio::test]
    async fn a_given_secret_never_reads_the_keychain() {
        let given = Given {
            api_key: Some("k".into()),
            secondary_api_key: Some("s".into()),
            client_secret: Some("c".into()),
            ..Given::default()
        };
        let refuse = |_| std::future::ready(Err::<Option<String>, _>("read"));
        assert_eq!(
            given.api_keys(refuse).await,
            Ok((Some("k".into()), Some("s".into())))
        );
        assert_eq!(given.client_secret(refuse).await, Ok(Some("c".into())));
    }
}
