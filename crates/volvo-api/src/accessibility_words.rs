//! What a car's readiness for commands reads as, in a language: a few words for a chip and
//! a line that says the rest. Volvo's own values we do not know are shown as Volvo sent them.

use beacon_i18n::{t, Lang};

use crate::models::{one_line, Accessibility, Availability, UnavailableReason, ENUM_SHOWN_MAX};

impl Accessibility {
    /// Plain words for a status line, e.g. "Ready for commands".
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// A few words for a chip or a column, e.g. "Asleep"; [`describe`](Self::describe) says
    /// the rest.
    pub fn label(&self) -> String {
        self.label_in(Lang::En)
    }

    /// [`Accessibility::describe`] in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        self.words(lang).1
    }

    /// A few words for a chip or a column, e.g. "Asleep", in `lang`;
    /// [`describe_in`](Self::describe_in) says the rest.
    pub fn label_in(&self, lang: Lang) -> String {
        self.words(lang).0
    }

    /// The label and the line, decided together so they never disagree.
    fn words(&self, lang: Lang) -> (String, String) {
        use Availability as A;
        use UnavailableReason as R;
        // A reason says more than the bare availability, so it wins unless the car is ready.
        match (&self.availability, &self.unavailable_reason) {
            (A::Available, _) => (
                t!(lang, "availability-ready"),
                t!(lang, "availability-ready"),
            ),
            (_, Some(R::PowerSavingMode)) => (
                t!(lang, "availability-asleep"),
                t!(lang, "availability-asleep-detail"),
            ),
            (_, Some(R::NoInternet)) => (
                t!(lang, "availability-no-connection"),
                t!(lang, "availability-no-internet-detail"),
            ),
            (_, Some(R::CarInUse)) => (
                t!(lang, "availability-in-use"),
                t!(lang, "availability-in-use"),
            ),
            (_, Some(R::Other(r))) if !r.trim().is_empty() => (
                t!(lang, "availability-not-ready"),
                t!(
                    lang,
                    "availability-not-ready-volvo-says",
                    reason = one_line(r, ENUM_SHOWN_MAX)
                ),
            ),
            (A::Unavailable, _) => (
                t!(lang, "availability-not-ready"),
                t!(lang, "availability-not-ready-now"),
            ),
            (A::Unspecified, _) => (
                t!(lang, "availability-not-known"),
                t!(lang, "availability-unspecified-detail"),
            ),
            (A::Other(v), _) => (
                t!(lang, "availability-not-known"),
                t!(
                    lang,
                    "availability-unclear-volvo-says",
                    value = one_line(v, ENUM_SHOWN_MAX)
                ),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sleeping_car_reads_in_swedish_and_german() {
        let asleep = Accessibility {
            availability: Availability::Unavailable,
            unavailable_reason: Some(UnavailableReason::PowerSavingMode),
            timestamp: None,
        };
        assert_eq!(asleep.label_in(Lang::En), "Asleep");
        assert_eq!(
            asleep.describe(),
            "Asleep to save power: it wakes when used or unlocked with the key"
        );
        assert_eq!(asleep.label_in(Lang::Sv), "Viloläge");
        assert_eq!(asleep.label_in(Lang::De), "Ruhemodus");
        assert_eq!(
            asleep.describe_in(Lang::De),
            "Im Ruhemodus, um Strom zu sparen: Es wird wach, wenn es benutzt oder mit dem Schlüssel entriegelt wird"
        );
    }
}
