//! Turning an error answer (status, `Retry-After`, body) into the one right [`Error`].
//!
//! Volvo's gateway, its services and Volvo ID each have their own error body shape, and some
//! answers are not JSON at all. What decides the variant is mostly the status, but two cases
//! need the words: a 401 about the API key is not a sign-in problem, and a 403 about the
//! call-volume quota must not sign anyone out.

use std::time::{Duration, SystemTime};

use serde_json::{Map, Value};

use crate::command::Command;
use crate::error::Error;
use crate::models::{one_line, push_visible};

/// Longest detail kept from a body: a message, not a page.
const DETAIL_MAX_CHARS: usize = 200;

pub(crate) fn error_from_response(
    status: u16,
    retry_after: Option<&str>,
    body: &[u8],
    command: Option<Command>,
) -> Error {
    let parsed = ErrorBody::parse(body);
    let detail = parsed.detail(status);
    match status {
        401 if parsed.mentions_api_key() => Error::InvalidApiKey { detail },
        401 => Error::TokenRejected { detail },
        403 if parsed.mentions_quota() => Error::QuotaExceeded {
            resets_in: parsed.all_text().and_then(|t| quota_resets_in(&t)),
        },
        403 => Error::Forbidden { detail },
        // On a command, a 404 most often means the car lacks it; but Volvo says so when it is
        // the car itself that is unknown (no longer on this account), and that needs other words.
        404 => match command {
            Some(c) if !parsed.mentions_unknown_vehicle() => Error::CommandNotSupported {
                command: c.api_name().to_owned(),
            },
            _ => Error::NotFound { detail },
        },
        409 => Error::Conflict { detail },
        429 => Error::RateLimited {
            retry_after: retry_after
                .and_then(|v| parse_retry_after(v, SystemTime::now()))
                // The gateway's own body often says "Try again in 12 seconds." when the
                // header is missing.
                .or_else(|| parsed.all_text().and_then(|t| try_again_in(&t))),
            local: false,
        },
        500..=599 => Error::Server {
            status,
            detail,
            command_may_have_run: command.is_some(),
        },
        _ => Error::BadRequest { status, detail },
    }
}

/// What an error body said, whatever its shape.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct ErrorBody {
    pub(crate) message: Option<String>,
    pub(crate) description: Option<String>,
    /// The OAuth error code (`invalid_grant`, ...) of a Volvo ID answer.
    pub(crate) oauth_code: Option<String>,
    /// The body as one shortened line, for when no known field was there.
    pub(crate) raw: String,
}

impl ErrorBody {
    pub(crate) fn parse(body: &[u8]) -> Self {
        let raw = raw_text(body);
        let json = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        let mut parsed = match serde_json::from_slice::<Value>(json) {
            Ok(Value::Object(obj)) => from_object(&obj),
            Ok(Value::String(s)) => ErrorBody {
                message: clean(&s),
                ..ErrorBody::default()
            },
            _ => ErrorBody::default(),
        };
        parsed.raw = raw;
        parsed
    }

    /// Plain words for the error: "message: description", one of them, the raw text, or the
    /// status's reason phrase when the body is empty.
    pub(crate) fn detail(&self, status: u16) -> String {
        match (&self.message, &self.description) {
            (Some(m), Some(d)) if m != d => {
                // "Forbidden.: no scope" reads badly.
                format!("{}: {d}", m.strip_suffix('.').unwrap_or(m))
            }
            (Some(m), _) => m.clone(),
            (None, Some(d)) => d.clone(),
            (None, None) if !self.raw.is_empty() => self.raw.clone(),
            (None, None) => reason_phrase(status),
        }
    }

    /// Everything the body said, for recognising keywords in whichever field they came.
    fn all_text(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.message, &self.description]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(Some(self.raw.as_str()))
            .filter(|s| !s.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    fn mentions_api_key(&self) -> bool {
        self.all_text().is_some_and(|t| {
            let t = t.to_ascii_lowercase().replace(['-', '_'], " ");
            // The gateway calls the VCC API key a "subscription key" in its stock messages.
            t.contains("api key") || t.contains("subscription key")
        })
    }

    fn mentions_quota(&self) -> bool {
        self.all_text()
            .is_some_and(|t| t.to_ascii_lowercase().contains("quota"))
    }

    fn mentions_unknown_vehicle(&self) -> bool {
        self.all_text()
            .is_some_and(|t| t.to_ascii_lowercase().contains("vehicle not found"))
    }
}

fn from_object(obj: &Map<String, Value>) -> ErrorBody {
    let field = |o: &Map<String, Value>, k: &str| o.get(k).and_then(Value::as_str).and_then(clean);
    let mut out = ErrorBody::default();
    match obj.get("error") {
        // {"error": {"message", "description"}} and {"status": 401, "error": {"message"}}
        Some(Value::Object(e)) => {
            out.message = field(e, "message");
            out.description = field(e, "description");
        }
        // Volvo ID: {"error": "invalid_grant", "error_description": "..."}
        Some(Value::String(code)) => {
            out.oauth_code = clean(code);
            out.message = out.oauth_code.clone();
            out.description = field(obj, "error_description");
        }
        _ => {}
    }
    // {"statusCode": 403, "message": "..."} and {"message": "..."}
    out.message = out.message.or_else(|| field(obj, "message"));
    out.description = out.description.or_else(|| field(obj, "description"));
    // RFC 7807 problem details, which some gateways send.
    if out.message.is_none() && out.description.is_none() {
        out.message = field(obj, "title");
        out.description = field(obj, "detail");
    }
    if out.message.is_none() && out.description.is_none() {
        if let Some(first) = obj
            .get("errors")
            .and_then(Value::as_array)
            .and_then(|a| a.first())
        {
            match first {
                Value::String(s) => out.message = clean(s),
                Value::Object(e) => {
                    out.message = field(e, "message");
                    out.description = field(e, "description");
                }
                _ => {}
            }
        }
    }
    out
}

/// A field's text on one line and shortened; blank counts as absent.
fn clean(s: &str) -> Option<String> {
    let collapsed = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!collapsed.is_empty()).then(|| one_line(&collapsed, DETAIL_MAX_CHARS))
}

/// The body as text for a message: lossy UTF-8, whitespace runs (an HTML page's line breaks)
/// folded to one space, other control characters escaped, shortened.
fn raw_text(body: &[u8]) -> String {
    // Enough bytes for DETAIL_MAX_CHARS after whitespace folding of a typical page; a huge
    // body is never decoded in full.
    let prefix = &body[..body.len().min(16 * 1024)];
    let text = String::from_utf8_lossy(prefix);
    let mut out = String::new();
    let mut count = 0;
    for word in text.split_whitespace() {
        if count > 0 {
            out.push(' ');
            count += 1;
        }
        for c in word.chars() {
            if count == DETAIL_MAX_CHARS {
                out.push('…');
                return out;
            }
            push_visible(&mut out, c);
            count += 1;
        }
    }
    out
}

fn reason_phrase(status: u16) -> String {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .map_or_else(|| format!("HTTP {status}"), str::to_owned)
}

/// The wait in "... Quota will be replenished in 06:40:24." Hours may exceed 24; the
/// `D.HH:MM:SS` day form is read too. Anything malformed gives `None`.
pub(crate) fn quota_resets_in(text: &str) -> Option<Duration> {
    let after = text_after(text, "replenished in")?.trim_start();
    let token: String = after
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ':' || *c == '.')
        .collect();
    // "06:40:2x" is not a time with something after it; it is not a time.
    if after[token.len()..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    parse_clock_span(token.strip_suffix('.').unwrap_or(&token))
}

fn parse_clock_span(s: &str) -> Option<Duration> {
    let mut parts = s.split(':');
    let (head, m, sec) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let (days, hours) = match head.split_once('.') {
        Some((d, h)) => (number(d, 6)?, number(h, 2).filter(|h| *h < 24)?),
        None => (0, number(head, 6)?),
    };
    let minutes = number(m, 2).filter(|m| *m < 60)?;
    let seconds = number(sec, 2).filter(|s| *s < 60)?;
    Some(Duration::from_secs(
        ((days * 24 + hours) * 60 + minutes) * 60 + seconds,
    ))
}

/// Digits only (no sign, no spaces), at most `max_len` of them, so the sum above can't overflow.
fn number(s: &str, max_len: usize) -> Option<u64> {
    if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The wait in the gateway's "Rate limit is exceeded. Try again in 12 seconds."
fn try_again_in(text: &str) -> Option<Duration> {
    let after = text_after(text, "try again in")?.trim_start();
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    let unit: String = after[digits.len()..]
        .trim_start()
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    let n = number(&digits, 9)?;
    match unit.as_str() {
        "s" | "sec" | "secs" | "second" | "seconds" => Some(Duration::from_secs(n)),
        "min" | "mins" | "minute" | "minutes" => Some(Duration::from_secs(n * 60)),
        _ => None,
    }
}

/// The text after the first case-insensitive occurrence of an ASCII `needle`.
fn text_after<'a>(text: &'a str, needle: &str) -> Option<&'a str> {
    // ASCII lower-casing keeps byte offsets, so the index is valid in `text`.
    let at = text.to_ascii_lowercase().find(needle)?;
    text.get(at + needle.len()..)
}

/// `Retry-After` is delta-seconds or an HTTP-date; a date in the past means "now".
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Some(secs) = number(value, 12) {
        return Some(Duration::from_secs(secs));
    }
    let at = parse_http_date(value)?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The three HTTP-date forms RFC 9110 says a recipient must accept:
/// `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT`, `Sun Nov  6 08:49:37 1994`.
pub(crate) fn parse_http_date(s: &str) -> Option<SystemTime> {
    httpdate::parse_http_date(s.trim()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    fn err(status: u16, body: &str) -> Error {
        error_from_response(status, None, body.as_bytes(), None)
    }

    #[test]
    fn parses_every_documented_shape() {
        let p = ErrorBody::parse(br#"{"error":{"message":"Bad thing","description":"why"}}"#);
        assert_eq!(p.detail(400), "Bad thing: why");

        let p = ErrorBody::parse(
            br#"{"status":401,"error":{"message":"Access denied due to invalid VCC-API-KEY. Make sure to provide a valid key."}}"#,
        );
        assert!(p.message.as_deref().unwrap().starts_with("Access denied"));
        assert!(p.mentions_api_key());

        let p = ErrorBody::parse(
            br#"{"statusCode":403,"message":"Out of call volume quota. Quota will be replenished in 06:40:24."}"#,
        );
        assert!(p.mentions_quota());
        assert_eq!(
            p.detail(403),
            "Out of call volume quota. Quota will be replenished in 06:40:24."
        );

        let p = ErrorBody::parse(
            br#"{"error":"invalid_grant","error_description":"Refresh token is invalid"}"#,
        );
        assert_eq!(p.oauth_code.as_deref(), Some("invalid_grant"));
        assert_eq!(p.detail(400), "invalid_grant: Refresh token is invalid");

        assert_eq!(
            ErrorBody::parse(br#"{"message":"Nope."}"#).detail(400),
            "Nope."
        );
        assert_eq!(ErrorBody::parse(br#""Just text""#).detail(400), "Just text");
        assert_eq!(
            ErrorBody::parse(br#"{"title":"Unprocessable","detail":"operationId"}"#).detail(422),
            "Unprocessable: operationId"
        );
        assert_eq!(
            ErrorBody::parse(br#"{"errors":[{"message":"first"}]}"#).detail(400),
            "first"
        );
        assert_eq!(
            ErrorBody::parse(br#"{"error":{"message":"Same.","description":"Same."}}"#).detail(400),
            "Same."
        );
        assert_eq!(
            ErrorBody::parse(br#"{"error":{"description":"only why"}}"#).detail(400),
            "only why"
        );
    }

    #[test]
    fn falls_back_to_raw_text_then_the_reason_phrase() {
        assert_eq!(
            ErrorBody::parse(b"  <html>\n  <body>502 Bad Gateway</body>\n</html>\n").detail(502),
            "<html> <body>502 Bad Gateway</body> </html>"
        );
        assert_eq!(
            ErrorBody::parse(br#"{"unexpected":1}"#).detail(400),
            r#"{"unexpected":1}"#
        );
        assert_eq!(ErrorBody::parse(b"").detail(503), "Service Unavailable");
        assert_eq!(ErrorBody::parse(b" \r\n").detail(404), "Not Found");
        assert_eq!(ErrorBody::parse(b"").detail(299), "HTTP 299");
        let long = ErrorBody::parse("x".repeat(100_000).as_bytes()).detail(500);
        assert_eq!(long.chars().count(), DETAIL_MAX_CHARS + 1);
        assert_eq!(ErrorBody::parse(b"a\x1bb").detail(500), "a\\u{1b}b");
        let long_msg = format!(r#"{{"message":"{}"}}"#, "m".repeat(5000));
        assert!(
            ErrorBody::parse(long_msg.as_bytes())
                .detail(400)
                .chars()
                .count()
                <= 201
        );
    }

    #[test]
    fn an_api_key_401_is_not_a_sign_in_problem() {
        let e = err(
            401,
            r#"{"status":401,"error":{"message":"Access denied due to invalid VCC-API-KEY. ..."}}"#,
        );
        assert!(matches!(e, Error::InvalidApiKey { .. }), "{e:?}");
        let e = err(
            401,
            r#"{"statusCode":401,"message":"Access denied due to missing subscription key."}"#,
        );
        assert!(matches!(e, Error::InvalidApiKey { .. }), "{e:?}");
        match err(
            401,
            r#"{"error":{"message":"Invalid token","description":"expired"}}"#,
        ) {
            Error::TokenRejected { detail } => assert_eq!(detail, "Invalid token: expired"),
            other => panic!("{other:?}"),
        }
        match err(401, "") {
            Error::TokenRejected { detail } => assert_eq!(detail, "Unauthorized"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn quota_403_says_when_it_resets_and_other_403s_are_forbidden() {
        let e = err(
            403,
            r#"{"statusCode":403,"message":"Out of call volume quota. Quota will be replenished in 06:40:24."}"#,
        );
        match e {
            Error::QuotaExceeded { resets_in } => {
                assert_eq!(
                    resets_in,
                    Some(Duration::from_secs(6 * 3600 + 40 * 60 + 24))
                )
            }
            other => panic!("{other:?}"),
        }
        let nested = err(
            403,
            r#"{"error":{"message":"Out of call volume quota. Quota will be replenished in 30:00:01."}}"#,
        );
        assert_eq!(
            nested.retry_after(),
            Some(Duration::from_secs(30 * 3600 + 1))
        );
        let no_time = err(403, r#"{"message":"Out of call volume quota."}"#);
        assert!(matches!(no_time, Error::QuotaExceeded { resets_in: None }));

        match err(
            403,
            r#"{"error":{"message":"Forbidden","description":"read-only demo car"}}"#,
        ) {
            Error::Forbidden { detail } => assert_eq!(detail, "Forbidden: read-only demo car"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn quota_reset_times_parse_or_give_none() {
        let q = |s: &str| quota_resets_in(&format!("Quota will be replenished in {s}"));
        assert_eq!(q("06:40:24."), Some(Duration::from_secs(24_024)));
        assert_eq!(q("00:00:00"), Some(Duration::ZERO));
        assert_eq!(q("123:00:05"), Some(Duration::from_secs(123 * 3600 + 5)));
        assert_eq!(
            q("1.02:03:04."),
            Some(Duration::from_secs(26 * 3600 + 3 * 60 + 4))
        );
        for bad in [
            "6:61:00",
            "06:40",
            "06:40:24:01",
            "aa:bb:cc",
            "-1:00:00",
            "",
            "soon",
            "06:40:2x",
            "1.24:00:00",
            "9999999:00:00",
            "06:040:24",
        ] {
            assert_eq!(q(bad), None, "{bad:?}");
        }
        assert_eq!(
            quota_resets_in("QUOTA WILL BE REPLENISHED IN 01:00:00"),
            Some(Duration::from_secs(3600))
        );
        assert_eq!(quota_resets_in("no time here"), None);
    }

    #[test]
    fn not_found_depends_on_whether_a_command_was_sent() {
        match error_from_response(404, None, b"", Some(Command::HonkAndFlash)) {
            Error::CommandNotSupported { command } => assert_eq!(command, "HONK_AND_FLASH"),
            other => panic!("{other:?}"),
        }
        let unknown_car = br#"{"error":{"message":"Not Found","description":"Vehicle not found"}}"#;
        match error_from_response(404, None, unknown_car, Some(Command::Honk)) {
            Error::NotFound { detail } => assert!(detail.contains("Vehicle not found"), "{detail}"),
            other => panic!("{other:?}"),
        }
        match err(404, r#"{"error":{"message":"Vehicle not found"}}"#) {
            Error::NotFound { detail } => assert_eq!(detail, "Vehicle not found"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn conflict_server_and_other_statuses() {
        assert!(
            matches!(err(409, r#"{"message":"busy"}"#), Error::Conflict { detail } if detail == "busy")
        );
        for status in [500, 503, 504, 599] {
            let e = error_from_response(status, None, b"oops", Some(Command::Flash));
            assert!(e.command_may_have_run(), "{status}");
            assert!(matches!(e, Error::Server { status: s, .. } if s == status));
            let e = error_from_response(status, None, b"oops", None);
            assert!(!e.command_may_have_run());
        }
        for status in [400, 405, 415, 422, 418, 302, 200, 600] {
            match err(status, "") {
                Error::BadRequest { status: s, .. } => assert_eq!(s, status),
                other => panic!("{status}: {other:?}"),
            }
        }
        match err(422, "") {
            Error::BadRequest { detail, .. } => assert_eq!(detail, "Unprocessable Entity"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn rate_limits_read_retry_after_from_the_header_or_the_body() {
        let rl = |h: Option<&str>, body: &str| match error_from_response(
            429,
            h,
            body.as_bytes(),
            None,
        ) {
            Error::RateLimited { retry_after, local } => {
                assert!(!local);
                retry_after
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(rl(Some("30"), ""), Some(Duration::from_secs(30)));
        assert_eq!(rl(Some(" 7 "), ""), Some(Duration::from_secs(7)));
        assert_eq!(rl(Some("soon"), ""), None);
        assert_eq!(rl(None, ""), None);
        let apim =
            r#"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 12 seconds."}"#;
        assert_eq!(rl(None, apim), Some(Duration::from_secs(12)));
        assert_eq!(rl(Some("3"), apim), Some(Duration::from_secs(3)));
        assert_eq!(
            rl(Some("Thu, 01 Jan 1970 00:00:00 GMT"), ""),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn retry_after_accepts_seconds_and_all_http_date_forms() {
        // 1994-11-06 08:49:37 UTC
        let at = UNIX_EPOCH + Duration::from_secs(784_111_777);
        let now = at - Duration::from_secs(90);
        for form in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            assert_eq!(parse_http_date(form), Some(at), "{form}");
            assert_eq!(
                parse_retry_after(form, now),
                Some(Duration::from_secs(90)),
                "{form}"
            );
        }
        let later = at + Duration::from_secs(5);
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", later),
            Some(Duration::ZERO)
        );
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            parse_http_date("Thu, 29 Feb 2024 23:59:59 GMT"),
            Some(UNIX_EPOCH + Duration::from_secs(1_709_251_199))
        );
        // Before 1970 is no date an HTTP server sends: not understood, so not obeyed.
        assert_eq!(parse_http_date("Wed, 01 Jan 1969 00:00:00 GMT"), None);
        for bad in [
            "-5",
            "1.5",
            "",
            "Sun, 06 Nov 1994 08:49:37 PST",
            "Sun, 30 Feb 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sun, 06 Nov 99999 08:49:37 GMT",
            "99999999999999999999",
        ] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad:?}");
        }
    }
}
