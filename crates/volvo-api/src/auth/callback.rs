//! Reading the browser's answer, whichever way it came back: the `volvo-beacon://` deep link,
//! the loopback listener, or an address the user pasted by hand.
//!
//! This only reads; whether the answer belongs to a sign-in started here is decided by
//! [`VolvoId::complete_sign_in`](super::VolvoId::complete_sign_in).

use std::fmt;

use beacon_i18n::{t, Lang, Words};
use url::Url;

use crate::Error;

/// Longer input is refused before any parsing: real answers are a few hundred bytes, and a
/// pasted novel must not be parsed or echoed back.
pub const MAX_CALLBACK_BYTES: usize = 8 * 1024;
pub const MAX_CODE_BYTES: usize = 2 * 1024;
/// Our states are 22 characters; anything this long was not made here.
const MAX_STATE_BYTES: usize = 512;
/// `error_description` is shown to the user, so it is cut to a readable length.
const MAX_SHOWN_CHARS: usize = 300;

/// A readable sign-in answer: the code to exchange and the state it claims to belong to.
#[derive(Clone, PartialEq, Eq)]
pub struct Callback {
    pub code: String,
    pub state: String,
}

impl fmt::Debug for Callback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Callback")
            .field("code", &"***")
            .field("state", &self.state)
            .finish()
    }
}

/// Reads a sign-in answer. See [`VolvoId::parse_callback`](super::VolvoId::parse_callback).
pub fn parse_callback(input: &str) -> Result<Callback, Error> {
    read(input)?.into_callback()
}

/// The `state` an answer carries even when it is an error answer, so that an error can be
/// tied to a sign-in started here before it is allowed to end one.
pub(crate) fn claimed_state(input: &str) -> Option<String> {
    read(input).ok()?.state.filter(|s| !s.is_empty())
}

fn read(input: &str) -> Result<Params, Error> {
    if input.len() > MAX_CALLBACK_BYTES {
        let (bytes, kib) = (input.len(), MAX_CALLBACK_BYTES / 1024);
        return Err(invalid(move |lang| {
            t!(lang, "callback-too-long", bytes = bytes, kib = kib)
        }));
    }
    let text = unwrap_pasted(input);
    if text.is_empty() {
        return Err(invalid(|lang| t!(lang, "callback-answer-empty")));
    }
    if let Some(bare) = bare_query(text) {
        return Params::read(bare);
    }
    let url = Url::parse(text).map_err(|e| {
        let detail = e.to_string();
        invalid(move |lang| t!(lang, "callback-not-an-address", detail = &detail))
    })?;
    check_destination(&url)?;
    params_of(&url)
}

/// Strips what copying from a chat, a terminal or a Markdown file tends to add around a URL.
fn unwrap_pasted(input: &str) -> &str {
    const WRAPPERS: &[char] = &['"', '\'', '`', '<', '>'];
    let mut text = input;
    loop {
        let next = text.trim().trim_matches(WRAPPERS);
        if next.len() == text.len() {
            return text;
        }
        text = next;
    }
}

/// `?code=..&state=..`, `#code=..` or `code=..&state=..` on their own.
fn bare_query(text: &str) -> Option<&str> {
    if let Some(rest) = text.strip_prefix('?').or_else(|| text.strip_prefix('#')) {
        return Some(rest);
    }
    let relative = matches!(
        Url::parse(text),
        Err(url::ParseError::RelativeUrlWithoutBase)
    );
    (relative && text.contains('=')).then_some(text)
}

/// Only our own ways back, or an https page the user registered: anything else is a paste
/// of the wrong thing.
fn check_destination(url: &Url) -> Result<(), Error> {
    match url.scheme() {
        "volvo-beacon" => {
            if url.host_str() == Some("auth") && url.path() == "/callback" {
                Ok(())
            } else {
                Err(invalid(|lang| t!(lang, "callback-wrong-deep-link")))
            }
        }
        // Plain http only for this computer: anywhere else the code would have crossed the
        // network unencrypted.
        "http" => {
            let local = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
            if local && url.path() == "/callback" {
                Ok(())
            } else {
                Err(invalid(|lang| t!(lang, "callback-wrong-loopback")))
            }
        }
        "https" => Ok(()),
        other => {
            let scheme = other.to_owned();
            Err(invalid(move |lang| {
                t!(lang, "callback-wrong-scheme", scheme = &scheme)
            }))
        }
    }
}

fn params_of(url: &Url) -> Result<Params, Error> {
    let from_query = Params::read(url.query().unwrap_or(""))?;
    if from_query.is_empty() {
        if let Some(fragment) = url.fragment() {
            return Params::read(fragment);
        }
    }
    Ok(from_query)
}

#[derive(Default)]
struct Params {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

impl Params {
    /// A parameter sent twice is refused (RFC 6749 §3.1): which copy is real cannot be known,
    /// and a second `state` or `code` is how injected answers look.
    fn read(query: &str) -> Result<Params, Error> {
        let mut params = Params::default();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let slot = match key.as_ref() {
                "code" => &mut params.code,
                "state" => &mut params.state,
                "error" => &mut params.error,
                "error_description" => &mut params.error_description,
                _ => continue,
            };
            if slot.is_some() {
                let key = key.into_owned();
                return Err(invalid(move |lang| {
                    t!(lang, "callback-parameter-twice", key = &key)
                }));
            }
            *slot = Some(value.into_owned());
        }
        Ok(params)
    }

    fn is_empty(&self) -> bool {
        self.code.is_none()
            && self.state.is_none()
            && self.error.is_none()
            && self.error_description.is_none()
    }

    fn into_callback(self) -> Result<Callback, Error> {
        if let Some(error) = self.error.filter(|e| !e.is_empty()) {
            let description = self
                .error_description
                .map(|d| shown(&d))
                .filter(|d| !d.is_empty());
            return Err(if error == "access_denied" {
                Error::SignInCancelled { description }
            } else {
                Error::SignInFailed {
                    error: shown(&error),
                    description,
                }
            });
        }
        let code = match self.code {
            Some(code) if !code.is_empty() => code,
            _ => return Err(invalid(|lang| t!(lang, "callback-no-code"))),
        };
        if code.len() > MAX_CODE_BYTES {
            let (bytes, kib) = (code.len(), MAX_CODE_BYTES / 1024);
            return Err(invalid(move |lang| {
                t!(lang, "callback-code-too-long", bytes = bytes, kib = kib)
            }));
        }
        if !is_vschar(&code) {
            return Err(invalid(|lang| t!(lang, "callback-code-characters")));
        }
        let state = match self.state {
            Some(state) if !state.is_empty() => state,
            _ => {
                return Err(Error::InvalidState {
                    reason: Words::new(|lang| t!(lang, "sign-in-answer-without-state-start-again")),
                })
            }
        };
        if state.len() > MAX_STATE_BYTES || !is_vschar(&state) {
            return Err(Error::InvalidState {
                reason: Words::new(|lang| t!(lang, "sign-in-answer-foreign-state")),
            });
        }
        Ok(Callback { code, state })
    }
}

/// RFC 6749 appendix A: codes and states are printable ASCII.
fn is_vschar(s: &str) -> bool {
    s.bytes().all(|b| (0x20..=0x7e).contains(&b))
}

/// Text from the answer that ends up in front of the user: no control characters, bounded.
fn shown(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    let clean = clean.trim();
    match clean.char_indices().nth(MAX_SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &clean[..cut]),
        None => clean.to_owned(),
    }
}

fn invalid(reason: impl Fn(Lang) -> String + Send + Sync + 'static) -> Error {
    Error::InvalidCallback {
        reason: Words::new(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> Callback {
        parse_callback(input).unwrap_or_else(|e| panic!("{input:?} refused: {e:?}"))
    }

    fn kind(input: &str) -> &'static str {
        parse_callback(input).expect_err(input).kind()
    }

    #[test]
    fn reads_all_three_ways_back() {
        for input in [
            "volvo-beacon://auth/callback?code=abc&state=xyz",
            "http://127.0.0.1:53682/callback?code=abc&state=xyz",
            "http://localhost:53682/callback?state=xyz&code=abc&iss=volvoid",
            "https://example.com/beacon/done?code=abc&state=xyz",
        ] {
            assert_eq!(
                ok(input),
                Callback {
                    code: "abc".into(),
                    state: "xyz".into()
                },
                "{input}"
            );
        }
    }

    #[test]
    fn tolerates_what_pasting_adds() {
        for input in [
            "  https://example.com/cb?code=abc&state=xyz \n",
            "\"https://example.com/cb?code=abc&state=xyz\"",
            "<https://example.com/cb?code=abc&state=xyz>",
            "'?code=abc&state=xyz'",
            "code=abc&state=xyz",
            "`#code=abc&state=xyz`",
        ] {
            assert_eq!(ok(input).code, "abc", "{input}");
            assert_eq!(ok(input).state, "xyz", "{input}");
        }
    }

    #[test]
    fn percent_encoding_is_decoded() {
        let cb = ok("https://example.com/cb?code=a%2Fb%3D&state=s%20t");
        assert_eq!(cb.code, "a/b=");
        assert_eq!(cb.state, "s t");
    }

    #[test]
    fn fragment_is_read_only_when_the_query_has_nothing() {
        assert_eq!(ok("https://example.com/cb#code=f&state=s").code, "f");
        let cb = ok("https://example.com/cb?code=q&state=s#code=f&state=t");
        assert_eq!((cb.code.as_str(), cb.state.as_str()), ("q", "s"));
    }

    #[test]
    fn deep_link_must_be_ours() {
        for input in [
            "volvo-beacon://evil/callback?code=a&state=b",
            "volvo-beacon://auth/other?code=a&state=b",
            "volvo-beacon:auth/callback?code=a&state=b",
        ] {
            assert_eq!(kind(input), "invalid_callback", "{input}");
        }
    }

    #[test]
    fn other_destinations_are_refused() {
        for input in [
            "http://example.com/callback?code=a&state=b",
            "http://127.0.0.1:53682/favicon.ico?code=a&state=b",
            "javascript:alert(1)?code=a&state=b",
            "file:///tmp/x?code=a&state=b",
            "not a url at all",
            "",
            "  \"\"  ",
        ] {
            assert_eq!(kind(input), "invalid_callback", "{input:?}");
        }
    }

    #[test]
    fn access_denied_is_a_cancellation() {
        let e = parse_callback(
            "volvo-beacon://auth/callback?error=access_denied&error_description=User+said+no&state=s",
        )
        .unwrap_err();
        match &e {
            Error::SignInCancelled { description } => {
                assert_eq!(description.as_deref(), Some("User said no"))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(e.to_string(), "Sign-in was cancelled.");
    }

    #[test]
    fn other_errors_fail_the_sign_in() {
        match parse_callback("https://x.example/cb?error=invalid_scope&state=s").unwrap_err() {
            Error::SignInFailed { error, description } => {
                assert_eq!(error, "invalid_scope");
                assert_eq!(description, None);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_refusal_reads_in_the_language_asked_for() {
        let e = parse_callback("ftp://x.example/cb?code=c&state=s").unwrap_err();
        assert_eq!(
            e.to_string(),
            "That is not a Volvo ID sign-in answer: a ftp: address is not where Volvo ID sends its answer. Paste the https:// address your browser shows after you signed in."
        );
        assert_eq!(
            e.message(Lang::Sv),
            "Det är inget svar från en inloggning med Volvo ID: en ftp:-adress är inte dit Volvo ID skickar sitt svar. Klistra in https://-adressen som webbläsaren visar när du har loggat in."
        );
    }

    #[test]
    fn missing_pieces_are_named() {
        assert_eq!(kind("https://x.example/cb?state=s"), "invalid_callback");
        assert_eq!(
            kind("https://x.example/cb?code=&state=s"),
            "invalid_callback"
        );
        let e = parse_callback("https://x.example/cb?code=c").unwrap_err();
        assert_eq!(e.kind(), "invalid_state");
        assert!(e.to_string().contains("no state"), "{e}");
        assert_eq!(kind("https://x.example/cb?code=c&state="), "invalid_state");
    }

    #[test]
    fn repeated_parameters_are_refused() {
        assert_eq!(
            kind("https://x.example/cb?code=a&state=s&state=t"),
            "invalid_callback"
        );
        assert_eq!(
            kind("https://x.example/cb?code=a&code=b&state=s"),
            "invalid_callback"
        );
    }

    #[test]
    fn sizes_are_capped() {
        let long_code = "c".repeat(MAX_CODE_BYTES + 1);
        let e =
            parse_callback(&format!("https://x.example/cb?code={long_code}&state=s")).unwrap_err();
        assert_eq!(e.kind(), "invalid_callback");
        assert!(e.to_string().contains("2 KiB"), "{e}");
        ok(&format!(
            "https://x.example/cb?code={}&state=s",
            "c".repeat(MAX_CODE_BYTES)
        ));

        let huge = format!(
            "https://x.example/cb?code=a&state=s&pad={}",
            "p".repeat(9000)
        );
        let e = parse_callback(&huge).unwrap_err();
        assert!(e.to_string().contains("8 KiB"), "{e}");

        let long_state = "s".repeat(MAX_STATE_BYTES + 1);
        assert_eq!(
            kind(&format!("https://x.example/cb?code=a&state={long_state}")),
            "invalid_state"
        );
    }

    #[test]
    fn control_characters_are_refused_or_dropped() {
        assert_eq!(
            kind("https://x.example/cb?code=a%0Ab&state=s"),
            "invalid_callback"
        );
        assert_eq!(
            kind("https://x.example/cb?code=a&state=s%00"),
            "invalid_state"
        );
        match parse_callback("https://x.example/cb?error=bad%1B%5B31m&state=s").unwrap_err() {
            Error::SignInFailed { error, .. } => assert_eq!(error, "bad[31m"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn error_answers_still_show_their_state() {
        let url = "volvo-beacon://auth/callback?error=access_denied&state=s1";
        assert_eq!(claimed_state(url).as_deref(), Some("s1"));
        assert_eq!(claimed_state("volvo-beacon://auth/callback?error=x"), None);
        assert_eq!(
            claimed_state("volvo-beacon://auth/callback?error=x&state="),
            None
        );
        assert_eq!(claimed_state("ftp://x/?state=s1"), None);
    }

    #[test]
    fn debug_hides_the_code() {
        let shown = format!("{:?}", ok("code=topsecretcode&state=xyz"));
        assert!(!shown.contains("topsecretcode"), "{shown}");
        assert!(shown.contains("xyz"), "{shown}");
    }
}
