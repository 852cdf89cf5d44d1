//! The catalogs: each language's Fluent files, parsed once on first use and shared by every
//! thread.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::Lang;

macro_rules! files {
    ($code:literal) => {
        [
            (
                "tray.ftl",
                include_str!(concat!("../locales/", $code, "/tray.ftl")),
            ),
            (
                "page.ftl",
                include_str!(concat!("../locales/", $code, "/page.ftl")),
            ),
            (
                "cli.ftl",
                include_str!(concat!("../locales/", $code, "/cli.ftl")),
            ),
            (
                "messages.ftl",
                include_str!(concat!("../locales/", $code, "/messages.ftl")),
            ),
        ]
    };
}

/// Each language's files, in the order of [`Lang::ALL`]. One file per part of the app.
pub(crate) const SOURCES: [(Lang, &[(&str, &str)]); 3] = [
    (Lang::En, &files!("en")),
    (Lang::Sv, &files!("sv")),
    (Lang::De, &files!("de")),
];

/// A value for a message's variable: text, or a number (which plural rules select on).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                // Counts and seconds: far inside f64's exact integers.
                #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
                Arg::Number(n as f64)
            }
        }
    )*};
}
numbers!(u8, u16, u32, u64, usize, i32, i64, f64);

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [const { OnceLock::new() }; 3];
    BUNDLES[lang.index()].get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().expect("a valid language code");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around values: every language here runs left to right, and
    // the marks would show as stray characters in terminals and some tray menus.
    bundle.set_use_isolating(false);
    let (_, files) = SOURCES[lang.index()];
    for (name, text) in files {
        // A file with errors still gives every message it could read; the tests keep the
        // catalogs free of errors.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
        if let Err(errors) = bundle.add_resource(resource) {
            debug_assert!(false, "{lang}/{name}: {errors:?}");
        }
    }
    bundle
}

pub(crate) fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.as_ref()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent.set(*name, value);
        }
        fluent
    });
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    // Only a message id the catalogs lack gets here, which the tests rule out: show the id
    // rather than nothing.
    id.to_owned()
}
