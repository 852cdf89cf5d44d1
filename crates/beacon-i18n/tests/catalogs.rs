//! The catalogs are complete and consistent: every file parses without errors, every language
//! has every message of English with the same variables (and no others), every message the
//! code asks for exists, and every message exists for something the code asks for.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use beacon_i18n::{page_words, t, Arg, Lang, Part};
use fluent_syntax::ast;

const FILES: [&str; 4] = ["tray.ftl", PAGE, "cli.ftl", "messages.ftl"];
/// The page's file: the window formats it (ui/l10n.js), not Rust.
const PAGE: &str = "page.ftl";

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Each message of `lang`: its id and the variables it uses, with each select's variant keys
/// as `$var[key key …]` beside them.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for file in FILES {
        for (id, vars) in messages_in(lang, file) {
            assert!(out.insert(id.clone(), vars).is_none(), "{lang}: {id} twice");
        }
    }
    out
}

/// The messages of one file; an attribute is an entry of its own, `id.attribute`.
fn messages_in(lang: Lang, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = locales().join(lang.code()).join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{path:?} does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        for attribute in &message.attributes {
            let mut vars = BTreeSet::new();
            pattern_vars(&attribute.value, &mut vars);
            out.insert(format!("{id}.{}", attribute.id.name), vars);
        }
        if let Some(value) = &message.value {
            let mut vars = BTreeSet::new();
            pattern_vars(value, &mut vars);
            assert!(out.insert(id.clone(), vars).is_none(), "{lang}: {id} twice");
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys: Vec<String> = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    })
                    .collect();
                vars.insert(format!("${}[{}]", id.name, keys.join(" ")));
            }
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_of_english_with_the_same_variables_and_variants() {
    let english = messages(Lang::En);
    assert!(!english.is_empty());
    for lang in [Lang::Sv, Lang::De] {
        let theirs = messages(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !theirs.contains_key(*id))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(&theirs[id], vars, "{lang}: the variables of {id}");
        }
    }
}

/// Message ids in `t!(lang, "id"…)` calls of the workspace's Rust sources.
fn ids_in_code() -> BTreeMap<String, PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut found = BTreeMap::new();
    let mut dirs = vec![root.join("crates"), root.join("src-tauri/src")];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir:?}: {e}")) {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                // Not this crate: its tests ask for ids on purpose that do not exist.
                if !path.ends_with("target") && !path.ends_with("beacon-i18n") {
                    dirs.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = fs::read_to_string(&path).expect("a source file");
            for (at, _) in text.match_indices("t!(") {
                // `t!(`, not the end of `assert!(` or `format!(`.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let Some(id) = message_id(&text[at + "t!(".len()..]) else {
                    continue;
                };
                found.entry(id).or_insert_with(|| path.clone());
            }
        }
    }
    found
}

/// In the text after `t!(`: the string literal after the first comma outside brackets (the
/// language may be any expression, calls and strings in it included).
fn message_id(call: &str) -> Option<String> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut chars = call.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => in_string = !in_string,
            '\\' if in_string => {
                chars.next();
            }
            _ if in_string => {}
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return None,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                let rest = call[at + 1..].trim_start().strip_prefix('"')?;
                return Some(rest.chars().take_while(|&c| c != '"').collect());
            }
            _ => {}
        }
    }
    None
}

#[test]
fn ids_are_found_in_calls_whatever_the_language_expression() {
    assert_eq!(
        message_id(r#"lang, "tray-quit")"#).as_deref(),
        Some("tray-quit")
    );
    assert_eq!(
        message_id(r#"Lang::parse("sv").unwrap(), "tray-show", x = f(1, 2))"#).as_deref(),
        Some("tray-show")
    );
    assert_eq!(
        message_id("core.language(),\n        \"quit-waits-title\")").as_deref(),
        Some("quit-waits-title")
    );
    assert_eq!(message_id("lang) + 1"), None);
}

/// Message ids the page asks for: `data-l10n-id="…"` in its HTML and modules, and the first
/// argument of `t("…"` in its modules.
fn ids_in_page() -> BTreeMap<String, PathBuf> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui");
    let mut found = BTreeMap::new();
    for entry in fs::read_dir(&ui).unwrap_or_else(|e| panic!("{ui:?}: {e}")) {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|e| e != "js" && e != "html") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("a page file");
        for opener in ["data-l10n-id=\"", "t(\""] {
            for (at, _) in text.match_indices(opener) {
                let before = text[..at].chars().next_back();
                let in_a_name = before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
                if !opener.starts_with("data") && in_a_name {
                    continue;
                }
                let id: String = text[at + opener.len()..]
                    .chars()
                    .take_while(|&c| c != '"')
                    .collect();
                found.entry(id).or_insert_with(|| path.clone());
            }
        }
    }
    found
}

/// Message ids without their attribute: `close.aria-label` is message `close`.
fn base_ids(messages: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<String> {
    messages
        .keys()
        .map(|id| id.split('.').next().unwrap_or(id).to_owned())
        .collect()
}

fn check_asked_for(what: &str, catalog: &BTreeSet<String>, used: &BTreeMap<String, PathBuf>) {
    let unknown: Vec<_> = used
        .iter()
        .filter(|(id, _)| !catalog.contains(*id))
        .collect();
    assert!(
        unknown.is_empty(),
        "{what} asks for messages its catalog lacks: {unknown:?}"
    );
    let unused: Vec<_> = catalog
        .iter()
        .filter(|id| !used.contains_key(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "{what}'s catalog has messages never asked for: {unused:?}"
    );
}

/// English's messages of the files Rust formats (every file but the page's).
fn rust_messages() -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for file in FILES.iter().filter(|f| **f != PAGE) {
        out.extend(messages_in(Lang::En, file));
    }
    out
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_asked_for() {
    check_asked_for("the Rust code", &base_ids(&rust_messages()), &ids_in_code());
    let page = messages_in(Lang::En, PAGE);
    check_asked_for("the page", &base_ids(&page), &ids_in_page());
}

/// Plural categories: a select on them is a number's, not a choice among words.
const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
/// Variables a plural is selected on: numbers in every message that has them.
const NUMBERS: [&str; 2] = ["seconds", "count"];

/// The variant keys of each variable a message selects words on (`$command`, `$what`):
/// each key is a value the code passes.
fn choices(vars: &BTreeSet<String>) -> BTreeMap<&str, Vec<&str>> {
    vars.iter()
        .filter_map(|v| {
            let (name, keys) = v.strip_prefix('$')?.strip_suffix(']')?.split_once('[')?;
            let keys: Vec<&str> = keys.split(' ').collect();
            (!keys.iter().all(|k| PLURAL_KEYS.contains(k))).then_some((name, keys))
        })
        .collect()
}

/// Every message formats in every language with values for its variables: no message is left
/// with an unfilled `{`, each choice gives its own words, and each language differs from
/// English where words are shown.
#[test]
fn every_message_formats_in_every_language() {
    let english = rust_messages();
    for lang in Lang::ALL {
        for (id, vars) in &english {
            let choices = choices(vars);
            let args: Vec<(&str, Arg)> = vars
                .iter()
                .filter(|v| !v.starts_with('$'))
                .map(|v| {
                    let value = match v.as_str() {
                        v if NUMBERS.contains(&v) => Arg::from(10),
                        v if choices.contains_key(v) => Arg::from(choices[v][0]),
                        _ => Arg::from(format!("<{v}>")),
                    };
                    (v.as_str(), value)
                })
                .collect();
            let text = lang.text(id, &args);
            // The message with one choice set to one of its keys, in a language.
            let chosen = |in_lang: Lang, choice: &str, key: &str| {
                let args: Vec<(&str, Arg)> = args
                    .iter()
                    .map(|(name, value)| match *name == choice {
                        true => (*name, Arg::from(key.to_owned())),
                        false => (*name, value.clone()),
                    })
                    .collect();
                in_lang.text(id, &args)
            };
            for (choice, keys) in &choices {
                // Each choice its own words, in every language.
                let words: BTreeSet<String> =
                    keys.iter().map(|key| chosen(lang, choice, key)).collect();
                assert_eq!(words.len(), keys.len(), "{lang} {id}: {words:?}");
            }
            // Every variant, one after another: a name may be the same in two languages
            // (VIN), but not all of a message's words.
            let every_variant = |in_lang: Lang| -> Vec<String> {
                let mut all = vec![in_lang.text(id, &args)];
                for (choice, keys) in &choices {
                    all.extend(keys.iter().map(|key| chosen(in_lang, choice, key)));
                }
                all
            };
            assert!(!text.trim().is_empty(), "{lang} {id}");
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{lang} {id}: {text}"
            );
            for v in vars.iter().filter(|v| {
                !v.starts_with('$')
                    && !NUMBERS.contains(&v.as_str())
                    && !choices.contains_key(v.as_str())
            }) {
                assert!(
                    text.contains(&format!("<{v}>")),
                    "{lang} {id} leaves out ${v}: {text}"
                );
            }
            if lang != Lang::En {
                assert_ne!(
                    every_variant(lang),
                    every_variant(Lang::En),
                    "{lang} {id} is English"
                );
            }
        }
    }
}

#[test]
fn plurals_follow_the_language() {
    let press = |lang: Lang, seconds: u64| {
        t!(
            lang,
            "shortcut-press-again",
            keys = "Ctrl+Alt+H",
            seconds = seconds,
            car = "XC40"
        )
    };
    assert_eq!(
        press(Lang::En, 1),
        "Press Ctrl+Alt+H again within a second to honk and flash the XC40."
    );
    assert_eq!(
        press(Lang::En, 10),
        "Press Ctrl+Alt+H again within 10 seconds to honk and flash the XC40."
    );
    assert_eq!(
        press(Lang::Sv, 10),
        "Tryck Ctrl+Alt+H igen inom 10 sekunder så tutar och blinkar XC40."
    );
    assert_eq!(
        press(Lang::De, 1),
        "Drücken Sie Ctrl+Alt+H innerhalb einer Sekunde erneut, dann hupt und blinkt das Fahrzeug „XC40“."
    );
}

#[test]
fn a_message_missing_from_a_catalog_reads_as_its_id_rather_than_nothing() {
    assert_eq!(t!(Lang::Sv, "no-such-message"), "no-such-message");
}

/// All the words of a page message's parts, variants included, in one string.
fn page_text(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.clone(),
            Part::Var { var } => format!("<{var}>"),
            Part::Select { variants, .. } => variants
                .iter()
                .map(|(key, parts)| format!("[{key}] {}", page_text(parts)))
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect()
}

/// Page messages whose words are the same in every language (names, codes, loanwords).
const PAGE_SAME_AS_ENGLISH: &[(Lang, &str)] = &[
    (Lang::Sv, "language-name"),
    // "min" is Swedish too.
    (Lang::Sv, "duration-minutes"),
    (Lang::De, "language-name"),
];

/// The page's catalog, as the window gets it, has words of its own in every language: nothing
/// unfilled, every variable kept, and no message (or variant) left in English.
#[test]
fn every_page_message_is_translated() {
    let english = page_words(Lang::En);
    assert!(english.messages.len() > 50, "{}", english.messages.len());
    for lang in [Lang::Sv, Lang::De] {
        let theirs = page_words(lang);
        assert_eq!(theirs.lang, lang.code());
        for (id, message) in &english.messages {
            let own = &theirs.messages[id];
            for (name, parts) in &message.attrs {
                let own_parts = own.attrs.get(name);
                assert!(own_parts.is_some(), "{lang} {id} lacks .{name}");
                let (en, ours) = (page_text(parts), page_text(own_parts.unwrap()));
                assert_ne!(en, ours, "{lang} {id}.{name} is English");
            }
            if let (Some(en), Some(ours)) = (&message.value, &own.value) {
                let (en, ours) = (page_text(en), page_text(ours));
                assert!(
                    !ours.contains('{') && !ours.contains('}'),
                    "{lang} {id}: {ours}"
                );
                if !PAGE_SAME_AS_ENGLISH.contains(&(lang, id.as_str())) {
                    assert_ne!(en, ours, "{lang} {id} is English");
                }
            }
        }
    }
}
