//! Command names, the URL path segment each is invoked at, and the scope each needs.

/// (name, path segment, scope). Segments follow the real API, which does not derive them
/// mechanically from the names (`HONK_AND_FLASH` is `honk-flash`).
const KNOWN: &[(&str, &str, &str)] = &[
    ("HONK_AND_FLASH", "honk-flash", "conve:honk_flash"),
    ("HONK", "honk", "conve:honk_flash"),
    ("FLASH", "flash", "conve:honk_flash"),
    ("LOCK", "lock", "conve:lock"),
    ("LOCK_REDUCED_GUARD", "lock-reduced-guard", "conve:lock"),
    ("UNLOCK", "unlock", "conve:unlock"),
    ("ENGINE_START", "engine-start", "conve:engine_start_stop"),
    ("ENGINE_STOP", "engine-stop", "conve:engine_start_stop"),
    (
        "CLIMATIZATION_START",
        "climatization-start",
        "conve:climatization_start_stop",
    ),
    (
        "CLIMATIZATION_STOP",
        "climatization-stop",
        "conve:climatization_start_stop",
    ),
    (
        "SEND_NAVI_POI",
        "navi-point-of-interest",
        "conve:navigation",
    ),
];

pub(crate) fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// Whether a scenario's own path for a command is one plain path segment.
pub(crate) fn is_segment(path: &str) -> bool {
    !path.is_empty()
        && path
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Names a scenario invents (Volvo adds commands over time) get `lower-kebab` segments.
pub(crate) fn segment(name: &str) -> String {
    match KNOWN.iter().find(|(n, _, _)| *n == name) {
        Some((_, seg, _)) => seg.to_string(),
        None => name.to_ascii_lowercase().replace('_', "-"),
    }
}

/// Invented names get an invented scope, so only a token minted with it can call them.
pub(crate) fn scope(name: &str) -> String {
    match KNOWN.iter().find(|(n, _, _)| *n == name) {
        Some((_, _, scope)) => scope.to_string(),
        None => format!("conve:{}", name.to_ascii_lowercase()),
    }
}

/// The command a path segment invokes: a well-known one, or one that some car in the scenario
/// lists. `None` means no such route exists at all.
pub(crate) fn name_for_segment<'a>(
    seg: &str,
    scenario_commands: impl Iterator<Item = &'a String>,
) -> Option<String> {
    if let Some((name, _, _)) = KNOWN.iter().find(|(_, s, _)| *s == seg) {
        return Some(name.to_string());
    }
    scenario_commands
        .into_iter()
        .find(|name| segment(name) == seg)
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_follow_the_real_paths() {
        assert_eq!(segment("HONK_AND_FLASH"), "honk-flash");
        assert_eq!(segment("CLIMATIZATION_START"), "climatization-start");
        assert_eq!(segment("WINDOW_CLOSE"), "window-close");
        let custom = ["WINDOW_CLOSE".to_string()];
        assert_eq!(
            name_for_segment("window-close", custom.iter()).as_deref(),
            Some("WINDOW_CLOSE")
        );
        assert_eq!(name_for_segment("honk-and-flash", custom.iter()), None);
    }
}
