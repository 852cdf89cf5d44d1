//! The apps' windows as the X server has them, for what WebDriver cannot do: closing the
//! window under WebKitWebDriver ends the app, while a user's close (the window manager's ICCCM
//! `WM_DELETE_WINDOW`) only asks, and the app sees an ordinary close request (Tauri's
//! `CloseRequested`). Under Xvfb there is no window manager, so top-level windows are the root
//! window's children. Clicks and key presses go through the XTEST extension: to the app they
//! are the same events a mouse and keyboard make.

use std::time::Duration;

use x11rb::connection::Connection as _;
/// An X window id, as the X server names windows.
pub use x11rb::protocol::xproto::Window;
use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConnectionExt as _, EventMask, ImageFormat, InputFocus, MapState,
    BUTTON_PRESS_EVENT, BUTTON_RELEASE_EVENT, KEY_PRESS_EVENT, KEY_RELEASE_EVENT,
    MOTION_NOTIFY_EVENT,
};
use x11rb::protocol::xtest::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;
use x11rb::CURRENT_TIME;

pub struct Screen {
    conn: RustConnection,
    root: Window,
    net_wm_pid: u32,
    wm_protocols: u32,
    wm_delete_window: u32,
}

fn err(e: impl std::fmt::Display) -> String {
    format!("X11: {e}")
}

impl Screen {
    /// The X server at `DISPLAY`.
    pub fn open() -> Result<Screen, String> {
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
        Ok(Screen {
            conn,
            root,
            net_wm_pid,
            wm_protocols,
            wm_delete_window,
        })
    }

    /// The top-level windows of process `pid` (their `_NET_WM_PID`) that are on screen now.
    pub fn shown_windows_of(&self, pid: u32) -> Result<Vec<Window>, String> {
        let children = self
            .conn
            .query_tree(self.root)
            .map_err(err)?
            .reply()
            .map_err(err)?
            .children;
        let mut found = Vec::new();
        for window in children {
            if self.owner(window) == Some(pid) && self.viewable(window)? {
                found.push(window);
            }
        }
        Ok(found)
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

    fn viewable(&self, window: Window) -> Result<bool, String> {
        Ok(self
            .conn
            .get_window_attributes(window)
            .map_err(err)?
            .reply()
            .is_ok_and(|a| a.map_state == MapState::VIEWABLE))
    }

    /// What the close button does: a request the app may turn down, not a kill.
    pub fn ask_to_close(&self, window: Window) -> Result<(), String> {
        let message = ClientMessageEvent::new(
            32,
            window,
            self.wm_protocols,
            [self.wm_delete_window, CURRENT_TIME, 0, 0, 0],
        );
        self.conn
            .send_event(false, window, EventMask::NO_EVENT, message)
            .map_err(err)?;
        self.handled()
    }

    /// Waits for the X server to have handled every request sent so far: a connection closed
    /// right after a flush can lose the requests the server had not read yet (a close request
    /// that now and then never reached the app).
    fn handled(&self) -> Result<(), String> {
        self.conn
            .get_input_focus()
            .map_err(err)?
            .reply()
            .map(|_| ())
            .map_err(err)
    }

    /// A left click at `(x, y)` of `window` (its own pixels), with the pointer moved there first.
    pub fn click(&self, window: Window, x: i16, y: i16) -> Result<(), String> {
        let at = self
            .conn
            .translate_coordinates(window, self.root, x, y)
            .ok()
            .and_then(|c| c.reply().ok())
            .ok_or_else(|| format!("window {window:#x} is not on the screen"))?;
        let fake = |kind: u8, detail: u8| {
            self.conn
                .xtest_fake_input(kind, detail, CURRENT_TIME, self.root, at.dst_x, at.dst_y, 0)
                .map(|_| ())
        };
        fake(MOTION_NOTIFY_EVENT, 0)
            .and_then(|_| fake(BUTTON_PRESS_EVENT, 1))
            .and_then(|_| fake(BUTTON_RELEASE_EVENT, 1))
            .map_err(err)?;
        self.handled()
    }

    /// Gives `window` the keyboard focus (what a window manager does on a click) and presses
    /// and releases Return.
    pub fn press_return(&self, window: Window) -> Result<(), String> {
        const RETURN: u32 = 0xff0d;
        let keycode = self
            .keycode(RETURN)
            .ok_or("the X server's keyboard has no Return key")?;
        let fake = |kind: u8| {
            self.conn
                .xtest_fake_input(kind, keycode, CURRENT_TIME, self.root, 0, 0, 0)
                .map(|_| ())
        };
        self.conn
            .set_input_focus(InputFocus::PARENT, window, CURRENT_TIME)
            .map(|_| ())
            .and_then(|_| fake(KEY_PRESS_EVENT))
            .and_then(|_| fake(KEY_RELEASE_EVENT))
            .map_err(err)?;
        self.handled()
    }

    fn keycode(&self, keysym: u32) -> Option<u8> {
        let setup = self.conn.setup();
        let (first, count) = (setup.min_keycode, setup.max_keycode - setup.min_keycode + 1);
        let map = self
            .conn
            .get_keyboard_mapping(first, count)
            .ok()?
            .reply()
            .ok()?;
        let per = usize::from(map.keysyms_per_keycode).max(1);
        let index = map.keysyms.iter().position(|&k| k == keysym)?;
        u8::try_from(index / per).ok().map(|offset| first + offset)
    }

    /// A rectangle of `window`'s pixels as the screen shows them now, 4 bytes each (BGRX on
    /// 24-bit Xvfb screens), row after row. `None` when the window went away or left the screen.
    pub fn pixels(
        &self,
        window: Window,
        (x, y): (i16, i16),
        (width, height): (u16, u16),
    ) -> Result<Option<Vec<u8>>, String> {
        let image = self
            .conn
            .get_image(ImageFormat::Z_PIXMAP, window, x, y, width, height, !0)
            .map_err(err)?
            .reply();
        Ok(image.ok().map(|image| image.data))
    }

    /// A PNG of what `window` shows now.
    pub fn screenshot(&self, window: Window) -> Result<Vec<u8>, String> {
        let geometry = self
            .conn
            .get_geometry(window)
            .ok()
            .and_then(|c| c.reply().ok())
            .ok_or_else(|| format!("window {window:#x} is gone"))?;
        let (width, height) = (geometry.width, geometry.height);
        let data = self
            .pixels(window, (0, 0), (width, height))?
            .ok_or_else(|| format!("no image of window {window:#x}"))?;
        if data.len() != usize::from(width) * usize::from(height) * 4 {
            return Err(format!(
                "not a 32-bit-per-pixel image of {width}x{height}: {} bytes",
                data.len()
            ));
        }
        let rgb: Vec<u8> = data
            .chunks_exact(4)
            .flat_map(|bgrx| [bgrx[2], bgrx[1], bgrx[0]])
            .collect();
        let mut png = Vec::new();
        let mut encoder = png::Encoder::new(&mut png, u32::from(width), u32::from(height));
        encoder.set_color(png::ColorType::Rgb);
        encoder
            .write_header()
            .and_then(|mut writer| writer.write_image_data(&rgb))
            .map_err(|e| format!("a PNG of the window: {e}"))?;
        Ok(png)
    }
}

/// How many windows of `pid` are shown now.
pub fn shown_windows(pid: u32) -> Result<usize, String> {
    Screen::open()?.shown_windows_of(pid).map(|w| w.len())
}

/// Asks every shown window of `pid` to close, and waits until none is shown. A request that
/// seems not to have arrived (rarely, right after a busy start) is repeated, up to 3 times.
/// Returns how many close requests were sent; 0 when there was no window.
pub async fn close_windows(pid: u32) -> Result<usize, String> {
    let screen = Screen::open()?;
    let mut sent = 0;
    for _ in 0..3 {
        let windows = screen.shown_windows_of(pid)?;
        if windows.is_empty() {
            return Ok(sent);
        }
        for &window in &windows {
            screen.ask_to_close(window)?;
            sent += 1;
        }
        for _ in 0..40 {
            tokio::time::sleep(Duration::from_millis(50)).await;
            if screen.shown_windows_of(pid)?.is_empty() {
                return Ok(sent);
            }
        }
    }
    Err(format!(
        "the window of pid {pid} is still shown after {sent} close requests"
    ))
}
