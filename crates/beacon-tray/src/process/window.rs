//! The way back to the window: this process becomes the window's program with an exec (the
//! same process id, so whoever started the app still has it), handing over the cars so that
//! the window shows them without an API call. A command waiting for its answer, or a sign-in
//! being renewed, is let finish first: the exec would cut it off.

use std::os::unix::process::CommandExt as _;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use beacon_app::handoff::{self, Handoff, Stay, CARS_LOADING, COMMAND_ON_ITS_WAY};
use beacon_app::views::Mode;

use super::{delivered, gtk_setup, App};
use crate::{notify, DEMO_FLAG, WINDOW_BINARY};

/// How often to look again while something is under way.
const RETRY: Duration = Duration::from_millis(250);

/// What keeps this process for now, if anything: the core's reasons, and the commands asked
/// for here that the core may not count yet.
fn busy(app: &App) -> Option<&'static str> {
    if app.commands_under_way.load(Ordering::SeqCst) > 0 {
        return Some(COMMAND_ON_ITS_WAY);
    }
    match app.core.handoff() {
        // The window's program fetches the cars itself: not worth waiting for.
        Err(Stay::Busy(why)) if why != CARS_LOADING => Some(why),
        _ => None,
    }
}

/// Opens the window once nothing is under way.
pub(super) fn open(app: &Arc<App>) {
    if app.opening.swap(true, Ordering::SeqCst) || app.quitting.load(Ordering::SeqCst) {
        return;
    }
    let app = Arc::clone(app);
    app.runtime.clone().spawn(async move {
        let mut said = false;
        while let Some(why) = busy(&app) {
            if !said {
                log::info!("opening the window once this is over: {why}");
                let (title, body) = handoff::opening_later(why, app.core.language());
                notify::show(title, body);
                said = true;
            }
            tokio::time::sleep(RETRY).await;
        }
        if !delivered().await {
            log::warn!("opening the window with a notification not delivered");
        }
        // On the main thread, where tray clicks and shortcut presses are handled: none can
        // start a command between the last look and the exec.
        gtk::glib::MainContext::default().invoke(move || become_window(&app));
    });
}

fn become_window(app: &Arc<App>) {
    if app.quitting.load(Ordering::SeqCst) {
        return;
    }
    let waiting = busy(app).or_else(|| {
        (!notify::wait_delivered(Duration::ZERO)).then_some("a notification is on its way")
    });
    if let Some(why) = waiting {
        log::info!("not opening the window yet: {why}");
        app.opening.store(false, Ordering::SeqCst);
        open(app);
        return;
    }
    let handoff = match app.core.handoff() {
        Ok(handoff) => Some(handoff),
        // The cars are still loading: the window's program fetches them.
        Err(Stay::Busy(_)) => None,
        // Nothing a new process could take over: a test token from the environment, which the
        // window's program reads again; a sign-out, which the window shows from the keychain
        // (its reason went out as a notification when it happened).
        Err(Stay::Always(why)) => {
            log::info!("opening the window without a handoff: {why}");
            None
        }
    };
    let error = match window_program() {
        Ok(program) => exec(program, handoff.as_ref()),
        Err(e) => e,
    };
    log::error!("the window could not be opened: {error}");
    let (title, body) = handoff::window_failed(&error.to_string(), app.core.language());
    notify::show(title, body);
    app.opening.store(false, Ordering::SeqCst);
}

/// The window's program, beside this one.
fn window_program() -> Result<PathBuf, std::io::Error> {
    let this = std::env::current_exe()?;
    let program = this.with_file_name(WINDOW_BINARY);
    if program.is_file() {
        Ok(program)
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("{} is missing", program.display()),
        ))
    }
}

/// Returns only if the exec failed.
fn exec(program: PathBuf, handoff: Option<&Handoff>) -> std::io::Error {
    let mut command = std::process::Command::new(program);
    if let Some(handoff) = handoff {
        if handoff.mode == Mode::Demo {
            command.arg(DEMO_FLAG);
        }
        match handoff.to_checked_json() {
            Ok(json) => {
                command.env(handoff::ENV, json);
            }
            Err(e) => log::warn!("the cars are fetched again: {e}"),
        }
    } else if std::env::args().any(|a| a == DEMO_FLAG) {
        command.arg(DEMO_FLAG);
    }
    gtk_setup::restore_gl(&mut command);
    log::info!("opening the window");
    // The single-instance lock and socket are close-on-exec. Until the window's program has
    // them again, a later launch finds the lock free and starts as the app itself, or, if it
    // came just before, retries until it reaches the window's program.
    command.exec()
}
