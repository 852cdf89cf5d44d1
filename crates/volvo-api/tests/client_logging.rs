//! Log lines name method, path, status, latency and operation id, and never a secret.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::*;
use volvo_api::Command;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn logs_hold_no_token_key_or_full_vin() {
    let sim = start_sim("").await;
    let access_token = token(&sim);
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let c = client_builder(&sim)
        .token_source(Arc::new(volvo_api::StaticToken::new(access_token.clone())))
        .build()
        .unwrap();
    c.list_vehicles().await.unwrap();
    c.send_command(&vin(READY), Command::Honk).await.unwrap();
    let _ = c.send_command(&vin(NO_HONK), Command::Honk).await;

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("volvo api"),
        "no request lines logged:\n{logs}"
    );
    assert!(
        logs.contains("status=200") && logs.contains("status=404"),
        "{logs}"
    );
    assert!(logs.contains("operation_id="), "{logs}");
    assert!(logs.contains("latency_ms="), "{logs}");
    assert!(logs.contains("method=POST"), "{logs}");
    assert!(!logs.contains(&access_token), "token leaked into logs");
    assert!(!logs.contains(sim.api_key()), "API key leaked into logs");
    assert!(!logs.contains(READY), "full VIN in logs");
}
