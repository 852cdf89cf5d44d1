//! target/bench/report.json (stable keys, see issue 6) and report.md (the table).

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{json, Value};

use crate::account::AccountRun;
use crate::binary::Size;
use crate::criterion::Overhead;
use crate::growth::GrowthRun;
use crate::idle::IdleRun;
use crate::memory::MemoryRun;
use crate::startup::{Calibration, StartupRun};
use crate::stats::{percentile, ratio, Stats};

/// Everything measured so far; a phase that did not run (or failed) is empty.
#[derive(Default, Serialize)]
pub struct Results {
    pub calibration_ours: Option<Calibration>,
    pub calibration_baseline: Option<Calibration>,
    /// The signed-in account's first start (it fetched and kept the fleet).
    pub calibration_signed_in: Option<Calibration>,
    pub startup_ours: Vec<StartupRun>,
    /// Signed in, 400 ms per Volvo call, the fleet known from the first start.
    pub startup_signed_in: Vec<StartupRun>,
    pub startup_baseline: Vec<StartupRun>,
    pub memory_ours: Vec<MemoryRun>,
    pub memory_baseline: Vec<MemoryRun>,
    pub size_ours: Option<Size>,
    pub size_baseline: Option<Size>,
    /// The tray program installed beside the app (`volvo-beacon-tray`), when built.
    pub size_tray_program: Option<Size>,
    /// The release profile both binaries were built with, as cargo variables.
    pub release_profile: Vec<String>,
    pub idle_ours: Option<IdleRun>,
    pub idle_baseline: Option<IdleRun>,
    pub account: Option<AccountRun>,
    /// Memory over many commands through the demo's window.
    pub growth: Option<GrowthRun>,
    pub token_rounds: Vec<usize>,
    pub overhead: Option<Overhead>,
    pub errors: Vec<String>,
    pub machine: Value,
}

struct Figure {
    key: &'static str,
    ratio_key: &'static str,
    title: &'static str,
    unit: &'static str,
    ours: Option<Stats>,
    baseline: Option<Stats>,
}

struct Target {
    key: &'static str,
    text: &'static str,
    value: Option<f64>,
    met: fn(f64) -> bool,
}

fn median(s: &Option<Stats>) -> Option<f64> {
    s.as_ref().map(|s| s.median)
}

fn stats(values: impl Iterator<Item = f64>) -> Option<Stats> {
    Stats::of(&values.collect::<Vec<_>>())
}

fn one(value: Option<f64>) -> Option<Stats> {
    value.and_then(|v| Stats::of(&[v]))
}

impl Results {
    fn figures(&self) -> Vec<Figure> {
        let open = |runs: &[MemoryRun]| stats(runs.iter().map(|r| r.open.rss_mib));
        let closed = |runs: &[MemoryRun]| {
            stats(
                runs.iter()
                    .filter_map(|r| r.closed.as_ref().map(|c| c.rss_mib)),
            )
        };
        vec![
            Figure {
                key: "startup_ms",
                ratio_key: "startup_ratio",
                title: "launch → first tile on screen (baseline: its page)",
                unit: "ms",
                ours: stats(self.startup_ours.iter().map(|r| r.launch_to_paint_ms)),
                baseline: stats(self.startup_baseline.iter().map(|r| r.launch_to_paint_ms)),
            },
            Figure {
                key: "signed_in_startup_ms",
                ratio_key: "signed_in_startup_ratio",
                title: "launch → first tile, signed in, 400 ms per Volvo call (baseline: its page)",
                unit: "ms",
                ours: stats(self.startup_signed_in.iter().map(|r| r.launch_to_paint_ms)),
                baseline: stats(self.startup_baseline.iter().map(|r| r.launch_to_paint_ms)),
            },
            Figure {
                key: "rss_mb",
                ratio_key: "rss_ratio",
                title: "resident memory 10 s after launch, app + WebKit processes",
                unit: "MiB",
                ours: open(&self.memory_ours),
                baseline: open(&self.memory_baseline),
            },
            Figure {
                key: "rss_tray_mb",
                ratio_key: "rss_tray_ratio",
                title:
                    "resident memory 10 s after closing to the tray (baseline: its window figure)",
                unit: "MiB",
                ours: closed(&self.memory_ours),
                baseline: open(&self.memory_baseline),
            },
            Figure {
                key: "binary_mb",
                ratio_key: "binary_ratio",
                title: "stripped release binary",
                unit: "MiB",
                ours: one(self.size_ours.as_ref().map(|s| s.stripped_mib)),
                baseline: one(self.size_baseline.as_ref().map(|s| s.stripped_mib)),
            },
        ]
    }

    /// The baseline's resident memory with its window open: what the tray figures compare with.
    fn baseline_window_rss(&self) -> Option<Stats> {
        stats(self.memory_baseline.iter().map(|r| r.open.rss_mib))
    }

    fn click_latencies(&self) -> Vec<f64> {
        self.account
            .as_ref()
            .map(|a| a.clicks.iter().map(|c| c.latency_ms).collect())
            .unwrap_or_default()
    }

    fn hourly(&self, hidden: bool) -> Option<f64> {
        let account = self.account.as_ref()?;
        if hidden {
            account.hidden.as_ref().map(|w| w.per_hour_per_car)
        } else {
            Some(account.shown.per_hour_per_car)
        }
    }

    /// CPU seconds per hour idle: (ours in the tray, ours with the window, the bare window).
    fn idle_cpu(&self) -> (Option<f64>, Option<f64>, Option<f64>) {
        let ours = self.idle_ours.as_ref();
        (
            ours.and_then(|r| r.tray.as_ref())
                .map(|t| t.cpu_secs_per_hour),
            ours.map(|r| r.window.cpu_secs_per_hour),
            self.idle_baseline
                .as_ref()
                .map(|r| r.window.cpu_secs_per_hour),
        )
    }

    fn growth_pct(&self) -> Option<f64> {
        self.growth.as_ref().map(GrowthRun::growth_pct)
    }

    fn refreshes(&self) -> Option<f64> {
        self.token_rounds.iter().max().map(|&n| n as f64)
    }

    fn targets(&self) -> Vec<Target> {
        let figures = self.figures();
        let r = |key: &str| {
            figures
                .iter()
                .find(|f| f.ratio_key == key)
                .and_then(|f| ratio(median(&f.ours), median(&f.baseline)))
        };
        let clicks = self.click_latencies();
        let (tray, window, bare_window) = self.idle_cpu();
        vec![
            Target {
                key: "startup_ratio",
                text: "≤ 1.25",
                value: r("startup_ratio"),
                met: |v| v <= 1.25,
            },
            Target {
                key: "signed_in_startup_ratio",
                text: "≤ 1.2",
                value: r("signed_in_startup_ratio"),
                met: |v| v <= 1.2,
            },
            Target {
                key: "rss_ratio",
                text: "≤ 1.2",
                value: r("rss_ratio"),
                met: |v| v <= 1.2,
            },
            Target {
                key: "rss_tray_ratio",
                text: "≤ 0.10",
                value: r("rss_tray_ratio"),
                met: |v| v <= 0.10,
            },
            Target {
                key: "binary_ratio",
                text: "≤ 1.5",
                value: r("binary_ratio"),
                met: |v| v <= 1.5,
            },
            Target {
                key: "idle_cpu_s_per_hour_tray",
                text: "≤ 0.5 s",
                value: tray,
                met: |v| v <= 0.5,
            },
            Target {
                key: "idle_cpu_window_ratio",
                text: "≤ 1.0 (no more than the bare window)",
                value: ratio(window, bare_window),
                met: |v| v <= 1.0,
            },
            Target {
                key: "click_to_request_ms_p99",
                text: "≤ 5 ms",
                value: percentile(&clicks, 99.0),
                met: |v| v <= 5.0,
            },
            Target {
                key: "rss_growth_after_500_commands_pct",
                text: "≤ 2%",
                value: self.growth_pct(),
                met: |v| v <= 2.0,
            },
            Target {
                key: "client_overhead_ratio",
                text: "≤ 1.05",
                value: self.overhead.as_ref().map(|o| o.ratio),
                met: |v| v <= 1.05,
            },
            Target {
                key: "api_calls_per_hour_hidden",
                text: "≤ 4 per car",
                value: self.hourly(true),
                met: |v| v <= 4.0,
            },
            Target {
                key: "refresh_requests_for_50_concurrent",
                text: "= 1",
                value: self.refreshes(),
                met: |v| v == 1.0,
            },
        ]
    }

    pub fn json(&self, method: &Value) -> Value {
        let figures = self.figures();
        let mut report = serde_json::Map::new();
        for figure in &figures {
            report.insert(
                figure.key.into(),
                if figure.ours.is_none() && figure.baseline.is_none() {
                    Value::Null
                } else {
                    json!({"unit": figure.unit, "ours": figure.ours, "baseline": figure.baseline})
                },
            );
            report.insert(
                figure.ratio_key.into(),
                json!(ratio(median(&figure.ours), median(&figure.baseline))),
            );
        }
        let clicks = self.click_latencies();
        report.insert(
            "click_to_request_ms_p50".into(),
            json!(percentile(&clicks, 50.0)),
        );
        report.insert(
            "click_to_request_ms_p99".into(),
            json!(percentile(&clicks, 99.0)),
        );
        let (tray, window, bare_window) = self.idle_cpu();
        report.insert("idle_cpu_s_per_hour_tray".into(), json!(tray));
        report.insert("idle_cpu_s_per_hour_window".into(), json!(window));
        report.insert(
            "idle_cpu_s_per_hour_window_baseline".into(),
            json!(bare_window),
        );
        report.insert(
            "idle_cpu_window_ratio".into(),
            json!(ratio(window, bare_window)),
        );
        report.insert(
            "rss_growth_after_500_commands_pct".into(),
            json!(self.growth_pct()),
        );
        report.insert(
            "client_overhead_ratio".into(),
            json!(self.overhead.as_ref().map(|o| o.ratio)),
        );
        report.insert("api_calls_per_hour_hidden".into(), json!(self.hourly(true)));
        report.insert("api_calls_per_hour_shown".into(), json!(self.hourly(false)));
        report.insert(
            "refresh_requests_for_50_concurrent".into(),
            json!(self.refreshes()),
        );
        let targets: serde_json::Map<String, Value> = self
            .targets()
            .into_iter()
            .map(|t| {
                (
                    t.key.to_owned(),
                    json!({"target": t.text, "value": t.value, "met": t.value.map(t.met)}),
                )
            })
            .collect();
        report.insert("targets".into(), Value::Object(targets));
        let background = stats(
            self.memory_baseline
                .iter()
                .filter_map(|r| r.closed.as_ref().map(|c| c.rss_mib)),
        );
        let pss = |runs: &[MemoryRun], closed: bool| {
            stats(runs.iter().filter_map(|r| {
                if closed {
                    r.closed.as_ref().map(|c| c.pss_mib)
                } else {
                    Some(r.open.pss_mib)
                }
            }))
        };
        report.insert(
            "details".into(),
            json!({
                "baseline_closed_but_running_mb": background,
                "baseline_closed_ratio_to_its_window": ratio(median(&background), median(&self.baseline_window_rss())),
                "pss_mb": {"ours_open": pss(&self.memory_ours, false), "ours_tray": pss(&self.memory_ours, true),
                           "baseline_open": pss(&self.memory_baseline, false),
                           "baseline_closed": pss(&self.memory_baseline, true)},
                "startup_calibration": {"ours": self.calibration_ours, "signed_in": self.calibration_signed_in,
                                        "baseline": self.calibration_baseline},
                "startup_runs": {"ours": self.startup_ours, "signed_in": self.startup_signed_in,
                                 "baseline": self.startup_baseline},
                "memory_runs": {"ours": self.memory_ours, "baseline": self.memory_baseline},
                "binary": {"ours": self.size_ours, "baseline": self.size_baseline,
                           "tray_program": self.size_tray_program,
                           "release_profile": self.release_profile},
                "click_to_request": self.account.as_ref().map(|a| json!({
                    "samples": a.clicks.len(),
                    "max_uncertainty_ms": a.clicks.iter().map(|c| c.uncertainty_ms).fold(0.0, f64::max),
                    "max_page_clock_skew_ms": a.clicks.iter().map(|c| c.page_clock_skew_ms.abs()).fold(0.0, f64::max),
                    "min_ms": a.clicks.iter().map(|c| c.latency_ms).fold(f64::MAX, f64::min),
                    "max_ms": a.clicks.iter().map(|c| c.latency_ms).fold(f64::MIN, f64::max),
                    "clicks": a.clicks,
                })),
                "api_calls": self.account.as_ref().map(|a| json!({
                    "cars": a.cars, "startup_requests": a.startup_requests,
                    "shown": a.shown, "hidden": a.hidden, "errors": a.errors,
                })),
                "idle_cpu": {"ours": self.idle_ours, "baseline": self.idle_baseline},
                "growth": self.growth,
                "refresh_rounds": self.token_rounds,
                "client_overhead": self.overhead,
                "errors": self.errors,
            }),
        );
        report.insert("method".into(), method.clone());
        report.insert("machine".into(), self.machine.clone());
        Value::Object(report)
    }

    pub fn markdown(&self) -> String {
        let mut md = String::from("# Volvo Beacon vs a bare Tauri window\n\n");
        if let Some(extra) = self.machine["ours_extra_env"]
            .as_array()
            .filter(|e| !e.is_empty())
        {
            let _ = writeln!(
                md,
                "**What-if run**: Volvo Beacon ran with extra environment {extra:?}; not the product as shipped.\n"
            );
        }
        md.push_str(
            "Medians over the runs, (min–max); ratio = ours / baseline (medians). MiB = 2^20 bytes.\n\n\
             | figure | ours | baseline | ratio | target | met? |\n|---|---|---|---|---|---|\n",
        );
        let cell = |s: &Option<Stats>, digits: usize| match s {
            Some(s) if s.runs.len() > 1 => {
                format!("{:.d$} ({:.d$}–{:.d$})", s.median, s.min, s.max, d = digits)
            }
            Some(s) => format!("{:.d$}", s.median, d = digits),
            None => "—".into(),
        };
        let num = |v: Option<f64>, digits: usize| {
            v.map(|v| format!("{v:.digits$}"))
                .unwrap_or_else(|| "—".into())
        };
        let targets = self.targets();
        let verdict = |key: &str| {
            let Some(t) = targets.iter().find(|t| t.key == key) else {
                return ("—", "—");
            };
            let met = match t.value.map(t.met) {
                Some(true) => "yes",
                Some(false) => "**no**",
                None => "not measured",
            };
            (t.text, met)
        };
        for f in &self.figures() {
            let (target, met) = verdict(f.ratio_key);
            let _ = writeln!(
                md,
                "| {} ({}) | {} | {} | {} | {target} | {met} |",
                f.title,
                f.unit,
                cell(&f.ours, 1),
                cell(&f.baseline, 1),
                num(ratio(median(&f.ours), median(&f.baseline)), 2),
            );
        }
        let clicks = self.click_latencies();
        let (target, met) = verdict("click_to_request_ms_p99");
        let _ = writeln!(
            md,
            "| click → request seen by the simulator, p50 (ms, {} clicks) | {} | — | — | — | — |",
            clicks.len(),
            num(percentile(&clicks, 50.0), 1)
        );
        let _ = writeln!(
            md,
            "| click → request seen by the simulator, p99 (ms) | {} | — | — | {target} | {met} |",
            num(percentile(&clicks, 99.0), 1)
        );
        let (tray, window, bare_window) = self.idle_cpu();
        let (target, met) = verdict("idle_cpu_window_ratio");
        let _ = writeln!(
            md,
            "| idle CPU, window shown, app + WebKit processes (s per hour) | {} | {} | {} | {target} | {met} |",
            num(window, 2),
            num(bare_window, 2),
            num(ratio(window, bare_window), 2),
        );
        let (target, met) = verdict("idle_cpu_s_per_hour_tray");
        let _ = writeln!(
            md,
            "| idle CPU, closed to the tray (s per hour) | {} | — | — | {target} | {met} |",
            num(tray, 2),
        );
        let (target, met) = verdict("rss_growth_after_500_commands_pct");
        let g = self.growth.as_ref();
        let _ = writeln!(
            md,
            "| resident memory after {} commands through the demo's window vs after the first {} (growth, %) | {} | — | — | {target} | {met} |",
            g.map_or("500".into(), |g| g.commands.to_string()),
            g.map_or("10".into(), |g| g.after_first.commands.to_string()),
            num(self.growth_pct(), 2),
        );
        let (target, met) = verdict("client_overhead_ratio");
        let o = self.overhead.as_ref();
        let _ = writeln!(
            md,
            "| one honk: volvo-api client vs raw reqwest POST (µs, criterion mean) | {} | {} | {} | {target} | {met} |",
            num(o.map(|o| o.volvo_api_client.mean_us), 1),
            num(o.map(|o| o.raw_reqwest_post.mean_us), 1),
            num(o.map(|o| o.ratio), 3),
        );
        let (target, met) = verdict("api_calls_per_hour_hidden");
        let _ = writeln!(
            md,
            "| API calls per hour per car, window closed to the tray | {} | — | — | {target} | {met} |",
            num(self.hourly(true), 1)
        );
        let _ = writeln!(
            md,
            "| API calls per hour per car, window shown and idle | {} | — | — | — | — |",
            num(self.hourly(false), 1)
        );
        let (target, met) = verdict("refresh_requests_for_50_concurrent");
        let _ = writeln!(
            md,
            "| token requests for 50 concurrent calls on an expired token (worst of {} rounds) | {} | — | — | {target} | {met} |",
            self.token_rounds.len(),
            num(self.refreshes(), 0)
        );
        if let Some(tray) = &self.size_tray_program {
            let _ = writeln!(
                md,
                "\nThe tray program installed beside the app (`volvo-beacon-tray`, what the app \
                 becomes with its window closed): {:.2} MiB stripped.",
                tray.stripped_mib
            );
        }
        let background = stats(
            self.memory_baseline
                .iter()
                .filter_map(|r| r.closed.as_ref().map(|c| c.rss_mib)),
        );
        let _ = writeln!(
            md,
            "\nFor reference: the baseline with its window closed but kept running \
             (`--stay-in-background`, the floor for a tray app on this stack): {} MiB, {} of its \
             window figure.",
            cell(&background, 1),
            num(
                ratio(median(&background), median(&self.baseline_window_rss())),
                2
            )
        );
        if let Some(a) = &self.account {
            let widest = a
                .clicks
                .iter()
                .map(|c| c.uncertainty_ms)
                .fold(0.0, f64::max);
            let _ = writeln!(
                md,
                "Click timing: each latency is known to ±{widest:.2} ms at worst (clock alignment, see report.json `method`)."
            );
        }
        if !self.release_profile.is_empty() {
            let _ = writeln!(
                md,
                "Both binaries: release profile {}.",
                self.release_profile.join(" ")
            );
        }
        if !self.errors.is_empty() {
            md.push_str("\nErrors:\n");
            for e in &self.errors {
                let _ = writeln!(md, "- {e}");
            }
        }
        let _ = writeln!(md, "\nMachine: {}", self.machine);
        md
    }
}
