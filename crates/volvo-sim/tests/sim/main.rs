//! Black-box tests over real sockets: the simulator on 127.0.0.1:0, reqwest as the client.
//! One test binary (modules below) so the suite links once.

mod admin;
mod api;
mod common;
mod faults;
mod limits;
mod oauth;
