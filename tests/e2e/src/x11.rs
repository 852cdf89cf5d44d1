//! The app's windows as the X server has them, for what WebDriver cannot do: closing the
//! window under WebKitWebDriver ends the app, while a user's close (the window manager's
//! `WM_DELETE_WINDOW`) only closes the window. Under Xvfb there is no window manager, so
//! top-level windows are the root window's children.

use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConnectionExt as _, EventMask, MapState, Window,
};
use x11rb::rust_connection::RustConnection;

pub struct Screen {
    conn: RustConnection,
    root: Window,
    net_wm_pid: u32,
    wm_protocols: u32,
    wm_delete_window: u32,
}

impl Screen {
    pub fn open() -> Screen {
        let (conn, screen) =
            x11rb::connect(None).unwrap_or_else(|e| panic!("no X server at DISPLAY: {e}"));
        let root = conn.setup().roots[screen].root;
        let atom = |name: &str| {
            conn.intern_atom(false, name.as_bytes())
                .ok()
                .and_then(|cookie| cookie.reply().ok())
                .unwrap_or_else(|| panic!("the X server has no atom {name}"))
                .atom
        };
        let (net_wm_pid, wm_protocols, wm_delete_window) = (
            atom("_NET_WM_PID"),
            atom("WM_PROTOCOLS"),
            atom("WM_DELETE_WINDOW"),
        );
        Screen {
            conn,
            root,
            net_wm_pid,
            wm_protocols,
            wm_delete_window,
        }
    }

    /// The top-level windows of process `pid` that are on screen now.
    pub fn shown_windows_of(&self, pid: u32) -> Vec<Window> {
        let Some(tree) = self
            .conn
            .query_tree(self.root)
            .ok()
            .and_then(|c| c.reply().ok())
        else {
            return Vec::new();
        };
        tree.children
            .into_iter()
            .filter(|&w| self.owner(w) == Some(pid) && self.viewable(w))
            .collect()
    }

    /// What the close button does: a request the app may turn down, not a kill.
    pub fn ask_to_close(&self, window: Window) {
        let message = ClientMessageEvent::new(
            32,
            window,
            self.wm_protocols,
            [self.wm_delete_window, 0, 0, 0, 0],
        );
        self.conn
            .send_event(false, window, EventMask::NO_EVENT, message)
            .and_then(|_| self.conn.flush())
            .unwrap_or_else(|e| panic!("the close request did not reach the X server: {e}"));
    }

    fn owner(&self, window: Window) -> Option<u32> {
        let reply = self
            .conn
            .get_property(false, window, self.net_wm_pid, AtomEnum::CARDINAL, 0, 1)
            .ok()?
            .reply()
            .ok()?;
        let owner = reply.value32().and_then(|mut values| values.next());
        owner
    }

    fn viewable(&self, window: Window) -> bool {
        self.conn
            .get_window_attributes(window)
            .ok()
            .and_then(|c| c.reply().ok())
            .is_some_and(|a| a.map_state == MapState::VIEWABLE)
    }
}
