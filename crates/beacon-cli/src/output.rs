//! Where answers and errors go, and in which form. With `--json` stdout carries exactly one JSON
//! value (an answer or an error) so scripts can parse it blindly; for people, answers go to
//! stdout as text and errors to stderr.

use std::io::{self, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde_json::json;
use volvo_api::error::human_duration;

use crate::error::CliError;

/// An answer a subcommand prints: it must have both a JSON and a human form.
pub trait Report: Serialize {
    /// Text for a person, ending in a newline.
    fn human(&self) -> String;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

impl Format {
    pub fn from_json_flag(json: bool) -> Self {
        if json {
            Format::Json
        } else {
            Format::Human
        }
    }

    pub fn report(self, report: &impl Report) -> Result<(), CliError> {
        let text = match self {
            Format::Json => json_line(report),
            Format::Human => report.human(),
        };
        write_stdout(&text)?;
        Ok(())
    }

    /// Never fails: if even this cannot be written there is nobody left to tell.
    pub fn error(self, error: &CliError) {
        match self {
            Format::Json => {
                let value = json!({"error": {"kind": error.kind(), "message": error.to_string()}});
                let _ = write_stdout(&json_line(&value));
            }
            Format::Human => {
                let _ = writeln!(io::stderr().lock(), "error: {error}");
            }
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
pub fn expiry_words(at: SystemTime) -> String {
    match at.duration_since(SystemTime::now()) {
        Ok(left) => format!("expires in {}", human_duration(left)),
        Err(_) => "has expired".to_owned(),
    }
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
