//! Where each value of a run comes from, one order for the `beacon` CLI and the desktop app:
//! what the person gave ([`Given`]: a flag or its environment variable), else what setup
//! stored (the settings file for addresses and the client id, the keychain for keys and the
//! client secret), else Volvo's default. Stored values are read only when nothing was given,
//! so a fully configured environment never needs the settings file or a keychain.

mod given;
mod order;

pub use given::{env, Given};

/// Pasted values often carry a stray newline; an all-blank value counts as missing.
pub fn non_blank(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}
