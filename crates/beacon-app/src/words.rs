//! What the catalogs' messages select on (beacon_i18n): a command as a message's `$command`;
//! the language the user sees; and errors kept as words to be read in it later.

use std::sync::OnceLock;

use beacon_i18n::{Lang, Words};
use volvo_api::Command;

use crate::AppError;

/// `flash`, `honk` or `honk-and-flash`: the variants a message has for each command.
pub fn command(command: Command) -> &'static str {
    match command {
        Command::Flash => "flash",
        Command::Honk => "honk",
        Command::HonkAndFlash => "honk-and-flash",
    }
}

/// The language the user sees: the system's, read once per process, so the tray, the
/// notifications and the page's errors all speak the same one.
pub fn language() -> Lang {
    static LANGUAGE: OnceLock<Lang> = OnceLock::new();
    *LANGUAGE.get_or_init(Lang::from_system)
}

/// An error of Volvo's, to be read later in whatever language is asked for.
pub(crate) fn of_api_error(error: volvo_api::Error) -> Words {
    Words::new(move |lang| error.message(lang))
}

/// An error of the app's, to be read later in whatever language is asked for.
pub(crate) fn of_error(error: AppError) -> Words {
    Words::new(move |lang| error.message(lang))
}
