//! The tray: one submenu per car (nickname or model) with the commands it supports, then
//! "Show Volvo Beacon" and "Quit". Rebuilt whenever the cars change.
//!
//! A click on the icon itself does what each desktop's users expect: on Windows a left click
//! opens the window and a right click the menu; on macOS either click opens the menu; on Linux
//! the panel shows the menu and clicks on the icon never reach the app (AppIndicator), so
//! everything the icon offers is in the menu too.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use beacon_app::second_yes::{SecondYes, ANSWER_WITHIN};
use beacon_app::tray_menu::{self, CarMenu, Click, Entry, TrayMenu};
use beacon_app::views::Vehicle;
use beacon_app::Core;
use beacon_i18n::Lang;
use tauri::menu::{IsMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tauri::tray::{MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Manager, Runtime};

use crate::{quit, window};

const TRAY_ID: &str = "main";

pub fn create<R: Runtime>(app: &AppHandle<R>) {
    app.manage(Drawn::<R>::default());
    let cars = cached_vehicles(app);
    // Panels show the item's Title as the icon's name; libayatana-appindicator, which the tray
    // uses on Linux, takes it from GLib's application name, else the binary's ("volvo-beacon").
    #[cfg(target_os = "linux")]
    gtk::glib::set_application_name(tray_menu::APP_NAME);
    let model = model(app, &cars);
    let mut items = HashMap::new();
    let built = menu(app, &model, &mut items).and_then(|menu| {
        TrayIconBuilder::with_id(TRAY_ID)
            .icon(tauri::include_image!("icons/tray.png"))
            .icon_as_template(true)
            .tooltip(&model.tooltip)
            .menu(&menu)
            .show_menu_on_left_click(cfg!(target_os = "macos"))
            .on_tray_icon_event(on_icon_event)
            .on_menu_event(on_menu_event)
            .build(app)
    });
    // No tray host (some desktops, headless sessions): the window is still there.
    if let Err(e) = built {
        log::warn!("no tray icon: {e}");
        return;
    }
    app.state::<Drawn<R>>().set(model, items);
    // The cars that arrived while the tray was being built were announced before `rebuild`
    // could find it: a panel would show "No cars yet" until the next change.
    let now = cached_vehicles(app);
    if now != cars {
        rebuild(app, &now);
    }
}

/// A menu's entries by id.
type ItemsById<R> = HashMap<String, MenuItem<R>>;

/// The menu as last drawn, and its entries by id: what [`rebuild`] changes in place.
struct Drawn<R: Runtime>(Mutex<Option<(TrayMenu, ItemsById<R>)>>);

impl<R: Runtime> Default for Drawn<R> {
    fn default() -> Self {
        Drawn(Mutex::new(None))
    }
}

impl<R: Runtime> Drawn<R> {
    fn set(&self, model: TrayMenu, items: ItemsById<R>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some((model, items));
    }
}

fn cached_vehicles<R: Runtime>(app: &AppHandle<R>) -> Vec<Vehicle> {
    app.try_state::<Arc<Core>>()
        .map(|c| c.cached_vehicles())
        .unwrap_or_default()
}

fn rebuild<R: Runtime>(app: &AppHandle<R>, cars: &[Vehicle]) {
    let (Some(tray), Some(drawn)) = (app.tray_by_id(TRAY_ID), app.try_state::<Drawn<R>>()) else {
        return;
    };
    let next = model(app, cars);
    let mut drawn = drawn.0.lock().unwrap_or_else(|p| p.into_inner());
    let tooltip_before = drawn.as_ref().map(|(before, _)| before.tooltip.clone());
    let changed_in_place = drawn.as_ref().is_some_and(|(before, items)| {
        before.changed_entries(&next).is_some_and(|changed| {
            change_in_place(items, &changed)
                .inspect_err(|e| log::warn!("tray menu built anew: {e}"))
                .is_ok()
        })
    });
    let tooltip_changed = tooltip_before.as_deref() != Some(next.tooltip.as_str());
    if changed_in_place {
        if let Some((before, _)) = drawn.as_mut() {
            *before = next.clone();
        }
    } else {
        let mut items = HashMap::new();
        if let Err(e) = menu(app, &next, &mut items).and_then(|menu| tray.set_menu(Some(menu))) {
            log::warn!("tray menu not updated: {e}");
            // Drawn anew next time, whatever shows now.
            *drawn = None;
            return;
        }
        *drawn = Some((next.clone(), items));
    }
    if tooltip_changed {
        if let Err(e) = tray.set_tooltip(Some(&next.tooltip)) {
            log::warn!("tray tooltip not updated: {e}");
        }
    }
}

fn change_in_place<R: Runtime>(items: &ItemsById<R>, changed: &[&Entry]) -> Result<(), String> {
    for entry in changed {
        let item = items
            .get(&entry.id)
            .ok_or_else(|| format!("no entry {} in the menu", entry.id))?;
        item.set_text(&entry.text).map_err(|e| e.to_string())?;
        item.set_enabled(entry.enabled).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// After the cars changed, a command started or finished, or a question in the menu opened or
/// closed. On the main thread, one at a time, each from the state as it is then: menus built
/// side by side from different moments would let an older one be set last (a "Click again to
/// honk" that vanished as the flash of another car started).
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    if let Err(e) = app.run_on_main_thread(move || rebuild(&handle, &cached_vehicles(&handle))) {
        log::warn!("tray menu not updated: {e}");
    }
}

/// What the menu says now: the cars, and the honk question open in the tray, if any.
fn model<R: Runtime>(app: &AppHandle<R>, cars: &[Vehicle]) -> TrayMenu {
    let asked = app
        .try_state::<TrayQuestion>()
        .and_then(|q| q.0.open(Instant::now()));
    // The core is managed before the tray is made; the system's language is only a fallback.
    let core = app.try_state::<Arc<Core>>();
    let lang = core
        .as_ref()
        .map_or_else(Lang::from_system, |c| c.language());
    let signed_out = core.is_some_and(|c| c.signed_out());
    tray_menu::build(cars, asked.as_ref(), signed_out, lang)
}

/// A new menu for `model`; its entries go into `items` by id.
fn menu<R: Runtime>(
    app: &AppHandle<R>,
    model: &TrayMenu,
    items: &mut ItemsById<R>,
) -> tauri::Result<Menu<R>> {
    let mut submenus = Vec::new();
    for car in &model.cars {
        submenus.push(car_submenu(app, car, items)?);
    }
    let mut top: Vec<&dyn IsMenuItem<R>> =
        submenus.iter().map(|s| s as &dyn IsMenuItem<R>).collect();
    let none = model
        .no_cars
        .as_ref()
        .map(|e| item(app, e, items))
        .transpose()?;
    if let Some(none) = &none {
        top.push(none);
    }
    let separator = PredefinedMenuItem::separator(app)?;
    let show = item(app, &model.show, items)?;
    let quit = item(app, &model.quit, items)?;
    top.extend([&separator as &dyn IsMenuItem<R>, &show, &quit]);
    Menu::with_items(app, &top)
}

/// "Ask before honking" in the tray: the first click on a honk asks, by turning its entry into
/// "Click again to honk"; a second click within the time is the yes.
#[derive(Default)]
pub struct TrayQuestion(SecondYes);

fn item<R: Runtime>(
    app: &AppHandle<R>,
    entry: &Entry,
    items: &mut ItemsById<R>,
) -> tauri::Result<MenuItem<R>> {
    let item = MenuItem::with_id(app, &entry.id, &entry.text, entry.enabled, None::<&str>)?;
    items.insert(entry.id.clone(), item.clone());
    Ok(item)
}

fn car_submenu<R: Runtime>(
    app: &AppHandle<R>,
    car: &CarMenu,
    items: &mut ItemsById<R>,
) -> tauri::Result<Submenu<R>> {
    let entries = car
        .entries
        .iter()
        .map(|e| item(app, e, items))
        .collect::<tauri::Result<Vec<_>>>()?;
    let separator = PredefinedMenuItem::separator(app)?;
    let last = car.last.as_ref().map(|e| item(app, e, items)).transpose()?;
    let mut shown: Vec<&dyn IsMenuItem<R>> =
        entries.iter().map(|e| e as &dyn IsMenuItem<R>).collect();
    if let Some(last) = &last {
        shown.extend([&separator as &dyn IsMenuItem<R>, last]);
    }
    Submenu::with_items(app, &car.title, true, &shown)
}

fn on_icon_event<R: Runtime>(tray: &TrayIcon<R>, event: TrayIconEvent) {
    if opens_window(&event) {
        window::show_main(tray.app_handle());
    }
}

/// Windows: a left click, once released (the right click's menu is the OS's business).
fn opens_window(event: &TrayIconEvent) -> bool {
    cfg!(windows)
        && matches!(
            event,
            TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            }
        )
}

fn on_menu_event<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    match Click::of(event.id().as_ref()) {
        Click::Show => window::show_main(app),
        Click::Quit => quit::request(app),
        Click::Command(vin, command) => {
            let Some(core) = app.try_state::<Arc<Core>>().map(|c| Arc::clone(c.inner())) else {
                return;
            };
            if core.asks_first(command) {
                let question = app.state::<TrayQuestion>();
                if !question.0.answer(&vin, command, Instant::now()) {
                    // Asked: the entry says how to say yes until the time to answer is up.
                    refresh(app);
                    let app = app.clone();
                    tauri::async_runtime::spawn(async move {
                        tokio::time::sleep(ANSWER_WITHIN).await;
                        refresh(&app);
                    });
                    return;
                }
            }
            tauri::async_runtime::spawn(async move {
                if let Err(e) = core.send_command(&vin, command).await {
                    log::warn!("tray command refused: {}", e.kind());
                }
            });
        }
        Click::Nothing => {}
    }
}
