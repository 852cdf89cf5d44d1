//! Every error kind that can reach the page has a title there (ui/format.js `ERROR_TITLE`),
//! and the page has no titles for kinds that do not exist. A new variant in volvo-api's or the
//! app's error enum fails here until the page can name it.

use std::collections::BTreeSet;
use std::path::Path;

use beacon_app::AppError;

fn ui_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../ui")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The keys of `const ERROR_TITLE = { key: "...", ... };`.
fn titled_kinds(format_js: &str) -> BTreeSet<String> {
    let start = format_js
        .find("const ERROR_TITLE = {")
        .expect("ui/format.js has ERROR_TITLE");
    let body = &format_js[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("};").unwrap()];
    body.lines()
        .filter_map(|line| line.trim().split_once(':'))
        .map(|(key, _)| key.trim().to_owned())
        .filter(|key| !key.is_empty() && !key.starts_with("//"))
        .collect()
}

/// Kinds the page makes up itself (ui/ipc.js, when Tauri is not there at all).
fn page_kinds(ipc_js: &str) -> BTreeSet<String> {
    ipc_js
        .split("kind: \"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(kind, _)| kind.to_owned()))
        .collect()
}

#[test]
fn every_error_kind_has_a_title_in_the_page_and_every_title_a_kind() {
    let titled = titled_kinds(&ui_file("format.js"));
    let page = page_kinds(&ui_file("ipc.js"));
    let kinds: BTreeSet<String> = AppError::kinds().into_iter().map(str::to_owned).collect();
    assert!(kinds.len() > 25, "{kinds:?}");

    let untitled: Vec<&String> = kinds.difference(&titled).collect();
    assert!(
        untitled.is_empty(),
        "kinds without a title in ui/format.js: {untitled:?}"
    );
    let unknown: Vec<&String> = titled
        .iter()
        .filter(|k| !kinds.contains(*k) && !page.contains(*k))
        .collect();
    assert!(
        unknown.is_empty(),
        "titles in ui/format.js for kinds Rust does not have: {unknown:?}"
    );
}
