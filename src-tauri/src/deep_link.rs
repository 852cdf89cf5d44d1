//! `volvo-beacon://auth/callback?...` links, however they arrive: in the argv of a second
//! launch (single-instance), as an open-url event, or as the URL this process was started
//! with. Each goes to the core, whose validator decides whether it finishes a sign-in started
//! here. The same link arriving by two of these ways is handled once.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use beacon_app::Core;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_deep_link::DeepLinkExt;

use crate::{autostart, window};

#[cfg(windows)]
const SCHEME_NAME: &str = "volvo-beacon";
const SCHEME: &str = "volvo-beacon:";
/// Enough to catch one link delivered through several channels at once.
const REMEMBERED: usize = 8;

#[derive(Default)]
struct Seen(Mutex<VecDeque<String>>);

impl Seen {
    /// True the first time a URL is offered.
    fn first_time(&self, url: &str) -> bool {
        let mut seen = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if seen.iter().any(|u| u == url) {
            return false;
        }
        if seen.len() == REMEMBERED {
            seen.pop_front();
        }
        seen.push_back(url.to_owned());
        true
    }
}

/// Registers the scheme with the OS where no installer did (see [`registered_at_install`])
/// and starts listening. Called once the core is managed.
pub fn listen<R: Runtime>(app: &AppHandle<R>) {
    app.manage(Seen::default());
    #[cfg(any(windows, target_os = "linux"))]
    if !registered_at_install(app) {
        if let Err(e) = app.deep_link().register_all() {
            log::warn!("the volvo-beacon:// link could not be registered with the system: {e}");
        }
    }
    let handle = app.clone();
    app.deep_link().on_open_url(move |event| {
        for url in event.urls() {
            deliver(&handle, url.as_str());
        }
    });
    if let Ok(Some(urls)) = app.deep_link().get_current() {
        for url in urls {
            deliver(app, url.as_str());
        }
    }
}

/// Whether the OS already sends the scheme to this very program, from how it was installed, so
/// registering it again would only do harm. macOS: always (the bundle's Info.plist; runtime
/// registration is not even possible there).
///
/// Linux: a .deb/.rpm puts the binary in /usr/bin next to a desktop entry that declares the
/// scheme and passes the link with `%u`; registering again at run time would add a second,
/// hidden entry and override the user's choice of handler at every start. An AppImage or a
/// binary run from anywhere else registers itself (pointing at the AppImage or the binary).
#[cfg(target_os = "linux")]
fn registered_at_install<R: Runtime>(app: &AppHandle<R>) -> bool {
    if app.env().appimage.is_some() {
        return false;
    }
    tauri::utils::platform::current_exe().is_ok_and(|exe| exe.starts_with("/usr/"))
}

/// Windows: the installers register the scheme for the program they installed (NSIS per user,
/// MSI per machine), as `"<exe>" "%1"`, which is what the plugin's check compares with. Only a
/// copy run from elsewhere (a portable or self-built .exe) registers itself, per user: doing so
/// over an MSI install would leave a per-user entry behind when the MSI is uninstalled.
#[cfg(windows)]
fn registered_at_install<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.deep_link().is_registered(SCHEME_NAME).unwrap_or(false)
}

/// Another launch of the app: bring the window up (unless it is a start at login while the
/// app already runs), and take any link it was given. A launch that carries a link is the OS
/// handing it over, not the user asking for the window: the link decides.
pub fn from_second_instance<R: Runtime>(app: &AppHandle<R>, argv: Vec<String>, _cwd: String) {
    let links: Vec<&String> = argv
        .iter()
        .skip(1)
        .filter(|arg| {
            arg.get(..SCHEME.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(SCHEME))
        })
        .collect();
    if links.is_empty() && !argv.iter().any(|a| a == autostart::HIDDEN_FLAG) {
        window::show_main(app);
    }
    for link in links {
        deliver(app, link);
    }
}

fn deliver<R: Runtime>(app: &AppHandle<R>, url: &str) {
    // The URL carries a one-time code: it is never logged.
    let first = app
        .try_state::<Seen>()
        .is_none_or(|seen| seen.first_time(url));
    if !first {
        return;
    }
    let Some(core) = app.try_state::<Arc<Core>>().map(|c| Arc::clone(c.inner())) else {
        return;
    };
    log::info!("received a volvo-beacon:// link");
    // Any web page can open volvo-beacon://...: only the answer to a sign-in started here
    // raises the window.
    if !core.expects_deep_link(url) {
        log::debug!("dropped it: no sign-in here waits for it");
        return;
    }
    window::show_main(app);
    let url = url.to_owned();
    tauri::async_runtime::spawn(async move {
        core.handle_deep_link(&url).await;
    });
}
