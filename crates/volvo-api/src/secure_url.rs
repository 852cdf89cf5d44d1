//! Which addresses Beacon may send a key, a secret or a token to: https anywhere, plain http
//! only to this computer (the simulator of the demo and the tests). Anything else would carry
//! them across a network in the clear. Car pictures follow the same rule.

use url::{Host, Url};

pub fn https_or_loopback(url: &Url) -> bool {
    match url.scheme() {
        "https" => true,
        "http" => match url.host() {
            Some(Host::Ipv4(ip)) => ip.is_loopback(),
            Some(Host::Ipv6(ip)) => ip.is_loopback(),
            Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
            None => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(raw: &str) -> bool {
        https_or_loopback(&Url::parse(raw).unwrap())
    }

    #[test]
    fn https_anywhere_http_only_to_this_computer() {
        assert!(allowed("https://api.volvocars.com/connected-vehicle/v2"));
        assert!(allowed("http://127.0.0.1:8080/x"));
        assert!(allowed("http://127.0.0.2/x"));
        assert!(allowed("http://[::1]:9/x"));
        assert!(allowed("http://LOCALHOST/x"));
        assert!(!allowed("http://api.volvocars.com/connected-vehicle/v2"));
        assert!(!allowed("http://192.168.1.10/x"));
        assert!(!allowed("http://localhost.example.com/x"));
        assert!(!allowed("ftp://127.0.0.1/x"));
    }
}
