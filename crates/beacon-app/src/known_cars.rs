//! The cars last seen for the signed-in account, kept in `known-cars.json` in the app data
//! directory so that the next start paints the tiles at once instead of after the ten-odd
//! Volvo calls a fleet costs. They are marked stale until the background fetch of that start
//! confirms them.
//!
//! Only what the tiles show is kept (VIN, model details, picture address, supported commands,
//! the last availability): never a token or a key. The file names the API it came from, so a
//! change of API (the simulator, another region) never shows another fleet's cars; a sign-out
//! removes it, and a sign-in to another account replaces it with that account's first fetch.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use url::Url;
use volvo_api::store::write_private;

use crate::fleet::{Car, CarSnapshot};
use crate::views::now_ms;

const FILE_NAME: &str = "known-cars.json";

pub struct KnownCars {
    path: Option<PathBuf>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct KnownCarsFile {
    /// The API base URL the cars were fetched from.
    api: String,
    /// ms since the epoch.
    saved_at: u64,
    cars: Vec<CarSnapshot>,
}

impl KnownCars {
    /// In `dir`, or nowhere (nothing is kept) without a data directory.
    pub fn in_dir(dir: Option<&Path>) -> Self {
        KnownCars {
            path: dir.map(|d| d.join(FILE_NAME)),
        }
    }

    /// The cars last seen at `api`, stale; none when there are none for it. A file that cannot
    /// be read is only a slower start: the cars are fetched as if it were not there.
    pub fn load(&self, api: &Url) -> Vec<Car> {
        let Some(path) = &self.path else {
            return Vec::new();
        };
        let file = match std::fs::read(path) {
            Ok(bytes) => match serde_json::from_slice::<KnownCarsFile>(&bytes) {
                Ok(file) => file,
                Err(e) => {
                    tracing::warn!(
                        "{} is not readable ({e}); the cars are fetched",
                        path.display()
                    );
                    return Vec::new();
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
            Err(e) => {
                tracing::warn!("cannot read {} ({e}); the cars are fetched", path.display());
                return Vec::new();
            }
        };
        if file.api != api.as_str() {
            tracing::info!("the known cars are from another API; the cars are fetched");
            return Vec::new();
        }
        file.cars.into_iter().map(Car::known).collect()
    }

    /// Keeps what was just fetched from `api`. A failure is logged: it only costs the next
    /// start its head start.
    pub fn save(&self, api: &Url, cars: &[Car]) {
        let Some(path) = &self.path else {
            return;
        };
        let file = KnownCarsFile {
            api: api.as_str().to_owned(),
            saved_at: now_ms(),
            cars: cars.iter().map(CarSnapshot::from).collect(),
        };
        let written = serde_json::to_vec(&file)
            .map_err(std::io::Error::other)
            .and_then(|bytes| write_private(path, &bytes));
        if let Err(e) = written {
            tracing::warn!("could not keep the cars in {} ({e})", path.display());
        }
    }

    /// After a sign-out: the next account must not see these cars, even for a moment.
    pub fn forget(&self) {
        let Some(path) = &self.path else {
            return;
        };
        match std::fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => tracing::warn!("could not remove {} ({e})", path.display()),
        }
    }
}
