//! `Vin::parse` against arbitrary text. A VIN goes into request paths, so: accepted means
//! exactly 17 ASCII upper-case letters or digits, nothing else.
#![no_main]

use libfuzzer_sys::fuzz_target;
use volvo_api::Vin;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match Vin::parse(&text) {
        Ok(vin) => {
            let s = vin.as_str();
            assert_eq!(s.len(), 17, "{s:?}");
            assert!(
                s.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
                "{s:?}"
            );
            assert!(
                text.to_ascii_uppercase().contains(s),
                "{s:?} is not from {text:?}"
            );
            assert_eq!(Vin::parse(s).unwrap(), vin, "parse is not idempotent");
            assert_eq!(s.parse::<Vin>().unwrap(), vin);
            let masked = vin.masked();
            assert_eq!(masked.chars().count(), 17, "{masked:?}");
            assert!(masked.ends_with(&s[11..]), "{masked:?}");
            assert!(!masked.contains(&s[..11]), "{masked:?}");
        }
        Err(e) => {
            assert_eq!(e.kind(), "invalid_vin");
            let message = e.to_string();
            // The input is echoed shortened (40 chars, each escaped at worst as `\u{10ffff}`),
            // so the message stays a sentence however long the input was.
            assert!(
                message.chars().count() <= 600,
                "{} chars",
                message.chars().count()
            );
        }
    }
});
