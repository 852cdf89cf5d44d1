//! What a press of the global shortcut does, for both processes that listen for it (the
//! window's and the tray-only one): honk and flash the default car, or say why not, or ask
//! first when the owner wants to be asked before a honk.

use std::time::Instant;

use beacon_i18n::t;
use volvo_api::{Command, Vin};

use crate::second_yes::{SecondYes, ANSWER_WITHIN};
use crate::Core;

/// The title of what the shortcut says in a notification.
pub const TITLE: &str = "Volvo Beacon";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    /// Send this command to this car.
    Send(Vin, Command),
    /// Nothing is sent; this is said in a notification instead.
    Say(String),
}

pub fn press(core: &Core, question: &SecondYes, now: Instant) -> Press {
    let lang = core.language();
    // The cars stay known after Volvo ID ended the sign-in, but nothing can reach them.
    if core.signed_out() {
        return Press::Say(t!(lang, "tray-signed-out"));
    }
    let Some((vin, command)) = core.shortcut_target() else {
        return Press::Say(t!(lang, "shortcut-nothing-to-do"));
    };
    if core.asks_first(command) && !question.answer(&vin, command, now) {
        let car = core
            .cached_vehicles()
            .into_iter()
            .find(|c| c.vin == vin.as_str())
            .map(|c| c.display_name);
        let keys = core.shortcut().accelerator;
        let seconds = ANSWER_WITHIN.as_secs();
        return Press::Say(match car {
            Some(car) => t!(
                lang,
                "shortcut-press-again",
                keys = keys,
                seconds = seconds,
                car = car
            ),
            None => t!(
                lang,
                "shortcut-press-again-unknown-car",
                keys = keys,
                seconds = seconds
            ),
        });
    }
    Press::Send(vin, command)
}
