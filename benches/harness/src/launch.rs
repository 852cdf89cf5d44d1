//! Starting an app for a measurement: in a private D-Bus session with a fresh keyring
//! (`scripts/with-keyring`: single-instance and the keychain both live on the session bus, so
//! every launch gets its own), in fresh folders, either directly or through tauri-driver.
//! Everything started is one process group, ended when the handle drops.

use std::fs::{self, File};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use beacon_test_support::group::ProcessGroup;
use beacon_test_support::{procs, webdriver};
use tempfile::TempDir;

/// The tools the launches need.
#[derive(Clone, Debug)]
pub struct Tools {
    pub with_keyring: PathBuf,
    pub tauri_driver: PathBuf,
    pub native_driver: PathBuf,
    pub logs: PathBuf,
}

/// What to start: a binary, its arguments and extra environment.
#[derive(Clone, Debug)]
pub struct AppSpec {
    pub label: &'static str,
    pub binary: PathBuf,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

/// Fresh folders for one launch: config, data, XDG config and cache, temp. Removed on drop.
pub struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    pub fn new(label: &str) -> Result<Sandbox, String> {
        let dir = tempfile::Builder::new()
            .prefix(&format!("beacon-bench-{label}-"))
            .tempdir()
            .map_err(|e| format!("a temporary folder: {e}"))?;
        for sub in ["config", "data", "xdg-config", "xdg-cache", "tmp"] {
            fs::create_dir_all(dir.path().join(sub)).map_err(|e| format!("{sub}: {e}"))?;
        }
        Ok(Sandbox { dir })
    }

    fn apply(&self, cmd: &mut Command, spec: &AppSpec) {
        // The developer's own settings must not reach either app.
        for (name, _) in std::env::vars_os() {
            let name = name.to_string_lossy();
            if name.starts_with("BEACON_") || name.starts_with("VCC_") {
                cmd.env_remove(name.as_ref());
            }
        }
        let root = self.dir.path();
        cmd.env("BEACON_CONFIG_DIR", root.join("config"))
            .env("BEACON_DATA_DIR", root.join("data"))
            .env("XDG_CONFIG_HOME", root.join("xdg-config"))
            .env("XDG_CACHE_HOME", root.join("xdg-cache"))
            .env("TMPDIR", root.join("tmp"))
            .env("GTK_THEME", "Adwaita")
            .env_remove("BROWSER");
        for (name, value) in &spec.env {
            cmd.env(name, value);
        }
    }
}

fn log_file(tools: &Tools, name: &str) -> Result<(File, File), String> {
    fs::create_dir_all(&tools.logs).map_err(|e| format!("{}: {e}", tools.logs.display()))?;
    let path = tools.logs.join(format!("{name}.log"));
    let file = File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let copy = file.try_clone().map_err(|e| e.to_string())?;
    Ok((file, copy))
}

/// An app started directly (no WebDriver): what the memory figures use, so no automation
/// session sits in either app's processes.
pub struct Direct {
    pub group: ProcessGroup,
    _sandbox: Sandbox,
}

pub fn start_direct(tools: &Tools, spec: &AppSpec, run: &str) -> Result<Direct, String> {
    let sandbox = Sandbox::new(spec.label)?;
    let (out, err) = log_file(tools, &format!("{}-{run}", spec.label))?;
    let mut cmd = Command::new(&tools.with_keyring);
    cmd.arg(&spec.binary).args(&spec.args);
    sandbox.apply(&mut cmd, spec);
    cmd.stdin(Stdio::null()).stdout(out).stderr(err);
    let group = ProcessGroup::spawn(spec.label, &mut cmd)?;
    Ok(Direct {
        group,
        _sandbox: sandbox,
    })
}

/// tauri-driver (and WebKitWebDriver) in the app's own session, ready for a new session.
pub struct Driver {
    pub url: String,
    pub group: ProcessGroup,
    _sandbox: Sandbox,
}

fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("a free port: {e}"))
}

pub async fn start_driver(tools: &Tools, spec: &AppSpec, run: &str) -> Result<Driver, String> {
    let mut failures = Vec::new();
    // A port is free when picked and may be taken before tauri-driver binds it: retry.
    for attempt in 1..=3 {
        let sandbox = Sandbox::new(spec.label)?;
        let (port, native) = (free_port()?, free_port()?);
        if port == native {
            continue;
        }
        let (out, err) = log_file(tools, &format!("{}-{run}-driver", spec.label))?;
        let mut cmd = Command::new(&tools.with_keyring);
        cmd.arg(&tools.tauri_driver)
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native.to_string()])
            .arg("--native-driver")
            .arg(&tools.native_driver);
        sandbox.apply(&mut cmd, spec);
        cmd.stdin(Stdio::null()).stdout(out).stderr(err);
        let mut group = ProcessGroup::spawn("tauri-driver", &mut cmd)?;
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if webdriver::ready(&url).await {
                return Ok(Driver {
                    url,
                    group,
                    _sandbox: sandbox,
                });
            }
            if group.exited().is_some() || Instant::now() > deadline {
                failures.push(format!("attempt {attempt}: tauri-driver did not come up"));
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    Err(failures.join("; "))
}

/// Waits for the process running `binary` to appear below `root`.
pub async fn find_app(root: u32, binary: &Path, timeout: Duration) -> Result<u32, String> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(pid) = procs::find_exe_below(root, binary) {
            return Ok(pid);
        }
        if Instant::now() > deadline {
            return Err(format!("{} did not start", binary.display()));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
