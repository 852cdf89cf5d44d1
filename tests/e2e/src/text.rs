//! Reading what the page says: durations in its sentences, things that look like tokens.

/// Seconds in "22 h 5 min", "5 min 3 s", "30 s" (volvo-api's `human_duration`), read from the
/// start of `text`; `None` when it does not start with a duration.
pub fn parse_duration(text: &str) -> Option<u64> {
    let mut words = text.split_whitespace().peekable();
    let mut total = 0;
    let mut any = false;
    while let Some(number) = words.peek().and_then(|w| w.parse::<u64>().ok()) {
        words.next();
        let unit = words.next()?.trim_end_matches(['.', ',', ';']);
        total += number
            * match unit {
                "h" => 3600,
                "min" => 60,
                "s" => 1,
                _ => return None,
            };
        any = true;
    }
    any.then_some(total)
}

/// The duration right after `marker` in `text` ("resets in 22 h 5 min."), in seconds.
pub fn duration_after(text: &str, marker: &str) -> Option<u64> {
    let (_, rest) = text.split_once(marker)?;
    parse_duration(rest)
}

/// The first JWT-shaped string in `text` (`eyJ…`.`eyJ…`, base64url of `{"`): access tokens
/// from Volvo ID and the simulator look like this. Base64 image data cannot match, it has no
/// dots.
pub fn find_jwt(text: &str) -> Option<&str> {
    let is_b64url = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut from = 0;
    while let Some(found) = text[from..].find("eyJ") {
        let start = from + found;
        let header_len = text[start..]
            .find(|c| !is_b64url(c))
            .unwrap_or(text.len() - start);
        let after = &text[start + header_len..];
        if let Some(payload) = after.strip_prefix('.') {
            if payload.starts_with("eyJ") {
                let payload_len = payload.find(|c| !is_b64url(c)).unwrap_or(payload.len());
                return Some(&text[start..start + header_len + 1 + payload_len]);
            }
        }
        from = start + 3;
    }
    None
}

/// Seconds from now until the next UTC midnight, when Volvo (and the simulator) reset quotas.
pub fn secs_until_utc_midnight() -> u64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs();
    86_400 - now % 86_400
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_as_volvo_api_writes_them() {
        assert_eq!(parse_duration("30 s."), Some(30));
        assert_eq!(parse_duration("5 min 3 s"), Some(303));
        assert_eq!(
            parse_duration("22 h 5 min. You are still signed in."),
            Some(79_500)
        );
        assert_eq!(parse_duration("2 h"), Some(7200));
        assert_eq!(parse_duration("a minute"), None);
        assert_eq!(
            duration_after("It resets in 1 h 1 min. You are", "resets in "),
            Some(3660)
        );
    }

    #[test]
    fn finds_jwts_but_not_base64_images() {
        let page = r#"<img src="data:image/png;base64,iVBOReyJhbGci+/eyJ="><p>eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln</p>"#;
        assert_eq!(find_jwt(page), Some("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0"));
        assert_eq!(
            find_jwt(r#"src="data:image/png;base64,AAeyJhbGci+eyJ.""#),
            None
        );
        assert_eq!(find_jwt("version 1.2 eyJ. eyJ"), None);
    }
}
