use super::*;
use crate::views::{Outcome, OutcomeClass, OutcomeState};

const XC40: &str = "YV1XZK8V2P1234567";
const EX30: &str = "YV1EX30A0R0000042";

fn car(vin: &str, name: &str, commands: &[Command]) -> Vehicle {
    Vehicle {
        vin: vin.to_owned(),
        masked_vin: format!("…{}", &vin[vin.len() - 4..]),
        model: None,
        model_year: None,
        colour: None,
        fuel_type: None,
        nickname: None,
        display_name: name.to_owned(),
        commands: commands.to_vec(),
        missing_note: None,
        availability: None,
        stale: false,
        in_flight: Vec::new(),
        last_outcome: None,
    }
}

fn done(vin: &str, command: Command, finished_at: u64) -> Outcome {
    Outcome {
        run_id: 1,
        vin: vin.to_owned(),
        command,
        state: OutcomeState::Done,
        status: "COMPLETED".to_owned(),
        outcome: Some(OutcomeClass::Succeeded),
        message: "The car did it.".to_owned(),
        advice: None,
        started_at: finished_at - 2_000,
        finished_at: Some(finished_at),
    }
}

fn texts(menu: &CarMenu) -> Vec<(&str, bool)> {
    menu.entries
        .iter()
        .map(|e| (e.text.as_str(), e.enabled))
        .collect()
}

#[test]
fn each_car_offers_what_it_supports_and_each_entry_clicks_back_to_it() {
    let cars = [
        car(XC40, "XC40", &[Command::Flash, Command::Honk]),
        car(EX30, "EX30", &[]),
    ];
    let menu = build(&cars, None, false, Lang::En);
    assert_eq!(menu.cars[0].title, "XC40");
    assert_eq!(
        texts(&menu.cars[0]),
        [("Flash the lights", true), ("Honk", true)]
    );
    assert_eq!(
        texts(&menu.cars[1]),
        [("No honk or flash for this car", false)]
    );
    assert_eq!(menu.no_cars, None);
    let vin = Vin::parse(XC40).unwrap();
    assert_eq!(
        Click::of(&menu.cars[0].entries[1].id),
        Click::Command(vin, Command::Honk)
    );
    assert_eq!(Click::of(&menu.cars[1].entries[0].id), Click::Nothing);
    assert_eq!(Click::of(&menu.show.id), Click::Show);
    assert_eq!(Click::of(&menu.quit.id), Click::Quit);
    assert_eq!(menu.tooltip, APP_NAME);
}

#[test]
fn a_running_command_disables_its_car_and_a_question_changes_only_its_entry() {
    let mut busy = car(XC40, "XC40", &[Command::Flash, Command::Honk]);
    busy.in_flight = vec![Command::Honk];
    let asked_car = car(EX30, "EX30", &[Command::Flash, Command::Honk]);
    let asked = (Vin::parse(EX30).unwrap(), Command::Honk);
    let menu = build(&[busy, asked_car], Some(&asked), false, Lang::En);
    assert_eq!(
        texts(&menu.cars[0]),
        [("Flash the lights", false), ("Honking…", false)]
    );
    assert_eq!(
        texts(&menu.cars[1]),
        [("Flash the lights", true), ("Click again to honk", true)]
    );
}

#[test]
fn the_last_answer_is_in_the_menu_and_the_latest_of_all_in_the_tooltip() {
    let mut older = car(XC40, "XC40", &[Command::Flash]);
    older.last_outcome = Some(done(XC40, Command::Flash, 1_700_000_000_000));
    let mut newer = car(EX30, "EX30", &[Command::Honk]);
    newer.last_outcome = Some(done(EX30, Command::Honk, 1_700_000_600_000));
    let menu = build(&[older, newer], None, false, Lang::En);
    let last = menu.cars[1].last.as_ref().expect("a last answer");
    assert!(last.text.starts_with("Last: honked at "), "{}", last.text);
    assert!(!last.enabled);
    assert_eq!(Click::of(&last.id), Click::Nothing);
    assert_eq!(menu.tooltip, format!("{APP_NAME}\nEX30: {}", last.text));
}

#[test]
fn no_cars_says_so_and_unknown_or_forged_ids_do_nothing() {
    let menu = build(&[], None, false, Lang::En);
    assert!(menu.cars.is_empty());
    assert_eq!(menu.no_cars.as_ref().map(|e| e.enabled), Some(false));
    for id in [
        "",
        "car:",
        "car:NOTAVIN:FLASH",
        &format!("car:{XC40}:SELF_DESTRUCT"),
        "other",
    ] {
        assert_eq!(Click::of(id), Click::Nothing, "{id:?}");
    }
}

#[test]
fn a_command_starting_and_ending_changes_entries_in_place_until_the_shape_changes() {
    let idle = car(XC40, "XC40", &[Command::Flash, Command::Honk]);
    let mut running = idle.clone();
    running.in_flight = vec![Command::Flash];
    let mut answered = idle.clone();
    answered.last_outcome = Some(done(XC40, Command::Flash, 1_700_000_000_000));
    let mut answered_again = answered.clone();
    answered_again.last_outcome = Some(done(XC40, Command::Flash, 1_700_000_060_000));

    let before = build(std::slice::from_ref(&idle), None, false, Lang::En);
    let started = build(std::slice::from_ref(&running), None, false, Lang::En);
    let changed: Vec<(&str, bool)> = before
        .changed_entries(&started)
        .expect("the same shape")
        .into_iter()
        .map(|e| (e.text.as_str(), e.enabled))
        .collect();
    assert_eq!(changed, [("Flashing…", false), ("Honk", false)]);
    assert_eq!(
        started.changed_entries(&build(
            std::slice::from_ref(&running),
            None,
            false,
            Lang::En
        )),
        Some(Vec::new()),
        "nothing changed"
    );

    // The first answer adds a line: a new menu. A later one only changes that line's words.
    let first = build(std::slice::from_ref(&answered), None, false, Lang::En);
    assert_eq!(started.changed_entries(&first), None);
    let later = build(std::slice::from_ref(&answered_again), None, false, Lang::En);
    let changed = first.changed_entries(&later).expect("the same shape");
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].id, later.cars[0].last.as_ref().unwrap().id);

    // A renamed car, or one more car: a new menu.
    let mut renamed = answered_again.clone();
    renamed.display_name = "Green one".into();
    assert_eq!(
        later.changed_entries(&build(&[renamed], None, false, Lang::En)),
        None
    );
    let two = build(
        &[answered_again, car(EX30, "EX30", &[Command::Honk])],
        None,
        false,
        Lang::En,
    );
    assert_eq!(later.changed_entries(&two), None);
}

#[test]
fn the_menu_speaks_the_language_it_is_built_in_and_clicks_the_same() {
    let mut busy = car(XC40, "XC40", &[Command::Flash, Command::Honk]);
    busy.in_flight = vec![Command::Honk];
    let asked_car = car(EX30, "EX30", &[Command::HonkAndFlash]);
    let asked = (Vin::parse(EX30).unwrap(), Command::HonkAndFlash);
    let cars = [busy, asked_car];
    let swedish = build(&cars, Some(&asked), false, Lang::Sv);
    assert_eq!(
        texts(&swedish.cars[0]),
        [("Blinka", false), ("Tutar…", false)]
    );
    assert_eq!(
        texts(&swedish.cars[1]),
        [("Klicka igen för att tuta och blinka", true)]
    );
    assert_eq!(
        (swedish.show.text.as_str(), swedish.quit.text.as_str()),
        ("Visa Volvo Beacon", "Avsluta")
    );
    let german = build(&[], None, false, Lang::De);
    assert_eq!(
        german.no_cars.map(|e| e.text),
        Some("Noch keine Fahrzeuge".to_owned())
    );
    assert_eq!(german.show.text, "Volvo Beacon anzeigen");
    // The ids a click comes back with do not depend on the language.
    let english = build(&cars, Some(&asked), false, Lang::En);
    let ids = |m: &TrayMenu| m.entries().map(|e| e.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&swedish), ids(&english));
}

#[test]
fn after_the_sign_in_ended_the_cars_are_not_offered_and_the_menu_says_why() {
    let cars = [car(XC40, "XC40", &[Command::Flash, Command::Honk])];
    let menu = build(&cars, None, true, Lang::En);
    assert!(
        menu.cars.is_empty(),
        "nothing can be sent without a sign-in"
    );
    let why = menu.no_cars.as_ref().expect("a line instead of the cars");
    assert_eq!(
        (why.text.as_str(), why.enabled),
        ("Signed out: open Volvo Beacon to sign in again", false)
    );
    assert_eq!(Click::of(&why.id), Click::Nothing);
    assert_eq!(Click::of(&menu.show.id), Click::Show);
    assert!(menu
        .tooltip
        .ends_with("Signed out: open Volvo Beacon to sign in again"));
}
