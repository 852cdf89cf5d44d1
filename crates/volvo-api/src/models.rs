//! What Volvo's answers mean, as types.
//!
//! Volvo adds fields and enum values without notice, and captured answers have had fields
//! missing, `null`, or of the wrong type. So every model here is read leniently: unknown fields
//! are ignored, an optional field that cannot be understood becomes `None` instead of failing
//! the whole answer, and an enum value Beacon does not know is kept verbatim in `Other` so it
//! can still be shown to the user. The only hard requirement anywhere is a command response's
//! `invokeStatus`: without it nobody can tell what the car did.
//!
//! Everything serializes in camelCase with enums as their API strings, so the CLI's `--json`
//! and the desktop's IPC show the same words Volvo used.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::command::Command;

/// An enum whose known values are variants and whose unknown values are kept as `Other`.
///
/// `From<&str>` is the only sensible constructor: building `Other("COMPLETED")` by hand gives a
/// value that compares unequal to the known variant, so code that must not be fooled by that
/// (like [`crate::outcome::classify`]) re-reads the string.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $api:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value Beacon does not know, exactly as Volvo sent it.
            Other(String),
        }

        impl $name {
            /// Every value Beacon knows, in the order of Volvo's documentation.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The exact string Volvo uses (for `Other`, the string it sent).
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $api, )+
                    $name::Other(s) => s,
                }
            }

            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Other(_))
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                // Exact match only: "completed" is not what Volvo documents, and guessing
                // could turn an unknown answer into a success.
                match s {
                    $( $api => $name::$variant, )+
                    other => $name::Other(other.to_owned()),
                }
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                match $name::from(s.as_str()) {
                    $name::Other(_) => $name::Other(s),
                    known => known,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                String::deserialize(d).map($name::from)
            }
        }
    };
}

/// One entry of the vehicle list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleRef {
    pub vin: String,
}

/// Details for a vehicle tile. Any field may be missing.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleDetails {
    pub vin: Option<String>,
    pub model_year: Option<u16>,
    pub gearbox: Option<String>,
    pub fuel_type: Option<String>,
    pub external_colour: Option<String>,
    #[serde(rename = "batteryCapacityKWH")]
    pub battery_capacity_kwh: Option<f64>,
    pub images: Images,
    pub descriptions: Descriptions,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Images {
    pub exterior_image_url: Option<String>,
    pub internal_image_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptions {
    pub model: Option<String>,
    pub upholstery: Option<String>,
    pub steering: Option<String>,
}

impl VehicleDetails {
    /// The model name for a tile, e.g. "EX30".
    pub fn model(&self) -> Option<&str> {
        self.descriptions.model.as_deref()
    }

    /// Reads a details object leniently; anything that is not understood is left `None`.
    pub(crate) fn from_json(obj: &Map<String, Value>) -> Self {
        let images = obj.get("images").and_then(Value::as_object);
        let descriptions = obj.get("descriptions").and_then(Value::as_object);
        VehicleDetails {
            vin: text(obj.get("vin")),
            model_year: lenient_u16(obj.get("modelYear")),
            gearbox: text(obj.get("gearbox")),
            fuel_type: text(obj.get("fuelType")),
            external_colour: text(obj.get("externalColour")),
            battery_capacity_kwh: lenient_f64(obj.get("batteryCapacityKWH")),
            images: images
                .map(|m| Images {
                    exterior_image_url: text(m.get("exteriorImageUrl")),
                    internal_image_url: text(m.get("internalImageUrl")),
                })
                .unwrap_or_default(),
            descriptions: descriptions
                .map(|m| Descriptions {
                    model: text(m.get("model")),
                    upholstery: text(m.get("upholstery")),
                    steering: text(m.get("steering")),
                })
                .unwrap_or_default(),
        }
    }
}

impl<'de> Deserialize<'de> for VehicleDetails {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Object(obj) => Ok(VehicleDetails::from_json(&obj)),
            other => Err(serde::de::Error::custom(format!(
                "expected vehicle details as an object, got {}",
                json_kind(&other)
            ))),
        }
    }
}

open_enum! {
    /// A command name from the list-commands answer.
    pub enum CommandName {
        HonkAndFlash => "HONK_AND_FLASH",
        Honk => "HONK",
        Flash => "FLASH",
        Lock => "LOCK",
        LockReducedGuard => "LOCK_REDUCED_GUARD",
        Unlock => "UNLOCK",
        EngineStart => "ENGINE_START",
        EngineStop => "ENGINE_STOP",
        ClimatizationStart => "CLIMATIZATION_START",
        ClimatizationStop => "CLIMATIZATION_STOP",
        SendNaviPoi => "SEND_NAVI_POI",
    }
}

impl CommandName {
    /// The Beacon command this is, if Beacon sends it at all.
    pub fn as_command(&self) -> Option<Command> {
        match self {
            CommandName::HonkAndFlash => Some(Command::HonkAndFlash),
            CommandName::Honk => Some(Command::Honk),
            CommandName::Flash => Some(Command::Flash),
            _ => None,
        }
    }
}

impl From<Command> for CommandName {
    fn from(c: Command) -> Self {
        CommandName::from(c.api_name())
    }
}

/// One entry of the list-commands answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CommandInfo {
    pub command: CommandName,
    pub href: Option<String>,
}

impl<'de> Deserialize<'de> for CommandInfo {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        CommandInfo::from_json(&v).ok_or_else(|| {
            serde::de::Error::custom("expected a command entry with a \"command\" string")
        })
    }
}

impl CommandInfo {
    /// `None` when the entry has no usable `command` string: such an entry cannot become a
    /// button, and dropping it is better than failing the whole list.
    pub(crate) fn from_json(value: &Value) -> Option<Self> {
        let obj = value.as_object()?;
        let command = obj.get("command")?.as_str()?;
        if command.trim().is_empty() {
            return None;
        }
        Some(CommandInfo {
            command: CommandName::from(command),
            href: text(obj.get("href")),
        })
    }
}

open_enum! {
    /// Whether the car can take a command right now.
    pub enum Availability {
        Unspecified => "UNSPECIFIED",
        Available => "AVAILABLE",
        Unavailable => "UNAVAILABLE",
    }
}

open_enum! {
    /// Why the car cannot take a command right now.
    pub enum UnavailableReason {
        Unspecified => "UNSPECIFIED",
        NoInternet => "NO_INTERNET",
        PowerSavingMode => "POWER_SAVING_MODE",
        CarInUse => "CAR_IN_USE",
    }
}

/// The command-accessibility answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Accessibility {
    pub availability: Availability,
    pub unavailable_reason: Option<UnavailableReason>,
    pub timestamp: Option<String>,
}

impl Default for Accessibility {
    fn default() -> Self {
        Accessibility {
            availability: Availability::Unspecified,
            unavailable_reason: None,
            timestamp: None,
        }
    }
}

impl Accessibility {
    pub fn is_available(&self) -> bool {
        self.availability == Availability::Available
    }

    /// Reads both shapes seen from Volvo: the reason inside `availabilityStatus`, or next to it.
    /// Also reads this type's own serialized form, so a cached copy can be read back.
    pub(crate) fn from_json(obj: &Map<String, Value>) -> Self {
        let status = obj.get("availabilityStatus");
        let status_obj = status.and_then(Value::as_object);

        let availability = status_obj
            .and_then(|s| enum_text(s.get("value")))
            .or_else(|| enum_text(status))
            .or_else(|| enum_text(obj.get("availability")))
            .map(Availability::from)
            .unwrap_or(Availability::Unspecified);

        let unavailable_reason = status_obj
            .and_then(|s| enum_text_or_value(s.get("unavailableReason")))
            .or_else(|| enum_text_or_value(obj.get("unavailableReason")))
            .map(UnavailableReason::from);

        let timestamp = status_obj
            .and_then(|s| text(s.get("timestamp")))
            .or_else(|| text(obj.get("timestamp")));

        Accessibility {
            availability,
            unavailable_reason,
            timestamp,
        }
    }
}

impl<'de> Deserialize<'de> for Accessibility {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Object(obj) => Ok(Accessibility::from_json(&obj)),
            other => Err(serde::de::Error::custom(format!(
                "expected command accessibility as an object, got {}",
                json_kind(&other)
            ))),
        }
    }
}

open_enum! {
    /// What Volvo says happened to a command. All values of Volvo's own spec are known.
    pub enum InvokeStatus {
        Waiting => "WAITING",
        Running => "RUNNING",
        Completed => "COMPLETED",
        Rejected => "REJECTED",
        Unknown => "UNKNOWN",
        Timeout => "TIMEOUT",
        ConnectionFailure => "CONNECTION_FAILURE",
        VehicleInSleep => "VEHICLE_IN_SLEEP",
        UnlockTimeFramePassed => "UNLOCK_TIME_FRAME_PASSED",
        UnableToLockDoorOpen => "UNABLE_TO_LOCK_DOOR_OPEN",
        Expired => "EXPIRED",
        Sent => "SENT",
        NotSupported => "NOT_SUPPORTED",
        CarInSleepMode => "CAR_IN_SLEEP_MODE",
        Delivered => "DELIVERED",
        DeliveryTimeout => "DELIVERY_TIMEOUT",
        Success => "SUCCESS",
        CarTimeout => "CAR_TIMEOUT",
        CarError => "CAR_ERROR",
        NotAllowedPrivacyEnabled => "NOT_ALLOWED_PRIVACY_ENABLED",
        NotAllowedWrongUsageMode => "NOT_ALLOWED_WRONG_USAGE_MODE",
        InvocationSpecificError => "INVOCATION_SPECIFIC_ERROR",
    }
}

/// The answer to a command POST.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CommandResponse {
    pub vin: Option<String>,
    pub invoke_status: InvokeStatus,
    /// `""` when Volvo sent none.
    pub message: String,
    pub status_code: Option<i64>,
    pub operation_id: Option<String>,
}

impl CommandResponse {
    /// Fails only when `invokeStatus` is missing or not a string: every other field is extra.
    pub(crate) fn from_json(obj: &Map<String, Value>) -> Result<Self, String> {
        let invoke_status = match obj.get("invokeStatus") {
            Some(Value::String(s)) => InvokeStatus::from(s.as_str()),
            None => return Err("expected a command response with an invokeStatus".to_owned()),
            Some(other) => {
                return Err(format!(
                    "expected invokeStatus to be a string, got {}",
                    json_kind(other)
                ))
            }
        };
        let message = match obj.get("message") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            // Whatever it is, it is Volvo's explanation: keep it readable rather than drop it.
            Some(other) => other.to_string(),
        };
        Ok(CommandResponse {
            vin: text(obj.get("vin")),
            invoke_status,
            message,
            status_code: lenient_i64(obj.get("statusCode")),
            operation_id: text(obj.get("operationId")),
        })
    }
}

impl<'de> Deserialize<'de> for CommandResponse {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Object(obj) => {
                CommandResponse::from_json(&obj).map_err(serde::de::Error::custom)
            }
            other => Err(serde::de::Error::custom(format!(
                "expected a command response object, got {}",
                json_kind(&other)
            ))),
        }
    }
}

/// How much of an unknown enum value goes into a sentence: enough to recognise it, not enough
/// for a hostile answer to flood the screen.
pub(crate) const ENUM_SHOWN_MAX: usize = 80;

/// `s` on one line: control and invisible formatting characters escaped, cut at `max` chars.
pub(crate) fn one_line(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max * 4));
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        push_visible(&mut out, c);
    }
    out
}

/// Control characters could break a log line or a terminal, and bidi overrides could make
/// text read differently from what was sent; both are shown escaped.
pub(crate) fn push_visible(out: &mut String, c: char) {
    let invisible = matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    );
    if c.is_control() || invisible {
        out.extend(c.escape_default());
    } else {
        out.push(c);
    }
}

/// A string field, treating blank as missing so a tile never shows an empty label.
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        _ => None,
    }
}

/// An enum value: a non-empty string, kept exactly.
fn enum_text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        _ => None,
    }
}

/// An enum value given either bare or the way `availabilityStatus` gives it, as
/// `{"value": ...}`; a sibling field could plausibly come either way.
fn enum_text_or_value(v: Option<&Value>) -> Option<String> {
    let v = v?;
    enum_text(Some(v)).or_else(|| enum_text(v.get("value")))
}

fn lenient_u16(v: Option<&Value>) -> Option<u16> {
    lenient_i64(v).and_then(|n| u16::try_from(n).ok())
}

/// A number or a numeric string; a fractional number is not an integer and gives `None`.
fn lenient_i64(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Number(n) => n.as_i64().or_else(|| {
            let f = n.as_f64()?;
            // The range check keeps the cast exact instead of saturating.
            (f.fract() == 0.0 && f.abs() < 9.0e15).then_some(f as i64)
        }),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn lenient_f64(v: Option<&Value>) -> Option<f64> {
    let f = match v? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    // "NaN" and "inf" parse as f64 but are not capacities.
    f.is_finite().then_some(f)
}

pub(crate) fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn details(v: Value) -> VehicleDetails {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn open_enums_round_trip_known_and_unknown_values() {
        for s in InvokeStatus::KNOWN {
            assert!(s.is_known());
            assert_eq!(&InvokeStatus::from(s.as_str()), s);
        }
        assert_eq!(InvokeStatus::KNOWN.len(), 22);
        assert_eq!(CommandName::KNOWN.len(), 11);
        let odd = InvokeStatus::from("completed ");
        assert_eq!(odd, InvokeStatus::Other("completed ".into()));
        assert_eq!(odd.as_str(), "completed ");
        assert_eq!(InvokeStatus::from(String::from("SENT")), InvokeStatus::Sent);
        assert_eq!(
            serde_json::to_value(CommandName::from("REMOTE_FOO")).unwrap(),
            json!("REMOTE_FOO")
        );
        let back: CommandName = serde_json::from_value(json!("HONK_AND_FLASH")).unwrap();
        assert_eq!(back, CommandName::HonkAndFlash);
        assert_eq!(
            CommandName::LockReducedGuard.to_string(),
            "LOCK_REDUCED_GUARD"
        );
    }

    #[test]
    fn command_names_map_to_beacon_commands() {
        for c in Command::ALL {
            assert_eq!(CommandName::from(c).as_command(), Some(c));
            assert_eq!(CommandName::from(c).as_str(), c.api_name());
        }
        assert_eq!(CommandName::Lock.as_command(), None);
        assert_eq!(CommandName::from("HONK_FLASH").as_command(), None);
    }

    #[test]
    fn details_tolerate_wrong_types_and_missing_fields() {
        let d = details(json!({
            "modelYear": "2024", "batteryCapacityKWH": "66.5", "gearbox": 3,
            "images": "not an object", "descriptions": {"model": "EX30", "steering": null},
            "somethingNew": {"deep": [1, 2]}
        }));
        assert_eq!(d.model_year, Some(2024));
        assert_eq!(d.battery_capacity_kwh, Some(66.5));
        assert_eq!(d.gearbox, None);
        assert_eq!(d.images, Images::default());
        assert_eq!(d.model(), Some("EX30"));
        assert_eq!(d.descriptions.steering, None);

        for bad in [
            json!(null),
            json!("MY24"),
            json!(-1),
            json!(70000),
            json!(2024.5),
            json!([]),
        ] {
            assert_eq!(
                details(json!({ "modelYear": bad })).model_year,
                None,
                "{bad}"
            );
        }
        assert_eq!(details(json!({"modelYear": 2024.0})).model_year, Some(2024));
        assert_eq!(
            details(json!({"batteryCapacityKWH": "NaN"})).battery_capacity_kwh,
            None
        );
        assert_eq!(
            details(json!({"externalColour": "  "})).external_colour,
            None
        );
        assert_eq!(details(json!({})), VehicleDetails::default());
    }

    #[test]
    fn details_serialize_with_api_key_names() {
        let d = details(json!({"batteryCapacityKWH": 66.0, "images": {"internalImageUrl": "u"}}));
        let v = serde_json::to_value(&d).unwrap();
        assert_eq!(v["batteryCapacityKWH"], json!(66.0));
        assert_eq!(v["images"]["internalImageUrl"], json!("u"));
        assert_eq!(details(v), d);
    }

    #[test]
    fn command_info_round_trips_through_serde() {
        let c = CommandInfo {
            command: CommandName::from("NEW_THING"),
            href: Some("/v2/x".into()),
        };
        let v = serde_json::to_value(&c).unwrap();
        assert_eq!(v, json!({"command": "NEW_THING", "href": "/v2/x"}));
        assert_eq!(serde_json::from_value::<CommandInfo>(v).unwrap(), c);
        assert!(serde_json::from_value::<CommandInfo>(json!({"href": "/x"})).is_err());
    }

    #[test]
    fn command_entries_without_a_command_are_dropped() {
        assert_eq!(CommandInfo::from_json(&json!({"href": "/x"})), None);
        assert_eq!(CommandInfo::from_json(&json!({"command": 5})), None);
        assert_eq!(CommandInfo::from_json(&json!({"command": ""})), None);
        assert_eq!(CommandInfo::from_json(&json!("HONK")), None);
        assert_eq!(
            CommandInfo::from_json(&json!({"command": "TELEPORT", "href": 3})),
            Some(CommandInfo {
                command: CommandName::Other("TELEPORT".into()),
                href: None
            })
        );
    }

    fn access(v: Value) -> Accessibility {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn accessibility_reads_both_shapes() {
        let inside = access(json!({"availabilityStatus": {
            "value": "UNAVAILABLE", "unavailableReason": "POWER_SAVING_MODE", "timestamp": "t"}}));
        let sibling = access(json!({
            "availabilityStatus": {"value": "UNAVAILABLE", "timestamp": "t"},
            "unavailableReason": "POWER_SAVING_MODE"}));
        let sibling_obj = access(json!({
            "availabilityStatus": {"value": "UNAVAILABLE", "timestamp": "t"},
            "unavailableReason": {"value": "POWER_SAVING_MODE"}}));
        assert_eq!(inside, sibling);
        assert_eq!(
            inside.unavailable_reason,
            Some(UnavailableReason::PowerSavingMode)
        );
        assert_eq!(sibling_obj, inside);
        assert!(!inside.is_available());
        assert!(inside.describe().starts_with("Asleep to save power"));

        let own = serde_json::to_value(&inside).unwrap();
        assert_eq!(own["availability"], json!("UNAVAILABLE"));
        assert_eq!(access(own), inside);

        assert_eq!(access(json!({})), Accessibility::default());
        assert_eq!(
            access(json!({"availabilityStatus": "AVAILABLE"})).availability,
            Availability::Available
        );
    }

    #[test]
    fn every_state_has_a_short_label_for_a_chip() {
        let a = |av: &str, r: Option<&str>| Accessibility {
            availability: av.into(),
            unavailable_reason: r.map(UnavailableReason::from),
            timestamp: None,
        };
        let cases = [
            (a("AVAILABLE", None), "Ready for commands"),
            (
                a("AVAILABLE", Some("POWER_SAVING_MODE")),
                "Ready for commands",
            ),
            (a("UNAVAILABLE", Some("POWER_SAVING_MODE")), "Asleep"),
            (a("UNAVAILABLE", Some("NO_INTERNET")), "No connection"),
            (a("UNAVAILABLE", Some("CAR_IN_USE")), "In use"),
            (a("UNAVAILABLE", Some("SOMETHING_NEW")), "Not ready"),
            (a("UNAVAILABLE", None), "Not ready"),
            (a("UNSPECIFIED", None), "Not known"),
            (a("SOMETHING_ELSE", None), "Not known"),
        ];
        for (state, label) in cases {
            assert_eq!(state.label(), label, "{state:?}");
            // The chip holds one short line; the whole story is in describe().
            assert!(state.label().len() <= 18, "{label}");
            assert!(state.describe().len() >= label.len(), "{state:?}");
        }
    }

    #[test]
    fn accessibility_describes_every_state_in_plain_words() {
        let a = |av: &str, r: Option<&str>| Accessibility {
            availability: av.into(),
            unavailable_reason: r.map(UnavailableReason::from),
            timestamp: None,
        };
        assert_eq!(a("AVAILABLE", None).describe(), "Ready for commands");
        assert!(a("AVAILABLE", None).is_available());
        assert_eq!(
            a("AVAILABLE", Some("CAR_IN_USE")).describe(),
            "Ready for commands"
        );
        assert_eq!(
            a("UNAVAILABLE", Some("NO_INTERNET")).describe(),
            "No internet connection in the car"
        );
        assert_eq!(a("UNAVAILABLE", Some("CAR_IN_USE")).describe(), "In use");
        assert_eq!(
            a("UNAVAILABLE", Some("UNSPECIFIED")).describe(),
            "Not ready for commands right now"
        );
        assert!(a("UNAVAILABLE", Some("GHOST\nX"))
            .describe()
            .contains("GHOST\\nX"));
        assert!(a("UNSPECIFIED", None).describe().contains("did not say"));
        assert!(a("MAYBE", None).describe().contains("MAYBE"));
        assert!(!a("MAYBE", None).is_available());
    }

    #[test]
    fn command_response_requires_a_string_invoke_status() {
        let ok = |v: Value| CommandResponse::from_json(v.as_object().unwrap());
        let r = ok(
            json!({"invokeStatus": "DELIVERED", "message": null, "statusCode": "200",
                          "operationId": "abc", "extra": true}),
        )
        .unwrap();
        assert_eq!(r.invoke_status, InvokeStatus::Delivered);
        assert_eq!(r.message, "");
        assert_eq!(r.status_code, Some(200));
        assert_eq!(r.operation_id.as_deref(), Some("abc"));
        assert_eq!(r.vin, None);
        assert_eq!(
            ok(json!({"invokeStatus": "X", "message": 7}))
                .unwrap()
                .message,
            "7"
        );
        assert!(ok(json!({"message": ""}))
            .unwrap_err()
            .contains("invokeStatus"));
        assert!(ok(json!({"invokeStatus": null}))
            .unwrap_err()
            .contains("null"));
        assert!(ok(json!({"invokeStatus": 1}))
            .unwrap_err()
            .contains("number"));

        let v = serde_json::to_value(r).unwrap();
        assert_eq!(v["invokeStatus"], json!("DELIVERED"));
        assert_eq!(v["operationId"], json!("abc"));
    }

    #[test]
    fn one_line_escapes_and_shortens() {
        assert_eq!(one_line("a\nb\u{202E}c", 10), "a\\nb\\u{202e}c");
        assert_eq!(one_line("abcdef", 3), "abc…");
        assert_eq!(one_line("ééé", 3), "ééé");
    }
}
