//! Sending honk/flash: at most one command per car in flight, whichever it is and wherever it
//! came from. A second click while the first waits for the car sends nothing (Honk, then Honk
//! and flash, would honk twice) and gets the pending outcome back. Every send emits `command-started` and `command-finished`, whoever asked
//! (window, tray or shortcut), and the result goes to the history.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use beacon_i18n::{t, Lang, Words};
use chrono::{Local, NaiveDate, TimeZone};
use tokio::sync::broadcast;
use volvo_api::{Client, Command, CommandResult, CommandTarget, OutcomeKind, Vin};

use crate::history::History;
use crate::outcome_words;
use crate::views::{now_ms, AppEvent, HistoryEntry, Outcome, OutcomeClass, OutcomeState};
use crate::{AppError, AppErrorKind};

/// Each car's newest finished outcome of the day, from the history (newest first): what the
/// tray's "Last: …" line and the tile show again after a restart (closing the window restarts
/// the app in the tray on Linux). Older ones stay in the history only: both show a time of day,
/// which would read as today's.
fn last_of_the_day(
    entries: &[HistoryEntry],
    is_today: impl Fn(u64) -> bool,
) -> HashMap<Vin, Outcome> {
    let mut last = HashMap::new();
    for entry in entries {
        let outcome = &entry.outcome;
        let (Some(finished), Ok(vin)) = (outcome.finished_at, Vin::parse(&outcome.vin)) else {
            continue;
        };
        if outcome.state == OutcomeState::Done && is_today(finished) {
            last.entry(vin).or_insert_with(|| outcome.clone());
        }
    }
    last
}

fn local_date(ms: u64) -> Option<NaiveDate> {
    let ms = i64::try_from(ms).ok()?;
    Some(Local.timestamp_millis_opt(ms).single()?.date_naive())
}

#[derive(Default)]
struct State {
    in_flight: HashMap<Vin, Outcome>,
    last: HashMap<Vin, Outcome>,
}

pub struct Dispatcher {
    state: Mutex<State>,
    /// The next run id. Starts at this process's start in ms × 1000, so a restarted app
    /// (tray-only, or the next day) never hands out an id again; well inside JavaScript's
    /// exact integers.
    next_run: AtomicU64,
    history: Arc<History>,
    events: broadcast::Sender<AppEvent>,
}

impl Dispatcher {
    pub fn new(history: Arc<History>, events: broadcast::Sender<AppEvent>) -> Self {
        let today = Local::now().date_naive();
        let last = last_of_the_day(&history.entries(), |ms| local_date(ms) == Some(today));
        Dispatcher {
            state: Mutex::new(State {
                in_flight: HashMap::new(),
                last,
            }),
            next_run: AtomicU64::new(now_ms().saturating_mul(1000)),
            history,
            events,
        }
    }

    /// Sends `command` to `vin` and waits for the car's answer. When any command for the car
    /// is already in flight, sends nothing and refuses at once with `AlreadyInFlight`, naming
    /// both commands (the car's `lastOutcome` is the run in flight).
    ///
    /// The request runs in its own task, so a caller that goes away (a window closed mid-honk)
    /// does not cancel it: the outcome is still recorded and announced.
    pub async fn send(
        self: &Arc<Self>,
        client: Client,
        target: CommandTarget,
        display_name: String,
    ) -> Result<Sent, AppError> {
        let vin = target.vin().clone();
        let command = target.command();
        let pending = {
            let mut state = self.lock();
            if let Some(pending) = state.in_flight.get(&vin) {
                tracing::info!(vin = %vin.masked(), %command, "a command for this car is in flight; not sent");
                return Err(AppError::AlreadyInFlight(already_sending(
                    pending.command,
                    command,
                )));
            }
            let run_id = self.next_run.fetch_add(1, Ordering::Relaxed);
            let pending = pending_outcome(run_id, &vin, command, crate::words::language());
            state.in_flight.insert(vin.clone(), pending.clone());
            pending
        };
        self.emit(AppEvent::CommandStarted(pending.clone()));
        tracing::info!(vin = %vin.masked(), %command, "sending command");

        let this = Arc::clone(self);
        let started = pending.clone();
        let lang = crate::words::language();
        let task = tokio::spawn(async move {
            let result = client.send_command_to(&target).await;
            let error = result.as_ref().err().cloned();
            let done = finished_outcome(&pending, result, lang);
            tracing::info!(vin = %vin.masked(), %command, status = %done.status, "command finished");
            let history = Arc::clone(&this.history);
            let entry = HistoryEntry {
                outcome: done.clone(),
                display_name,
            };
            let saved = tokio::task::spawn_blocking(move || history.record(entry)).await;
            match saved {
                Ok(Err(e)) => tracing::warn!("{e}"),
                Err(e) => tracing::warn!("saving the history failed: {e}"),
                Ok(Ok(())) => {}
            }
            // Only now: until the history has the entry, the command counts as under way, so
            // the tray-only restart cannot cut the write off.
            {
                let mut state = this.lock();
                state.in_flight.remove(&vin);
                state.last.insert(vin, done.clone());
            }
            this.emit(AppEvent::CommandFinished(done.clone()));
            Sent {
                outcome: done,
                error,
            }
        });
        Ok(match task.await {
            Ok(sent) => sent,
            // Only a panic in the task gets here; the page still deserves an answer, and the
            // command must not stay "in flight" forever.
            Err(e) => {
                tracing::error!("the command task failed: {e}");
                let vin = Vin::parse(&started.vin).ok();
                if let Some(vin) = vin {
                    self.lock().in_flight.remove(&vin);
                }
                let mut failed = started;
                failed.state = OutcomeState::Done;
                failed.status = format!("error:{}", <&str>::from(AppErrorKind::Internal));
                failed.outcome = Some(OutcomeClass::Error);
                (failed.message, failed.advice) =
                    outcome_words::beacon_failed(crate::words::language());
                failed.finished_at = Some(now_ms());
                self.emit(AppEvent::CommandFinished(failed.clone()));
                Sent {
                    outcome: failed,
                    error: None,
                }
            }
        })
    }

    /// Whether any command, of any car, is still waiting for its answer.
    pub fn any_in_flight(&self) -> bool {
        !self.lock().in_flight.is_empty()
    }

    /// The command of `vin` still waiting for the car (at most one).
    pub fn in_flight(&self, vin: &Vin) -> Vec<Command> {
        let state = self.lock();
        state
            .in_flight
            .get(vin)
            .map(|o| o.command)
            .into_iter()
            .collect()
    }

    /// The newest outcome for `vin`: a pending one if a command is in flight, else the last
    /// finished one (from the history, maybe written in another language: reworded).
    pub fn last_outcome(&self, vin: &Vin) -> Option<Outcome> {
        let state = self.lock();
        state
            .in_flight
            .get(vin)
            .or_else(|| state.last.get(vin))
            .map(|outcome| outcome_words::reworded(outcome, crate::words::language()))
    }

    fn emit(&self, event: AppEvent) {
        // No receiver (no window, no tray listener yet) is fine: the state is kept here.
        let _ = self.events.send(event);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// What [`Dispatch::send`] gives back: the outcome as the page sees it and, when Volvo (or the
/// way there) failed, the typed error, for what the app must do about it (e.g. sign out).
#[derive(Debug)]
pub struct Sent {
    pub outcome: Outcome,
    pub error: Option<volvo_api::Error>,
}

/// Why `asked` was not sent: the car is still answering `pending`.
fn already_sending(pending: Command, asked: Command) -> Words {
    let (pending, asked) = (crate::words::command(pending), crate::words::command(asked));
    Words::new(move |lang| {
        if pending == asked {
            t!(lang, "already-waiting-for-answer", command = asked)
        } else {
            t!(
                lang,
                "already-sending-another",
                pending = pending,
                command = asked
            )
        }
    })
}

fn pending_outcome(run_id: u64, vin: &Vin, command: Command, lang: Lang) -> Outcome {
    Outcome {
        run_id,
        vin: vin.as_str().to_owned(),
        command,
        state: OutcomeState::Pending,
        status: "pending".to_owned(),
        outcome: None,
        message: outcome_words::pending(command, lang),
        advice: None,
        started_at: now_ms(),
        finished_at: None,
    }
}

/// The pending outcome, finished with what Volvo (or the attempt to reach it) said, in
/// `lang`.
pub fn finished_outcome(
    pending: &Outcome,
    result: Result<CommandResult, volvo_api::Error>,
    lang: Lang,
) -> Outcome {
    let mut done = pending.clone();
    done.state = OutcomeState::Done;
    done.finished_at = Some(now_ms());
    match result {
        Ok(r) => {
            done.status = r.invoke_status.as_str().to_owned();
            done.outcome = Some(match r.outcome.kind {
                OutcomeKind::Succeeded => OutcomeClass::Succeeded,
                OutcomeKind::DeliveredUnconfirmed => OutcomeClass::DeliveredUnconfirmed,
                OutcomeKind::Failed => OutcomeClass::Failed,
            });
            (done.message, done.advice) =
                outcome_words::answered(&r.invoke_status, &r.volvo_message, lang);
        }
        Err(e) => {
            done.status = format!("error:{}", e.kind());
            done.outcome = Some(OutcomeClass::Error);
            (done.message, done.advice) = outcome_words::failed(&e, lang);
        }
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(
        vin: &str,
        command: Command,
        state: OutcomeState,
        finished: Option<u64>,
    ) -> HistoryEntry {
        HistoryEntry {
            outcome: Outcome {
                run_id: finished.unwrap_or_default(),
                vin: vin.into(),
                command,
                state,
                status: "COMPLETED".into(),
                outcome: Some(OutcomeClass::Succeeded),
                message: "The car did it.".into(),
                advice: None,
                started_at: 0,
                finished_at: finished,
            },
            display_name: "A car".into(),
        }
    }

    #[test]
    fn each_cars_newest_answer_of_the_day_comes_back_after_a_restart() {
        const XC40: &str = "YV1XZK8V2P1234567";
        const XC90: &str = "YV4A22PL5N1234568";
        const EX30: &str = "YV1EX30A0R1234569";
        const TODAY_FROM: u64 = 1_000;
        let newest_first = [
            entry(XC40, Command::Honk, OutcomeState::Done, Some(3_000)),
            entry(XC40, Command::Flash, OutcomeState::Done, Some(2_000)),
            entry(XC90, Command::Flash, OutcomeState::Pending, None),
            entry(XC90, Command::HonkAndFlash, OutcomeState::Done, Some(1_500)),
            entry(EX30, Command::Honk, OutcomeState::Done, Some(500)),
            entry("not a vin", Command::Honk, OutcomeState::Done, Some(2_500)),
        ];
        let last = last_of_the_day(&newest_first, |ms| ms >= TODAY_FROM);
        let of = |vin: &str| last.get(&Vin::parse(vin).unwrap()).map(|o| o.command);
        assert_eq!(of(XC40), Some(Command::Honk), "the newest");
        assert_eq!(of(XC90), Some(Command::HonkAndFlash), "finished ones only");
        assert_eq!(of(EX30), None, "yesterday's stays in the history");
        assert_eq!(last.len(), 2);
    }
}
