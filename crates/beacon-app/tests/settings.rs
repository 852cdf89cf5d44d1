//! The settings file shared with `beacon setup`: a broken one is kept aside and the user told
//! where, and a save never undoes what another process saved.

mod common;

use std::fs;

use beacon_app::Core;
use common::*;
use volvo_api::sources::Given;
use volvo_api::store::Settings;

#[tokio::test]
async fn a_corrupt_settings_file_is_kept_aside_and_the_user_told_where() {
    let broken = "client_id = \"my-client\"\nnicknames = 3\n";
    let app = app_with(Given::default(), |options| {
        let dir = options.config_dir.clone().expect("a config folder");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("settings.toml"), broken).unwrap();
    })
    .await;
    let notice = app.core.app_state().notice.expect("the user is told");
    assert!(notice.contains("settings.toml.broken-"), "{notice}");
    let aside = fs::read_dir(&app.dirs.config)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("settings.toml.broken-"))
        .expect("the broken file is kept");
    assert!(notice.contains(&aside.display().to_string()), "{notice}");

    app.core.vehicles(false).await.unwrap();
    app.core
        .set_nickname(&vin(XC40), Some("Green one".into()))
        .unwrap();
    assert_eq!(
        fs::read_to_string(&aside).unwrap(),
        broken,
        "kept as it was"
    );
    let file = fs::read_to_string(app.dirs.config.join("settings.toml")).unwrap();
    assert!(file.contains("Green one"), "{file}");
}

#[tokio::test]
async fn a_change_another_process_saved_survives_the_apps_next_save() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    // What `beacon setup --client-id ...` does, after the app read its settings.
    Settings::update(&app.dirs.config, |s| {
        s.client_id = Some("from-the-cli".into())
    })
    .unwrap();
    app.core
        .set_nickname(&vin(XC40), Some("Green one".into()))
        .unwrap();
    let file = fs::read_to_string(app.dirs.config.join("settings.toml")).unwrap();
    assert!(file.contains("client_id = \"from-the-cli\""), "{file}");
    assert!(file.contains("Green one"), "{file}");
}

#[tokio::test]
async fn the_apps_own_preferences_survive_a_save_by_the_cli_and_come_back_at_the_next_start() {
    let app = demo_app().await;
    app.core.vehicles(false).await.unwrap();
    app.core
        .set_nickname(&vin(XC40), Some("Green one".into()))
        .unwrap();
    app.core
        .set_shortcut(true, Some("CommandOrControl+Alt+J".into()), Some(vin(XC90)))
        .await
        .unwrap();
    // `beacon setup --client-id ...`: the CLI knows nothing of the app's part of the file.
    Settings::update(&app.dirs.config, |s| {
        s.client_id = Some("from-the-cli".into())
    })
    .unwrap();

    let restarted = Core::start(options(&app.dirs, app.store.clone(), Given::default()))
        .await
        .unwrap();
    let cars = restarted.vehicles(false).await.unwrap();
    let xc40 = cars.iter().find(|c| c.vin == XC40).unwrap();
    assert_eq!(xc40.display_name, "Green one");
    let setup = restarted.setup_status().await.unwrap();
    assert!(setup.shortcut.enabled);
    assert_eq!(setup.shortcut.accelerator, "CommandOrControl+Alt+J");
    assert_eq!(setup.shortcut.vin.as_deref(), Some(XC90));
    assert_eq!(setup.client_id.as_deref(), Some("from-the-cli"));
}
