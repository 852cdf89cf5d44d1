//! The page's stable test hooks, read through WebDriver: tiles are `[data-vin]`, their command
//! buttons `button[data-command]`, their outcome line `[data-outcome]` with `data-state` and
//! `data-status`. Reads go through scripts that return plain data, so a part of the page
//! rebuilt in between cannot leave the test holding a stale element.

use serde_json::{json, Value};

use crate::poll::{wait_until, DEFAULT_WAIT};
use crate::{Element, WebDriver};

/// One tile as the page shows it.
#[derive(Clone, Debug)]
pub struct Tile {
    pub vin: String,
    /// Rendered text of the whole tile.
    pub text: String,
    /// `data-command` of its buttons, in order.
    pub commands: Vec<String>,
    /// The outcome line: `data-state`, `data-status` (absent while pending), rendered text.
    pub state: String,
    pub status: Option<String>,
    pub outcome_text: String,
}

const READ_TILES: &str = r#"
return [...document.querySelectorAll('[data-vin]')].map(tile => {
  const outcome = tile.querySelector('[data-outcome]');
  return {
    vin: tile.dataset.vin,
    text: tile.innerText,
    commands: [...tile.querySelectorAll('button[data-command]')].map(b => b.dataset.command),
    outcomes: tile.querySelectorAll('[data-outcome]').length,
    state: outcome ? outcome.dataset.state : null,
    status: outcome && 'status' in outcome.dataset ? outcome.dataset.status : null,
    outcomeText: outcome ? outcome.innerText : '',
  };
});
"#;

/// Every tile, in page order.
pub fn tiles(wd: &WebDriver) -> Vec<Tile> {
    let list = wd.execute(READ_TILES, json!([]));
    list.as_array()
        .expect("a list of tiles")
        .iter()
        .map(|t| {
            assert_eq!(
                t["outcomes"], 1,
                "tile {} should have exactly one [data-outcome]",
                t["vin"]
            );
            Tile {
                vin: string(&t["vin"]),
                text: string(&t["text"]),
                commands: t["commands"]
                    .as_array()
                    .map(|c| c.iter().map(string).collect())
                    .unwrap_or_default(),
                state: string(&t["state"]),
                status: t["status"].as_str().map(str::to_owned),
                outcome_text: string(&t["outcomeText"]),
            }
        })
        .collect()
}

fn string(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

/// Waits until the page shows exactly these cars (by VIN, in any order).
#[track_caller]
pub fn wait_for_cars(wd: &WebDriver, vins: &[&str]) -> Vec<Tile> {
    let mut wanted: Vec<&str> = vins.to_vec();
    wanted.sort_unstable();
    wait_until(&format!("tiles for {wanted:?}"), DEFAULT_WAIT, || {
        let tiles = tiles(wd);
        let mut shown: Vec<&str> = tiles.iter().map(|t| t.vin.as_str()).collect();
        shown.sort_unstable();
        if shown == wanted {
            Ok(tiles)
        } else {
            Err(format!("{shown:?}"))
        }
    })
}

pub fn tile(wd: &WebDriver, vin: &str) -> Tile {
    tiles(wd)
        .into_iter()
        .find(|t| t.vin == vin)
        .unwrap_or_else(|| panic!("no tile for {vin}"))
}

/// The button of `command` on the tile of `vin`.
#[track_caller]
pub fn button(wd: &WebDriver, vin: &str, command: &str) -> Element {
    wd.find(&format!(
        r#"[data-vin="{vin}"] button[data-command="{command}"]"#
    ))
}

/// From now on, every change of a tile's outcome line and every sentence put in an ARIA live
/// region is written down in the page; [`recorded`] reads it. Observing is what catches a
/// state that polling could miss.
pub fn start_recording(wd: &WebDriver) {
    wd.execute(
        r#"
const log = window.__beaconE2e = { outcomes: [], spoken: [] };
for (const tile of document.querySelectorAll('[data-vin]')) {
  const el = tile.querySelector('[data-outcome]');
  const note = () => {
    const entry = { vin: tile.dataset.vin, state: el.dataset.state,
                    status: 'status' in el.dataset ? el.dataset.status : null, text: el.innerText };
    const last = log.outcomes.filter(o => o.vin === entry.vin).pop();
    if (!last || last.state !== entry.state || last.status !== entry.status) log.outcomes.push(entry);
  };
  new MutationObserver(note).observe(el, { attributes: true });
}
for (const region of document.querySelectorAll('[aria-live]')) {
  new MutationObserver(() => {
    const text = region.textContent.trim();
    if (text) log.spoken.push({ live: region.getAttribute('aria-live'), text });
  }).observe(region, { childList: true, characterData: true, subtree: true });
}
"#,
        json!([]),
    );
}

/// What [`start_recording`] saw: `{outcomes: [{vin, state, status, text}], spoken: [{live, text}]}`.
pub fn recorded(wd: &WebDriver) -> Value {
    wd.execute("return window.__beaconE2e || null;", json!([]))
}

/// Waits until the tile of `vin` shows a finished run with some status, and returns it.
#[track_caller]
pub fn wait_for_done(wd: &WebDriver, vin: &str, status: &str) -> Tile {
    wait_until(
        &format!("{vin} to finish with {status}"),
        DEFAULT_WAIT,
        || {
            let tile = tile(wd, vin);
            if tile.state == "done" && tile.status.as_deref() == Some(status) {
                Ok(tile)
            } else {
                Err(format!(
                    "state {:?}, status {:?}, text {:?}",
                    tile.state, tile.status, tile.outcome_text
                ))
            }
        },
    )
}

/// The app mode the page shows (`<html data-mode>`): "demo", "account" or "signed_out".
pub fn mode(wd: &WebDriver) -> String {
    string(&wd.execute(
        "return document.documentElement.dataset.mode || '';",
        json!([]),
    ))
}

/// Calls an IPC command the way the page does; `Ok` with its value or `Err` with the rejection.
pub fn invoke(wd: &WebDriver, command: &str, args: Value) -> Result<Value, Value> {
    let answer = wd.execute_async(
        r#"
const [command, args, done] = arguments;
window.__TAURI__.core.invoke(command, args).then(
  value => done({ ok: value === undefined ? null : value }),
  error => done({ err: error === undefined ? null : error }));
"#,
        json!([command, args]),
    );
    match answer.get("ok") {
        Some(value) => Ok(value.clone()),
        None => Err(answer["err"].clone()),
    }
}

/// Everything the page holds that a person or a script in it could read: the whole DOM, every
/// form field's current value, and web storage.
pub fn everything_in_page(wd: &WebDriver) -> String {
    string(&wd.execute(
        r#"
const values = [...document.querySelectorAll('input, textarea, select')].map(f => f.value);
const storage = s => { try { return JSON.stringify({ ...s }); } catch { return ''; } };
return [document.documentElement.outerHTML, ...values,
        storage(localStorage), storage(sessionStorage)].join('\n');
"#,
        json!([]),
    ))
}
