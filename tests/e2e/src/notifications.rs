//! What the app's notifications said, read from dunst, the real notification daemon of the
//! app's session ([`Launch::with_desktop`]), through `dunstctl`.
//!
//! [`Launch::with_desktop`]: crate::Launch::with_desktop

use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::{wait_until, App};

/// One notification as dunst showed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notification {
    pub app_name: String,
    pub summary: String,
    pub body: String,
}

/// Waits until dunst has been sent at least `count` notifications in all, then closes them
/// (dunst's history only holds closed ones) and returns every one, oldest first.
pub fn wait_for(app: &App, count: usize, timeout: Duration) -> Vec<Notification> {
    wait_until(&format!("{count} notifications at dunst"), timeout, || {
        dunstctl(app, &["close-all"]);
        let all = history(app);
        (all.len() >= count)
            .then(|| all.clone())
            .ok_or_else(|| format!("{all:?}"))
    })
}

fn history(app: &App) -> Vec<Notification> {
    let json: Value = serde_json::from_str(&dunstctl(app, &["history"]))
        .unwrap_or_else(|e| panic!("dunstctl history is not JSON: {e}"));
    let field = |n: &Value, name: &str| n[name]["data"].as_str().unwrap_or_default().to_owned();
    let mut list: Vec<(i64, Notification)> = json["data"][0]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|n| {
            (
                n["id"]["data"].as_i64().unwrap_or_default(),
                Notification {
                    app_name: field(n, "appname"),
                    summary: field(n, "summary"),
                    body: field(n, "body"),
                },
            )
        })
        .collect();
    // dunst lists the newest first.
    list.sort_by_key(|(id, _)| *id);
    list.into_iter().map(|(_, n)| n).collect()
}

fn dunstctl(app: &App, args: &[&str]) -> String {
    let output = Command::new("dunstctl")
        .args(args)
        .env_clear()
        .envs(app.env())
        .stdin(Stdio::null())
        .output()
        .expect("dunstctl runs");
    assert!(
        output.status.success(),
        "dunstctl {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}
