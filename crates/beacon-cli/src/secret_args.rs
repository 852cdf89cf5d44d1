//! Secrets given to the CLI. A value on the command line can be read by every user of the
//! computer in the process list (`ps`, /proc/PID/cmdline) for as long as the command runs.
//! So `-` reads the value from standard input, a secret flag given without a value asks for it
//! at the terminal without echoing it, and a value typed on the command line gets a warning.

use std::io::{BufRead, IsTerminal};

use beacon_i18n::{t, Lang};

use crate::args::GlobalArgs;
use crate::error::CliError;

/// `--api-key -`: the value comes from standard input, one line per such flag, in the order
/// of [`SECRET_FLAGS`].
pub const FROM_STDIN: &str = "-";

/// Asks a person for a value at the terminal, with a prompt.
pub type Ask<'a> = &'a mut dyn FnMut(&str) -> std::io::Result<String>;

/// What clap stores for a secret flag given without a value.
pub const ASK: &str = "";

/// The secret flags and their environment variables.
pub const SECRET_FLAGS: [(&str, &str); 4] = [
    ("--client-secret", "BEACON_CLIENT_SECRET"),
    ("--api-key", "VCC_API_KEY"),
    ("--secondary-api-key", "VCC_SECONDARY_API_KEY"),
    ("--access-token", "BEACON_ACCESS_TOKEN"),
];

fn slots(global: &mut GlobalArgs) -> [&mut Option<String>; 4] {
    [
        &mut global.client_secret,
        &mut global.api_key,
        &mut global.secondary_api_key,
        &mut global.access_token,
    ]
}

/// Replaces `-` and "ask" by the real values. `on_command_line(flag)` tells whether a flag's
/// value came from the command line (not the environment). Returns the warnings to print, and
/// asks, in `lang`.
pub fn resolve(
    global: &mut GlobalArgs,
    on_command_line: impl Fn(&str) -> bool,
    stdin: &mut dyn BufRead,
    mut ask: Option<Ask<'_>>,
    lang: Lang,
) -> Result<Vec<String>, CliError> {
    let mut warnings = Vec::new();
    for (slot, (flag, env)) in slots(global).into_iter().zip(SECRET_FLAGS) {
        let Some(value) = slot.as_deref() else {
            continue;
        };
        let typed = on_command_line(flag);
        let read = match value {
            FROM_STDIN if typed => read_line(stdin, flag)?,
            ASK if typed => match ask.as_mut() {
                Some(ask) => {
                    let label = t!(lang, "prompt-secret", flag = flag.trim_start_matches('-'));
                    ask(&format!("{label} ")).map_err(|e| CliError::SecretUnreadable {
                        flag,
                        from_stdin: false,
                        detail: e.to_string(),
                    })?
                }
                // No terminal (a script): the next line of standard input, as with `-`.
                None => read_line(stdin, flag)?,
            },
            _ => {
                if typed {
                    warnings.push(t!(
                        lang,
                        "warning-secret-on-command-line",
                        flag = flag,
                        env = env
                    ));
                }
                continue;
            }
        };
        let read = read.trim().to_owned();
        if read.is_empty() {
            return Err(CliError::SecretEmpty { flag });
        }
        *slot = Some(read);
    }
    Ok(warnings)
}

fn read_line(stdin: &mut dyn BufRead, flag: &'static str) -> Result<String, CliError> {
    let mut line = String::new();
    stdin
        .read_line(&mut line)
        .map_err(|e| CliError::SecretUnreadable {
            flag,
            from_stdin: true,
            detail: e.to_string(),
        })?;
    Ok(line)
}

/// The prompt for a flag given without a value, at a terminal: the typing is not echoed.
pub fn ask_at_terminal(prompt: &str) -> std::io::Result<String> {
    rpassword::prompt_password(prompt)
}

/// Whether there is someone at a terminal to ask.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn global(secret: Option<&str>, key: Option<&str>, token: Option<&str>) -> GlobalArgs {
        GlobalArgs {
            client_secret: secret.map(str::to_owned),
            api_key: key.map(str::to_owned),
            access_token: token.map(str::to_owned),
            ..Default::default()
        }
    }

    fn never_ask(_: &str) -> std::io::Result<String> {
        panic!("nothing should be asked")
    }

    #[test]
    fn dashes_read_lines_from_stdin_in_flag_order() {
        let mut g = global(Some("-"), Some("-"), None);
        let mut stdin = &b"the-secret\n  the-key  \n"[..];
        let warnings =
            resolve(&mut g, |_| true, &mut stdin, Some(&mut never_ask), Lang::En).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(g.client_secret.as_deref(), Some("the-secret"));
        assert_eq!(g.api_key.as_deref(), Some("the-key"));
    }

    #[test]
    fn a_typed_secret_is_kept_with_a_warning_and_the_environment_without() {
        let mut g = global(Some("typed"), Some("from-env"), None);
        let warnings = resolve(
            &mut g,
            |flag| flag == "--client-secret",
            &mut &b""[..],
            Some(&mut never_ask),
            Lang::En,
        )
        .unwrap();
        assert_eq!(g.client_secret.as_deref(), Some("typed"));
        assert_eq!(g.api_key.as_deref(), Some("from-env"));
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("--client-secret") && warnings[0].contains("other users"));
        assert!(
            !warnings[0].contains("typed"),
            "the warning must not repeat the secret"
        );
    }

    #[test]
    fn a_flag_without_a_value_asks() {
        let mut g = global(None, None, Some(ASK));
        let mut asked = Vec::new();
        let mut ask = |prompt: &str| {
            asked.push(prompt.to_owned());
            Ok("tok\n".to_owned())
        };
        resolve(&mut g, |_| true, &mut &b""[..], Some(&mut ask), Lang::En).unwrap();
        assert_eq!(asked, vec!["Access token: "]);
        assert_eq!(g.access_token.as_deref(), Some("tok"));
    }

    #[test]
    fn without_a_terminal_a_flag_without_a_value_reads_stdin() {
        let mut g = global(Some(ASK), None, None);
        resolve(
            &mut g,
            |_| true,
            &mut &b"from-a-script\n"[..],
            None,
            Lang::En,
        )
        .unwrap();
        assert_eq!(g.client_secret.as_deref(), Some("from-a-script"));
    }

    #[test]
    fn nothing_on_stdin_is_a_clear_error() {
        let mut g = global(None, Some("-"), None);
        let e = resolve(
            &mut g,
            |_| true,
            &mut &b""[..],
            Some(&mut never_ask),
            Lang::En,
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "--api-key: no value was given");
    }
}
