//! What a command's `invokeStatus` means for the person who pressed the button.
//!
//! The rule that matters most: only `COMPLETED` and `SUCCESS` read as success. Anything Beacon
//! does not recognise is a failure shown verbatim, because telling someone their car was
//! locked or found when it may not have been is worse than an honest "we don't know".

use beacon_i18n::{t, Lang};
use serde::Serialize;

use crate::models::{one_line, InvokeStatus, ENUM_SHOWN_MAX};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    /// The car confirmed it did it.
    Succeeded,
    /// The car got the command but never confirmed it.
    DeliveredUnconfirmed,
    Failed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub kind: OutcomeKind,
    /// One line of plain words, e.g. "The car did it."
    pub summary: String,
    /// What to do next, where there is something useful to say.
    pub advice: Option<String>,
}

/// What `status` means, in English: the words of `beacon --json` and scripts.
pub fn classify(status: &InvokeStatus) -> Outcome {
    classify_in(status, Lang::En)
}

/// What `status` means, in `lang`. The kind never depends on the language.
pub fn classify_in(status: &InvokeStatus, lang: Lang) -> Outcome {
    use InvokeStatus as S;
    use OutcomeKind::{DeliveredUnconfirmed, Failed, Succeeded};
    let o = |kind, summary: String, advice: Option<String>| Outcome {
        kind,
        summary,
        advice,
    };
    // Same advice for every "we can't tell whether it happened" answer: resending blindly
    // could honk twice in a quiet street.
    let check_first = || Some(t!(lang, "check-before-resending"));
    let no_coverage = || Some(t!(lang, "outcome-no-coverage-advice"));
    match status {
        S::Completed | S::Success => o(Succeeded, t!(lang, "outcome-done"), None),
        S::Delivered | S::Sent => o(
            DeliveredUnconfirmed,
            t!(lang, "outcome-delivered"),
            check_first(),
        ),
        S::Waiting | S::Running => o(
            Failed,
            t!(lang, "outcome-still-waiting"),
            Some(t!(lang, "outcome-still-waiting-advice")),
        ),
        S::Unknown => o(Failed, t!(lang, "outcome-unknown"), check_first()),
        S::Rejected => o(
            Failed,
            t!(lang, "outcome-rejected"),
            Some(t!(lang, "outcome-rejected-advice")),
        ),
        S::Timeout => o(
            Failed,
            t!(lang, "outcome-timeout"),
            Some(t!(lang, "outcome-timeout-advice")),
        ),
        S::CarTimeout => o(
            Failed,
            t!(lang, "outcome-car-timeout"),
            Some(t!(lang, "outcome-try-again-in-minutes")),
        ),
        S::DeliveryTimeout => o(Failed, t!(lang, "outcome-delivery-timeout"), no_coverage()),
        S::ConnectionFailure => o(
            Failed,
            t!(lang, "outcome-connection-failure"),
            no_coverage(),
        ),
        S::VehicleInSleep | S::CarInSleepMode => o(
            Failed,
            t!(lang, "outcome-asleep"),
            Some(t!(lang, "outcome-asleep-advice")),
        ),
        S::UnlockTimeFramePassed => o(
            Failed,
            t!(lang, "outcome-unlock-time-passed"),
            Some(t!(lang, "outcome-unlock-time-passed-advice")),
        ),
        S::UnableToLockDoorOpen => o(
            Failed,
            t!(lang, "outcome-door-open"),
            Some(t!(lang, "outcome-door-open-advice")),
        ),
        S::Expired => o(
            Failed,
            t!(lang, "outcome-expired"),
            Some(t!(lang, "outcome-try-again")),
        ),
        S::NotSupported => o(Failed, t!(lang, "outcome-not-supported"), None),
        S::CarError => o(
            Failed,
            t!(lang, "outcome-car-error"),
            Some(t!(lang, "outcome-car-error-advice")),
        ),
        S::NotAllowedPrivacyEnabled => o(
            Failed,
            t!(lang, "outcome-privacy"),
            Some(t!(lang, "outcome-privacy-advice")),
        ),
        S::NotAllowedWrongUsageMode => o(
            Failed,
            t!(lang, "outcome-wrong-usage-mode"),
            Some(t!(lang, "outcome-wrong-usage-mode-advice")),
        ),
        S::InvocationSpecificError => o(
            Failed,
            t!(lang, "outcome-invocation-error"),
            Some(t!(lang, "outcome-invocation-error-advice")),
        ),
        S::Other(raw) => {
            // A hand-built `Other("COMPLETED")` must mean what the string says.
            let reread = InvokeStatus::from(raw.as_str());
            if reread.is_known() {
                return classify_in(&reread, lang);
            }
            let summary = if raw.is_empty() {
                t!(lang, "outcome-empty-status")
            } else {
                t!(
                    lang,
                    "outcome-unrecognised",
                    status = one_line(raw, ENUM_SHOWN_MAX)
                )
            };
            o(Failed, summary, check_first())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_status_has_its_own_plain_explanation() {
        let generic = classify(&InvokeStatus::from("NOT_A_REAL_STATUS")).summary;
        for s in InvokeStatus::KNOWN {
            let o = classify(s);
            let expected = match s.as_str() {
                "COMPLETED" | "SUCCESS" => OutcomeKind::Succeeded,
                "DELIVERED" | "SENT" => OutcomeKind::DeliveredUnconfirmed,
                _ => OutcomeKind::Failed,
            };
            assert_eq!(o.kind, expected, "{s}");
            assert!(!o.summary.contains("does not know"), "{s}: {}", o.summary);
            assert_ne!(o.summary, generic);
            assert!(!o.summary.contains('\n') && o.summary.ends_with('.'), "{s}");
            if o.kind != OutcomeKind::Succeeded {
                assert!(!o.summary.contains("did it"), "{s}");
            }
        }
    }

    #[test]
    fn the_words_users_need_are_there() {
        let s = |x: &str| {
            let o = classify(&InvokeStatus::from(x));
            format!("{} {}", o.summary, o.advice.unwrap_or_default())
        };
        assert_eq!(
            classify(&InvokeStatus::Completed).summary,
            "The car did it."
        );
        assert_eq!(
            classify(&InvokeStatus::Delivered).summary,
            "The car received the command but did not confirm it."
        );
        for sleepy in ["VEHICLE_IN_SLEEP", "CAR_IN_SLEEP_MODE"] {
            assert!(s(sleepy).contains("power-saving mode"));
            assert!(s(sleepy).contains("unlocked with the key"));
        }
        assert!(s("NOT_ALLOWED_PRIVACY_ENABLED").contains("Privacy mode is on"));
        assert!(s("NOT_ALLOWED_PRIVACY_ENABLED").contains("car's settings"));
        assert!(s("CONNECTION_FAILURE").contains("underground car park"));
        assert!(s("NOT_ALLOWED_WRONG_USAGE_MODE").contains("being driven"));
        assert!(s("WAITING").contains("no confirmation"));
    }

    #[test]
    fn unknown_values_are_shown_verbatim_and_never_succeed() {
        let o = classify(&InvokeStatus::from("FOO_BAR"));
        assert_eq!(o.kind, OutcomeKind::Failed);
        assert_eq!(
            o.summary,
            "Volvo answered FOO_BAR, which Beacon does not know; the command may not have worked."
        );
        for odd in [
            "completed",
            " COMPLETED",
            "SUCCESS\n",
            "",
            "OK",
            "DONE",
            "Success",
        ] {
            let o = classify(&InvokeStatus::from(odd));
            assert_eq!(o.kind, OutcomeKind::Failed, "{odd:?}");
            assert!(!o.summary.contains('\n'));
        }
        assert!(classify(&InvokeStatus::from(""))
            .summary
            .contains("empty status"));
        let long = "X".repeat(10_000);
        assert!(classify(&InvokeStatus::from(long.as_str())).summary.len() < 300);
    }

    #[test]
    fn hand_built_other_means_what_it_says() {
        let o = classify(&InvokeStatus::Other("COMPLETED".into()));
        assert_eq!(o.kind, OutcomeKind::Succeeded);
        let o = classify(&InvokeStatus::Other("REJECTED".into()));
        assert_eq!(o.summary, classify(&InvokeStatus::Rejected).summary);
    }

    #[test]
    fn outcomes_read_in_swedish_and_german_with_the_same_kind() {
        let sleepy = InvokeStatus::VehicleInSleep;
        let sv = classify_in(&sleepy, Lang::Sv);
        assert_eq!(sv.kind, OutcomeKind::Failed);
        assert_eq!(
            sv.summary,
            "Bilen är i viloläge och tog inte emot kommandot."
        );
        assert_eq!(
            sv.advice.as_deref(),
            Some("Den vaknar när den används eller låses upp med nyckeln; försök igen efter det.")
        );
        let de = classify_in(&InvokeStatus::Timeout, Lang::De);
        assert_eq!(
            de.summary,
            "Das Fahrzeug hat nicht rechtzeitig geantwortet."
        );
        let odd = classify_in(&InvokeStatus::from("FOO_BAR"), Lang::De);
        assert_eq!(
            odd.summary,
            "Volvo hat mit FOO_BAR geantwortet; diesen Status kennt Beacon nicht, der Befehl hat vielleicht nicht funktioniert."
        );
        for s in InvokeStatus::KNOWN {
            assert_eq!(classify(s), classify_in(s, Lang::En), "{s}");
            assert_eq!(classify(s).kind, classify_in(s, Lang::Sv).kind, "{s}");
        }
    }

    #[test]
    fn kinds_serialize_in_snake_case() {
        let v = serde_json::to_value(classify(&InvokeStatus::Sent)).unwrap();
        assert_eq!(v["kind"], "delivered_unconfirmed");
        assert!(v["advice"].is_string());
    }
}
