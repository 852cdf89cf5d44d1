//! Every public decoder of Volvo's answers against arbitrary bytes, as the client meets them
//! after a 2xx. (Error bodies are mapped by `error_body`, which is crate-private and only
//! reachable through `Client` over HTTP, so it is not fuzzed here; `decode_props.rs` has
//! generative tests for the mapping's inputs.)
//!
//! Invariants (each can fail):
//! - a refusal is `Error::Decode` with a single-line excerpt of at most `EXCERPT_CHARS` + 1
//!   characters, and a message without control characters;
//! - `excerpt` of anything is bounded and shows no control or invisible formatting character;
//! - a decoded vehicle list has no blank VIN, and a VIN from it that `Vin::parse` accepts is 17
//!   upper-case ASCII letters or digits;
//! - command names round-trip, and whatever the `href`s say, a command's target stays on the
//!   API's origin, under this car's `commands/`, one segment deep, with no fragment or user info;
//! - only `COMPLETED` and `SUCCESS` classify as success; plain-words summaries are one line;
//! - every decoded model serializes to JSON (what the CLI and the desktop app do with it).
#![no_main]

use libfuzzer_sys::fuzz_target;
use url::Url;
use volvo_api::decode::{
    decode_accessibility, decode_command_response, decode_commands, decode_vehicle_details,
    decode_vehicle_list, excerpt, EXCERPT_CHARS,
};
use volvo_api::models::{Availability, CommandName};
use volvo_api::outcome::{classify, OutcomeKind};
use volvo_api::{Command, CommandTarget, Error, Vin};

/// What `push_visible` escapes besides control characters: zero-width and bidi controls.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

fn one_line(what: &str, s: &str) {
    assert!(
        !s.chars().any(|c| c.is_control() || invisible(c)),
        "{what} shows a control or invisible character: {s:?}"
    );
}

fn check_excerpt(what: &str, s: &str) {
    let n = s.chars().count();
    assert!(n <= EXCERPT_CHARS + 1, "{what} of {n} chars");
    one_line(what, s);
}

fn check_error(decoder: &str, e: Error) {
    match &e {
        Error::Decode { detail, excerpt } => {
            assert!(!detail.trim().is_empty(), "{decoder}: empty detail");
            check_excerpt(decoder, excerpt);
        }
        other => panic!("{decoder} failed with {}: {other}", other.kind()),
    }
    assert_eq!(e.kind(), "decode");
    let message = e.to_string();
    assert!(
        !message.chars().any(char::is_control),
        "{decoder}: {message:?}"
    );
}

fn serializes<T: serde::Serialize>(what: &str, value: &T) {
    if let Err(e) = serde_json::to_string(value) {
        panic!("{what} does not serialize: {e}");
    }
}

fn base() -> Url {
    Url::parse("https://api.volvocars.com/connected-vehicle/v2").unwrap()
}

const FUZZ_VIN: &str = "YV1ABCDEFG1234567";

fuzz_target!(|data: &[u8]| {
    check_excerpt("excerpt", &excerpt(data));

    match decode_vehicle_list(data) {
        Ok(list) => {
            serializes("vehicle list", &list);
            for v in &list {
                assert!(!v.vin.trim().is_empty(), "blank VIN kept: {:?}", v.vin);
                if let Ok(vin) = Vin::parse(&v.vin) {
                    let s = vin.as_str();
                    assert_eq!(s.len(), 17);
                    assert!(s
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
                }
            }
        }
        Err(e) => check_error("decode_vehicle_list", e),
    }

    match decode_vehicle_details(data) {
        Ok(d) => {
            serializes("vehicle details", &d);
            if let Some(kwh) = d.battery_capacity_kwh {
                assert!(kwh.is_finite(), "battery capacity {kwh}");
            }
            for (field, value) in [
                ("vin", &d.vin),
                ("gearbox", &d.gearbox),
                ("fuelType", &d.fuel_type),
                ("externalColour", &d.external_colour),
                ("model", &d.descriptions.model),
                ("upholstery", &d.descriptions.upholstery),
                ("steering", &d.descriptions.steering),
                ("exteriorImageUrl", &d.images.exterior_image_url),
                ("internalImageUrl", &d.images.internal_image_url),
            ] {
                if let Some(v) = value {
                    assert!(!v.trim().is_empty(), "blank {field} kept");
                }
            }
        }
        Err(e) => check_error("decode_vehicle_details", e),
    }

    match decode_commands(data) {
        Ok(commands) => {
            serializes("commands", &commands);
            let base = base();
            for c in &commands {
                let name = c.command.as_str();
                assert!(!name.trim().is_empty(), "blank command name kept");
                assert_eq!(
                    CommandName::from(name),
                    c.command,
                    "{name:?} does not round-trip"
                );
            }
            let vin = Vin::parse(FUZZ_VIN).unwrap();
            let own = format!("{}/vehicles/{FUZZ_VIN}/commands/", base.as_str());
            for command in Command::ALL {
                let target = CommandTarget::resolve(&base, &vin, command, &commands);
                let url = target.url();
                assert_eq!(url.origin(), base.origin(), "switched origin: {url}");
                assert!(url.as_str().starts_with(&own), "left this car's commands: {url}");
                let segment = url.as_str()[own.len()..].split('?').next().unwrap_or_default();
                assert!(!segment.is_empty() && !segment.contains('/'), "{url}");
                assert!(url.fragment().is_none() && url.username().is_empty(), "{url}");
            }
        }
        Err(e) => check_error("decode_commands", e),
    }

    match decode_accessibility(data) {
        Ok(a) => {
            serializes("accessibility", &a);
            assert_eq!(a.is_available(), a.availability == Availability::Available);
            let words = a.describe();
            assert!(!words.trim().is_empty());
            // Unknown values are cut at 80 characters, each escaped at worst as `\u{10ffff}`.
            assert!(
                words.chars().count() <= 1000,
                "describe() of {} chars",
                words.chars().count()
            );
            one_line("describe()", &words);
        }
        Err(e) => check_error("decode_accessibility", e),
    }

    match decode_command_response(data) {
        Ok(r) => {
            serializes("command response", &r);
            let outcome = classify(&r.invoke_status);
            if outcome.kind == OutcomeKind::Succeeded {
                assert!(
                    matches!(r.invoke_status.as_str(), "COMPLETED" | "SUCCESS"),
                    "{:?} reads as success",
                    r.invoke_status.as_str()
                );
            }
            assert!(!outcome.summary.trim().is_empty());
            assert!(
                outcome.summary.chars().count() <= 1000,
                "summary of {} chars",
                outcome.summary.chars().count()
            );
            one_line("outcome summary", &outcome.summary);
            serializes("outcome", &outcome);
        }
        Err(e) => check_error("decode_command_response", e),
    }
});
