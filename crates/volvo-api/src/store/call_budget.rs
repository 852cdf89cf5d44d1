//! The day's API budget of the keys set up, read from the call count, and its plain words for
//! the CLI (the app's page words it from the same numbers).

use std::path::Path;
use std::time::{Duration, SystemTime};

use super::call_counts::{next_utc_midnight, DayCounts};
use crate::call_counter::{KeyFingerprint, KeyRole};
use beacon_i18n::{t, Lang};

use crate::error::human_duration;

/// Volvo's daily calls per API key ("about 10,000"; Volvo does not publish the exact number).
pub const DAILY_QUOTA: u64 = 10_000;
/// From here on the user is warned: enough is left to notice and act before it runs out.
pub const WARN_AT: u64 = DAILY_QUOTA * 8 / 10;

/// One key's day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyBudget {
    pub role: KeyRole,
    pub calls: u64,
    /// The key the client sends now: the secondary once the primary's quota is spent.
    pub in_use: bool,
    /// Volvo's last answer to this key today said its quota is spent.
    pub quota_spent: bool,
}

impl KeyBudget {
    /// At or over [`WARN_AT`], spent or not.
    pub fn almost_spent(&self) -> bool {
        self.calls >= WARN_AT || self.quota_spent
    }
}

/// The day's budget of the keys set up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    /// The primary first, then the secondary if one is set up; none without a key.
    pub keys: Vec<KeyBudget>,
    /// The next 00:00 UTC, when the counts (and Volvo's quotas) start again.
    pub resets_at: SystemTime,
}

impl Budget {
    /// Today's budget from the count in `dir` for the keys in effect, given by fingerprint.
    pub fn today(
        dir: &Path,
        primary: Option<&KeyFingerprint>,
        secondary: Option<&KeyFingerprint>,
        now: SystemTime,
    ) -> Budget {
        Budget::from_counts(&DayCounts::read(dir, now), primary, secondary, now)
    }

    pub fn from_counts(
        counts: &DayCounts,
        primary: Option<&KeyFingerprint>,
        secondary: Option<&KeyFingerprint>,
        now: SystemTime,
    ) -> Budget {
        let key = |role, print: &KeyFingerprint| KeyBudget {
            role,
            calls: counts.calls(role, print),
            in_use: false,
            quota_spent: counts.quota_spent(role, print),
        };
        let mut keys = Vec::new();
        if let Some(print) = primary {
            let mut primary = key(KeyRole::Primary, print);
            let mut secondary = secondary.map(|print| key(KeyRole::Secondary, print));
            // The client turns to the secondary when Volvo says the primary is spent, in
            // whichever process heard it. (Calls of the secondary alone say nothing: checking
            // the key in setup is one.)
            let switched = secondary.is_some() && primary.quota_spent;
            primary.in_use = !switched;
            keys.push(primary);
            if let Some(secondary) = &mut secondary {
                secondary.in_use = switched;
            }
            keys.extend(secondary);
        }
        Budget {
            keys,
            resets_at: next_utc_midnight(now),
        }
    }

    /// The calls of the key in `role`; `None` when no such key is set up.
    pub fn calls(&self, role: KeyRole) -> Option<u64> {
        self.key(role).map(|k| k.calls)
    }

    pub fn key(&self, role: KeyRole) -> Option<&KeyBudget> {
        self.keys.iter().find(|k| k.role == role)
    }

    /// How long until the reset, to the minute: "3 h 12 min".
    fn left_until_reset(&self, now: SystemTime) -> String {
        let left = self.resets_at.duration_since(now).unwrap_or_default();
        let minutes = left.as_secs().div_ceil(60);
        human_duration(Duration::from_secs(minutes * 60))
    }

    /// One line per key: "412 of 10,000 calls today with the primary key".
    pub fn count_lines(&self) -> Vec<String> {
        self.count_lines_in(Lang::En)
    }

    /// [`count_lines`](Self::count_lines) in `lang`.
    pub fn count_lines_in(&self, lang: Lang) -> Vec<String> {
        let quota = thousands_in(DAILY_QUOTA, lang);
        self.keys
            .iter()
            .map(|k| {
                t!(
                    lang,
                    "budget-count",
                    calls = thousands_in(k.calls, lang),
                    quota = quota.as_str(),
                    role = role_name(k.role)
                )
            })
            .collect()
    }

    /// A warning for a key that is almost or quite spent, saying whether the secondary has
    /// taken over; none on a quiet day.
    pub fn warnings(&self, now: SystemTime) -> Vec<String> {
        self.warnings_in(now, Lang::En)
    }

    /// [`warnings`](Self::warnings) in `lang`.
    pub fn warnings_in(&self, now: SystemTime, lang: Lang) -> Vec<String> {
        let when = t!(lang, "budget-resets-at", left = self.left_until_reset(now));
        let quota = thousands_in(DAILY_QUOTA, lang);
        let mut lines = Vec::new();
        let has_secondary = self.key(KeyRole::Secondary).is_some();
        for k in &self.keys {
            let role = role_name(k.role);
            if k.quota_spent {
                lines.push(if k.role == KeyRole::Primary && has_secondary {
                    t!(lang, "budget-spent-took-over", when = when.as_str())
                } else {
                    t!(lang, "budget-spent", role = role, when = when.as_str())
                });
            } else if k.almost_spent() {
                lines.push(t!(
                    lang,
                    "budget-almost-spent",
                    calls = thousands_in(k.calls, lang),
                    quota = quota.as_str(),
                    role = role,
                    when = when.as_str()
                ));
            }
        }
        lines
    }
}

fn role_name(role: KeyRole) -> &'static str {
    match role {
        KeyRole::Primary => "primary",
        KeyRole::Secondary => "secondary",
    }
}

/// A count with the thousands separator of `lang`: `10,000`, `10 000` (a no-break space, as
/// Swedish writes it), `10.000`.
pub fn thousands_in(n: u64, lang: Lang) -> String {
    let separator = match lang {
        Lang::En => ',',
        Lang::Sv => '\u{a0}',
        Lang::De => '.',
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::time::UNIX_EPOCH;

    use super::*;
    use crate::store::KeyCount;

    /// 2026-12-02T21:00:00Z.
    fn nine_pm() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_796_245_200)
    }

    fn counts(primary: u64, spent: bool, secondary: u64) -> DayCounts {
        let count = |key: &str, calls, quota_spent| KeyCount {
            key: KeyFingerprint::of(key),
            calls,
            quota_spent,
        };
        DayCounts {
            day: "2026-12-02".into(),
            primary: Some(count("p", primary, spent)),
            secondary: Some(count("s", secondary, false)),
        }
    }

    fn budget(counts: &DayCounts, secondary: bool) -> Budget {
        let s = KeyFingerprint::of("s");
        Budget::from_counts(
            counts,
            Some(&KeyFingerprint::of("p")),
            secondary.then_some(&s),
            nine_pm(),
        )
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands_in(0, Lang::En), "0");
        assert_eq!(thousands_in(412, Lang::Sv), "412");
        assert_eq!(thousands_in(8_000, Lang::En), "8,000");
        assert_eq!(thousands_in(1_234_567, Lang::En), "1,234,567");
        assert_eq!(thousands_in(1_234_567, Lang::Sv), "1\u{a0}234\u{a0}567");
        assert_eq!(thousands_in(1_234_567, Lang::De), "1.234.567");
    }

    #[test]
    fn a_quiet_day_is_one_line_per_key() {
        let b = budget(&counts(412, false, 0), true);
        assert!(b.warnings(nine_pm()).is_empty());
        assert_eq!(
            b.count_lines(),
            [
                "412 of 10,000 calls today with the primary key",
                "0 of 10,000 calls today with the secondary key"
            ]
        );
        assert!(b.key(KeyRole::Primary).unwrap().in_use);
        // A secondary's calls alone (a key check in setup) are no takeover.
        let checked = budget(&counts(412, false, 1), true);
        assert!(checked.key(KeyRole::Primary).unwrap().in_use);
        assert!(!checked.key(KeyRole::Secondary).unwrap().in_use);
        assert_eq!(
            budget(&counts(412, false, 0), false).calls(KeyRole::Secondary),
            None
        );
    }

    #[test]
    fn eighty_percent_warns_with_the_reset() {
        let lines = budget(&counts(7_999, false, 0), false).warnings(nine_pm());
        assert!(lines.is_empty(), "{lines:?}");
        let lines = budget(&counts(8_000, false, 0), false).warnings(nine_pm());
        assert_eq!(
            lines[0],
            "8,000 of 10,000 calls today: the primary key's daily quota is almost spent; it resets at 00:00 UTC (in 3 h)."
        );
    }

    #[test]
    fn the_lines_read_in_swedish_and_german_with_their_separators() {
        let b = budget(&counts(8_000, false, 0), true);
        assert_eq!(
            b.count_lines_in(Lang::Sv)[0],
            "8\u{a0}000 av 10\u{a0}000 anrop i dag med den primära nyckeln"
        );
        assert_eq!(
            b.warnings_in(nine_pm(), Lang::De),
            ["8.000 von 10.000 Aufrufen heute: Das Tageskontingent des primären Schlüssels ist fast aufgebraucht; es wird um 00:00 UTC (noch 3 h) zurückgesetzt."]
        );
        let spent = budget(&counts(9_950, true, 12), true).warnings_in(nine_pm(), Lang::Sv);
        assert!(
            spent[0].contains("den sekundära nyckeln har tagit över"),
            "{spent:?}"
        );
    }

    #[test]
    fn a_spent_primary_says_who_took_over() {
        let b = budget(&counts(9_950, true, 12), true);
        assert!(!b.key(KeyRole::Primary).unwrap().in_use);
        assert!(b.key(KeyRole::Secondary).unwrap().in_use);
        let lines = b.warnings(nine_pm());
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(
            lines[0]
                .contains("primary key's daily quota is spent: the secondary key has taken over"),
            "{lines:?}"
        );
        let alone = budget(&counts(9_950, true, 0), false).warnings(nine_pm());
        assert!(
            alone[0].contains("Volvo refuses calls with it"),
            "{alone:?}"
        );
    }
}
