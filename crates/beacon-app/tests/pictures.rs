//! Car pictures come from an address in Volvo's answer, fetched over real sockets here: a
//! redirect to another host and a picture whose header promises more pixels than anyone
//! would show are refused; a normal one is shown. (Plain http to another computer is refused
//! before any socket opens: `volvo_api::https_or_loopback`'s own tests.)

use std::net::SocketAddr;

use beacon_app::images::ImageCache;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use volvo_api::Vin;

fn png_of(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend_from_slice(&width.to_be_bytes());
    png.extend_from_slice(&height.to_be_bytes());
    png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    png
}

/// A web server on 127.0.0.1 that answers `/redirect-elsewhere` with a redirect to the same
/// server under the name `localhost` (another host as far as the address goes),
/// `/redirect-here` with one to itself, `/huge.png` with a picture of 50,000 × 50,000 pixels,
/// and anything else with a 1920 × 1080 picture.
async fn picture_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut request = vec![0u8; 4096];
                let n = socket.read(&mut request).await.unwrap_or(0);
                let head = String::from_utf8_lossy(&request[..n]).to_string();
                let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let answer = match path.as_str() {
                    "/redirect-elsewhere" => format!(
                        "HTTP/1.1 302 Found\r\nlocation: http://localhost:{}/car.png\r\ncontent-length: 0\r\n\r\n",
                        addr.port()
                    )
                    .into_bytes(),
                    "/redirect-here" => {
                        b"HTTP/1.1 302 Found\r\nlocation: /car.png\r\ncontent-length: 0\r\n\r\n"
                            .to_vec()
                    }
                    path => {
                        let body = if path == "/huge.png" {
                            png_of(50_000, 50_000)
                        } else {
                            png_of(1920, 1080)
                        };
                        let mut answer = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: image/png\r\ncontent-length: {}\r\n\r\n",
                            body.len()
                        )
                        .into_bytes();
                        answer.extend_from_slice(&body);
                        answer
                    }
                };
                let _ = socket.write_all(&answer).await;
            });
        }
    });
    addr
}

fn vin(n: u32) -> Vin {
    Vin::parse(&format!("YV1PICTURE{n:07}")).unwrap()
}

#[tokio::test]
async fn only_pictures_from_the_named_https_host_and_of_a_sane_size_are_shown() {
    let addr = picture_server().await;
    let cache = ImageCache::new(None);
    let at = |path: &str| format!("http://{addr}{path}");

    let shown = cache.exterior(&vin(1), Some(&at("/car.png"))).await;
    assert!(shown.is_some_and(|d| d.starts_with("data:image/png;base64,")));
    assert!(
        cache
            .exterior(&vin(2), Some(&at("/redirect-here")))
            .await
            .is_some(),
        "a redirect within the host is followed"
    );
    assert_eq!(
        cache
            .exterior(&vin(3), Some(&at("/redirect-elsewhere")))
            .await,
        None,
        "a redirect to another host is not followed"
    );
    assert_eq!(cache.exterior(&vin(4), Some(&at("/huge.png"))).await, None);
}
