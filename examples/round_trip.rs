//! A real WebSocket round trip on 127.0.0.1 with tungstenite (no async runtime): a server ends
//! one connection after another with a different close code (and once by dropping TCP without
//! a Close frame), and the client explains each in Korean and English, says who ended it and
//! decides whether to reconnect. The round trips of every other stack are in tests/stacks.
//!
//! ```text
//! cargo run --example round_trip --features tungstenite
//! ```
//!
//! The test suite runs the same code (tests/it/round_trip.rs includes this file).

use std::io;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

use closecode::{CloseCode, Closed, ClosedBy, Locale};
use tungstenite_0_30 as tungstenite;

/// How the server ends a connection.
#[derive(Clone, Copy, Debug)]
pub enum Ending {
    /// A Close frame with this code and reason.
    Close(u16, &'static str),
    /// The TCP connection dropped without a Close frame.
    Drop,
}

/// The endings the server goes through, in order.
pub const ENDINGS: [Ending; 7] = [
    Ending::Close(1001, "shutting down"),
    Ending::Close(1008, "token expired"),
    Ending::Close(1012, "deploy"),
    Ending::Close(1014, "upstream unreachable"),
    Ending::Close(3000, "log in again"),
    Ending::Close(4000, "custom reason"),
    Ending::Drop,
];

/// What the client saw when a connection ended.
#[derive(Debug)]
pub struct Outcome {
    /// How the server ended it.
    pub ending: Ending,
    /// What closecode made of what the client's library reported.
    pub closed: Closed,
}

/// Runs every ending once and returns what the client saw. Every socket has a 5-second read
/// timeout, so a broken peer cannot hang the run.
pub fn run() -> io::Result<Vec<Outcome>> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let address = listener.local_addr()?;
    let server = thread::spawn(move || serve(&listener));
    let outcomes = ENDINGS
        .iter()
        .map(|&ending| connect(address, ending))
        .collect();
    server
        .join()
        .map_err(|_| io::Error::other("the server thread panicked"))??;
    outcomes
}

const TIMEOUT: Option<Duration> = Some(Duration::from_secs(5));

fn serve(listener: &TcpListener) -> io::Result<()> {
    for ending in ENDINGS {
        let (stream, _) = listener.accept()?;
        stream.set_read_timeout(TIMEOUT)?;
        let mut socket = tungstenite::accept(stream).map_err(io::Error::other)?;
        match ending {
            Ending::Close(code, reason) => {
                let frame = closecode::tungstenite::close_frame(CloseCode::new(code), reason)
                    .map_err(io::Error::other)?;
                socket.close(frame).map_err(io::Error::other)?;
                // Read until the client's answering Close completes the handshake.
                while socket.read().is_ok() {}
            }
            // Dropping the socket closes TCP without a Close frame.
            Ending::Drop => drop(socket),
        }
    }
    Ok(())
}

fn connect(address: SocketAddr, ending: Ending) -> io::Result<Outcome> {
    let stream = TcpStream::connect(address)?;
    stream.set_read_timeout(TIMEOUT)?;
    let (mut socket, _) =
        tungstenite::client(format!("ws://{address}/"), stream).map_err(io::Error::other)?;
    loop {
        let message = socket.read();
        // The two lines a tungstenite client needs:
        if let Some(closed) = closecode::tungstenite::closed(&message) {
            // Send tungstenite's queued answer to the Close, completing the handshake.
            let _ = socket.flush();
            return Ok(Outcome { ending, closed });
        }
        message.map_err(io::Error::other)?;
    }
}

#[allow(dead_code)]
fn main() -> io::Result<()> {
    for outcome in run()? {
        match outcome.ending {
            Ending::Close(sent, reason) => println!("server sent {sent} {reason:?}"),
            Ending::Drop => println!("server dropped the TCP connection"),
        }
        let closed = &outcome.closed;
        println!("  client got {closed}");
        if let (Ending::Close(sent, _), ClosedBy::Library) = (outcome.ending, closed.by) {
            let sent = CloseCode::new(sent);
            if sent.rejected_by().any(|l| l.id == "tungstenite") {
                println!(
                    "  tungstenite rejects {sent} and reports {} instead",
                    closed.code
                );
            }
        }
        let code = closed.code;
        for locale in [Locale::KO, Locale::EN] {
            let text = code.describe(locale);
            println!(
                "  [{locale}] {}: {}",
                text.name(),
                code.retry().phrase(locale)
            );
        }
        println!("  reconnect: {:?}", closed.retry());
    }
    Ok(())
}
