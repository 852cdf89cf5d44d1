//! Connected Vehicle API v2: the fleet, a car's details, its commands and their outcomes.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Serialize;
use serde_json::{json, Value};

use crate::api_path::PREFIX;
use crate::bodies::{self, json};
use crate::clock;
use crate::commands;
use crate::faults::InvokeOverride;
use crate::gate::{self, admit};
use crate::scenario::{AccessibilityShape, Behaviour, Vehicle};
use crate::state::SimState;

pub(crate) fn router(state: &Arc<SimState>) -> Router<Arc<SimState>> {
    let api = Router::new()
        .route("/vehicles", get(list_vehicles))
        .route("/vehicles/{vin}", get(vehicle_details))
        .route("/vehicles/{vin}/commands", get(list_commands))
        .route("/vehicles/{vin}/command-accessibility", get(accessibility))
        .route("/vehicles/{vin}/commands/{command}", post(invoke))
        .layer(middleware::from_fn(gate::echo_operation_id))
        .layer(middleware::from_fn_with_state(
            Arc::clone(state),
            gate::network_latency,
        ));
    Router::new().nest(PREFIX, api)
}

type Answer = Result<Response, Response>;

fn data(value: Value) -> Response {
    json(StatusCode::OK, json!({ "data": value }))
}

fn vehicle<'a>(state: &'a SimState, vin: &str) -> Result<&'a Vehicle, Response> {
    state
        .scenario
        .vehicle(vin)
        .ok_or_else(bodies::vehicle_not_found)
}

async fn list_vehicles(State(state): State<Arc<SimState>>, headers: HeaderMap) -> Answer {
    admit(&state, &headers, Some("conve:vehicle_relation"), false)?;
    let vins: Vec<Value> = state
        .scenario
        .vehicles
        .iter()
        .map(|v| json!({ "vin": v.vin }))
        .collect();
    Ok(data(Value::Array(vins)))
}

async fn vehicle_details(
    State(state): State<Arc<SimState>>,
    Path(vin): Path<String>,
    headers: HeaderMap,
) -> Answer {
    admit(&state, &headers, Some("conve:vehicle_relation"), false)?;
    let car = vehicle(&state, &vin)?;
    let image = |side: &str| {
        format!(
            "{}/images/{side}/{}.png?client=sim&w=1920",
            state.base_url, car.vin
        )
    };
    let mut details = json!({
        "vin": car.vin,
        "modelYear": car.model_year,
        "gearbox": car.gearbox,
        "fuelType": car.fuel_type,
        "externalColour": car.colour,
        "images": {
            "exteriorImageUrl": image("exterior"),
            "internalImageUrl": image("interior"),
        },
        "descriptions": {
            "model": car.model,
            "upholstery": car.upholstery,
            "steering": car.steering,
        },
    });
    if let Some(kwh) = car.battery_capacity_kwh {
        details["batteryCapacityKWH"] = kwh.into();
    }
    Ok(data(details))
}

async fn list_commands(
    State(state): State<Arc<SimState>>,
    Path(vin): Path<String>,
    headers: HeaderMap,
) -> Answer {
    admit(&state, &headers, Some("conve:commands"), false)?;
    let car = vehicle(&state, &vin)?;
    // Volvo mixes absolute and relative hrefs; clients must not rely on either.
    let api_url = state.api_url();
    let list: Vec<Value> = car
        .commands
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let path = format!("/vehicles/{}/commands/{}", car.vin, car.segment_of(name));
            let href = match car.command_hrefs.get(name) {
                Some(href) => href.clone(),
                None if i % 2 == 0 => format!("/v2{path}"),
                None => format!("{api_url}{path}"),
            };
            json!({ "command": name, "href": href })
        })
        .collect();
    Ok(data(Value::Array(list)))
}

async fn accessibility(
    State(state): State<Arc<SimState>>,
    Path(vin): Path<String>,
    headers: HeaderMap,
) -> Answer {
    admit(&state, &headers, Some("conve:command_accessibility"), false)?;
    let car = vehicle(&state, &vin)?;
    let timestamp = clock::iso8601(clock::unix_now());
    let reason = match car.behaviour {
        Behaviour::Asleep => Some("POWER_SAVING_MODE"),
        Behaviour::Offline => Some("NO_INTERNET"),
        _ => None,
    };
    let body = match (reason, car.accessibility_reason) {
        (None, _) => json!({"availabilityStatus": {"value": "AVAILABLE", "timestamp": timestamp}}),
        (Some(reason), AccessibilityShape::Nested) => json!({"availabilityStatus": {
            "value": "UNAVAILABLE", "unavailableReason": reason, "timestamp": timestamp}}),
        (Some(reason), AccessibilityShape::Sibling) => json!({
            "availabilityStatus": {"value": "UNAVAILABLE", "timestamp": timestamp},
            "unavailableReason": reason}),
    };
    Ok(data(body))
}

async fn invoke(
    State(state): State<Arc<SimState>>,
    Path((vin, segment)): Path<(String, String)>,
    override_status: Option<Extension<InvokeOverride>>,
    headers: HeaderMap,
) -> Answer {
    let own_path = state
        .scenario
        .vehicle(&vin)
        .and_then(|car| car.command_at(&segment))
        .map(str::to_owned);
    let all_commands = state.scenario.vehicles.iter().flat_map(|v| &v.commands);
    let Some(command) = own_path
        .clone()
        .or_else(|| commands::name_for_segment(&segment, all_commands))
    else {
        admit(&state, &headers, None, true)?;
        return Err(bodies::no_such_resource());
    };
    let caller = admit(&state, &headers, Some(&commands::scope(&command)), true)?;
    let car = vehicle(&state, &vin)?;
    if own_path.is_none() {
        // This car serves the command under another name: like a real one, it has no
        // route at the documented path.
        if car.command_paths.contains_key(&command) {
            return Err(bodies::no_such_resource());
        }
        if !car.commands.contains(&command) {
            return Err(bodies::command_unsupported());
        }
    }
    let Some((own_status, own_message)) = outcome(car.behaviour) else {
        return Err(bodies::read_only());
    };
    tokio::time::sleep(Duration::from_millis(car.latency_ms)).await;
    let (status, message) = match override_status {
        Some(Extension(InvokeOverride(status))) => (status, String::new()),
        None => (own_status.to_string(), own_message.to_string()),
    };
    let answer = CommandAnswer {
        data: CommandOutcome {
            vin: &car.vin,
            invoke_status: status,
            message,
        },
        operation_id: caller.operation_id,
    };
    Ok(json(StatusCode::OK, answer))
}

/// A struct so the fields keep the order of captured answers.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CommandAnswer<'a> {
    data: CommandOutcome<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    operation_id: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CommandOutcome<'a> {
    vin: &'a str,
    invoke_status: String,
    message: String,
}

/// (invokeStatus, message); `None` for a read-only car, which refuses before reaching the car.
fn outcome(behaviour: Behaviour) -> Option<(&'static str, &'static str)> {
    Some(match behaviour {
        Behaviour::Completes => ("COMPLETED", ""),
        Behaviour::Asleep => ("VEHICLE_IN_SLEEP", "Vehicle is in sleep mode"),
        Behaviour::Delivers => ("DELIVERED", "Command delivered to the vehicle"),
        Behaviour::Privacy => (
            "NOT_ALLOWED_PRIVACY_ENABLED",
            "Remote access is disabled by the vehicle's privacy setting",
        ),
        Behaviour::Offline => ("CONNECTION_FAILURE", "Could not connect to the vehicle"),
        Behaviour::ReadOnly => return None,
    })
}
