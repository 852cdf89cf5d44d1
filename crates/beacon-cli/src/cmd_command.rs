//! `beacon flash|honk|honk-flash <VIN>`: the car's command list, then the command. The list
//! says where this car takes the command (a real car took honk-and-flash at `honk-and-flash`,
//! not the documented `honk-flash`); a process of its own has no earlier list to reuse, so
//! that is one read more per command. Nothing else is looked up: whether the car supports the
//! command is still Volvo's 404 to say, in its own words.

use beacon_i18n::{t, Lang};
use serde::Serialize;
use volvo_api::{Client, Command, CommandResult, CommandTarget, InvokeStatus, OutcomeKind, Vin};

use crate::args::GlobalArgs;
use crate::error::CliError;
use crate::library_words::outcome_words;
use crate::output::{printable, Format, Report};
use crate::{connect, Finished};

/// The statuses that exit 0. Part of the CLI's contract, so spelled out here rather than
/// inherited from the library's classification, which may grow finer over time.
const EXIT_ZERO_STATUSES: [&str; 4] = ["COMPLETED", "SUCCESS", "DELIVERED", "SENT"];

pub async fn run(
    global: &GlobalArgs,
    format: Format,
    command: Command,
    vin: &str,
) -> Result<Finished, CliError> {
    // Before anything else: a bad VIN must never reach a request, nor hide behind a
    // missing-key error.
    let vin = Vin::parse(vin)?;
    let client = connect::client(global, format.lang).await?;
    let target = target(&client, &vin, command).await;
    let result = client.send_command_to(&target).await?;
    let finished = finished_for(&result.invoke_status);
    format.report(&CommandReport::new(result, format.answer_lang()))?;
    Ok(finished)
}

/// Where the car takes `command`. When its list cannot be read, the documented path: the user
/// asked for the command, not the list, and the command's own answer says what is wrong.
async fn target(client: &Client, vin: &Vin, command: Command) -> CommandTarget {
    let listed = client.commands(vin).await.unwrap_or_else(|e| {
        tracing::warn!(vin = %vin.masked(), kind = e.kind(), "command list unavailable; using the documented path");
        Vec::new()
    });
    client.command_target(vin, command, &listed)
}

fn finished_for(status: &InvokeStatus) -> Finished {
    if EXIT_ZERO_STATUSES.contains(&status.as_str()) {
        Finished::Success
    } else {
        Finished::CommandNotSucceeded
    }
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct CommandReport {
    vin: Vin,
    command: Command,
    invoke_status: InvokeStatus,
    /// Our plain-words summary (English unless `--lang`); Volvo's own text is `volvoMessage`.
    message: String,
    outcome: OutcomeKind,
    advice: Option<String>,
    volvo_message: String,
    operation_id: String,
}

impl CommandReport {
    /// `lang`: the language of the summary and advice.
    fn new(r: CommandResult, lang: Lang) -> Self {
        let (message, advice) = outcome_words(&r.invoke_status, lang);
        CommandReport {
            vin: r.vin,
            command: r.command,
            invoke_status: r.invoke_status,
            message,
            outcome: r.outcome.kind,
            advice,
            volvo_message: r.volvo_message,
            operation_id: r.operation_id,
        }
    }
}

impl Report for CommandReport {
    fn human(&self, lang: Lang) -> String {
        let (vin, command) = (self.vin.as_str(), command_key(self.command));
        let summary = &self.message;
        let mut text = if self.outcome == OutcomeKind::Succeeded {
            t!(
                lang,
                "command-done",
                command = command,
                vin = vin,
                summary = summary
            )
        } else {
            t!(
                lang,
                "command-asked",
                command = command,
                vin = vin,
                summary = summary
            )
        };
        text.push('\n');
        if let Some(advice) = &self.advice {
            text.push_str(&format!("{advice}\n"));
        }
        if self.outcome != OutcomeKind::Succeeded {
            let volvo = self.volvo_message.trim();
            if !volvo.is_empty() {
                let said = t!(lang, "command-volvo-said", message = printable(volvo));
                text.push_str(&format!("{said}\n"));
            }
            let status = t!(
                lang,
                "command-status",
                status = printable(self.invoke_status.as_str()),
                operation = &self.operation_id
            );
            text.push_str(&format!("{status}\n"));
        }
        text
    }
}

/// The command as the catalogs select on it.
pub fn command_key(command: Command) -> &'static str {
    match command {
        Command::Flash => "flash",
        Command::Honk => "honk",
        Command::HonkAndFlash => "honk-and-flash",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(status: &str) -> CommandReport {
        report_in(status, "", Lang::En)
    }

    fn report_in(status: &str, volvo_message: &str, lang: Lang) -> CommandReport {
        let invoke_status = InvokeStatus::from(status);
        let outcome = volvo_api::classify(&invoke_status);
        CommandReport::new(
            CommandResult {
                vin: Vin::parse("YV1ABCDEFG1234567").unwrap(),
                command: Command::Honk,
                invoke_status,
                volvo_message: volvo_message.into(),
                outcome,
                operation_id: "op-1".into(),
            },
            lang,
        )
    }

    #[test]
    fn only_the_contract_statuses_exit_zero() {
        for s in EXIT_ZERO_STATUSES {
            assert_eq!(
                finished_for(&InvokeStatus::from(s)),
                Finished::Success,
                "{s}"
            );
        }
        for s in [
            "VEHICLE_IN_SLEEP",
            "WAITING",
            "SOMETHING_NEW",
            "completed",
            "",
        ] {
            assert_eq!(
                finished_for(&InvokeStatus::from(s)),
                Finished::CommandNotSucceeded,
                "{s}"
            );
        }
    }

    #[test]
    fn json_has_the_contract_fields() {
        let v = serde_json::to_value(report("VEHICLE_IN_SLEEP")).unwrap();
        assert_eq!(v["vin"], "YV1ABCDEFG1234567");
        assert_eq!(v["command"], "HONK");
        assert_eq!(v["invokeStatus"], "VEHICLE_IN_SLEEP");
        assert_eq!(v["outcome"], "failed");
        assert!(v["message"].as_str().unwrap().contains("power-saving"));
        assert!(v["advice"].is_string());
        assert_eq!(v["volvoMessage"], "");
        assert_eq!(v["operationId"], "op-1");
    }

    #[test]
    fn human_text_reads_naturally() {
        let ok = report("COMPLETED").human(Lang::En);
        assert_eq!(
            ok,
            "Honked the horn of YV1ABCDEFG1234567: The car did it.\n"
        );
        let asleep = report("VEHICLE_IN_SLEEP").human(Lang::En);
        assert!(
            asleep.starts_with("Asked YV1ABCDEFG1234567 to honk the horn:"),
            "{asleep}"
        );
        assert!(asleep.contains("unlocked with the key"), "{asleep}");
        assert!(asleep.contains("VEHICLE_IN_SLEEP"), "{asleep}");
    }

    /// Volvo's words and status stay as Volvo sent them; the outcome's summary and advice come
    /// from the library in the same language.
    #[test]
    fn human_text_in_swedish_and_german() {
        let ok = report_in("COMPLETED", "", Lang::Sv).human(Lang::Sv);
        assert_eq!(
            ok,
            "Bilen YV1ABCDEFG1234567 tutade: Klart – bilen utförde kommandot.\n"
        );
        let ok = report_in("COMPLETED", "", Lang::De).human(Lang::De);
        assert_eq!(
            ok,
            "Das Fahrzeug YV1ABCDEFG1234567 hat gehupt: Erledigt – das Fahrzeug hat den Befehl ausgeführt.\n"
        );
        let rejected = report_in("REJECTED", "Busy", Lang::Sv).human(Lang::Sv);
        assert_eq!(
            rejected,
            "Bad bilen YV1ABCDEFG1234567 att tuta: Bilen avvisade kommandot.\n\
             Bilen kan vara upptagen med något annat; försök igen om en stund.\n\
             Volvo svarade: Busy\n\
             (status REJECTED, åtgärd op-1)\n"
        );
        let rejected = report_in("REJECTED", "Busy", Lang::De).human(Lang::De);
        assert_eq!(
            rejected,
            "Hupen bei YV1ABCDEFG1234567 angefordert: Das Fahrzeug hat den Befehl abgelehnt.\n\
             Das Fahrzeug ist vielleicht mit etwas anderem beschäftigt; versuchen Sie es gleich noch einmal.\n\
             Antwort von Volvo: Busy\n\
             (Status REJECTED, Vorgang op-1)\n"
        );
    }

    #[test]
    fn english_human_text_is_unchanged() {
        let rejected = report_in("REJECTED", "Busy", Lang::En).human(Lang::En);
        assert_eq!(
            rejected,
            "Asked YV1ABCDEFG1234567 to honk the horn: The car rejected the command.\n\
             The car may be busy with something else; try again in a moment.\n\
             Volvo said: Busy\n\
             (status REJECTED, operation op-1)\n"
        );
    }
}
