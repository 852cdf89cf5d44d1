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
    let menu = build(&cars, None);
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
    let menu = build(&[busy, asked_car], Some(&asked));
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
    let menu = build(&[older, newer], None);
    let last = menu.cars[1].last.as_ref().expect("a last answer");
    assert!(last.text.starts_with("Last: honked at "), "{}", last.text);
    assert!(!last.enabled);
    assert_eq!(Click::of(&last.id), Click::Nothing);
    assert_eq!(menu.tooltip, format!("{APP_NAME}\nEX30: {}", last.text));
}

#[test]
fn no_cars_says_so_and_unknown_or_forged_ids_do_nothing() {
    let menu = build(&[], None);
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

    let before = build(std::slice::from_ref(&idle), None);
    let started = build(std::slice::from_ref(&running), None);
    let changed: Vec<(&str, bool)> = before
        .changed_entries(&started)
        .expect("the same shape")
        .into_iter()
        .map(|e| (e.text.as_str(), e.enabled))
        .collect();
    assert_eq!(changed, [("Flashing…", false), ("Honk", false)]);
    assert_eq!(
        started.changed_entries(&build(std::slice::from_ref(&running), None)),
        Some(Vec::new()),
        "nothing changed"
    );

    // The first answer adds a line: a new menu. A later one only changes that line's words.
    let first = build(std::slice::from_ref(&answered), None);
    assert_eq!(started.changed_entries(&first), None);
    let later = build(std::slice::from_ref(&answered_again), None);
    let changed = first.changed_entries(&later).expect("the same shape");
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].id, later.cars[0].last.as_ref().unwrap().id);

    // A renamed car, or one more car: a new menu.
    let mut renamed = answered_again.clone();
    renamed.display_name = "Green one".into();
    assert_eq!(later.changed_entries(&build(&[renamed], None)), None);
    let two = build(&[answered_again, car(EX30, "EX30", &[Command::Honk])], None);
    assert_eq!(later.changed_entries(&two), None);
}
