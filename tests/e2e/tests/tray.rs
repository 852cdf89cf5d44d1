//! Closing the window, as a user does (the window manager's close request, not WebDriver's,
//! which ends the app): the app stays in the tray and, on Linux, sheds the web engine by
//! becoming the tray program (no WebKit linked at all) in the same process, still the one
//! instance a second launch reaches, which becomes the window's program again.

#![cfg(target_os = "linux")]

use std::time::Duration;

use beacon_e2e::{one_car_application, ui, wait_until, E2e, Launch};
use beacon_test_support::procs::{cmdline, descendants, mapped_files, name};
use beacon_test_support::x11::Screen;

/// The system's GL driver (a Mesa `*_dri.so` or `libgallium`, its GLX library, and the LLVM the
/// software one brings), which GTK
/// loads when it opens the display unless told not to. The web view's process loads it for
/// WebKit anyway; the tray-only process, which draws nothing with GL, must not.
fn gl_drivers(pid: u32) -> Vec<String> {
    mapped_files(pid)
        .into_iter()
        .filter(|f| {
            f.ends_with("_dri.so")
                || f.contains("/libLLVM")
                || f.contains("/libgallium")
                || f.contains("/libGLX_mesa")
        })
        .collect()
}

/// WebKitGTK and JavaScriptCore, which the window's program links and the tray program must
/// not.
fn web_engine_libraries(pid: u32) -> Vec<String> {
    mapped_files(pid)
        .into_iter()
        .filter(|f| f.contains("/libwebkit2gtk") || f.contains("/libjavascriptcoregtk"))
        .collect()
}

fn web_engine_processes(pid: u32) -> usize {
    descendants(pid)
        .into_iter()
        .filter(|&p| name(p).starts_with("WebKit"))
        .count()
}

#[test]
fn closing_the_window_leaves_a_tray_only_process_that_still_answers() {
    let e2e = E2e::start("closing_the_window");
    let app = e2e.launch_direct(Launch::demo());
    let pid = app.pid();
    let screen = Screen::open().expect("an X server at DISPLAY");
    let window = app.main_window(&screen);
    wait_until("the cars and the page", Duration::from_secs(60), || {
        let engine = web_engine_processes(pid);
        let log = app.log_text();
        (engine >= 2 && log.contains("Volvo Beacon started"))
            .then_some(())
            .ok_or_else(|| format!("{engine} WebKit processes; log:\n{log}"))
    });

    screen
        .ask_to_close(window)
        .expect("the close request reaches the X server");
    wait_until("the restart in the tray", Duration::from_secs(30), || {
        let args = cmdline(pid);
        let engine = web_engine_processes(pid);
        (app.in_the_tray_program() && args.iter().any(|a| a == "--hidden") && engine == 0)
            .then_some(())
            .ok_or_else(|| format!("{args:?} with {engine} WebKit processes"))
    });
    assert_eq!(app.pid(), pid, "the same process");
    let args = cmdline(pid);
    assert!(args.iter().any(|a| a == "--demo"), "{args:?}");
    assert_eq!(web_engine_libraries(pid), Vec::<String>::new());
    assert_eq!(gl_drivers(pid), Vec::<String>::new());
    assert!(
        screen
            .shown_windows_of(pid)
            .expect("the X server answers")
            .is_empty(),
        "a window after the restart"
    );
    wait_until(
        "the restarted process to be up",
        Duration::from_secs(30),
        || {
            let log = app.log_text();
            [
                "restarting in the tray without the web engine (3 cars handed over)",
                "took the cars over from the previous process",
                "is running in the tray, without the web engine",
            ]
            .into_iter()
            .find(|line| !log.contains(line))
            .map_or(Ok(()), |line| {
                Err(format!("{line:?} not in the log:\n{log}"))
            })
        },
    );
    // The cars came with the handoff: after its start, the new process asked the API nothing.
    let log = app.log_text();
    let restarted = log
        .split("restarting in the tray")
        .nth(1)
        .expect("the restart is logged");
    assert!(
        !restarted.contains("volvo api method="),
        "API calls after the restart:\n{restarted}"
    );

    // Still the one instance: a second launch hands its arguments to the tray program, which
    // becomes the window's program again (the same process, the cars handed over again), and
    // the second launch ends.
    let status = app.launch_again(&[]);
    assert!(status.success(), "the second launch ended with {status}");
    wait_until("the window again", Duration::from_secs(60), || {
        (!screen.shown_windows_of(pid)?.is_empty())
            .then_some(())
            .ok_or_else(|| "no window".to_owned())
    });
    assert_eq!(app.pid(), pid, "a new process instead of the same one");
    app.assert_back_in_the_window_with_the_cars_handed_over();
}

/// A start at login (`--hidden`) shows no page: it becomes the tray program at once, which
/// links no web engine, and GTK must not load the system's GL driver when it opens the
/// display and keep it for the whole day either.
#[test]
fn a_start_at_login_is_the_tray_program_without_web_engine_or_gl_driver() {
    let e2e = E2e::start("start_at_login_gl");
    let app = e2e.launch_direct(Launch::demo().arg("--hidden"));
    wait_until("the start in the tray", Duration::from_secs(60), || {
        let log = app.log_text();
        (app.in_the_tray_program() && log.contains("is running in the tray"))
            .then_some(())
            .ok_or_else(|| format!("log:\n{log}"))
    });
    let pid = app.pid();
    assert_eq!(web_engine_processes(pid), 0, "a web engine in the tray");
    assert_eq!(web_engine_libraries(pid), Vec::<String>::new());
    assert_eq!(gl_drivers(pid), Vec::<String>::new());
}

/// No keychain: what the sign-in needs lives only in this process's memory, so the tray-only
/// restart (a new process) would start signed out, after the app said "signed in until Beacon
/// quits". Two real processes: the app, and the second launch that brings the window back to
/// the very same one, still signed in.
#[test]
fn without_a_keychain_closing_the_window_never_restarts_a_signed_in_app() {
    const VIN: &str = "YV1NOKEYCHAIN0042";
    let e2e = E2e::start("without_a_keychain");
    let sim = e2e.sim(Some(&one_car_application(VIN, "EX30")));
    let app = e2e.launch(
        Launch::plain()
            .without_keychain()
            .with_application(&sim.info),
    );
    let wd = app.wd();
    app.sign_in_by_deep_link(&sim);
    wait_until("the account's car", Duration::from_secs(60), || {
        let vins: Vec<String> = ui::tiles(wd).into_iter().map(|t| t.vin).collect();
        (ui::mode(wd) == "account" && vins == [VIN])
            .then_some(())
            .ok_or_else(|| format!("cars {vins:?}"))
    });
    assert!(
        app.keychain_secrets().is_empty(),
        "there is no keychain here"
    );

    let pid = app.pid();
    let args = cmdline(pid);
    let screen = Screen::open().expect("an X server at DISPLAY");
    app.close_window();
    wait_until("the app to decide", Duration::from_secs(30), || {
        let log = app.log_text();
        log.contains("staying in this process: there is no keychain")
            .then_some(())
            .ok_or_else(|| format!("no decision in the log yet:\n{log}"))
    });
    assert_eq!(cmdline(pid), args, "the app restarted itself");
    assert!(!app.log_text().contains("restarting in the tray"));

    // The second process hands over to the first, which shows its window: same process,
    // still signed in.
    assert!(app.launch_again(&[]).success());
    wait_until("the window again", Duration::from_secs(60), || {
        (!screen.shown_windows_of(pid)?.is_empty())
            .then_some(())
            .ok_or_else(|| "no window".to_owned())
    });
    assert_eq!(cmdline(pid), args);
    assert!(
        !app.log_text().contains("signed out"),
        "the sign-in was lost:\n{}",
        app.log_text()
    );
}
