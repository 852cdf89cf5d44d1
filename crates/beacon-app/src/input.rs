//! Checks for everything the page (or a deep link, or the tray) hands to Rust. The page is
//! trusted no more than a web form: each value is parsed into a type that cannot be wrong
//! before anything is done with it, and each refusal says in plain words what is expected.

use beacon_i18n::{t, Lang};
use volvo_api::{Command, Vin};

use crate::AppError;

pub const NICKNAME_MAX_CHARS: usize = 40;
/// Real keys, ids and secrets are well under this; the cap stops a pasted novel.
const CREDENTIAL_MAX_CHARS: usize = 512;
/// Volvo's access tokens are JWTs of 1–2 KB.
const ACCESS_TOKEN_MAX_CHARS: usize = 16 * 1024;
/// A callback URL carries a code and a state; far less than this.
const CALLBACK_MAX_CHARS: usize = 8 * 1024;
const ACCELERATOR_MAX_CHARS: usize = 64;

pub fn vin(raw: &str) -> Result<Vin, AppError> {
    Vin::parse(raw).map_err(|e| AppError::invalid(move |lang| e.message(lang)))
}

/// Exactly `FLASH`, `HONK` or `HONK_AND_FLASH`: the names of docs/ipc.md, nothing looser.
pub fn command(raw: &str) -> Result<Command, AppError> {
    Command::ALL
        .into_iter()
        .find(|c| c.api_name() == raw)
        .ok_or_else(|| {
            let input = shorten(raw);
            AppError::invalid(move |lang| t!(lang, "input-not-a-command", input = &input))
        })
}

/// `None` clears the nickname (empty or blank input).
pub fn nickname(raw: &str) -> Result<Option<String>, AppError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    if trimmed.chars().count() > NICKNAME_MAX_CHARS {
        return Err(AppError::invalid(|lang| {
            t!(lang, "input-nickname-too-long", max = NICKNAME_MAX_CHARS)
        }));
    }
    if trimmed.chars().any(|c| c.is_control() || is_invisible(c)) {
        return Err(AppError::invalid(|lang| {
            t!(lang, "input-nickname-invisible")
        }));
    }
    Ok(Some(trimmed.to_owned()))
}

/// An API key, client id or client secret as pasted: trimmed, one piece, not absurdly long.
/// `what` is how the shell names it: `API key`, `client id` or `client secret`.
pub fn credential(raw: &str, what: &str) -> Result<String, AppError> {
    // The catalogs' `$what`: each language names the three in its own words.
    let what = match what {
        "API key" => "api-key",
        "client id" => "client-id",
        _ => "client-secret",
    };
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(AppError::invalid(move |lang| {
            t!(lang, "input-credential-empty", what = what)
        }));
    }
    if trimmed.chars().count() > CREDENTIAL_MAX_CHARS {
        return Err(AppError::invalid(move |lang| {
            t!(lang, "input-credential-too-long", what = what)
        }));
    }
    if trimmed
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
    {
        return Err(AppError::invalid(move |lang| {
            t!(lang, "input-credential-spaces", what = what)
        }));
    }
    Ok(trimmed.to_owned())
}

pub fn access_token(raw: &str) -> Result<&str, AppError> {
    if raw.len() > ACCESS_TOKEN_MAX_CHARS {
        return Err(AppError::invalid(|lang| {
            t!(lang, "input-access-token-too-long")
        }));
    }
    Ok(raw)
}

pub fn callback_url(raw: &str) -> Result<&str, AppError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(AppError::invalid(|lang| t!(lang, "input-callback-empty")));
    }
    if trimmed.len() > CALLBACK_MAX_CHARS {
        return Err(AppError::invalid(|lang| {
            t!(lang, "input-callback-too-long")
        }));
    }
    Ok(trimmed)
}

/// The https page registered as a redirect URI for the "paste the address" way back.
pub fn paste_redirect_uri(raw: &str) -> Result<String, AppError> {
    let trimmed = raw.trim();
    let url = url::Url::parse(trimmed)
        .ok()
        .filter(|u| u.scheme() == "https" && u.host_str().is_some() && u.fragment().is_none());
    match url {
        Some(_) if trimmed.len() <= CREDENTIAL_MAX_CHARS => Ok(trimmed.to_owned()),
        _ => Err(AppError::invalid(|lang| t!(lang, "input-redirect-page"))),
    }
}

/// The shape of an accelerator ("CommandOrControl+Alt+H"); whether the OS accepts it is up to
/// the shell's shortcut plugin.
pub fn accelerator(raw: &str) -> Result<String, AppError> {
    let trimmed = raw.trim();
    let ok = !trimmed.is_empty()
        && trimmed.len() <= ACCELERATOR_MAX_CHARS
        && trimmed.contains('+')
        && trimmed
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+');
    if ok {
        Ok(trimmed.to_owned())
    } else {
        let input = shorten(raw);
        Err(AppError::invalid(move |lang| {
            t!(lang, "input-not-a-shortcut", input = &input)
        }))
    }
}

/// How the browser comes back after Volvo ID sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    DeepLink,
    Loopback,
    Paste,
}

pub fn via(raw: &str) -> Result<Via, AppError> {
    match raw {
        "deep_link" => Ok(Via::DeepLink),
        "loopback" => Ok(Via::Loopback),
        "paste" => Ok(Via::Paste),
        other => {
            let input = shorten(other);
            Err(AppError::invalid(move |lang| {
                t!(lang, "input-not-a-way-back", input = &input)
            }))
        }
    }
}

/// Exactly `system` (the system's language: `None`) or the code of a language Beacon speaks.
pub fn language(raw: &str) -> Result<Option<Lang>, AppError> {
    if raw == "system" {
        return Ok(None);
    }
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == raw)
        .map(Some)
        .ok_or_else(|| {
            let input = shorten(raw);
            AppError::invalid(move |lang| t!(lang, "input-not-a-language", input = &input))
        })
}

/// Bidi overrides and zero-width characters could make a name read differently from what it is.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// What was sent, quoted and cut short, for a refusal to show.
fn shorten(raw: &str) -> String {
    let mut s: String = raw.chars().take(40).collect();
    if raw.chars().count() > 40 {
        s.push('…');
    }
    format!("{s:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_exact() {
        assert_eq!(command("HONK_AND_FLASH").unwrap(), Command::HonkAndFlash);
        for bad in ["honk", "LOCK", "HONK-FLASH", "", " FLASH"] {
            assert_eq!(command(bad).unwrap_err().kind(), "invalid_input", "{bad:?}");
        }
    }

    #[test]
    fn languages_are_system_or_a_code_beacon_speaks() {
        assert_eq!(language("system").unwrap(), None);
        assert_eq!(language("sv").unwrap(), Some(Lang::Sv));
        for bad in ["SV", "sv-SE", "fr", "", "System"] {
            assert_eq!(
                language(bad).unwrap_err().kind(),
                "invalid_input",
                "{bad:?}"
            );
        }
    }

    #[test]
    fn vins_are_checked() {
        assert_eq!(vin("../../etc").unwrap_err().kind(), "invalid_input");
        assert_eq!(
            vin("YV1XZK8V2P1234567").unwrap().as_str(),
            "YV1XZK8V2P1234567"
        );
    }

    #[test]
    fn nicknames() {
        assert_eq!(nickname("  ").unwrap(), None);
        assert_eq!(nickname(" Blue one ").unwrap().as_deref(), Some("Blue one"));
        assert!(nickname(&"x".repeat(41)).is_err());
        assert!(nickname(&"é".repeat(40)).is_ok());
        assert!(nickname("a\nb").is_err());
        assert!(nickname("a\u{202E}b").is_err());
    }

    #[test]
    fn credentials_are_trimmed_and_whole() {
        assert_eq!(credential("  abc\n", "API key").unwrap(), "abc");
        assert!(credential("a b", "API key").is_err());
        assert!(credential("", "API key").is_err());
    }

    #[test]
    fn accelerators_and_vias() {
        assert!(accelerator("CommandOrControl+Alt+H").is_ok());
        assert!(accelerator("H").is_err());
        assert!(accelerator("Ctrl+<script>").is_err());
        assert_eq!(via("loopback").unwrap(), Via::Loopback);
        assert!(via("smoke_signal").is_err());
        assert!(paste_redirect_uri(" https://example.org/back ").is_ok());
        assert!(paste_redirect_uri("http://example.org/back").is_err());
        assert!(paste_redirect_uri("https://example.org/#x").is_err());
    }
}
