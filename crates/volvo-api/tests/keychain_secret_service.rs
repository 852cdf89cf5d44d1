//! The keychain store against a REAL Secret Service (gnome-keyring). Needs a D-Bus session
//! with an unlocked keyring; `scripts/with-keyring` makes one:
//!
//!     scripts/with-keyring cargo test -p volvo-api --test keychain_secret_service
//!
//! Without a session bus these tests fail (saying how to run them) rather than pass
//! silently, unless BEACON_SKIP_KEYCHAIN_TESTS=1 says skipping is intended.
#![cfg(target_os = "linux")]

use keyring::Entry;
use volvo_api::store::{
    open_secret_store, KeychainStore, SecretName, SecretStore, KEYCHAIN_SERVICE,
};

/// A store namespaced to one test, emptied before and after so runs cannot see each other.
struct TestKeychain {
    store: KeychainStore,
    profile: String,
}

impl TestKeychain {
    fn open(test: &str) -> Option<TestKeychain> {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            if std::env::var("BEACON_SKIP_KEYCHAIN_TESTS").as_deref() == Ok("1") {
                eprintln!("skipping {test}: BEACON_SKIP_KEYCHAIN_TESTS=1");
                return None;
            }
            panic!(
                "{test} needs a D-Bus session with an unlocked gnome-keyring, and \
                 DBUS_SESSION_BUS_ADDRESS is not set. Run it with\n    \
                 scripts/with-keyring cargo test -p volvo-api --test keychain_secret_service\n\
                 or set BEACON_SKIP_KEYCHAIN_TESTS=1 to skip it."
            );
        }
        let profile = format!("beacon-test-{}-{test}", std::process::id());
        let store = KeychainStore::open(&profile)
            .unwrap_or_else(|e| panic!("the keychain is not usable: {e}"));
        store.delete_all().unwrap();
        Some(TestKeychain { store, profile })
    }

    /// What is really in the keychain under `user`, bypassing the store.
    fn raw(&self, user: &str) -> Option<String> {
        match Entry::new(KEYCHAIN_SERVICE, user).unwrap().get_password() {
            Ok(value) => Some(value),
            Err(keyring::Error::NoEntry) => None,
            Err(e) => panic!("reading {user}: {e}"),
        }
    }

    /// The account names of every entry Beacon has in the keychain, listed by the Secret
    /// Service itself.
    fn users(&self) -> Vec<String> {
        let service =
            dbus_secret_service::SecretService::connect(dbus_secret_service::EncryptionType::Dh)
                .unwrap();
        let items = service
            .search_items(std::collections::HashMap::from([(
                "service",
                KEYCHAIN_SERVICE,
            )]))
            .unwrap();
        items
            .unlocked
            .iter()
            .chain(&items.locked)
            .filter_map(|item| item.get_attributes().ok()?.remove("username"))
            .collect()
    }
}

impl Drop for TestKeychain {
    fn drop(&mut self) {
        let _ = self.store.delete_all();
    }
}

fn large_value() -> String {
    (0..10 * 1024)
        .map(|i| char::from(b'A' + (i % 26) as u8))
        .collect()
}

#[test]
fn each_secret_is_stored_read_overwritten_and_deleted() {
    let Some(keychain) = TestKeychain::open("each-secret") else {
        return;
    };
    let store = &keychain.store;
    assert_eq!(store.backend(), "Secret Service");
    assert!(store.persistent());
    for name in SecretName::ALL {
        assert_eq!(store.get(name).unwrap(), None, "{name:?} before");
        store.set(name, &format!("first {}", name.key())).unwrap();
        assert_eq!(
            keychain.raw(&store.entry_user(name)).as_deref(),
            Some(format!("first {}", name.key()).as_str())
        );
        store.set(name, &format!("second {}", name.key())).unwrap();
        assert_eq!(
            store.get(name).unwrap(),
            Some(format!("second {}", name.key()))
        );
    }
    store.delete(SecretName::ApiKey).unwrap();
    assert_eq!(store.get(SecretName::ApiKey).unwrap(), None);
    assert_eq!(
        store.get(SecretName::ClientSecret).unwrap().as_deref(),
        Some("second client-secret")
    );
    // Deleting what is not there is fine.
    store.delete(SecretName::ApiKey).unwrap();
    store.delete_all().unwrap();
    for name in SecretName::ALL {
        assert_eq!(store.get(name).unwrap(), None, "{name:?} after delete_all");
        assert_eq!(keychain.raw(&store.entry_user(name)), None);
    }
}

#[test]
fn a_10_kb_value_round_trips_in_parts_and_delete_leaves_none() {
    let Some(keychain) = TestKeychain::open("large") else {
        return;
    };
    let store = &keychain.store;
    let name = SecretName::RefreshToken;
    let value = large_value();
    store.set(name, &value).unwrap();
    assert_eq!(store.get(name).unwrap().as_deref(), Some(value.as_str()));

    let header = keychain.raw(&store.entry_user(name)).unwrap();
    assert!(header.starts_with("beacon-chunked:v1 "), "{header}");
    let parts: Vec<String> = (0..)
        .map_while(|i| keychain.raw(&store.part_user(name, 0, i)))
        .collect();
    assert!(parts.len() > 1, "expected several parts");
    assert_eq!(parts.concat(), value);

    // Shrinking to one entry removes every part.
    store.set(name, "small now").unwrap();
    assert_eq!(store.get(name).unwrap().as_deref(), Some("small now"));
    assert_no_parts(&keychain, name);

    store.set(name, &value).unwrap();
    store.delete(name).unwrap();
    assert_eq!(store.get(name).unwrap(), None);
    assert_eq!(keychain.raw(&store.entry_user(name)), None);
    assert_no_parts(&keychain, name);
}

fn assert_no_parts(keychain: &TestKeychain, name: SecretName) {
    for generation in [0, 1] {
        for index in 0..20 {
            let user = keychain.store.part_user(name, generation, index);
            assert_eq!(keychain.raw(&user), None, "{user} was left behind");
        }
    }
}

#[test]
fn a_second_instance_reads_what_the_first_wrote() {
    let Some(first) = TestKeychain::open("two-processes") else {
        return;
    };
    first.store.set(SecretName::ClientSecret, "shared").unwrap();
    first
        .store
        .set(SecretName::RefreshToken, &large_value())
        .unwrap();

    let second = KeychainStore::open(&first.profile).unwrap();
    assert_eq!(
        second.get(SecretName::ClientSecret).unwrap().as_deref(),
        Some("shared")
    );
    assert_eq!(
        second.get(SecretName::RefreshToken).unwrap(),
        Some(large_value())
    );
    second.set(SecretName::ClientSecret, "changed").unwrap();
    assert_eq!(
        first
            .store
            .get(SecretName::ClientSecret)
            .unwrap()
            .as_deref(),
        Some("changed")
    );
}

#[test]
fn profiles_do_not_see_each_other() {
    let Some(a) = TestKeychain::open("profile-a") else {
        return;
    };
    let Some(b) = TestKeychain::open("profile-b") else {
        return;
    };
    a.store.set(SecretName::ApiKey, "key of a").unwrap();
    assert_eq!(b.store.get(SecretName::ApiKey).unwrap(), None);
}

#[test]
fn open_secret_store_picks_the_keychain_when_it_works() {
    let Some(keychain) = TestKeychain::open("open") else {
        return;
    };
    let (store, problem) = open_secret_store(&keychain.profile);
    assert!(problem.is_none(), "{problem:?}");
    assert_eq!(store.backend(), "Secret Service");
    assert!(store.persistent());
    // The probe entry (its name is unique to each probe) does not linger.
    store.set(SecretName::ApiKey, "key").unwrap();
    let users = keychain.users();
    let api_key = format!("{}/api-key", keychain.profile);
    assert!(users.contains(&api_key), "the listing works: {users:?}");
    let probes = format!("{}/keychain-probe", keychain.profile);
    let left: Vec<_> = users.iter().filter(|u| u.starts_with(&probes)).collect();
    assert!(left.is_empty(), "probe entries left: {left:?}");
}
