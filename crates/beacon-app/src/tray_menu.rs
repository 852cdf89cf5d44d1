//! What the tray menu says, for both processes that show it: the window's (Tauri's menus) and
//! the tray-only one (crates/beacon-tray, without the web engine). One submenu per car with the
//! commands it supports and its last answer, then "Show Volvo Beacon" and "Quit". Each shell
//! only draws this and hands clicks back through [`Click::of`].

use beacon_i18n::{t, Lang};
use volvo_api::{Command, Vin};

use crate::views::Vehicle;
use crate::{input, last_answer, words};

/// What the tray item is called, wherever a desktop shows its name.
pub const APP_NAME: &str = "Volvo Beacon";
pub const SHOW: &str = "show";
pub const QUIT: &str = "quit";
const CAR_PREFIX: &str = "car:";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayMenu {
    pub cars: Vec<CarMenu>,
    /// Shown instead of the cars when there are none, or when the sign-in has ended (the
    /// cars stay known, but nothing can be sent to them).
    pub no_cars: Option<Entry>,
    pub show: Entry,
    pub quit: Entry,
    /// The app's name and the latest answer of any car. Linux panels show the item's title
    /// instead (AppIndicator has no tooltip), and the menu has the answers there.
    pub tooltip: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarMenu {
    pub title: String,
    pub entries: Vec<Entry>,
    /// The car's last answer, below a separator.
    pub last: Option<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub text: String,
    pub enabled: bool,
}

impl TrayMenu {
    /// Every entry, in the order the menu shows them.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.cars
            .iter()
            .flat_map(|car| car.entries.iter().chain(&car.last))
            .chain(&self.no_cars)
            .chain([&self.show, &self.quit])
    }

    /// When `next` has this menu's shape (the same cars, titles and entries, in the same
    /// places), the entries whose words or state differ: a shell changes those in place
    /// rather than replacing the menu, which is cheaper on the main thread the window shares,
    /// and keeps a menu the user has open where it is. `None` when anything else changed: a
    /// new menu then.
    pub fn changed_entries<'a>(&self, next: &'a TrayMenu) -> Option<Vec<&'a Entry>> {
        fn shape(menu: &TrayMenu) -> (Vec<&str>, Vec<&str>) {
            let titles = menu.cars.iter().map(|c| c.title.as_str()).collect();
            let ids = menu.entries().map(|e| e.id.as_str()).collect();
            (titles, ids)
        }
        if shape(self) != shape(next) {
            return None;
        }
        Some(
            self.entries()
                .zip(next.entries())
                .filter(|(now, then)| now != then)
                .map(|(_, then)| then)
                .collect(),
        )
    }
}

impl Entry {
    fn new(id: impl Into<String>, text: impl Into<String>, enabled: bool) -> Entry {
        Entry {
            id: id.into(),
            text: text.into(),
            enabled,
        }
    }
}

/// The menu for `cars` in `lang`, with `asked` the honk question open in the tray, if any
/// ([`crate::second_yes::SecondYes::open`]), and `signed_out` when Volvo ID ended the sign-in.
pub fn build(
    cars: &[Vehicle],
    asked: Option<&(Vin, Command)>,
    signed_out: bool,
    lang: Lang,
) -> TrayMenu {
    if signed_out {
        return TrayMenu {
            cars: Vec::new(),
            no_cars: Some(Entry::new("signed-out", t!(lang, "tray-signed-out"), false)),
            show: Entry::new(SHOW, t!(lang, "tray-show"), true),
            quit: Entry::new(QUIT, t!(lang, "tray-quit"), true),
            tooltip: format!("{APP_NAME}\n{}", t!(lang, "tray-signed-out")),
        };
    }
    TrayMenu {
        cars: cars
            .iter()
            .map(|car| {
                let asked = asked
                    .filter(|(vin, _)| vin.as_str() == car.vin)
                    .map(|(_, command)| *command);
                car_menu(car, asked, lang)
            })
            .collect(),
        no_cars: cars
            .is_empty()
            .then(|| Entry::new("no-cars", t!(lang, "tray-no-cars"), false)),
        show: Entry::new(SHOW, t!(lang, "tray-show"), true),
        quit: Entry::new(QUIT, t!(lang, "tray-quit"), true),
        tooltip: tooltip(cars, lang),
    }
}

fn car_menu(car: &Vehicle, asked: Option<Command>, lang: Lang) -> CarMenu {
    // One command at a time per car (the core refuses a second): while one runs, every entry
    // is disabled and the running one says so.
    let busy = !car.in_flight.is_empty();
    let mut entries: Vec<Entry> = car
        .commands
        .iter()
        .map(|&command| {
            let command_word = words::command(command);
            let text = if car.in_flight.contains(&command) {
                last_answer::running(command, lang)
            } else if asked == Some(command) {
                t!(lang, "tray-click-again", command = command_word)
            } else {
                t!(lang, "tray-command", command = command_word)
            };
            let id = format!("{CAR_PREFIX}{}:{}", car.vin, command.api_name());
            Entry::new(id, text, !busy)
        })
        .collect();
    if entries.is_empty() {
        let id = format!("{CAR_PREFIX}{}:none", car.vin);
        entries.push(Entry::new(id, t!(lang, "tray-no-commands"), false));
    }
    let last = car
        .last_outcome
        .as_ref()
        .and_then(|outcome| last_answer::last_answer(outcome, lang))
        .map(|line| Entry::new(format!("{CAR_PREFIX}{}:last", car.vin), line, false));
    CarMenu {
        title: car.display_name.clone(),
        entries,
        last,
    }
}

fn tooltip(cars: &[Vehicle], lang: Lang) -> String {
    let latest = cars
        .iter()
        .filter_map(|car| {
            let outcome = car.last_outcome.as_ref()?;
            let line = last_answer::last_answer(outcome, lang)?;
            Some((outcome.finished_at, format!("{}: {line}", car.display_name)))
        })
        .max_by_key(|(at, _)| *at);
    match latest {
        Some((_, line)) => format!("{APP_NAME}\n{line}"),
        None => APP_NAME.to_owned(),
    }
}

/// A click on a menu entry, from its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Click {
    Show,
    Quit,
    Command(Vin, Command),
    /// An entry that does nothing (a last answer), or an id no menu of ours has.
    Nothing,
}

impl Click {
    pub fn of(id: &str) -> Click {
        match id {
            SHOW => Click::Show,
            QUIT => Click::Quit,
            // The id was built here, but it is checked like any other input all the same.
            _ => id
                .strip_prefix(CAR_PREFIX)
                .and_then(|rest| rest.split_once(':'))
                .and_then(|(vin, command)| {
                    Some(Click::Command(
                        input::vin(vin).ok()?,
                        input::command(command).ok()?,
                    ))
                })
                .unwrap_or(Click::Nothing),
        }
    }
}

#[cfg(test)]
mod tests;
