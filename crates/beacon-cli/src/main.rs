//! `beacon`: parse the command line, run one subcommand, turn the result into an exit status.
//!
//! Exit status: 0 success; 1 any error (usage errors too, unlike clap's default 2, because here
//! 2 means "Volvo answered the command with a non-success status", which scripts branch on).

mod account;
mod args;
mod browser;
mod cmd_command;
mod cmd_login;
mod cmd_logout;
mod cmd_setup;
mod cmd_sim;
mod cmd_status;
mod cmd_vehicles;
mod connect;
mod error;
mod keychain;
mod library_words;
mod output;
mod secret_args;
mod settings;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use tracing_subscriber::EnvFilter;
use volvo_api::Command;

use crate::args::{Cli, Cmd};
use crate::error::CliError;
use crate::output::Format;

/// How a subcommand that did not fail ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finished {
    Success,
    /// Volvo answered a command with a status other than done or delivered.
    CommandNotSucceeded,
}

const EXIT_ERROR: u8 = 1;
const EXIT_COMMAND_NOT_SUCCEEDED: u8 = 2;

fn main() -> ExitCode {
    let matches = match Cli::command().try_get_matches() {
        Ok(matches) => matches,
        Err(e) => return usage_error(&e),
    };
    let mut cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    init_tracing(cli.global.verbose);
    let format = Format::new(cli.global.json, cli.global.lang);
    let typed = |flag: &str| typed_on_command_line(&matches, flag);
    let mut ask = secret_args::ask_at_terminal;
    let ask: Option<secret_args::Ask> = secret_args::interactive().then_some(&mut ask);
    // The lock is a temporary: `beacon login` reads a pasted address from stdin later.
    match secret_args::resolve(
        &mut cli.global,
        typed,
        &mut std::io::stdin().lock(),
        ask,
        format.lang,
    ) {
        Ok(warnings) => warnings.iter().for_each(|w| eprintln!("{w}")),
        Err(e) => {
            format.error(&e);
            return ExitCode::from(EXIT_ERROR);
        }
    }
    let result = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(CliError::NoRuntime)
        .and_then(|runtime| runtime.block_on(dispatch(cli, format)));
    match result {
        Ok(Finished::Success) => ExitCode::SUCCESS,
        Ok(Finished::CommandNotSucceeded) => ExitCode::from(EXIT_COMMAND_NOT_SUCCEEDED),
        Err(e) => {
            format.error(&e);
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Whether `flag` (a global option, given before or after the subcommand) was typed on the
/// command line rather than taken from its environment variable.
fn typed_on_command_line(matches: &clap::ArgMatches, flag: &str) -> bool {
    let id = flag.trim_start_matches('-').replace('-', "_");
    let typed = |m: &clap::ArgMatches| {
        matches!(
            m.try_get_raw(&id).ok().flatten().and(m.value_source(&id)),
            Some(clap::parser::ValueSource::CommandLine)
        )
    };
    typed(matches) || matches.subcommand().is_some_and(|(_, sub)| typed(sub))
}

/// One arm per subcommand; each gets only what it needs, so a new one is one line here.
async fn dispatch(cli: Cli, format: Format) -> Result<Finished, CliError> {
    let global = &cli.global;
    match cli.command {
        Cmd::Vehicles => cmd_vehicles::run(global, format).await,
        Cmd::Flash(a) => cmd_command::run(global, format, Command::Flash, &a.vin).await,
        Cmd::Honk(a) => cmd_command::run(global, format, Command::Honk, &a.vin).await,
        Cmd::HonkFlash(a) => cmd_command::run(global, format, Command::HonkAndFlash, &a.vin).await,
        Cmd::Setup(a) => cmd_setup::run(global, format, &a).await,
        Cmd::Login(a) => cmd_login::run(global, format, &a).await,
        Cmd::Status(a) => cmd_status::run(global, format, &a).await,
        Cmd::Logout => cmd_logout::run(global, format).await,
        Cmd::Sim(a) => cmd_sim::run(format, a).await,
    }
}

/// clap prints its own message (and help/version, which are not errors). A script that asked
/// for `--json` still gets its one JSON value on stdout.
fn usage_error(e: &clap::Error) -> ExitCode {
    let _ = e.print();
    if !e.use_stderr() {
        return ExitCode::SUCCESS;
    }
    if json_requested(std::env::args_os().skip(1)) {
        // English, like clap's own words: a wrong command line may not even say which language.
        Format::new(true, Some(beacon_i18n::Lang::En))
            .error(&CliError::Usage(usage_message(&e.render().to_string())));
    }
    ExitCode::from(EXIT_ERROR)
}

/// Parsing failed, so clap cannot tell us; `--` ends the options as it does for clap.
fn json_requested(args: impl Iterator<Item = std::ffi::OsString>) -> bool {
    args.take_while(|a| a != "--").any(|a| a == "--json")
}

/// clap's first paragraph (its message, without the usage and tips that follow), on one line.
fn usage_message(rendered: &str) -> String {
    let paragraph: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .take_while(|line| !line.is_empty())
        .collect();
    let joined = paragraph.join(" ");
    joined.strip_prefix("error: ").unwrap_or(&joined).to_owned()
}

/// Logs go to stderr so stdout stays clean for `--json`.
fn init_tracing(verbose: u8) {
    let level = match verbose {
        // A failed request is already the CLI's own error line; the library's warning about
        // it would only say the same thing twice.
        0 => "warn,volvo_api=error",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn json_flag_is_found_before_double_dash_only() {
        let args = |v: &[&str]| {
            v.iter()
                .map(Into::into)
                .collect::<Vec<std::ffi::OsString>>()
        };
        assert!(json_requested(args(&["honk", "--json"]).into_iter()));
        assert!(!json_requested(args(&["honk", "--", "--json"]).into_iter()));
    }

    #[test]
    fn usage_message_is_clap_message_without_prefix_or_usage() {
        let Err(err) = Cli::try_parse_from(["beacon", "honk", "--json"]) else {
            panic!("a missing VIN must be a usage error");
        };
        let line = usage_message(&err.render().to_string());
        assert!(!line.starts_with("error:"), "{line}");
        assert!(line.contains("<VIN>"), "{line}");
        assert!(!line.contains("Usage"), "{line}");
    }
}
