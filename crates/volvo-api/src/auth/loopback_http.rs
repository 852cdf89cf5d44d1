//! Just enough HTTP/1.1 for one browser to deliver one redirect: read a request line, answer
//! with a small page, close. Nothing here trusts the bytes it reads.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A browser's GET with a full callback URL and its usual headers fits easily; more is not a
/// browser delivering a redirect.
const MAX_HEAD_BYTES: usize = 16 * 1024;
/// Browsers open spare connections and may send nothing on them; one of those must not hold
/// a reader forever.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
const WRITE_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct RequestLine {
    pub method: String,
    /// Path and query, as sent (origin form).
    pub target: String,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum BadRequest {
    TooLarge,
    Malformed,
    /// Closed or silent before a full head arrived; nobody is waiting for an answer.
    Gone,
}

pub(crate) async fn read_request(stream: &mut TcpStream) -> Result<RequestLine, BadRequest> {
    let head = match tokio::time::timeout(READ_TIMEOUT, read_head(stream)).await {
        Ok(head) => head?,
        Err(_) => return Err(BadRequest::Gone),
    };
    parse_request_line(&head)
}

async fn read_head(stream: &mut TcpStream) -> Result<Vec<u8>, BadRequest> {
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let n = stream
            .read(&mut chunk)
            .await
            .map_err(|_| BadRequest::Gone)?;
        if n == 0 {
            return Err(BadRequest::Gone);
        }
        head.extend_from_slice(&chunk[..n]);
        if head.windows(4).any(|w| w == b"\r\n\r\n") {
            return Ok(head);
        }
        if head.len() > MAX_HEAD_BYTES {
            return Err(BadRequest::TooLarge);
        }
    }
}

pub(crate) fn parse_request_line(head: &[u8]) -> Result<RequestLine, BadRequest> {
    let end = head
        .windows(2)
        .position(|w| w == b"\r\n")
        .ok_or(BadRequest::Malformed)?;
    let line = std::str::from_utf8(&head[..end]).map_err(|_| BadRequest::Malformed)?;
    let mut parts = line.split(' ');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(method), Some(target), Some(version), None)
            if !method.is_empty() && target.starts_with('/') && version.starts_with("HTTP/1.") =>
        {
            Ok(RequestLine {
                method: method.to_owned(),
                target: target.to_owned(),
            })
        }
        _ => Err(BadRequest::Malformed),
    }
}

pub(crate) struct Response {
    pub status: u16,
    pub body: String,
}

impl Response {
    pub(crate) fn signed_in() -> Response {
        Response {
            status: 200,
            body: page(
                "Volvo Beacon: sign-in received",
                "Sign-in received",
                "You can close this tab and return to Volvo Beacon.",
            ),
        }
    }

    /// A callback that was refused, with the reason in plain words.
    pub(crate) fn refused(status: u16, message: &str) -> Response {
        Response {
            status,
            body: page(
                "Volvo Beacon: sign-in not accepted",
                "Sign-in not accepted",
                &format!("{message} You can close this tab and return to Volvo Beacon."),
            ),
        }
    }

    pub(crate) fn plain(status: u16) -> Response {
        Response {
            status,
            body: reason(status).to_owned(),
        }
    }

    fn content_type(&self) -> &'static str {
        if self.body.starts_with("<!doctype html>") {
            "text/html; charset=utf-8"
        } else {
            "text/plain; charset=utf-8"
        }
    }

    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        // The callback URL holds the code: nothing may be loaded from it (CSP), cached, or
        // passed on in a Referer.
        format!(
            "HTTP/1.1 {status} {reason}\r\n\
             Content-Type: {content_type}\r\n\
             Content-Length: {len}\r\n\
             Content-Security-Policy: default-src 'none'\r\n\
             Cache-Control: no-store\r\n\
             Referrer-Policy: no-referrer\r\n\
             X-Content-Type-Options: nosniff\r\n\
             {allow}\
             Connection: close\r\n\r\n{body}",
            status = self.status,
            reason = reason(self.status),
            content_type = self.content_type(),
            len = self.body.len(),
            allow = if self.status == 405 {
                "Allow: GET\r\n"
            } else {
                ""
            },
            body = self.body,
        )
        .into_bytes()
    }
}

pub(crate) async fn respond(mut stream: TcpStream, response: &Response) {
    let bytes = response.to_bytes();
    // The browser may already be gone; the outcome of the sign-in does not depend on it.
    let _ = tokio::time::timeout(WRITE_TIMEOUT, async {
        stream.write_all(&bytes).await?;
        stream.shutdown().await
    })
    .await;
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        _ => "Error",
    }
}

fn page(title: &str, heading: &str, text: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
         <body><h1>{}</h1><p>{}</p></body></html>\n",
        escape(title),
        escape(heading),
        escape(text)
    )
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_lines() {
        assert_eq!(
            parse_request_line(b"GET /callback?code=a HTTP/1.1\r\nHost: x\r\n\r\n"),
            Ok(RequestLine {
                method: "GET".into(),
                target: "/callback?code=a".into()
            })
        );
        for bad in [
            &b"GET /callback HTTP/1.1"[..],
            b"GET http://evil/callback HTTP/1.1\r\n",
            b"GET /callback HTTP/2\r\n",
            b"GET /a b HTTP/1.1\r\n",
            b"\xff\xfe /x HTTP/1.1\r\n",
            b"\r\n",
        ] {
            assert_eq!(
                parse_request_line(bad),
                Err(BadRequest::Malformed),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn pages_are_locked_down_and_escaped() {
        let text = String::from_utf8(Response::refused(400, "bad <script>").to_bytes()).unwrap();
        assert!(text.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{text}");
        assert!(text.contains("Content-Security-Policy: default-src 'none'\r\n"));
        assert!(text.contains("Cache-Control: no-store\r\n"));
        assert!(text.contains("Content-Type: text/html; charset=utf-8\r\n"));
        assert!(text.contains("bad &lt;script&gt;"), "{text}");
        assert!(!text.contains("<script>"), "{text}");

        let ok = String::from_utf8(Response::signed_in().to_bytes()).unwrap();
        let (head, body) = ok.split_once("\r\n\r\n").unwrap();
        assert!(
            head.contains(&format!("Content-Length: {}", body.len())),
            "{head}"
        );
        assert!(body.contains("You can close this tab and return to Volvo Beacon."));

        let not_found = String::from_utf8(Response::plain(404).to_bytes()).unwrap();
        assert!(
            not_found.contains("Content-Type: text/plain"),
            "{not_found}"
        );
        let wrong_method = String::from_utf8(Response::plain(405).to_bytes()).unwrap();
        assert!(wrong_method.contains("Allow: GET\r\n"), "{wrong_method}");
    }
}
