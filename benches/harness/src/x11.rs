//! The apps' windows on the X server: finding them by process, and closing them the way a
//! window manager does when the user clicks the close button, with an ICCCM `WM_DELETE_WINDOW`
//! client message. The app sees an ordinary close request (Tauri's `CloseRequested`), exactly as
//! on a desktop. Under Xvfb there is no window manager, so top-level windows are the root
//! window's children.

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConnectionExt as _, EventMask, MapState, Window,
};
use x11rb::rust_connection::RustConnection;

pub(crate) struct Display {
    pub(crate) conn: RustConnection,
    root: Window,
    net_wm_pid: u32,
    wm_protocols: u32,
    wm_delete_window: u32,
}

pub(crate) fn err(e: impl std::fmt::Display) -> String {
    format!("X11: {e}")
}

impl Display {
    pub(crate) fn open() -> Result<Display, String> {
        let (conn, screen) = x11rb::connect(None).map_err(err)?;
        let root = conn.setup().roots[screen].root;
        let atom = |name: &[u8]| -> Result<u32, String> {
            Ok(conn
                .intern_atom(false, name)
                .map_err(err)?
                .reply()
                .map_err(err)?
                .atom)
        };
        let net_wm_pid = atom(b"_NET_WM_PID")?;
        let wm_protocols = atom(b"WM_PROTOCOLS")?;
        let wm_delete_window = atom(b"WM_DELETE_WINDOW")?;
        Ok(Display {
            conn,
            root,
            net_wm_pid,
            wm_protocols,
            wm_delete_window,
        })
    }

    /// Mapped top-level windows whose `_NET_WM_PID` is `pid`.
    pub(crate) fn windows_of(&self, pid: i32) -> Result<Vec<Window>, String> {
        let children = self
            .conn
            .query_tree(self.root)
            .map_err(err)?
            .reply()
            .map_err(err)?
            .children;
        let mut found = Vec::new();
        for window in children {
            let Ok(Ok(property)) = self
                .conn
                .get_property(false, window, self.net_wm_pid, AtomEnum::CARDINAL, 0, 1)
                .map(|c| c.reply())
            else {
                continue;
            };
            let owner = property.value32().and_then(|mut v| v.next());
            if owner != u32::try_from(pid).ok() {
                continue;
            }
            let viewable = self
                .conn
                .get_window_attributes(window)
                .map_err(err)?
                .reply()
                .is_ok_and(|a| a.map_state == MapState::VIEWABLE);
            if viewable {
                found.push(window);
            }
        }
        Ok(found)
    }

    fn request_close(&self, window: Window) -> Result<(), String> {
        let event = ClientMessageEvent::new(
            32,
            window,
            self.wm_protocols,
            [self.wm_delete_window, 0 /* CurrentTime */, 0, 0, 0],
        );
        self.conn
            .send_event(false, window, EventMask::NO_EVENT, event)
            .map_err(err)?;
        self.conn.flush().map_err(err)
    }
}

/// How many windows of `pid` are shown now.
pub fn shown_windows(pid: i32) -> Result<usize, String> {
    Display::open()?.windows_of(pid).map(|w| w.len())
}

/// Asks every shown window of `pid` to close, and waits until none is shown. A request that
/// seems not to have arrived (rarely, right after a busy start) is repeated, up to 3 times.
/// Returns how many close requests were sent; 0 when there was no window.
pub async fn close_windows(pid: i32) -> Result<usize, String> {
    let display = Display::open()?;
    let mut sent = 0;
    for _ in 0..3 {
        let windows = display.windows_of(pid)?;
        if windows.is_empty() {
            return Ok(sent);
        }
        for &window in &windows {
            display.request_close(window)?;
            sent += 1;
        }
        for _ in 0..40 {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            if display.windows_of(pid)?.is_empty() {
                return Ok(sent);
            }
        }
    }
    Err(format!(
        "the window of pid {pid} is still shown after {sent} close requests"
    ))
}
