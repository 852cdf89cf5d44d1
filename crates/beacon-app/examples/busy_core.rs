//! The desktop app's core, busy: for the crash test in `tests/crash.rs`, which kills it at
//! random moments. Signed in to a simulator (given by its API address, key and a test token
//! in the environment, as `volvo-beacon` reads them) with its folders in the one given, it
//! sends a command and renames a car, over and over, and prints a line after each finished
//! history write (`history`) and settings save (`nickname NAME`).

use std::sync::Arc;

use beacon_app::{Core, Options};
use volvo_api::store::MemoryStore;
use volvo_api::{Command, Vin};

#[tokio::main]
async fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("a folder"));
    let vin = Vin::parse(&std::env::args().nth(2).expect("a VIN")).expect("a VIN");
    let core = Core::start(Options {
        config_dir: Some(dir.join("config")),
        data_dir: Some(dir.join("data")),
        secret_store: Some(Arc::new(MemoryStore::new())),
        ..Options::from_env(false)
    })
    .await
    .expect("the core starts");
    core.vehicles(false).await.expect("the cars");
    for n in 0u64.. {
        core.send_command(&vin, Command::Flash)
            .await
            .expect("an outcome");
        println!("history");
        let name = format!("car {n}");
        core.set_nickname(&vin, Some(name.clone()))
            .expect("the nickname is saved");
        println!("nickname {name}");
    }
}
