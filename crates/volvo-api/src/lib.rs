//! Typed client for the Volvo Connected Vehicle API v2 (and, with sign-in, Volvo ID).
//!
//! No Tauri and no UI here: the desktop shell and the `beacon` CLI both stand on this crate.
//! What it guarantees callers:
//! - a VIN is validated before any URL is built ([`Vin`]);
//! - a command is sent at most once per call: never re-sent after a timeout, a 5xx or a
//!   dropped connection, and at most 10 go out per rolling minute ([`Error::RateLimited`]);
//! - unknown fields and enum values from Volvo are kept, not fatal ([`models`]);
//! - every failure is one [`Error`] variant a UI can put in plain words.

mod accessibility_words;
pub mod auth;
pub mod call_counter;
mod client;
pub mod command;
mod command_target;
pub mod decode;
pub mod error;
mod error_body;
pub mod http;
mod limiter;
pub mod models;
pub mod outcome;
mod secure_url;
pub mod sources;
pub use secure_url::https_or_loopback;
pub mod store;
pub mod token;
pub mod vin;

pub use call_counter::{CallCounter, CountAs, KeyCall, KeyFingerprint, KeyRole};
pub use client::{Client, ClientBuilder, CommandResult, DEFAULT_BASE_URL};
pub use command::Command;
pub use command_target::CommandTarget;
pub use error::{Error, ErrorKind};
pub use models::{
    Accessibility, Availability, CommandInfo, CommandName, InvokeStatus, UnavailableReason,
    VehicleDetails,
};
pub use outcome::{classify, classify_in, Outcome, OutcomeKind};
pub use token::{AccessToken, StaticToken, TokenSource};
pub use vin::Vin;
