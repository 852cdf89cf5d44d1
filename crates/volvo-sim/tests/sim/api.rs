use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::json;
use volvo_sim::{Behaviour, MintOptions, Scenario, Vehicle};

use crate::common::*;

#[tokio::test]
async fn fleet_details_commands_and_accessibility_have_the_real_shapes() {
    let ctx = start(fast_demo()).await;
    let (status, list) = ctx.get("/vehicles").await;
    assert_eq!(status, 200);
    assert_eq!(
        list,
        json!({"data": [{"vin": XC40}, {"vin": XC90}, {"vin": EX30}]})
    );

    let (status, details) = ctx.get(&format!("/vehicles/{XC40}")).await;
    assert_eq!(status, 200);
    let d = &details["data"];
    assert_eq!(d["vin"], XC40);
    assert_eq!(d["modelYear"], 2023);
    assert_eq!(d["fuelType"], "ELECTRIC");
    assert_eq!(d["externalColour"], "Sage Green");
    assert_eq!(d["batteryCapacityKWH"], 78.0);
    assert_eq!(d["descriptions"]["model"], "XC40 Recharge");
    assert_eq!(
        d["images"]["exteriorImageUrl"],
        format!(
            "{}/images/exterior/{XC40}.png?client=sim&w=1920",
            ctx.sim.base_url()
        )
    );
    assert!(d["images"]["internalImageUrl"]
        .as_str()
        .unwrap()
        .contains("/images/interior/"));
    let (_, xc90) = ctx.get(&format!("/vehicles/{XC90}")).await;
    assert_eq!(xc90["data"]["fuelType"], "PETROL/ELECTRIC");

    let (status, commands) = ctx.get(&format!("/vehicles/{XC40}/commands")).await;
    assert_eq!(status, 200);
    let commands = commands["data"].as_array().unwrap();
    let names: Vec<&str> = commands
        .iter()
        .map(|c| c["command"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "LOCK",
            "UNLOCK",
            "HONK",
            "FLASH",
            "HONK_AND_FLASH",
            "CLIMATIZATION_START",
            "CLIMATIZATION_STOP"
        ]
    );
    let hrefs: Vec<&str> = commands
        .iter()
        .map(|c| c["href"].as_str().unwrap())
        .collect();
    assert!(hrefs.iter().any(|h| h.starts_with("http://")), "{hrefs:?}");
    assert!(hrefs.iter().any(|h| h.starts_with("/v2/")), "{hrefs:?}");
    assert!(hrefs
        .iter()
        .any(|h| h.ends_with(&format!("{XC40}/commands/honk-flash"))));
    let (_, ex30) = ctx.get(&format!("/vehicles/{EX30}/commands")).await;
    let ex30: Vec<&str> = ex30["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["command"].as_str().unwrap())
        .collect();
    assert_eq!(ex30, ["LOCK", "UNLOCK"]);

    let (status, ok) = ctx
        .get(&format!("/vehicles/{XC40}/command-accessibility"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(ok["data"]["availabilityStatus"]["value"], "AVAILABLE");
    let stamp = ok["data"]["availabilityStatus"]["timestamp"]
        .as_str()
        .unwrap();
    assert!(stamp.ends_with('Z') && stamp.len() == 24, "{stamp}");
    // The sleeping XC90 answers with the reason beside availabilityStatus.
    let (_, asleep) = ctx
        .get(&format!("/vehicles/{XC90}/command-accessibility"))
        .await;
    assert_eq!(asleep["data"]["availabilityStatus"]["value"], "UNAVAILABLE");
    assert_eq!(asleep["data"]["unavailableReason"], "POWER_SAVING_MODE");
    assert!(asleep["data"]["availabilityStatus"]
        .get("unavailableReason")
        .is_none());
}

const INVALID_KEY: &str = r#"{"status":401,"error":{"message":"Access denied due to invalid VCC-API-KEY. Make sure to provide a valid key for an active application."}}"#;

#[tokio::test]
async fn api_key_is_checked_first() {
    let ctx = start(fast_demo()).await;
    let url = format!("{}/vehicles", ctx.sim.api_url());
    for key in [None, Some("not-a-key"), Some("")] {
        let mut req = ctx.http.get(&url); // no token either: the key is checked first
        if let Some(key) = key {
            req = req.header("vcc-api-key", key);
        }
        let response = req.send().await.unwrap();
        assert_eq!(response.status(), 401);
        assert_eq!(response.text().await.unwrap(), INVALID_KEY);
    }
    let secondary = ctx
        .http
        .get(&url)
        .header("vcc-api-key", ctx.sim.secondary_api_key())
        .bearer_auth(&ctx.token)
        .send()
        .await
        .unwrap();
    assert_eq!(secondary.status(), 200);
}

#[tokio::test]
async fn spent_quota_answers_403_with_the_time_to_midnight() {
    let ctx = start(fast_demo()).await;
    ctx.sim.set_quota_remaining(ctx.sim.api_key(), 1);
    assert_eq!(ctx.get("/vehicles").await.0, 200);
    let response = ctx.api(Method::GET, "/vehicles").send().await.unwrap();
    assert_eq!(response.status(), 403);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["statusCode"], 403);
    let message = body["message"].as_str().unwrap();
    let countdown = message
        .strip_prefix("Out of call volume quota. Quota will be replenished in ")
        .and_then(|m| m.strip_suffix('.'))
        .unwrap_or_else(|| panic!("unexpected message {message:?}"));
    let parts: Vec<u64> = countdown.split(':').map(|p| p.parse().unwrap()).collect();
    assert_eq!(countdown.len(), 8, "{countdown}");
    assert!(
        parts[0] <= 24 && parts[1] < 60 && parts[2] < 60,
        "{countdown}"
    );
    assert_eq!(body.as_object().unwrap().len(), 2, "{body}");

    // Quota is checked before the token, and per key.
    let no_token = ctx
        .http
        .get(format!("{}/vehicles", ctx.sim.api_url()))
        .header("vcc-api-key", ctx.sim.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), 403);
    let secondary = ctx
        .http
        .get(format!("{}/vehicles", ctx.sim.api_url()))
        .header("vcc-api-key", ctx.sim.secondary_api_key())
        .bearer_auth(&ctx.token)
        .send()
        .await
        .unwrap();
    assert_eq!(secondary.status(), 200);
}

#[tokio::test]
async fn daily_quota_from_the_scenario_counts_every_call() {
    let mut scenario = fast_demo();
    scenario.daily_quota = 3;
    let ctx = start(scenario).await;
    assert_eq!(ctx.get("/vehicles").await.0, 200);
    ctx.token_with(&[]); // minting is not an API call
    assert_eq!(ctx.get("/vehicles/NOPE").await.0, 404);
    assert_eq!(ctx.get("/vehicles").await.0, 200);
    assert_eq!(ctx.get("/vehicles").await.0, 403);
}

const INVALID_TOKEN: &str = r#"{"error":{"message":"Unauthorized","description":"The access token is invalid or has expired."}}"#;

#[tokio::test]
async fn missing_unknown_and_expired_tokens_get_401() {
    let ctx = start(fast_demo()).await;
    let url = format!("{}/vehicles", ctx.sim.api_url());
    let expiring = ctx.sim.mint_access_token(MintOptions {
        ttl: Some(Duration::from_millis(200)),
        ..MintOptions::default()
    });
    let with_key = || ctx.http.get(&url).header("vcc-api-key", ctx.sim.api_key());
    assert_eq!(
        with_key()
            .bearer_auth(&expiring)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    for req in [
        with_key(),
        with_key().bearer_auth("made-up"),
        with_key().bearer_auth(&expiring),
        with_key().header("authorization", format!("Basic {}", ctx.token)),
    ] {
        let response = req.send().await.unwrap();
        assert_eq!(response.status(), 401);
        assert_eq!(response.text().await.unwrap(), INVALID_TOKEN);
    }
}

#[tokio::test]
async fn each_endpoint_needs_its_scope() {
    let mut ctx = start(fast_demo()).await;
    ctx.token = ctx.token_with(&["openid", "conve:vehicle_relation"]);
    let (status, body) = ctx.command(XC40, "honk").await;
    assert_eq!(status, 403);
    assert_eq!(
        body,
        json!({"error": {"message": "Forbidden", "description": "Missing scope conve:honk_flash"}})
    );
    let (status, body) = ctx.get(&format!("/vehicles/{XC40}/commands")).await;
    assert_eq!(status, 403);
    assert_eq!(body["error"]["description"], "Missing scope conve:commands");
    let (status, body) = ctx
        .get(&format!("/vehicles/{XC40}/command-accessibility"))
        .await;
    assert_eq!(status, 403);
    assert_eq!(
        body["error"]["description"],
        "Missing scope conve:command_accessibility"
    );
    assert_eq!(ctx.get("/vehicles").await.0, 200);

    ctx.token = ctx.token_with(&["conve:honk_flash"]);
    let (status, body) = ctx.get("/vehicles").await;
    assert_eq!(status, 403);
    assert_eq!(
        body["error"]["description"],
        "Missing scope conve:vehicle_relation"
    );
    // Lock is not a product scope: a default token cannot lock.
    ctx.token = ctx.token_with(&volvo_sim::PRODUCT_SCOPES);
    let (status, body) = ctx.command(XC40, "lock").await;
    assert_eq!(status, 403);
    assert_eq!(body["error"]["description"], "Missing scope conve:lock");
}

#[tokio::test]
async fn unknown_vin_unsupported_command_and_unknown_route_are_404() {
    let ctx = start(fast_demo()).await;
    let not_found = json!({"error": {"message": "Not Found", "description": "Vehicle not found"}});
    assert_eq!(
        ctx.get("/vehicles/YV1XZK8V2P7654321").await,
        (404, not_found.clone())
    );
    assert_eq!(
        ctx.command("YV1XZK8V2P7654321", "honk").await,
        (404, not_found)
    );
    for command in ["honk", "flash", "honk-flash"] {
        assert_eq!(
            ctx.command(EX30, command).await,
            (
                404,
                json!({"error": {"message": "Not Found", "description": "The vehicle does not support this command"}})
            ),
            "EX30 {command}"
        );
    }
    let (status, body) = ctx.command(XC40, "honk-and-flash").await;
    assert_eq!(status, 404);
    assert_eq!(body["error"]["description"], "Resource not found");
}

#[tokio::test]
async fn a_car_with_its_own_command_path_lists_and_serves_it_and_not_the_documented_one() {
    const OWN: &str = "YV1OWNPATHS000001";
    let mut scenario = fast_demo();
    let mut own = car(OWN, Behaviour::Completes);
    own.commands = vec!["HONK".into(), "HONK_AND_FLASH".into(), "FLASH".into()];
    own.command_paths
        .insert("HONK_AND_FLASH".into(), "honk-and-flash".into());
    own.command_hrefs
        .insert("FLASH".into(), "https://evil.example/flash".into());
    scenario.vehicles.push(own);
    let ctx = start(scenario).await;

    let (status, list) = ctx.get(&format!("/vehicles/{OWN}/commands")).await;
    assert_eq!(status, 200);
    let href = |name: &str| {
        list["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["command"] == name)
            .map(|c| c["href"].as_str().unwrap().to_owned())
            .unwrap()
    };
    assert_eq!(href("HONK"), format!("/v2/vehicles/{OWN}/commands/honk"));
    assert_eq!(href("FLASH"), "https://evil.example/flash");
    assert_eq!(
        href("HONK_AND_FLASH"),
        format!(
            "{}/vehicles/{OWN}/commands/honk-and-flash",
            ctx.sim.api_url()
        )
    );

    let (status, done) = ctx.command(OWN, "honk-and-flash").await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(done["data"]["invokeStatus"], "COMPLETED");
    let (status, missing) = ctx.command(OWN, "honk-flash").await;
    assert_eq!(status, 404);
    assert_eq!(missing["error"]["description"], "Resource not found");
    // An href listed elsewhere does not move the car: it still serves the documented path.
    assert_eq!(ctx.command(OWN, "flash").await.0, 200);
    // Other cars keep the documented path and have no route at the other one.
    assert_eq!(ctx.command(XC40, "honk-flash").await.0, 200);
    assert_eq!(ctx.command(XC40, "honk-and-flash").await.0, 404);
}

fn car(vin: &str, behaviour: Behaviour) -> Vehicle {
    let mut car = Scenario::demo().vehicles[0].clone();
    car.vin = vin.to_string();
    car.behaviour = behaviour;
    car.latency_ms = 0;
    car
}

#[tokio::test]
async fn each_behaviour_answers_its_invoke_status() {
    let mut scenario = fast_demo();
    scenario.vehicles = vec![
        car("YV1COMPLETES00001", Behaviour::Completes),
        car("YV1ASLEEP00000002", Behaviour::Asleep),
        car("YV1DELIVERS000003", Behaviour::Delivers),
        car("YV1PRIVACY0000004", Behaviour::Privacy),
        car("YV1OFFLINE0000005", Behaviour::Offline),
    ];
    let ctx = start(scenario).await;
    for (vin, expected) in [
        ("YV1COMPLETES00001", "COMPLETED"),
        ("YV1ASLEEP00000002", "VEHICLE_IN_SLEEP"),
        ("YV1DELIVERS000003", "DELIVERED"),
        ("YV1PRIVACY0000004", "NOT_ALLOWED_PRIVACY_ENABLED"),
        ("YV1OFFLINE0000005", "CONNECTION_FAILURE"),
    ] {
        let (status, body) = ctx.command(vin, "honk-flash").await;
        assert_eq!(status, 200, "{vin}: {body}");
        assert_eq!(body["data"]["vin"], vin);
        assert_eq!(body["data"]["invokeStatus"], expected, "{vin}");
        assert!(body["data"]["message"].is_string());
    }
    let (_, asleep) = ctx.command("YV1ASLEEP00000002", "flash").await;
    assert!(asleep["data"]["message"]
        .as_str()
        .unwrap()
        .contains("sleep"));
    let (_, offline) = ctx
        .get("/vehicles/YV1OFFLINE0000005/command-accessibility")
        .await;
    assert_eq!(
        offline["data"]["availabilityStatus"]["unavailableReason"],
        "NO_INTERNET"
    );
}

#[tokio::test]
async fn demo_xc90_is_asleep() {
    let ctx = start(fast_demo()).await;
    let (status, body) = ctx.command(XC90, "honk").await;
    assert_eq!(status, 200);
    assert_eq!(body["data"]["invokeStatus"], "VEHICLE_IN_SLEEP");
}

#[tokio::test]
async fn read_only_car_refuses_every_command() {
    let mut scenario = fast_demo();
    scenario.vehicles = vec![car("YV4952NA4F120DEMO", Behaviour::ReadOnly)];
    let ctx = start(scenario).await;
    let forbidden =
        json!({"error": {"message": "Forbidden", "description": "This demo vehicle is read-only"}});
    for command in ["honk", "flash", "honk-flash"] {
        assert_eq!(
            ctx.command("YV4952NA4F120DEMO", command).await,
            (403, forbidden.clone())
        );
    }
    // Reading still works.
    assert_eq!(ctx.get("/vehicles/YV4952NA4F120DEMO").await.0, 200);
}

#[tokio::test]
async fn commands_take_the_cars_latency() {
    let mut scenario = fast_demo();
    scenario.vehicles[0].latency_ms = 300;
    let ctx = start(scenario).await;
    let started = Instant::now();
    let (status, body) = ctx.command(XC40, "honk").await;
    assert_eq!(status, 200);
    assert_eq!(body["data"]["invokeStatus"], "COMPLETED");
    assert!(started.elapsed() >= Duration::from_millis(300));
    let started = Instant::now();
    ctx.get(&format!("/vehicles/{XC40}")).await;
    assert!(
        started.elapsed() < Duration::from_millis(300),
        "reads are not delayed"
    );
}

#[tokio::test]
async fn operation_id_is_echoed_and_validated() {
    let ctx = start(fast_demo()).await;
    let id = "0b8f7c1e-2f0a-4c3b-9d6e-5a4b3c2d1e0f";
    let response = ctx
        .api(Method::POST, &format!("/vehicles/{XC40}/commands/honk"))
        .header("vcc-api-operationId", id)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["vcc-api-operationId"], id);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["operationId"], id);
    assert_eq!(body["data"]["invokeStatus"], "COMPLETED");

    let read = ctx
        .api(Method::GET, "/vehicles")
        .header("vcc-api-operationId", id)
        .send()
        .await
        .unwrap();
    assert_eq!(read.headers()["vcc-api-operationId"], id);
    let plain = ctx.api(Method::GET, "/vehicles").send().await.unwrap();
    assert!(plain.headers().get("vcc-api-operationId").is_none());

    for bad in ["not-a-uuid", "0b8f7c1e2f0a4c3b9d6e5a4b3c2d1e0f", ""] {
        let response = ctx
            .api(Method::POST, &format!("/vehicles/{XC40}/commands/honk"))
            .header("vcc-api-operationId", bad)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422, "{bad:?}");
        assert!(response.headers().get("vcc-api-operationId").is_none());
        assert_eq!(
            response.text().await.unwrap(),
            r#"{"error":{"message":"Unprocessable Entity","description":"Invalid vcc-api-operationId"}}"#
        );
    }
    let records = ctx.sim.requests();
    assert_eq!(records[0].operation_id.as_deref(), Some(id));
    assert_eq!(records.last().unwrap().operation_id.as_deref(), Some(""));
}

#[tokio::test]
async fn images_need_a_browser_user_agent() {
    let ctx = start(fast_demo()).await;
    let (_, details) = ctx.get(&format!("/vehicles/{XC90}")).await;
    let url = details["data"]["images"]["exteriorImageUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let bare = ctx.http.get(&url).send().await.unwrap();
    assert_eq!(bare.status(), 403);
    let tool = ctx
        .http
        .get(&url)
        .header("user-agent", "curl/8.5")
        .send()
        .await
        .unwrap();
    assert_eq!(tool.status(), 403);
    let browser = ctx
        .http
        .get(&url)
        .header(
            "user-agent",
            "Mozilla/5.0 (X11; Linux x86_64) VolvoBeacon/0.1",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(browser.status(), 200);
    assert_eq!(browser.headers()["content-type"], "image/png");
    let png = browser.bytes().await.unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert!(png.len() > 1000);
    let interior = url.replace("/exterior/", "/interior/");
    let other = ctx
        .http
        .get(&interior)
        .header("user-agent", "Mozilla/5.0")
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 200);
    assert_ne!(other.bytes().await.unwrap(), png);
    let kinds: Vec<String> = ctx.sim.requests().into_iter().map(|r| r.kind).collect();
    assert_eq!(kinds, ["api", "image", "image", "image", "image"]);
}
