//! The one way this workspace makes an HTTP client. reqwest is built without a crypto provider
//! of its own (see the workspace's Cargo.toml), so rustls's *ring* provider is made the
//! process's default here, once, before any client is built: without it reqwest panics at
//! `build()`.

use std::sync::Once;

/// A `reqwest::ClientBuilder` whose client can speak HTTPS (certificates checked against the
/// operating system's roots).
#[allow(clippy::disallowed_methods)] // the one place allowed to (clippy.toml)
pub fn client_builder() -> reqwest::ClientBuilder {
    install_crypto();
    reqwest::Client::builder()
}

/// Makes *ring* the process's rustls crypto provider, unless one is installed already.
pub fn install_crypto() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        // Err only means another provider came first, and that one serves as well.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_client_builds_and_has_a_crypto_provider() {
        super::client_builder().build().expect("a client");
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
    }
}
