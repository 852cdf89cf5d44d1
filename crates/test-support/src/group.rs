//! Child processes that die with their owner, panics included. Each is started in a process
//! group of its own and the whole group is ended on drop: tauri-driver starts WebKitWebDriver,
//! which starts the app, which starts WebKit's helpers; gnome-keyring-daemon daemonizes but
//! stays in the group. Killing only the direct child would leave all of those running.

use std::os::unix::process::CommandExt as _;
use std::process::{Child, ChildStdout, Command, ExitStatus};
use std::time::{Duration, Instant};

/// How long a group gets to shut down cleanly before it is killed.
const GRACE: Duration = Duration::from_secs(3);

pub struct ProcessGroup {
    child: Child,
}

impl ProcessGroup {
    pub fn spawn(what: &str, command: &mut Command) -> Result<ProcessGroup, String> {
        command
            .process_group(0)
            .spawn()
            .map(|child| ProcessGroup { child })
            .map_err(|e| format!("cannot start {what}: {e}"))
    }

    /// `Some` once the direct child has exited.
    pub fn exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// The process group's id: its leader's pid.
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    pub fn take_stdout(&mut self) -> ChildStdout {
        self.child.stdout.take().expect("stdout is piped")
    }

    fn signal(&self, signal: libc::c_int) {
        let Ok(pgid) = libc::pid_t::try_from(self.child.id()) else {
            return;
        };
        // SAFETY: kill(2) with a negative pid signals that process group and touches no memory.
        unsafe {
            libc::kill(-pgid, signal);
        }
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        self.signal(libc::SIGTERM);
        let deadline = Instant::now() + GRACE;
        while self.exited().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        // Whatever is left in the group (a daemon, a helper that ignored SIGTERM) goes too.
        self.signal(libc::SIGKILL);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
