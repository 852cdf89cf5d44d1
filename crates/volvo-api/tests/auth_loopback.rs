//! The loopback listener over real sockets: what the browser sees, what it ignores, and when
//! it stops waiting.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use volvo_api::auth::LoopbackListener;
use volvo_api::Error;

const LONG: Duration = Duration::from_secs(10);

fn accept_code_ok(url: &str) -> Result<(), Error> {
    if url.contains("state=good") {
        Ok(())
    } else {
        Err(Error::InvalidState {
            reason: beacon_i18n::Words::verbatim("not ours <b>"),
        })
    }
}

async fn get(url: &str) -> (u16, String) {
    let response = volvo_api::http::client_builder()
        .build()
        .unwrap()
        .get(url)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

async fn raw(port: u16, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    answer
}

#[tokio::test]
async fn other_paths_and_refused_callbacks_do_not_end_the_wait() {
    let listener = LoopbackListener::bind(0).await.unwrap();
    let base = listener.redirect_uri();
    let port = listener.port();
    let waiting = tokio::spawn(listener.wait(LONG, accept_code_ok));

    let (status, _) = get(&format!("http://127.0.0.1:{port}/favicon.ico")).await;
    assert_eq!(status, 404);
    let (status, _) = get(&format!(
        "http://127.0.0.1:{port}/callbackx?code=a&state=good"
    ))
    .await;
    assert_eq!(status, 404);

    let (status, page) = get(&format!("{base}?code=a&state=stale")).await;
    assert_eq!(status, 400);
    assert!(page.contains("not ours &lt;b&gt;"), "{page}");
    assert!(!page.contains("<b>"), "{page}");

    let answer = raw(
        port,
        b"POST /callback?code=a&state=good HTTP/1.1\r\nHost: x\r\n\r\n",
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 405"), "{answer}");
    let answer = raw(port, b"garbage\r\n\r\n").await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(!waiting.is_finished(), "none of these is a valid callback");

    let (status, page) = get(&format!("{base}?code=a&state=good")).await;
    assert_eq!(status, 200);
    assert!(page.contains("You can close this tab"), "{page}");
    assert_eq!(
        waiting.await.unwrap().unwrap(),
        format!("{base}?code=a&state=good")
    );
}

#[tokio::test]
async fn a_silent_connection_does_not_hold_up_the_browser() {
    let listener = LoopbackListener::bind(0).await.unwrap();
    let base = listener.redirect_uri();
    let port = listener.port();
    let waiting = tokio::spawn(listener.wait(LONG, accept_code_ok));

    // Browsers open spare connections and may send nothing on them.
    let _idle = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let (status, _) = tokio::time::timeout(
        Duration::from_secs(3),
        get(&format!("{base}?code=a&state=good")),
    )
    .await
    .expect("answered while another connection is silent");
    assert_eq!(status, 200);
    assert!(waiting.await.unwrap().is_ok());
}

#[tokio::test]
async fn an_oversized_request_is_refused() {
    let listener = LoopbackListener::bind(0).await.unwrap();
    let port = listener.port();
    let waiting = tokio::spawn(listener.wait(LONG, accept_code_ok));
    let mut request = b"GET /callback?code=a&state=good HTTP/1.1\r\nX: ".to_vec();
    request.extend(std::iter::repeat_n(b'a', 20_000));
    let answer = raw(port, &request).await;
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    assert!(!waiting.is_finished());
    waiting.abort();
}

#[tokio::test]
async fn a_cancellation_ends_the_wait_and_tells_the_browser() {
    let listener = LoopbackListener::bind(0).await.unwrap();
    let base = listener.redirect_uri();
    let waiting = tokio::spawn(listener.wait(LONG, |_| {
        Err::<(), _>(Error::SignInCancelled { description: None })
    }));
    let (_, page) = get(&format!("{base}?error=access_denied&state=good")).await;
    assert!(page.contains("Sign-in was cancelled."), "{page}");
    let e = waiting.await.unwrap().unwrap_err();
    assert_eq!(e.kind(), "sign_in_cancelled");
}

#[tokio::test]
async fn nobody_arriving_is_a_timeout() {
    let listener = LoopbackListener::bind(0).await.unwrap();
    let started = std::time::Instant::now();
    let e = listener
        .wait(Duration::from_millis(150), accept_code_ok)
        .await
        .unwrap_err();
    match &e {
        Error::SignInTimedOut { after } => assert_eq!(*after, Duration::from_millis(150)),
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().contains("not finished in the browser"), "{e}");
    assert!(started.elapsed() >= Duration::from_millis(150));
}

#[tokio::test]
async fn a_port_in_use_is_named() {
    let first = LoopbackListener::bind(0).await.unwrap();
    let port = first.port();
    match LoopbackListener::bind(port).await.unwrap_err() {
        Error::Config(words) => {
            let message = words.to_string();
            assert!(message.contains(&port.to_string()), "{message}");
            assert!(message.contains("already in use"), "{message}");
            let swedish = words.in_lang(beacon_i18n::Lang::Sv);
            assert!(swedish.contains(&format!("Port {port} ")), "{swedish}");
            assert!(swedish.contains("används redan"), "{swedish}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_port_is_free_again_after_the_wait() {
    let listener = LoopbackListener::bind(0).await.unwrap();
    let port = listener.port();
    let _ = listener
        .wait(Duration::from_millis(10), accept_code_ok)
        .await;
    assert!(LoopbackListener::bind(port).await.is_ok());
}
