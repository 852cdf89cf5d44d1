//! Writing the app's own small files: owner-only, and never half a file after a crash or a
//! full disk (see `volvo_api::store::write_private`, which the settings file uses too).

use std::path::Path;

pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    volvo_api::store::write_private(path, bytes)
}
