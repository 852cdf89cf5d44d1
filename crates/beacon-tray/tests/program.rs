//! The tray program as a desktop starts it, as a real process. (Integration tests are also
//! what makes `cargo test --workspace --all-targets` build the program, which the end-to-end
//! tests run.)

#![cfg(target_os = "linux")]

use std::os::unix::fs::DirBuilderExt;
use std::process::Command;

/// No display (a start at login on a session that has none, or a broken one): a plain-words
/// reason and a failure exit, not a panic or a silent hang.
#[test]
fn without_a_display_it_says_so_and_fails() {
    let scratch = std::env::temp_dir().join(format!("beacon-tray-program-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::DirBuilder::new()
        .mode(0o700)
        .recursive(true)
        .create(scratch.join("run"))
        .expect("a private runtime folder");
    let out = Command::new(env!("CARGO_BIN_EXE_volvo-beacon-tray"))
        .args(["--hidden", "--demo"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_RUNTIME_DIR", scratch.join("run"))
        .env("XDG_DATA_HOME", scratch.join("data"))
        .env("HOME", &scratch)
        .output()
        .expect("the tray program runs");
    let _ = std::fs::remove_dir_all(&scratch);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("Volvo Beacon could not start: no display"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}
