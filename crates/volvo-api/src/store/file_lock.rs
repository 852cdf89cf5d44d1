//! Advisory locks on files, shared by every Beacon process of a user: the app, the CLI and
//! scripts. The OS releases a lock when its holder ends, however it ends, so a killed process
//! cannot leave one stuck; waiting is bounded all the same.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

const POLL: Duration = Duration::from_millis(25);

/// Held while it lives; dropping it (closing the file) releases the lock.
#[derive(Debug)]
pub struct HeldLock {
    _file: File,
}

/// Waits up to `longest` for the lock on `path` (created if missing). Blocking. The error is
/// plain words for the end of a sentence.
pub(super) fn lock(path: &Path, longest: Duration) -> Result<HeldLock, String> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| format!("could not open {}: {e}", path.display()))?;
    let deadline = Instant::now() + longest;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(HeldLock { _file: file }),
            Err(TryLockError::WouldBlock) if Instant::now() < deadline => std::thread::sleep(POLL),
            Err(TryLockError::WouldBlock) => {
                return Err(format!(
                    "another Beacon process has held {} for over {} s",
                    path.display(),
                    longest.as_secs()
                ))
            }
            Err(TryLockError::Error(e)) => {
                return Err(format!("could not lock {}: {e}", path.display()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::*;

    #[test]
    fn a_second_holder_waits_until_the_first_lets_go() {
        let dir = std::env::temp_dir().join(format!("beacon-lock-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("test.lock");
        let first = lock(&path, Duration::from_secs(5)).unwrap();
        let (tx, rx) = mpsc::channel();
        let other = path.clone();
        let waiter = std::thread::spawn(move || {
            let held = lock(&other, Duration::from_secs(5)).unwrap();
            tx.send(Instant::now()).unwrap();
            drop(held);
        });
        std::thread::sleep(Duration::from_millis(200));
        assert!(rx.try_recv().is_err(), "got the lock while it was held");
        let released = Instant::now();
        drop(first);
        let got = rx.recv_timeout(Duration::from_secs(5)).unwrap();
        assert!(got >= released);
        waiter.join().unwrap();
        // Bounded: a holder that never lets go is reported, not waited on forever.
        let stuck = lock(&path, Duration::from_secs(5)).unwrap();
        let err = lock(&path, Duration::from_millis(100)).unwrap_err();
        assert!(err.contains("another Beacon process"), "{err}");
        drop(stuck);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
