//! What a command's `invokeStatus` means for the person who pressed the button.
//!
//! The rule that matters most: only `COMPLETED` and `SUCCESS` read as success. Anything Beacon
//! does not recognise is a failure shown verbatim, because telling someone their car was
//! locked or found when it may not have been is worse than an honest "we don't know".

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
    /// One line of plain English, e.g. "The car did it."
    pub summary: String,
    /// What to do next, where there is something useful to say.
    pub advice: Option<String>,
}

impl Outcome {
    fn new(kind: OutcomeKind, summary: &str, advice: Option<&str>) -> Self {
        Outcome {
            kind,
            summary: summary.to_owned(),
            advice: advice.map(str::to_owned),
        }
    }
}

/// Same advice for every "we can't tell whether it happened" answer: resending blindly could
/// honk twice in a quiet street.
const CHECK_BEFORE_RESENDING: &str =
    "Check the car before sending the command again, so it does not happen twice.";

pub fn classify(status: &InvokeStatus) -> Outcome {
    use InvokeStatus as S;
    use OutcomeKind::{DeliveredUnconfirmed, Failed, Succeeded};
    let o = Outcome::new;
    match status {
        S::Completed | S::Success => o(Succeeded, "The car did it.", None),
        S::Delivered | S::Sent => o(
            DeliveredUnconfirmed,
            "The car received the command but did not confirm it.",
            Some(CHECK_BEFORE_RESENDING),
        ),
        S::Waiting | S::Running => o(
            Failed,
            "Volvo had no confirmation from the car yet; the command may still happen.",
            Some("Wait a minute and check the car before sending the command again."),
        ),
        S::Unknown => o(
            Failed,
            "Volvo could not tell whether the command worked.",
            Some(CHECK_BEFORE_RESENDING),
        ),
        S::Rejected => o(
            Failed,
            "The car rejected the command.",
            Some("The car may be busy with something else; try again in a moment."),
        ),
        S::Timeout => o(
            Failed,
            "The car did not answer in time.",
            Some("It may be asleep or out of mobile coverage; try again in a few minutes."),
        ),
        S::CarTimeout => o(
            Failed,
            "The car took too long to carry out the command.",
            Some("Try again in a few minutes."),
        ),
        S::DeliveryTimeout => o(
            Failed,
            "Volvo could not get the command to the car in time.",
            Some(
                "The car may be out of mobile coverage, for example in an underground car park. \
                 Try again when it is in the open.",
            ),
        ),
        S::ConnectionFailure => o(
            Failed,
            "Volvo could not reach the car.",
            Some(
                "The car may be out of mobile coverage, for example in an underground car park. \
                 Try again when it is in the open.",
            ),
        ),
        S::VehicleInSleep | S::CarInSleepMode => o(
            Failed,
            "The car is in power-saving mode and did not take the command.",
            Some("It wakes when it is used or unlocked with the key; try again after that."),
        ),
        S::UnlockTimeFramePassed => o(
            Failed,
            "The time allowed for the unlock ran out, so the car did not stay unlocked.",
            Some("Unlock again when you are at the car."),
        ),
        S::UnableToLockDoorOpen => o(
            Failed,
            "The car could not lock because a door, the tailgate or the bonnet is open.",
            Some("Close it and try again."),
        ),
        S::Expired => o(
            Failed,
            "The command expired before the car carried it out.",
            Some("Try again."),
        ),
        S::NotSupported => o(Failed, "This car does not support that command.", None),
        S::CarError => o(
            Failed,
            "The car reported an error while carrying out the command.",
            Some("Try again later; if it keeps happening, the car may need a look at a workshop."),
        ),
        S::NotAllowedPrivacyEnabled => o(
            Failed,
            "Privacy mode is on in the car, so it does not accept remote commands.",
            Some("Turn privacy mode off in the car's settings, then try again."),
        ),
        S::NotAllowedWrongUsageMode => o(
            Failed,
            "The car does not accept this command while it is being driven or in use.",
            Some("Try again when the car is parked and switched off."),
        ),
        S::InvocationSpecificError => o(
            Failed,
            "The car could not carry out this command.",
            Some("Volvo's message, if there is one, may say why."),
        ),
        S::Other(raw) => {
            // A hand-built `Other("COMPLETED")` must mean what the string says.
            let reread = InvokeStatus::from(raw.as_str());
            if reread.is_known() {
                return classify(&reread);
            }
            let shown = if raw.is_empty() {
                "with an empty status".to_owned()
            } else {
                one_line(raw, ENUM_SHOWN_MAX)
            };
            Outcome {
                kind: Failed,
                summary: format!(
                    "Volvo answered {shown}, which Beacon does not know; the command may not have worked."
                ),
                advice: Some(CHECK_BEFORE_RESENDING.to_owned()),
            }
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
    fn kinds_serialize_in_snake_case() {
        let v = serde_json::to_value(classify(&InvokeStatus::Sent)).unwrap();
        assert_eq!(v["kind"], "delivered_unconfirmed");
        assert!(v["advice"].is_string());
    }
}
