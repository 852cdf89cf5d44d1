//! Where the Connected Vehicle API lives on the simulator, and reading its paths: shared by
//! the routes (api.rs), faults, and the state that hands out the API's address.

pub(crate) const PREFIX: &str = "/connected-vehicle/v2";

/// Whether a request sends a command to a car.
pub(crate) fn is_command(method: &str, path: &str) -> bool {
    method == "POST" && vehicle_part(path).is_some_and(|rest| rest.contains("/commands/"))
}

/// What follows `/connected-vehicle/v2/vehicles/` in an API path.
pub(crate) fn vehicle_part(path: &str) -> Option<&str> {
    path.strip_prefix(PREFIX)?.strip_prefix("/vehicles/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_paths() {
        assert!(is_command(
            "POST",
            "/connected-vehicle/v2/vehicles/V/commands/honk"
        ));
        assert!(!is_command(
            "GET",
            "/connected-vehicle/v2/vehicles/V/commands/honk"
        ));
        assert!(!is_command("POST", "/as/token.oauth2"));
    }
}
