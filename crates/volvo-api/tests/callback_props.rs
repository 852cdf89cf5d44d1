//! `parse_callback` on anything: it never panics, and it only ever hands out a code and a
//! state that were really there.

use proptest::prelude::*;
use url::form_urlencoded;
use volvo_api::auth::VolvoId;

const PREFIXES: &[&str] = &[
    "volvo-beacon://auth/callback?",
    "http://127.0.0.1:53682/callback?",
    "https://beacon.example/signed-in?",
    "?",
    "",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("code".to_owned()),
        Just("state".to_owned()),
        Just("error".to_owned()),
        Just("error_description".to_owned()),
        Just("iss".to_owned()),
        "\\PC{0,12}",
    ]
}

fn encode(pairs: &[(String, String)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

fn values_of<'a>(pairs: &'a [(String, String)], key: &str) -> Vec<&'a str> {
    pairs
        .iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_any_string(input in "\\PC{0,300}") {
        if let Ok(cb) = VolvoId::parse_callback(&input) {
            prop_assert!(!cb.code.is_empty());
            prop_assert!(!cb.state.is_empty());
        }
    }

    #[test]
    fn never_panics_on_any_bytes_as_text(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let input = String::from_utf8_lossy(&bytes);
        if let Ok(cb) = VolvoId::parse_callback(&input) {
            prop_assert!(!cb.code.is_empty() && !cb.state.is_empty());
        }
    }

    /// Whatever the parameters, success means exactly one non-empty code and one non-empty
    /// state were sent, no error was, and those are what came back.
    #[test]
    fn ok_only_with_the_code_and_state_that_were_sent(
        prefix in proptest::sample::select(PREFIXES),
        pairs in proptest::collection::vec((key(), "\\PC{0,24}"), 0..8),
    ) {
        let input = format!("{prefix}{}", encode(&pairs));
        if let Ok(cb) = VolvoId::parse_callback(&input) {
            prop_assert_eq!(values_of(&pairs, "code"), vec![cb.code.as_str()]);
            prop_assert_eq!(values_of(&pairs, "state"), vec![cb.state.as_str()]);
            prop_assert!(!cb.code.is_empty() && !cb.state.is_empty());
            prop_assert!(values_of(&pairs, "error").iter().all(|e| e.is_empty()));
        }
    }

    /// And the other way round: a well-formed answer is read exactly, whatever else rides
    /// along and however it is wrapped.
    #[test]
    fn well_formed_answers_are_read_exactly(
        prefix in proptest::sample::select(PREFIXES),
        code in "[ -~]{1,64}",
        state in "[ -~]{1,64}",
        extra in proptest::collection::vec(("x[a-z]{0,6}", "\\PC{0,16}"), 0..4),
        wrap in proptest::sample::select(&["", " ", "\n", "\"", "<"][..]),
    ) {
        let mut pairs = extra;
        pairs.push(("code".into(), code.clone()));
        pairs.push(("state".into(), state.clone()));
        let closing = match wrap { "<" => ">", other => other };
        let input = format!("{wrap}{prefix}{}{closing}", encode(&pairs));
        let cb = VolvoId::parse_callback(&input);
        prop_assert!(cb.is_ok(), "{:?} -> {:?}", input, cb);
        let cb = cb.unwrap();
        prop_assert_eq!(cb.code, code);
        prop_assert_eq!(cb.state, state);
    }
}
