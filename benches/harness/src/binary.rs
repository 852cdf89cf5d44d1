//! Binary size: a stripped copy of each release binary (`strip` on a copy, whatever the
//! profile did), and the one release profile both are built with.

use std::path::Path;
use std::process::Command;

use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct Size {
    pub file_mib: f64,
    pub stripped_mib: f64,
}

const MIB: f64 = 1024.0 * 1024.0;

pub fn stripped_size(binary: &Path, scratch: &Path) -> Result<Size, String> {
    let file = std::fs::metadata(binary)
        .map_err(|e| format!("{}: {e}", binary.display()))?
        .len();
    std::fs::create_dir_all(scratch).map_err(|e| e.to_string())?;
    let name = binary.file_name().unwrap_or_default().to_string_lossy();
    let copy = scratch.join(format!("{name}.stripped"));
    let status = Command::new("strip")
        .arg("--strip-all")
        .arg("-o")
        .arg(&copy)
        .arg(binary)
        .status()
        .map_err(|e| format!("strip: {e}"))?;
    if !status.success() {
        return Err(format!("strip {} failed", binary.display()));
    }
    let stripped = std::fs::metadata(&copy).map_err(|e| e.to_string())?.len();
    let _ = std::fs::remove_file(&copy);
    Ok(Size {
        file_mib: file as f64 / MIB,
        stripped_mib: stripped as f64 / MIB,
    })
}

/// The workspace's `[profile.release]` as `CARGO_PROFILE_RELEASE_*` variables, one
/// `NAME=value` a line: scripts/bench builds the baseline with them, so both binaries always
/// come from the same release profile, however the workspace's changes.
pub fn release_profile_env(workspace: &Path) -> Result<Vec<String>, String> {
    let text =
        std::fs::read_to_string(workspace).map_err(|e| format!("{}: {e}", workspace.display()))?;
    let doc: toml::Value =
        toml::from_str(&text).map_err(|e| format!("{}: {e}", workspace.display()))?;
    let Some(profile) = doc
        .get("profile")
        .and_then(|p| p.get("release"))
        .and_then(|r| r.as_table())
    else {
        return Ok(Vec::new());
    };
    let mut lines = Vec::new();
    for (key, value) in profile {
        let value = match value {
            toml::Value::String(s) => s.clone(),
            toml::Value::Integer(i) => i.to_string(),
            toml::Value::Boolean(b) => b.to_string(),
            // Per-package overrides and the like have no one-line form; they are not copied.
            other => {
                eprintln!("beacon-bench: [profile.release] {key} = {other} is not passed on");
                continue;
            }
        };
        let name = key.to_uppercase().replace('-', "_");
        lines.push(format!("CARGO_PROFILE_RELEASE_{name}={value}"));
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_profile_becomes_cargo_variables() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = dir.path().join("Cargo.toml");
        std::fs::write(
            &manifest,
            "[profile.release]\nlto = \"fat\"\ncodegen-units = 1\nstrip = true\nopt-level = \"s\"\n",
        )
        .unwrap();
        assert_eq!(
            release_profile_env(&manifest).unwrap(),
            [
                "CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1",
                "CARGO_PROFILE_RELEASE_LTO=fat",
                "CARGO_PROFILE_RELEASE_OPT_LEVEL=s",
                "CARGO_PROFILE_RELEASE_STRIP=true",
            ]
        );
    }
}
