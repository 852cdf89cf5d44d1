//! A car's last answer in one line, for the places that have one: the tray's menu ("Last:
//! honked at 11:02, the car did it") and its tooltip, and the notification of a finished
//! command. The page has room for the whole outcome.

use beacon_i18n::{t, Lang};
use chrono::{DateTime, FixedOffset, Local, TimeZone};
use volvo_api::Command;

use crate::views::{Outcome, OutcomeClass, OutcomeState, Vehicle};
use crate::{outcome_words, words};

/// A menu line should not need a wider menu than the car's own name does.
const MAX_CHARS: usize = 70;

/// "Last: honked at 11:02, the car did it"; `None` while nothing has finished.
pub fn last_answer(outcome: &Outcome, lang: Lang) -> Option<String> {
    let finished = outcome.finished_at?;
    let at = Local
        .timestamp_millis_opt(i64::try_from(finished).ok()?)
        .single()?;
    last_answer_at(outcome, at.fixed_offset(), lang)
}

/// A finished command as a desktop notification (title, body), for when the window is not
/// in view: "XC40: Honk and flash" / what the car did, and what to do about it.
pub fn notification(cars: &[Vehicle], outcome: &Outcome, lang: Lang) -> (String, String) {
    let outcome = &outcome_words::reworded(outcome, lang);
    let car = cars.iter().find(|c| c.vin == outcome.vin).map_or_else(
        || t!(lang, "notification-unknown-car"),
        |c| c.display_name.clone(),
    );
    let body = match &outcome.advice {
        Some(advice) => format!("{} {advice}", outcome.message),
        None => outcome.message.clone(),
    };
    let title = t!(
        lang,
        "notification-command",
        car = car,
        command = words::command(outcome.command)
    );
    (title, body)
}

/// The words of a command under way, for its menu item ("Honking…").
pub fn running(command: Command, lang: Lang) -> String {
    t!(lang, "tray-running", command = words::command(command))
}

fn last_answer_at(outcome: &Outcome, at: DateTime<FixedOffset>, lang: Lang) -> Option<String> {
    if outcome.state != OutcomeState::Done {
        return None;
    }
    let outcome = &outcome_words::reworded(outcome, lang);
    // The 24-hour clock: what Swedes and Germans expect, and what the English line had.
    let time = at.format("%H:%M").to_string();
    let command = words::command(outcome.command);
    let line = match outcome.outcome {
        Some(OutcomeClass::Succeeded) => {
            t!(lang, "last-answer-done", command = command, time = time)
        }
        _ => t!(
            lang,
            "last-answer-not-done",
            command = command,
            time = time,
            message = first_sentence(&outcome.message)
        ),
    };
    Some(shorten(&line))
}

/// The message up to its first full stop, without it: a menu line is not a paragraph.
fn first_sentence(message: &str) -> &str {
    let message = message.trim();
    match message.find(". ") {
        Some(end) => &message[..end],
        None => message.strip_suffix('.').unwrap_or(message),
    }
}

fn shorten(line: &str) -> String {
    if line.chars().count() <= MAX_CHARS {
        return line.to_owned();
    }
    let short: String = line.chars().take(MAX_CHARS - 1).collect();
    // At a word's end, not in the middle of one.
    let cut = short.rfind(' ').map_or(short.as_str(), |end| &short[..end]);
    format!("{}…", cut.trim_end_matches([',', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(command: Command, class: OutcomeClass, message: &str) -> Outcome {
        Outcome {
            run_id: 1,
            vin: "YV1XZK8V2P1234567".into(),
            command,
            state: OutcomeState::Done,
            status: "COMPLETED".into(),
            outcome: Some(class),
            message: message.into(),
            advice: None,
            started_at: 0,
            finished_at: Some(0),
        }
    }

    fn at_1102() -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 2, 11, 2, 30)
            .unwrap()
    }

    #[test]
    fn a_success_says_what_the_car_did_and_when() {
        let o = outcome(Command::Honk, OutcomeClass::Succeeded, "The car did it.");
        assert_eq!(
            last_answer_at(&o, at_1102(), Lang::En).unwrap(),
            "Last: honked at 11:02, the car did it"
        );
        let o = outcome(Command::HonkAndFlash, OutcomeClass::Succeeded, "");
        assert_eq!(
            last_answer_at(&o, at_1102(), Lang::En).unwrap(),
            "Last: honked and flashed at 11:02, the car did it"
        );
    }

    #[test]
    fn anything_else_gives_the_first_sentence_of_the_answer() {
        let o = outcome(
            Command::Flash,
            OutcomeClass::Failed,
            "The car is in power-saving mode and did not take the command. Volvo said: “x”",
        );
        assert_eq!(
            last_answer_at(&o, at_1102(), Lang::En).unwrap(),
            "Last: flash at 11:02: The car is in power-saving mode and did not…"
        );
        let o = outcome(Command::Honk, OutcomeClass::Error, "No connection.");
        assert_eq!(
            last_answer_at(&o, at_1102(), Lang::En).unwrap(),
            "Last: honk at 11:02: No connection"
        );
    }

    #[test]
    fn nothing_while_it_runs() {
        let mut o = outcome(Command::Honk, OutcomeClass::Succeeded, "");
        o.state = OutcomeState::Pending;
        assert_eq!(last_answer_at(&o, at_1102(), Lang::En), None);
        o.finished_at = None;
        assert_eq!(last_answer(&o, Lang::En), None);
    }

    #[test]
    fn in_swedish_and_german() {
        let o = outcome(Command::HonkAndFlash, OutcomeClass::Succeeded, "");
        assert_eq!(
            last_answer_at(&o, at_1102(), Lang::Sv).unwrap(),
            "Senast kl. 11:02: bilen tutade och blinkade"
        );
        // An error's own words stay as they were said.
        let o = outcome(Command::Honk, OutcomeClass::Error, "No connection.");
        assert_eq!(
            last_answer_at(&o, at_1102(), Lang::De).unwrap(),
            "Zuletzt um 11:02 Uhr (Hupen): No connection"
        );
        // Volvo's answer reads in the language asked for, however it was stored.
        let mut asleep = outcome(
            Command::Flash,
            OutcomeClass::Failed,
            "The car is in power-saving mode and did not take the command. Volvo said: “x”",
        );
        asleep.status = "VEHICLE_IN_SLEEP".into();
        assert_eq!(
            last_answer_at(&asleep, at_1102(), Lang::Sv).unwrap(),
            "Senast kl. 11:02 (blinka): Bilen är i viloläge och tog inte emot…"
        );
        let (_, body) = notification(&[], &asleep, Lang::De);
        assert_eq!(
            body,
            "Das Fahrzeug ist im Ruhemodus und hat den Befehl nicht angenommen. Volvo meldete: „x“ \
             Es wird wach, wenn es benutzt oder mit dem Schlüssel entriegelt wird; versuchen Sie es danach erneut."
        );
        // A car no longer on the account (the notification comes after the command).
        let (title, _) = notification(&[], &o, Lang::De);
        assert_eq!(title, "Ihr Fahrzeug: Hupen");
    }

    #[test]
    fn lines_stay_short() {
        let o = outcome(Command::Honk, OutcomeClass::Failed, &"word ".repeat(40));
        let line = last_answer_at(&o, at_1102(), Lang::En).unwrap();
        assert!(line.chars().count() <= MAX_CHARS, "{line}");
        assert!(line.ends_with("word…"), "{line}");
    }
}
