//! Turning a successful answer's body into models.
//!
//! Each function takes the raw body, accepts Volvo's `{"data": ...}` wrapper or the bare
//! payload, and never panics: an answer that cannot be understood becomes
//! [`Error::Decode`] with what was expected and the start of what came.

use serde_json::{Map, Value};

use crate::error::Error;
use crate::models::{
    json_kind, push_visible, Accessibility, CommandInfo, CommandResponse, VehicleDetails,
    VehicleRef,
};

/// Characters of the body kept in [`Error::Decode`]: enough to recognise an HTML error page or
/// a truncated answer, short enough for one message.
pub const EXCERPT_CHARS: usize = 200;

pub fn decode_vehicle_list(body: &[u8]) -> Result<Vec<VehicleRef>, Error> {
    const WHAT: &str = "a list of vehicles";
    let items = expect_list(body, WHAT)?;
    // An entry without a usable VIN can't be addressed anyway; dropping it keeps the others.
    Ok(items
        .iter()
        .filter_map(|item| match item {
            Value::Object(o) => o.get("vin")?.as_str(),
            Value::String(s) => Some(s.as_str()),
            _ => None,
        })
        .filter(|vin| !vin.trim().is_empty())
        .map(|vin| VehicleRef {
            vin: vin.to_owned(),
        })
        .collect())
}

pub fn decode_vehicle_details(body: &[u8]) -> Result<VehicleDetails, Error> {
    let obj = expect_object(body, "vehicle details")?;
    Ok(VehicleDetails::from_json(&obj))
}

/// Entries with an unknown command name are kept (as `Other`); entries without one are skipped.
pub fn decode_commands(body: &[u8]) -> Result<Vec<CommandInfo>, Error> {
    let items = expect_list(body, "a list of commands")?;
    Ok(items.iter().filter_map(CommandInfo::from_json).collect())
}

/// A missing availability reads as `Unspecified`, not as an error.
pub fn decode_accessibility(body: &[u8]) -> Result<Accessibility, Error> {
    let obj = expect_object(body, "command accessibility")?;
    Ok(Accessibility::from_json(&obj))
}

/// Fails when `invokeStatus` is missing or not a string: then nobody can tell what the car did.
pub fn decode_command_response(body: &[u8]) -> Result<CommandResponse, Error> {
    let obj = expect_object(body, "a command response")?;
    CommandResponse::from_json(&obj).map_err(|detail| decode_error(detail, body))
}

/// At most [`EXCERPT_CHARS`] characters from the start of `body`, for a message or a log:
/// invalid UTF-8 replaced, control and invisible formatting characters escaped (an escape
/// counts with its full length and is never cut), `…` appended when cut.
pub fn excerpt(body: &[u8]) -> String {
    // At most four bytes per char (or per replaced invalid sequence), so this prefix holds more
    // than EXCERPT_CHARS characters whenever the body does, and a huge body is never decoded
    // in full.
    let prefix = &body[..body.len().min(EXCERPT_CHARS * 4 + 4)];
    let text = String::from_utf8_lossy(prefix);
    let mut out = String::new();
    let mut used = 0;
    let mut shown = String::new();
    for c in text.chars() {
        shown.clear();
        push_visible(&mut shown, c);
        let len = shown.chars().count();
        if used + len > EXCERPT_CHARS {
            out.push('…');
            break;
        }
        out.push_str(&shown);
        used += len;
    }
    out
}

fn decode_error(detail: impl Into<String>, body: &[u8]) -> Error {
    Error::Decode {
        detail: detail.into(),
        excerpt: excerpt(body),
    }
}

fn parse(body: &[u8], what: &str) -> Result<Value, Error> {
    // Some proxies prepend a byte-order mark; it is not part of the JSON.
    let json = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    if json.iter().all(u8::is_ascii_whitespace) {
        return Err(decode_error(
            format!("expected {what}, but the answer was empty"),
            body,
        ));
    }
    let value: Value = serde_json::from_slice(json).map_err(|e| {
        decode_error(
            format!("expected {what} as JSON, but it is not JSON ({e})"),
            body,
        )
    })?;
    Ok(unwrap_data(value))
}

/// Volvo wraps payloads in `data`; our simulator and some proxies may not. Only an object or
/// list under `data` is unwrapped, so a bare payload that merely has a `data` field of another
/// type is still read as itself, and `{"data": null}` fails as "got null" below.
fn unwrap_data(value: Value) -> Value {
    match value {
        Value::Object(mut obj) if obj.contains_key("data") => match obj.get("data") {
            Some(Value::Object(_) | Value::Array(_) | Value::Null) => {
                obj.remove("data").unwrap_or(Value::Null)
            }
            _ => Value::Object(obj),
        },
        other => other,
    }
}

fn expect_object(body: &[u8], what: &str) -> Result<Map<String, Value>, Error> {
    match parse(body, what)? {
        Value::Object(obj) => Ok(obj),
        other => Err(decode_error(
            format!(
                "expected {what} as a JSON object, got {}",
                json_kind(&other)
            ),
            body,
        )),
    }
}

fn expect_list(body: &[u8], what: &str) -> Result<Vec<Value>, Error> {
    match parse(body, what)? {
        Value::Array(items) => Ok(items),
        other => Err(decode_error(
            format!("expected {what} as a JSON list, got {}", json_kind(&other)),
            body,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Availability, CommandName, InvokeStatus, UnavailableReason};

    fn decode_err(e: Error) -> (String, String) {
        match e {
            Error::Decode { detail, excerpt } => (detail, excerpt),
            other => panic!("expected a decode error, got {other:?}"),
        }
    }

    #[test]
    fn accepts_wrapped_and_bare_payloads() {
        let wrapped = decode_vehicle_list(br#"{"data":[{"vin":"YV4952NA4F120DEMO"}]}"#).unwrap();
        let bare = decode_vehicle_list(br#"[{"vin":"YV4952NA4F120DEMO"}]"#).unwrap();
        assert_eq!(wrapped, bare);
        assert_eq!(wrapped[0].vin, "YV4952NA4F120DEMO");

        let a = decode_command_response(br#"{"data":{"invokeStatus":"COMPLETED"}}"#).unwrap();
        let b = decode_command_response(br#"{"invokeStatus":"COMPLETED"}"#).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.invoke_status, InvokeStatus::Completed);

        let with_bom = decode_vehicle_list(b"\xEF\xBB\xBF{\"data\":[]}").unwrap();
        assert!(with_bom.is_empty());
    }

    #[test]
    fn a_bare_payload_with_an_odd_data_field_is_read_as_itself() {
        let r = decode_command_response(br#"{"invokeStatus":"SENT","data":"x"}"#).unwrap();
        assert_eq!(r.invoke_status, InvokeStatus::Sent);
    }

    #[test]
    fn vehicle_list_skips_entries_without_a_vin() {
        let v = decode_vehicle_list(
            br#"{"data":[{"vin":"A"},{"vin":null},{"other":1},7,"B",{"vin":""},{"vin":"C","x":[]}]}"#,
        )
        .unwrap();
        let vins: Vec<_> = v.iter().map(|r| r.vin.as_str()).collect();
        assert_eq!(vins, ["A", "B", "C"]);
    }

    #[test]
    fn commands_keep_unknown_names_and_skip_nameless_entries() {
        let c = decode_commands(
            br#"{"data":[{"command":"HONK"},{"href":"/x"},{"command":"BEAM_ME_UP","href":"/y"}]}"#,
        )
        .unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].command, CommandName::Honk);
        assert_eq!(c[1].command, CommandName::Other("BEAM_ME_UP".into()));
        assert_eq!(c[1].href.as_deref(), Some("/y"));
    }

    #[test]
    fn accessibility_without_availability_is_unspecified() {
        let a = decode_accessibility(br#"{"data":{}}"#).unwrap();
        assert_eq!(a.availability, Availability::Unspecified);
        let a = decode_accessibility(
            br#"{"data":{"availabilityStatus":{"value":"UNAVAILABLE"},"unavailableReason":"CAR_IN_USE"}}"#,
        )
        .unwrap();
        assert_eq!(a.unavailable_reason, Some(UnavailableReason::CarInUse));
    }

    #[test]
    fn failures_say_what_was_expected_and_show_the_body() {
        let (d, x) = decode_err(decode_vehicle_list(b"<html>Bad gateway</html>").unwrap_err());
        assert!(
            d.contains("a list of vehicles") && d.contains("not JSON"),
            "{d}"
        );
        assert_eq!(x, "<html>Bad gateway</html>");

        let (d, _) = decode_err(decode_vehicle_list(br#"{"data":{"vin":"A"}}"#).unwrap_err());
        assert!(d.contains("got an object"), "{d}");
        let (d, _) = decode_err(decode_commands(br#"{"data":null}"#).unwrap_err());
        assert!(d.contains("got null"), "{d}");
        let (d, _) = decode_err(decode_vehicle_details(b"  \n").unwrap_err());
        assert!(d.contains("empty"), "{d}");
        let (d, _) = decode_err(decode_accessibility(b"[]").unwrap_err());
        assert!(
            d.contains("command accessibility") && d.contains("a list"),
            "{d}"
        );

        let (d, _) =
            decode_err(decode_command_response(br#"{"data":{"message":"ok"}}"#).unwrap_err());
        assert!(d.contains("invokeStatus"), "{d}");
        let (d, _) =
            decode_err(decode_command_response(br#"{"data":{"invokeStatus":42}}"#).unwrap_err());
        assert!(d.contains("invokeStatus") && d.contains("number"), "{d}");
    }

    #[test]
    fn excerpt_is_short_escaped_and_lossy() {
        assert_eq!(excerpt(b""), "");
        assert_eq!(excerpt(b"a\nb\tc\x1b[31m"), "a\\nb\\tc\\u{1b}[31m");
        assert_eq!(excerpt(b"ok \xFF\xFE"), "ok \u{FFFD}\u{FFFD}");
        let long = "é".repeat(1000);
        let x = excerpt(long.as_bytes());
        assert_eq!(x.chars().count(), EXCERPT_CHARS + 1);
        assert!(x.ends_with("é…"));
        let exact = "a".repeat(EXCERPT_CHARS);
        assert_eq!(excerpt(exact.as_bytes()), exact);
        let big = vec![b'x'; 10_000_000];
        assert_eq!(excerpt(&big).chars().count(), EXCERPT_CHARS + 1);
        let escapes = "\u{1}".repeat(100);
        let x = excerpt(escapes.as_bytes());
        assert!(x.chars().count() <= EXCERPT_CHARS + 1);
        assert!(x.ends_with("\\u{1}…"), "{x}");
    }
}
