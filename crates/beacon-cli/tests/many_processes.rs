//! Several `beacon` processes at the same moment, as scripts start them, against one sign-in
//! in a REAL Secret Service (`scripts/with-keyring cargo test -p beacon-cli`). Each new process
//! has no access token, so each renews the sign-in: Volvo ID rotates the refresh token every
//! time, and a process that sent the token another had just used would be refused.

mod common;

use std::process::{Child, Stdio};

use common::account::TestAccount;
use common::single_json_value;

const PROCESSES: usize = 6;
const ROUNDS: usize = 3;

#[test]
fn processes_started_together_each_renew_the_sign_in_and_none_sends_a_dead_token() {
    // Each `vehicles` makes several API calls; Volvo's per-minute limit is not what is tested.
    let Some((account, sim)) = TestAccount::with_sim("many-processes", |scenario| {
        scenario.requests_per_minute = 1_000;
    }) else {
        return;
    };
    account.set_up(&sim);
    let ended = account.log_in(&sim, &[]);
    assert_eq!(ended.code, 0, "{ended:#?}");

    for round in 1..=ROUNDS {
        sim.handle().clear_requests();
        let children: Vec<Child> = (0..PROCESSES)
            .map(|_| {
                account
                    .beacon()
                    .args(["vehicles", "--json"])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("start beacon")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("beacon ran");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(0),
                "round {round}: {}\n{stderr}",
                String::from_utf8_lossy(&out.stdout)
            );
            let cars = single_json_value(&out.stdout);
            assert_eq!(
                cars.as_array().map(Vec::len),
                Some(3),
                "round {round}: {cars}"
            );
        }
        // One renewal per process, each with the token the one before it saved: Volvo ID
        // refused none.
        let renewals = sim.token_requests("refresh_token");
        assert_eq!(renewals.len(), PROCESSES, "round {round}: {renewals:#?}");
        assert!(
            renewals.iter().all(|r| r.status == 200),
            "round {round}: a dead refresh token was sent: {renewals:#?}"
        );
    }
}
