//! Car pictures come from an address in Volvo's answer, fetched over real sockets here: a
//! redirect to another host and a picture whose header promises more pixels than anyone
//! would show are refused; a normal one is shown, scaled down to the tile's size. (Plain http to another computer is refused
//! before any socket opens: `volvo_api::https_or_loopback`'s own tests.)

use std::net::SocketAddr;

use beacon_app::images::ImageCache;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use volvo_api::Vin;

/// Only the header of a PNG: its size is all the check before decoding reads.
fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend_from_slice(&width.to_be_bytes());
    png.extend_from_slice(&height.to_be_bytes());
    png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    png
}

/// A real picture the size of Volvo's renderings: a grey car-shaped block on transparency.
fn rendering() -> Vec<u8> {
    let (width, height) = (1920u32, 1080u32);
    let mut rgba = Vec::with_capacity((width * height * 4) as usize);
    for y in 0..height {
        for x in 0..width {
            let car = (400..1500).contains(&x) && (500..900).contains(&y);
            rgba.extend_from_slice(if car {
                &[90, 90, 95, 255]
            } else {
                &[0, 0, 0, 0]
            });
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&rgba).unwrap();
    writer.finish().unwrap();
    out
}

/// Width and height of a `data:image/png;base64,` URL's picture.
fn shown_size(data_url: &str) -> (u32, u32) {
    use base64::Engine as _;
    let encoded = data_url
        .strip_prefix("data:image/png;base64,")
        .expect("a PNG");
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .unwrap();
    let info = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    (info.info().width, info.info().height)
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
                            png_header(50_000, 50_000)
                        } else {
                            rendering()
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

    let shown = cache
        .exterior(&vin(1), Some(&at("/car.png")))
        .await
        .unwrap();
    // Scaled to what a tile shows before it crosses to the page.
    assert_eq!(shown_size(&shown), (800, 450));
    assert!(shown.len() < rendering().len(), "{} bytes", shown.len());
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
