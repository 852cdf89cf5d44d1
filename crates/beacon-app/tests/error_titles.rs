//! Every error kind that can reach the page has a title there (page.ftl's `error-title`, a
//! variant per kind), and the page has no titles for kinds that do not exist. A new variant in
//! volvo-api's or the app's error enum fails here until the page can name it.

use std::collections::BTreeSet;
use std::path::Path;

use beacon_app::AppError;
use beacon_i18n::{page_words, Lang, Part};

/// The kinds `error-title` has a variant of its own for, in `lang` (not its default).
fn titled_kinds(lang: Lang) -> BTreeSet<String> {
    let message = &page_words(lang).messages["error-title"];
    let parts = message.value.as_ref().expect("error-title has words");
    let Some(Part::Select {
        select,
        variants,
        default,
    }) = parts.first()
    else {
        panic!("error-title is a select on the kind: {parts:?}");
    };
    assert_eq!(select, "kind");
    variants.keys().filter(|k| *k != default).cloned().collect()
}

/// Kinds the page makes up itself (ui/ipc.js, when Tauri is not there at all).
fn page_kinds() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/ipc.js");
    let ipc_js =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    ipc_js
        .split("kind: \"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(kind, _)| kind.to_owned()))
        .collect()
}

#[test]
fn every_error_kind_has_a_title_in_the_page_and_every_title_a_kind() {
    let page = page_kinds();
    let kinds: BTreeSet<String> = AppError::kinds().into_iter().map(str::to_owned).collect();
    assert!(kinds.len() > 25, "{kinds:?}");
    for lang in Lang::ALL {
        let titled = titled_kinds(lang);
        let untitled: Vec<&String> = kinds.difference(&titled).collect();
        assert!(
            untitled.is_empty(),
            "{lang}: kinds without a title in page.ftl's error-title: {untitled:?}"
        );
        let unknown: Vec<&String> = titled
            .iter()
            .filter(|k| !kinds.contains(*k) && !page.contains(*k))
            .collect();
        assert!(
            unknown.is_empty(),
            "{lang}: titles in page.ftl for kinds Rust does not have: {unknown:?}"
        );
    }
}
