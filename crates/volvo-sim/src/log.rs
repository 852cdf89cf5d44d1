use std::sync::Mutex;

use serde::{Deserialize, Serialize};

/// One request the simulator received (admin calls excluded).
///
/// A record is written when the request arrives, before any fault or car latency, so a
/// request whose connection is reset still shows up exactly once. `status` is 0 until an
/// answer exists, and stays 0 when none is ever sent (a `reset` fault, or a client that hung
/// up first).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct RequestRecord {
    pub seq: u64,
    pub method: String,
    /// Without the query string.
    pub path: String,
    /// `"api"`, `"token"`, `"authorize"` or `"image"`.
    pub kind: String,
    pub status: u16,
    /// The `vcc-api-operationId` header as sent, valid or not.
    pub operation_id: Option<String>,
    /// The form's `grant_type`, on token requests.
    pub grant_type: Option<String>,
    /// Milliseconds since the simulator started.
    pub at_ms: u64,
}

pub(crate) fn kind_of(path: &str) -> &'static str {
    if path == "/as/authorization.oauth2" {
        "authorize"
    } else if path.starts_with("/as/") {
        "token"
    } else if path.starts_with("/images/") {
        "image"
    } else {
        "api"
    }
}

#[derive(Default)]
pub(crate) struct RequestLog {
    // seq keeps counting across clears so a test can tell old records from new ones.
    inner: Mutex<(u64, Vec<RequestRecord>)>,
}

impl RequestLog {
    /// Appends a record with status 0 and returns its seq.
    pub(crate) fn begin(&self, mut record: RequestRecord) -> u64 {
        let mut inner = self.inner.lock().unwrap();
        inner.0 += 1;
        record.seq = inner.0;
        record.status = 0;
        inner.1.push(record);
        inner.0
    }

    pub(crate) fn finish(&self, seq: u64, status: u16) {
        let mut inner = self.inner.lock().unwrap();
        if let Some(r) = inner.1.iter_mut().rev().find(|r| r.seq == seq) {
            r.status = status;
        }
    }

    pub(crate) fn snapshot(&self) -> Vec<RequestRecord> {
        self.inner.lock().unwrap().1.clone()
    }

    pub(crate) fn clear(&self) {
        self.inner.lock().unwrap().1.clear();
    }
}
