//! The words volvo-api makes (its errors, a command's outcome, durations, the day's API calls,
//! why an unused sign-in ended, the keychain's name), in one place, in the language asked for.
//! Durations keep their unit symbols (h, min, s), which read the same in every language here,
//! and a keychain is called by its own name.

use std::time::{Duration, SystemTime};

use beacon_i18n::Lang;
use volvo_api::store::Budget;
use volvo_api::InvokeStatus;

pub fn api_message(e: &volvo_api::Error, lang: Lang) -> String {
    e.message(lang)
}

/// What Volvo's answer to a command means, in plain words: the summary and, where there is
/// any, the advice.
pub fn outcome_words(status: &InvokeStatus, lang: Lang) -> (String, Option<String>) {
    let outcome = volvo_api::classify_in(status, lang);
    (outcome.summary, outcome.advice)
}

/// "4 min 59 s"; the units read the same in Swedish, close enough in German until the
/// library formats them per language.
pub fn duration(d: Duration, _lang: Lang) -> String {
    volvo_api::error::human_duration(d)
}

/// Why Volvo ID ended (or will have ended) a sign-in left unused, if it did.
pub fn idle_explanation(last: SystemTime, now: SystemTime, lang: Lang) -> Option<String> {
    volvo_api::store::idle_explanation_in(last, now, volvo_api::store::VOLVO_ID_IDLE_LIMIT, lang)
}

/// One line per key of the day's calls, and the warnings of a key almost or quite spent.
pub fn api_calls(budget: &Budget, now: SystemTime, lang: Lang) -> (Vec<String>, Vec<String>) {
    (budget.count_lines_in(lang), budget.warnings_in(now, lang))
}

/// The keychain's name ("Secret Service", "memory (this session only)").
pub fn keychain_name(backend: &'static str, lang: Lang) -> String {
    volvo_api::store::backend_name(backend, lang)
}
