//! WebView2: the `ProcessFailed` event, and a task dialog. Tauri's manifest asks for Common
//! Controls 6, which task dialogs need.

use beacon_app::renderer_deaths::Response;
use tauri::{AppHandle, Manager, Runtime, WebviewWindow};
use webview2_com::Microsoft::Web::WebView2::Win32::{
    ICoreWebView2ProcessFailedEventArgs, ICoreWebView2ProcessFailedEventArgs2,
    COREWEBVIEW2_PROCESS_FAILED_KIND, COREWEBVIEW2_PROCESS_FAILED_KIND_BROWSER_PROCESS_EXITED,
    COREWEBVIEW2_PROCESS_FAILED_KIND_RENDER_PROCESS_EXITED,
    COREWEBVIEW2_PROCESS_FAILED_KIND_RENDER_PROCESS_UNRESPONSIVE,
    COREWEBVIEW2_PROCESS_FAILED_REASON,
};
use webview2_com::ProcessFailedEventHandler;
use windows::core::{Interface as _, PCWSTR};
use windows::Win32::UI::Controls::{
    TaskDialogIndirect, TASKDIALOGCONFIG, TASKDIALOGCONFIG_0, TASKDIALOG_BUTTON,
    TDF_ALLOW_DIALOG_CANCELLATION, TDF_POSITION_RELATIVE_TO_WINDOW, TD_WARNING_ICON,
};

use crate::MAIN_WINDOW;

pub fn watch<R: Runtime>(
    window: &WebviewWindow<R>,
    rebuild: fn(&AppHandle<R>),
) -> tauri::Result<()> {
    let app = window.app_handle().clone();
    window.with_webview(move |platform| {
        // SAFETY: COM calls on the controller Tauri hands out, on the thread that owns it.
        let watched = unsafe {
            platform.controller().CoreWebView2().and_then(|webview| {
                let handler = ProcessFailedEventHandler::create(Box::new(move |_, args| {
                    if let Some(args) = args {
                        failed(&app, &args, rebuild);
                    }
                    Ok(())
                }));
                let mut token = 0i64;
                webview.add_ProcessFailed(&handler, &mut token)
            })
        };
        if let Err(e) = watched {
            log::warn!("the window cannot reload by itself if its renderer dies: {e}");
        }
    })
}

fn failed<R: Runtime>(
    app: &AppHandle<R>,
    args: &ICoreWebView2ProcessFailedEventArgs,
    rebuild: fn(&AppHandle<R>),
) {
    let mut kind = COREWEBVIEW2_PROCESS_FAILED_KIND::default();
    // SAFETY: reading the event's own arguments inside its handler.
    if unsafe { args.ProcessFailedKind(&mut kind) }.is_err() {
        return;
    }
    let details = details(args);
    match kind {
        COREWEBVIEW2_PROCESS_FAILED_KIND_RENDER_PROCESS_EXITED => {
            super::died(app, &format!("WebView2's renderer ended{details}"));
        }
        COREWEBVIEW2_PROCESS_FAILED_KIND_RENDER_PROCESS_UNRESPONSIVE => {
            super::died(
                app,
                &format!("WebView2's renderer stopped responding{details}"),
            );
        }
        COREWEBVIEW2_PROCESS_FAILED_KIND_BROWSER_PROCESS_EXITED => {
            // The whole web view is gone and cannot load anything again: a new window, counted
            // like any other death so that it cannot loop either (then the app stays in the
            // tray, whose "Show Volvo Beacon" builds a window when the user asks).
            let reason = format!("WebView2's browser process ended{details}");
            let Some(response) = super::record(app, &reason) else {
                return;
            };
            if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
                let _ = window.destroy();
            }
            if response == Response::Reload {
                rebuild(app);
            }
        }
        // GPU, utility and helper processes: WebView2 starts them again by itself.
        other => log::warn!(
            "a WebView2 helper process ended (kind {}){details}; WebView2 restarts it",
            other.0
        ),
    }
}

/// ", reason N, exit code N" where this WebView2 says them.
fn details(args: &ICoreWebView2ProcessFailedEventArgs) -> String {
    let Ok(args) = args.cast::<ICoreWebView2ProcessFailedEventArgs2>() else {
        return String::new();
    };
    let mut reason = COREWEBVIEW2_PROCESS_FAILED_REASON::default();
    let mut exit_code = 0i32;
    // SAFETY: reading the event's own arguments inside its handler.
    unsafe {
        if args.Reason(&mut reason).is_err() || args.ExitCode(&mut exit_code).is_err() {
            return String::new();
        }
    }
    format!(", reason {}, exit code {exit_code}", reason.0)
}

const RELOAD_ID: i32 = 1000;
const CLOSE_ID: i32 = 1001;

/// A task dialog over the window with "Reload" (the default) and "Close Window". Escape or
/// closing the dialog closes the window too: a dead page is no use to anyone.
pub fn ask<R: Runtime>(app: &AppHandle<R>) {
    let wide = |text: &str| text.encode_utf16().chain([0]).collect::<Vec<u16>>();
    let (title, headline, detail) = (
        wide(super::TITLE),
        wide(super::HEADLINE),
        wide(&super::detail()),
    );
    let (reload_label, close_label) = (wide(super::RELOAD), wide(super::CLOSE));
    let buttons = [
        TASKDIALOG_BUTTON {
            nButtonID: RELOAD_ID,
            pszButtonText: PCWSTR(reload_label.as_ptr()),
        },
        TASKDIALOG_BUTTON {
            nButtonID: CLOSE_ID,
            pszButtonText: PCWSTR(close_label.as_ptr()),
        },
    ];
    let parent = app
        .get_webview_window(MAIN_WINDOW)
        .and_then(|w| w.hwnd().ok())
        .unwrap_or_default();
    let config = TASKDIALOGCONFIG {
        cbSize: std::mem::size_of::<TASKDIALOGCONFIG>() as u32,
        hwndParent: parent,
        dwFlags: TDF_ALLOW_DIALOG_CANCELLATION | TDF_POSITION_RELATIVE_TO_WINDOW,
        pszWindowTitle: PCWSTR(title.as_ptr()),
        Anonymous1: TASKDIALOGCONFIG_0 {
            pszMainIcon: TD_WARNING_ICON,
        },
        pszMainInstruction: PCWSTR(headline.as_ptr()),
        pszContent: PCWSTR(detail.as_ptr()),
        cButtons: buttons.len() as u32,
        pButtons: buttons.as_ptr(),
        nDefaultButton: RELOAD_ID,
        ..Default::default()
    };
    let mut pressed = 0i32;
    // SAFETY: every pointer in `config` points into locals that outlive the modal call.
    let shown = unsafe { TaskDialogIndirect(&config, Some(&mut pressed), None, None) };
    match shown {
        Ok(()) if pressed == RELOAD_ID => {
            log::info!("the user asked to load the window's page again");
            super::reload(app);
        }
        Ok(()) => super::close(app),
        Err(e) => {
            log::error!("the message about the window could not be shown ({e})");
            super::close(app);
        }
    }
}
