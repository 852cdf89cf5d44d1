//! `volvo-beacon-tray`: Volvo Beacon in the tray, started by the app itself (see the crate's
//! documentation); not a command for people.

fn main() -> std::process::ExitCode {
    #[cfg(target_os = "linux")]
    return beacon_tray::run();
    #[cfg(not(target_os = "linux"))]
    {
        eprintln!("volvo-beacon-tray is part of Volvo Beacon on Linux only; start volvo-beacon.");
        std::process::ExitCode::from(2)
    }
}
