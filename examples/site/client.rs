//! A tungstenite 0.30 client that reads how each connection ended (the peer's Close frame,
//! with its code and reason, or none) and lets closecode explain it and decide whether and when
//! to reconnect.
//!
//! ```text
//! cargo run --example close_client --features tungstenite -- ws://127.0.0.1:8080/
//! ```

use std::time::{Duration, Instant};

use closecode::reconnector::{Next, Reconnector, countdown};
use closecode::{Closed, Closing, Locale, SplitMix64};
// In your Cargo.toml this is `tungstenite = "0.30"`; closecode's own build renames it.
use tungstenite::Message;
use tungstenite_0_30 as tungstenite;

/// One connection, read until it ends: how it ended, and how long it stayed up.
pub fn session(url: &str) -> (Closed, Duration) {
    let mut closing = Closing::new();
    // Messages up to 16 MiB (tungstenite's default is 64 MiB). A larger one is
    // an error here, and the peer sees the connection close (1009, or 1006 when
    // no Close frame is sent).
    let config = tungstenite::protocol::WebSocketConfig::default();
    let config = config.max_message_size(Some(16 << 20));
    let mut socket = match tungstenite::client::connect_with_config(url, Some(config), 3) {
        Ok((socket, _response)) => socket,
        // A refused handshake (with its HTTP status and Retry-After), DNS, TCP or TLS.
        Err(err) => {
            closing.read(closecode::tungstenite::closed(&Err(err)));
            return (closing.finish(), Duration::ZERO);
        }
    };
    let opened = Instant::now();
    loop {
        let next = socket.read();
        match &next {
            Ok(Message::Text(text)) => println!("message: {text}"),
            // The peer's Close frame: a code and a reason (UTF-8, at most 123 bytes).
            Ok(Message::Close(Some(frame))) => {
                println!(
                    "close frame: {} {:?}",
                    u16::from(frame.code),
                    frame.reason.as_str()
                );
            }
            _ => {}
        }
        let answer = closecode::tungstenite::closed(&next);
        if closing.read(answer).is_some() || next.is_err() {
            // Send tungstenite's answer to the Close frame, completing the closing handshake.
            let _ = socket.flush();
            return (closing.finish(), opened.elapsed());
        }
    }
}

/// Connects to `url` again while closecode's reconnect machine says so, waiting with `wait`;
/// returns how each connection ended.
pub fn run(url: &str, locale: Locale, mut wait: impl FnMut(Duration)) -> Vec<Closed> {
    let mut reconnect = Reconnector::new(SplitMix64::from_entropy());
    let mut ends = Vec::new();
    loop {
        let (closed, stayed_up) = session(url);
        // For the log, in English: `1012 Service Restart: "deploy"`.
        println!("closed: {closed}");
        // For the user, in their language; never the peer's reason.
        println!("{}", closed.describe(locale).user());
        let next = reconnect.next(&closed, stayed_up);
        ends.push(closed);
        match next {
            Next::Retry { delay, .. } => {
                println!("{}", countdown(delay, locale));
                wait(delay);
            }
            // Done, fix the cause first, new credentials first, a code only the application
            // knows, or the schedule ran out.
            _ => return ends,
        }
    }
}

#[allow(dead_code)] // tests/it/site_examples.rs includes this file and calls `run`
fn main() {
    let url = std::env::args().nth(1);
    let url = url.as_deref().unwrap_or("ws://127.0.0.1:8080/");
    run(url, Locale::EN, std::thread::sleep);
}
