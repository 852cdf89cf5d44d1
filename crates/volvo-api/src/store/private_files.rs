//! Beacon's own small files (settings, history, the car-picture cache): they hold full VINs, so
//! on Unix they are created readable by their owner only (0600) in folders only the owner can
//! enter (0700). Writes go through a temporary file and one rename, flushed to disk with the
//! folder's entry, so a crash or a full disk leaves the old content or the new, never half.
//! On Windows and macOS the per-user folders are private already.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::auth::utc::rfc3339;

/// Writes `bytes` to `path` as described above, creating its folder.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::other("the path has no folder"))?;
    create_private_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
    let result = (|| {
        let mut file = private_options().open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// `<stem>` for the normal keychain profile (`""`), `<stem>-<profile>` for another, with the
/// profile reduced to characters every file system takes; then `ext`.
pub(super) fn per_profile_name(stem: &str, profile: &str, ext: &str) -> String {
    let profile: String = profile
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if profile.is_empty() {
        format!("{stem}{ext}")
    } else {
        format!("{stem}-{profile}{ext}")
    }
}

/// Moves an unreadable file out of the way, to `<name>.broken-<UTC time>` beside it (a name
/// every file system takes), so the next write cannot destroy what it held. Returns where.
pub fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let stamp: String = rfc3339(SystemTime::now())
        .chars()
        .filter(|c| !matches!(c, '-' | ':'))
        .collect();
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| io::Error::other("the path has no file name"))?;
    let mut aside = path.with_file_name(format!("{name}.broken-{stamp}"));
    let mut n = 1;
    while aside.exists() {
        n += 1;
        aside = path.with_file_name(format!("{name}.broken-{stamp}-{n}"));
    }
    fs::rename(path, &aside)?;
    if let Some(dir) = path.parent() {
        sync_dir(dir)?;
    }
    Ok(aside)
}

/// Creates `dir` and its missing parents, the ones created only for their owner. Folders that
/// exist already (a user's choice of `BEACON_CONFIG_DIR`, say) are left as they are.
pub fn create_private_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// The rename itself reaches the disk only with the folder's own entry.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("beacon-private-{name}-{}", uuid::Uuid::new_v4()))
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporaries() {
        let root = scratch("replace");
        let path = root.join("a/b/x.json");
        write_private(&path, b"one").unwrap();
        write_private(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read_dir(path.parent().unwrap()).unwrap().count(), 1);
        fs::remove_dir_all(root).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn files_are_the_owners_only_and_so_are_the_folders_made_for_them() {
        use std::os::unix::fs::PermissionsExt;
        let root = scratch("modes");
        fs::create_dir_all(&root).unwrap();
        fs::set_permissions(&root, fs::Permissions::from_mode(0o755)).unwrap();
        let path = root.join("made/here/history.json");
        write_private(&path, b"[]").unwrap();
        write_private(&path, b"[1]").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&root.join("made")), 0o700);
        assert_eq!(mode(&root.join("made/here")), 0o700);
        assert_eq!(mode(&root), 0o755, "an existing folder is left alone");
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn set_aside_keeps_the_content_under_a_dated_name() {
        let root = scratch("aside");
        let path = root.join("history.json");
        write_private(&path, b"{not json").unwrap();
        let first = set_aside(&path).unwrap();
        write_private(&path, b"{again").unwrap();
        let second = set_aside(&path).unwrap();
        assert_ne!(first, second);
        assert!(!path.exists());
        for (aside, content) in [(&first, b"{not json".as_slice()), (&second, b"{again")] {
            let name = aside.file_name().unwrap().to_str().unwrap();
            assert!(name.starts_with("history.json.broken-20"), "{name}");
            assert!(!name.contains(':'), "{name}");
            assert_eq!(fs::read(aside).unwrap(), content);
        }
        fs::remove_dir_all(root).unwrap();
    }
}
