//! Living in the tray all day, lightly. On Linux a process that has shown a web page keeps
//! WebKit's network process and much of the engine's memory after its last window is gone,
//! far more than the same app started in the tray (the bench report's `rss_tray` figures).
//! So once the window has been closed for a moment and
//! nothing is under way, the app replaces itself (exec: the same process id, nothing to clean
//! up) with a tray-only start (`--hidden`), handing over its cars so that the new process
//! spends no API call on them. A command waiting for a car, or a sign-in waiting for the
//! browser, keeps the process until it is over: only this process could finish them.
//!
//! On Windows and macOS the web engine's processes end with the window, so nothing is done.

use beacon_app::handoff::Handoff;
use beacon_app::AppError;
use tauri::{AppHandle, Runtime};

/// Where the handoff travels: the environment of the new process, read and removed first
/// thing. Only cars (no token, no secret), so the environment is good enough.
pub const HANDOFF_ENV: &str = "BEACON_HANDOFF";

/// The handoff from the previous process, if this process is one's restart. Must run before
/// any thread starts (it removes the variable, so nothing this process starts inherits it).
pub fn take_handoff() -> Option<Result<Handoff, AppError>> {
    let text = std::env::var_os(HANDOFF_ENV)?;
    std::env::remove_var(HANDOFF_ENV);
    Some(match text.to_str() {
        Some(text) => Handoff::from_json(text),
        None => Err(AppError::InvalidInput(
            "the handoff from the previous process is not text".into(),
        )),
    })
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

    use beacon_app::handoff::Stay;
    use beacon_app::views::Mode;
    use beacon_app::Core;
    use tauri::{AppHandle, Manager, Runtime};

    use super::HANDOFF_ENV;
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
        command.env(HANDOFF_ENV, json);
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
