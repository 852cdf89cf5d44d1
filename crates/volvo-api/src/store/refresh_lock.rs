//! One refresh at a time across processes. The app, the `beacon` CLI and any script share the
//! refresh token in the keychain, and Volvo ID rotates it on every use: two processes that read
//! the same token and both refresh with it would send Volvo ID a dead token, and the loser would
//! take Volvo's `invalid_grant` for the end of the sign-in. So a refresh holds an advisory lock
//! on a file from reading the token through saving the rotated one; the next process then reads
//! the token its predecessor saved. The OS releases the lock when the holder ends, however it
//! ends, so a killed process cannot leave it stuck.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::file_lock::{self, HeldLock};
use super::private_files::{create_private_dir_all, per_profile_name};
use crate::Error;

/// Longer than any one refresh takes (the token request's own timeout, then the keychain
/// write), so waiting this long means something is wrong with the holder.
const LONGEST_WAIT: Duration = Duration::from_secs(60);

/// The lock shared by every process that uses one keychain profile's refresh token.
#[derive(Debug, Clone)]
pub struct RefreshLock {
    path: PathBuf,
}

impl RefreshLock {
    /// The lock for keychain profile `profile` (`""`: the normal one), in the user's runtime
    /// folder (`$XDG_RUNTIME_DIR` on Linux), or else the user's own cache folder: never a
    /// folder other users share, where one user's lock file would lock the others out.
    pub fn for_profile(profile: &str) -> RefreshLock {
        let dirs = directories::BaseDirs::new();
        let dir = dirs
            .as_ref()
            .and_then(|d| d.runtime_dir().map(Path::to_path_buf))
            .or_else(|| dirs.as_ref().map(|d| d.cache_dir().join("volvo-beacon")))
            .unwrap_or_else(std::env::temp_dir);
        RefreshLock {
            path: dir.join(file_name(profile)),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Waits for the lock. Blocking: call it from `spawn_blocking`.
    pub fn acquire(&self) -> Result<HeldLock, Error> {
        if let Some(dir) = self.path.parent() {
            // The cache folder may not exist yet; the runtime folder always does.
            let _ = create_private_dir_all(dir);
        }
        file_lock::lock(&self.path, LONGEST_WAIT).map_err(|detail| Error::Keychain {
            detail: format!("the sign-in was not renewed: {detail}. Try again in a moment"),
        })
    }
}

/// One file per profile.
fn file_name(profile: &str) -> String {
    per_profile_name("volvo-beacon-refresh", profile, ".lock")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_get_their_own_file_with_a_safe_name() {
        assert_eq!(file_name(""), "volvo-beacon-refresh.lock");
        assert_eq!(
            file_name("test-1/../x y"),
            "volvo-beacon-refresh-test-1____x_y.lock"
        );
    }
}
