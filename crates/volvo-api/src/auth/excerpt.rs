//! What an unreadable answer of Volvo ID's said, shortened for an error message, with no
//! token in it: a 200 answer of the wrong shape can still hold live tokens.

use serde_json::Value;

const EXCERPT_CHARS: usize = 200;

/// The start of an unreadable answer, for the error message. A 200 answer of the wrong shape
/// can still hold live tokens, so token values never make it into the excerpt.
pub(crate) fn redacted_excerpt(body: &[u8]) -> String {
    let text = match serde_json::from_slice::<Value>(body) {
        Ok(mut value) => {
            redact(&mut value);
            value.to_string()
        }
        Err(_) => {
            let raw = String::from_utf8_lossy(body);
            if raw.to_ascii_lowercase().contains("token") {
                return "(not shown: it may contain a token)".into();
            }
            raw.into_owned()
        }
    };
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

fn redact(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key.to_ascii_lowercase().contains("token") && !v.is_null() {
                    *v = Value::String("***".into());
                } else {
                    redact(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_never_show_tokens() {
        let body = br#"{"access_token":"eyJSECRET","refresh_token":"RTSECRET","nested":{"id_token":"IDSECRET"},"token_type":"weird","expires_in":"soon"}"#;
        let excerpt = redacted_excerpt(body);
        for secret in ["eyJSECRET", "RTSECRET", "IDSECRET"] {
            assert!(!excerpt.contains(secret), "{excerpt}");
        }
        assert!(excerpt.contains("expires_in"), "{excerpt}");

        let broken = br#"{"access_token":"eyJSECRET", oops"#;
        assert!(!redacted_excerpt(broken).contains("eyJSECRET"));

        let html = b"<html>Bad gateway</html>";
        assert_eq!(redacted_excerpt(html), "<html>Bad gateway</html>");

        let long = "x".repeat(1000);
        assert_eq!(
            redacted_excerpt(long.as_bytes()).chars().count(),
            EXCERPT_CHARS + 1
        );
    }
}
