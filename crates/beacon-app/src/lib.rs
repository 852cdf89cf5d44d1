//! The desktop app's logic, without Tauri: the shell (`src-tauri`) stays thin wiring over
//! [`Core`], and everything here is tested over real sockets against the simulator.
//!
//! - [`Core`] holds the current session and coordinates the parts below; it is the only one
//!   that knows them all, and none of them knows it;
//! - [`session`]: demo (in-process simulator) or account (environment, keychain, settings);
//! - `sign_in`: Volvo ID sign-in by deep link, loopback or pasted address; `setup`: what the
//!   user set up (keys, client, shortcut); `settings_file`: the settings shared with the CLI;
//! - [`fleet`]: the cars, fetched concurrently and cached; availability at most every 5 min;
//! - [`dispatch`]: one command per car in flight; started/finished events;
//! - [`history`]: the last 50 outcomes on disk, no secrets;
//! - [`handoff`]: what a restarted (tray-only) process of the app takes over;
//! - [`renewal`]: an idle Volvo ID sign-in renewed every 3 days, before Volvo ends it;
//! - [`renderer_deaths`]: reload the page when its renderer dies, ask after a few deaths;
//! - [`images`]: car pictures as `data:` URLs, cached on disk;
//! - [`shortcut_press`]: what a press of the global shortcut does;
//! - [`tray_menu`]: what the tray menu says, for the window's process and the tray-only one;
//! - [`views`]: the payloads of docs/ipc.md; [`input`]: checks for everything the page sends.

mod core;
pub mod dispatch;
mod error;
pub mod fleet;
pub mod handoff;
pub mod history;
pub mod images;
pub mod input;
pub mod known_cars;
pub mod last_answer;
mod outcome_words;
mod picture_size;
mod prefs;
pub mod renderer_deaths;
pub mod renewal;
pub mod second_yes;
pub mod session;
mod settings_file;
mod setup;
pub mod shortcut_press;
mod sign_in;
pub mod tray_menu;
pub mod views;
pub mod words;

pub use crate::core::{Core, Options};
pub use error::{AppError, AppErrorKind};
pub use setup::DEFAULT_SHORTCUT;
pub use views::AppEvent;
