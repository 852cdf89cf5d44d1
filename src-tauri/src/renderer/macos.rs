//! WKWebView: Tauri's web-content-process termination hook, and an NSAlert.

use objc2::MainThreadMarker;
use objc2_app_kit::{NSAlert, NSAlertFirstButtonReturn, NSAlertStyle};
use objc2_foundation::NSString;
use tauri::{AppHandle, Builder, Manager, Runtime};

use crate::MAIN_WINDOW;

pub fn prepare<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.on_web_content_process_terminate(|webview| {
        if webview.label() == MAIN_WINDOW {
            super::died(
                webview.app_handle(),
                "WebKit's web content process ended (macOS gives no reason)",
            );
        }
    })
}

/// An app-modal alert with "Reload" (the default) and "Close Window".
pub fn ask<R: Runtime>(app: &AppHandle<R>) {
    let Some(main_thread) = MainThreadMarker::new() else {
        log::error!("the message about the window must be shown from the main thread");
        super::close(app);
        return;
    };
    let alert = NSAlert::new(main_thread);
    alert.setAlertStyle(NSAlertStyle::Warning);
    alert.setMessageText(&NSString::from_str(super::HEADLINE));
    alert.setInformativeText(&NSString::from_str(&super::detail()));
    alert.addButtonWithTitle(&NSString::from_str(super::RELOAD));
    alert.addButtonWithTitle(&NSString::from_str(super::CLOSE));
    if alert.runModal() == NSAlertFirstButtonReturn {
        log::info!("the user asked to load the window's page again");
        super::reload(app);
    } else {
        super::close(app);
    }
}
