//! What a run of a command says, in a language: while it waits, and after the answer, from
//! Volvo's `invokeStatus` (and Volvo's own message) or from the error on the way. A stored run
//! is reworded when it is shown again, so history written in one language reads in another.

use beacon_i18n::{t, Lang};
use volvo_api::{classify_in, Command, InvokeStatus};

use crate::views::{Outcome, OutcomeState};

/// Volvo's own `message` is shown to the user; a hostile or broken answer must not fill the
/// screen.
const VOLVO_MESSAGE_MAX: usize = 200;

pub fn pending(command: Command, lang: Lang) -> String {
    t!(
        lang,
        "outcome-asking",
        command = crate::words::command(command)
    )
}

/// What Volvo's answer means, with Volvo's own words after ours (for some failures only they
/// say why), and the advice.
pub fn answered(
    status: &InvokeStatus,
    volvo_message: &str,
    lang: Lang,
) -> (String, Option<String>) {
    let outcome = classify_in(status, lang);
    let message = with_volvo_message(&outcome.summary, volvo_message, lang);
    (message, outcome.advice)
}

/// The error on the way to Volvo, and the advice when the car may have acted anyway.
pub fn failed(error: &volvo_api::Error, lang: Lang) -> (String, Option<String>) {
    let advice = error
        .command_may_have_run()
        .then(|| t!(lang, "check-before-resending"));
    (error.message(lang), advice)
}

/// Beacon's own failure while sending (a panicked task).
pub fn beacon_failed(lang: Lang) -> (String, Option<String>) {
    (
        t!(lang, "outcome-beacon-failed"),
        Some(t!(lang, "check-before-resending")),
    )
}

/// `outcome` in `lang`, where its words come from its command or Volvo's status. An error's
/// words and any text this version did not write stay as they were stored.
pub fn reworded(outcome: &Outcome, lang: Lang) -> Outcome {
    let mut shown = outcome.clone();
    match outcome.state {
        OutcomeState::Pending => shown.message = pending(outcome.command, lang),
        OutcomeState::Done if outcome.status.starts_with("error:") => {}
        OutcomeState::Done => {
            let status = InvokeStatus::from(outcome.status.as_str());
            if let Some(volvo_message) = volvo_words(&status, &outcome.message) {
                let (message, advice) = answered(&status, &volvo_message, lang);
                shown.message = message;
                shown.advice = advice;
            }
        }
    }
    shown
}

/// Volvo's own words in a stored `message` written for `status` in any language ("" when
/// there were none); `None` when the message is not one this version writes.
fn volvo_words(status: &InvokeStatus, message: &str) -> Option<String> {
    const MARK: &str = "\u{0}";
    Lang::ALL.into_iter().find_map(|lang| {
        let summary = classify_in(status, lang).summary;
        if message == summary {
            return Some(String::new());
        }
        let template = t!(lang, "volvo-said", summary = &summary, message = MARK);
        let (before, after) = template.split_once(MARK)?;
        let inner = message.strip_prefix(before)?.strip_suffix(after)?;
        Some(inner.to_owned())
    })
}

fn with_volvo_message(summary: &str, volvo: &str, lang: Lang) -> String {
    let cleaned: String = volvo
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    if cleaned.is_empty() {
        return summary.to_owned();
    }
    let shown: String = if cleaned.chars().count() > VOLVO_MESSAGE_MAX {
        let mut s: String = cleaned.chars().take(VOLVO_MESSAGE_MAX).collect();
        s.push('…');
        s
    } else {
        cleaned
    };
    t!(lang, "volvo-said", summary = summary, message = shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volvo_message_is_added_cleaned_and_short() {
        let en = |summary, volvo| with_volvo_message(summary, volvo, Lang::En);
        assert_eq!(en("Done.", ""), "Done.");
        assert_eq!(en("Done.", "  \n "), "Done.");
        assert_eq!(
            en("Failed.", "door\nopen"),
            "Failed. Volvo said: “door open”"
        );
        assert!(en("F.", &"x".repeat(10_000)).len() < 300);
    }

    #[test]
    fn an_answer_reads_in_swedish_and_german_with_volvos_words_as_sent() {
        let asleep = InvokeStatus::VehicleInSleep;
        assert_eq!(
            answered(&asleep, "Vehicle is sleeping", Lang::Sv).0,
            "Bilen är i viloläge och tog inte emot kommandot. Volvo svarade: ”Vehicle is sleeping”"
        );
        assert_eq!(
            answered(&asleep, "", Lang::De).0,
            "Das Fahrzeug ist im Ruhemodus und hat den Befehl nicht angenommen."
        );
        assert_eq!(
            answered(&asleep, "x", Lang::En).0,
            "The car is in power-saving mode and did not take the command. Volvo said: “x”"
        );
    }

    fn done(status: &str, message: &str) -> Outcome {
        Outcome {
            run_id: 1,
            vin: "YV1XZK8V2P1234567".into(),
            command: Command::Honk,
            state: OutcomeState::Done,
            status: status.into(),
            outcome: None,
            message: message.into(),
            advice: None,
            started_at: 0,
            finished_at: Some(1),
        }
    }

    #[test]
    fn stored_english_runs_read_in_the_language_of_today() {
        let english = done(
            "VEHICLE_IN_SLEEP",
            "The car is in power-saving mode and did not take the command. Volvo said: “zzz”",
        );
        let swedish = reworded(&english, Lang::Sv);
        assert_eq!(
            swedish.message,
            "Bilen är i viloläge och tog inte emot kommandot. Volvo svarade: ”zzz”"
        );
        assert_eq!(
            swedish.advice.as_deref(),
            Some("Den vaknar när den används eller låses upp med nyckeln; försök igen efter det.")
        );
        assert_eq!(reworded(&swedish, Lang::En).message, english.message);
        assert_eq!(
            reworded(&done("COMPLETED", "The car did it."), Lang::De).message,
            "Erledigt – das Fahrzeug hat den Befehl ausgeführt."
        );
        // An older wording, and an error's words, stay as stored.
        let old = done("COMPLETED", "Done!");
        assert_eq!(reworded(&old, Lang::Sv), old);
        let error = done("error:timeout", "No answer from Volvo after 30 s.");
        assert_eq!(reworded(&error, Lang::Sv), error);
    }
}
