//! The words Volvo Beacon shows, in the user's language. One Fluent catalog per language
//! (`locales/<code>/*.ftl`, compiled into the program: an installed app has no folder to find
//! them in), English, Swedish and German, and the choice among them from the system's
//! settings. Plurals come from the language's rules; a message missing from a catalog falls
//! back to English, and the tests keep every catalog complete.
//!
//! ```
//! use beacon_i18n::{t, Lang};
//! assert_eq!(t!(Lang::Sv, "tray-quit"), "Avsluta");
//! assert_eq!(
//!     t!(Lang::Sv, "shortcut-press-again", keys = "Ctrl+Alt+H", seconds = 10, car = "XC40"),
//!     "Tryck Ctrl+Alt+H igen inom 10 sekunder så tutar och blinkar XC40."
//! );
//! ```

mod catalog;
mod lang;
mod page;
mod system;
mod words;

pub use catalog::Arg;
pub use lang::Lang;
pub use page::{page_words, PageMessage, PageWords, Part};
pub use words::Words;

/// `t!(lang, "message-id")` or `t!(lang, "message-id", name = value, …)`: the message in
/// `lang`, its `{ $name }` variables filled with the values (text or numbers).
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::Lang::text($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::Lang::text($lang, $id, &[$((stringify!($name), $crate::Arg::from($value))),+])
    };
}
