//! The simulator in this test process (to inject faults and read its request log), the real
//! `beacon` binary against it.

mod common;

use common::{assert_error, beacon_at, in_process_sim, run_json, run_text, JsonRun, Target};
use volvo_sim::{Fault, FaultAction, RequestRecord, Scenario, SimHandle};

const XC40: &str = "YV1XZK8V2P1234567";
const XC90: &str = "YV4A22PL5N1234568";
const EX30: &str = "YV1EX30A0R1234569";

async fn start_sim() -> (SimHandle, Target) {
    in_process_sim(Scenario::demo()).await
}

/// Runs `beacon --json` off the async runtime so the simulator keeps serving meanwhile.
async fn beacon_json(target: &Target, args: &[&str]) -> JsonRun {
    let target = target.clone();
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run_json(beacon_at(&target), &args)
    })
    .await
    .expect("beacon run")
}

fn api_requests(handle: &SimHandle) -> Vec<RequestRecord> {
    handle
        .requests()
        .into_iter()
        .filter(|r| r.kind == "api")
        .collect()
}

/// The next `method` to `below` (a path under the API) answers `status` with Volvo's error
/// shape.
fn fail_next(
    handle: &SimHandle,
    target: &Target,
    method: &str,
    below: &str,
    (status, message): (u16, &str),
) {
    let api_path = target
        .api_url
        .trim_start_matches(handle.base_url().as_str());
    handle.add_fault(Fault::on(
        method,
        &format!("{api_path}{below}"),
        FaultAction::Status {
            status,
            body: serde_json::json!({ "error": { "message": message } }).to_string(),
            headers: Default::default(),
        },
    ));
}

/// The car's command list, then exactly one command: the record of the command.
fn assert_list_then_one_post(handle: &SimHandle, vin: &str, segment: &str) -> RequestRecord {
    let requests = api_requests(handle);
    assert_eq!(
        requests.len(),
        2,
        "the list, then the command: {requests:#?}"
    );
    let [list, r]: [RequestRecord; 2] = requests.try_into().unwrap();
    assert_eq!(list.method, "GET");
    assert!(
        list.path.ends_with(&format!("/vehicles/{vin}/commands")),
        "{}",
        list.path
    );
    assert_eq!(r.method, "POST");
    assert!(
        r.path
            .ends_with(&format!("/vehicles/{vin}/commands/{segment}")),
        "{}",
        r.path
    );
    r
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn honk_reads_the_list_then_sends_exactly_one_command() {
    let (handle, target) = start_sim().await;
    let run = beacon_json(&target, &["honk", XC40]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["vin"], XC40);
    assert_eq!(run.json["command"], "HONK");
    assert_eq!(run.json["invokeStatus"], "COMPLETED");
    assert_eq!(run.json["outcome"], "succeeded");
    assert_eq!(run.json["message"], "The car did it.");
    let record = assert_list_then_one_post(&handle, XC40, "honk");
    assert_eq!(record.status, 200);
    assert_eq!(
        record.operation_id.as_deref(),
        run.json["operationId"].as_str(),
        "the printed operation id is the one sent"
    );
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn honk_flash_uses_the_real_path() {
    let (handle, target) = start_sim().await;
    let run = beacon_json(&target, &["honk-flash", XC40]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["command"], "HONK_AND_FLASH");
    assert_list_then_one_post(&handle, XC40, "honk-flash");
    handle.shutdown().await;
}

/// A car that takes honk-and-flash at `honk-and-flash`: the CLI goes where its list says,
/// where the documented `honk-flash` would have been a 404.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn honk_flash_follows_the_cars_own_href() {
    const OWN: &str = "YV1OWNPATHS000001";
    let mut scenario = Scenario::demo();
    let mut car = scenario.vehicles[0].clone();
    car.vin = OWN.into();
    car.latency_ms = 0;
    car.command_paths
        .insert("HONK_AND_FLASH".into(), "honk-and-flash".into());
    scenario.vehicles.push(car);
    let (handle, target) = in_process_sim(scenario).await;
    let run = beacon_json(&target, &["honk-flash", OWN]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["command"], "HONK_AND_FLASH");
    assert_eq!(run.json["invokeStatus"], "COMPLETED");
    let record = assert_list_then_one_post(&handle, OWN, "honk-and-flash");
    assert_eq!(record.status, 200);
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreadable_command_list_still_sends_to_the_documented_path() {
    let (handle, target) = start_sim().await;
    fail_next(
        &handle,
        &target,
        "GET",
        &format!("/vehicles/{XC40}/commands"),
        (500, "Internal Server Error"),
    );
    let run = beacon_json(&target, &["flash", XC40]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json["invokeStatus"], "COMPLETED");
    let record = assert_list_then_one_post(&handle, XC40, "flash");
    assert_eq!(record.status, 200);
    assert_eq!(api_requests(&handle)[0].status, 500);
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asleep_car_exits_2_with_plain_words() {
    let (handle, target) = start_sim().await;
    let run = beacon_json(&target, &["flash", XC90]).await;
    assert_eq!(run.code, 2, "{run:#?}");
    assert_eq!(run.json["invokeStatus"], "VEHICLE_IN_SLEEP");
    assert_eq!(run.json["outcome"], "failed");
    let message = run.json["message"].as_str().unwrap().to_lowercase();
    assert!(
        message.contains("power-saving") || message.contains("sleep"),
        "{message}"
    );
    assert!(run.json["advice"].is_string());
    assert_list_then_one_post(&handle, XC90, "flash");
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unsupported_command_is_an_error() {
    let (handle, target) = start_sim().await;
    let run = beacon_json(&target, &["honk", EX30]).await;
    let message = assert_error(&run, "command_not_supported");
    assert!(message.contains("HONK"), "{message}");
    assert_list_then_one_post(&handle, EX30, "honk");
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_vin_sends_nothing() {
    let (handle, target) = start_sim().await;
    let run = beacon_json(&target, &["honk", "../../x"]).await;
    let message = assert_error(&run, "invalid_vin");
    assert!(message.contains("17"), "{message}");
    assert!(handle.requests().is_empty(), "{:#?}", handle.requests());
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_invoke_status_is_shown_verbatim_and_exits_2() {
    let (handle, target) = start_sim().await;
    handle.add_fault(Fault::any(FaultAction::InvokeStatus {
        value: "SOMETHING_NEW".into(),
    }));
    let run = beacon_json(&target, &["honk", XC40]).await;
    assert_eq!(run.code, 2, "{run:#?}");
    assert_eq!(run.json["invokeStatus"], "SOMETHING_NEW");
    assert_eq!(run.json["outcome"], "failed");
    assert!(run.json["message"]
        .as_str()
        .unwrap()
        .contains("SOMETHING_NEW"));
    assert_list_then_one_post(&handle, XC40, "honk");
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spent_quota_says_when_it_resets() {
    let (handle, target) = start_sim().await;
    handle.set_quota_remaining(&target.api_key, 0);
    let run = beacon_json(&target, &["vehicles"]).await;
    let message = assert_error(&run, "quota_exceeded");
    assert!(message.contains("resets in"), "{message}");
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_error_on_a_command_is_not_retried() {
    let (handle, target) = start_sim().await;
    fail_next(
        &handle,
        &target,
        "POST",
        &format!("/vehicles/{XC40}/commands/honk"),
        (503, "Service Unavailable"),
    );
    let run = beacon_json(&target, &["honk", XC40]).await;
    let message = assert_error(&run, "server_error");
    assert!(message.contains("not sent again"), "{message}");
    let record = assert_list_then_one_post(&handle, XC40, "honk");
    assert_eq!(record.status, 503);
    handle.shutdown().await;
}

/// Every per-car call is held up for `DELAY`: had any waited for another, its arrival would
/// be at least `DELAY` after the first one's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vehicles_fetches_every_car_once_and_all_at_once() {
    const DELAY: u64 = 1000;
    let (handle, target) = start_sim().await;
    let api_path = target
        .api_url
        .trim_start_matches(handle.base_url().as_str());
    handle.add_fault(
        Fault::on(
            "GET",
            &format!("{api_path}/vehicles/*"),
            FaultAction::Delay { ms: DELAY },
        )
        .times(6),
    );
    let run = beacon_json(&target, &["vehicles"]).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.json.as_array().map(Vec::len), Some(3));

    let requests = api_requests(&handle);
    let mut paths: Vec<String> = requests
        .iter()
        .map(|r| {
            assert_eq!(r.method, "GET");
            r.path.trim_start_matches(api_path).to_owned()
        })
        .collect();
    paths.sort();
    let mut expected = vec!["/vehicles".to_owned()];
    for vin in [XC40, XC90, EX30] {
        expected.push(format!("/vehicles/{vin}"));
        expected.push(format!("/vehicles/{vin}/commands"));
    }
    expected.sort();
    assert_eq!(paths, expected);

    let per_car: Vec<u64> = requests
        .iter()
        .filter(|r| r.path.trim_start_matches(api_path) != "/vehicles")
        .map(|r| r.at_ms)
        .collect();
    let spread = per_car.iter().max().unwrap() - per_car.iter().min().unwrap();
    assert!(
        spread < DELAY,
        "per-car calls went out one after another ({spread} ms apart): {requests:#?}"
    );
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn human_command_failure_goes_to_stderr() {
    let (handle, target) = start_sim().await;
    let t = target.clone();
    let (code, stdout, stderr) =
        tokio::task::spawn_blocking(move || run_text(beacon_at(&t), &["honk", "not-a-vin"]))
            .await
            .unwrap();
    assert_eq!(code, 1);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("not a VIN"), "{stderr}");
    assert!(!stderr.contains(&target.access_token) && !stderr.contains(&target.api_key));
    handle.shutdown().await;
}
