//! The app's windows as the X server has them, for what WebDriver cannot do: closing the
//! window under WebKitWebDriver ends the app, while a user's close (the window manager's
//! `WM_DELETE_WINDOW`) only closes the window. Under Xvfb there is no window manager, so
//! top-level windows are the root window's children. Clicks and key presses go through the
//! XTEST extension: to the app they are the same events a mouse and keyboard make.

use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConnectionExt as _, EventMask, ImageFormat, InputFocus, MapState,
    Window, BUTTON_PRESS_EVENT, BUTTON_RELEASE_EVENT, KEY_PRESS_EVENT, KEY_RELEASE_EVENT,
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

    /// A left click at `(x, y)` of `window` (its own pixels), with the pointer moved there first.
    pub fn click(&self, window: Window, x: i16, y: i16) {
        let at = self
            .conn
            .translate_coordinates(window, self.root, x, y)
            .ok()
            .and_then(|c| c.reply().ok())
            .unwrap_or_else(|| panic!("window {window:#x} is not on the screen"));
        let fake = |kind: u8, detail: u8| {
            self.conn
                .xtest_fake_input(kind, detail, CURRENT_TIME, self.root, at.dst_x, at.dst_y, 0)
                .map(|_| ())
        };
        fake(MOTION_NOTIFY_EVENT, 0)
            .and_then(|_| fake(BUTTON_PRESS_EVENT, 1))
            .and_then(|_| fake(BUTTON_RELEASE_EVENT, 1))
            .and_then(|_| self.conn.flush())
            .unwrap_or_else(|e| panic!("the click did not reach the X server: {e}"));
    }

    /// Gives `window` the keyboard focus (what a window manager does on a click) and presses
    /// and releases Return.
    pub fn press_return(&self, window: Window) {
        const RETURN: u32 = 0xff0d;
        let keycode = self
            .keycode(RETURN)
            .unwrap_or_else(|| panic!("the X server's keyboard has no Return key"));
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
            .and_then(|_| self.conn.flush())
            .unwrap_or_else(|e| panic!("the key press did not reach the X server: {e}"));
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

    /// A PNG of what `window` shows now (24-bit Xvfb screens: 4 bytes per pixel, BGRX).
    pub fn screenshot(&self, window: Window) -> Vec<u8> {
        let geometry = self
            .conn
            .get_geometry(window)
            .ok()
            .and_then(|c| c.reply().ok())
            .unwrap_or_else(|| panic!("window {window:#x} is gone"));
        let (width, height) = (geometry.width, geometry.height);
        let image = self
            .conn
            .get_image(ImageFormat::Z_PIXMAP, window, 0, 0, width, height, !0)
            .ok()
            .and_then(|c| c.reply().ok())
            .unwrap_or_else(|| panic!("no image of window {window:#x}"));
        assert_eq!(
            image.data.len(),
            usize::from(width) * usize::from(height) * 4,
            "a 32-bit-per-pixel image of {width}x{height}"
        );
        let rgb: Vec<u8> = image
            .data
            .chunks_exact(4)
            .flat_map(|bgrx| [bgrx[2], bgrx[1], bgrx[0]])
            .collect();
        let mut png = Vec::new();
        let mut encoder = png::Encoder::new(&mut png, u32::from(width), u32::from(height));
        encoder.set_color(png::ColorType::Rgb);
        encoder
            .write_header()
            .and_then(|mut writer| writer.write_image_data(&rgb))
            .expect("a PNG of the window");
        png
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
