//! The catalogs are complete and consistent: every file parses without errors, every language
//! has every message of English with the same variables (and no others), every message the
//! code asks for exists, and every message exists for something the code asks for.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use beacon_i18n::{t, Arg, Lang};
use fluent_syntax::ast;

const FILES: [&str; 2] = ["tray.ftl", "messages.ftl"];

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Each message of `lang`: its id and the variables it uses, with each select's variant keys
/// as `$var[key key …]` beside them.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for file in FILES {
        let path = locales().join(lang.code()).join(file);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{path:?} does not parse: {errors:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_vars(value, &mut vars);
                }
                let id = message.id.name.to_owned();
                assert!(out.insert(id.clone(), vars).is_none(), "{lang}: {id} twice");
            }
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

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_asked_for() {
    let english = messages(Lang::En);
    let used = ids_in_code();
    let unknown: Vec<_> = used
        .iter()
        .filter(|(id, _)| !english.contains_key(*id))
        .collect();
    assert!(
        unknown.is_empty(),
        "asked for but not in the catalog: {unknown:?}"
    );
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !used.contains_key(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "in the catalog but never asked for: {unused:?}"
    );
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
    let english = messages(Lang::En);
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
            for (choice, keys) in &choices {
                // Each choice its own words, in every language.
                let words: BTreeSet<String> = keys
                    .iter()
                    .map(|key| {
                        let args: Vec<(&str, Arg)> = args
                            .iter()
                            .map(|(name, value)| match name == choice {
                                true => (*name, Arg::from(*key)),
                                false => (*name, value.clone()),
                            })
                            .collect();
                        lang.text(id, &args)
                    })
                    .collect();
                assert_eq!(words.len(), keys.len(), "{lang} {id}: {words:?}");
            }
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
                assert_ne!(text, Lang::En.text(id, &args), "{lang} {id} is English");
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
