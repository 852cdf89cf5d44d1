//! Vehicle identification numbers, validated before they can reach a URL.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// A VIN known to be exactly 17 ASCII letters or digits, upper-cased.
///
/// Validation is for safety, not VIN-standard strictness: Volvo's own demo cars use I, O and Q
/// (`YV4952NA4F120DEMO`), so those are accepted. Because only `[A-Z0-9]` survive, nothing a
/// caller passes can change a request path.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Vin(String);

pub const VIN_LEN: usize = 17;

impl Vin {
    pub fn parse(input: &str) -> Result<Self, Error> {
        let trimmed = input.trim();
        if trimmed.len() == VIN_LEN && trimmed.bytes().all(|b| b.is_ascii_alphanumeric()) {
            Ok(Vin(trimmed.to_ascii_uppercase()))
        } else {
            Err(Error::InvalidVin {
                input: shorten_for_message(input),
            })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The VIN with all but the last six characters hidden, for screens and logs shared
    /// with others.
    pub fn masked(&self) -> String {
        let visible = &self.0[VIN_LEN - 6..];
        format!("{}{visible}", "•".repeat(VIN_LEN - 6))
    }
}

/// Echoing a hostile input back in full could flood a message; 40 chars is enough to recognise it.
fn shorten_for_message(input: &str) -> String {
    const MAX: usize = 40;
    if input.chars().count() <= MAX {
        input.to_owned()
    } else {
        let mut s: String = input.chars().take(MAX).collect();
        s.push('…');
        s
    }
}

impl FromStr for Vin {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Vin::parse(s)
    }
}

impl fmt::Display for Vin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Vin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Vin({})", self.0)
    }
}

impl AsRef<str> for Vin {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl serde::Serialize for Vin {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Vin {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Vin::parse(&raw).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_volvo_demo_vins_and_uppercases() {
        assert_eq!(
            Vin::parse("YV4952NA4F120DEMO").unwrap().as_str(),
            "YV4952NA4F120DEMO"
        );
        assert_eq!(
            Vin::parse("lpsefavs2npoldemo").unwrap().as_str(),
            "LPSEFAVS2NPOLDEMO"
        );
        assert_eq!(
            Vin::parse("  YV1ABCDEFG1234567\n").unwrap().as_str(),
            "YV1ABCDEFG1234567"
        );
    }

    #[test]
    fn rejects_anything_that_could_change_a_path() {
        for bad in [
            "../../x",
            "YV1ABCDEFG123456",
            "YV1ABCDEFG12345678",
            "YV1ABCDEFG/234567",
            "YV1ABCDEFG%2F34567",
            "YV1ABCDEFG?234567",
            "YV1ABCDEFG 234567",
            "YV1ABCDEFGÉ23456",
            "",
        ] {
            let err = Vin::parse(bad).unwrap_err();
            assert_eq!(err.kind(), "invalid_vin", "{bad:?}");
        }
    }

    #[test]
    fn masks_all_but_last_six() {
        let vin = Vin::parse("YV1ABCDEFG1234567").unwrap();
        assert_eq!(vin.masked(), "•••••••••••234567");
    }

    #[test]
    fn long_hostile_input_is_shortened_in_the_message() {
        let err = Vin::parse(&"A".repeat(10_000)).unwrap_err();
        assert!(err.to_string().len() < 200);
    }
}
