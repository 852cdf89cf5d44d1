//! How WebKitGTK draws the page. Its GPU compositing costs this small, mostly still page far
//! more than it gives where GL is done in software (Xvfb, many VMs and remote desktops): the
//! web process spends several times the bare window's start-up CPU before the first tiles
//! show, and holds much more memory (the bench report has the figures; README, "Benchmarks").
//! Whoever wants it back sets WEBKIT_DISABLE_COMPOSITING_MODE=0 (WebKit reads any other value
//! as "off").

/// Must run before GTK or WebKit start, and before any thread does (it sets a variable of
/// this process's environment).
pub fn configure() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}
