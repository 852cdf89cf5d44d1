//! The user's languages as the system keeps them.

use crate::Lang;

pub(crate) fn preferred_language() -> Lang {
    first_spoken(&preferred_tags())
}

/// The first of `tags` Beacon speaks; English when it speaks none of them.
pub(crate) fn first_spoken(tags: &[String]) -> Lang {
    tags.iter().find_map(|t| Lang::parse(t)).unwrap_or(Lang::En)
}

/// The system's tag for `lang` in BCP 47 with its region (`en-GB`, `de-AT`), so dates and
/// numbers read the way the user's region writes them; the bare code when the system names no
/// region for that language.
pub(crate) fn region_tag(lang: Lang) -> String {
    region_of(&preferred_tags(), lang)
}

pub(crate) fn region_of(tags: &[String], lang: Lang) -> String {
    tags.iter()
        .filter(|t| Lang::parse(t) == Some(lang))
        .find_map(|t| with_region(t))
        .unwrap_or_else(|| lang.code().to_owned())
}

/// `en_GB.UTF-8`, `de-AT@euro` → `en-GB`, `de-AT`; `None` without a two-letter region.
fn with_region(tag: &str) -> Option<String> {
    let base = tag.split(['.', '@']).next()?;
    let mut parts = base.split(['_', '-']);
    let language = parts.next()?.to_ascii_lowercase();
    let region = parts.next()?;
    (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| format!("{language}-{}", region.to_ascii_uppercase()))
}

#[cfg(any(windows, target_os = "macos"))]
fn preferred_tags() -> Vec<String> {
    sys_locale::get_locales().collect()
}

#[cfg(not(any(windows, target_os = "macos")))]
fn preferred_tags() -> Vec<String> {
    from_environment(|name| std::env::var(name).ok())
}

/// gettext's order: the locale for messages is the first set of `LC_ALL`, `LC_MESSAGES` and
/// `LANG`. Unless that locale is `C` or `POSIX` (no language chosen, whatever else is set),
/// `LANGUAGE`, a list of languages in order of preference, replaces it: the first one spoken
/// wins, and none spoken means English, not the locale's language.
#[cfg_attr(any(windows, target_os = "macos"), allow(dead_code))]
pub(crate) fn from_environment(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let locale = set("LC_ALL")
        .or_else(|| set("LC_MESSAGES"))
        .or_else(|| set("LANG"));
    let Some(locale) = locale.filter(|l| l != "C" && l != "POSIX") else {
        return Vec::new();
    };
    match set("LANGUAGE") {
        Some(list) => list.split(':').map(str::to_owned).collect(),
        None => vec![locale],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_comes_from_the_systems_tag_for_the_language() {
        let tags = |list: &[&str]| list.iter().map(|t| (*t).to_owned()).collect::<Vec<_>>();
        assert_eq!(region_of(&tags(&["en_GB.UTF-8"]), Lang::En), "en-GB");
        assert_eq!(
            region_of(&tags(&["de_AT@euro", "en_US"]), Lang::De),
            "de-AT"
        );
        assert_eq!(
            region_of(&tags(&["de_DE", "en_IE.UTF-8"]), Lang::En),
            "en-IE"
        );
        assert_eq!(region_of(&tags(&["sv"]), Lang::Sv), "sv");
        assert_eq!(region_of(&tags(&["C.UTF-8"]), Lang::En), "en");
        assert_eq!(region_of(&tags(&["fi_FI"]), Lang::Sv), "sv");
    }

    fn language_of(vars: &[(&str, &str)]) -> Lang {
        let tags = from_environment(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        });
        first_spoken(&tags)
    }

    #[test]
    fn the_locale_for_messages_is_the_first_set_of_lc_all_lc_messages_and_lang() {
        assert_eq!(language_of(&[("LANG", "sv_SE.UTF-8")]), Lang::Sv);
        assert_eq!(
            language_of(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")]),
            Lang::De
        );
        assert_eq!(
            language_of(&[("LC_ALL", "sv_SE.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")]),
            Lang::Sv
        );
        assert_eq!(
            language_of(&[("LANG", ""), ("LC_MESSAGES", "de_DE")]),
            Lang::De
        );
    }

    #[test]
    fn language_lists_preferences_before_the_locale_and_the_first_spoken_one_wins() {
        assert_eq!(
            language_of(&[("LANG", "en_US.UTF-8"), ("LANGUAGE", "sv:en")]),
            Lang::Sv
        );
        // Norwegian first: Beacon does not speak it, so the next one.
        assert_eq!(
            language_of(&[("LANG", "nb_NO.UTF-8"), ("LANGUAGE", "nb:de:en")]),
            Lang::De
        );
        // None of the list spoken: English, as gettext would, not the locale's language.
        assert_eq!(
            language_of(&[("LANG", "sv_SE.UTF-8"), ("LANGUAGE", "nb:fi")]),
            Lang::En
        );
        // C.UTF-8 is a locale of its own, not "C": the list counts.
        assert_eq!(
            language_of(&[("LANG", "C.UTF-8"), ("LANGUAGE", "de")]),
            Lang::De
        );
    }

    #[test]
    fn no_language_chosen_or_one_beacon_does_not_speak_is_english() {
        assert_eq!(language_of(&[]), Lang::En);
        assert_eq!(language_of(&[("LANG", "C"), ("LANGUAGE", "sv")]), Lang::En);
        assert_eq!(
            language_of(&[("LC_ALL", "POSIX"), ("LANG", "de_DE")]),
            Lang::En
        );
        assert_eq!(language_of(&[("LANG", "fi_FI.UTF-8")]), Lang::En);
        assert_eq!(language_of(&[("LANG", "C.UTF-8")]), Lang::En);
    }
}
