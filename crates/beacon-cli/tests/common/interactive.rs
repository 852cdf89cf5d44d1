//! A `beacon` process a test talks to while it runs (`beacon login`): its stdout read line by
//! line, its stdin written to, its stderr kept for the end.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use super::{single_json_value, ChildGuard, JsonRun};

/// Far more than a sign-in against the simulator takes; a hung process fails the test.
const PATIENCE: Duration = Duration::from_secs(60);

pub struct Running {
    child: ChildGuard,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    stderr_lines: Receiver<String>,
    /// stderr lines already taken with `next_stderr_line`.
    stderr_seen: Vec<String>,
}

/// How a run ended.
#[derive(Debug)]
pub struct Ended {
    pub code: i32,
    /// The stdout lines not yet taken with `next_line`.
    pub stdout: String,
    /// All of stderr.
    pub stderr: String,
}

impl Running {
    pub fn start(mut cmd: Command, args: &[&str]) -> Running {
        let mut child = cmd
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn beacon");
        let stdin = child.stdin.take();
        let lines = line_reader(child.stdout.take().expect("piped stdout"));
        let stderr_lines = line_reader(child.stderr.take().expect("piped stderr"));
        Running {
            child: ChildGuard(child),
            stdin,
            lines,
            stderr_lines,
            stderr_seen: Vec::new(),
        }
    }

    /// SIGKILL now; whether it was still running when killed.
    pub fn kill(mut self) -> bool {
        let running = matches!(self.child.0.try_wait(), Ok(None));
        let _ = self.child.0.kill();
        let _ = self.child.0.wait();
        running
    }

    /// The next stdout line; fails the test if none comes.
    pub fn next_line(&self) -> String {
        self.lines
            .recv_timeout(PATIENCE)
            .expect("beacon printed a line in time")
    }

    /// The next stderr line for which `wanted` holds (the lines before it are kept too).
    pub fn next_stderr_line(&mut self, wanted: impl Fn(&str) -> bool) -> String {
        loop {
            let line = self
                .stderr_lines
                .recv_timeout(PATIENCE)
                .unwrap_or_else(|_| panic!("no such line on stderr: {:#?}", self.stderr_seen));
            self.stderr_seen.push(line.clone());
            if wanted(&line) {
                return line;
            }
        }
    }

    /// Types `text` and Enter.
    pub fn type_line(&mut self, text: &str) {
        let stdin = self.stdin.as_mut().expect("stdin still open");
        writeln!(stdin, "{text}").expect("write to beacon's stdin");
        stdin.flush().expect("flush beacon's stdin");
    }

    /// Closes stdin (Ctrl-D) so a process waiting for input sees the end.
    pub fn close_stdin(&mut self) {
        self.stdin = None;
    }

    pub fn wait(mut self) -> Ended {
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Some(status) = self.child.0.try_wait().expect("wait for beacon") {
                break status;
            }
            assert!(Instant::now() < deadline, "beacon did not finish in time");
            std::thread::sleep(Duration::from_millis(20));
        };
        let stderr = self.stderr_seen.drain(..).chain(self.stderr_lines.iter());
        Ended {
            code: status.code().expect("beacon exited by a signal"),
            stdout: self.lines.iter().map(|l| format!("{l}\n")).collect(),
            stderr: stderr.map(|l| format!("{l}\n")).collect(),
        }
    }
}

impl Ended {
    /// Checks that what is left of stdout is one JSON value, like `run_json` does.
    pub fn into_json_run(self) -> JsonRun {
        JsonRun {
            code: self.code,
            json: single_json_value(self.stdout.as_bytes()),
            stderr: self.stderr,
        }
    }
}

/// Lines as they come, from a thread, so a process that never prints fails the test instead
/// of hanging it.
pub fn line_reader(pipe: impl Read + Send + 'static) -> Receiver<String> {
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    lines
}
