//! The page's commands, named once. The build script (permissions and the capability check),
//! the invoke handler and the recorded payloads for the page (page-preview/ipc-payloads.js)
//! all read this list; docs/ipc.md, ui/ipc.js and the dev mock are checked against those
//! payloads.
//!
//! Plain Rust with no dependencies: build.rs includes this file as a module of its own.

/// Hands the command names, as identifiers, to the macro `$then` (an identifier in scope at
/// the call): `tauri::generate_handler` in commands.rs, [`COMMANDS`] below.
macro_rules! with_commands {
    ($then:ident) => {
        $then![
            page_words,
            app_state,
            list_vehicles,
            vehicle_image,
            refresh_availability,
            send_command,
            history,
            set_nickname,
            setup_status,
            check_api_key,
            save_client,
            begin_sign_in,
            complete_sign_in,
            sign_in_with_token,
            sign_out,
            use_demo,
            set_shortcut,
            set_autostart,
            set_ask_before_honking,
            set_language,
        ]
    };
}

macro_rules! names {
    ($($command:ident),* $(,)?) => {
        &[$(stringify!($command)),*]
    };
}

/// Every command the page may invoke, in the order docs/ipc.md lists them.
pub const COMMANDS: &[&str] = with_commands!(names);
