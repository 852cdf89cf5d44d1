//! What is really on screen: a rectangle of an app's window read back from the X server,
//! frame after frame, for the start-up figure (see startup.rs).

use serde::Serialize;

use beacon_test_support::{procs, x11};

/// A rectangle of a window, in window pixels.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// What the screen showed of the target rectangle at one moment: every `STEP`-th pixel of
/// every `STEP`-th row, as 0x00RRGGBB.
pub struct Frame {
    /// Epoch ms just before the rectangle was asked for, and just after it arrived.
    pub from: f64,
    pub to: f64,
    pub pixels: Vec<u32>,
}

const STEP: usize = 4;
/// Pause between two reads.
const FRAME_GAP_MS: u64 = 8;

impl Frame {
    /// Content, as opposed to a blank window or an empty part of the page: not one flat colour
    /// but at least 3 colours, with 2 % of the samples off the most common one.
    pub fn shows_content(&self) -> bool {
        let mut counts = std::collections::HashMap::<u32, usize>::new();
        for p in &self.pixels {
            *counts.entry(*p).or_insert(0) += 1;
        }
        let total = self.pixels.len();
        let top = counts.values().copied().max().unwrap_or(0);
        counts.len() >= 3 && total > 0 && (total - top) * 50 >= total
    }
}

/// Frames of one rectangle of a window, read from the X server (the real screen contents).
pub struct Filmstrip {
    pub columns: usize,
    pub frames: Vec<Frame>,
}

impl Filmstrip {
    pub fn first_showing(&self) -> Option<&Frame> {
        self.frames.iter().find(|f| f.shows_content())
    }

    /// Writes one frame as a PPM image (at the sampled resolution), to look at.
    pub fn save_ppm(&self, frame: &Frame, path: &std::path::Path) -> std::io::Result<()> {
        let rows = frame.pixels.len() / self.columns.max(1);
        let mut out = format!("P6\n{} {rows}\n255\n", self.columns).into_bytes();
        for p in &frame.pixels {
            out.extend([(p >> 16) as u8, (p >> 8) as u8, *p as u8]);
        }
        std::fs::write(path, out)
    }
}

/// Films one rectangle of the first shown window of the process running `binary` below
/// `root`, from the moment the window is mapped: the rectangle is read back about every 10 ms
/// until a frame after the first one showing content, or for 30 s. Only the rectangle, and
/// one request a frame: reading the whole window, or row by row, took enough of the X server
/// and the CPU to slow the app being timed (Beacon's tiles came seconds late). Runs on its own
/// thread: X11 calls block. The window must be wholly on screen (scripts/bench runs Xvfb at
/// 1920×1080).
pub fn film(root: u32, binary: std::path::PathBuf, rect: Rect) -> Result<Filmstrip, String> {
    use std::time::{Duration, Instant};
    let deadline = Instant::now() + Duration::from_secs(30);
    let screen = x11::Screen::open()?;
    let window = loop {
        if Instant::now() > deadline {
            return Err("no window to film".into());
        }
        if let Some(pid) = procs::find_exe_below(root, &binary) {
            if let Some(&w) = screen.shown_windows_of(pid)?.first() {
                break w;
            }
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let (x, y) = (rect.x.round() as i16, rect.y.round() as i16);
    let (w, h) = (
        rect.w.floor().max(1.0) as u16,
        rect.h.floor().max(1.0) as u16,
    );
    let columns = (w as usize).div_ceil(STEP);
    let mut frames: Vec<Frame> = Vec::new();
    let mut shown = false;
    while Instant::now() < deadline {
        let from = crate::clock::epoch_ms();
        let Some(image) = screen.pixels(window, (x, y), (w, h))? else {
            // The window went away (the app quit) or left the screen.
            break;
        };
        let to = crate::clock::epoch_ms();
        let pixels = image
            .chunks_exact(w as usize * 4)
            .step_by(STEP)
            .flat_map(|row| {
                row.chunks_exact(4)
                    .step_by(STEP)
                    .map(|p| u32::from_le_bytes([p[0], p[1], p[2], 0]))
            })
            .collect();
        let frame = Frame { from, to, pixels };
        let done = shown;
        shown = shown || frame.shows_content();
        frames.push(frame);
        if done {
            break;
        }
        std::thread::sleep(Duration::from_millis(FRAME_GAP_MS));
    }
    Ok(Filmstrip { columns, frames })
}
