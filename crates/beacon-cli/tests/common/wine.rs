//! The Windows build of `beacon` (x86_64-pc-windows-gnu, made by `scripts/build-windows`), run
//! under Wine. `scripts/test-windows` prepares the Wine prefix and names the .exe in
//! `BEACON_WINDOWS_EXE`; the simulator stays on the Linux side, reached over loopback.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::{pin_language, BEACON_ENV};

/// The cross-built `beacon.exe`. A test that needs it and does not have it fails, saying how
/// to run it: it is never skipped quietly.
pub fn exe() -> PathBuf {
    let Some(exe) = std::env::var_os("BEACON_WINDOWS_EXE") else {
        panic!(
            "BEACON_WINDOWS_EXE is not set. The Windows tests run the cross-built beacon.exe \
             under Wine: run them with scripts/test-windows"
        );
    };
    let exe = PathBuf::from(exe);
    assert!(exe.is_file(), "no such file: {}", exe.display());
    exe
}

/// `beacon.exe` under Wine with a clean environment: a keychain profile and folders of this
/// test's own, so it never reads or changes anything else's.
pub fn beacon(profile: &str, home: &Path) -> Command {
    let mut cmd = Command::new("wine");
    cmd.arg(exe());
    for var in BEACON_ENV {
        cmd.env_remove(var);
    }
    cmd.env("BEACON_KEYCHAIN_PROFILE", profile)
        .env("BEACON_CONFIG_DIR", windows_path(&home.join("config")))
        .env("BEACON_DATA_DIR", windows_path(&home.join("data")))
        .env("WINEDEBUG", "-all")
        .stdin(Stdio::null());
    pin_language(&mut cmd);
    cmd
}

/// A Linux path as the Windows process sees it: Wine maps `/` to drive Z:.
pub fn windows_path(path: &Path) -> String {
    format!("Z:{}", path.display()).replace('/', "\\")
}

/// The targets of the Credential Manager entries under `profile`, read from where Wine keeps
/// them (its registry) by Wine's own `reg`, not through anything of Beacon's. keyring's
/// Windows store names an entry `<user>.<service>`; Beacon's user names start with the profile.
pub fn stored_credentials(profile: &str) -> Vec<String> {
    let out = Command::new("wine")
        .args(["reg", "query", r"HKCU\Software\Wine\Credential Manager"])
        .env("WINEDEBUG", "-all")
        .stdin(Stdio::null())
        .output()
        .expect("run wine reg");
    let text = String::from_utf8_lossy(&out.stdout);
    let prefix = format!("Generic: {profile}/");
    text.lines()
        .filter_map(|line| line.trim().rsplit('\\').next())
        .filter(|name| name.starts_with(&prefix))
        .map(|name| name["Generic: ".len()..].to_owned())
        .collect()
}
