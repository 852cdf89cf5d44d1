//! Every way Volvo can fail a command, through the real window: the simulator answers the
//! honk with one fault after another, the tile says in its own words what happened, and the
//! next click works. Fault by fault, one POST per click: nothing is retried behind the user's
//! back. (The quota 403 and the double click: desktop.rs. A command that times out takes
//! Beacon's 90 s command timeout, and is covered against the simulator in volvo-api's
//! client_errors tests; 401 and invalid_grant end a sign-in: sign_in tests.)

#![cfg(target_os = "linux")]

use std::collections::BTreeSet;

use beacon_e2e::ui;
use beacon_e2e::{one_car_application, E2e, Launch};
use serde_json::{json, Value};

const XC40: &str = "YV1XZK8V2P1234567";
const DEMO_FLEET: [&str; 3] = [XC40, "YV4A22PL5N1234568", "YV1EX30A0R1234569"];

fn status(code: u16, body: &str, headers: Value) -> Value {
    json!({"type": "status", "status": code, "body": body, "headers": headers})
}

fn api_error(message: &str, description: &str) -> String {
    json!({"error": {"message": message, "description": description}}).to_string()
}

/// (the fault, what Volvo does, the tile's status, words the message must have)
type Case = (&'static str, Value, &'static str, &'static str);

/// One app and simulator per group: Beacon sends at most 10 commands a minute (Volvo's
/// limit), and each case takes two.
fn run(test: &str, cases: Vec<Case>) {
    let e2e = E2e::start(test);
    let sim = e2e.sim(None);
    let app = e2e.launch(Launch::plain().with_test_token(&sim.info));
    let wd = app.wd();
    ui::wait_for_cars(wd, &DEMO_FLEET);
    let honk = format!("/connected-vehicle/v2/vehicles/{XC40}/commands/honk");

    let mut messages = BTreeSet::new();
    let mut posts = 0;
    for (name, action, expected_status, words) in &cases {
        sim.add_fault(json!({"method": "POST", "path": honk, "count": 1, "action": action}));
        wd.click(&ui::button(wd, XC40, "HONK"));
        let failed = ui::wait_for_done(wd, XC40, expected_status);
        posts += 1;
        let (headline, _) = failed
            .outcome_text
            .split_once('\n')
            .unwrap_or((&failed.outcome_text, ""));
        eprintln!("{name}: {headline:?}");
        assert!(
            headline.contains(words),
            "{name}: {headline:?} should mention {words:?}"
        );
        assert!(
            messages.insert(headline.to_owned()),
            "{name}: the same words as another failure: {headline:?}"
        );
        assert_eq!(
            sim.count("POST", &honk),
            posts,
            "{name}: one click, one POST"
        );

        wd.click(&ui::button(wd, XC40, "HONK"));
        ui::wait_for_done(wd, XC40, "COMPLETED");
        posts += 1;
        assert_eq!(sim.count("POST", &honk), posts, "{name}: the next click");
    }
    assert_eq!(ui::mode(wd), "account", "no failure signed anyone out");
}

#[test]
fn refusals_read_in_their_own_words_and_the_next_click_works() {
    run(
        "faults_refusals",
        vec![
            (
                "scope 403",
                status(
                    403,
                    &api_error("Forbidden", "Missing scope conve:honk_flash"),
                    json!({}),
                ),
                "error:forbidden",
                "Missing scope",
            ),
            (
                "404",
                status(404, &api_error("Not Found", "Vehicle not found"), json!({})),
                "error:not_found",
                "not found",
            ),
            (
                "409",
                status(
                    409,
                    &api_error("Conflict", "Another command is in progress"),
                    json!({}),
                ),
                "error:conflict",
                "busy",
            ),
            (
                "429 with Retry-After",
                status(
                    429,
                    &api_error("Too Many Requests", "Rate limit exceeded"),
                    json!({"Retry-After": "30"}),
                ),
                "error:rate_limited",
                "30 s",
            ),
        ],
    );
}

#[test]
fn outages_say_the_car_may_have_acted_and_the_next_click_works() {
    run(
        "faults_outages",
        vec![
            (
                "500",
                status(500, "", json!({})),
                "error:server_error",
                "HTTP 500",
            ),
            (
                "503",
                status(503, "<html>down</html>", json!({})),
                "error:server_error",
                "HTTP 503",
            ),
            (
                "504",
                status(504, "", json!({})),
                "error:server_error",
                "HTTP 504",
            ),
            (
                "connection reset",
                json!({"type": "reset"}),
                "error:network",
                "may or may not have received it",
            ),
        ],
    );
}

#[test]
fn unreadable_answers_are_named_and_the_next_click_works() {
    run(
        "faults_unreadable",
        vec![
            (
                "malformed JSON",
                json!({"type": "malformed"}),
                "error:decode",
                "not JSON",
            ),
            (
                "huge body",
                json!({"type": "oversized", "bytes": 50_000_000}),
                "error:decode",
                "too large",
            ),
            (
                "unknown invokeStatus",
                json!({"type": "invoke_status", "value": "TELEPORTED"}),
                "TELEPORTED",
                "TELEPORTED",
            ),
        ],
    );
}

/// A signed-in account's sign-in failures, through the window. Volvo refusing the access
/// token (401): Beacon renews it and sends the command once more, which is safe because a 401
/// means the command never ran; the click just works. Volvo ID ending the sign-in
/// (`invalid_grant`): the page says so in plain words, and no command goes out.
#[test]
fn a_refused_token_is_renewed_and_an_ended_sign_in_is_named() {
    const VIN: &str = "YV1FAULTSIGNIN042";
    let e2e = E2e::start("faults_sign_in");
    // Access tokens that need renewing a second after they are issued.
    let scenario = format!(
        "access_token_ttl_secs = 2\n{}",
        one_car_application(VIN, "EX30")
    );
    let sim = e2e.sim(Some(&scenario));
    let app = e2e.launch(Launch::plain().with_application(&sim.info));
    let wd = app.wd();
    app.sign_in_by_deep_link(&sim);
    ui::wait_for_cars(wd, &[VIN]);
    assert_eq!(ui::mode(wd), "account");
    let honk = format!("/connected-vehicle/v2/vehicles/{VIN}/commands/honk");
    let refreshes = |sim: &beacon_e2e::Sim| {
        sim.requests()
            .into_iter()
            .filter(|r| r["grant_type"] == "refresh_token")
            .count()
    };

    sim.add_fault(json!({
        "method": "POST", "path": honk, "count": 1,
        "action": status(
            401,
            &api_error("Unauthorized", "The access token is invalid or has expired."),
            json!({"WWW-Authenticate": "Bearer error=\"invalid_token\""}),
        )
    }));
    let renewed_before = refreshes(&sim);
    wd.click(&ui::button(wd, VIN, "HONK"));
    ui::wait_for_done(wd, VIN, "COMPLETED");
    assert_eq!(sim.count("POST", &honk), 2, "refused once, sent once more");
    assert!(refreshes(&sim) > renewed_before, "the token was renewed");

    // Volvo ID ends the sign-in at the next renewal.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    sim.add_fault(json!({
        "method": "POST", "path": "/as/token.oauth2", "count": 1,
        "action": status(
            400,
            &json!({"error": "invalid_grant", "error_description": "The refresh token has expired"})
                .to_string(),
            json!({}),
        )
    }));
    wd.click(&ui::button(wd, VIN, "HONK"));
    beacon_e2e::wait_until("the sign-in to end", beacon_e2e::DEFAULT_WAIT, || {
        (ui::mode(wd) == "signed_out")
            .then_some(())
            .ok_or_else(|| format!("mode {:?}", ui::mode(wd)))
    });
    let reason = wd.text(&wd.find("#signed-out-reason"));
    assert!(
        reason.contains("sign-in has ended") && reason.contains("The refresh token has expired"),
        "{reason:?}"
    );
    assert_eq!(sim.count("POST", &honk), 2, "no command without a sign-in");
}

/// Volvo never answers: after Beacon's command timeout (90 s) the tile says the car may or may
/// not have acted, the command is not sent again on its own, and the next click works.
#[test]
fn a_command_that_times_out_says_the_car_may_have_acted() {
    let e2e = E2e::start("faults_timeout");
    let sim = e2e.sim(None);
    let app = e2e.launch(Launch::plain().with_test_token(&sim.info));
    let wd = app.wd();
    ui::wait_for_cars(wd, &DEMO_FLEET);
    let honk = format!("/connected-vehicle/v2/vehicles/{XC40}/commands/honk");
    sim.add_fault(json!({
        "method": "POST", "path": honk, "count": 1,
        "action": {"type": "delay", "ms": 100_000}
    }));
    wd.click(&ui::button(wd, XC40, "HONK"));
    let timed_out = beacon_e2e::wait_until(
        "the command timeout",
        std::time::Duration::from_secs(150),
        || {
            let tile = ui::tile(wd, XC40);
            (tile.state == "done")
                .then_some(tile.clone())
                .ok_or_else(|| format!("{:?}", tile.outcome_text))
        },
    );
    assert_eq!(timed_out.status.as_deref(), Some("error:timeout"));
    assert!(
        timed_out.outcome_text.contains("may or may not"),
        "{:?}",
        timed_out.outcome_text
    );
    assert_eq!(sim.count("POST", &honk), 1, "not sent again on its own");
    wd.click(&ui::button(wd, XC40, "HONK"));
    ui::wait_for_done(wd, XC40, "COMPLETED");
    assert_eq!(sim.count("POST", &honk), 2);
}
