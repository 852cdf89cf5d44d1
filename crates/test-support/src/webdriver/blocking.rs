//! The WebDriver client for tests: blocking, on a private runtime (a test has no runtime of its
//! own), and failing the test where the driver refuses, at the caller's line.

use std::future::Future;
use std::path::Path;

use serde_json::Value;

use super::{Element, Error};

pub struct WebDriver {
    runtime: tokio::runtime::Runtime,
    session: super::WebDriver,
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime for the WebDriver client")
}

impl WebDriver {
    /// Starts the app through tauri-driver at `driver_url` and opens a session on its window.
    pub fn new_session(
        driver_url: &str,
        application: &Path,
        args: &[String],
    ) -> Result<WebDriver, String> {
        let runtime = runtime();
        let session =
            runtime.block_on(super::WebDriver::new_session(driver_url, application, args))?;
        Ok(WebDriver { runtime, session })
    }

    /// Opens a session on the app a WebKitWebDriver started with `--target` is attached to.
    pub fn attach(driver_url: &str) -> Result<WebDriver, String> {
        let runtime = runtime();
        let session = runtime.block_on(super::WebDriver::attach(driver_url))?;
        Ok(WebDriver { runtime, session })
    }

    #[track_caller]
    fn must<T>(&self, command: impl Future<Output = Result<T, Error>>) -> T {
        match self.runtime.block_on(command) {
            Ok(value) => value,
            Err(e) => panic!("{e}"),
        }
    }

    /// Every element matching a CSS selector, in document order.
    #[track_caller]
    pub fn find_all(&self, css: &str) -> Vec<Element> {
        self.must(self.session.find_all(css))
    }

    /// The one element matching a CSS selector; panics when there is none or several.
    #[track_caller]
    pub fn find(&self, css: &str) -> Element {
        let mut all = self.find_all(css);
        match all.len() {
            1 => all.remove(0),
            n => panic!("expected exactly one element for {css:?}, found {n}"),
        }
    }

    /// Clicks like a user: WebDriver scrolls it into view and refuses if it cannot be clicked.
    #[track_caller]
    pub fn click(&self, element: &Element) {
        if let Err(e) = self.runtime.block_on(self.session.click(element)) {
            panic!("cannot click {:?}: {}", element.css(), e.refusal());
        }
    }

    /// The rendered text, as the user sees it (hidden parts left out).
    #[track_caller]
    pub fn text(&self, element: &Element) -> String {
        self.must(self.session.text(element))
    }

    #[track_caller]
    pub fn attribute(&self, element: &Element, name: &str) -> Option<String> {
        self.must(self.session.attribute(element, name))
    }

    /// Runs a function body in the page; `arguments` are `args`. Returns what it returns.
    #[track_caller]
    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.must(self.session.execute(script, args))
    }

    /// Like [`execute`](Self::execute), but a refusal (e.g. while the page is being loaded
    /// again) comes back as an error instead of failing the test.
    #[track_caller]
    pub fn try_execute(&self, script: &str, args: Value) -> Result<Value, String> {
        match self.runtime.block_on(self.session.execute(script, args)) {
            Err(e @ Error::NoAnswer { .. }) => panic!("{e}"),
            answer => answer.map_err(|e| e.refusal()),
        }
    }

    /// Like [`execute`](Self::execute), for a script that ends by calling its last argument
    /// with the result (for promises such as `invoke`).
    #[track_caller]
    pub fn execute_async(&self, script: &str, args: Value) -> Value {
        self.must(self.session.execute_async(script, args))
    }

    /// A PNG of the window's page.
    #[track_caller]
    pub fn screenshot(&self) -> Vec<u8> {
        self.must(self.session.screenshot())
    }

    /// Resizes the window (its outer size, in CSS pixels).
    #[track_caller]
    pub fn set_window_size(&self, width: u32, height: u32) {
        self.must(self.session.set_window_size(width, height))
    }

    /// Ends the session; the driver closes the app.
    pub fn quit(self) {
        self.runtime.block_on(self.session.quit());
    }
}
