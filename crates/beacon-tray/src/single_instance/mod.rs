//! One Volvo Beacon per user on Linux, for the window's process and the tray-only one alike.
//! The first process takes an exclusive lock on `<identifier>.lock` in the user's runtime
//! folder and listens on `<identifier>.sock` beside it; a later one, finding the lock taken,
//! sends its arguments over the socket, waits for the answer and exits.
//!
//! The lock, not the socket, says who runs: the kernel drops it when its holder dies, crashes
//! or execs (both descriptors are close-on-exec), so a socket file left behind never keeps the
//! next launch out and two launches at once never both win.

use std::fs::{self, DirBuilder, File, OpenOptions, TryLockError};
use std::io::{self, ErrorKind, Read, Write};
use std::net::Shutdown;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

/// How long a later launch keeps trying to reach the running app: long enough for it to go
/// from taking the lock to listening, or to come back from the tray-only restart.
const REACH_WITHIN: Duration = Duration::from_secs(10);
const RETRY_AFTER: Duration = Duration::from_millis(50);
/// For one side of a connection that stops talking; nothing legitimate comes near it.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);
/// Far above any real command line; what a broken or hostile writer can make us read.
const LONGEST_LAUNCH: u64 = 256 * 1024;
const TAKEN: &[u8] = b"ok\n";

/// What a later launch hands over: what the plugin on the other systems hands over too.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Launch {
    pub argv: Vec<String>,
    pub cwd: String,
}

impl Launch {
    pub fn of_this_process() -> Launch {
        Launch {
            argv: std::env::args_os()
                .map(|a| a.to_string_lossy().into_owned())
                .collect(),
            cwd: std::env::current_dir()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
        }
    }
}

pub struct Place {
    lock: PathBuf,
    socket: PathBuf,
}

pub enum Claim {
    First(First),
    /// The running app took this launch's arguments.
    HandedOver,
}

/// This process is the one that runs; it holds the lock for as long as it listens.
pub struct First {
    listener: UnixListener,
    lock: File,
}

impl Place {
    pub fn for_app(identifier: &str) -> io::Result<Place> {
        Ok(Place::in_folder(&runtime_folder()?, identifier))
    }

    pub fn in_folder(folder: &Path, identifier: &str) -> Place {
        Place {
            lock: folder.join(format!("{identifier}.lock")),
            socket: folder.join(format!("{identifier}.sock")),
        }
    }

    pub fn claim(&self, launch: &Launch) -> io::Result<Claim> {
        let deadline = Instant::now() + REACH_WITHIN;
        loop {
            let lock = OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .mode(0o600)
                .open(&self.lock)?;
            match lock.try_lock() {
                Ok(()) => return self.listen(lock).map(Claim::First),
                Err(TryLockError::WouldBlock) => {}
                Err(TryLockError::Error(e)) => return Err(e),
            }
            match UnixStream::connect(&self.socket).and_then(|stream| hand_over(stream, launch)) {
                Ok(()) => return Ok(Claim::HandedOver),
                // The running app has the lock but is not listening yet, or is becoming the
                // other of its two programs (its exec let go of both, possibly with this
                // launch unread: it answers before it acts, so no answer means nothing was
                // done): ask the lock again in a moment.
                Err(e) if Instant::now() < deadline && not_listening(&e) => {
                    std::thread::sleep(RETRY_AFTER);
                }
                Err(e) => {
                    return Err(io::Error::new(
                        e.kind(),
                        format!("Volvo Beacon is running but could not be reached: {e}"),
                    ))
                }
            }
        }
    }

    fn listen(&self, lock: File) -> io::Result<First> {
        // Whoever left a socket here has died: only the lock's holder binds, and that is us.
        match fs::remove_file(&self.socket) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        let listener = UnixListener::bind(&self.socket)?;
        Ok(First { listener, lock })
    }
}

impl First {
    /// Answers later launches on a thread of its own (asleep in `accept` between them).
    pub fn serve(self, on_launch: impl Fn(Launch) + Send + 'static) -> io::Result<()> {
        std::thread::Builder::new()
            .name("single-instance".into())
            .spawn(move || {
                let First { listener, lock } = self;
                for stream in listener.incoming() {
                    match stream.and_then(receive) {
                        Ok((launch, mut stream)) => {
                            // Answered first: what the launch asks for may end this process
                            // (the tray-only one opens the window with an exec), and the later
                            // launch exits when it reads this, whatever comes of it.
                            let _ = stream.write_all(TAKEN);
                            drop(stream);
                            on_launch(launch);
                        }
                        Err(e) => log::warn!("a second launch could not be read: {e}"),
                    }
                }
                drop(lock);
            })
            .map(drop)
    }
}

fn receive(mut stream: UnixStream) -> io::Result<(Launch, UnixStream)> {
    stream.set_read_timeout(Some(ANSWER_WITHIN))?;
    stream.set_write_timeout(Some(ANSWER_WITHIN))?;
    let mut message = Vec::new();
    (&mut stream)
        .take(LONGEST_LAUNCH + 1)
        .read_to_end(&mut message)?;
    if message.len() as u64 > LONGEST_LAUNCH {
        return Err(io::Error::new(
            ErrorKind::InvalidData,
            "the launch is too long",
        ));
    }
    let launch =
        serde_json::from_slice(&message).map_err(|e| io::Error::new(ErrorKind::InvalidData, e))?;
    Ok((launch, stream))
}

fn hand_over(mut stream: UnixStream, launch: &Launch) -> io::Result<()> {
    stream.set_read_timeout(Some(ANSWER_WITHIN))?;
    stream.set_write_timeout(Some(ANSWER_WITHIN))?;
    let message = serde_json::to_vec(launch).map_err(io::Error::other)?;
    stream.write_all(&message)?;
    stream.shutdown(Shutdown::Write)?;
    let mut answer = Vec::new();
    stream.take(TAKEN.len() as u64).read_to_end(&mut answer)?;
    if answer.is_empty() {
        return Err(io::Error::new(
            ErrorKind::UnexpectedEof,
            "the running Volvo Beacon closed the connection without an answer",
        ));
    }
    if answer != TAKEN {
        return Err(io::Error::other(
            "the running Volvo Beacon did not take this launch's arguments",
        ));
    }
    Ok(())
}

fn not_listening(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::NotFound
            | ErrorKind::ConnectionRefused
            | ErrorKind::ConnectionReset
            | ErrorKind::BrokenPipe
            | ErrorKind::UnexpectedEof
    )
}

/// `XDG_RUNTIME_DIR` (the user's own folder for sockets, emptied at logout); without one, a
/// folder of ours in the temporary folder. Either must belong to this user and let nobody else
/// in, since whoever can reach the socket can hand the app a sign-in link.
fn runtime_folder() -> io::Result<PathBuf> {
    let folder = match std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from) {
        Some(folder) if folder.is_absolute() => folder,
        _ => {
            let folder = std::env::temp_dir().join(format!("volvo-beacon-{}", user_id()));
            match DirBuilder::new().mode(0o700).create(&folder) {
                Ok(()) => {}
                Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
            folder
        }
    };
    check_private(&folder)?;
    Ok(folder)
}

fn check_private(folder: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(folder)?;
    if !meta.is_dir() || meta.uid() != user_id() || meta.mode() & 0o077 != 0 {
        return Err(io::Error::new(
            ErrorKind::PermissionDenied,
            format!("{} is not a private folder of this user", folder.display()),
        ));
    }
    Ok(())
}

fn user_id() -> u32 {
    // SAFETY: getuid(2) cannot fail and touches no memory of ours.
    unsafe { libc::getuid() }
}

#[cfg(test)]
mod tests;
