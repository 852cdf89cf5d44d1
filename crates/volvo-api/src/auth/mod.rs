//! Volvo ID sign-in: the authorization code flow with PKCE, the three ways back from the
//! browser, token refresh with rotation, and pasted test tokens.
//!
//! Whatever way the browser comes back, the sign-in is started and finished the same way:
//!
//! ```no_run
//! # async fn demo(client_id: &str, secret: &str) -> Result<(), volvo_api::Error> {
//! use std::time::Duration;
//! use volvo_api::auth::{LoopbackListener, VolvoId, VolvoIdConfig, DEFAULT_LOOPBACK_PORT};
//!
//! let volvo_id = VolvoId::new(VolvoIdConfig::new(client_id, secret))?;
//!
//! // Loopback: bind first, so the redirect URI is known before the browser opens.
//! let listener = LoopbackListener::bind(DEFAULT_LOOPBACK_PORT).await?;
//! let request = volvo_id.start_sign_in(&listener.redirect_uri())?;
//! // ... open request.authorize_url in the browser ...
//! let callback = listener
//!     .wait(Duration::from_secs(600), |url| volvo_id.check_callback(url))
//!     .await?;
//! let tokens = volvo_id.complete_sign_in(&callback).await?;
//!
//! // Deep link (`volvo_api::auth::DEEP_LINK_REDIRECT`) or a pasted address: start with that
//! // redirect URI and hand whatever URL arrives to `complete_sign_in`.
//! # let _ = (request, tokens);
//! # Ok(()) }
//! ```

mod callback;
mod config;
mod excerpt;
pub mod loopback;
mod loopback_http;
mod pending;
pub mod test_token;
mod token_http;
mod token_response;
mod tokens;
pub(crate) mod utc;
mod volvo_id;

pub use callback::{Callback, MAX_CALLBACK_BYTES, MAX_CODE_BYTES};
pub use config::{
    VolvoIdConfig, DEEP_LINK_REDIRECT, DEFAULT_AUTH_URL, DEFAULT_LOOPBACK_PORT, DEFAULT_TOKEN_URL,
    SCOPES,
};
pub use loopback::LoopbackListener;
pub use test_token::{jwt_expiry, TestTokenSource};
pub use tokens::{RefreshToken, RefreshTokens, TokenSet};
pub use utc::rfc3339;
pub use volvo_id::{SignInRequest, VolvoId};
