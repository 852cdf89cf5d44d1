//! How WebKitGTK draws the page. Its GPU compositing costs this small, mostly still page far
//! more than it gives: measured on Linux under Xvfb (Mesa's software GL, as on many VMs and
//! remote desktops), the web process spent 2.5 s of CPU before the first tiles showed, 4x the
//! bare-window baseline's start-up, and with compositing off the same page showed in 1.1x
//! and used 120 MiB less memory (benches/, README "Benchmarks"). Whoever wants it back sets
//! WEBKIT_DISABLE_COMPOSITING_MODE=0 (WebKit reads any other value as "off").

/// Must run before GTK or WebKit start, and before any thread does (it sets a variable of
/// this process's environment).
pub fn configure() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}
