//! "Ask before honking" where there is no room for a question: in the tray and with the global
//! shortcut, the first click or press for a honk only asks, and a second one for the same car
//! and command soon after is the yes. Anything else (another car, another command, too late)
//! asks again.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use volvo_api::{Command, Vin};

/// Long enough to find the tray entry again or press the keys again; short enough that a
/// forgotten first click does not turn a later one into a honk.
pub const ANSWER_WITHIN: Duration = Duration::from_secs(10);

#[derive(Default)]
pub struct SecondYes {
    asked: Mutex<Option<(Vin, Command, Instant)>>,
}

impl SecondYes {
    /// True when this click or press is the yes to the question asked before; false when it
    /// asks the question (and the next one within [`ANSWER_WITHIN`] is the yes).
    pub fn answer(&self, vin: &Vin, command: Command, now: Instant) -> bool {
        let mut asked = self.asked.lock().unwrap_or_else(|p| p.into_inner());
        let is_yes = asked.as_ref().is_some_and(|(v, c, at)| {
            v == vin && *c == command && now.saturating_duration_since(*at) < ANSWER_WITHIN
        });
        *asked = (!is_yes).then(|| (vin.clone(), command, now));
        is_yes
    }

    /// The question still open at `now`, if any: what the tray shows as "click again".
    pub fn open(&self, now: Instant) -> Option<(Vin, Command)> {
        let asked = self.asked.lock().unwrap_or_else(|p| p.into_inner());
        asked
            .as_ref()
            .filter(|(_, _, at)| now.saturating_duration_since(*at) < ANSWER_WITHIN)
            .map(|(v, c, _)| (v.clone(), *c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vin(s: &str) -> Vin {
        Vin::parse(s).unwrap()
    }

    #[test]
    fn the_second_click_for_the_same_honk_is_the_yes() {
        let yes = SecondYes::default();
        let (car, t0) = (vin("YV1XZK8V2P1234567"), Instant::now());
        assert!(!yes.answer(&car, Command::Honk, t0), "the first click asks");
        assert_eq!(yes.open(t0), Some((car.clone(), Command::Honk)));
        assert!(yes.answer(&car, Command::Honk, t0 + Duration::from_secs(3)));
        assert_eq!(yes.open(t0), None, "answered: nothing open");
        assert!(
            !yes.answer(&car, Command::Honk, t0 + Duration::from_secs(4)),
            "a yes is used once: the next click asks again"
        );
    }

    #[test]
    fn another_car_another_command_or_too_late_asks_again() {
        let yes = SecondYes::default();
        let (a, b, t0) = (
            vin("YV1XZK8V2P1234567"),
            vin("YV4A22PL5N1234568"),
            Instant::now(),
        );
        assert!(!yes.answer(&a, Command::Honk, t0));
        assert!(!yes.answer(&b, Command::Honk, t0), "another car");
        assert!(
            !yes.answer(&b, Command::HonkAndFlash, t0),
            "another command"
        );
        let late = t0 + ANSWER_WITHIN;
        assert_eq!(yes.open(late), None);
        assert!(!yes.answer(&b, Command::HonkAndFlash, late), "too late");
        assert!(yes.answer(&b, Command::HonkAndFlash, late + Duration::from_secs(1)));
    }
}
