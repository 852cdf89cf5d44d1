//! With no reachable Secret Service, secrets stay in memory for the session and the user is
//! told why; nothing is written anywhere else. A test binary of its own because it points
//! DBUS_SESSION_BUS_ADDRESS at a dead socket for the whole process.
#![cfg(target_os = "linux")]

use volvo_api::store::{open_secret_store, KeychainStore, SecretName};
use volvo_api::Error;

#[test]
fn without_a_session_bus_secrets_are_kept_for_this_session_only() {
    // Before any keychain use: set for the process, read by the D-Bus connection.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");

    let error = KeychainStore::open("beacon-test-unavailable").unwrap_err();
    assert!(
        matches!(error, Error::KeychainUnavailable { .. }),
        "{error:?}"
    );

    let (store, problem) = open_secret_store("beacon-test-unavailable");
    assert_eq!(store.backend(), "memory (this session only)");
    assert!(!store.persistent());
    let problem = problem.expect("the user must be told there is no keychain");
    assert_eq!(problem.kind(), "keychain_unavailable");
    let message = problem.to_string();
    assert!(message.contains("session only"), "{message}");

    store
        .set(SecretName::RefreshToken, "kept in memory")
        .unwrap();
    assert_eq!(
        store.get(SecretName::RefreshToken).unwrap().as_deref(),
        Some("kept in memory")
    );
}
