//! The tray icon and its menu, drawn from `beacon_app::tray_menu` on GTK's main thread (where
//! GTK wants them, and where a click is handled, so a menu is never set from a stale moment).

use std::cell::RefCell;
use std::sync::Arc;
use std::time::Instant;

use beacon_app::tray_menu::{self, CarMenu, Entry, TrayMenu, APP_NAME};
use tray_icon::menu::{IsMenuItem, Menu, MenuEvent, MenuId, MenuItem, PredefinedMenuItem, Submenu};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

use super::App;

/// The icon the window's process shows too.
const ICON_PNG: &[u8] = include_bytes!("../../../../src-tauri/icons/tray.png");

thread_local! {
    /// GTK's objects live on the main thread only.
    static TRAY: RefCell<Option<TrayIcon>> = const { RefCell::new(None) };
}

/// On the main thread, before the main loop runs.
pub(super) fn create(app: &Arc<App>) {
    let clicks = Arc::clone(app);
    MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
        clicks.clicked(event.id.as_ref())
    }));
    let model = model(app);
    let built = icon().and_then(|icon| {
        TrayIconBuilder::new()
            .with_id("main")
            .with_icon(icon)
            .with_title(APP_NAME)
            .with_tooltip(&model.tooltip)
            .with_menu(Box::new(menu(&model)?))
            .build()
            .map_err(|e| e.to_string())
    });
    match built {
        Ok(tray) => TRAY.with(|t| *t.borrow_mut() = Some(tray)),
        // No tray host (some desktops): the app still answers the shortcut and later launches.
        Err(e) => log::warn!("no tray icon: {e}"),
    }
}

/// After the cars changed, a command started or finished, or a question opened or closed:
/// from any thread, drawn on the main thread from the state as it is then.
pub(super) fn refresh(app: &Arc<App>) {
    let app = Arc::clone(app);
    gtk::glib::MainContext::default().invoke(move || {
        let model = model(&app);
        TRAY.with(|tray| {
            let tray = tray.borrow();
            let Some(tray) = tray.as_ref() else {
                return;
            };
            match menu(&model) {
                Ok(menu) => tray.set_menu(Some(Box::new(menu))),
                Err(e) => log::warn!("tray menu not built: {e}"),
            }
            if let Err(e) = tray.set_tooltip(Some(&model.tooltip)) {
                log::warn!("tray tooltip not updated: {e}");
            }
        });
    });
}

fn model(app: &App) -> TrayMenu {
    let asked = app.question.open(Instant::now());
    tray_menu::build(&app.core.cached_vehicles(), asked.as_ref())
}

fn menu(model: &TrayMenu) -> Result<Menu, String> {
    let fail = |e: tray_icon::menu::Error| e.to_string();
    let menu = Menu::new();
    for car in &model.cars {
        menu.append(&car_submenu(car)?).map_err(fail)?;
    }
    if let Some(none) = &model.no_cars {
        menu.append(&item(none)).map_err(fail)?;
    }
    let items: [&dyn IsMenuItem; 3] = [
        &PredefinedMenuItem::separator(),
        &item(&model.show),
        &item(&model.quit),
    ];
    menu.append_items(&items).map_err(fail)?;
    Ok(menu)
}

fn car_submenu(car: &CarMenu) -> Result<Submenu, String> {
    let fail = |e: tray_icon::menu::Error| e.to_string();
    let submenu = Submenu::new(&car.title, true);
    for entry in &car.entries {
        submenu.append(&item(entry)).map_err(fail)?;
    }
    if let Some(last) = &car.last {
        submenu
            .append_items(&[&PredefinedMenuItem::separator(), &item(last)])
            .map_err(fail)?;
    }
    Ok(submenu)
}

fn item(entry: &Entry) -> MenuItem {
    MenuItem::with_id(MenuId::new(&entry.id), &entry.text, entry.enabled, None)
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
