//! Opens the system browser through the one program each OS provides for it; no crate needed.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use beacon_i18n::{t, Lang};

/// A launcher that fails does so at once (no display, no handler). One still running after
/// this has most likely started the browser itself and stays with it until the browser closes.
const QUICK_FAILURE: Duration = Duration::from_secs(2);

/// Why no browser could be opened: the launcher, whether it ran at all, and the system's words.
#[derive(Debug)]
pub struct Failure {
    program: &'static str,
    started: bool,
    detail: String,
}

impl Failure {
    pub fn words(&self, lang: Lang) -> String {
        t!(
            lang,
            "browser-failed",
            program = self.program,
            how = if self.started {
                "failed"
            } else {
                "not-started"
            },
            detail = &self.detail
        )
    }
}

pub async fn open(url: &str) -> Result<(), Failure> {
    let (program, args) = launcher(url);
    let mut child = Command::new(program)
        .args(&args)
        // Not our stdout: a script reading it to the end would wait for the browser to close.
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Failure {
            program,
            started: false,
            detail: e.to_string(),
        })?;
    let deadline = Instant::now() + QUICK_FAILURE;
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                return Err(Failure {
                    program,
                    started: true,
                    detail: status.to_string(),
                })
            }
            Ok(None) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Ok(None) => return Ok(()),
            Err(e) => {
                return Err(Failure {
                    program,
                    started: true,
                    detail: e.to_string(),
                })
            }
        }
    }
}

fn launcher(url: &str) -> (&'static str, Vec<String>) {
    if cfg!(windows) {
        // Not `cmd /c start`: cmd would split the URL at its `&`s.
        (
            "rundll32",
            vec!["url.dll,FileProtocolHandler".into(), url.into()],
        )
    } else if cfg!(target_os = "macos") {
        ("open", vec![url.into()])
    } else {
        ("xdg-open", vec![url.into()])
    }
}
