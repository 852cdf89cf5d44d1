//! Volvo Beacon signed in to an account: the simulator runs in-process, the app is signed in
//! with a test access token. For the start-up phase the simulator answers every API call
//! `STARTUP_API_LATENCY_MS` late, as a far-away gateway does.
//!
//! What an owner sees is their second start, not their first: the first start fetches the
//! fleet and keeps it (`known-cars.json` in the data folder), and every start after paints
//! those cars at once while Volvo is asked again. So every launch of this spec shares one
//! config and data folder, and the calibration launch (the first) is the one that fetches and
//! keeps the fleet; `prepare` returns only once it has been kept.

use std::path::Path;
use std::time::{Duration, Instant};

use tempfile::TempDir;
use volvo_sim::{MintOptions, Scenario, Sim, SimHandle};

use crate::launch::AppSpec;

/// Latency of every Volvo call for the signed-in start-up figure.
pub const STARTUP_API_LATENCY_MS: u64 = 400;

const KNOWN_CARS: &str = "known-cars.json";

/// The simulator and the folders every signed-in launch shares; dropped after the phase.
pub struct SignedIn {
    pub app: AppSpec,
    sim: SimHandle,
    folders: TempDir,
}

impl SignedIn {
    /// Starts the simulator with `scenario`, each API call answered `api_latency_ms` late, and
    /// the app spec that signs in to it.
    pub async fn start(
        ours: &AppSpec,
        mut scenario: Scenario,
        api_latency_ms: u64,
    ) -> Result<SignedIn, String> {
        scenario.api_latency_ms = api_latency_ms;
        let sim = start_sim(scenario).await?;
        let folders = tempfile::Builder::new()
            .prefix("beacon-bench-signed-in-")
            .tempdir()
            .map_err(|e| format!("a temporary folder: {e}"))?;
        let (config, data) = (folders.path().join("config"), folders.path().join("data"));
        for dir in [&config, &data] {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let mut app = ours.clone();
        app.label = "signed-in";
        app.args.clear();
        app.env.extend(sign_in_env(&sim));
        app.env.extend([
            ("BEACON_CONFIG_DIR".to_owned(), path_text(&config)),
            ("BEACON_DATA_DIR".to_owned(), path_text(&data)),
        ]);
        Ok(SignedIn { app, sim, folders })
    }

    /// Waits for the fleet kept by the first start (the calibration launch).
    pub async fn wait_for_known_cars(&self) -> Result<(), String> {
        let file = self.folders.path().join("data").join(KNOWN_CARS);
        let deadline = Instant::now() + Duration::from_secs(30);
        while !file.is_file() {
            if Instant::now() > deadline {
                return Err(format!(
                    "the first signed-in start kept no {KNOWN_CARS} within 30 s"
                ));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }

    pub async fn stop(self) {
        self.sim.shutdown().await;
    }
}

/// The simulator, in-process, on its own port.
pub async fn start_sim(scenario: Scenario) -> Result<SimHandle, String> {
    Sim::builder()
        .scenario(scenario)
        .start()
        .await
        .map_err(|e| format!("simulator: {e}"))
}

/// What signs the app in to `sim`: its API and key, and a test access token good for the run.
pub fn sign_in_env(sim: &SimHandle) -> [(String, String); 3] {
    let token = sim.mint_access_token(MintOptions {
        ttl: Some(Duration::from_secs(12 * 3600)),
        ..Default::default()
    });
    [
        ("BEACON_API_URL".to_owned(), sim.api_url()),
        ("VCC_API_KEY".to_owned(), sim.api_key().to_owned()),
        ("BEACON_ACCESS_TOKEN".to_owned(), token),
    ]
}

fn path_text(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}
