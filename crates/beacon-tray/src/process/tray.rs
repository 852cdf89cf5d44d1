//! The tray icon and its menu, drawn from `beacon_app::tray_menu` on GTK's main thread (where
//! GTK wants them, and where a click is handled, so a menu is never set from a stale moment).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use beacon_app::tray_menu::{self, CarMenu, Entry, TrayMenu, APP_NAME};
use tray_icon::menu::{IsMenuItem, Menu, MenuEvent, MenuId, MenuItem, PredefinedMenuItem, Submenu};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

use super::App;

/// The icon the window's process shows too.
const ICON_PNG: &[u8] = include_bytes!("../../../../src-tauri/icons/tray.png");

/// The tray, the menu as last drawn and its entries by id (what [`refresh`] changes in place).
struct Shown {
    tray: TrayIcon,
    model: TrayMenu,
    items: HashMap<String, MenuItem>,
}

thread_local! {
    /// GTK's objects live on the main thread only.
    static SHOWN: RefCell<Option<Shown>> = const { RefCell::new(None) };
}

/// On the main thread, before the main loop runs.
pub(super) fn create(app: &Arc<App>) {
    let clicks = Arc::clone(app);
    MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
        clicks.clicked(event.id.as_ref())
    }));
    let model = model(app);
    let mut items = HashMap::new();
    let built = icon().and_then(|icon| {
        TrayIconBuilder::new()
            .with_id("main")
            .with_icon(icon)
            .with_title(APP_NAME)
            .with_tooltip(&model.tooltip)
            .with_menu(Box::new(menu(&model, &mut items)?))
            .build()
            .map_err(|e| e.to_string())
    });
    match built {
        Ok(tray) => SHOWN.with(|shown| {
            *shown.borrow_mut() = Some(Shown { tray, model, items });
        }),
        // No tray host (some desktops): the app still answers the shortcut and later launches.
        Err(e) => log::warn!("no tray icon: {e}"),
    }
}

/// After the cars changed, a command started or finished, or a question opened or closed:
/// from any thread, drawn on the main thread from the state as it is then. The entries that
/// changed are changed in place when the menu keeps its shape (a panel showing the menu keeps
/// it open); otherwise the menu is replaced.
pub(super) fn refresh(app: &Arc<App>) {
    let app = Arc::clone(app);
    gtk::glib::MainContext::default().invoke(move || {
        let next = model(&app);
        SHOWN.with(|shown| {
            if let Some(shown) = shown.borrow_mut().as_mut() {
                shown.show(next);
            }
        });
    });
}

impl Shown {
    fn show(&mut self, next: TrayMenu) {
        let in_place = self.model.changed_entries(&next).is_some_and(|changed| {
            changed.iter().all(|entry| match self.items.get(&entry.id) {
                Some(item) => {
                    item.set_text(&entry.text);
                    item.set_enabled(entry.enabled);
                    true
                }
                None => false,
            })
        });
        if !in_place {
            let mut items = HashMap::new();
            match menu(&next, &mut items) {
                Ok(menu) => {
                    self.tray.set_menu(Some(Box::new(menu)));
                    self.items = items;
                }
                Err(e) => {
                    log::warn!("tray menu not built: {e}");
                    return;
                }
            }
        }
        if next.tooltip != self.model.tooltip {
            if let Err(e) = self.tray.set_tooltip(Some(&next.tooltip)) {
                log::warn!("tray tooltip not updated: {e}");
            }
        }
        self.model = next;
    }
}

fn model(app: &App) -> TrayMenu {
    let asked = app.tray_question.open(Instant::now());
    tray_menu::build(
        &app.core.cached_vehicles(),
        asked.as_ref(),
        app.core.signed_out(),
        app.core.language(),
    )
}

/// A new menu for `model`; its entries go into `items` by id.
fn menu(model: &TrayMenu, items: &mut HashMap<String, MenuItem>) -> Result<Menu, String> {
    let fail = |e: tray_icon::menu::Error| e.to_string();
    let menu = Menu::new();
    for car in &model.cars {
        menu.append(&car_submenu(car, items)?).map_err(fail)?;
    }
    if let Some(none) = &model.no_cars {
        menu.append(&item(none, items)).map_err(fail)?;
    }
    let end: [&dyn IsMenuItem; 3] = [
        &PredefinedMenuItem::separator(),
        &item(&model.show, items),
        &item(&model.quit, items),
    ];
    menu.append_items(&end).map_err(fail)?;
    Ok(menu)
}

fn car_submenu(car: &CarMenu, items: &mut HashMap<String, MenuItem>) -> Result<Submenu, String> {
    let fail = |e: tray_icon::menu::Error| e.to_string();
    let submenu = Submenu::new(&car.title, true);
    for entry in &car.entries {
        submenu.append(&item(entry, items)).map_err(fail)?;
    }
    if let Some(last) = &car.last {
        submenu
            .append_items(&[&PredefinedMenuItem::separator(), &item(last, items)])
            .map_err(fail)?;
    }
    Ok(submenu)
}

fn item(entry: &Entry, items: &mut HashMap<String, MenuItem>) -> MenuItem {
    let item = MenuItem::with_id(MenuId::new(&entry.id), &entry.text, entry.enabled, None);
    items.insert(entry.id.clone(), item.clone());
    item
}

fn icon() -> Result<Icon, String> {
    let decoder = png::Decoder::new(std::io::Cursor::new(ICON_PNG));
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let size = reader
        .output_buffer_size()
        .ok_or("the tray icon is too large")?;
    let mut rgba = vec![0; size];
    let frame = reader.next_frame(&mut rgba).map_err(|e| e.to_string())?;
    if frame.color_type != png::ColorType::Rgba || frame.bit_depth != png::BitDepth::Eight {
        return Err("the tray icon is not 8-bit RGBA".into());
    }
    rgba.truncate(frame.buffer_size());
    Icon::from_rgba(rgba, frame.width, frame.height).map_err(|e| e.to_string())
}
