//! "Test access tokens" from the Volvo developer portal: pasted by hand, short-lived, and
//! impossible to renew. They are JWTs, so their expiry can be read and shown ahead of time.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use beacon_i18n::{t, Words};
use serde_json::Value;

use super::utc::rfc3339;
use crate::token::{AccessToken, TokenSource};
use crate::Error;

/// JWT segments are unpadded base64url, but tokens copied through other tools sometimes
/// come back padded.
const BASE64URL_ANY_PADDING: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);
/// Real payloads are a few hundred bytes; a huge "payload" is not worth decoding.
const MAX_PAYLOAD_CHARS: usize = 16 * 1024;

/// When the JWT `token` expires, read from its `exp` claim. The signature is NOT checked:
/// this only decides when to stop using a token, never whether to trust one. `None` for
/// anything that is not a JWT with a numeric `exp`.
pub fn jwt_expiry(token: &str) -> Option<SystemTime> {
    let mut segments = token.trim().split('.');
    let (_header, payload, _signature) = (segments.next()?, segments.next()?, segments.next()?);
    if segments.next().is_some() || payload.is_empty() || payload.len() > MAX_PAYLOAD_CHARS {
        return None;
    }
    let claims: Value =
        serde_json::from_slice(&BASE64URL_ANY_PADDING.decode(payload).ok()?).ok()?;
    let exp = claims.get("exp")?;
    let secs = match exp.as_u64() {
        Some(secs) => Duration::from_secs(secs),
        // NumericDate may carry a fraction.
        None => Duration::try_from_secs_f64(exp.as_f64()?).ok()?,
    };
    UNIX_EPOCH.checked_add(secs)
}

/// A pasted test access token as the client's [`TokenSource`]. Used until its `exp`, then
/// every call is `Error::TestTokenExpired`. It cannot be refreshed.
pub struct TestTokenSource {
    token: AccessToken,
    expires_at: Option<SystemTime>,
}

impl TestTokenSource {
    /// Takes the token as pasted: surrounding whitespace and a leading `Bearer ` are dropped.
    pub fn new(pasted: &str) -> Result<Self, Error> {
        let trimmed = pasted.trim();
        let token = match trimmed.split_once(char::is_whitespace) {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("bearer") => rest.trim_start(),
            None if trimmed.eq_ignore_ascii_case("bearer") => "",
            _ => trimmed,
        };
        if token.is_empty() {
            return Err(Error::Config(Words::new(|lang| {
                t!(lang, "config-test-token-empty")
            })));
        }
        if token.chars().any(char::is_whitespace) {
            return Err(Error::Config(Words::new(|lang| {
                t!(lang, "config-test-token-spaces")
            })));
        }
        Ok(TestTokenSource {
            token: AccessToken::new(token),
            expires_at: jwt_expiry(token),
        })
    }

    /// When the token stops working, if it says.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.expires_at
    }

    fn expired(&self) -> Option<Error> {
        let at = self.expires_at?;
        (SystemTime::now() >= at).then(|| Error::TestTokenExpired {
            expired_at: Some(rfc3339(at)),
        })
    }
}

impl std::fmt::Debug for TestTokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestTokenSource")
            .field("token", &self.token)
            .field("expires_at", &self.expires_at.map(rfc3339))
            .finish()
    }
}

#[async_trait]
impl TokenSource for TestTokenSource {
    async fn access_token(&self) -> Result<AccessToken, Error> {
        match self.expired() {
            Some(e) => Err(e),
            None => Ok(self.token.clone()),
        }
    }

    /// There is no other token to be had. When the refusal is because the token just ran
    /// out, saying so beats a generic "the token was refused".
    async fn token_rejected(&self, _rejected: &AccessToken) -> Result<Option<AccessToken>, Error> {
        match self.expired() {
            Some(e) => Err(e),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD};

    fn jwt(payload: &str) -> String {
        format!(
            "eyJhbGciOiJSUzI1NiJ9.{}.c2ln",
            URL_SAFE_NO_PAD.encode(payload)
        )
    }

    fn unix(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn reads_exp() {
        assert_eq!(
            jwt_expiry(&jwt(r#"{"exp":1700000000,"sub":"x"}"#)),
            Some(unix(1_700_000_000))
        );
        assert_eq!(
            jwt_expiry(&jwt(r#"{"exp":1700000000.5}"#)),
            Some(unix(1_700_000_000) + Duration::from_millis(500))
        );
        assert_eq!(
            jwt_expiry(&format!(" {}\n", jwt(r#"{"exp":5}"#))),
            Some(unix(5))
        );
    }

    #[test]
    fn tolerates_padding() {
        let payload = r#"{"exp":17}"#;
        let padded = URL_SAFE.encode(payload);
        assert!(padded.ends_with('='), "{padded}");
        assert_eq!(jwt_expiry(&format!("h.{padded}.s")), Some(unix(17)));
    }

    #[test]
    fn anything_else_is_none() {
        for token in [
            String::new(),
            "opaque-token".into(),
            "a.b".into(),
            "a.b.c.d".into(),
            "h..s".into(),
            "h.!!!.s".into(),
            jwt("not json"),
            jwt(r#"{"sub":"x"}"#),
            jwt(r#"{"exp":"1700000000"}"#),
            jwt(r#"{"exp":-5}"#),
            jwt(r#"{"exp":1e300}"#),
            jwt(r#"[1,2]"#),
        ] {
            assert_eq!(jwt_expiry(&token), None, "{token}");
        }
    }

    #[test]
    fn constructor_cleans_the_paste() {
        let token = jwt(r#"{"exp":4102444800}"#);
        for pasted in [
            format!("  Bearer {token}\n"),
            format!("bearer  {token}"),
            format!("\t{token} "),
        ] {
            let source = TestTokenSource::new(&pasted).unwrap();
            assert_eq!(source.token.secret(), token);
            assert_eq!(source.expires_at(), Some(unix(4_102_444_800)));
        }
        assert_eq!(TestTokenSource::new("  \n").unwrap_err().kind(), "config");
        assert_eq!(
            TestTokenSource::new("Bearer ").unwrap_err().kind(),
            "config"
        );
        assert_eq!(
            TestTokenSource::new("abc def").unwrap_err().kind(),
            "config"
        );
        assert!(!format!("{:?}", TestTokenSource::new(&token).unwrap()).contains(&token));
    }

    #[tokio::test]
    async fn valid_until_exp_then_expired() {
        let live = TestTokenSource::new(&jwt(r#"{"exp":4102444800}"#)).unwrap();
        assert!(live.access_token().await.is_ok());
        assert_eq!(live.token_rejected(&live.token).await.unwrap(), None);

        let dead = TestTokenSource::new(&jwt(r#"{"exp":1700000000}"#)).unwrap();
        match dead.access_token().await.unwrap_err() {
            Error::TestTokenExpired { expired_at } => {
                assert_eq!(expired_at.as_deref(), Some("2023-11-14T22:13:20Z"))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            dead.token_rejected(&dead.token).await.unwrap_err().kind(),
            "test_token_expired"
        );

        let opaque = TestTokenSource::new("opaque").unwrap();
        assert_eq!(opaque.expires_at(), None);
        assert_eq!(opaque.access_token().await.unwrap().secret(), "opaque");
    }
}
