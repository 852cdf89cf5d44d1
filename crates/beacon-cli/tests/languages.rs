//! The language of the real `beacon`'s words: the system's (`LANG`), `--lang` over it, and
//! `--json` English whatever the system speaks, with the same keys in every language.

mod common;

use common::{assert_error, beacon, beacon_at, run_json, run_text, SpawnedSim};

const XC40: &str = "YV1XZK8V2P1234567";
const EX30: &str = "YV1EX30A0R1234569";

#[test]
fn a_swedish_system_gets_swedish_answers_and_errors() {
    let (_sim, _info, target) = SpawnedSim::start_json();
    let mut cmd = beacon_at(&target);
    cmd.env("LANG", "sv_SE.UTF-8");
    let (code, stdout, stderr) = run_text(cmd, &["flash", XC40]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        format!("Bilen {XC40} blinkade: Klart – bilen utförde kommandot.\n")
    );

    let mut cmd = beacon_at(&target);
    cmd.env("LANG", "sv_SE.UTF-8");
    let (code, stdout, stderr) = run_text(cmd, &["vehicles"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains(&format!(
            "  VIN-nr     {XC40}\n  Kommandon  honk, flash, honk-flash\n"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("bilen kan inte tuta eller blinka härifrån"),
        "{stdout}"
    );
    // Volvo's names, as Volvo sent them.
    assert!(
        stdout.contains("XC40 Recharge 2023, Sage Green"),
        "{stdout}"
    );

    let mut cmd = beacon();
    cmd.env("LANG", "sv_SE.UTF-8");
    let (code, stdout, stderr) = run_text(cmd, &["setup"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.starts_with("fel: Inget att spara."), "{stderr}");
}

#[test]
fn lang_wins_over_the_system() {
    let (_sim, _info, target) = SpawnedSim::start_json();
    let mut cmd = beacon_at(&target);
    cmd.env("LANG", "sv_SE.UTF-8");
    let (code, stdout, stderr) = run_text(cmd, &["honk-flash", XC40, "--lang", "de"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        format!("Das Fahrzeug {XC40} hat gehupt und geblinkt: Erledigt – das Fahrzeug hat den Befehl ausgeführt.\n")
    );

    let mut cmd = beacon();
    cmd.env("LANG", "sv_SE.UTF-8");
    let (code, _stdout, stderr) = run_text(cmd, &["--lang", "de", "setup"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("Fehler: Nichts einzurichten."),
        "{stderr}"
    );
}

#[test]
fn json_is_english_on_a_german_system_with_the_same_keys() {
    let (_sim, _info, target) = SpawnedSim::start_json();
    let json_on = |lang: Option<&str>, args: &[&str]| {
        // `setup` with nothing to set up: no simulator settings in the environment.
        let mut cmd = if args == ["setup"] {
            beacon()
        } else {
            beacon_at(&target)
        };
        cmd.env("LANG", "de_DE.UTF-8");
        if let Some(lang) = lang {
            cmd.args(["--lang", lang]);
        }
        run_json(cmd, args)
    };

    let german_system = json_on(None, &["flash", XC40]);
    assert_eq!(german_system.code, 0, "{german_system:#?}");
    assert_eq!(german_system.json["message"], "The car did it.");
    assert_eq!(german_system.json["invokeStatus"], "COMPLETED");
    let english = json_on(Some("en"), &["flash", XC40]);
    let keys = |v: &serde_json::Value| {
        let mut keys: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
        keys.sort();
        keys
    };
    assert_eq!(keys(&german_system.json), keys(&english.json));

    let error = json_on(None, &["setup"]);
    let message = assert_error(&error, "config");
    assert!(message.starts_with("Nothing to set up."), "{message}");
    let german = json_on(Some("de"), &["setup"]);
    let message = assert_error(&german, "config");
    assert!(message.starts_with("Nichts einzurichten."), "{message}");

    // An error from Volvo keeps its kind in every language.
    let unsupported = json_on(Some("sv"), &["honk", EX30]);
    assert_error(&unsupported, "command_not_supported");
}

#[test]
fn a_language_beacon_does_not_speak_is_a_usage_error() {
    let run = run_json(beacon(), &["vehicles", "--lang", "fi"]);
    let message = assert_error(&run, "usage");
    assert!(message.contains("Beacon speaks en, sv, de"), "{message}");
    let (code, _stdout, stderr) = run_text(beacon(), &["vehicles", "--lang", "fi"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("Beacon speaks en, sv, de"), "{stderr}");
}
