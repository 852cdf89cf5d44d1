//! Where answers and errors go, and in which form. With `--json` stdout carries exactly one JSON
//! value (an answer or an error) so scripts can parse it blindly; for people, answers go to
//! stdout as text and errors to stderr.

use std::io::{self, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use beacon_i18n::{t, Lang};
use serde::Serialize;
use serde_json::json;
use volvo_api::store::SecretName;

use crate::error::CliError;
use crate::library_words;

/// An answer a subcommand prints: it must have both a JSON and a human form.
pub trait Report: Serialize {
    /// Text for a person in `lang`, ending in a newline.
    fn human(&self, lang: Lang) -> String;
}

/// How this run answers: JSON or text, and in which language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Format {
    pub json: bool,
    /// For people: text answers, progress lines and errors on stderr.
    pub lang: Lang,
    /// For the `message` texts of `--json`: English unless `--lang` asked otherwise, so a
    /// script sees the same words on every machine.
    pub json_lang: Lang,
}

impl Format {
    /// `asked`: `--lang`, if given; people otherwise get the system's language.
    pub fn new(json: bool, asked: Option<Lang>) -> Self {
        Format {
            json,
            lang: asked.unwrap_or_else(Lang::from_system),
            json_lang: asked.unwrap_or(Lang::En),
        }
    }

    /// The language of what this run writes on stdout.
    pub fn answer_lang(self) -> Lang {
        if self.json {
            self.json_lang
        } else {
            self.lang
        }
    }

    pub fn report(self, report: &impl Report) -> Result<(), CliError> {
        let text = if self.json {
            json_line(report)
        } else {
            report.human(self.lang)
        };
        write_stdout(&text)?;
        Ok(())
    }

    /// Never fails: if even this cannot be written there is nobody left to tell.
    pub fn error(self, error: &CliError) {
        if self.json {
            let message = error.message(self.json_lang);
            let value = json!({"error": {"kind": error.kind(), "message": message}});
            let _ = write_stdout(&json_line(&value));
        } else {
            let line = t!(self.lang, "error-line", message = error.message(self.lang));
            let _ = writeln!(io::stderr().lock(), "{line}");
        }
    }
}

pub fn json_line(value: &impl Serialize) -> String {
    // Serializing our own plain structs cannot fail; a panic here would be a bug worth seeing.
    let mut line = serde_json::to_string(value).expect("output serializes to JSON");
    line.push('\n');
    line
}

/// Writes and flushes at once: `beacon sim` output is read line by line while it keeps running.
/// A reader that went away (`beacon vehicles | head -1`) is not an error worth reporting.
pub fn write_stdout(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Times in `--json` are Unix seconds: easy to compare in any script language.
pub fn unix_seconds(at: SystemTime) -> u64 {
    at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// "expires in 4 min 59 s" or "has expired", for people.
pub fn expiry_words(at: SystemTime, lang: Lang) -> String {
    match at.duration_since(SystemTime::now()) {
        Ok(left) => t!(
            lang,
            "expires-in",
            duration = library_words::duration(left, lang)
        ),
        Err(_) => t!(lang, "expired"),
    }
}

/// A secret's name for people ("client secret").
pub fn secret_label(name: SecretName, lang: Lang) -> String {
    t!(lang, "secret-label", secret = name.key())
}

/// Labels and their values, one a line, the values lined up whatever the labels' lengths in
/// the language.
pub fn aligned(lines: &[(String, String)], indent: &str, gap: &str) -> String {
    let width = lines
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0);
    lines
        .iter()
        .map(|(label, value)| {
            let pad = width - label.chars().count();
            format!("{indent}{label}{:pad$}{gap}{value}\n", "")
        })
        .collect()
}

/// Text from Volvo shown on a terminal: control characters (escape sequences, newlines) are
/// replaced so an answer cannot rewrite the screen or forge extra lines.
pub fn printable(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_defuses_escape_sequences() {
        assert_eq!(printable("a\u{1b}[2Jb\nc"), "a [2Jb c");
        assert_eq!(printable("Crystal White"), "Crystal White");
    }

    #[test]
    fn json_is_one_line() {
        let line = json_line(&json!({"a": "x\ny"}));
        assert_eq!(line.matches('\n').count(), 1);
        assert!(line.ends_with('\n'));
    }
}
