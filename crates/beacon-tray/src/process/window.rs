//! The way back to the window: this process becomes the window's program with an exec (the
//! same process id, so whoever started the app still has it), handing over the cars so that
//! the window shows them without an API call. A command waiting for its answer, or a sign-in
//! being renewed, is let finish first: the exec would cut it off.

use std::os::unix::process::CommandExt as _;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use beacon_app::handoff::{self, Handoff, Stay};
use beacon_app::views::Mode;

use super::{delivered, App};
use crate::{notify, DEMO_FLAG, WINDOW_BINARY};

/// How often to look again while something is under way.
const RETRY: Duration = Duration::from_millis(250);

/// Set when this process turned GTK's GL off itself: the window's process decides again.
static GL_OFF_BY_US: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// GTK opens GLX when it opens the display (to pick its visuals), which maps the system's GL
/// driver (Mesa's software one brings all of LLVM) for the life of the process; nothing here
/// draws with GL. Must run before GTK starts, and before any thread does.
pub(super) fn configure_gtk() {
    if std::env::var_os("GDK_GL").is_none() {
        std::env::set_var("GDK_GL", "disable");
        GL_OFF_BY_US.store(true, Ordering::SeqCst);
    }
}

/// Opens the window, with `args` for the window's program (a later launch's links), once
/// nothing is under way.
pub(super) fn open(app: &Arc<App>, args: Vec<String>) {
    if app.opening.swap(true, Ordering::SeqCst) || app.quitting.load(Ordering::SeqCst) {
        return;
    }
    let app = Arc::clone(app);
    app.runtime.clone().spawn(async move {
        let mut said = false;
        while let Err(Stay::Busy(why)) = app.core.handoff() {
            if !said {
                log::info!("opening the window once this is over: {why}");
                notify::show(
                    "Opening Volvo Beacon".into(),
                    format!("In a moment: {why}."),
                );
                said = true;
            }
            tokio::time::sleep(RETRY).await;
        }
        if !delivered().await {
            log::warn!("opening the window with a notification not delivered");
        }
        // On the main thread, where tray clicks are handled: none can start a command between
        // the last look and the exec.
        gtk::glib::MainContext::default().invoke(move || become_window(&app, &args));
    });
}

fn become_window(app: &Arc<App>, args: &[String]) {
    let handoff = match app.core.handoff() {
        Ok(handoff) => Some(handoff),
        Err(Stay::Busy(why)) => {
            log::info!("not opening the window yet: {why}");
            app.opening.store(false, Ordering::SeqCst);
            open(app, args.to_vec());
            return;
        }
        // Nothing to hand over that the window's process could not fetch again itself.
        Err(Stay::Always(_)) => None,
    };
    let error = match window_program() {
        Ok(program) => exec(program, args, handoff.as_ref()),
        Err(e) => e,
    };
    log::error!("the window could not be opened: {error}");
    notify::show(
        "Volvo Beacon could not open its window".into(),
        format!("{error}. Reinstalling Volvo Beacon should fix this."),
    );
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
fn exec(program: PathBuf, args: &[String], handoff: Option<&Handoff>) -> std::io::Error {
    let mut command = std::process::Command::new(program);
    command.args(args);
    if let Some(handoff) = handoff {
        if handoff.mode == Mode::Demo && !args.iter().any(|a| a == DEMO_FLAG) {
            command.arg(DEMO_FLAG);
        }
        match handoff.to_checked_json() {
            Ok(json) => {
                command.env(handoff::ENV, json);
            }
            Err(e) => log::warn!("the cars are fetched again: {e}"),
        }
    }
    if GL_OFF_BY_US.load(Ordering::SeqCst) {
        command.env_remove("GDK_GL");
    }
    log::info!("opening the window");
    // The single-instance lock and socket are close-on-exec: the window's process takes them
    // afresh, and a launch meanwhile waits for it.
    command.exec()
}
