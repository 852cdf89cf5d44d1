//! The app under test: started by tauri-driver (through WebKitWebDriver) inside a private D-Bus
//! session with a fresh keyring, in folders of its own, with a WebDriver session on its window.

use std::collections::BTreeMap;
use std::fs;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use beacon_test_support::group::ProcessGroup;
use beacon_test_support::procs;
use beacon_test_support::x11::{Screen, Window};
use reqwest::Method;
use tempfile::TempDir;

use crate::http::Http;
use crate::paths;
use crate::poll::wait_until;
use crate::WebDriver;

/// A port is picked free and then handed to tauri-driver, so another process can take it in
/// between; a few fresh tries make that harmless.
const LAUNCH_ATTEMPTS: usize = 3;

/// How the system looks to the app. Explicit in every run, so a developer's dark desktop cannot
/// change what a test sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

/// How to start the app: its arguments, extra environment, theme.
#[derive(Clone, Debug)]
pub struct Launch {
    args: Vec<String>,
    env: Vec<(String, String)>,
    theme: Theme,
    keychain: bool,
    desktop: bool,
    data_files: Vec<(String, String)>,
    settings: Option<String>,
}

impl Launch {
    /// No arguments: with nothing stored and nothing in the environment, the app opens its demo.
    pub fn plain() -> Launch {
        Launch {
            args: Vec::new(),
            env: Vec::new(),
            theme: Theme::Light,
            keychain: true,
            desktop: false,
            data_files: Vec::new(),
            settings: None,
        }
    }

    /// `--demo`.
    pub fn demo() -> Launch {
        Launch::plain().arg("--demo")
    }

    pub fn arg(mut self, arg: &str) -> Launch {
        self.args.push(arg.to_owned());
        self
    }

    pub fn env(mut self, name: &str, value: &str) -> Launch {
        self.env.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Set up for the simulator's application through the environment (client, secret,
    /// addresses, API key), as someone who brought their own; not signed in yet.
    pub fn with_application(self, info: &crate::SimInfo) -> Launch {
        self.env("BEACON_CLIENT_ID", &info.client_id)
            .env("BEACON_CLIENT_SECRET", &info.client_secret)
            .env("BEACON_AUTH_URL", &info.auth_url)
            .env("BEACON_TOKEN_URL", &info.token_url)
            .env("BEACON_API_URL", &info.api_url)
            .env("VCC_API_KEY", &info.api_key)
    }

    /// Signed in to the simulator's demo fleet with its test access token and API key, by
    /// environment: the account mode without any sign-in.
    pub fn with_test_token(self, info: &crate::SimInfo) -> Launch {
        self.env("BEACON_API_URL", &info.api_url)
            .env("VCC_API_KEY", &info.api_key)
            .env("BEACON_ACCESS_TOKEN", &info.access_token)
    }

    /// A session with no keychain at all (no Secret Service on its bus), as on a desktop
    /// without one: the app keeps secrets for the session only.
    pub fn without_keychain(mut self) -> Launch {
        self.keychain = false;
        self
    }

    /// A desktop's services in the app's session, up before the app starts: a panel's
    /// StatusNotifierWatcher (so the tray registers its item, see [`crate::panel`]) and dunst,
    /// a real notification daemon (see [`crate::notifications`]).
    pub fn with_desktop(mut self) -> Launch {
        self.desktop = true;
        self
    }

    /// A file in the app's data folder before it starts, as an earlier run left it.
    pub fn data_file(mut self, name: &str, contents: &str) -> Launch {
        self.data_files.push((name.to_owned(), contents.to_owned()));
        self
    }

    /// The settings file (`settings.toml`) as an earlier run or `beacon setup` left it.
    pub fn settings(mut self, toml: &str) -> Launch {
        self.settings = Some(toml.to_owned());
        self
    }

    pub fn theme(mut self, theme: Theme) -> Launch {
        self.theme = theme;
        self
    }
}

pub struct App {
    webdriver: Option<WebDriver>,
    /// Whether the app's stdout went to `app.log` (launched directly, not by tauri-driver).
    direct: bool,
    /// For an app launched directly with its web inspector open: WebKitWebDriver attached to
    /// it (`--target`), and its address, for a new session after the old one ended.
    attached_driver: Option<(ProcessGroup, String)>,
    /// tauri-driver's process group (WebKitWebDriver, the app, its D-Bus session and keyring),
    /// or the app's own when it was launched directly.
    group: ProcessGroup,
    /// The environment the app was started with (its D-Bus session included), for a second
    /// launch and for looking into its keychain.
    env_file: PathBuf,
    opened_file: PathBuf,
    logs: PathBuf,
    // Last: removed after every process that uses it has ended.
    _dir: TempDir,
}

impl App {
    pub(crate) fn launch(test: &str, logs: &Path, launch: Launch) -> App {
        let (dir, opened_file, env_file) = app_folders(test);
        let root = dir.path();
        let driver_log = logs.join("tauri-driver.log");

        let mut failures = Vec::new();
        for attempt in 1..=LAUNCH_ATTEMPTS {
            let (port, native_port) = two_free_ports();
            let mut driver = ProcessGroup::spawn(
                "tauri-driver",
                session_command(root, &env_file, &launch, &driver_log)
                    .arg(paths::tauri_driver())
                    .args(["--port", &port.to_string()])
                    .args(["--native-port", &native_port.to_string()])
                    .arg("--native-driver")
                    .arg(paths::native_driver()),
            )
            .unwrap_or_else(|e| panic!("{e}"));
            let url = format!("http://127.0.0.1:{port}");
            if let Err(e) = wait_for_driver(&url, &mut driver) {
                failures.push(format!("attempt {attempt}: {e}"));
                continue;
            }
            match WebDriver::new_session(&url, &paths::app_binary(), &launch.args) {
                Ok(webdriver) => {
                    return App {
                        webdriver: Some(webdriver),
                        direct: false,
                        attached_driver: None,
                        group: driver,
                        env_file,
                        opened_file,
                        logs: logs.to_owned(),
                        _dir: dir,
                    }
                }
                Err(e) => failures.push(format!("attempt {attempt}: {e}")),
            }
        }
        panic!(
            "the app did not start under tauri-driver ({}); see {}",
            failures.join("; "),
            driver_log.display()
        );
    }

    pub(crate) fn launch_direct(test: &str, logs: &Path, launch: Launch) -> App {
        let (dir, opened_file, env_file) = app_folders(test);
        let group = ProcessGroup::spawn(
            "volvo-beacon",
            session_command(dir.path(), &env_file, &launch, &logs.join("app.log"))
                .arg(paths::app_binary())
                .args(&launch.args),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        App {
            webdriver: None,
            direct: true,
            attached_driver: None,
            group,
            env_file,
            opened_file,
            logs: logs.to_owned(),
            _dir: dir,
        }
    }

    /// The app launched directly, its web inspector open to WebKitWebDriver, which attaches to
    /// it (`--target`) instead of starting it. WebKit ends a WebDriver session when the page's
    /// web process dies ("session deleted because of page crash"); such an app outlives that,
    /// and [`reattach`](Self::reattach) opens a new session on its window.
    pub(crate) fn launch_reattachable(test: &str, logs: &Path, launch: Launch) -> App {
        let mut failures = Vec::new();
        for attempt in 1..=LAUNCH_ATTEMPTS {
            let (inspector_port, driver_port) = two_free_ports();
            let inspector = format!("127.0.0.1:{inspector_port}");
            let mut app = App::launch_direct(
                test,
                logs,
                launch
                    .clone()
                    .env("TAURI_WEBVIEW_AUTOMATION", "true")
                    .env("WEBKIT_INSPECTOR_SERVER", &inspector),
            );
            let driver_log =
                fs::File::create(logs.join("webkitwebdriver.log")).expect("the driver's log file");
            let mut driver = ProcessGroup::spawn(
                "WebKitWebDriver",
                Command::new(paths::native_driver())
                    .arg(format!("--port={driver_port}"))
                    .arg(format!("--target={inspector}"))
                    // The session WebKit ended stays on the driver's books until its next
                    // command: a new one takes its place.
                    .arg("--replace-on-new-session")
                    .stdin(Stdio::null())
                    .stdout(driver_log.try_clone().expect("the driver's log file"))
                    .stderr(driver_log),
            )
            .unwrap_or_else(|e| panic!("{e}"));
            let url = format!("http://127.0.0.1:{driver_port}");
            if let Err(e) = wait_for_driver(&url, &mut driver) {
                failures.push(format!("attempt {attempt}: {e}"));
                continue;
            }
            app.attached_driver = Some((driver, url));
            match app.try_attach(Duration::from_secs(60)) {
                Ok(()) => return app,
                Err(e) => failures.push(format!("attempt {attempt}: {e}")),
            }
        }
        panic!(
            "no WebDriver session on the app ({}); see {}",
            failures.join("; "),
            logs.display()
        );
    }

    /// A new WebDriver session on the window of an app from
    /// [`E2e::launch_reattachable`](crate::E2e::launch_reattachable), after WebKit ended the
    /// last one.
    pub fn reattach(&mut self) {
        if let Err(e) = self.try_attach(crate::DEFAULT_WAIT) {
            panic!("no new WebDriver session on the app: {e}");
        }
    }

    fn try_attach(&mut self, timeout: Duration) -> Result<(), String> {
        let (_, url) = self
            .attached_driver
            .as_ref()
            .expect("an app launched to be reattached");
        let deadline = Instant::now() + timeout;
        loop {
            match WebDriver::attach(url) {
                Ok(webdriver) => {
                    self.webdriver = Some(webdriver);
                    return Ok(());
                }
                Err(e) if Instant::now() >= deadline => return Err(e),
                Err(_) => std::thread::sleep(Duration::from_millis(250)),
            }
        }
    }

    /// The app's process (below the D-Bus session and driver that started it), running the
    /// window's program or, in the tray, the tray program.
    pub fn pid(&self) -> u32 {
        let programs = [paths::app_binary(), paths::tray_binary()];
        wait_until("the app's process", Duration::from_secs(30), || {
            programs
                .iter()
                .find_map(|program| procs::find_exe_below(self.group.id(), program))
                .ok_or_else(|| format!("no {programs:?} below the launch"))
        })
    }

    /// After the tray program opened the window: the app's process runs the window's program
    /// again, which took the cars over and asked the API nothing.
    pub fn assert_back_in_the_window_with_the_cars_handed_over(&self) {
        assert!(!self.in_the_tray_program(), "still the tray program");
        let log = self.log_text();
        let reopened = log
            .split("opening the window")
            .nth(1)
            .unwrap_or_else(|| panic!("the way back to the window is not logged:\n{log}"));
        assert!(
            reopened.contains("took the cars over from the previous process"),
            "{reopened}"
        );
        assert!(
            !reopened.contains("volvo api method="),
            "API calls after coming back to the window:\n{reopened}"
        );
    }

    /// Whether the app's process runs the tray program (the app in the tray without the web
    /// engine) now.
    pub fn in_the_tray_program(&self) -> bool {
        let tray = paths::tray_binary()
            .canonicalize()
            .expect("the tray program");
        std::fs::read_link(format!("/proc/{}/exe", self.pid())).is_ok_and(|exe| exe == tray)
    }

    pub fn wd(&self) -> &WebDriver {
        self.webdriver
            .as_ref()
            .expect("the WebDriver session is open")
    }

    /// The app's environment as it started: D-Bus session, keyring, folders, test settings.
    pub(crate) fn env(&self) -> BTreeMap<String, String> {
        // Written whole (renamed into place) by the session as it starts.
        let raw = wait_until(
            "the app's session to start",
            Duration::from_secs(30),
            || fs::read(&self.env_file).map_err(|e| e.to_string()),
        );
        raw.split(|b| *b == 0)
            .filter_map(|entry| {
                let entry = String::from_utf8_lossy(entry);
                let (name, value) = entry.split_once('=')?;
                Some((name.to_owned(), value.to_owned()))
            })
            .collect()
    }

    /// Starts the app binary once more, the way the OS would hand it a link: same session, same
    /// environment. Returns how that second process ended.
    pub fn launch_again(&self, args: &[&str]) -> ExitStatus {
        let log = fs::File::create(self.logs.join("second-instance.log")).expect("a log file");
        let mut second = ProcessGroup::spawn(
            "the second volvo-beacon",
            Command::new(paths::app_binary())
                .args(args)
                .env_clear()
                .envs(self.env())
                .stdin(Stdio::null())
                .stdout(log.try_clone().expect("a log file"))
                .stderr(log),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        wait_until(
            "the second instance to hand over and exit",
            Duration::from_secs(30),
            || second.exited().ok_or_else(|| "still running".to_owned()),
        )
    }

    /// What the app wrote to its log so far: stdout (debug builds log there) when launched
    /// directly; under WebDriver, which keeps the app's stdout, the app's own log file in its
    /// session's data folder.
    pub fn log_text(&self) -> String {
        if self.direct {
            return fs::read_to_string(self.logs.join("app.log")).unwrap_or_default();
        }
        let mut files = Vec::new();
        log_files(&self._dir.path().join("tmp"), &mut files);
        files.sort();
        files
            .iter()
            .filter_map(|f| fs::read_to_string(f).ok())
            .collect::<Vec<_>>()
            .join("")
    }

    /// Signs in the user's way, with the window: "Connect my Volvo", straight back to Beacon,
    /// the browser at the simulator's Volvo ID, and the OS handing the link to a second
    /// launch. Returns once the second launch has handed it over.
    pub fn sign_in_by_deep_link(&self, sim: &crate::Sim) {
        let wd = self.wd();
        // The demo first, as the user sees it before connecting.
        wait_until("the demo's cars", Duration::from_secs(60), || {
            let cars = crate::ui::tiles(wd).len();
            (crate::ui::mode(wd) == "demo" && cars > 0)
                .then_some(())
                .ok_or_else(|| format!("{cars} cars"))
        });
        wd.click(&wd.find("#demo-connect"));
        wd.click(&wd.find(r#"input[name="via"][value="deep_link"]"#));
        wd.click(&wd.find("#connect"));
        let authorize_url = wait_until(
            "the app to open the browser",
            Duration::from_secs(30),
            || {
                self.opened_urls()
                    .into_iter()
                    .next()
                    .ok_or_else(|| "nothing opened".to_owned())
            },
        );
        let callback = sim.authorize(&authorize_url);
        let second = self.launch_again(&[&callback]);
        assert!(
            second.success(),
            "the second launch should hand the link over: {second}"
        );
        wait_until("the account", Duration::from_secs(30), || {
            let mode = crate::ui::mode(wd);
            (mode == "account")
                .then_some(())
                .ok_or_else(|| format!("mode {mode:?}"))
        });
        // Back at the tiles, as the user would close the account sheet.
        let open = wd.execute(
            "return document.getElementById('account-dialog').open;",
            serde_json::json!([]),
        );
        if open == serde_json::json!(true) {
            wd.click(&wd.find("#account-close"));
        }
    }

    /// The app's home folder (`HOME`), where the OS's per-user files such as the autostart
    /// entry go.
    /// Closes the main window the way a user does: the window manager's close request (not
    /// WebDriver's, which ends the app).
    pub fn close_window(&self) {
        let screen = Screen::open().expect("an X server at DISPLAY");
        let window = self.main_window(&screen);
        screen
            .ask_to_close(window)
            .expect("the close request reaches the X server");
    }

    /// The app's window shown on `screen`, once there is one.
    pub fn main_window(&self, screen: &Screen) -> Window {
        let pid = self.pid();
        wait_until("the main window", Duration::from_secs(60), || {
            screen
                .shown_windows_of(pid)?
                .first()
                .copied()
                .ok_or_else(|| "no window".to_owned())
        })
    }

    /// A file the app wrote in its data folder, if it is there.
    pub fn data_file(&self, name: &str) -> Option<String> {
        fs::read_to_string(self._dir.path().join("data").join(name)).ok()
    }

    /// A file the app wrote in its config folder (`settings.toml`), if it is there.
    pub fn config_file(&self, name: &str) -> Option<String> {
        fs::read_to_string(self._dir.path().join("config").join(name)).ok()
    }

    pub fn home(&self) -> PathBuf {
        self._dir.path().join("home")
    }

    /// What the app asked the system to open in a browser, in order.
    pub fn opened_urls(&self) -> Vec<String> {
        fs::read_to_string(&self.opened_file)
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// Every secret the app keeps in its keychain (the Secret Service of its session).
    pub fn keychain_secrets(&self) -> Vec<String> {
        let output = Command::new("secret-tool")
            .args(["search", "--all", "--unlock", "service", "volvo-beacon"])
            .env_clear()
            .envs(self.env())
            .stdin(Stdio::null())
            .output()
            .expect("secret-tool runs");
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| line.strip_prefix("secret = "))
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for App {
    fn drop(&mut self) {
        // A clean close when things went well; after a panic the driver may be what hangs,
        // and the process group is ended regardless.
        if let Some(webdriver) = self.webdriver.take() {
            if !std::thread::panicking() {
                webdriver.quit();
            }
        }
    }
}

/// Every `*.log` file in a `logs` folder below `dir` (the app's log folder is inside the
/// session's data folder, whose name is made up when the session starts).
fn log_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            log_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "log")
            && path
                .parent()
                .and_then(Path::file_name)
                .is_some_and(|n| n == "logs")
        {
            found.push(path);
        }
    }
}

/// A temporary root with the app's folders and the browser stand-in; where the launch records
/// what was opened and its environment.
fn app_folders(test: &str) -> (TempDir, PathBuf, PathBuf) {
    let dir = tempfile::Builder::new()
        .prefix(&format!("beacon-e2e-{test}-"))
        .tempdir()
        .expect("a temporary folder for the app");
    let root = dir.path();
    for sub in [
        "config",
        "data",
        "xdg-config",
        "xdg-cache",
        "tmp",
        "bin",
        "home",
    ] {
        fs::create_dir_all(root.join(sub)).expect("the app's folders");
    }
    let opened_file = root.join("opened-urls.txt");
    install_browser_stand_in(&root.join("bin"), &opened_file);
    let env_file = root.join("app-env");
    (dir, opened_file, env_file)
}

/// A new private D-Bus session with a fresh keyring, the app's folders and settings, which
/// records its environment and then becomes the program the caller adds as arguments.
fn session_command(root: &Path, env_file: &Path, launch: &Launch, log: &Path) -> Command {
    let log = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .expect("the launch's log file");
    for (name, contents) in &launch.data_files {
        fs::write(root.join("data").join(name), contents).expect("a file in the app's data folder");
    }
    if let Some(toml) = &launch.settings {
        fs::write(root.join("config").join("settings.toml"), toml).expect("the settings file");
    }
    let mut cmd = Command::new(paths::with_keyring());
    if !launch.keychain {
        cmd.arg("--no-secret-service");
    }
    // Inside the new session: record the environment, start the desktop's services when asked
    // (in the background, each waited for until it owns its bus name), then become the program
    // (tauri-driver, whose WebKitWebDriver starts the app, or the app itself), which inherits
    // all of it.
    cmd.args(["sh", "-c", SESSION_SCRIPT, "beacon-e2e"])
        .arg(env_file)
        .arg(if launch.desktop {
            paths::status_notifier_watcher()
        } else {
            PathBuf::new()
        });

    paths::forget_beacon_settings(&mut cmd);
    let path = std::env::var_os("PATH").unwrap_or_default();
    let path =
        std::env::join_paths(std::iter::once(root.join("bin")).chain(std::env::split_paths(&path)))
            .expect("a PATH");
    cmd.env("PATH", path)
        .env("BEACON_CONFIG_DIR", root.join("config"))
        .env("BEACON_DATA_DIR", root.join("data"))
        .env("XDG_CONFIG_HOME", root.join("xdg-config"))
        .env("XDG_CACHE_HOME", root.join("xdg-cache"))
        // with-keyring's own scratch folder lands here too, so nothing outlives the test.
        .env("TMPDIR", root.join("tmp"))
        // Where the OS's start-at-login entry goes (~/.config/autostart, whatever
        // XDG_CONFIG_HOME says), and anything else that writes below home: not the developer's.
        .env("HOME", root.join("home"))
        .env(
            "GTK_THEME",
            match launch.theme {
                Theme::Light => "Adwaita",
                Theme::Dark => "Adwaita:dark",
            },
        )
        .env_remove("BROWSER")
        // English, whatever the machine running the tests speaks; a test of another language
        // sets its own below.
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    for (name, value) in &launch.env {
        cmd.env(name, value);
    }
    cmd.stdin(Stdio::null())
        .stdout(log.try_clone().expect("the launch's log file"))
        .stderr(log);
    cmd
}

/// `$1`: where to record the environment; `$2`: the StatusNotifierWatcher to start with dunst,
/// or empty for none; the rest: the program to become.
const SESSION_SCRIPT: &str = r#"
env -0 > "$1.part" && mv "$1.part" "$1"
watcher="$2"
shift 2
owned() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q "boolean true"
}
wait_for_name() {
  for _ in $(seq 100); do owned "$1" && return 0; sleep 0.05; done
  echo "beacon-e2e: nothing owns $1 on the session bus" >&2
  exit 1
}
if [ -n "$watcher" ]; then
  "$watcher" &
  wait_for_name org.kde.StatusNotifierWatcher
  dunst &
  wait_for_name org.freedesktop.Notifications
fi
exec "$@"
"#;

/// A stand-in for `xdg-open` (the first launcher the `open` crate tries): the sign-in must not start
/// a real browser, and the test wants to see what the app asked to open.
fn install_browser_stand_in(bin: &Path, record: &Path) {
    let script = format!(
        "#!/bin/sh\n# Written by the beacon-e2e tests: records what would have been opened.\n\
         printf '%s\\n' \"$*\" >> '{}'\n",
        record.display()
    );
    let path = bin.join("xdg-open");
    fs::write(&path, script).expect("the xdg-open stand-in");
    let mut permissions = fs::metadata(&path).expect("the stand-in").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    fs::set_permissions(&path, permissions).expect("the stand-in is executable");
}

/// Both held open until both are known, so they differ.
fn two_free_ports() -> (u16, u16) {
    let bind = || TcpListener::bind("127.0.0.1:0").expect("a free local port");
    let (a, b) = (bind(), bind());
    let port = |l: &TcpListener| l.local_addr().expect("a bound port").port();
    (port(&a), port(&b))
}

/// Until tauri-driver and the WebKitWebDriver behind it answer `/status`.
fn wait_for_driver(url: &str, driver: &mut ProcessGroup) -> Result<(), String> {
    let http = Http::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = driver.exited() {
            return Err(format!("tauri-driver exited ({status})"));
        }
        if let Ok(answer) = http.send(Method::GET, &format!("{url}/status"), None) {
            if answer.status.is_success() {
                return Ok(());
            }
        }
        if Instant::now() >= deadline {
            return Err("tauri-driver did not answer /status within 20 s".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
