//! Notifications on Linux: the desktop notification service
//! (`org.freedesktop.Notifications` on the session bus) reached with libdbus (the `dbus`
//! crate), which the keychain and the window library link already, so no second D-Bus library
//! comes with them.
//!
//! Callers are on the main thread or the core's runtime and must never wait for the bus (a
//! slow or missing notification daemon would freeze the tray or the window), so notes go to
//! one thread that delivers them in order ([`Outbox`]). It connects for each note and lets go
//! after, so nothing of it stays awake between commands.

mod outbox;

use std::collections::HashMap;
use std::sync::OnceLock;
use std::time::Duration;

use dbus::arg::{PropMap, RefArg, Variant};
use dbus::blocking::Connection;

use outbox::Outbox;

/// The name the notifications carry (what a notification centre groups them under).
const APP_NAME: &str = "Volvo Beacon";

const SERVICE: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
/// The installed desktop entry and icon (`volvo-beacon.desktop`, the `volvo-beacon` icon):
/// how the notification service finds the app's icon and settings.
const DESKTOP_ENTRY: &str = "volvo-beacon";
/// The service's own default for how long a note stays.
const SERVER_DEFAULT_TIMEOUT: i32 = -1;
/// `urgency` hint: normal.
const NORMAL: u8 = 1;
/// The bus itself never gives up on an answer; a service that took the call and hangs must not
/// hold every later note back.
const ANSWER_WITHIN: Duration = Duration::from_secs(5);

struct Note {
    title: String,
    body: String,
}

static OUTBOX: OnceLock<Option<Outbox<Note>>> = OnceLock::new();

/// Queues a notification; returns at once.
pub fn show(title: String, body: String) {
    let outbox = OUTBOX.get_or_init(|| {
        Outbox::start("notifications", |note| {
            if let Err(e) = send(&note) {
                log::warn!("notification not shown: {e}");
            }
        })
        .inspect_err(|e| log::warn!("no thread for notifications: {e}"))
        .ok()
    });
    match outbox {
        Some(outbox) => {
            if let Err(e) = outbox.push(Note { title, body }) {
                log::warn!("notification not shown: the notification thread is gone ({e})");
            }
        }
        None => log::warn!("notification not shown: no thread for notifications"),
    }
}

/// Waits, for `within` at most, until the notifications already asked for have reached the
/// desktop's notification service: Quit, the tray-only restart and the tray-only process
/// opening the window end this process image, and a note not handed over yet would end with
/// it. True if none is left; with `Duration::ZERO` it only looks.
pub fn wait_delivered(within: Duration) -> bool {
    OUTBOX
        .get()
        .and_then(Option::as_ref)
        .is_none_or(|outbox| outbox.wait_delivered(within))
}

fn send(note: &Note) -> Result<u32, dbus::Error> {
    let bus = Connection::new_session()?;
    let hint = |value: Box<dyn RefArg>| Variant(value);
    let hints: PropMap = HashMap::from([
        (
            "desktop-entry".to_owned(),
            hint(Box::new(DESKTOP_ENTRY.to_owned())),
        ),
        ("urgency".to_owned(), hint(Box::new(NORMAL))),
    ]);
    let no_actions: Vec<&str> = Vec::new();
    let replaces_none = 0u32;
    let (id,): (u32,) = bus.with_proxy(SERVICE, PATH, ANSWER_WITHIN).method_call(
        SERVICE,
        "Notify",
        (
            APP_NAME,
            replaces_none,
            DESKTOP_ENTRY,
            note.title.as_str(),
            note.body.as_str(),
            no_actions,
            hints,
            SERVER_DEFAULT_TIMEOUT,
        ),
    )?;
    Ok(id)
}
