//! Decoding of the real answer shapes in `shared/docs/volvo-api.md`, and properties that must
//! hold for any answer at all: no panic, every failure a readable `Error::Decode`, and no
//! `invokeStatus` other than COMPLETED or SUCCESS ever reading as success.

use proptest::prelude::*;
use serde_json::{json, Value};
use volvo_api::decode::{
    decode_accessibility, decode_command_response, decode_commands, decode_vehicle_details,
    decode_vehicle_list, excerpt, EXCERPT_CHARS,
};
use volvo_api::error::Error;
use volvo_api::models::{
    Availability, CommandName, Descriptions, Images, InvokeStatus, UnavailableReason,
    VehicleDetails,
};
use volvo_api::outcome::{classify, OutcomeKind};
use volvo_api::{Command, CommandTarget, Vin};

const LIST: &str = r#"{"data":[{"vin":"YV4952NA4F120DEMO"},{"vin":"LPSEFAVS2NPOLDEMO"}]}"#;

const DETAILS: &str = r#"{"data": {"vin": "YV1ABCDEFG1234567", "modelYear": 2024, "gearbox": "AUTOMATIC",
  "fuelType": "NONE", "externalColour": "Crystal White Pearl", "batteryCapacityKWH": 66.0,
  "images": {"exteriorImageUrl": "https://.../exterior/...png?client=...&w=1920",
             "internalImageUrl": "https://.../interior/...png?..."},
  "descriptions": {"model": "EX30", "upholstery": "R310", "steering": "LEFT"}}}"#;

const COMMANDS: &str = r#"{"data": [{"command": "LOCK", "href": "/v2/vehicles/YV1ABCDEFG1234567/commands/lock"},
          {"command": "HONK", "href": ".../commands/honk"},
          {"command": "HONK_AND_FLASH", "href": ".../commands/honk-flash"},
          {"command": "FLASH", "href": ".../commands/flash"}]}"#;

const ACCESS_AVAILABLE: &str = r#"{"data": {"availabilityStatus": {"value": "AVAILABLE", "timestamp": "2024-12-30T14:32:26.169Z"}}}"#;
const ACCESS_ASLEEP: &str = r#"{"data": {"availabilityStatus": {"value": "UNAVAILABLE", "unavailableReason": "POWER_SAVING_MODE", "timestamp": "..."}}}"#;
const ACCESS_SIBLING: &str = r#"{"data": {"availabilityStatus": {"value": "UNAVAILABLE", "timestamp": "..."}, "unavailableReason": "POWER_SAVING_MODE"}}"#;

const COMMAND_RESPONSE: &str =
    r#"{"data": {"vin": "YV1ABCDEFG1234567", "invokeStatus": "COMPLETED", "message": ""}}"#;

const EXAMPLES: [&str; 7] = [
    LIST,
    DETAILS,
    COMMANDS,
    ACCESS_AVAILABLE,
    ACCESS_ASLEEP,
    ACCESS_SIBLING,
    COMMAND_RESPONSE,
];

#[test]
fn vehicle_list_example() {
    let vins: Vec<String> = decode_vehicle_list(LIST.as_bytes())
        .unwrap()
        .into_iter()
        .map(|v| v.vin)
        .collect();
    assert_eq!(vins, ["YV4952NA4F120DEMO", "LPSEFAVS2NPOLDEMO"]);
}

#[test]
fn vehicle_details_example() {
    let d = decode_vehicle_details(DETAILS.as_bytes()).unwrap();
    assert_eq!(
        d,
        VehicleDetails {
            vin: Some("YV1ABCDEFG1234567".into()),
            model_year: Some(2024),
            gearbox: Some("AUTOMATIC".into()),
            fuel_type: Some("NONE".into()),
            external_colour: Some("Crystal White Pearl".into()),
            battery_capacity_kwh: Some(66.0),
            images: Images {
                exterior_image_url: Some("https://.../exterior/...png?client=...&w=1920".into()),
                internal_image_url: Some("https://.../interior/...png?...".into()),
            },
            descriptions: Descriptions {
                model: Some("EX30".into()),
                upholstery: Some("R310".into()),
                steering: Some("LEFT".into()),
            },
        }
    );
    assert_eq!(d.model(), Some("EX30"));
    for fuel in ["DIESEL", "PETROL", "PETROL/ELECTRIC", "ELECTRIC", "NONE"] {
        let body = json!({"data": {"fuelType": fuel}}).to_string();
        let d = decode_vehicle_details(body.as_bytes()).unwrap();
        assert_eq!(d.fuel_type.as_deref(), Some(fuel));
    }
}

#[test]
fn commands_example() {
    let c = decode_commands(COMMANDS.as_bytes()).unwrap();
    let names: Vec<&CommandName> = c.iter().map(|i| &i.command).collect();
    assert_eq!(
        names,
        [
            &CommandName::Lock,
            &CommandName::Honk,
            &CommandName::HonkAndFlash,
            &CommandName::Flash
        ]
    );
    let beacon: Vec<Command> = c.iter().filter_map(|i| i.command.as_command()).collect();
    assert_eq!(
        beacon,
        [Command::Honk, Command::HonkAndFlash, Command::Flash]
    );

    // The documentation's `.../commands/...` hrefs are placeholders: the documented path.
    let base = url::Url::parse("https://api.volvocars.com/connected-vehicle/v2").unwrap();
    let vin = Vin::parse("YV1ABCDEFG1234567").unwrap();
    for command in Command::ALL {
        let target = CommandTarget::resolve(&base, &vin, command, &c);
        assert!(!target.follows_href(), "{command}");
        assert_eq!(
            target.url().as_str(),
            format!(
                "https://api.volvocars.com/connected-vehicle/v2/vehicles/YV1ABCDEFG1234567/commands/{}",
                command.path_segment()
            )
        );
    }
}

#[test]
fn accessibility_examples() {
    let a = decode_accessibility(ACCESS_AVAILABLE.as_bytes()).unwrap();
    assert_eq!(a.availability, Availability::Available);
    assert_eq!(a.unavailable_reason, None);
    assert_eq!(a.timestamp.as_deref(), Some("2024-12-30T14:32:26.169Z"));
    assert!(a.is_available());
    assert_eq!(a.describe(), "Ready for commands");

    for body in [ACCESS_ASLEEP, ACCESS_SIBLING] {
        let a = decode_accessibility(body.as_bytes()).unwrap();
        assert_eq!(a.availability, Availability::Unavailable);
        assert_eq!(
            a.unavailable_reason,
            Some(UnavailableReason::PowerSavingMode)
        );
        assert_eq!(a.timestamp.as_deref(), Some("..."));
        assert!(!a.is_available());
        assert_eq!(
            a.describe(),
            "Asleep to save power: it wakes when used or unlocked with the key"
        );
    }
}

#[test]
fn command_response_example() {
    let r = decode_command_response(COMMAND_RESPONSE.as_bytes()).unwrap();
    assert_eq!(r.vin.as_deref(), Some("YV1ABCDEFG1234567"));
    assert_eq!(r.invoke_status, InvokeStatus::Completed);
    assert_eq!(r.message, "");
    assert_eq!(r.status_code, None);
    assert_eq!(r.operation_id, None);
    assert_eq!(classify(&r.invoke_status).kind, OutcomeKind::Succeeded);
}

#[test]
fn a_response_without_invoke_status_is_a_decode_error() {
    for body in [
        r#"{"data": {"vin": "YV1ABCDEFG1234567", "message": ""}}"#,
        r#"{"data": {"invokeStatus": ["COMPLETED"]}}"#,
        r#"{"data": {"invokeStatus": null}}"#,
    ] {
        match decode_command_response(body.as_bytes()) {
            Err(Error::Decode { detail, excerpt }) => {
                assert!(detail.contains("invokeStatus"), "{detail}");
                assert!(excerpt.starts_with("{\"data\""), "{excerpt}");
            }
            other => panic!("{body}: {other:?}"),
        }
    }
}

/// Every decoder on one body; each must return, and any failure must be a readable Decode.
fn decode_all(body: &[u8]) {
    fn check<T: std::fmt::Debug>(r: Result<T, Error>) {
        if let Err(e) = r {
            match &e {
                Error::Decode { detail, excerpt } => {
                    assert!(!detail.is_empty());
                    assert!(excerpt.chars().count() <= EXCERPT_CHARS + 1);
                    assert!(!excerpt.chars().any(char::is_control), "{excerpt:?}");
                }
                other => panic!("not a decode error: {other:?}"),
            }
            assert!(!e.to_string().is_empty());
        }
    }
    check(decode_vehicle_list(body));
    check(decode_vehicle_details(body));
    check(decode_commands(body));
    check(decode_accessibility(body));
    check(decode_command_response(body).inspect(|r| {
        // Whatever came in, the outcome must be computable and one line.
        assert!(!classify(&r.invoke_status).summary.contains('\n'));
    }));
    let x = excerpt(body);
    assert!(x.chars().count() <= EXCERPT_CHARS + 1);
}

const FIELD_NAMES: &[&str] = &[
    "data",
    "vin",
    "modelYear",
    "gearbox",
    "fuelType",
    "externalColour",
    "batteryCapacityKWH",
    "images",
    "exteriorImageUrl",
    "internalImageUrl",
    "descriptions",
    "model",
    "command",
    "href",
    "availabilityStatus",
    "value",
    "unavailableReason",
    "timestamp",
    "invokeStatus",
    "message",
    "statusCode",
    "operationId",
];

fn interesting_string() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(InvokeStatus::KNOWN).prop_map(|s| s.as_str().to_owned()),
        prop::sample::select(FIELD_NAMES).prop_map(str::to_owned),
        Just("AVAILABLE".to_owned()),
        Just("POWER_SAVING_MODE".to_owned()),
        Just("2024".to_owned()),
        Just("/v2/vehicles/X/commands/honk".to_owned()),
        ".{0,12}",
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from), // non-finite floats become null
        interesting_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((interesting_string(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A real example with bytes overwritten, inserted or removed.
fn mutated_example() -> impl Strategy<Value = Vec<u8>> {
    let edit = (any::<prop::sample::Index>(), 0u8..3, any::<u8>());
    (
        prop::sample::select(&EXAMPLES[..]),
        prop::collection::vec(edit, 1..6),
    )
        .prop_map(|(example, edits)| {
            let mut bytes = example.as_bytes().to_vec();
            for (at, op, byte) in edits {
                if bytes.is_empty() {
                    break;
                }
                let i = at.index(bytes.len());
                match op {
                    0 => bytes[i] = byte,
                    1 => bytes.insert(i, byte),
                    _ => {
                        bytes.remove(i);
                    }
                }
            }
            bytes
        })
}

/// A real example with one value somewhere inside replaced by arbitrary JSON.
fn example_with_replaced_value() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(&EXAMPLES[..]),
        any::<prop::sample::Index>(),
        json_value(),
    )
        .prop_map(|(example, at, replacement)| {
            let mut v: Value = serde_json::from_str(example).unwrap();
            let paths = all_paths(&v);
            let path = &paths[at.index(paths.len())];
            *pointer_mut(&mut v, path) = replacement;
            v
        })
}

#[derive(Clone)]
enum Step {
    Key(String),
    Pos(usize),
}

/// The path to every value in `v`, the root included.
fn all_paths(v: &Value) -> Vec<Vec<Step>> {
    fn walk(v: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(path.clone());
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    path.push(Step::Key(k.clone()));
                    walk(child, path, out);
                    path.pop();
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    path.push(Step::Pos(i));
                    walk(child, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), &mut out);
    out
}

fn pointer_mut<'a>(mut v: &'a mut Value, path: &[Step]) -> &'a mut Value {
    for step in path {
        v = match step {
            Step::Key(k) => &mut v[k.as_str()],
            Step::Pos(i) => &mut v[*i],
        };
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(body in prop::collection::vec(any::<u8>(), 0..600)) {
        decode_all(&body);
    }

    #[test]
    fn arbitrary_json_never_panics(v in json_value()) {
        decode_all(v.to_string().as_bytes());
        decode_all(json!({ "data": v }).to_string().as_bytes());
    }

    #[test]
    fn mutated_examples_never_panic(body in mutated_example()) {
        decode_all(&body);
    }

    #[test]
    fn examples_with_a_replaced_value_never_panic(v in example_with_replaced_value()) {
        decode_all(v.to_string().as_bytes());
    }

    #[test]
    fn details_with_any_field_values_still_decode(
        fields in prop::collection::vec((prop::sample::select(FIELD_NAMES), json_value()), 0..8)
    ) {
        let obj: serde_json::Map<String, Value> =
            fields.into_iter().map(|(k, v)| (k.to_owned(), v)).filter(|(k, _)| k != "data").collect();
        let body = json!({ "data": obj }).to_string();
        prop_assert!(decode_vehicle_details(body.as_bytes()).is_ok());
        prop_assert!(decode_accessibility(body.as_bytes()).is_ok());
    }

    #[test]
    fn any_invoke_status_round_trips_and_only_two_succeed(
        s in prop_oneof![
            any::<String>(),
            prop::sample::select(InvokeStatus::KNOWN).prop_map(|s| s.as_str().to_owned()),
            // Near misses of the two success values.
            prop::sample::select(&["COMPLETED", "SUCCESS"][..]).prop_flat_map(|base| {
                (Just(base), "[ a-z_\\n]{0,3}", any::<bool>()).prop_map(|(b, extra, front)| {
                    if front { format!("{extra}{b}") } else { format!("{b}{extra}") }
                })
            }),
            Just("completed".to_owned()),
            Just("Success".to_owned()),
        ]
    ) {
        let body = json!({ "data": { "invokeStatus": s, "message": "" } }).to_string();
        let r = decode_command_response(body.as_bytes()).unwrap();
        prop_assert_eq!(r.invoke_status.as_str(), s.as_str());
        prop_assert_eq!(&InvokeStatus::from(s.as_str()), &r.invoke_status);
        let succeeded = classify(&r.invoke_status).kind == OutcomeKind::Succeeded;
        prop_assert_eq!(succeeded, s == "COMPLETED" || s == "SUCCESS");
        let serialized = serde_json::to_value(&r.invoke_status).unwrap();
        prop_assert_eq!(serialized, Value::String(s.clone()));
    }
}
