//! A tokio-tungstenite client that stays connected with closecode's reconnect state machine and
//! tells its (Korean) user what is happening, against a real server on 127.0.0.1.
//!
//! The server restarts once (1012), then drops a connection without a Close frame, then bans
//! the client with a private code (4401) that only the application knows: the client waits
//! after the first two and stops at the third. Delays are shortened a thousandfold so that the
//! example runs in a moment; a real client sleeps the whole delay.
//!
//! ```text
//! cargo run --example reconnect --features tungstenite
//! ```
//!
//! The test suite runs the same code (tests/stacks/reconnect.rs includes this file).

use std::time::Duration;

use closecode::reconnector::{Next, Reconnector, countdown};
use closecode::{Closing, Locale, SplitMix64};
use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode as Code;
use tokio_tungstenite_0_30 as tokio_tungstenite;

/// How the server ends each connection, in turn.
const ENDINGS: [Option<u16>; 3] = [Some(1012), None, Some(4401)];

/// Runs the server and the client; returns every line the client showed its user.
pub async fn run(locale: Locale) -> std::io::Result<Vec<String>> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("ws://{}", listener.local_addr()?);
    let server = tokio::spawn(async move {
        for ending in ENDINGS {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let Ok(mut socket) = tokio_tungstenite::accept_async(stream).await else {
                return;
            };
            match ending {
                Some(code) => {
                    let frame = CloseFrame {
                        code: Code::from(code),
                        reason: "server reason, never shown to users".into(),
                    };
                    let _ = socket.send(Message::Close(Some(frame))).await;
                    // Wait for the client's reply to finish the closing handshake.
                    let _ = tokio::time::timeout(Duration::from_secs(2), socket.next()).await;
                }
                // Drop the TCP connection without a Close frame.
                None => drop(socket),
            }
        }
    });

    let mut lines = Vec::new();
    let mut reconnect = Reconnector::new(SplitMix64::new(7));
    loop {
        let (mut socket, _) = tokio_tungstenite::connect_async(&url)
            .await
            .map_err(std::io::Error::other)?;
        // Read until the stream ends, also after the Close message: the next read sends
        // tungstenite's reply, so the server sees its own code come back, not 1006.
        let mut closing = Closing::new();
        while let Some(next) = socket.next().await {
            closing.read(closecode::tungstenite::closed(&next));
        }
        let closed = closing.finish();
        lines.push(closed.describe(locale).user().to_string());
        match reconnect.next(&closed, Duration::ZERO) {
            Next::Retry { delay, .. } => {
                lines.push(countdown(delay, locale));
                tokio::time::sleep(delay / 1000).await;
            }
            _ => break,
        }
    }
    let _ = server.await;
    Ok(lines)
}

#[tokio::main(flavor = "current_thread")]
#[allow(dead_code)] // the test suite includes this file and calls `run`
async fn main() -> std::io::Result<()> {
    for line in run(Locale::KO).await? {
        println!("{line}");
    }
    Ok(())
}
