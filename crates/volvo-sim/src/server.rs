//! The accept loop. axum's own `serve` cannot drop a connection without answering, which the
//! `reset` fault needs, so each connection is driven here with a kill switch beside it.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch, Notify};
use tower::ServiceExt;

use crate::faults::ConnectionKill;

/// How long shutdown waits for in-flight requests (a command may be mid-latency).
const DRAIN: Duration = Duration::from_secs(5);

pub(crate) async fn serve(listener: TcpListener, app: Router, mut shutdown: watch::Receiver<bool>) {
    // Every connection task holds a clone; when all are gone, recv() returns None.
    let (alive, mut all_closed) = mpsc::channel::<()>(1);
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    tokio::spawn(connection(stream, app.clone(), shutdown.clone(), alive.clone()));
                }
                Err(e) => {
                    // Usually out of file descriptors: give connections a moment to close.
                    tracing::warn!("volvo-sim: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
            () = shutdown_requested(&mut shutdown) => break,
        }
    }
    drop(listener);
    drop(alive);
    let _ = tokio::time::timeout(DRAIN, all_closed.recv()).await;
}

/// Resolves once shutdown is asked for. If every handle is dropped without asking, the
/// simulator keeps serving until the runtime ends.
async fn shutdown_requested(rx: &mut watch::Receiver<bool>) {
    if rx.wait_for(|stop| *stop).await.is_err() {
        std::future::pending::<()>().await;
    }
}

async fn connection(
    stream: TcpStream,
    app: Router,
    mut shutdown: watch::Receiver<bool>,
    _alive: mpsc::Sender<()>,
) {
    let _ = stream.set_nodelay(true);
    // Zero linger is set only when a reset is wanted: set from the start it would also turn
    // ordinary closes into resets and could cut off the tail of a large answer.
    let socket = match socket::second_handle(&stream) {
        Ok(socket) => socket,
        Err(e) => {
            tracing::warn!("volvo-sim: cannot duplicate socket: {e}");
            return;
        }
    };
    let kill = Arc::new(Notify::new());
    let service = {
        let kill = ConnectionKill(kill.clone());
        service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(kill.clone());
            app.clone().oneshot(req)
        })
    };
    let conn = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    let mut draining = false;
    loop {
        tokio::select! {
            result = conn.as_mut() => {
                if let Err(e) = result {
                    tracing::debug!("volvo-sim: connection ended with {e}");
                }
                return;
            }
            () = kill.notified() => {
                if let Err(e) = socket2::SockRef::from(&socket).set_linger(Some(Duration::ZERO)) {
                    tracing::warn!("volvo-sim: cannot arm reset: {e}");
                }
                // Returning drops the connection, then the last handle: the close sends RST.
                return;
            }
            () = shutdown_requested(&mut shutdown), if !draining => {
                conn.as_mut().graceful_shutdown();
                draining = true;
            }
        }
    }
}

mod socket {
    use tokio::net::TcpStream;

    #[cfg(unix)]
    pub(super) fn second_handle(stream: &TcpStream) -> std::io::Result<std::os::fd::OwnedFd> {
        use std::os::fd::AsFd;
        stream.as_fd().try_clone_to_owned()
    }

    #[cfg(windows)]
    pub(super) fn second_handle(
        stream: &TcpStream,
    ) -> std::io::Result<std::os::windows::io::OwnedSocket> {
        use std::os::windows::io::AsSocket;
        stream.as_socket().try_clone_to_owned()
    }
}
