//! One clock for everything: milliseconds since the Unix epoch (CLOCK_REALTIME). The page's
//! `performance.timeOrigin + performance.now()` is on it too, and a process's start time is
//! brought onto it from the kernel's boot-relative clock.

use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in epoch milliseconds (fractional).
pub fn epoch_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}

fn clock_ms(clock: libc::clockid_t) -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes only into the timespec it is given.
    unsafe {
        libc::clock_gettime(clock, &mut ts);
    }
    ts.tv_sec as f64 * 1000.0 + ts.tv_nsec as f64 / 1e6
}

/// When the machine booted, in epoch milliseconds: realtime minus boottime, read back to back.
fn boot_epoch_ms() -> f64 {
    let real = clock_ms(libc::CLOCK_REALTIME);
    let boot = clock_ms(libc::CLOCK_BOOTTIME);
    real - boot
}

/// When a process started (its fork), in epoch milliseconds: `/proc/<pid>/stat` field 22 counts
/// clock ticks since boot, so this is exact to one tick (10 ms at the usual 100 Hz).
pub fn process_start_epoch_ms(pid: u32) -> Option<f64> {
    let ticks = beacon_test_support::procs::start_ticks(pid)? as f64;
    // SAFETY: sysconf has no memory effects.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    Some(boot_epoch_ms() + ticks * 1000.0 / hz)
}

/// One clock tick, in ms: the resolution of [`process_start_epoch_ms`].
pub fn tick_ms() -> f64 {
    // SAFETY: sysconf has no memory effects.
    1000.0 / unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64
}
