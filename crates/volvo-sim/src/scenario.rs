use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::commands;
use crate::error::SimError;

/// What the simulator pretends the world is: one developer application, its limits, and the
/// cars of the signed-in user.
///
/// Loaded from TOML or JSON with the same field names. Every top-level field is optional and
/// falls back to the built-in demo ([`Scenario::demo`]), so a test can write just the line it
/// cares about; unknown fields are rejected so a typo cannot pass silently.
///
/// ```toml
/// access_token_ttl_secs = 299        # `expires_in` of access tokens
/// authorization_code_ttl_secs = 600  # how long a code from the authorize step stays usable
/// commands_per_minute = 10           # per user, rolling minute; 0 = unlimited
/// requests_per_minute = 100          # per user, rolling minute, commands included; 0 = unlimited
/// daily_quota = 10000                # calls per API key per UTC day; 0 = unlimited
/// api_latency_ms = 0                 # every API call answers this much later, as over a slow network
/// omit_refresh_token_on_refresh = false  # true: refresh answers carry no refresh_token and the old one stays valid
/// refresh_token_idle_secs = 604800       # a refresh token unused this long dies (7 days)
/// deny_consent = false               # true: the authorize step redirects with error=access_denied
/// # redirect_uris = ["volvo-beacon://auth/callback"]  # exact-match allow list; absent = any
///
/// [application]
/// client_id = "beacon-demo-client"
/// client_secret = "beacon-demo-secret"
/// api_key = "demo-vcc-api-key-primary"
/// secondary_api_key = "demo-vcc-api-key-secondary"
///
/// [[vehicles]]
/// vin = "YV1XZK8V2P1234567"           # required: 17 ASCII letters and digits, unique
/// model = "XC40 Recharge"             # required
/// model_year = 2023                   # default 2024
/// colour = "Sage Green"               # default "Crystal White"
/// fuel_type = "ELECTRIC"              # default "ELECTRIC"
/// battery_capacity_kwh = 78.0         # optional; absent = field left out of the details
/// gearbox = "AUTOMATIC"               # default "AUTOMATIC"
/// upholstery = "RA00"                 # default "CHARCOAL"
/// steering = "LEFT"                   # default "LEFT"
/// commands = ["LOCK", "UNLOCK", "HONK", "FLASH", "HONK_AND_FLASH"]  # this is the default
/// behaviour = "completes"             # completes | asleep | delivers | privacy | offline | read_only
/// latency_ms = 1200                   # how long a command POST takes; default 0
/// accessibility_reason = "nested"     # nested | sibling: where command-accessibility puts unavailableReason
/// command_paths = { HONK_AND_FLASH = "honk-and-flash" }  # served here instead of the documented path; default none
/// command_hrefs = { HONK = "https://elsewhere.example/honk" }  # listed verbatim as the href; default none
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    pub access_token_ttl_secs: u64,
    pub authorization_code_ttl_secs: u64,
    pub commands_per_minute: u32,
    pub requests_per_minute: u32,
    pub daily_quota: u64,
    /// Added to every Connected Vehicle API call (not Volvo ID's).
    pub api_latency_ms: u64,
    pub omit_refresh_token_on_refresh: bool,
    /// A refresh token not used for this long dies, as Volvo ID's do after 7 days.
    pub refresh_token_idle_secs: u64,
    pub deny_consent: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,
    pub application: Application,
    pub vehicles: Vec<Vehicle>,
}

/// The developer-portal application the user brings: OAuth client and VCC API keys.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Application {
    pub client_id: String,
    pub client_secret: String,
    pub api_key: String,
    pub secondary_api_key: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vehicle {
    pub vin: String,
    pub model: String,
    #[serde(default = "default_model_year")]
    pub model_year: u16,
    #[serde(default = "default_colour")]
    pub colour: String,
    #[serde(default = "default_fuel_type")]
    pub fuel_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_capacity_kwh: Option<f64>,
    #[serde(default = "default_gearbox")]
    pub gearbox: String,
    #[serde(default = "default_upholstery")]
    pub upholstery: String,
    #[serde(default = "default_steering")]
    pub steering: String,
    #[serde(default = "default_commands")]
    pub commands: Vec<String>,
    #[serde(default)]
    pub behaviour: Behaviour,
    #[serde(default)]
    pub latency_ms: u64,
    #[serde(default)]
    pub accessibility_reason: AccessibilityShape,
    /// Path segments this car serves commands at instead of the documented ones: its command
    /// list names them, and the documented path answers 404, as a real car's `honk-and-flash`
    /// did.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub command_paths: BTreeMap<String, String>,
    /// `href`s the command list shows exactly as given, whatever the car serves: a list
    /// pointing somewhere a client must not follow.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub command_hrefs: BTreeMap<String, String>,
}

impl Vehicle {
    /// The path segment this car serves `command` at.
    pub(crate) fn segment_of(&self, command: &str) -> String {
        self.command_paths
            .get(command)
            .cloned()
            .unwrap_or_else(|| commands::segment(command))
    }

    /// The command this car serves at `segment`, if any.
    pub(crate) fn command_at(&self, segment: &str) -> Option<&str> {
        self.commands
            .iter()
            .find(|c| self.segment_of(c) == segment)
            .map(String::as_str)
    }
}

/// How a car answers commands (and, to match, command-accessibility).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Behaviour {
    /// `COMPLETED`
    #[default]
    Completes,
    /// `VEHICLE_IN_SLEEP`; accessibility UNAVAILABLE / POWER_SAVING_MODE
    Asleep,
    /// `DELIVERED`: the car got it but did not confirm
    Delivers,
    /// `NOT_ALLOWED_PRIVACY_ENABLED`
    Privacy,
    /// `CONNECTION_FAILURE`; accessibility UNAVAILABLE / NO_INTERNET
    Offline,
    /// every command answers 403, like the portal's demo car
    ReadOnly,
}

/// Volvo has been seen to put `unavailableReason` either inside `availabilityStatus` or next
/// to it; clients must read both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccessibilityShape {
    #[default]
    Nested,
    Sibling,
}

fn default_model_year() -> u16 {
    2024
}
fn default_colour() -> String {
    "Crystal White".into()
}
fn default_fuel_type() -> String {
    "ELECTRIC".into()
}
fn default_gearbox() -> String {
    "AUTOMATIC".into()
}
fn default_upholstery() -> String {
    "CHARCOAL".into()
}
fn default_steering() -> String {
    "LEFT".into()
}
fn default_commands() -> Vec<String> {
    names(&["LOCK", "UNLOCK", "HONK", "FLASH", "HONK_AND_FLASH"])
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            access_token_ttl_secs: 299,
            authorization_code_ttl_secs: 600,
            commands_per_minute: 10,
            requests_per_minute: 100,
            daily_quota: 10_000,
            api_latency_ms: 0,
            omit_refresh_token_on_refresh: false,
            refresh_token_idle_secs: 7 * 24 * 3600,
            deny_consent: false,
            redirect_uris: None,
            application: Application::default(),
            vehicles: demo_fleet(),
        }
    }
}

impl Default for Application {
    fn default() -> Self {
        Application {
            client_id: "beacon-demo-client".into(),
            client_secret: "beacon-demo-secret".into(),
            api_key: "demo-vcc-api-key-primary".into(),
            secondary_api_key: "demo-vcc-api-key-secondary".into(),
        }
    }
}

fn demo_fleet() -> Vec<Vehicle> {
    vec![
        Vehicle {
            vin: "YV1XZK8V2P1234567".into(),
            model: "XC40 Recharge".into(),
            model_year: 2023,
            colour: "Sage Green".into(),
            fuel_type: "ELECTRIC".into(),
            battery_capacity_kwh: Some(78.0),
            gearbox: "AUTOMATIC".into(),
            upholstery: "RA00".into(),
            steering: "LEFT".into(),
            commands: names(&[
                "LOCK",
                "UNLOCK",
                "HONK",
                "FLASH",
                "HONK_AND_FLASH",
                "CLIMATIZATION_START",
                "CLIMATIZATION_STOP",
            ]),
            behaviour: Behaviour::Completes,
            latency_ms: 1200,
            accessibility_reason: AccessibilityShape::Nested,
            command_paths: BTreeMap::new(),
            command_hrefs: BTreeMap::new(),
        },
        Vehicle {
            vin: "YV4A22PL5N1234568".into(),
            model: "XC90".into(),
            model_year: 2022,
            colour: "Denim Blue".into(),
            fuel_type: "PETROL/ELECTRIC".into(),
            battery_capacity_kwh: Some(18.8),
            gearbox: "AUTOMATIC".into(),
            upholstery: "RC20".into(),
            steering: "LEFT".into(),
            commands: names(&["LOCK", "UNLOCK", "HONK", "FLASH", "HONK_AND_FLASH"]),
            behaviour: Behaviour::Asleep,
            latency_ms: 2500,
            accessibility_reason: AccessibilityShape::Sibling,
            command_paths: BTreeMap::new(),
            command_hrefs: BTreeMap::new(),
        },
        Vehicle {
            vin: "YV1EX30A0R1234569".into(),
            model: "EX30".into(),
            model_year: 2024,
            colour: "Cloud Blue".into(),
            fuel_type: "ELECTRIC".into(),
            battery_capacity_kwh: Some(66.0),
            gearbox: "AUTOMATIC".into(),
            upholstery: "R310".into(),
            steering: "LEFT".into(),
            commands: names(&["LOCK", "UNLOCK"]),
            behaviour: Behaviour::Completes,
            latency_ms: 800,
            accessibility_reason: AccessibilityShape::Nested,
            command_paths: BTreeMap::new(),
            command_hrefs: BTreeMap::new(),
        },
    ]
}

impl Scenario {
    /// The built-in demo fleet (the same as `scenarios/demo.toml`).
    pub fn demo() -> Scenario {
        Scenario::default()
    }

    /// Reads a `.toml` or `.json` scenario, chosen by extension.
    pub fn from_path(path: &Path) -> Result<Scenario, SimError> {
        let text = std::fs::read_to_string(path).map_err(|source| SimError::ReadScenario {
            path: path.to_path_buf(),
            source,
        })?;
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let origin = path.display().to_string();
        match ext.as_deref() {
            Some("toml") => parse_toml(&text, origin),
            Some("json") => parse_json(&text, origin),
            _ => Err(SimError::ScenarioFormat {
                path: path.to_path_buf(),
            }),
        }
    }

    pub fn from_toml_str(s: &str) -> Result<Scenario, SimError> {
        parse_toml(s, "TOML scenario".into())
    }

    pub fn from_json_str(s: &str) -> Result<Scenario, SimError> {
        parse_json(s, "JSON scenario".into())
    }

    /// Checks what serde cannot: called by the loaders and again when a simulator starts, so a
    /// scenario built in code is held to the same rules.
    pub fn validate(&self) -> Result<(), SimError> {
        let invalid = |m: String| Err(SimError::InvalidScenario(m));
        if self.access_token_ttl_secs == 0 {
            return invalid("access_token_ttl_secs must be at least 1".into());
        }
        let app = &self.application;
        for (name, value) in [
            ("client_id", &app.client_id),
            ("client_secret", &app.client_secret),
            ("api_key", &app.api_key),
            ("secondary_api_key", &app.secondary_api_key),
        ] {
            if value.trim().is_empty() {
                return invalid(format!("application.{name} must not be empty"));
            }
        }
        if app.api_key == app.secondary_api_key {
            return invalid("application.api_key and secondary_api_key must differ".into());
        }
        if self.redirect_uris.as_ref().is_some_and(|u| u.is_empty()) {
            return invalid(
                "redirect_uris is empty: leave it out to accept any redirect URI".into(),
            );
        }
        let mut vins = HashSet::new();
        for (i, car) in self.vehicles.iter().enumerate() {
            let at = format!("vehicles[{i}] ({})", car.vin);
            if !is_vin(&car.vin) {
                return invalid(format!(
                    "{at}: a VIN must be exactly 17 ASCII letters and digits"
                ));
            }
            if !vins.insert(car.vin.as_str()) {
                return invalid(format!("{at}: VIN appears more than once"));
            }
            if car.model.trim().is_empty() {
                return invalid(format!("{at}: model must not be empty"));
            }
            let mut seen = HashSet::new();
            for command in &car.commands {
                if !commands::is_valid_name(command) {
                    return invalid(format!(
                        "{at}: command {command:?} must be upper-case letters, digits and '_'"
                    ));
                }
                if !seen.insert(command.as_str()) {
                    return invalid(format!("{at}: command {command} is listed twice"));
                }
            }
            let overridden = car.command_paths.keys().chain(car.command_hrefs.keys());
            if let Some(name) = overridden.into_iter().find(|n| !seen.contains(n.as_str())) {
                return invalid(format!(
                    "{at}: command_paths and command_hrefs may only name the car's commands, not {name}"
                ));
            }
            if let Some(path) = car
                .command_paths
                .values()
                .find(|p| !commands::is_segment(p))
            {
                return invalid(format!(
                    "{at}: command path {path:?} must be lower-case letters, digits and '-'"
                ));
            }
            let mut served = HashSet::new();
            if let Some(twice) = car
                .commands
                .iter()
                .map(|c| car.segment_of(c))
                .find(|s| !served.insert(s.clone()))
            {
                return invalid(format!("{at}: two commands are served at {twice:?}"));
            }
        }
        Ok(())
    }

    pub(crate) fn vehicle(&self, vin: &str) -> Option<&Vehicle> {
        self.vehicles.iter().find(|v| v.vin == vin)
    }
}

pub(crate) fn is_vin(s: &str) -> bool {
    s.len() == 17 && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn parse_toml(text: &str, origin: String) -> Result<Scenario, SimError> {
    let scenario: Scenario = toml::from_str(text).map_err(|e| SimError::ParseScenario {
        origin,
        message: e.message().to_string() + &span_hint(text, e.span()),
    })?;
    scenario.validate()?;
    Ok(scenario)
}

fn parse_json(text: &str, origin: String) -> Result<Scenario, SimError> {
    let scenario: Scenario = serde_json::from_str(text).map_err(|e| SimError::ParseScenario {
        origin,
        message: e.to_string(),
    })?;
    scenario.validate()?;
    Ok(scenario)
}

/// toml's own Display spans several lines; one line number reads better in a CLI error.
fn span_hint(text: &str, span: Option<std::ops::Range<usize>>) -> String {
    match span {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            format!(" (line {line})")
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_demo_file_is_the_builtin_demo() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/demo.toml");
        assert_eq!(Scenario::from_path(&path).unwrap(), Scenario::demo());
    }

    #[test]
    fn shipped_own_paths_file_has_a_car_off_the_documented_path() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/own-command-paths.toml");
        let scenario = Scenario::from_path(&path).unwrap();
        let [car] = scenario.vehicles.as_slice() else {
            panic!("one car: {:?}", scenario.vehicles);
        };
        assert_eq!(car.command_at("honk-and-flash"), Some("HONK_AND_FLASH"));
        assert_eq!(car.command_at("honk-flash"), None);
    }

    #[test]
    fn demo_is_valid_and_has_three_cars() {
        let demo = Scenario::demo();
        demo.validate().unwrap();
        assert_eq!(demo.vehicles.len(), 3);
    }

    #[test]
    fn missing_fields_fall_back_to_the_demo() {
        let s = Scenario::from_toml_str("access_token_ttl_secs = 5").unwrap();
        assert_eq!(s.access_token_ttl_secs, 5);
        assert_eq!(s.vehicles, Scenario::demo().vehicles);
    }

    #[test]
    fn vehicle_defaults_apply() {
        let s = Scenario::from_toml_str(
            "[[vehicles]]\nvin = \"YV4952NA4F120DEMO\"\nmodel = \"XC60\"\n",
        )
        .unwrap();
        let car = &s.vehicles[0];
        assert_eq!(car.behaviour, Behaviour::Completes);
        assert_eq!(car.commands, default_commands());
        assert_eq!(car.latency_ms, 0);
    }

    #[test]
    fn json_scenarios_load() {
        let s = Scenario::from_json_str(
            r#"{"deny_consent": true, "vehicles": [{"vin": "LPSEFAVS2NPOLDEMO", "model": "Polestar", "behaviour": "offline"}]}"#,
        )
        .unwrap();
        assert!(s.deny_consent);
        assert_eq!(s.vehicles[0].behaviour, Behaviour::Offline);
    }

    fn error_of(toml: &str) -> String {
        Scenario::from_toml_str(toml).unwrap_err().to_string()
    }

    #[test]
    fn bad_vins_are_refused() {
        let short = error_of("[[vehicles]]\nvin = \"YV1SHORT\"\nmodel = \"X\"\n");
        assert!(short.contains("17 ASCII letters and digits"), "{short}");
        let dashed = error_of("[[vehicles]]\nvin = \"YV1XZK8V2P123456-\"\nmodel = \"X\"\n");
        assert!(dashed.contains("17 ASCII letters and digits"), "{dashed}");
        let twice = error_of(
            "[[vehicles]]\nvin = \"YV1XZK8V2P1234567\"\nmodel = \"A\"\n\
             [[vehicles]]\nvin = \"YV1XZK8V2P1234567\"\nmodel = \"B\"\n",
        );
        assert!(twice.contains("more than once"), "{twice}");
    }

    #[test]
    fn unknown_behaviour_and_fields_are_refused() {
        let behaviour = error_of(
            "[[vehicles]]\nvin = \"YV1XZK8V2P1234567\"\nmodel = \"A\"\nbehaviour = \"sleepy\"\n",
        );
        assert!(behaviour.contains("sleepy"), "{behaviour}");
        assert!(behaviour.contains("asleep"), "{behaviour}");
        let typo = error_of("comands_per_minute = 3");
        assert!(typo.contains("comands_per_minute"), "{typo}");
        assert!(typo.contains("line 1"), "{typo}");
    }

    #[test]
    fn bad_commands_and_keys_are_refused() {
        let lower = error_of(
            "[[vehicles]]\nvin = \"YV1XZK8V2P1234567\"\nmodel = \"A\"\ncommands = [\"honk\"]\n",
        );
        assert!(lower.contains("upper-case"), "{lower}");
        let same = error_of("[application]\napi_key = \"k\"\nsecondary_api_key = \"k\"\n");
        assert!(same.contains("must differ"), "{same}");
    }

    #[test]
    fn own_command_paths_must_be_the_cars_and_path_safe() {
        let car = "[[vehicles]]\nvin = \"YV1XZK8V2P1234567\"\nmodel = \"A\"\ncommands = [\"HONK\", \"HONK_AND_FLASH\"]\n";
        let ok = Scenario::from_toml_str(&format!(
            "{car}command_paths = {{ HONK_AND_FLASH = \"honk-and-flash\" }}\n"
        ))
        .unwrap();
        let ok = &ok.vehicles[0];
        assert_eq!(ok.segment_of("HONK_AND_FLASH"), "honk-and-flash");
        assert_eq!(ok.command_at("honk-and-flash"), Some("HONK_AND_FLASH"));
        assert_eq!(ok.command_at("honk-flash"), None);
        assert_eq!(ok.command_at("honk"), Some("HONK"));
        let foreign = error_of(&format!("{car}command_paths = {{ UNLOCK = \"open\" }}\n"));
        assert!(foreign.contains("not UNLOCK"), "{foreign}");
        let foreign = error_of(&format!("{car}command_hrefs = {{ FLASH = \"/x\" }}\n"));
        assert!(foreign.contains("not FLASH"), "{foreign}");
        let slash = error_of(&format!("{car}command_paths = {{ HONK = \"a/b\" }}\n"));
        assert!(slash.contains("\"a/b\""), "{slash}");
        let clash = error_of(&format!(
            "{car}command_paths = {{ HONK_AND_FLASH = \"honk\" }}\n"
        ));
        assert!(clash.contains("two commands"), "{clash}");
    }

    #[test]
    fn file_extension_picks_the_format() {
        let dir = std::env::temp_dir().join(format!("volvo-sim-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let yaml = dir.join("fleet.yaml");
        std::fs::write(&yaml, "x: 1").unwrap();
        let err = Scenario::from_path(&yaml).unwrap_err();
        assert!(matches!(err, SimError::ScenarioFormat { .. }), "{err}");
        let missing = Scenario::from_path(&dir.join("nope.toml")).unwrap_err();
        assert!(
            matches!(missing, SimError::ReadScenario { .. }),
            "{missing}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
