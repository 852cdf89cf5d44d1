//! How WebKitGTK draws the page, and what else it runs in this process. Its GPU compositing
//! costs this small, mostly still page far more than it gives where GL is done in software
//! (Xvfb, many VMs and remote desktops): the web process spends several times the bare
//! window's start-up CPU before the first tiles show, and holds much more memory (the bench
//! report has the figures; README, "Benchmarks"). Whoever wants it back sets
//! WEBKIT_DISABLE_COMPOSITING_MODE=0 (WebKit reads any other value as "off").
//!
//! Without compositing nothing in this process draws with GL, yet GTK opens GLX when it opens
//! the display (to pick its visuals), which loads the system's GL driver (Mesa's software one
//! brings all of LLVM) and keeps it mapped for as long as the process lives: the tray-only
//! process too, which never shows a page. So GTK's GL is turned off with compositing, unless
//! GDK_GL is set already.
//!
//! WebKitGTK's memory-pressure monitor wakes this process every few seconds for as long as it
//! lives, to read the system's memory use (its cgroup files, byte by byte), and tells the web
//! process to drop caches when memory runs short. This page's caches are small and the kernel
//! still reclaims what the system needs, while an idle window that wakes for nothing costs a
//! laptop's battery: the monitor is off unless WEBKIT_DISABLE_MEMORY_PRESSURE_MONITOR is set
//! already (WebKit reads only "1" as off).

/// Must run before GTK or WebKit start, and before any thread does (it sets variables of
/// this process's environment).
pub fn configure() {
    #[cfg(target_os = "linux")]
    {
        if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
            std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
        }
        let compositing =
            std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_some_and(|value| value == "0");
        if !compositing && std::env::var_os("GDK_GL").is_none() {
            std::env::set_var("GDK_GL", "disable");
        }
        if std::env::var_os("WEBKIT_DISABLE_MEMORY_PRESSURE_MONITOR").is_none() {
            std::env::set_var("WEBKIT_DISABLE_MEMORY_PRESSURE_MONITOR", "1");
        }
    }
}
