//! What `beacon-bench` does, phase by phase; `main.rs` starts it on Linux.

use std::path::{Path, PathBuf};

use clap::Parser;
use serde_json::{json, Value};

use crate::launch::{AppSpec, Tools};
use crate::report::Results;
use crate::{
    account, binary, clock, criterion, growth, idle, memory, screen, signed_in, startup, tokens,
};

/// What must be on screen for "painted": Beacon's first tile, the baseline's heading.
const OURS_TARGET: &str = "[data-vin]";
const BASELINE_TARGET: &str = "h1";

/// Commands before the first memory sample of the growth phase.
const GROWTH_FIRST: usize = 10;

/// Tries per start-up launch before it counts as failed.
const STARTUP_ATTEMPTS: usize = 3;

const PHASES: [&str; 8] = [
    "size",
    "startup",
    "memory",
    "idle",
    "tokens",
    "account",
    "growth",
    "criterion",
];

#[derive(Parser, Debug)]
#[command(about = "Benchmarks Volvo Beacon against a bare Tauri window (see README, Benchmarks)")]
struct Args {
    /// Volvo Beacon's release binary.
    #[arg(long, required_unless_present = "print_profile_env")]
    ours: Option<PathBuf>,
    /// The baseline app's release binary (benches/baseline-app).
    #[arg(long, required_unless_present = "print_profile_env")]
    baseline: Option<PathBuf>,
    /// Print the workspace's [profile.release] as CARGO_PROFILE_RELEASE_* lines and exit
    /// (scripts/bench builds the baseline with them).
    #[arg(long)]
    print_profile_env: bool,
    /// Where report.json, report.md and the logs go.
    #[arg(long, default_value = "target/bench")]
    out: PathBuf,
    /// Runs per app for start-up and memory (median, min, max over these).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Clicks on Flash for click → request.
    #[arg(long, default_value_t = 50)]
    clicks: usize,
    /// Length of each idle window (shown, then closed to the tray) for API calls per hour.
    #[arg(long, default_value_t = 120)]
    idle_secs: u64,
    /// Length of each idle-CPU window (window shown, closed to the tray), in seconds.
    #[arg(long, default_value_t = 300)]
    idle_cpu_secs: u64,
    /// Commands through the demo's window for memory growth (paced at 10 a minute).
    #[arg(long, default_value_t = 500)]
    growth_commands: usize,
    /// Rounds of the 50-concurrent-calls token test.
    #[arg(long, default_value_t = 5)]
    token_rounds: usize,
    /// The simulator's scenario for the account-mode figures.
    #[arg(long, default_value = "benches/account-scenario.toml")]
    scenario: PathBuf,
    /// Where `cargo bench -p volvo-api --bench command` left criterion's estimates.
    #[arg(long, default_value = "target/criterion")]
    criterion_dir: PathBuf,
    #[arg(long, default_value = "Cargo.toml")]
    workspace_manifest: PathBuf,
    #[arg(long, default_value = "scripts/with-keyring")]
    with_keyring: PathBuf,
    #[arg(long, default_value = "tauri-driver")]
    tauri_driver: PathBuf,
    #[arg(long, default_value = "WebKitWebDriver")]
    native_driver: PathBuf,
    /// Extra environment for Volvo Beacon only (NAME=VALUE, repeatable): to try a product
    /// change that an environment variable can stand in for before making it.
    #[arg(long = "ours-env", value_name = "NAME=VALUE")]
    ours_env: Vec<String>,
    /// Only these phases (comma-separated: size,startup,memory,idle,tokens,account,growth,
    /// criterion).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
}

fn find_tool(name: &Path) -> PathBuf {
    if name.components().count() > 1 {
        return name.to_path_buf();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let cargo_bin = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin"));
    std::env::split_paths(&path)
        .chain(cargo_bin)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| name.to_path_buf())
}

fn absolute(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

fn machine() -> Value {
    let read = |p: &str| {
        std::fs::read_to_string(p)
            .unwrap_or_default()
            .trim()
            .to_owned()
    };
    json!({
        "cpus": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        "kernel": read("/proc/sys/kernel/osrelease"),
        "loadavg_at_start": read("/proc/loadavg"),
        "process_start_resolution_ms": clock::tick_ms(),
        "unix_time_at_start": (clock::epoch_ms() / 1000.0).round(),
    })
}

fn method() -> Value {
    json!({
        "units": "ms for times, MiB (2^20 bytes) for memory and sizes; *_mb keys hold MiB",
        "startup_ms": "Both apps started directly, each in a private D-Bus session with a fresh \
            keyring, under Xvfb (1920x1080). A thread reads the target's rectangle of the window \
            back from the X server every ~10 ms from the moment it is mapped; start-up = the \
            first frame in which it shows content (not one flat colour: >= 3 colours, >= 2 % of samples \
            off the commonest) − the app process's start time from /proc/<pid>/stat (10 ms \
            ticks). Target: Beacon's first tile (demo mode), the baseline's heading; their \
            rectangles come from one calibration launch of each under WebDriver, which also \
            records the page's own timing (details.startup_calibration). Not the page's marker: \
            Beacon sets it from a rAF callback or a 100 ms timer, and the timer fires before \
            anything is on screen. One unmeasured warm-up launch each; runs alternate.",
        "signed_in_startup_ms": "As startup_ms, Volvo Beacon signed in with a test access \
            token against the in-process simulator (benches/account-scenario.toml) answering \
            every API call 400 ms late. All its launches share one config and data folder; \
            its calibration launch is the account's first start, which fetches the fleet and \
            keeps it (known-cars.json), and the measured launches are the starts after it. \
            Ratio against the same run's baseline launches.",
        "rss_mb": "Apps started directly (no WebDriver): Beacon with --demo, the baseline with \
            --stay-in-background. VmRSS summed over the app and all its descendants \
            (WebKitWebProcess, WebKitNetworkProcess) 10 s after the app process started. PSS \
            (smaps_rollup) in details.",
        "rss_tray_mb": "Same launches: the window gets a WM_DELETE_WINDOW client message (what a \
            window manager sends for the close button), then 10 s later the app and all its \
            descendants are summed again. Ratio against the baseline's window figure. The \
            baseline's own closed figure is in details.",
        "binary_mb": "strip --strip-all on a copy of each release binary, both built with \
            --features tauri/custom-protocol and the workspace's [profile.release] (passed to \
            the baseline's build as CARGO_PROFILE_RELEASE_*; details.binary.release_profile).",
        "idle_cpu_s_per_hour": "CPU time (user + system, /proc/<pid>/stat utime, stime and \
            reaped children's cutime, cstime) of the app and every process below it over one \
            idle window of --idle-cpu-secs, × 3600 / its length. Volvo Beacon signed in with a \
            test access token against the in-process simulator (benches/account-scenario.toml), \
            started directly; 20 s to settle, the window shown and idle (_window), then a close \
            request, 15 s to settle, in the tray (_tray). The baseline (--stay-in-background), \
            its window shown, measured at the same time (_window_baseline). By process in \
            details.idle_cpu.",
        "click_to_request_ms": "Beacon signed in with a test access token against the simulator \
            (in-process, benches/account-scenario.toml: no rate limits, cars answer at once). A \
            capturing click listener stamps each WebDriver click on Flash with Date.now() \
            (epoch ms, floored; performance.timeOrigin + now() kept as a check); the simulator \
            logs the command POST's at_ms (whole ms since its start, no absolute time). Its start is bracketed on the epoch clock by 3 \
            probe requests before and 3 after every click; each latency is the middle of its \
            interval (widest half-interval in details). Clicks wait for the previous command \
            to finish, and for the app's 10-commands-a-minute limit. Nearest-rank percentiles.",
        "rss_growth_after_500_commands_pct": "Volvo Beacon in demo mode (--demo: its in-process \
            simulator and the demo fleet) under WebDriver; Flash clicked on each demo car that \
            offers it in turn, each click after the previous car's answer showed on its tile and \
            within the app's 10 commands a minute (--growth-commands, 500: about 50 minutes). \
            RSS of the app and every process below it 10 s after the 10th answer and 10 s after \
            the last, each the median of 5 readings a second apart; growth = (last - 10th) / \
            10th × 100. A sample every 50 commands (no pause) in details.growth.trace.",
        "client_overhead_ratio": "criterion (cargo bench -p volvo-api --bench command): mean of \
            honk/volvo_api_client / mean of honk/raw_reqwest_post, from \
            target/criterion/honk/*/new/estimates.json.",
        "api_calls_per_hour": "Same signed-in session: every request the simulator logged \
            (API, token and picture requests) over an idle window with the window shown (after \
            the cars loaded and 10 s settled, before any click) and over one after the window \
            was closed to the tray, × 3600 / seconds / cars.",
        "refresh_requests_for_50_concurrent": "volvo-api TokenManager + Client against the \
            in-process simulator, signed in through its Volvo ID (in-memory secret store): \
            after the access token really expired, 50 calls start together (Volvo ID's answer \
            held 300 ms); token requests counted in the simulator's log. Worst of the rounds.",
    })
}

struct Bench {
    args: Args,
    tools: Tools,
    ours: AppSpec,
    baseline: AppSpec,
    results: Results,
}

impl Bench {
    fn wants(&self, phase: &str) -> bool {
        self.args.only.is_empty() || self.args.only.iter().any(|p| p == phase)
    }

    fn save(&self) {
        let json = self.results.json(&method());
        let _ = std::fs::create_dir_all(&self.args.out);
        let text = serde_json::to_string_pretty(&json).unwrap_or_default();
        if let Err(e) = std::fs::write(self.args.out.join("report.json"), text + "\n") {
            eprintln!("cannot write report.json: {e}");
        }
        if let Err(e) = std::fs::write(self.args.out.join("report.md"), self.results.markdown()) {
            eprintln!("cannot write report.md: {e}");
        }
    }

    fn error(&mut self, phase: &str, e: String) {
        eprintln!("bench: {phase}: {e}");
        self.results.errors.push(format!("{phase}: {e}"));
    }

    fn size(&mut self) {
        let scratch = self.args.out.join("scratch");
        for (which, bin) in [
            ("ours", self.ours.binary.clone()),
            ("baseline", self.baseline.binary.clone()),
        ] {
            match binary::stripped_size(&bin, &scratch) {
                Ok(size) if which == "ours" => self.results.size_ours = Some(size),
                Ok(size) => self.results.size_baseline = Some(size),
                Err(e) => self.error("size", e),
            }
        }
        let tray_program = self.ours.binary.with_file_name("volvo-beacon-tray");
        if tray_program.is_file() {
            match binary::stripped_size(&tray_program, &scratch) {
                Ok(size) => self.results.size_tray_program = Some(size),
                Err(e) => self.error("size", e),
            }
        }
        match binary::release_profile_env(&self.args.workspace_manifest) {
            Ok(lines) => self.results.release_profile = lines,
            Err(e) => self.error("size", e),
        }
    }

    async fn startup(&mut self) {
        let (ours, baseline) = (self.ours.clone(), self.baseline.clone());
        let signed_in = match account::load_scenario(&self.args.scenario) {
            Ok(scenario) => {
                signed_in::SignedIn::start(&ours, scenario, signed_in::STARTUP_API_LATENCY_MS).await
            }
            Err(e) => Err(e),
        };
        let signed_in = match signed_in {
            Ok(s) => s,
            Err(e) => return self.error("startup (signed in)", e),
        };
        let mut plan = Vec::new();
        let apps = [ours.clone(), signed_in.app.clone(), baseline.clone()];
        for app in &apps {
            let css = if app.label == baseline.label {
                BASELINE_TARGET
            } else {
                OURS_TARGET
            };
            match startup::calibrate(&self.tools, app, css).await {
                Ok(c) => {
                    eprintln!(
                        "bench: start-up target of {}: {css} at {:?}",
                        app.label, c.rect
                    );
                    plan.push((app.clone(), c.rect));
                    *self.calibration_of(app.label) = Some(c);
                }
                Err(e) => {
                    self.error(&format!("startup calibration ({})", app.label), e);
                    return signed_in.stop().await;
                }
            }
        }
        // The calibration was the account's first start; the measured ones are the starts
        // after it, as an owner's every day is.
        if let Err(e) = signed_in.wait_for_known_cars().await {
            self.error("startup (signed in)", e);
            return signed_in.stop().await;
        }
        for (app, target) in &plan {
            eprintln!("bench: start-up warm-up ({})", app.label);
            if let Err(e) = self.startup_run(app, "warmup", *target).await {
                self.error("startup warm-up", e);
            }
        }
        for run in 1..=self.args.runs {
            for (app, target) in &plan {
                match self
                    .startup_run(app, &format!("startup{run}"), *target)
                    .await
                {
                    Ok(r) => {
                        eprintln!(
                            "bench: start-up {} run {run}: {:.0} ms",
                            app.label, r.launch_to_paint_ms
                        );
                        self.startup_runs_of(app.label).push(r);
                    }
                    Err(e) => self.error(&format!("startup {} run {run}", app.label), e),
                }
            }
        }
        signed_in.stop().await;
    }

    fn calibration_of(&mut self, label: &str) -> &mut Option<startup::Calibration> {
        match label {
            "ours" => &mut self.results.calibration_ours,
            "signed-in" => &mut self.results.calibration_signed_in,
            _ => &mut self.results.calibration_baseline,
        }
    }

    fn startup_runs_of(&mut self, label: &str) -> &mut Vec<startup::StartupRun> {
        match label {
            "ours" => &mut self.results.startup_ours,
            "signed-in" => &mut self.results.startup_signed_in,
            _ => &mut self.results.startup_baseline,
        }
    }

    /// One start-up launch; a launch the screen reader lost (its X connection dropped, about
    /// 1 launch in 12 on a loaded machine) is noted and made again, so every app still gets
    /// `--runs` measured launches.
    async fn startup_run(
        &mut self,
        app: &AppSpec,
        run: &str,
        target: screen::Rect,
    ) -> Result<startup::StartupRun, String> {
        let mut attempt = 1;
        loop {
            match startup::once(&self.tools, app, run, target).await {
                Err(e) if attempt < STARTUP_ATTEMPTS => {
                    self.error(
                        &format!(
                            "startup {} {run}, attempt {attempt} (made again)",
                            app.label
                        ),
                        e,
                    );
                    attempt += 1;
                }
                result => return result,
            }
        }
    }

    async fn memory(&mut self) {
        let (ours, baseline) = (self.ours.clone(), self.baseline.clone());
        let mut ours_app = ours.clone();
        ours_app.args = vec!["--demo".into()];
        let mut baseline_app = baseline.clone();
        baseline_app.args = vec!["--stay-in-background".into()];
        for run in 1..=self.args.runs {
            for (app, is_ours) in [(&ours_app, true), (&baseline_app, false)] {
                match memory::once(&self.tools, app, &format!("memory{run}")).await {
                    Ok(r) => {
                        eprintln!(
                            "bench: memory {} run {run}: {:.0} MiB open, {} MiB closed",
                            app.label,
                            r.open.rss_mib,
                            r.closed
                                .as_ref()
                                .map(|c| format!("{:.0}", c.rss_mib))
                                .unwrap_or("—".into())
                        );
                        if r.closed.is_none() {
                            self.error(
                                &format!("memory {} run {run}", app.label),
                                "the app quit when its window closed".into(),
                            );
                        }
                        if is_ours {
                            self.results.memory_ours.push(r);
                        } else {
                            self.results.memory_baseline.push(r);
                        }
                    }
                    Err(e) => self.error(&format!("memory {} run {run}", app.label), e),
                }
            }
        }
    }

    /// Idle CPU: Volvo Beacon signed in (window shown, then in the tray) and the bare window,
    /// side by side: idle apps barely compete for the CPU, and the figure is CPU time, not
    /// wall time.
    async fn idle(&mut self) {
        let signed_in = match account::load_scenario(&self.args.scenario) {
            Ok(scenario) => signed_in::SignedIn::start(&self.ours, scenario, 0).await,
            Err(e) => Err(e),
        };
        let signed_in = match signed_in {
            Ok(s) => s,
            Err(e) => return self.error("idle", e),
        };
        let mut baseline = self.baseline.clone();
        baseline.args = vec!["--stay-in-background".into()];
        let length = std::time::Duration::from_secs(self.args.idle_cpu_secs);
        eprintln!(
            "bench: idle CPU, {} s shown and {} s in the tray (the bare window alongside)",
            length.as_secs(),
            length.as_secs()
        );
        let (ours, bare) = tokio::join!(
            idle::once(&self.tools, &signed_in.app, "idle", length, true),
            idle::once(&self.tools, &baseline, "idle", length, false),
        );
        signed_in.stop().await;
        match ours {
            Ok(r) => self.results.idle_ours = Some(r),
            Err(e) => self.error("idle (ours)", e),
        }
        match bare {
            Ok(r) => self.results.idle_baseline = Some(r),
            Err(e) => self.error("idle (baseline)", e),
        }
    }

    async fn tokens(&mut self) {
        for round in 1..=self.args.token_rounds {
            match tokens::refreshes_for_fifty_concurrent().await {
                Ok(n) => {
                    eprintln!("bench: 50 concurrent calls, round {round}: {n} token request(s)");
                    self.results.token_rounds.push(n);
                }
                Err(e) => self.error(&format!("tokens round {round}"), e),
            }
        }
    }

    async fn account(&mut self) {
        let scenario = match account::load_scenario(&self.args.scenario) {
            Ok(s) => s,
            Err(e) => return self.error("account", e),
        };
        let plan = account::Plan {
            clicks: self.args.clicks,
            idle_secs: self.args.idle_secs,
            settle_secs: 10,
        };
        eprintln!(
            "bench: signed-in session ({} s shown, {} clicks, {} s in the tray)",
            plan.idle_secs, plan.clicks, plan.idle_secs
        );
        match account::run(&self.tools, &self.ours, scenario, &plan).await {
            Ok(run) => {
                for e in &run.errors {
                    eprintln!("bench: account: {e}");
                }
                self.results.account = Some(run);
            }
            Err(e) => self.error("account", e),
        }
    }

    /// Memory growth over many commands through the demo's window.
    async fn growth(&mut self) {
        let plan = growth::Plan {
            commands: self.args.growth_commands,
            first: GROWTH_FIRST.min(self.args.growth_commands),
        };
        eprintln!(
            "bench: memory growth over {} commands in the demo (10 a minute: about {} minutes)",
            plan.commands,
            plan.commands.div_ceil(10)
        );
        match growth::run(&self.tools, &self.ours, &plan).await {
            Ok(run) => {
                eprintln!(
                    "bench: growth: {:.1} MiB after {}, {:.1} MiB after {} ({:+.2}%)",
                    run.after_first.rss_mib,
                    plan.first,
                    run.after_all.rss_mib,
                    run.commands,
                    run.growth_pct()
                );
                self.results.growth = Some(run);
            }
            Err(e) => self.error("growth", e),
        }
    }
}

/// The whole run: parse the options, measure every phase asked for, write the report.
pub async fn run() {
    let args = Args::parse();
    if args.print_profile_env {
        match binary::release_profile_env(&args.workspace_manifest) {
            Ok(lines) => lines.iter().for_each(|l| println!("{l}")),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        return;
    }
    if let Some(unknown) = args.only.iter().find(|p| !PHASES.contains(&p.as_str())) {
        eprintln!("unknown phase {unknown:?}; phases: {}", PHASES.join(","));
        std::process::exit(2);
    }
    if std::env::var_os("DISPLAY").is_none() {
        eprintln!("DISPLAY is not set: run under Xvfb (scripts/bench does)");
        std::process::exit(2);
    }
    let tools = Tools {
        with_keyring: absolute(&args.with_keyring),
        tauri_driver: find_tool(&args.tauri_driver),
        native_driver: find_tool(&args.native_driver),
        logs: absolute(&args.out).join("logs"),
    };
    let spec = |label, binary: &Path| AppSpec {
        label,
        binary: absolute(binary),
        args: Vec::new(),
        env: Vec::new(),
    };
    let mut ours = spec("ours", args.ours.as_deref().unwrap_or(Path::new("")));
    for pair in &args.ours_env {
        match pair.split_once('=') {
            Some((name, value)) => ours.env.push((name.to_owned(), value.to_owned())),
            None => {
                eprintln!("--ours-env wants NAME=VALUE, not {pair:?}");
                std::process::exit(2);
            }
        }
    }
    let baseline = spec(
        "baseline",
        args.baseline.as_deref().unwrap_or(Path::new("")),
    );
    let mut demo = ours.clone();
    demo.args = vec!["--demo".into()];
    let mut machine = machine();
    if let Value::Object(m) = &mut machine {
        m.insert("ours_extra_env".into(), json!(args.ours_env));
    }
    let mut bench = Bench {
        tools,
        ours: demo,
        baseline,
        results: Results {
            machine,
            ..Default::default()
        },
        args,
    };
    if bench.wants("size") {
        bench.size();
        bench.save();
    }
    if bench.wants("startup") {
        bench.startup().await;
        bench.save();
    }
    if bench.wants("memory") {
        bench.memory().await;
        bench.save();
    }
    if bench.wants("idle") {
        bench.idle().await;
        bench.save();
    }
    if bench.wants("tokens") {
        bench.tokens().await;
        bench.save();
    }
    if bench.wants("account") {
        bench.account().await;
        bench.save();
    }
    if bench.wants("growth") {
        bench.growth().await;
        bench.save();
    }
    if bench.wants("criterion") {
        match criterion::read(&bench.args.criterion_dir) {
            Ok(o) => bench.results.overhead = Some(o),
            Err(e) => bench.error("criterion", e),
        }
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    if let Value::Object(m) = &mut bench.results.machine {
        m.insert("loadavg_at_end".into(), json!(load.trim()));
    }
    bench.save();
    print!("{}", bench.results.markdown());
}
