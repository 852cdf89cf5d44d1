//! Where Beacon keeps things: secrets in the OS keychain (never a plain file), non-secret
//! settings in a config file, and the token manager that ties sign-in to the client.

mod call_budget;
mod call_counts;
mod chunked;
mod file_lock;
mod keychain;
mod memory;
mod open;
mod private_files;
mod refresh_lock;
mod renewal_record;
#[cfg(target_os = "linux")]
mod secret_service;
mod secrets;
mod settings;
mod token_manager;
mod token_refresh;
mod token_state;

pub use call_budget::{thousands_in, Budget, KeyBudget, DAILY_QUOTA, WARN_AT};
pub use call_counts::{
    next_utc_midnight, utc_day, Clock, DayCounts, FileCallCounter, KeyCount, CALL_COUNT_FILE,
};
pub use file_lock::HeldLock;
pub use keychain::KeychainStore;
pub use memory::{backend_name, MemoryStore};
pub use open::open_secret_store;
pub use private_files::{create_private_dir_all, set_aside, write_private};
pub use refresh_lock::RefreshLock;
pub use renewal_record::{
    idle_explanation, idle_explanation_in, RenewalRecord, RENEW_EVERY, VOLVO_ID_IDLE_LIMIT,
};
pub use secrets::{SecretName, SecretStore, KEYCHAIN_SERVICE};
pub use settings::{
    config_dir, data_dir, AppPart, Loaded, RedirectMode, SetAside, Settings, SettingsOf,
    SETTINGS_FILE,
};
pub use token_manager::{TokenManager, TokenStatus, DEFAULT_REFRESH_MARGIN};
pub use token_state::AuthState;
