use std::net::SocketAddr;
use std::path::PathBuf;

/// Everything that can stop a scenario from loading or the simulator from starting.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error("cannot read scenario file {}: {source}", path.display())]
    ReadScenario {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("scenario file {} must end in .toml or .json", path.display())]
    ScenarioFormat { path: PathBuf },
    #[error("{origin} is not a valid scenario: {message}")]
    ParseScenario { origin: String, message: String },
    #[error("invalid scenario: {0}")]
    InvalidScenario(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
}
