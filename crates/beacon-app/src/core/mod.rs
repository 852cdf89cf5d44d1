//! [`Core`]: everything the desktop app knows and does, behind the methods the shell's IPC
//! commands, tray and shortcut call. All state lives here, so closing the window (which
//! destroys the webview) loses nothing.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use beacon_i18n::{t, Lang, Words};
use tokio::sync::broadcast;
use volvo_api::sources::Given;
use volvo_api::store::{open_secret_store, SecretStore};
use volvo_api::{Command, Vin};

use crate::dispatch::Dispatcher;
use crate::fleet::{Car, Fleet, AVAILABILITY_MAX_AGE};
use crate::handoff::{Handoff, Stay};
use crate::history::History;
use crate::images::ImageCache;
use crate::known_cars::KnownCars;
use crate::renewal::IdleRenewal;
use crate::session::{start_demo, Auth, Demo, Session};
use crate::settings_file::SettingsFile;
use crate::setup::Setup;
use crate::sign_in::SignIn;
use crate::views::{
    AppEvent, AppState, HistoryEntry, KeyCheck, Mode, Outcome, SetupStatus, ShortcutView, Vehicle,
};
use crate::AppError;

mod accounts;
mod sessions;

/// Enough for a burst of command events while the shell is busy; a lagging receiver only
/// misses events, the state itself stays right here.
const EVENT_CAPACITY: usize = 256;

/// How the app starts.
#[derive(Clone)]
pub struct Options {
    /// `--demo`: demo mode whatever is stored.
    pub force_demo: bool,
    pub env: Given,
    /// Where `settings.toml` lives; `None` = volvo-api's `config_dir()` (honours
    /// `BEACON_CONFIG_DIR`).
    pub config_dir: Option<PathBuf>,
    /// Where the history and the picture cache live; `None` = volvo-api's `data_dir()`
    /// (honours `BEACON_DATA_DIR`).
    pub data_dir: Option<PathBuf>,
    /// `None` = the OS keychain, or a session-only store when there is none.
    pub secret_store: Option<Arc<dyn SecretStore>>,
    pub availability_max_age: Duration,
    /// The cars a previous process of the app knew (see [`crate::handoff`]): used instead of
    /// fetching them again when the mode is the same.
    pub handoff: Option<Handoff>,
    /// When an idle Volvo ID sign-in is renewed.
    pub idle_renewal: IdleRenewal,
}

impl Options {
    /// The real app: process environment, OS directories and keychain.
    pub fn from_env(force_demo: bool) -> Self {
        Options {
            force_demo,
            env: Given::from_env(),
            config_dir: None,
            data_dir: None,
            secret_store: None,
            availability_max_age: AVAILABILITY_MAX_AGE,
            handoff: None,
            idle_renewal: IdleRenewal::default(),
        }
    }
}

pub struct Core {
    env: Given,
    idle_renewal: IdleRenewal,
    store: Arc<dyn SecretStore>,
    settings: SettingsFile,
    session: RwLock<Arc<Session>>,
    /// Serializes session changes (sign-in, sign-out, demo) so two cannot interleave.
    switching: tokio::sync::Mutex<()>,
    /// The demo's simulator while the demo is (or was last) the mode; stopped on leaving it.
    demo: tokio::sync::Mutex<Option<Demo>>,
    dispatch: Arc<Dispatcher>,
    history: Arc<History>,
    /// The account's cars as last fetched, for the next start.
    known_cars: Arc<KnownCars>,
    images: ImageCache,
    events: broadcast::Sender<AppEvent>,
    /// Lasting facts, e.g. unreadable settings: shown until the app quits.
    standing_notice: Vec<Words>,
    /// "No keychain": said when it matters, in an account (the demo keeps no secrets).
    keychain_problem: Option<Words>,
    /// The latest one-off message, e.g. a sign-in that did not finish.
    notice: Mutex<Option<Words>>,
    availability_max_age: Duration,
    next_session_id: Mutex<u64>,
    sign_in: SignIn,
}

impl Core {
    /// Opens the stores, picks the mode and starts loading the cars in the background.
    pub async fn start(options: Options) -> Result<Arc<Core>, AppError> {
        let mut standing = Vec::new();
        let mut keychain_problem = None;
        let store = match options.secret_store.clone() {
            Some(store) => store,
            None => {
                let (store, problem) = tokio::task::spawn_blocking(|| open_secret_store(""))
                    .await
                    .map_err(|e| {
                        AppError::storage(e.to_string(), |lang, e| {
                            t!(lang, "storage-keychain-not-opened", detail = e)
                        })
                    })?;
                keychain_problem = problem.map(crate::words::of_api_error);
                store
            }
        };
        let config_dir = options
            .config_dir
            .clone()
            .or_else(|| volvo_api::store::config_dir().ok());
        let (settings, problem) = SettingsFile::load(config_dir);
        standing.extend(problem);
        // One this Beacon does not speak (written by a newer one) counts as none.
        let chosen = settings.get().app.language.as_deref().and_then(Lang::parse);
        crate::words::choose(chosen);
        let data_dir = options
            .data_dir
            .clone()
            .or_else(|| volvo_api::store::data_dir().ok());
        let history = Arc::new(match &data_dir {
            Some(dir) => History::open(dir),
            None => History::in_memory(),
        });
        let (events, _) = broadcast::channel(EVENT_CAPACITY);
        let dispatch = Arc::new(Dispatcher::new(Arc::clone(&history), events.clone()));
        let mut demo = None;
        let account = if options.force_demo {
            None
        } else {
            let (account, problem) = crate::session::stored_account(
                &options.env,
                &settings.snapshot(),
                settings.dir(),
                &store,
                &options.idle_renewal,
            )
            .await;
            standing.extend(problem);
            account
        };
        let known_cars = Arc::new(KnownCars::in_dir(data_dir.as_deref()));
        let fleet = |client| Fleet::new(client, options.availability_max_age);
        let initial = match account {
            Some(account) => Session {
                id: 1,
                mode: Mode::Account,
                auth: account.auth,
                fleet: Arc::new(fleet(account.client).remembered_in(Arc::clone(&known_cars))),
                tokens: account.tokens,
                signed_out_reason: None,
            },
            None => {
                let demo = demo.insert(start_demo().await?);
                Session {
                    id: 1,
                    mode: Mode::Demo,
                    auth: Auth::Demo,
                    fleet: Arc::new(fleet(demo.client.clone())),
                    tokens: Arc::clone(&demo.tokens),
                    signed_out_reason: None,
                }
            }
        };
        if let Some(handoff) = options.handoff {
            if handoff.mode == initial.mode {
                tracing::info!(
                    cars = handoff.cars.len(),
                    "took the cars over from the previous process"
                );
                let mut cars = handoff.cars;
                if let Some(demo) = &demo {
                    for car in &mut cars {
                        car.move_demo_pictures_to(&demo.sim.base_url());
                    }
                }
                initial
                    .fleet
                    .seed(cars.into_iter().map(Car::from).collect());
            } else {
                tracing::info!("the previous process was in another mode: the cars are fetched");
            }
        } else if initial.mode == Mode::Account {
            let known = known_cars.load(initial.fleet.client().base_url());
            if !known.is_empty() {
                tracing::info!(
                    cars = known.len(),
                    "showing the cars known from the last start until Volvo confirms them"
                );
                initial.fleet.seed(known);
            }
        }
        let initial = Arc::new(initial);
        let core = Arc::new(Core {
            env: options.env.clone(),
            store,
            settings,
            session: RwLock::new(Arc::clone(&initial)),
            switching: tokio::sync::Mutex::new(()),
            demo: tokio::sync::Mutex::new(demo),
            dispatch,
            history,
            known_cars,
            images: ImageCache::new(data_dir.map(|d| d.join("car-pictures"))),
            events,
            standing_notice: standing,
            keychain_problem,
            notice: Mutex::new(None),
            availability_max_age: options.availability_max_age,
            idle_renewal: options.idle_renewal,
            next_session_id: Mutex::new(1),
            sign_in: Default::default(),
        });
        tracing::info!(mode = ?initial.mode, "Volvo Beacon started");
        core.activate(initial);
        Ok(core)
    }

    /// Every event for the page (and the tray). Each subscriber gets its own copy.
    pub fn subscribe(&self) -> broadcast::Receiver<AppEvent> {
        self.events.subscribe()
    }

    pub fn app_state(&self) -> AppState {
        let session = self.session();
        let keychain = (session.mode != Mode::Demo)
            .then(|| self.keychain_problem.clone())
            .flatten();
        let lang = self.language();
        let notice = self
            .lock_notice()
            .iter()
            .chain(&self.standing_notice)
            .chain(keychain.iter())
            .map(|words| words.in_lang(lang))
            .collect::<Vec<_>>();
        let ask_before_honking = self.settings.get().app.ask_before_honking;
        let chosen = crate::words::chosen();
        AppState {
            mode: session.mode,
            signed_in: session.mode == Mode::Account,
            signed_out_reason: session
                .signed_out_reason
                .as_ref()
                .map(|reason| reason.in_lang(lang)),
            notice: (!notice.is_empty()).then(|| notice.join(" ")),
            keychain: volvo_api::store::backend_name(self.store.backend(), lang),
            ask_before_honking,
            language: lang.code(),
            language_setting: chosen.map_or("system", Lang::code),
            system_language: crate::words::system_language().code(),
        }
    }

    /// Whether Volvo ID ended the sign-in (the cars stay known, but nothing can be sent).
    pub fn signed_out(&self) -> bool {
        self.session().mode == Mode::SignedOut
    }

    /// The language to show words in (the page, tray menu, notifications, the shortcut's
    /// answers): the one chosen in Account & setup, else the system's.
    pub fn language(&self) -> Lang {
        crate::words::language()
    }

    /// Chooses the language (`None`: the system's); every window and the tray hear it with
    /// `auth-changed`.
    pub fn set_language(&self, language: Option<Lang>) -> Result<AppState, AppError> {
        self.settings
            .update(|s| s.app.language = language.map(|l| l.code().to_owned()))?;
        crate::words::choose(language);
        let state = self.app_state();
        self.emit(AppEvent::AuthChanged(state.clone()));
        Ok(state)
    }

    /// Whether `command` waits for a second yes: honking with "Ask before honking" on.
    pub fn asks_first(&self, command: Command) -> bool {
        command != Command::Flash && self.settings.get().app.ask_before_honking
    }

    /// Turns "Ask before honking" on or off; every window hears it with `auth-changed`.
    pub fn set_ask_before_honking(&self, enabled: bool) -> Result<AppState, AppError> {
        self.settings
            .update(|s| s.app.ask_before_honking = enabled)?;
        let state = self.app_state();
        self.emit(AppEvent::AuthChanged(state.clone()));
        Ok(state)
    }

    /// The cars, from the cache unless `refresh`.
    pub async fn vehicles(&self, refresh: bool) -> Result<Vec<Vehicle>, AppError> {
        let session = self.session();
        let cars = session.fleet.cars(refresh).await;
        let cars = self.observe(&session, cars)?;
        let views = self.views(&cars);
        if refresh {
            self.emit(AppEvent::VehiclesChanged(views.clone()));
        }
        Ok(views)
    }

    /// Whether the cars have been fetched (or handed over) in this session, even if there are
    /// none.
    pub fn cars_known(&self) -> bool {
        self.session().fleet.cached().is_some()
    }

    /// What is cached right now, without any request: for the tray.
    pub fn cached_vehicles(&self) -> Vec<Vehicle> {
        self.session()
            .fleet
            .cached()
            .map(|cars| self.views(&cars))
            .unwrap_or_default()
    }

    /// Rechecks availability (only of cars checked over 5 minutes ago, unless `force`);
    /// announces `vehicles-changed` when a badge changed.
    pub async fn refresh_availability(&self, force: bool) -> Result<Vec<Vehicle>, AppError> {
        let session = self.session();
        let before = session.fleet.cached();
        let cars = session.fleet.refresh_availability(force).await;
        let cars = self.observe(&session, cars)?;
        let views = self.views(&cars);
        let badges = |cars: &[Car]| {
            cars.iter()
                .map(|c| {
                    c.availability
                        .as_ref()
                        .map(|a| (a.available, a.text.clone()))
                })
                .collect::<Vec<_>>()
        };
        if before.is_some_and(|b| badges(&b) != badges(&cars)) {
            self.emit(AppEvent::VehiclesChanged(views.clone()));
        }
        Ok(views)
    }

    pub async fn vehicle_image(&self, vin: &Vin) -> Option<String> {
        let car = self.session().fleet.car(vin)?;
        self.images.exterior(vin, car.exterior_image_url()).await
    }

    /// Sends a command. API failures are not errors here: they are the outcome
    /// (`status: "error:<kind>"`), shown like any other answer. Errors are for requests that
    /// cannot be made at all (a car not on the account, a command it does not offer).
    pub async fn send_command(&self, vin: &Vin, command: Command) -> Result<Outcome, AppError> {
        let session = self.session();
        let cars = session.fleet.cars(false).await;
        let cars = self.observe(&session, cars)?;
        let car = cars
            .iter()
            .find(|c| &c.vin == vin)
            .ok_or_else(not_on_this_account)?;
        if !car.commands.contains(&command) {
            let command = crate::words::command(command);
            return Err(AppError::invalid(move |lang| {
                t!(lang, "command-not-offered", command = command)
            }));
        }
        let name = self.display_name(car);
        // Where the car's own command list says, when that is safe; else the documented path.
        let client = session.fleet.client().clone();
        let target = client.command_target(vin, command, &car.command_list);
        let sent = self.dispatch.send(client, target, name).await?;
        if let Some(ended) = sent.error.filter(volvo_api::Error::ends_session) {
            self.mark_signed_out(&session, crate::words::of_api_error(ended));
        }
        Ok(sent.outcome)
    }

    /// The runs newest first, in today's language where their words come from Volvo's status.
    pub fn history(&self) -> Vec<HistoryEntry> {
        let mut entries = self.history.entries();
        for entry in &mut entries {
            entry.outcome = crate::outcome_words::reworded(&entry.outcome, self.language());
        }
        entries
    }

    pub fn set_nickname(&self, vin: &Vin, nickname: Option<String>) -> Result<Vehicle, AppError> {
        let car = self
            .session()
            .fleet
            .car(vin)
            .ok_or_else(not_on_this_account)?;
        self.settings.update(|s| match &nickname {
            Some(name) => {
                s.app
                    .nicknames
                    .insert(vin.as_str().to_owned(), name.clone());
            }
            None => {
                s.app.nicknames.remove(vin.as_str());
            }
        })?;
        self.emit(AppEvent::VehiclesChanged(self.cached_vehicles()));
        Ok(self.view(&car))
    }

    /// The car the global shortcut honks and flashes: the chosen default car if it can, else
    /// the first car that can.
    pub fn shortcut_target(&self) -> Option<(Vin, Command)> {
        let cars = self.session().fleet.cached()?;
        let preferred = self.settings.get().app.default_vin.clone();
        let can = |c: &&Car| c.commands.contains(&Command::HonkAndFlash);
        let car = preferred
            .and_then(|v| cars.iter().filter(can).find(|c| c.vin.as_str() == v))
            .or_else(|| cars.iter().find(can))?;
        Some((car.vin.clone(), Command::HonkAndFlash))
    }

    /// The running demo simulator, for tests and the e2e harness to steer (faults, request
    /// log). It holds only throwaway demo credentials.
    pub fn demo_sim(&self) -> Option<volvo_sim::SimHandle> {
        self.demo.try_lock().ok()?.as_ref().map(|d| d.sim.clone())
    }

    /// What a new process needs to take over, if it can now.
    pub fn handoff(&self) -> Result<Handoff, Stay> {
        let pending = self.sign_in.is_pending();
        Handoff::capture(&self.session(), &*self.store, &self.dispatch, pending)
    }

    /// Whether the sign-in is being renewed (see [`Session::renewing`]).
    pub fn renewing_sign_in(&self) -> bool {
        self.session().renewing()
    }

    /// Before the process ends: waits for a renewal under way to be saved, at most `limit`
    /// ([`crate::handoff::RENEWAL_WAIT`] for Quit). Whether nothing is left unsaved.
    pub async fn renewal_settled(&self, limit: Duration) -> bool {
        self.session().renewal_settled(limit).await
    }

    // ---- setup: the setup wizard's component, over this core's stores ----

    pub async fn setup_status(&self) -> Result<SetupStatus, AppError> {
        self.setup().status().await
    }

    /// Checks `key` with one live call (with the account's sign-in, if any) and keeps it.
    pub async fn check_api_key(&self, key: String, secondary: bool) -> Result<KeyCheck, AppError> {
        let session = self.session();
        let sign_in = (session.mode == Mode::Account).then(|| Arc::clone(&session.tokens));
        self.setup().check_api_key(key, secondary, sign_in).await
    }

    pub async fn save_client(
        &self,
        client_id: String,
        client_secret: String,
        paste_redirect_uri: Option<String>,
    ) -> Result<SetupStatus, AppError> {
        let setup = self.setup();
        setup
            .save_client(client_id, client_secret, paste_redirect_uri)
            .await
    }

    pub fn shortcut(&self) -> ShortcutView {
        self.setup().shortcut()
    }

    /// Saves the shortcut preference. The shell registers it with the OS first, so an
    /// accelerator the OS refuses is never saved.
    pub async fn set_shortcut(
        &self,
        enabled: bool,
        accelerator: Option<String>,
        vin: Option<Vin>,
    ) -> Result<SetupStatus, AppError> {
        self.setup().set_shortcut(enabled, accelerator, vin).await
    }

    fn setup(&self) -> Setup<'_> {
        Setup {
            given: &self.env,
            settings: &self.settings,
            store: &self.store,
        }
    }

    fn views(&self, cars: &[Car]) -> Vec<Vehicle> {
        cars.iter().map(|c| self.view(c)).collect()
    }

    fn view(&self, car: &Car) -> Vehicle {
        let nickname = self
            .settings
            .get()
            .app
            .nicknames
            .get(car.vin.as_str())
            .cloned();
        let details = car.details.as_ref();
        Vehicle {
            vin: car.vin.as_str().to_owned(),
            masked_vin: car.vin.masked(),
            model: car.model().map(str::to_owned),
            model_year: details.and_then(|d| d.model_year),
            colour: details.and_then(|d| d.external_colour.clone()),
            fuel_type: details.and_then(|d| d.fuel_type.clone()),
            display_name: display_name(nickname.as_deref(), car),
            nickname,
            commands: car.commands.clone(),
            missing_note: car.missing_note.clone(),
            availability: car.availability.clone(),
            stale: car.stale,
            in_flight: self.dispatch.in_flight(&car.vin),
            last_outcome: self.dispatch.last_outcome(&car.vin),
        }
    }

    fn display_name(&self, car: &Car) -> String {
        let settings = self.settings.get();
        display_name(
            settings
                .app
                .nicknames
                .get(car.vin.as_str())
                .map(String::as_str),
            car,
        )
    }

    fn lock_notice(&self) -> std::sync::MutexGuard<'_, Option<Words>> {
        self.notice.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn not_on_this_account() -> AppError {
    AppError::invalid(|lang| t!(lang, "car-not-on-this-account"))
}

/// Nickname, else model, else the masked VIN.
fn display_name(nickname: Option<&str>, car: &Car) -> String {
    nickname
        .map(str::to_owned)
        .or_else(|| car.model().map(str::to_owned))
        .unwrap_or_else(|| car.vin.masked())
}
