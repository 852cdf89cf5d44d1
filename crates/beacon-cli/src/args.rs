//! The command line, as clap sees it. Nothing here talks to Volvo.

use std::net::IpAddr;
use std::path::PathBuf;

use beacon_i18n::Lang;
use clap::{Args, Parser, Subcommand, ValueEnum};
use volvo_api::sources::{env, Given};

const EXIT_CODES: &str = "\
Exit status:
  0  success (for a command: Volvo answered COMPLETED, SUCCESS, DELIVERED or SENT)
  1  an error, including a wrong command line
  2  Volvo answered the command with any other status (e.g. VEHICLE_IN_SLEEP)

With --json, stdout holds exactly one JSON value (after the sign-in address that
`login --no-browser` prints first); an error is
  {\"error\": {\"kind\": \"<snake_case kind>\", \"message\": \"<plain words>\"}}";

// No Debug on this or GlobalArgs: they hold the key and token, and a stray `{:?}` in a log
// line must not be able to print them.
#[derive(Parser)]
#[command(
    name = "beacon",
    version,
    about = "Flash the lights or honk the horn of your Volvo from a terminal.",
    after_help = EXIT_CODES,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Cmd,
}

/// Settings every subcommand accepts. Secrets never have their env value shown in --help.
#[derive(Args, Default)]
pub struct GlobalArgs {
    /// Base URL of the Connected Vehicle API v2 [default: Volvo's, or what `beacon setup` stored].
    #[arg(long, env = env::API_URL, global = true, value_name = "URL")]
    pub api_url: Option<String>,

    /// Volvo ID authorization URL [default: Volvo's, or what `beacon setup` stored].
    #[arg(long, env = env::AUTH_URL, global = true, value_name = "URL")]
    pub auth_url: Option<String>,

    /// Volvo ID token URL [default: Volvo's, or what `beacon setup` stored].
    #[arg(long, env = env::TOKEN_URL, global = true, value_name = "URL")]
    pub token_url: Option<String>,

    /// Volvo ID token revocation URL (RFC 7009): `beacon logout` ends the sign-in there too
    /// [default: none, or what `beacon setup` stored].
    #[arg(long, env = env::REVOKE_URL, global = true, value_name = "URL")]
    pub revoke_url: Option<String>,

    /// Client id of your application (Volvo developer portal).
    #[arg(long, env = env::CLIENT_ID, global = true, value_name = "ID")]
    pub client_id: Option<String>,

    /// Client secret of your application (Volvo developer portal). `-` reads it from standard
    /// input; without a value it is asked for, unechoed.
    #[arg(
        long,
        env = env::CLIENT_SECRET,
        global = true,
        hide_env_values = true,
        num_args = 0..=1,
        default_missing_value = "",
        value_name = "SECRET"
    )]
    pub client_secret: Option<String>,

    /// VCC API key of your application (Volvo developer portal). `-`: from standard input.
    #[arg(
        long,
        env = env::API_KEY,
        global = true,
        hide_env_values = true,
        num_args = 0..=1,
        default_missing_value = "",
        value_name = "KEY"
    )]
    pub api_key: Option<String>,

    /// Secondary VCC API key, used once the primary's daily quota is spent.
    #[arg(
        long,
        env = env::SECONDARY_API_KEY,
        global = true,
        hide_env_values = true,
        num_args = 0..=1,
        default_missing_value = "",
        value_name = "KEY"
    )]
    pub secondary_api_key: Option<String>,

    /// A Volvo access token, e.g. a test access token from the developer portal. Used instead
    /// of the sign-in stored by `beacon login`.
    #[arg(
        long,
        env = env::ACCESS_TOKEN,
        global = true,
        hide_env_values = true,
        num_args = 0..=1,
        default_missing_value = "",
        value_name = "TOKEN"
    )]
    pub access_token: Option<String>,

    /// Print exactly one JSON value on stdout (errors too).
    #[arg(long, global = true)]
    pub json: bool,

    /// The language of the answers, progress and errors: en, sv or de (a locale name such as
    /// sv_SE.UTF-8 works too) [default: the system's; English for --json].
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// Log to stderr: -v info, -vv debug, -vvv trace (default: warnings). RUST_LOG wins if set.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    // Namespaces the keychain entries so tests never touch a user's real ones.
    #[arg(
        long,
        env = "BEACON_KEYCHAIN_PROFILE",
        global = true,
        hide = true,
        default_value = ""
    )]
    pub keychain_profile: String,
}

/// Beacon's languages only: anything else is a usage error rather than English in disguise.
fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::parse(tag).ok_or_else(|| {
        let spoken: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("Beacon speaks {}", spoken.join(", "))
    })
}

impl GlobalArgs {
    /// What this run was given, by flag or environment variable, for `volvo_api::sources`.
    pub fn given(&self) -> Given {
        Given {
            api_url: self.api_url.clone(),
            api_key: self.api_key.clone(),
            secondary_api_key: self.secondary_api_key.clone(),
            access_token: self.access_token.clone(),
            auth_url: self.auth_url.clone(),
            token_url: self.token_url.clone(),
            revoke_url: self.revoke_url.clone(),
            client_id: self.client_id.clone(),
            client_secret: self.client_secret.clone(),
        }
        .trimmed()
    }
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// List the cars on the account and what Beacon can do with each.
    Vehicles,
    /// Flash the turn signals.
    Flash(VinArg),
    /// Sound the horn.
    Honk(VinArg),
    /// Honk and flash together.
    HonkFlash(VinArg),
    /// Store your application's settings: secrets in the keychain, the rest in the config file.
    Setup(SetupArgs),
    /// Sign in with Volvo ID in the browser; Beacon then stays signed in until `beacon logout`.
    Login(LoginArgs),
    /// Whether you are signed in, and where Beacon keeps its settings and secrets.
    Status(StatusArgs),
    /// Sign out: remove every secret Beacon stored (the settings file stays).
    Logout,
    /// Run the Volvo simulator in the foreground and print settings that work against it.
    Sim(SimArgs),
}

/// How the browser comes back to `beacon login` after Volvo ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Redirect {
    /// A listener on http://127.0.0.1:PORT/callback receives it.
    Loopback,
    /// You paste the address the browser ended on.
    Paste,
}

#[derive(Debug, Args)]
pub struct SetupArgs {
    /// The way back from the browser `beacon login` uses from now on.
    #[arg(long, value_enum)]
    pub redirect: Option<Redirect>,

    /// Port of the loopback redirect URI registered with your application.
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,

    /// The https redirect URI registered with your application, for --redirect paste.
    #[arg(long, value_name = "URL")]
    pub paste_redirect_uri: Option<String>,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The way back from the browser [default: what `beacon setup` stored, else loopback].
    #[arg(long, value_enum)]
    pub redirect: Option<Redirect>,

    /// Loopback port; must match the redirect URI registered with your application
    /// [default: what `beacon setup` stored, else 53682]. 0 picks a free one.
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,

    /// Do not open a browser: print the sign-in address alone as the first line of stdout.
    #[arg(long)]
    pub no_browser: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Renew the access token once to prove the sign-in works, and show when it expires.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct VinArg {
    /// The car's VIN (17 letters and digits; see `beacon vehicles`).
    // A String, not a Vin: a bad VIN is an `invalid_vin` error, not a usage error.
    pub vin: String,
}

#[derive(Debug, Args)]
pub struct SimArgs {
    /// Port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    pub port: u16,

    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub bind: IpAddr,

    /// A scenario file instead of the built-in demo fleet.
    #[arg(long, value_name = "FILE")]
    pub scenario: Option<PathBuf>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn honk_flash_is_spelled_like_the_api_path() {
        let cli = Cli::try_parse_from(["beacon", "honk-flash", "YV1ABCDEFG1234567"]).unwrap();
        assert!(matches!(cli.command, Cmd::HonkFlash(_)));
    }

    #[test]
    fn lang_takes_codes_and_locale_names_and_refuses_other_languages() {
        let lang = |tag: &str| {
            Cli::try_parse_from(["beacon", "vehicles", "--lang", tag]).map(|c| c.global.lang)
        };
        assert_eq!(lang("sv").ok(), Some(Some(Lang::Sv)));
        assert_eq!(lang("de_AT.UTF-8").ok(), Some(Some(Lang::De)));
        let Err(e) = lang("fi") else {
            panic!("Finnish is not spoken");
        };
        assert!(e.to_string().contains("Beacon speaks en, sv, de"), "{e}");
    }

    #[test]
    fn global_flags_work_after_the_subcommand() {
        let cli = Cli::try_parse_from(["beacon", "vehicles", "--json", "-vv"]).unwrap();
        assert!(cli.global.json);
        assert_eq!(cli.global.verbose, 2);
    }
}
