//! The car pictures that vehicle details link to. Like Volvo's image hosts, they refuse
//! clients that do not look like a browser.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::png;
use crate::state::SimState;

pub(crate) fn router() -> Router<Arc<SimState>> {
    Router::new().route("/images/{side}/{file}", get(image))
}

const WIDTH: u32 = 160;
const HEIGHT: u32 = 90;

async fn image(
    State(state): State<Arc<SimState>>,
    Path((side, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let browser_like = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ua| ua.contains("Mozilla"));
    if !browser_like {
        return (StatusCode::FORBIDDEN, "Forbidden").into_response();
    }
    let car = file
        .strip_suffix(".png")
        .and_then(|vin| state.scenario.vehicle(vin));
    let (Some(car), true) = (car, side == "exterior" || side == "interior") else {
        return (StatusCode::NOT_FOUND, "Not Found").into_response();
    };
    let paint = colour_of(&car.colour);
    let bytes = if side == "exterior" {
        exterior(paint)
    } else {
        interior(paint)
    };
    (
        [
            (header::CONTENT_TYPE, "image/png"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        bytes,
    )
        .into_response()
}

/// A car-coloured body on a grey road under a pale sky: enough for a tile to look right.
fn exterior(paint: [u8; 3]) -> Vec<u8> {
    png::rgb(WIDTH, HEIGHT, |x, y| {
        let in_body = (30..130).contains(&x) && (35..65).contains(&y);
        let in_roof = (50..110).contains(&x) && (20..35).contains(&y);
        let in_wheel = (60..72).contains(&y) && ((40..56).contains(&x) || (104..120).contains(&x));
        if in_wheel {
            [30, 30, 32]
        } else if in_body || in_roof {
            paint
        } else if y >= 66 {
            [120, 122, 126]
        } else {
            [226, 232, 238]
        }
    })
}

fn interior(paint: [u8; 3]) -> Vec<u8> {
    png::rgb(WIDTH, HEIGHT, |_, y| {
        if (40..46).contains(&y) {
            paint
        } else {
            [44, 42, 40]
        }
    })
}

fn colour_of(name: &str) -> [u8; 3] {
    match name.to_ascii_lowercase().as_str() {
        "sage green" => [138, 154, 123],
        "denim blue" => [59, 85, 115],
        "cloud blue" => [157, 180, 192],
        "crystal white" | "crystal white pearl" => [238, 238, 234],
        "onyx black" => [28, 28, 30],
        "silver dawn" => [190, 192, 194],
        "vapour grey" => [140, 144, 148],
        "fusion red" => [150, 30, 36],
        // Unknown names still get a stable colour of their own.
        other => {
            let h = other.bytes().fold(0x811c_9dc5u32, |h, b| {
                (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
            });
            [h as u8, (h >> 8) as u8, (h >> 16) as u8]
        }
    }
}
