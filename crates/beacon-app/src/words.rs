//! What the catalogs' messages select on (beacon_i18n): a command as a message's `$command`;
//! the language the user sees; and errors kept as words to be read in it later.

use std::sync::atomic::{AtomicUsize, Ordering};
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

/// The language chosen in Account & setup, for the whole process: `NONE`, or a language's
/// place in [`Lang::ALL`]. One per process, so the tray, the notifications, the runs and the
/// page's errors (serialized where no core is at hand) all speak the same one.
static CHOSEN: AtomicUsize = AtomicUsize::new(NONE);
const NONE: usize = usize::MAX;

/// The language the user sees: the one chosen in Account & setup, else the system's.
pub fn language() -> Lang {
    chosen().unwrap_or_else(system_language)
}

/// The language chosen in Account & setup, if any.
pub(crate) fn chosen() -> Option<Lang> {
    Lang::ALL.get(CHOSEN.load(Ordering::Relaxed)).copied()
}

/// The system's language, read once per process.
pub fn system_language() -> Lang {
    static SYSTEM: OnceLock<Lang> = OnceLock::new();
    *SYSTEM.get_or_init(Lang::from_system)
}

/// From now on the process speaks `chosen` (`None`: the system's language).
pub(crate) fn choose(chosen: Option<Lang>) {
    let at = chosen.and_then(|lang| Lang::ALL.iter().position(|l| *l == lang));
    CHOSEN.store(at.unwrap_or(NONE), Ordering::Relaxed);
}

/// An error of Volvo's, to be read later in whatever language is asked for.
pub(crate) fn of_api_error(error: volvo_api::Error) -> Words {
    Words::new(move |lang| error.message(lang))
}

/// An error of the app's, to be read later in whatever language is asked for.
pub(crate) fn of_error(error: AppError) -> Words {
    Words::new(move |lang| error.message(lang))
}
