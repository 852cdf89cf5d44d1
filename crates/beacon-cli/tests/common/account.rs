//! One user's worth of state for a test: its own config and data folders and its own keychain
//! profile in the REAL Secret Service, so tests neither see each other nor a developer's own
//! sign-in. Needs the D-Bus session `scripts/with-keyring` provides.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard};

use volvo_api::store::{KeychainStore, SecretName, SecretStore};
use volvo_sim::Scenario;

use super::interactive::{Ended, Running};
use super::sim::TestSim;
use super::{beacon, run_json};

static NEXT: AtomicU32 = AtomicU32::new(0);

/// One test at a time talks to the Secret Service. gnome-keyring-daemon (42 to 50 at least)
/// sometimes aborts when short-lived clients open sessions in quick succession
/// ("gkd_secret_service_get_pkcs11_session: assertion 'client' failed", Debian #1147303), and
/// the more at once, the likelier.
static KEYCHAIN_TURN: Mutex<()> = Mutex::new(());

/// A folder removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("beacon-cli-{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a temp folder");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// What is in the folder now (not below it).
    pub fn entries(&self) -> Vec<PathBuf> {
        let entries = std::fs::read_dir(&self.0).expect("read the temp folder");
        entries.map(|e| e.expect("a folder entry").path()).collect()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub struct TestAccount {
    root: TempDir,
    pub profile: String,
    // Opened once: each open writes, reads and deletes a probe entry, and every keychain call
    // is a D-Bus connection of its own, of which gnome-keyring survives only so many (above).
    keychain: KeychainStore,
    // Last, so the entries are deleted (in `drop`) before the next test gets its turn.
    _turn: MutexGuard<'static, ()>,
}

impl TestAccount {
    /// `None` when keychain tests are skipped on purpose (BEACON_SKIP_KEYCHAIN_TESTS=1);
    /// without a session bus and without that, the test fails saying how to run it.
    pub fn new(test: &str) -> Option<TestAccount> {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            if std::env::var("BEACON_SKIP_KEYCHAIN_TESTS").as_deref() == Ok("1") {
                eprintln!("skipping {test}: BEACON_SKIP_KEYCHAIN_TESTS=1");
                return None;
            }
            panic!(
                "{test} needs a D-Bus session with an unlocked gnome-keyring, and \
                 DBUS_SESSION_BUS_ADDRESS is not set. Run it with\n    \
                 scripts/with-keyring cargo test -p beacon-cli\n\
                 or set BEACON_SKIP_KEYCHAIN_TESTS=1 to skip it."
            );
        }
        // A test that failed while holding the turn leaves the keychain as usable as before.
        let turn = KEYCHAIN_TURN.lock().unwrap_or_else(|e| e.into_inner());
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        // Unique to this run, so nothing can be stored under it yet.
        let profile = format!("beacon-cli-test-{}-{n}-{test}", std::process::id());
        let keychain = KeychainStore::open(&profile)
            .unwrap_or_else(|e| panic!("the keychain is not usable: {e}"));
        Some(TestAccount {
            root: TempDir::new(test),
            profile,
            keychain,
            _turn: turn,
        })
    }

    /// An account and a simulator (the demo fleet, short-lived tokens, changed by `adjust`),
    /// what nearly every test starts with.
    pub fn with_sim(
        test: &str,
        adjust: impl FnOnce(&mut Scenario),
    ) -> Option<(TestAccount, TestSim)> {
        let account = TestAccount::new(test)?;
        Some((account, TestSim::start(adjust)))
    }

    pub fn config_dir(&self) -> PathBuf {
        self.root.path().join("config")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root.path().join("data")
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config_dir().join("settings.toml")
    }

    /// `beacon` as this user: nothing but the account's folders and keychain profile set.
    pub fn beacon(&self) -> Command {
        let mut cmd = beacon();
        cmd.env("BEACON_KEYCHAIN_PROFILE", &self.profile)
            .env("BEACON_CONFIG_DIR", self.config_dir())
            .env("BEACON_DATA_DIR", self.data_dir());
        cmd
    }

    /// `beacon` as this user, with every setting of the simulator's application given by
    /// environment.
    pub fn beacon_with(&self, sim: &TestSim) -> Command {
        let mut cmd = self.beacon();
        sim.env(&mut cmd);
        cmd
    }

    /// `beacon setup` from the simulator's settings, so later runs need no environment. The
    /// simulator's log is cleared after, so a test counts only the requests it made itself.
    pub fn set_up(&self, sim: &TestSim) {
        let cmd = self.beacon_with(sim);
        let run = run_json(cmd, &["setup"]);
        assert_eq!(run.code, 0, "setup: {run:#?}");
        sim.handle().clear_requests();
    }

    /// A whole loopback sign-in with what is stored: the address from stdout, the browser
    /// step, the browser sent back to the listener. `extra`: more arguments (`-vvv`).
    pub fn log_in(&self, sim: &TestSim, extra: &[&str]) -> Ended {
        let mut args = vec!["login", "--no-browser", "--port", "0"];
        args.extend_from_slice(extra);
        let login = Running::start(self.beacon(), &args);
        let authorize_url = login.next_line();
        let callback = sim.browser_step(&authorize_url);
        let (status, page) = sim.visit(&callback);
        assert_eq!(status, 200, "{page}");
        login.wait()
    }

    /// What `beacon` stored under `name`, read directly from the keychain.
    pub fn secret(&self, name: SecretName) -> Option<String> {
        self.keychain
            .get(name)
            .unwrap_or_else(|e| panic!("reading the {name:?}: {e}"))
    }
}

impl Drop for TestAccount {
    fn drop(&mut self) {
        let _ = self.keychain.delete_all();
    }
}
