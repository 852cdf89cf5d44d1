//! The commands this product sends, and how each maps to the API.

use std::fmt;

/// A light-and-sound command. Only these three are ever sent by Beacon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Command {
    Flash,
    Honk,
    HonkAndFlash,
}

impl Command {
    pub const ALL: [Command; 3] = [Command::Flash, Command::Honk, Command::HonkAndFlash];

    /// The name in Volvo's list-commands answer, e.g. `HONK_AND_FLASH`.
    pub fn api_name(self) -> &'static str {
        match self {
            Command::Flash => "FLASH",
            Command::Honk => "HONK",
            Command::HonkAndFlash => "HONK_AND_FLASH",
        }
    }

    /// The documented last path segment of the POST (`honk-flash`). A car's own command list
    /// may name another (`honk-and-flash` has been seen); [`crate::CommandTarget`] follows it.
    pub fn path_segment(self) -> &'static str {
        match self {
            Command::Flash => "flash",
            Command::Honk => "honk",
            Command::HonkAndFlash => "honk-flash",
        }
    }

    /// Words for people: "flash the lights".
    pub fn describe(self) -> &'static str {
        match self {
            Command::Flash => "flash the lights",
            Command::Honk => "honk the horn",
            Command::HonkAndFlash => "honk and flash",
        }
    }

    /// Accepts the API name (`HONK_AND_FLASH`) or the path/CLI form (`honk-flash`).
    pub fn parse(s: &str) -> Option<Command> {
        let norm = s.trim().to_ascii_uppercase().replace('-', "_");
        match norm.as_str() {
            "FLASH" => Some(Command::Flash),
            "HONK" => Some(Command::Honk),
            "HONK_AND_FLASH" | "HONK_FLASH" => Some(Command::HonkAndFlash),
            _ => None,
        }
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.api_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honk_flash_path_is_the_documented_one() {
        assert_eq!(Command::HonkAndFlash.path_segment(), "honk-flash");
    }

    #[test]
    fn parses_both_spellings() {
        assert_eq!(Command::parse("honk-flash"), Some(Command::HonkAndFlash));
        assert_eq!(
            Command::parse("HONK_AND_FLASH"),
            Some(Command::HonkAndFlash)
        );
        assert_eq!(Command::parse("flash"), Some(Command::Flash));
        assert_eq!(Command::parse("lock"), None);
    }
}
