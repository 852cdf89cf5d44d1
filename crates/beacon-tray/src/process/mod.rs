//! The tray-only process: the core, the tray menu on GTK's main loop, notifications, the
//! global shortcut, and the way back to the window.

mod cars;
mod events;
mod gtk_setup;
mod logger;
mod shortcut;
mod tray;
mod window;

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use beacon_app::handoff::{self, RENEWAL_WAIT, RENEWING};
use beacon_app::second_yes::{SecondYes, ANSWER_WITHIN};
use beacon_app::tray_menu::{Click, APP_NAME};
use beacon_app::{Core, Options};
use tokio::runtime::{Handle, Runtime};
use volvo_api::{Command, Vin};

use crate::single_instance::{Claim, Launch, Place};
use crate::{notify, DEMO_FLAG, HIDDEN_FLAG, IDENTIFIER};

/// How long Quit and the way back to the window wait for a notification on its way: longer
/// than the notification service is given to answer one.
const DELIVERY_WAIT: Duration = Duration::from_secs(6);
/// What a sign-in's answer starts with (the scheme the installed desktop entry declares).
const LINK_SCHEME: &str = "volvo-beacon:";

pub fn run() -> ExitCode {
    // Both touch this process's environment: first, while it has one thread.
    gtk_setup::turn_gl_off();
    let handoff = handoff::take_from_env();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let force_demo = args.iter().any(|a| a == DEMO_FLAG);
    let claimed = match Place::for_app(IDENTIFIER) {
        Ok(place) => place.claim(&Launch::of_this_process()).map(Some),
        Err(e) => {
            eprintln!("Volvo Beacon: no single-instance check, starting anyway: {e}");
            Ok(None)
        }
    };
    let first = match claimed {
        Ok(Some(Claim::First(first))) => Some(first),
        Ok(Some(Claim::HandedOver)) => return ExitCode::SUCCESS,
        Ok(None) => None,
        Err(e) => {
            eprintln!("Volvo Beacon could not start: {e}");
            return ExitCode::FAILURE;
        }
    };
    logger::init();
    if let Err(e) = gtk::init() {
        log::error!("no display for the tray: {e}");
        eprintln!("Volvo Beacon could not start: no display ({e})");
        return ExitCode::FAILURE;
    }
    // This thread owns GTK's main context from here on, also before the main loop runs: what
    // other threads hand to it (`MainContext::invoke`) is then always queued for this thread,
    // never run on theirs, where GTK must not be touched.
    let main_context = gtk::glib::MainContext::default();
    let Ok(_owned) = main_context.acquire() else {
        log::error!("GTK's main context belongs to another thread");
        return ExitCode::FAILURE;
    };
    // Panels show the item's Title as the icon's name; libayatana-appindicator takes it from
    // GLib's application name, else the binary's ("volvo-beacon-tray").
    gtk::glib::set_application_name(APP_NAME);
    let runtime = match Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            log::error!("no async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut options = Options::from_env(force_demo);
    match handoff {
        Some(Ok(handoff)) => options.handoff = Some(handoff),
        Some(Err(e)) => log::warn!("the cars are fetched again: {e}"),
        None => {}
    }
    let core = match runtime.block_on(Core::start(options)) {
        Ok(core) => core,
        Err(e) => {
            log::error!("the app could not start: {e}");
            eprintln!("Volvo Beacon could not start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let app = Arc::new(App {
        core,
        runtime: runtime.handle().clone(),
        tray_question: SecondYes::default(),
        shortcut_question: SecondYes::default(),
        commands_under_way: AtomicUsize::new(0),
        opening: AtomicBool::new(false),
        quitting: AtomicBool::new(false),
    });
    if let Some(first) = first {
        let on_launch = Arc::clone(&app);
        if let Err(e) = first.serve(move |launch| on_launch.launched(launch)) {
            log::warn!("later launches cannot reach this process: {e}");
        }
    }
    // Listening first: cars that arrive while the tray is built then redraw it (events before
    // the subscription would be lost, and the menu would say "No cars yet" until a change).
    events::forward(&app);
    tray::create(&app);
    cars::keep_fetching_until_known(&app);
    let _shortcut = shortcut::apply_saved(&app);
    if args.iter().any(|a| a == HIDDEN_FLAG) {
        log::info!("started in the tray without a window ({HIDDEN_FLAG})");
    }
    log::info!(
        "Volvo Beacon {} is running in the tray, without the web engine",
        env!("CARGO_PKG_VERSION")
    );
    gtk::main();
    // Quit: a keychain call still blocking a runtime thread must not hold the exit back.
    runtime.shutdown_timeout(Duration::from_secs(1));
    ExitCode::SUCCESS
}

/// What the tray-only process knows; shared by the main loop, the runtime's tasks, the
/// single-instance thread and the shortcut's.
pub(crate) struct App {
    core: Arc<Core>,
    runtime: Handle,
    /// "Ask before honking" in the tray: the first click asks, the second is the yes.
    tray_question: SecondYes,
    shortcut_question: SecondYes,
    /// Commands asked for here and not answered yet. The core counts a command as under way
    /// only once its task has run; this counts it from the click, so the way back to the
    /// window never meets one between the two.
    commands_under_way: AtomicUsize,
    /// The way back to the window is under way (a second Show changes nothing).
    opening: AtomicBool,
    quitting: AtomicBool,
}

impl App {
    /// A click in the tray menu; on GTK's main thread.
    fn clicked(self: &Arc<Self>, id: &str) {
        match Click::of(id) {
            Click::Show => window::open(self),
            Click::Quit => self.quit(),
            Click::Command(vin, command) => {
                if self.core.asks_first(command)
                    && !self.tray_question.answer(&vin, command, Instant::now())
                {
                    // Asked: the entry says how to say yes until the time to answer is up.
                    tray::refresh(self);
                    let app = Arc::clone(self);
                    self.runtime.spawn(async move {
                        tokio::time::sleep(ANSWER_WITHIN).await;
                        tray::refresh(&app);
                    });
                    return;
                }
                self.send(vin, command, "tray");
            }
            Click::Nothing => {}
        }
    }

    /// Sends a command from the tray or the shortcut; on GTK's main thread, where the way back
    /// to the window makes its last check, so that check sees this command.
    fn send(self: &Arc<Self>, vin: Vin, command: Command, from: &'static str) {
        if self.quitting.load(Ordering::SeqCst) {
            log::info!("{from} command not sent: the app is quitting");
            return;
        }
        self.commands_under_way.fetch_add(1, Ordering::SeqCst);
        let app = Arc::clone(self);
        self.runtime.spawn(async move {
            let outcome = app.core.send_command(&vin, command).await;
            app.commands_under_way.fetch_sub(1, Ordering::SeqCst);
            if let Err(e) = outcome {
                log::warn!("{from} command refused: {}", e.kind());
            }
        });
    }

    /// The app launched again: the menu entry clicked wants the window; a start at login
    /// while the app runs wants nothing; a launch with a `volvo-beacon://` link is the OS
    /// handing it over, which answers no sign-in here: a sign-in waiting for its link keeps
    /// the window's process, so the tray program never has one (and any web page can open
    /// such a link). It is dropped, unlogged (it may carry a one-time code).
    fn launched(self: &Arc<Self>, launch: Launch) {
        let args: Vec<String> = launch.argv.into_iter().skip(1).collect();
        let links: Vec<&String> = args
            .iter()
            .filter(|a| {
                a.get(..LINK_SCHEME.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(LINK_SCHEME))
            })
            .collect();
        if links.is_empty() {
            if !args.iter().any(|a| a == HIDDEN_FLAG) {
                window::open(self);
            }
            return;
        }
        log::info!("received a volvo-beacon:// link");
        if links.iter().any(|link| self.core.expects_deep_link(link)) {
            log::warn!("dropped a sign-in's link: no sign-in can wait in the tray program");
        }
    }

    /// Quit waits for a sign-in renewal under way (Volvo ID rotates the refresh token: a
    /// process ended between its answer and the keychain write leaves a dead token behind),
    /// and for a notification on its way.
    fn quit(self: &Arc<Self>) {
        if self.quitting.swap(true, Ordering::SeqCst) {
            return;
        }
        let core = Arc::clone(&self.core);
        self.runtime.spawn(async move {
            if core.renewing_sign_in() {
                log::info!("quitting once {RENEWING}");
                let (title, body) = handoff::quit_waits_for_renewal(core.language());
                notify::show(title, body);
                if !core.renewal_settled(RENEWAL_WAIT).await {
                    log::warn!("quitting with the sign-in renewal still under way");
                }
            }
            if !delivered().await {
                log::warn!("quitting with a notification not delivered");
            }
            gtk::glib::MainContext::default().invoke(gtk::main_quit);
        });
    }
}

/// Waits for the notifications on their way, for [`DELIVERY_WAIT`] at most.
async fn delivered() -> bool {
    tokio::task::spawn_blocking(|| notify::wait_delivered(DELIVERY_WAIT))
        .await
        .unwrap_or(false)
}
