//! The tray as a desktop panel sees it, over the app's D-Bus session: the item the app
//! registered with the session's StatusNotifierWatcher ([`Launch::with_desktop`]), its
//! properties, and its menu, which libayatana-appindicator exports as `com.canonical.dbusmenu`
//! and a panel reads with `GetLayout` and clicks with `Event`.
//!
//! [`Launch::with_desktop`]: crate::Launch::with_desktop

use std::collections::HashMap;
use std::time::Duration;

use zbus::blocking::Connection;
use zbus::zvariant::{OwnedObjectPath, OwnedValue, Structure, Value};

use crate::{wait_until, App};

const WATCHER: &str = "org.kde.StatusNotifierWatcher";
const WATCHER_PATH: &str = "/StatusNotifierWatcher";
const ITEM: &str = "org.kde.StatusNotifierItem";
const MENU: &str = "com.canonical.dbusmenu";

/// One entry of the tray's menu, as the panel would draw it.
#[derive(Clone, Debug)]
pub struct MenuEntry {
    pub id: i32,
    /// The label without GTK's mnemonic underscores.
    pub label: String,
    pub enabled: bool,
    pub separator: bool,
    pub children: Vec<MenuEntry>,
}

impl MenuEntry {
    /// The entry with this label among the children.
    pub fn child(&self, label: &str) -> Option<&MenuEntry> {
        self.children.iter().find(|c| c.label == label)
    }

    /// The children's labels, separators left out.
    pub fn labels(&self) -> Vec<String> {
        self.children
            .iter()
            .filter(|c| !c.separator)
            .map(|c| c.label.clone())
            .collect()
    }
}

/// The panel's connection to the app's session bus.
pub struct Panel {
    bus: Connection,
}

/// The tray item: its bus name and object path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrayItem {
    pub service: String,
    pub path: String,
}

impl Panel {
    pub fn connect(app: &App) -> Panel {
        let address = app
            .env()
            .remove("DBUS_SESSION_BUS_ADDRESS")
            .expect("the app's session has a bus address");
        let bus = zbus::blocking::connection::Builder::address(address.as_str())
            .and_then(|b| b.build())
            .unwrap_or_else(|e| panic!("no connection to the app's session bus: {e}"));
        Panel { bus }
    }

    /// Waits until an item is registered with the watcher and its owner still on the bus
    /// (after a restart in the tray, the new process's item).
    pub fn tray_item(&self, timeout: Duration) -> TrayItem {
        wait_until("a tray item registered with the panel", timeout, || {
            let items: Vec<String> = self
                .property(
                    WATCHER,
                    WATCHER_PATH,
                    WATCHER,
                    "RegisteredStatusNotifierItems",
                )
                .and_then(|v| Vec::<String>::try_from(v).map_err(|e| e.to_string()))?;
            let last = items
                .last()
                .ok_or_else(|| "no item registered".to_owned())?;
            let (service, path) = last
                .find('/')
                .map(|at| last.split_at(at))
                .ok_or_else(|| format!("{last:?} is not <bus name><path>"))?;
            Ok(TrayItem {
                service: service.to_owned(),
                path: path.to_owned(),
            })
        })
    }

    /// A string property of the item: `Title`, `Id`, `Status`, `ToolTip` is a structure.
    pub fn item_text(&self, item: &TrayItem, name: &str) -> String {
        self.property(&item.service, &item.path, ITEM, name)
            .and_then(|v| String::try_from(v).map_err(|e| e.to_string()))
            .unwrap_or_else(|e| panic!("the item's {name}: {e}"))
    }

    /// The tooltip's title and text (`ToolTip` is `(icon name, icon pixmaps, title, text)`).
    pub fn tooltip(&self, item: &TrayItem) -> (String, String) {
        let value = self
            .property(&item.service, &item.path, ITEM, "ToolTip")
            .unwrap_or_else(|e| panic!("the item's ToolTip: {e}"));
        let fields = Structure::try_from(value)
            .map(Structure::into_fields)
            .unwrap_or_else(|e| panic!("ToolTip is not a structure: {e}"));
        let text = |i: usize| {
            fields
                .get(i)
                .and_then(|f| String::try_from(f.try_clone().ok()?).ok())
                .unwrap_or_default()
        };
        (text(2), text(3))
    }

    /// The whole menu tree under the item's `Menu` path.
    pub fn menu(&self, item: &TrayItem) -> MenuEntry {
        self.layout(item).1
    }

    /// The menu once its layout revision has held still for a moment: the app rebuilds it
    /// when cars change and commands start or end, and a click on an entry of a menu that is
    /// being replaced is lost.
    fn settled_menu(&self, item: &TrayItem) -> MenuEntry {
        let (mut revision, mut menu) = self.layout(item);
        for _ in 0..20 {
            std::thread::sleep(Duration::from_millis(250));
            let (now, latest) = self.layout(item);
            if now == revision {
                break;
            }
            (revision, menu) = (now, latest);
        }
        menu
    }

    fn layout(&self, item: &TrayItem) -> (u32, MenuEntry) {
        let path = self.menu_path(item);
        let reply = self
            .bus
            .call_method(
                Some(item.service.as_str()),
                path.as_str(),
                Some(MENU),
                "GetLayout",
                &(0i32, -1i32, Vec::<String>::new()),
            )
            .unwrap_or_else(|e| panic!("GetLayout: {e}"));
        type Node = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);
        let (revision, (id, properties, children)): (u32, Node) = reply
            .body()
            .deserialize()
            .unwrap_or_else(|e| panic!("GetLayout's answer: {e}"));
        let properties = properties.iter().map(|(k, v)| (k.as_str(), &**v)).collect();
        let children: Vec<&Value> = children.iter().map(|c| &**c).collect();
        let menu = menu_entry(id, properties, &children)
            .unwrap_or_else(|e| panic!("GetLayout's tree: {e}"));
        (revision, menu)
    }

    /// What a panel sends when the user clicks the entry at `labels` (a car's submenu, then
    /// its entry), read from the menu once it has settled. Sent once and its answer not waited on for
    /// meaning, as panels do: when the app rebuilds its menu while handling the click (a
    /// command starts), the old entry is gone by the time the answer is made, and the answer is
    /// an error although the click was handled. The test looks at what the click did.
    pub fn click(&self, item: &TrayItem, labels: &[&str]) {
        let path = self.menu_path(item);
        let mut entry = self.settled_menu(item);
        for label in labels {
            entry = entry
                .child(label)
                .cloned()
                .unwrap_or_else(|| panic!("no {label:?} in {:?}", entry.labels()));
        }
        if let Err(e) = self.bus.call_method(
            Some(item.service.as_str()),
            path.as_str(),
            Some(MENU),
            "Event",
            &(entry.id, "clicked", Value::from(0i32), 0u32),
        ) {
            eprintln!("panel: clicking {labels:?} answered {e}");
        }
    }

    fn menu_path(&self, item: &TrayItem) -> OwnedObjectPath {
        self.property(&item.service, &item.path, ITEM, "Menu")
            .and_then(|v| OwnedObjectPath::try_from(v).map_err(|e| e.to_string()))
            .unwrap_or_else(|e| panic!("the item's Menu: {e}"))
    }

    fn property(
        &self,
        service: &str,
        path: &str,
        interface: &str,
        name: &str,
    ) -> Result<OwnedValue, String> {
        let reply = self
            .bus
            .call_method(
                Some(service),
                path,
                Some("org.freedesktop.DBus.Properties"),
                "Get",
                &(interface, name),
            )
            .map_err(|e| e.to_string())?;
        reply
            .body()
            .deserialize::<OwnedValue>()
            .map_err(|e| e.to_string())
    }
}

/// A child of the layout: a variant holding an `(ia{sv}av)` node like the root.
fn entry(node: &Value<'_>) -> Result<MenuEntry, String> {
    let fields = match node {
        Value::Structure(s) => s.fields(),
        Value::Value(inner) => return entry(inner),
        other => return Err(format!("a node that is {other:?}")),
    };
    let [Value::I32(id), Value::Dict(properties), Value::Array(children)] = fields else {
        return Err(format!("a node of {fields:?}"));
    };
    let properties = properties
        .iter()
        .filter_map(|(k, v)| match (k, v) {
            (Value::Str(k), Value::Value(v)) => Some((k.as_str(), v.as_ref())),
            _ => None,
        })
        .collect();
    let children: Vec<&Value> = children.inner().iter().collect();
    menu_entry(*id, properties, &children)
}

fn menu_entry(
    id: i32,
    properties: HashMap<&str, &Value<'_>>,
    children: &[&Value<'_>],
) -> Result<MenuEntry, String> {
    let text = |name: &str| match properties.get(name) {
        Some(Value::Str(s)) => Some(s.as_str().to_owned()),
        _ => None,
    };
    Ok(MenuEntry {
        id,
        label: text("label").unwrap_or_default().replace('_', ""),
        // dbusmenu leaves out what has its default value: enabled, a standard item.
        enabled: !matches!(properties.get("enabled"), Some(Value::Bool(false))),
        separator: text("type").as_deref() == Some("separator"),
        children: children
            .iter()
            .map(|c| entry(c))
            .collect::<Result<Vec<_>, _>>()?,
    })
}
