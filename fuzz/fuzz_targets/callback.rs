//! The sign-in callback parser against arbitrary text: as pasted, and as the query of the
//! `volvo-beacon://auth/callback?` deep link the desktop app is handed.
//!
//! Invariants (each can fail):
//! - an accepted answer has a non-empty code and state, both printable ASCII and within the
//!   documented limits, and came from input no longer than `MAX_CALLBACK_BYTES`;
//! - what is accepted once survives a clean deep link round trip unchanged;
//! - `Debug` of an answer never shows the code;
//! - a refusal is one of the four sign-in kinds, with a short, single-line message;
//! - `check_callback` on a `VolvoId` with one sign-in in progress never accepts an answer for
//!   another state, and never lets an error answer (`access_denied`, ...) through without it.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use url::form_urlencoded;
use volvo_api::auth::{
    Callback, VolvoId, VolvoIdConfig, DEEP_LINK_REDIRECT, MAX_CALLBACK_BYTES, MAX_CODE_BYTES,
};

/// Longest state `parse_callback` lets through (its `MAX_STATE_BYTES`).
const MAX_STATE_BYTES: usize = 512;
/// A refusal is read by a person: a sentence or two, never the input echoed back at length.
const MAX_MESSAGE_CHARS: usize = 1000;

struct Started {
    volvo_id: VolvoId,
    state: String,
}

fn started() -> &'static Started {
    static STARTED: OnceLock<Started> = OnceLock::new();
    STARTED.get_or_init(|| {
        let volvo_id = VolvoId::new(VolvoIdConfig::new("fuzz-client", "fuzz-secret")).unwrap();
        let state = volvo_id.start_sign_in(DEEP_LINK_REDIRECT).unwrap().state;
        Started { volvo_id, state }
    })
}

fn printable_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..=0x7e).contains(&b))
}

fn check_accepted(input: &str, cb: &Callback) {
    assert!(
        input.len() <= MAX_CALLBACK_BYTES,
        "accepted {} bytes",
        input.len()
    );
    assert!(!cb.code.is_empty(), "empty code accepted");
    assert!(!cb.state.is_empty(), "empty state accepted");
    assert!(
        cb.code.len() <= MAX_CODE_BYTES,
        "code of {} bytes",
        cb.code.len()
    );
    assert!(
        cb.state.len() <= MAX_STATE_BYTES,
        "state of {} bytes",
        cb.state.len()
    );
    assert!(printable_ascii(&cb.code), "code {:?}", cb.code);
    assert!(printable_ascii(&cb.state), "state {:?}", cb.state);

    let shown = format!("{cb:?}");
    let expected = format!("Callback {{ code: \"***\", state: {:?} }}", cb.state);
    assert_eq!(shown, expected, "Debug of a callback must hide the code");

    let again = format!(
        "{DEEP_LINK_REDIRECT}?{}",
        form_urlencoded::Serializer::new(String::new())
            .append_pair("code", &cb.code)
            .append_pair("state", &cb.state)
            .finish()
    );
    match VolvoId::parse_callback(&again) {
        Ok(back) => assert!(
            back == *cb,
            "round trip changed {cb:?} into {back:?} via {again:?}"
        ),
        Err(e) => panic!("{cb:?} accepted, but its clean deep link {again:?} is refused: {e}"),
    }
}

fn check_refused(e: &volvo_api::Error) {
    let kind = e.kind();
    assert!(
        matches!(
            kind,
            "invalid_callback" | "invalid_state" | "sign_in_cancelled" | "sign_in_failed"
        ),
        "unexpected kind {kind}: {e}"
    );
    let message = e.to_string();
    assert!(!message.trim().is_empty(), "{kind} with an empty message");
    assert!(
        message.chars().count() <= MAX_MESSAGE_CHARS,
        "{kind} message of {} chars",
        message.chars().count()
    );
    assert!(
        !message.chars().any(char::is_control),
        "{kind} message with a control character: {message:?}"
    );
}

fn check(input: &str) {
    match VolvoId::parse_callback(input) {
        Ok(cb) => check_accepted(input, &cb),
        Err(e) => check_refused(&e),
    }

    let started = started();
    match started.volvo_id.check_callback(input) {
        Ok(cb) => assert_eq!(
            cb.state, started.state,
            "check_callback accepted a foreign state"
        ),
        Err(e) => {
            check_refused(&e);
            // An error answer may end the sign-in only with that sign-in's own state.
            if matches!(e.kind(), "sign_in_cancelled" | "sign_in_failed") {
                assert!(
                    input.contains(&started.state),
                    "foreign error answer passed: {e}"
                );
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check(&text);
    check(&format!("{DEEP_LINK_REDIRECT}?{text}"));
});
