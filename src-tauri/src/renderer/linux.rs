//! WebKitGTK: the web view's `web-process-terminated` signal, and a GTK message dialog.

use gtk::prelude::*;
use tauri::{AppHandle, Manager, Runtime, WebviewWindow};
use webkit2gtk::{WebProcessTerminationReason, WebViewExt as _};

use crate::MAIN_WINDOW;

pub fn watch<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    let app = window.app_handle().clone();
    window.with_webview(move |platform| {
        platform
            .inner()
            .connect_web_process_terminated(move |_, reason| {
                super::died(&app, describe(reason));
            });
    })
}

fn describe(reason: WebProcessTerminationReason) -> &'static str {
    match reason {
        WebProcessTerminationReason::Crashed => "WebKit's web process crashed or was killed",
        WebProcessTerminationReason::ExceededMemoryLimit => {
            "WebKit's web process went over its memory limit"
        }
        WebProcessTerminationReason::TerminatedByApi => "WebKit's web process was ended on request",
        _ => "WebKit's web process ended for a reason this WebKit does not name",
    }
}

/// A modal message over the window with "Reload" (the default) and "Close Window". Escape or
/// closing the message closes the window too: a dead page is no use to anyone.
pub fn ask<R: Runtime>(app: &AppHandle<R>) {
    let parent = app
        .get_webview_window(MAIN_WINDOW)
        .and_then(|w| w.gtk_window().ok());
    let dialog = gtk::MessageDialog::new(
        parent.as_ref(),
        gtk::DialogFlags::MODAL | gtk::DialogFlags::DESTROY_WITH_PARENT,
        gtk::MessageType::Warning,
        gtk::ButtonsType::None,
        super::HEADLINE,
    );
    dialog.set_title(super::TITLE);
    dialog.set_secondary_text(Some(&super::detail()));
    dialog.add_button(super::CLOSE, gtk::ResponseType::Close);
    let reload = dialog.add_button(super::RELOAD, gtk::ResponseType::Accept);
    reload.style_context().add_class("suggested-action");
    dialog.set_default_response(gtk::ResponseType::Accept);
    let app = app.clone();
    dialog.connect_response(move |dialog, response| {
        // Not `close()`: that sends a second response (delete-event), which would close the
        // window the user just asked to reload.
        // SAFETY: nothing uses the dialog after this; GTK keeps it alive until the handler
        // returns.
        unsafe { dialog.destroy() };
        if response == gtk::ResponseType::Accept {
            log::info!("the user asked to load the window's page again");
            super::reload(&app);
        } else {
            super::close(&app);
        }
    });
    dialog.show_all();
    reload.grab_focus();
}
