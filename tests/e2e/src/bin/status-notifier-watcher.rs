//! A StatusNotifierWatcher for a test's D-Bus session: what a desktop panel runs so that tray
//! items register with it. With one on the bus, libayatana-appindicator registers its item
//! instead of falling back to an XEmbed icon, and a test can find the item the way a panel does:
//! through `RegisteredStatusNotifierItems` ("<bus name><object path>").
//!
//! It owns `org.kde.StatusNotifierWatcher` on the session bus and forgets an item when its bus
//! name goes away (an app that quit, or restarted itself in the tray).

#[cfg(target_os = "linux")]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    watcher::run()
}

#[cfg(not(target_os = "linux"))]
fn main() {}

#[cfg(target_os = "linux")]
mod watcher {
    use std::sync::{Arc, Mutex, PoisonError};

    use zbus::blocking::{connection, fdo::DBusProxy};
    use zbus::message::Header;
    use zbus::object_server::SignalEmitter;

    const NAME: &str = "org.kde.StatusNotifierWatcher";
    const PATH: &str = "/StatusNotifierWatcher";

    type Items = Arc<Mutex<Vec<String>>>;

    struct Watcher {
        items: Items,
    }

    #[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
    impl Watcher {
        /// Items pass either their object path (libayatana-appindicator) or a bus name; the
        /// sender is the item's bus name either way.
        async fn register_status_notifier_item(
            &self,
            service: &str,
            #[zbus(header)] header: Header<'_>,
            #[zbus(signal_emitter)] emitter: SignalEmitter<'_>,
        ) {
            let sender = header.sender().map(|s| s.to_string()).unwrap_or_default();
            let item = if service.starts_with('/') {
                format!("{sender}{service}")
            } else {
                format!("{service}/StatusNotifierItem")
            };
            // libayatana-appindicator registers again whenever its menu is replaced.
            {
                let mut items = self.items.lock().unwrap_or_else(PoisonError::into_inner);
                if !items.contains(&item) {
                    items.push(item.clone());
                }
            }
            eprintln!("status-notifier-watcher: registered {item}");
            if let Err(e) = Self::status_notifier_item_registered(&emitter, &item).await {
                eprintln!("status-notifier-watcher: signal not sent: {e}");
            }
        }

        fn register_status_notifier_host(&self, _service: &str) {}

        #[zbus(property)]
        fn registered_status_notifier_items(&self) -> Vec<String> {
            self.items
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone()
        }

        /// Items only show themselves when a panel (a host) is there to draw them.
        #[zbus(property)]
        fn is_status_notifier_host_registered(&self) -> bool {
            true
        }

        #[zbus(property)]
        fn protocol_version(&self) -> i32 {
            0
        }

        #[zbus(signal)]
        async fn status_notifier_item_registered(
            emitter: &SignalEmitter<'_>,
            service: &str,
        ) -> zbus::Result<()>;
    }

    pub fn run() -> Result<(), Box<dyn std::error::Error>> {
        let items = Items::default();
        let connection = connection::Builder::session()?
            .serve_at(
                PATH,
                Watcher {
                    items: Arc::clone(&items),
                },
            )?
            .name(NAME)?
            .build()?;
        eprintln!("status-notifier-watcher: owns {NAME}");
        let bus = DBusProxy::new(&connection)?;
        for change in bus.receive_name_owner_changed()? {
            let Ok(args) = change.args() else { continue };
            if args.new_owner().is_none() {
                let gone = args.name().to_string();
                items
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .retain(|item| !item.starts_with(&format!("{gone}/")));
            }
        }
        Ok(())
    }
}
