//! `beacon sim`: the Volvo simulator in the foreground, with settings that work against it
//! printed first so a script can `eval` them (or parse the one JSON line) and carry on.

use std::net::SocketAddr;
use std::time::Duration;

use beacon_i18n::{t, Lang};
use serde::Serialize;
use volvo_api::sources::env;
use volvo_sim::{MintOptions, Scenario, Sim, SimHandle};

use crate::args::SimArgs;
use crate::error::CliError;
use crate::output::{self, Format};
use crate::Finished;

/// Long enough for a working day of scripts against one simulator run; Volvo's real tokens
/// last 5 minutes, but this one cannot be refreshed and belongs to a throwaway simulator.
const TOKEN_TTL: Duration = Duration::from_secs(12 * 3600);

pub async fn run(format: Format, args: SimArgs) -> Result<Finished, CliError> {
    let scenario = match &args.scenario {
        Some(path) => Scenario::from_path(path).map_err(|e| CliError::Sim(e.to_string()))?,
        None => Scenario::demo(),
    };
    let handle = Sim::builder()
        .scenario(scenario)
        .bind(SocketAddr::new(args.bind, args.port))
        .start()
        .await
        .map_err(|e| CliError::Sim(e.to_string()))?;
    let info = SimInfo::from_handle(&handle);
    // These are the simulator's own throwaway credentials: printing them is the point.
    let text = if format.json {
        output::json_line(&info)
    } else {
        info.shell_lines(format.lang)
    };
    output::write_stdout(&text)?;
    if format.json {
        eprintln!("{}", t!(format.lang, "sim-running", url = &info.url));
    }
    wait_for_stop_signal().await?;
    tracing::info!("stopping the simulator");
    handle.shutdown().await;
    Ok(Finished::Success)
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SimInfo {
    url: String,
    api_url: String,
    api_key: String,
    access_token: String,
    access_token_expires_in: u64,
    auth_url: String,
    token_url: String,
    client_id: String,
    client_secret: String,
}

impl SimInfo {
    fn from_handle(handle: &SimHandle) -> Self {
        SimInfo {
            url: handle.base_url().to_string(),
            api_url: handle.api_url().to_string(),
            api_key: handle.api_key().to_string(),
            access_token: handle.mint_access_token(MintOptions {
                ttl: Some(TOKEN_TTL),
                ..Default::default()
            }),
            access_token_expires_in: TOKEN_TTL.as_secs(),
            auth_url: handle.auth_url().to_string(),
            token_url: handle.token_url().to_string(),
            client_id: handle.client_id().to_string(),
            client_secret: handle.client_secret().to_string(),
        }
    }

    /// Lines a shell can `eval`: the words are comments.
    fn shell_lines(&self, lang: Lang) -> String {
        let exports = [
            (env::API_URL, &self.api_url),
            (env::API_KEY, &self.api_key),
            (env::ACCESS_TOKEN, &self.access_token),
            (env::AUTH_URL, &self.auth_url),
            (env::TOKEN_URL, &self.token_url),
            (env::CLIENT_ID, &self.client_id),
            (env::CLIENT_SECRET, &self.client_secret),
        ];
        let mut text = format!("{}\n", t!(lang, "sim-header", url = &self.url));
        for (name, value) in exports {
            text.push_str(&format!("export {name}={}\n", shell_quote(value)));
        }
        text.push_str(&t!(lang, "sim-footer"));
        text.push('\n');
        text
    }
}

/// Leaves plain values readable and quotes anything a shell could misread.
fn shell_quote(value: &str) -> String {
    let plain = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.,:/@%+=".contains(c));
    if plain {
        value.to_owned()
    } else {
        format!("'{}'", value.replace('\'', r"'\''"))
    }
}

/// Ctrl-C, or SIGTERM from a script or service manager stopping the simulator.
async fn wait_for_stop_signal() -> Result<(), CliError> {
    let no_signals = CliError::SimSignals;
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = signal(SignalKind::terminate()).map_err(no_signals)?;
        tokio::select! {
            r = tokio::signal::ctrl_c() => r.map_err(no_signals)?,
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    tokio::signal::ctrl_c().await.map_err(no_signals)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_quoting_is_safe_for_eval() {
        assert_eq!(
            shell_quote("http://127.0.0.1:8080/x"),
            "http://127.0.0.1:8080/x"
        );
        assert_eq!(shell_quote("a b"), "'a b'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote("$(rm -rf /)"), "'$(rm -rf /)'");
        assert_eq!(shell_quote(""), "''");
    }
}
