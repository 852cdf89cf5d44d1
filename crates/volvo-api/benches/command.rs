//! What our client adds on top of a bare HTTP POST: one honk through `volvo_api::Client`
//! versus a raw reqwest POST with the same headers, both against the same local simulator.
//! Run with `cargo bench -p volvo-api --bench command`; the ratio of the two means is the
//! client's overhead (validation, operation id, token source, capped read, decode, classify).

use std::sync::Arc;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use volvo_api::{Client, Command, StaticToken, Vin};
use volvo_sim::{MintOptions, Scenario, Sim};

const VIN: &str = "YV1BENCH000000001";

fn scenario() -> Scenario {
    // No rate limits and a quota large enough for criterion's thousands of iterations.
    Scenario::from_toml_str(&format!(
        r#"
commands_per_minute = 0
requests_per_minute = 0
daily_quota = 1000000000
[application]
client_id = "bench"
client_secret = "bench-secret"
api_key = "bench-key"
secondary_api_key = "bench-key-2"
[[vehicles]]
vin = "{VIN}"
model = "XC40"
model_year = 2023
colour = "Onyx Black"
fuel_type = "ELECTRIC"
commands = ["HONK", "FLASH", "HONK_AND_FLASH"]
behaviour = "completes"
latency_ms = 0
"#
    ))
    .expect("bench scenario")
}

fn bench_command(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let sim = rt
        .block_on(Sim::builder().scenario(scenario()).start())
        .expect("sim");
    let token = sim.mint_access_token(MintOptions {
        ttl: Some(Duration::from_secs(24 * 3600)),
        ..Default::default()
    });
    let client = Client::builder()
        .base_url(sim.api_url())
        .api_key(sim.api_key())
        .token_source(Arc::new(StaticToken::new(token.clone())))
        .command_limit(None)
        .build()
        .expect("client");
    let vin = Vin::parse(VIN).expect("vin");
    let raw = volvo_api::http::client_builder().build().unwrap();
    let url = format!("{}/vehicles/{VIN}/commands/honk", sim.api_url());
    let key = sim.api_key().to_owned();

    let mut group = c.benchmark_group("honk");
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("volvo_api_client", |b| {
        b.to_async(&rt).iter(|| async {
            let result = client
                .send_command(&vin, Command::Honk)
                .await
                .expect("honk");
            assert_eq!(result.invoke_status.as_str(), "COMPLETED");
        })
    });
    group.bench_function("raw_reqwest_post", |b| {
        b.to_async(&rt).iter(|| async {
            let response = raw
                .post(&url)
                .header("accept", "application/json")
                .header("content-type", "application/json")
                .header("vcc-api-key", &key)
                .header("authorization", format!("Bearer {token}"))
                .header("vcc-api-operationId", uuid::Uuid::new_v4().to_string())
                .send()
                .await
                .expect("post");
            assert!(response.status().is_success());
            let body = response.bytes().await.expect("body");
            assert!(!body.is_empty());
        })
    });
    group.finish();
}

criterion_group!(benches, bench_command);
criterion_main!(benches);
