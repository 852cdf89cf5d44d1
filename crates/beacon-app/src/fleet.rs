//! The cars of the current session, fetched once and kept in memory: the list, then each
//! car's details, command list and command accessibility, all at the same time. Availability
//! is refetched only when it is older than `availability_max_age` (5 minutes), because every
//! call counts against the user's 100-a-minute and 10,000-a-day limits.

use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use beacon_i18n::{t, Lang};
use futures_util::future::join_all;
use serde::{Deserialize, Serialize};
use volvo_api::{Accessibility, Availability, Client, Command, CommandInfo, VehicleDetails, Vin};

use crate::known_cars::KnownCars;
use crate::views::{now_ms, AvailabilityView};
use crate::AppError;

pub const AVAILABILITY_MAX_AGE: Duration = Duration::from_secs(5 * 60);

/// What is known about one car, before nicknames and command state are added for the page.
#[derive(Debug, Clone)]
pub struct Car {
    pub vin: Vin,
    /// `None` when the details could not be fetched: the tile still shows, with less on it.
    pub details: Option<VehicleDetails>,
    /// Supported light-and-sound commands, in `Command::ALL` order.
    pub commands: Vec<Command>,
    /// The car's own command list as Volvo sent it: where each command is sent (its `href`).
    pub command_list: Vec<CommandInfo>,
    pub missing_note: Option<String>,
    pub availability: Option<AvailabilityView>,
    availability_checked: Option<Instant>,
    /// Known from an earlier start ([`crate::known_cars`]) and not yet confirmed by Volvo.
    pub stale: bool,
}

impl Car {
    /// A car from an earlier start: shown at once, stale until this start's fetch, and its
    /// availability rechecked at the first chance.
    pub fn known(snapshot: CarSnapshot) -> Car {
        Car {
            stale: true,
            availability_checked: None,
            ..Car::from(snapshot)
        }
    }

    pub fn model(&self) -> Option<&str> {
        self.details.as_ref().and_then(|d| d.model())
    }

    pub fn exterior_image_url(&self) -> Option<&str> {
        self.details
            .as_ref()
            .and_then(|d| d.images.exterior_image_url.as_deref())
    }
}

/// A car as one process of the app hands it to the next (see [`crate::handoff`]): what was
/// fetched, so the next one knows the cars without an API call. Read like any other input.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarSnapshot {
    pub vin: Vin,
    pub details: Option<VehicleDetails>,
    pub commands: Vec<Command>,
    /// Absent from a snapshot of an older Beacon: its commands then go to the documented paths.
    #[serde(default)]
    pub command_list: Vec<CommandInfo>,
    pub missing_note: Option<String>,
    pub availability: Option<AvailabilityView>,
    /// How long before the snapshot availability was checked.
    pub availability_age_ms: Option<u64>,
}

impl CarSnapshot {
    /// The demo's pictures are served by its simulator, on a port of the process that ran it:
    /// handed over to a new process (with a simulator of its own), they are asked of the new
    /// one at `base_url` instead. Only addresses on this computer change.
    pub(crate) fn move_demo_pictures_to(&mut self, base_url: &str) {
        let Ok(base) = url::Url::parse(base_url) else {
            return;
        };
        let Some(images) = self.details.as_mut().map(|d| &mut d.images) else {
            return;
        };
        for address in [
            &mut images.exterior_image_url,
            &mut images.internal_image_url,
        ] {
            let Some(moved) = address
                .as_deref()
                .and_then(|a| url::Url::parse(a).ok())
                .filter(|a| a.host_str() == base.host_str() && a.scheme() == base.scheme())
                .and_then(|mut a| a.set_port(base.port()).ok().map(|()| a))
            else {
                continue;
            };
            *address = Some(moved.into());
        }
    }
}

impl From<&Car> for CarSnapshot {
    fn from(car: &Car) -> Self {
        CarSnapshot {
            vin: car.vin.clone(),
            details: car.details.clone(),
            commands: car.commands.clone(),
            command_list: car.command_list.clone(),
            missing_note: car.missing_note.clone(),
            availability: car.availability.clone(),
            availability_age_ms: car
                .availability_checked
                .map(|at| u64::try_from(at.elapsed().as_millis()).unwrap_or(u64::MAX)),
        }
    }
}

impl From<CarSnapshot> for Car {
    fn from(s: CarSnapshot) -> Self {
        // Only the commands Beacon sends, once each, in the order the page expects.
        let commands = Command::ALL
            .into_iter()
            .filter(|c| s.commands.contains(c))
            .collect();
        Car {
            vin: s.vin,
            details: s.details,
            commands,
            command_list: s.command_list,
            missing_note: s.missing_note,
            availability: s.availability,
            // An age that does not fit (a clock oddity) counts as never checked: rechecked.
            availability_checked: s
                .availability_age_ms
                .and_then(|ms| Instant::now().checked_sub(Duration::from_millis(ms))),
            stale: false,
        }
    }
}

pub struct Fleet {
    client: Client,
    /// Where an account's fetched cars are kept for the next start; `None` for the demo.
    known: Option<Arc<KnownCars>>,
    availability_max_age: Duration,
    cars: RwLock<Option<Vec<Car>>>,
    /// One fetch at a time, so the page and the tray asking together cost one round of calls.
    fetching: tokio::sync::Mutex<()>,
}

impl Fleet {
    pub fn new(client: Client, availability_max_age: Duration) -> Self {
        Fleet {
            client,
            known: None,
            availability_max_age,
            cars: RwLock::new(None),
            fetching: tokio::sync::Mutex::new(()),
        }
    }

    /// Keeps every fetched fleet in `known` for the next start.
    pub fn remembered_in(mut self, known: Arc<KnownCars>) -> Self {
        self.known = Some(known);
        self
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Whether the cache holds cars from an earlier start that Volvo has not confirmed yet.
    pub fn is_stale(&self) -> bool {
        self.cars
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .is_some_and(|cars| cars.iter().any(|c| c.stale))
    }

    /// Fills the cache with cars known from elsewhere (a handoff), so no fetch is needed.
    pub fn seed(&self, cars: Vec<Car>) {
        *self.cars.write().unwrap_or_else(|p| p.into_inner()) = Some(cars);
    }

    /// What is cached, without waiting for anything.
    pub fn cached(&self) -> Option<Vec<Car>> {
        self.cars.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub fn car(&self, vin: &Vin) -> Option<Car> {
        self.cars
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()?
            .iter()
            .find(|c| &c.vin == vin)
            .cloned()
    }

    /// The cars, from the cache unless `refresh` or nothing is cached yet.
    pub async fn cars(&self, refresh: bool) -> Result<Vec<Car>, AppError> {
        if !refresh {
            if let Some(cars) = self.cached() {
                return Ok(cars);
            }
        }
        let _one_at_a_time = self.fetching.lock().await;
        // Whoever held the lock before may just have fetched what this caller wants.
        if !refresh {
            if let Some(cars) = self.cached() {
                return Ok(cars);
            }
        }
        let vins = self.client.list_vehicles().await?;
        let cars = join_all(vins.into_iter().map(|vin| self.fetch_car(vin))).await;
        *self.cars.write().unwrap_or_else(|p| p.into_inner()) = Some(cars.clone());
        if let Some(known) = &self.known {
            known.save(self.client.base_url(), &cars);
        }
        Ok(cars)
    }

    /// Rechecks availability of the cars whose last check is older than the limit (all of them
    /// when `force`). Loads the cars first if needed.
    pub async fn refresh_availability(&self, force: bool) -> Result<Vec<Car>, AppError> {
        let cars = self.cars(false).await?;
        let _one_at_a_time = self.fetching.lock().await;
        let now = Instant::now();
        let due: Vec<Vin> = cars
            .iter()
            .filter(|c| {
                force
                    || c.availability_checked
                        .is_none_or(|at| now.duration_since(at) >= self.availability_max_age)
            })
            .map(|c| c.vin.clone())
            .collect();
        if due.is_empty() {
            return Ok(self.cached().unwrap_or(cars));
        }
        let checked = join_all(due.into_iter().map(|vin| async move {
            let view = self.fetch_availability(&vin).await;
            (vin, view)
        }))
        .await;
        let mut guard = self.cars.write().unwrap_or_else(|p| p.into_inner());
        let Some(cars) = guard.as_mut() else {
            return Ok(Vec::new());
        };
        for (vin, view) in checked {
            if let Some(car) = cars.iter_mut().find(|c| c.vin == vin) {
                car.availability = Some(view);
                car.availability_checked = Some(now);
            }
        }
        Ok(cars.clone())
    }

    async fn fetch_car(&self, vin: Vin) -> Car {
        let (details, commands, availability) = tokio::join!(
            self.client.vehicle_details(&vin),
            self.client.commands(&vin),
            self.fetch_availability(&vin),
        );
        let details = details
            .inspect_err(|e| {
                tracing::warn!(vin = %vin.masked(), kind = e.kind(), "vehicle details unavailable");
            })
            .ok();
        let command_list = commands.as_ref().cloned().unwrap_or_default();
        let (commands, missing_note) = match commands {
            Ok(list) => {
                let offered: Vec<Command> = list
                    .iter()
                    .filter_map(|info| info.command.as_command())
                    .collect();
                let supported: Vec<Command> = Command::ALL
                    .into_iter()
                    .filter(|c| offered.contains(c))
                    .collect();
                let note = missing_note(&supported, crate::words::language());
                (supported, note)
            }
            Err(e) => {
                tracing::warn!(vin = %vin.masked(), kind = e.kind(), "command list unavailable");
                let lang = crate::words::language();
                let problem = e.message(lang);
                (
                    Vec::new(),
                    Some(t!(lang, "car-commands-unreadable", problem = problem)),
                )
            }
        };
        Car {
            vin,
            details,
            commands,
            command_list,
            missing_note,
            availability: Some(availability),
            availability_checked: Some(Instant::now()),
            stale: false,
        }
    }

    async fn fetch_availability(&self, vin: &Vin) -> AvailabilityView {
        match self.client.command_accessibility(vin).await {
            Ok(a) => availability_view(&a, crate::words::language()),
            Err(e) => {
                tracing::warn!(vin = %vin.masked(), kind = e.kind(), "command accessibility unavailable");
                let lang = crate::words::language();
                AvailabilityView {
                    available: None,
                    text: t!(lang, "car-not-checked"),
                    detail: t!(lang, "availability-check-failed", problem = e.message(lang)),
                    checked_at: None,
                }
            }
        }
    }
}

/// The car's readiness in `lang`: the cache keeps it as shown, in the process's language.
fn availability_view(a: &Accessibility, lang: Lang) -> AvailabilityView {
    AvailabilityView {
        available: match a.availability {
            Availability::Available => Some(true),
            Availability::Unavailable => Some(false),
            _ => None,
        },
        text: a.label_in(lang),
        detail: a.describe_in(lang),
        checked_at: Some(now_ms()),
    }
}

/// One line on why honk/flash buttons are absent; `None` when all three are there.
pub fn missing_note(supported: &[Command], lang: Lang) -> Option<String> {
    let missing: Vec<&str> = Command::ALL
        .into_iter()
        .filter(|c| !supported.contains(c))
        .map(crate::words::command)
        .collect();
    // The catalog's `$missing`: the absent commands, in the order of `Command::ALL`.
    let missing = match missing.len() {
        0 => return None,
        3 => "all".to_owned(),
        _ => missing.join("-or-"),
    };
    Some(t!(lang, "car-missing-commands", missing = missing))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_note_names_what_is_absent() {
        assert_eq!(missing_note(&Command::ALL, Lang::En), None);
        assert!(missing_note(&[], Lang::En)
            .unwrap()
            .contains("honk or flash"));
        assert_eq!(
            missing_note(&[Command::Flash, Command::HonkAndFlash], Lang::En).unwrap(),
            "Volvo does not offer honking for this car."
        );
        assert_eq!(
            missing_note(&[Command::HonkAndFlash], Lang::En).unwrap(),
            "Volvo does not offer flashing the lights or honking for this car."
        );
        assert_eq!(
            missing_note(&[Command::Flash, Command::HonkAndFlash], Lang::Sv).unwrap(),
            "Den här bilen kan inte tuta via Volvo."
        );
    }
}
