//! `beacon-bench`: Volvo Beacon side by side with a bare Tauri window (benches/baseline-app),
//! measured in the same run on the same machine. `scripts/bench` builds both in release and runs
//! this under Xvfb; it writes `target/bench/report.json` and `target/bench/report.md`. How each
//! figure is measured is in the module of its phase, and in the report's `method`.
//!
//! It measures the Linux build under Xvfb, so it is built for Linux only; elsewhere it says so.

#[cfg(target_os = "linux")]
mod account;
#[cfg(target_os = "linux")]
mod bench;
#[cfg(target_os = "linux")]
mod binary;
#[cfg(target_os = "linux")]
mod clock;
#[cfg(target_os = "linux")]
mod criterion;
#[cfg(target_os = "linux")]
mod growth;
#[cfg(target_os = "linux")]
mod idle;
#[cfg(target_os = "linux")]
mod launch;
#[cfg(target_os = "linux")]
mod memory;
#[cfg(target_os = "linux")]
mod pace;
#[cfg(target_os = "linux")]
mod report;
#[cfg(target_os = "linux")]
mod screen;
#[cfg(target_os = "linux")]
mod signed_in;
#[cfg(target_os = "linux")]
mod startup;
#[cfg(target_os = "linux")]
mod stats;
#[cfg(target_os = "linux")]
mod tokens;

#[cfg(target_os = "linux")]
#[tokio::main]
async fn main() {
    bench::run().await;
}

#[cfg(not(target_os = "linux"))]
fn main() {
    eprintln!("beacon-bench measures the Linux build under Xvfb; run it on Linux (scripts/bench).");
    std::process::exit(2);
}
