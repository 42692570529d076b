//! tungstenite 0.30, the real library, driven on 127.0.0.1 with hand-made Close frames and
//! compared with closecode's prediction for it (`Peer::find("tungstenite")`, from
//! data/peers.toml). A raw client does the handshake and sends one masked Close frame per
//! connection; a tungstenite server (`accept`, then a `read` loop as an application writes it)
//! records what `read` returned; the client records what came back on the wire. Every socket
//! has a read timeout, so a hung peer fails the test instead of hanging it.
//!
//! A second test ends a connection without a Close frame, once by a FIN (the client closes its
//! socket) and once by a reset (`SO_LINGER` 0, then close), and compares what `read` returned
//! with the table's `no_close` and `reset`.
//!
//! peers/check.py does the same for Python websockets, Node ws and Chromium.

use std::io::{self, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

use closecode::Peer;
use closecode::peer::{Reply, Seen};
use tungstenite::Message;
use tungstenite_0_30 as tungstenite;

const TIMEOUT: Duration = Duration::from_secs(3);

/// The payloads peers/check.py sends: codes each side of every boundary, bad reasons, one
/// byte, and 126 bytes (sent with the 16-bit length form).
fn payloads() -> Vec<Vec<u8>> {
    let mut all: Vec<Vec<u8>> = [
        "",
        "03e8",
        "03e8627965",
        "0fa06f6b",
        "03ec",
        "03ed",
        "03ee",
        "03f6",
        "03f7",
        "0000",
        "03e7",
        "1388",
        "ffff",
        "03e8c080",
        "0000c080",
        "03",
    ]
    .iter()
    .map(|hex| closecode::frame::from_hex(hex).unwrap())
    .collect();
    let mut long = vec![0x03, 0xe8];
    long.extend([b'a'; 124]);
    all.push(long);
    all
}

/// What the server application got from the `read` that ended its loop.
#[derive(Debug, PartialEq)]
enum AppSaw {
    /// `Ok(Message::Close(..))`, with the frame's code if it had one.
    Close(Option<u16>),
    /// An `Err`, as displayed.
    Error(String),
}

/// Accepts one connection and reads until tungstenite returns an error, as an application's
/// read loop does (the read after a Close message sends the reply). The first Close message, or
/// else the error, is what the application saw.
fn serve(listener: &TcpListener) -> io::Result<AppSaw> {
    let (stream, _) = listener.accept()?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    let mut ws = tungstenite::accept(stream).map_err(|err| io::Error::other(err.to_string()))?;
    let mut close = None;
    loop {
        match ws.read() {
            Ok(Message::Close(frame)) => {
                close.get_or_insert(AppSaw::Close(frame.map(|f| u16::from(f.code))));
            }
            Ok(_) => {}
            Err(err) => return Ok(close.unwrap_or(AppSaw::Error(err.to_string()))),
        }
    }
}

/// Hand-shakes with a fixed key and returns the open connection.
fn handshake(address: SocketAddr) -> io::Result<TcpStream> {
    let mut stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.write_all(
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
          Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
    )?;
    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        let mut byte = [0];
        if stream.read(&mut byte)? == 0 {
            return Err(io::Error::new(
                ErrorKind::UnexpectedEof,
                "handshake cut short",
            ));
        }
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head);
    // The accept value for the RFC 6455 §1.3 sample key.
    if !head.starts_with("HTTP/1.1 101") || !head.contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=") {
        return Err(io::Error::other(format!("handshake refused: {head}")));
    }
    Ok(stream)
}

/// Hand-shakes, sends `payload` in one masked Close frame and returns every byte that comes
/// back until the server closes TCP (or the read times out).
fn send_close(address: SocketAddr, payload: &[u8]) -> io::Result<Vec<u8>> {
    let mut stream = handshake(address)?;
    let mask = [0x37, 0xfa, 0x21, 0x3d];
    let mut frame = vec![0x88];
    match u8::try_from(payload.len()) {
        Ok(n) if n < 126 => frame.push(0x80 | n),
        _ => {
            frame.push(0x80 | 126);
            frame.extend(u16::try_from(payload.len()).unwrap().to_be_bytes());
        }
    }
    frame.extend(mask);
    frame.extend(payload.iter().zip(mask.iter().cycle()).map(|(b, m)| b ^ m));
    stream.write_all(&frame)?;
    let mut back = Vec::new();
    match stream.read_to_end(&mut back) {
        Ok(_) => Ok(back),
        Err(err)
            if matches!(
                err.kind(),
                ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::ConnectionReset
            ) =>
        {
            Ok(back)
        }
        Err(err) => Err(err),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The first Close frame in what a server sent back (servers do not mask), as a `Reply`.
fn reply_on_wire(mut bytes: &[u8]) -> Result<Reply, String> {
    while let [first, second, rest @ ..] = bytes {
        let len = usize::from(second & 0x7f);
        if len > 125 || rest.len() < len {
            return Err(format!("a frame this test cannot read: {}", hex(bytes)));
        }
        let payload = &rest[..len];
        if first & 0x0f == 0x8 {
            return match payload {
                [] => Ok(Reply::Empty),
                [high, low, ..] => Ok(Reply::Code(closecode::CloseCode::new(u16::from_be_bytes(
                    [*high, *low],
                )))),
                _ => Err(format!("a 1-byte Close frame: {}", hex(payload))),
            };
        }
        bytes = &rest[len..];
    }
    Ok(Reply::Nothing)
}

#[test]
fn tungstenite_does_what_closecode_predicts() {
    let peer = Peer::find("tungstenite").unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let mut mismatches = Vec::new();
    let all = payloads();
    for payload in &all {
        let (saw, wire) = thread::scope(|scope| {
            let server = scope.spawn(|| serve(&listener));
            let wire = send_close(address, payload).expect("the raw client ran");
            (server.join().unwrap().expect("the server ran"), wire)
        });
        let replied = reply_on_wire(&wire);
        let predicted = peer.reaction(payload);
        let sees_as_predicted = match (predicted.sees, &saw) {
            (Seen::Code(code), AppSaw::Close(Some(got))) => code.get() == *got,
            (Seen::NoCode, AppSaw::Close(None)) => true,
            // The whole text, with what tungstenite takes from the payload (its UTF-8 error).
            (Seen::Error(text), AppSaw::Error(got)) => *got == text.to_string(),
            _ => false,
        };
        // tungstenite took the frame as it came when the application got the code that was sent.
        let accepted = saw == AppSaw::Close(predicted.received.map(|code| code.get()));
        if !sees_as_predicted
            || accepted != predicted.accepts()
            || replied.as_ref() != Ok(&predicted.replies)
        {
            mismatches.push(format!(
                "sent {} ({:?}): predicted sees {:?}, replies {:?}, accepts {}; \
                 tungstenite saw {saw:?}, replied {replied:?} (came back {})",
                hex(payload),
                predicted.case,
                predicted.sees,
                predicted.replies,
                predicted.accepts(),
                hex(&wire),
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} payloads differ from the prediction:\n{}",
        mismatches.len(),
        all.len(),
        mismatches.join("\n")
    );
}

#[test]
fn tungstenite_tells_a_reset_from_a_fin() {
    use closecode::peer::Sees;
    let peer = Peer::find("tungstenite").unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let mut endings = vec![("a FIN", false, peer.no_close)];
    // The reset's text is the operating system's: the table holds Linux's.
    if cfg!(target_os = "linux") {
        endings.push(("a reset", true, peer.reset));
    }
    for (ending, reset, predicted) in endings {
        let saw = thread::scope(|scope| {
            let server = scope.spawn(|| serve(&listener));
            let stream = handshake(address).expect("the raw client hand-shook");
            if reset {
                // SO_LINGER 0, then close: the kernel sends RST instead of FIN.
                let socket = tokio::net::TcpSocket::from_std_stream(stream);
                socket.set_zero_linger().unwrap();
                drop(socket);
            } else {
                drop(stream);
            }
            server.join().unwrap().expect("the server ran")
        });
        let Sees::Error(text) = predicted else {
            panic!("{ending}: the table predicts {predicted:?}, not an error")
        };
        assert_eq!(saw, AppSaw::Error(text.to_owned()), "{ending}");
    }
}
