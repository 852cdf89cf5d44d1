//! The languages Beacon speaks, and how a language tag from the system or the user names one.

use std::fmt;

use crate::catalog::{self, Arg};
use crate::system;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Sv,
    De,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Sv, Lang::De];

    /// The language's code, as settings and `--lang` take it: `en`, `sv`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::De => "de",
        }
    }

    /// The language's own name for itself, for a list to choose from.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "Svenska",
            Lang::De => "Deutsch",
        }
    }

    /// The language a tag names, in any of the forms systems write them: `sv`, `sv-SE`,
    /// `sv_SE.UTF-8`, `de_AT@euro`, `EN-gb`. `None` for a language Beacon does not speak, and
    /// for `C` / `POSIX` (no language chosen).
    pub fn parse(tag: &str) -> Option<Lang> {
        let language = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    /// The system's language if Beacon speaks it, else English. On Linux and other Unixes
    /// from `LANGUAGE`, `LC_ALL`, `LC_MESSAGES` and `LANG` as gettext reads them; on Windows
    /// and macOS from the OS's list of preferred languages.
    pub fn from_system() -> Lang {
        system::preferred_language()
    }

    /// This language as the system writes it, with its region where it names one (`en-GB`,
    /// `de-AT`; else `en`, `de`): for dates, times and numbers.
    pub fn locale(self) -> String {
        system::region_tag(self)
    }

    /// Message `id` in this language with `args` filled in (see [`crate::t!`]).
    pub fn text(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        catalog::format(self, id, args)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_in_the_forms_systems_write_them() {
        for (tag, lang) in [
            ("sv", Some(Lang::Sv)),
            ("sv-SE", Some(Lang::Sv)),
            ("sv_FI.UTF-8", Some(Lang::Sv)),
            ("de_AT@euro", Some(Lang::De)),
            ("DE-ch", Some(Lang::De)),
            ("en_GB.UTF-8", Some(Lang::En)),
            (" en ", Some(Lang::En)),
            ("nb_NO.UTF-8", None),
            ("C", None),
            ("POSIX", None),
            ("C.UTF-8", None),
            ("", None),
        ] {
            assert_eq!(Lang::parse(tag), lang, "{tag:?}");
        }
    }
}
