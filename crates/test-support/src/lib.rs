//! What tests/e2e and benches/harness share: both start Volvo Beacon under X, find its
//! processes in /proc, drive its page over WebDriver and its windows over X11.
//!
//! Linux only, like both of its users: elsewhere the crate is empty.

#![cfg(target_os = "linux")]

pub mod group;
pub mod procs;
pub mod webdriver;
pub mod x11;
