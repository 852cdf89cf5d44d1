//! `beacon login`: Volvo ID in the browser, the answer back by loopback or by paste, the code
//! exchanged, and the refresh token kept in the keychain for every later run.

use std::time::{Duration, SystemTime};

use beacon_i18n::{t, Lang};
use serde::Serialize;
use volvo_api::auth::{LoopbackListener, SignInRequest, DEEP_LINK_REDIRECT, DEFAULT_LOOPBACK_PORT};
use volvo_api::sources::non_blank;
use volvo_api::store::{RedirectMode, Settings};

use crate::args::{GlobalArgs, LoginArgs, Redirect};
use crate::error::{CliError, Refused};
use crate::keychain::blocking;
use crate::library_words::{self, keychain_name};
use crate::output::{self, expiry_words, unix_seconds, Format, Report};
use crate::settings::Sources;
use crate::{account, browser, Finished};

/// Long enough to type a password and approve; a forgotten terminal gives up on its own.
const CALLBACK_TIMEOUT: Duration = Duration::from_secs(5 * 60);

pub async fn run(
    global: &GlobalArgs,
    format: Format,
    args: &LoginArgs,
) -> Result<Finished, CliError> {
    let lang = format.lang;
    let sources = Sources::new(global, lang);
    let volvo_id = account::volvo_id(&sources).await?;
    // Before the browser opens: a sign-in that cannot be kept is not worth the user's time.
    let keychain = sources.keychain().await?;
    keychain.lasting(Refused::Login)?;
    let callback = match way_back(args, sources.stored()?) {
        WayBack::Loopback { port } => {
            let listener = LoopbackListener::bind(port).await?;
            let request = volvo_id.start_sign_in(&listener.redirect_uri())?;
            show(&request, args.no_browser, lang).await?;
            let waiting = t!(
                lang,
                "login-waiting",
                duration = library_words::duration(CALLBACK_TIMEOUT, lang),
                address = &request.redirect_uri
            );
            eprintln!("{waiting}");
            listener
                .wait(CALLBACK_TIMEOUT, |url| volvo_id.check_callback(url))
                .await?
        }
        WayBack::Paste { redirect_uri } => {
            let request = volvo_id.start_sign_in(&redirect_uri)?;
            show(&request, args.no_browser, lang).await?;
            let paste = t!(lang, "login-paste-here", address = &redirect_uri);
            eprintln!("{paste}");
            read_pasted_address(format.answer_lang()).await?
        }
    };
    let tokens = volvo_id.complete_sign_in(&callback).await?;
    let manager = account::token_manager(volvo_id, keychain);
    let status = blocking(move || {
        manager.sign_in(tokens)?;
        Ok(manager.status())
    })
    .await?;
    format.report(&SignedIn {
        signed_in: true,
        keychain: status.backend,
        access_token_expires_at: status.access_token_expires_at.map(unix_seconds),
        expires: status.access_token_expires_at,
    })?;
    Ok(Finished::Success)
}

#[derive(Debug, PartialEq, Eq)]
enum WayBack {
    Loopback { port: u16 },
    Paste { redirect_uri: String },
}

fn way_back(args: &LoginArgs, stored: &Settings) -> WayBack {
    let redirect = args.redirect.unwrap_or(match stored.redirect_mode {
        // A terminal cannot receive the deep link; the user pastes it instead.
        Some(RedirectMode::Paste | RedirectMode::DeepLink) => Redirect::Paste,
        Some(RedirectMode::Loopback) | None => Redirect::Loopback,
    });
    match redirect {
        Redirect::Loopback => WayBack::Loopback {
            port: args
                .port
                .or(stored.loopback_port)
                .unwrap_or(DEFAULT_LOOPBACK_PORT),
        },
        Redirect::Paste => WayBack::Paste {
            redirect_uri: non_blank(stored.paste_redirect_uri.as_deref())
                .unwrap_or_else(|| DEEP_LINK_REDIRECT.to_owned()),
        },
    }
}

/// Puts the sign-in page in front of the user. `--no-browser` makes the address the first
/// stdout line, alone, for a script (or a person on another machine) to open.
async fn show(request: &SignInRequest, no_browser: bool, lang: Lang) -> Result<(), CliError> {
    let url = &request.authorize_url;
    if no_browser {
        output::write_stdout(&format!("{url}\n"))?;
        eprintln!("{}", t!(lang, "login-open-above"));
        return Ok(());
    }
    let words = match browser::open(url).await {
        Ok(()) => t!(lang, "login-browser-opening"),
        Err(why) => t!(lang, "login-no-browser", reason = why.words(lang)),
    };
    eprintln!("{words}\n{url}");
    Ok(())
}

/// The first non-blank line on stdin. Its end without one means the user gave up, which is
/// said in `lang`, the language of the error.
async fn read_pasted_address(lang: Lang) -> Result<String, CliError> {
    let line = tokio::task::spawn_blocking(|| -> std::io::Result<Option<String>> {
        let stdin = std::io::stdin();
        let mut line = String::new();
        loop {
            line.clear();
            if stdin.read_line(&mut line)? == 0 {
                return Ok(None);
            }
            if !line.trim().is_empty() {
                return Ok(Some(line));
            }
        }
    })
    .await
    .map_err(|e| CliError::PasteStopped(e.to_string()))?
    .map_err(CliError::PasteUnreadable)?;
    line.ok_or_else(|| {
        volvo_api::Error::SignInCancelled {
            description: Some(t!(lang, "login-nothing-pasted")),
        }
        .into()
    })
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SignedIn {
    signed_in: bool,
    keychain: &'static str,
    /// Unix seconds.
    access_token_expires_at: Option<u64>,
    #[serde(skip)]
    expires: Option<SystemTime>,
}

impl Report for SignedIn {
    fn human(&self, lang: Lang) -> String {
        let keychain = keychain_name(self.keychain, lang);
        let text = match self.expires {
            Some(at) => t!(
                lang,
                "login-signed-in-expiry",
                keychain = keychain,
                expiry = expiry_words(at, lang)
            ),
            None => t!(lang, "login-signed-in", keychain = keychain),
        };
        format!("{text}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(redirect: Option<Redirect>, port: Option<u16>) -> LoginArgs {
        LoginArgs {
            redirect,
            port,
            no_browser: true,
        }
    }

    #[test]
    fn flags_win_over_stored_choices_which_win_over_defaults() {
        let none = Settings::default();
        assert_eq!(
            way_back(&args(None, None), &none),
            WayBack::Loopback {
                port: DEFAULT_LOOPBACK_PORT
            }
        );
        let stored = Settings {
            redirect_mode: Some(RedirectMode::Paste),
            loopback_port: Some(8123),
            paste_redirect_uri: Some(" https://example.com/back \n".into()),
            ..Settings::default()
        };
        assert_eq!(
            way_back(&args(None, None), &stored),
            WayBack::Paste {
                redirect_uri: "https://example.com/back".into()
            }
        );
        assert_eq!(
            way_back(&args(Some(Redirect::Loopback), None), &stored),
            WayBack::Loopback { port: 8123 }
        );
        assert_eq!(
            way_back(&args(Some(Redirect::Loopback), Some(9)), &stored),
            WayBack::Loopback { port: 9 }
        );
        assert_eq!(
            way_back(&args(Some(Redirect::Paste), None), &none),
            WayBack::Paste {
                redirect_uri: DEEP_LINK_REDIRECT.into()
            }
        );
        let deep_link = Settings {
            redirect_mode: Some(RedirectMode::DeepLink),
            ..Settings::default()
        };
        assert_eq!(
            way_back(&args(None, None), &deep_link),
            WayBack::Paste {
                redirect_uri: DEEP_LINK_REDIRECT.into()
            }
        );
    }
}
