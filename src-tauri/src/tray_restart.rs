//! Living in the tray all day, lightly. On Linux a process that has shown a web page keeps
//! WebKit's network process and much of the engine's memory after its last window is gone,
//! and one that merely links WebKit maps its libraries from the start (the bench report's
//! `rss_tray` figures). So once the window has been closed for a moment and nothing is under
//! way, the app replaces itself (exec: the same process id, nothing to clean up) with a
//! tray-only start (`--hidden`), handing over its cars so that the new process spends no API
//! call on them; and a tray-only start becomes the tray program without the web engine
//! (`volvo-beacon-tray`, crates/beacon-tray) before anything else. A command waiting for a
//! car, or a sign-in waiting for the browser, keeps the process until it is over: only this
//! process could finish them.
//!
//! On Windows and macOS the web engine's processes end with the window, so nothing is done.

use tauri::{AppHandle, Runtime};

/// A tray-only start (`--hidden`: start at login, or the restart below) on Linux becomes the
/// tray program installed beside this one, with the same arguments and environment (the
/// handoff too). Must run first thing: nothing of this process is needed. Returns when there
/// is no tray program (a build without it): this process then stays in the tray itself.
pub fn become_tray_program() {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt as _;
        if !std::env::args()
            .skip(1)
            .any(|a| a == crate::autostart::HIDDEN_FLAG)
        {
            return;
        }
        let Some(program) = std::env::current_exe()
            .ok()
            .map(|exe| exe.with_file_name(beacon_tray::TRAY_BINARY))
            .filter(|program| program.is_file())
        else {
            return;
        };
        let error = std::process::Command::new(&program)
            .args(std::env::args_os().skip(1))
            .exec();
        // The logger is not set up yet.
        eprintln!(
            "Volvo Beacon: staying in the tray with the web engine: {} did not start ({error})",
            program.display()
        );
    }
}

#[cfg(not(target_os = "linux"))]
pub fn window_closed<R: Runtime>(_app: &AppHandle<R>) {}

#[cfg(target_os = "linux")]
pub fn window_closed<R: Runtime>(app: &AppHandle<R>) {
    linux::when_idle(app.clone());
}

#[cfg(target_os = "linux")]
mod linux {
    use std::os::unix::process::CommandExt as _;
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use beacon_app::handoff::{self, Stay};
    use beacon_app::views::Mode;
    use beacon_app::Core;
    use tauri::{AppHandle, Manager, Runtime};

    use crate::{autostart, notify};

    /// Closing and at once reopening (a misclick) should not cost a restart.
    const SETTLE: Duration = Duration::from_secs(2);
    /// How often to look again while something is under way.
    const RETRY: Duration = Duration::from_secs(5);

    pub fn when_idle<R: Runtime>(app: AppHandle<R>) {
        tauri::async_runtime::spawn(async move {
            tokio::time::sleep(SETTLE).await;
            // A sign-in may wait up to 10 minutes: its reason is logged once, not every retry.
            let mut said = None;
            loop {
                if app.get_webview_window(crate::MAIN_WINDOW).is_some() {
                    return;
                }
                let Some(core) = app.try_state::<Arc<Core>>().map(|c| Arc::clone(c.inner())) else {
                    return;
                };
                match core.handoff() {
                    Ok(_) => {
                        // The answer to the command just finished may still be on its way
                        // to the notification service; the exec would take it along.
                        if !notify::delivered(notify::DELIVERY_WAIT).await {
                            log::warn!("restarting with a notification not delivered");
                        }
                        let on_main = app.clone();
                        // On the main thread, where the window is (re)opened, so the check
                        // that it is still closed cannot go stale before the exec.
                        let _ = app.run_on_main_thread(move || restart(&on_main, &core));
                        return;
                    }
                    Err(Stay::Busy(why)) => {
                        if said != Some(why) {
                            log::info!("staying in this process for now: {why}");
                            said = Some(why);
                        }
                    }
                    Err(Stay::Always(why)) => {
                        log::info!("staying in this process: {why}");
                        return;
                    }
                }
                tokio::time::sleep(RETRY).await;
            }
        });
    }

    fn restart<R: Runtime>(app: &AppHandle<R>, core: &Arc<Core>) {
        if app.get_webview_window(crate::MAIN_WINDOW).is_some() {
            return;
        }
        // Asked again right before the exec: a command or a sign-in renewal may have started
        // since the last look, and the exec would cut it off.
        let handoff = match core.handoff() {
            Ok(handoff) => handoff,
            Err(why) => {
                log::info!("not restarting yet: {why}");
                when_idle(app.clone());
                return;
            }
        };
        if !notify::all_delivered() {
            log::info!("not restarting yet: a notification is on its way");
            when_idle(app.clone());
            return;
        }
        // After an upgrade the running binary is gone ("... (deleted)"); the new one may not
        // read this handoff, and is started by the user's next launch anyway.
        let exe = match std::env::current_exe() {
            Ok(exe) if exe.is_file() => exe,
            Ok(exe) => {
                log::info!("staying in this process: {} is gone", exe.display());
                return;
            }
            Err(e) => {
                log::warn!("staying in this process: no path to this program ({e})");
                return;
            }
        };
        let mut command = std::process::Command::new(exe);
        command.arg(autostart::HIDDEN_FLAG);
        if handoff.mode == Mode::Demo {
            command.arg("--demo");
        }
        let json = match handoff.to_checked_json() {
            Ok(json) => json,
            Err(e) => {
                log::warn!("staying in this process: {e}");
                return;
            }
        };
        command.env(handoff::ENV, json);
        log::info!(
            "restarting in the tray without the web engine ({} cars handed over)",
            handoff.cars.len()
        );
        end_web_engine_helpers();
        // The single-instance lock and socket are close-on-exec: the new process takes them
        // afresh, and a launch meanwhile waits for it (single_instance/linux.rs).
        let error = command.exec();
        log::warn!("could not restart in the tray, staying in this process: {error}");
    }

    /// WebKit's network process is a child of this process and would outlive the exec (as a
    /// process, or as a zombie nobody reaps): it is asked to end, and reaped.
    fn end_web_engine_helpers() {
        let helpers: Vec<i32> = children_of(std::process::id())
            .into_iter()
            .filter(|&pid| {
                std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .is_ok_and(|name| name.starts_with("WebKit"))
            })
            .collect();
        for &pid in &helpers {
            // SAFETY: kill(2) on a child of ours; no memory is involved.
            unsafe { libc::kill(pid, libc::SIGTERM) };
        }
        let deadline = Instant::now() + Duration::from_secs(2);
        for pid in helpers {
            // 0: still running. The pid (reaped) or -1 (already reaped, e.g. by GLib): done.
            // SAFETY: waitpid(2) on a child of ours, without a status pointer.
            while unsafe { libc::waitpid(pid, std::ptr::null_mut(), libc::WNOHANG) } == 0 {
                if Instant::now() > deadline {
                    log::warn!("a WebKit helper did not end; it goes with the exec");
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }

    /// From /proc: the 4th field of each /proc/<pid>/stat, after the name in parentheses.
    fn children_of(parent: u32) -> Vec<i32> {
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return Vec::new();
        };
        entries
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
            .filter(|pid| {
                std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
                    stat.rfind(')')
                        .and_then(|end| stat[end + 1..].split_whitespace().nth(1))
                        .and_then(|ppid| ppid.parse::<u32>().ok())
                        == Some(parent)
                })
            })
            .collect()
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    /// The tray program finds the lock, socket and logs by the identifier, and takes the same
    /// flags: the two programs must agree.
    #[test]
    fn the_tray_program_agrees_with_the_app_on_its_identifier_and_flags() {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).expect("tauri.conf.json");
        assert_eq!(config["identifier"], beacon_tray::IDENTIFIER);
        assert_eq!(crate::autostart::HIDDEN_FLAG, beacon_tray::HIDDEN_FLAG);
        assert_eq!(
            env!("CARGO_PKG_NAME"),
            beacon_tray::WINDOW_BINARY,
            "the [[bin]]'s name"
        );
    }
}
