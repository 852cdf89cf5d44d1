//! What the catalogs' messages select on (beacon_i18n): a command as a message's `$command`.

use volvo_api::Command;

/// `flash`, `honk` or `honk-and-flash`: the variants a message has for each command.
pub fn command(command: Command) -> &'static str {
    match command {
        Command::Flash => "flash",
        Command::Honk => "honk",
        Command::HonkAndFlash => "honk-and-flash",
    }
}
