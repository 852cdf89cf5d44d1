//! The car pictures that vehicle details link to. Like Volvo's image hosts, they refuse
//! clients that do not look like a browser. Exterior pictures are drawn by [`artwork`]: the
//! car from the side in its paint, on a transparent background.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::state::SimState;
use crate::{artwork, png_file};

pub(crate) fn router() -> Router<Arc<SimState>> {
    Router::new().route("/images/{side}/{file}", get(image))
}

const INTERIOR_WIDTH: u32 = 160;
const INTERIOR_HEIGHT: u32 = 90;

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
    let bytes = picture(&side, &car.vin, &car.model, &car.colour).await;
    (
        [
            (header::CONTENT_TYPE, "image/png"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        bytes,
    )
        .into_response()
}

/// The encoded picture, drawn once per car and side and kept for the life of the process.
/// Model and colour are part of the key: simulators in one process may reuse a VIN.
async fn picture(side: &str, vin: &str, model: &str, colour: &str) -> Bytes {
    static DRAWN: OnceLock<Mutex<HashMap<String, Bytes>>> = OnceLock::new();
    let drawn = DRAWN.get_or_init(Default::default);
    let key = format!("{side}/{vin}/{model}/{colour}");
    if let Some(bytes) = drawn.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return bytes.clone();
    }
    let (exterior, model) = (side == "exterior", model.to_owned());
    let paint = colour_of(colour);
    // Drawing takes a few milliseconds (more in debug builds): keep it off the runtime.
    let bytes = tokio::task::spawn_blocking(move || {
        Bytes::from(if exterior {
            artwork::exterior_png(&model, paint)
        } else {
            interior(paint)
        })
    })
    .await
    .expect("drawing a car picture");
    drawn
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .entry(key)
        .or_insert(bytes)
        .clone()
}

fn interior(paint: [u8; 3]) -> Vec<u8> {
    png_file::rgb(INTERIOR_WIDTH, INTERIOR_HEIGHT, |_, y| {
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
        // Any other paint shows as a neutral grey.
        _ => [150, 153, 157],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_paints_are_grey() {
        assert_eq!(colour_of("Sage Green"), [138, 154, 123]);
        assert_eq!(colour_of("DENIM BLUE"), [59, 85, 115]);
        let [r, g, b] = colour_of("Midnight Plum");
        assert!(r.abs_diff(g) < 10 && g.abs_diff(b) < 10, "grey");
    }

    #[tokio::test]
    async fn pictures_are_drawn_once_per_car() {
        let first = picture("exterior", "YV1TESTCACHE12345", "EX30", "Cloud Blue").await;
        let again = picture("exterior", "YV1TESTCACHE12345", "EX30", "Cloud Blue").await;
        assert_eq!(
            first.as_ptr(),
            again.as_ptr(),
            "the same bytes, not a new drawing"
        );
        let repainted = picture("exterior", "YV1TESTCACHE12345", "EX30", "Denim Blue").await;
        assert_ne!(first, repainted);
    }
}
