//! A faithful stand-in for Volvo ID (OAuth 2.0 with PKCE, rotating refresh tokens) and the
//! Connected Vehicle API v2, for tests, benchmarks and the app's demo mode.
//!
//! ```no_run
//! # async fn demo() -> Result<(), volvo_sim::SimError> {
//! use volvo_sim::{MintOptions, Scenario, Sim};
//! let sim = Sim::builder().scenario(Scenario::demo()).start().await?;
//! let token = sim.mint_access_token(MintOptions::default());
//! // GET {sim.api_url()}/vehicles with `authorization: Bearer {token}` and
//! // `vcc-api-key: {sim.api_key()}` lists the demo fleet.
//! # let _ = token;
//! sim.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! What it serves, besides the real paths: car pictures under `/images/` (browser-like
//! User-Agent required, as on Volvo's image hosts), and `/_sim/*` to steer it over HTTP:
//! `POST|DELETE|GET /_sim/faults`, `GET|DELETE /_sim/requests`, `POST /_sim/tokens`,
//! `PUT /_sim/quota`, `GET /_sim/health`. The scenario format is documented on [`Scenario`].

// Handlers return `Result<Response, Response>` (early exits with `?`), the usual axum idiom;
// the error side is built once per request on its way out, so its size does not matter.
#![allow(clippy::result_large_err)]

mod admin;
mod api;
mod api_path;
mod artwork;
mod bodies;
mod clock;
mod commands;
mod error;
mod faults;
mod front;
mod gate;
mod grants;
mod handle;
mod images;
mod log;
mod png_file;
mod quota;
mod ratelimit;
mod scenario;
mod server;
mod state;
mod tokens;
mod volvo_id;

pub use error::SimError;
pub use faults::{Fault, FaultAction};
pub use handle::{MintOptions, Sim, SimBuilder, SimHandle};
pub use log::RequestRecord;
pub use scenario::{AccessibilityShape, Application, Behaviour, Scenario, Vehicle};
pub use state::PRODUCT_SCOPES;
