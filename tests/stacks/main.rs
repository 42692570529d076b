//! Real round trips on loopback, one pairing per stack: one side closes with every sendable
//! registered code, a private code (4000), an empty Close frame (1005) and a dropped
//! connection, and the other side's closecode answer is checked against what that stack is
//! known to do (`data/peers.toml` where the stack is listed there). One binary for every stack,
//! so the heavy dependencies link once; every wait is bounded.

mod common;
mod conversions;
mod tws_client;

mod actix_ws;
mod axum;
mod fastwebsockets;
mod reconnect;
mod tungstenite;
mod web_sys;
