//! The page's words: `page.ftl` of a language, handed to the window through the IPC door as
//! data the page formats itself (`ui/l10n.js`), so one catalog serves Rust and the page.
//!
//! A message becomes a list of parts: text, a variable, or a select on a variable with its
//! variants. Terms (`{ -app-name }`) are written in. Fluent's other expressions (functions,
//! message references) have no use in the page yet; they are refused, and the tests compile
//! every language's page catalog.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_syntax::ast;
use serde::Serialize;

use crate::catalog::SOURCES;
use crate::Lang;

/// The file whose messages the page shows.
pub const PAGE_FILE: &str = "page.ftl";

/// Everything the page needs to show words in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageWords {
    /// `en`, `sv`, `de`: for `<html lang>` and plural rules.
    pub lang: &'static str,
    /// The language with the system's region (`en-GB`), for dates, times and numbers.
    pub locale: String,
    pub messages: BTreeMap<String, PageMessage>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PageMessage {
    /// The text (an element's text content); `None` for a message of attributes only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Vec<Part>>,
    /// `aria-label`, `placeholder`, `title`: the element's attributes in this language.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub attrs: BTreeMap<String, Vec<Part>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Part {
    Text(String),
    /// `{ $name }`
    Var {
        var: String,
    },
    /// `{ $name -> [key] … *[default] … }`: a number picks an exact key, then its plural
    /// category; text picks its key; anything else the default.
    Select {
        select: String,
        variants: BTreeMap<String, Vec<Part>>,
        default: String,
    },
}

/// The page's words in `lang`, compiled once. English fills any message a language lacks.
pub fn page_words(lang: Lang) -> &'static PageWords {
    static WORDS: [OnceLock<PageWords>; 3] = [const { OnceLock::new() }; 3];
    WORDS[lang.index()].get_or_init(|| {
        let mut messages = compile(Lang::En).unwrap_or_default();
        if lang != Lang::En {
            messages.extend(compile(lang).unwrap_or_default());
        }
        PageWords {
            lang: lang.code(),
            locale: lang.locale(),
            messages,
        }
    })
}

/// `lang`'s page messages, or what stands in the way of compiling them.
pub fn compile(lang: Lang) -> Result<BTreeMap<String, PageMessage>, String> {
    let (_, files) = SOURCES[lang.index()];
    let mut terms = BTreeMap::new();
    let mut page = None;
    for (name, text) in files {
        let resource = fluent_syntax::parser::parse(*text)
            .map_err(|(_, errors)| format!("{lang}/{name} does not parse: {errors:?}"))?;
        for entry in &resource.body {
            if let ast::Entry::Term(term) = entry {
                terms.insert(term.id.name, term.value.clone());
            }
        }
        if *name == PAGE_FILE {
            page = Some(resource);
        }
    }
    let page = page.ok_or_else(|| format!("{lang} has no {PAGE_FILE}"))?;
    let compiler = Compiler { terms: &terms };
    let mut messages = BTreeMap::new();
    for entry in &page.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        let at = |what: &str, e: String| format!("{lang} {id}{what}: {e}");
        let value = match &message.value {
            Some(pattern) => Some(compiler.pattern(pattern).map_err(|e| at("", e))?),
            None => None,
        };
        let mut attrs = BTreeMap::new();
        for attribute in &message.attributes {
            let name = attribute.id.name;
            let parts = compiler
                .pattern(&attribute.value)
                .map_err(|e| at(&format!(".{name}"), e))?;
            attrs.insert(name.to_owned(), parts);
        }
        messages.insert(id.to_owned(), PageMessage { value, attrs });
    }
    Ok(messages)
}

struct Compiler<'a, 's> {
    terms: &'a BTreeMap<&'s str, ast::Pattern<&'s str>>,
}

impl Compiler<'_, '_> {
    fn pattern(&self, pattern: &ast::Pattern<&str>) -> Result<Vec<Part>, String> {
        let mut parts = Vec::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => push_text(&mut parts, value),
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, &mut parts)?;
                }
            }
        }
        Ok(parts)
    }

    fn expression(
        &self,
        expression: &ast::Expression<&str>,
        parts: &mut Vec<Part>,
    ) -> Result<(), String> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, parts),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    return Err("only a variable can choose among variants".into());
                };
                let mut compiled = BTreeMap::new();
                let mut default = None;
                for variant in variants {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    };
                    if variant.default {
                        default = Some(key.clone());
                    }
                    compiled.insert(key, self.pattern(&variant.value)?);
                }
                parts.push(Part::Select {
                    select: id.name.to_owned(),
                    variants: compiled,
                    default: default.ok_or("a select without a default variant")?,
                });
                Ok(())
            }
        }
    }

    fn inline(
        &self,
        inline: &ast::InlineExpression<&str>,
        parts: &mut Vec<Part>,
    ) -> Result<(), String> {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                parts.push(Part::Var {
                    var: id.name.to_owned(),
                });
                Ok(())
            }
            ast::InlineExpression::StringLiteral { value } => {
                push_text(
                    parts,
                    &fluent_syntax::unicode::unescape_unicode_to_string(value),
                );
                Ok(())
            }
            ast::InlineExpression::NumberLiteral { value } => {
                push_text(parts, value);
                Ok(())
            }
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => {
                let term = self
                    .terms
                    .get(id.name)
                    .ok_or_else(|| format!("no term -{}", id.name))?;
                for part in self.pattern(term)? {
                    match part {
                        Part::Text(text) => push_text(parts, &text),
                        other => parts.push(other),
                    }
                }
                Ok(())
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, parts),
            other => Err(format!("the page cannot format {other:?}")),
        }
    }
}

/// Adjacent text joins into one part.
fn push_text(parts: &mut Vec<Part>, text: &str) {
    if let Some(Part::Text(last)) = parts.last_mut() {
        last.push_str(text);
    } else {
        parts.push(Part::Text(text.to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_compiles_and_english_fills_nothing_it_has() {
        let english = compile(Lang::En).unwrap();
        assert!(!english.is_empty());
        for lang in Lang::ALL {
            let own = compile(lang).unwrap();
            assert_eq!(
                own.keys().collect::<Vec<_>>(),
                english.keys().collect::<Vec<_>>(),
                "{lang}"
            );
            assert_eq!(page_words(lang).messages, own, "{lang}");
        }
    }

    #[test]
    fn terms_are_written_in_and_selects_keep_their_variants() {
        let source = "-app-name = Volvo Beacon\n\
            cars = { $count ->\n    [one] one car of { -app-name }\n   *[other] { $count } cars\n}\n";
        let resource = fluent_syntax::parser::parse(source).unwrap();
        let mut terms = BTreeMap::new();
        let mut message = None;
        for entry in &resource.body {
            match entry {
                ast::Entry::Term(term) => {
                    terms.insert(term.id.name, term.value.clone());
                }
                ast::Entry::Message(m) => message = m.value.clone(),
                _ => {}
            }
        }
        let parts = Compiler { terms: &terms }
            .pattern(&message.unwrap())
            .unwrap();
        let json = serde_json_like(&parts);
        assert_eq!(
            json,
            r#"[select count default other: one=[one car of Volvo Beacon] other=[$count,  cars]]"#
        );
    }

    /// A short, readable form of parts for comparing in tests.
    fn serde_json_like(parts: &[Part]) -> String {
        let inner: Vec<String> = parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => t.clone(),
                Part::Var { var } => format!("${var}"),
                Part::Select {
                    select,
                    variants,
                    default,
                } => {
                    let vs: Vec<String> = variants
                        .iter()
                        .map(|(k, v)| format!("{k}={}", serde_json_like(v)))
                        .collect();
                    format!("select {select} default {default}: {}", vs.join(" "))
                }
            })
            .collect();
        format!("[{}]", inner.join(", "))
    }
}
