//! GTK for a program that draws nothing with GL.

use std::sync::atomic::{AtomicBool, Ordering};

/// Set when this program turned GTK's GL off itself: the window's program decides again.
static GL_OFF_BY_US: AtomicBool = AtomicBool::new(false);

/// GTK opens GLX when it opens the display (to pick its visuals), which maps the system's GL
/// driver (Mesa's software one brings all of LLVM) for the life of the process; nothing here
/// draws with GL. Must run before GTK starts, and before any thread does.
pub(super) fn turn_gl_off() {
    if std::env::var_os("GDK_GL").is_none() {
        std::env::set_var("GDK_GL", "disable");
        GL_OFF_BY_US.store(true, Ordering::SeqCst);
    }
}

/// Takes back [`turn_gl_off`] for a program this one execs.
pub(super) fn restore_gl(command: &mut std::process::Command) {
    if GL_OFF_BY_US.load(Ordering::SeqCst) {
        command.env_remove("GDK_GL");
    }
}
