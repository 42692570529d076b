//! What every pairing shares: the endings, what each receiving stack is known to report, and
//! the bounded loops that drive a connection.

use std::future::Future;
use std::time::Duration;

use closecode::frame::EncodeError;
use closecode::{CloseCode, Closed, ClosedBy, Closing, Peer};
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::time::timeout;

/// The longest any one connection may take.
pub const STEP: Duration = Duration::from_secs(5);

/// The longest a whole test may take.
const TEST: Duration = Duration::from_secs(90);

/// How the closing side ends a connection.
#[derive(Clone, Debug)]
pub enum Ending {
    /// A Close frame built by the stack's closecode builder; 1005 is an empty Close frame.
    Close(CloseCode, String),
    /// The TCP connection dropped without a Close frame.
    Drop,
}

/// Every registered code that may be sent, a private code, an empty Close frame and a drop. The
/// reasons are Korean, so every stack carries multi-byte UTF-8.
pub fn endings() -> Vec<Ending> {
    let sendable = (0..=u16::MAX)
        .map(CloseCode::new)
        .filter(|code| code.is_registered() && code.is_sendable());
    let mut endings: Vec<Ending> = sendable
        .chain([CloseCode::new(4000)])
        .map(|code| Ending::Close(code, format!("닫기 {code}")))
        .collect();
    endings.push(Ending::Close(CloseCode::NO_STATUS_RCVD, String::new()));
    endings.push(Ending::Drop);
    endings
}

/// What a receiving stack does with a Close frame.
pub struct Receiver {
    pub stack: &'static str,
    /// Whether it accepts the code; a refused code reaches the application as
    /// `Library` with 1002.
    pub accepts: fn(CloseCode) -> bool,
    /// The text the application gets for a refused code, if the stack hands over a Close frame
    /// (tungstenite's "Protocol violation") rather than an error.
    pub refused_reason: Option<&'static str>,
    /// What an empty Close frame becomes.
    pub empty: fn() -> Closed,
}

/// tungstenite's table row: the codes it accepts on receipt.
pub fn tungstenite_accepts(code: CloseCode) -> bool {
    Peer::find("tungstenite")
        .expect("tungstenite is in data/peers.toml")
        .accepts(code)
}

pub fn without_code() -> Closed {
    Closed::new(CloseCode::NO_STATUS_RCVD, ClosedBy::PeerWithoutCode, "")
}

/// tungstenite (0.29 and 0.30) and axum 0.8, which runs on tungstenite 0.29.
pub const TUNGSTENITE: Receiver = Receiver {
    stack: "tungstenite",
    accepts: tungstenite_accepts,
    refused_reason: Some("Protocol violation"),
    empty: without_code,
};

/// What the receiving stack should report for `ending`: the code, who, and the reason when it
/// is the peer's (or tungstenite's fixed text).
pub fn expected(receiver: &Receiver, ending: &Ending) -> (CloseCode, ClosedBy, Option<String>) {
    match ending {
        Ending::Drop => (
            CloseCode::ABNORMAL_CLOSURE,
            ClosedBy::Dropped,
            Some(String::new()),
        ),
        Ending::Close(CloseCode::NO_STATUS_RCVD, _) => {
            let empty = (receiver.empty)();
            (empty.code, empty.by, Some(empty.reason))
        }
        Ending::Close(code, _) if !(receiver.accepts)(*code) => (
            CloseCode::PROTOCOL_ERROR,
            ClosedBy::Library,
            receiver.refused_reason.map(str::to_owned),
        ),
        Ending::Close(code, reason) => (*code, ClosedBy::Peer, Some(reason.clone())),
    }
}

/// Checks one answer, and that it explains itself and decides.
pub fn check(receiver: &Receiver, ending: &Ending, seen: &Closed) {
    let (code, by, reason) = expected(receiver, ending);
    assert_eq!(
        (seen.code, seen.by),
        (code, by),
        "{} after {ending:?}: {seen}",
        receiver.stack
    );
    if let Some(reason) = reason {
        assert_eq!(seen.reason, reason, "{} after {ending:?}", receiver.stack);
    }
    assert!(
        !seen
            .describe(closecode::Locale::KO)
            .name()
            .to_string()
            .is_empty()
    );
    let _ = seen.retry();
}

/// A server on a loopback port of its own: `serve` runs for each connection, with a channel
/// for what the server saw. Returns the `ws://` base URL and the channel's other end.
pub async fn listen<F, Fut>(serve: F) -> (String, UnboundedReceiver<Closed>)
where
    F: Fn(TcpStream, UnboundedSender<Closed>) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let base = format!("ws://{}", listener.local_addr().expect("an address"));
    let (answers, received) = unbounded_channel();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream, answers.clone()));
        }
    });
    (base, received)
}

/// Runs a whole test under one bound.
pub async fn within<F: Future>(test: F) -> F::Output {
    timeout(TEST, test)
        .await
        .expect("the test finished in time")
}

/// The pattern the stack modules document (README, `closecode::axum`, `closecode::tungstenite`,
/// `closecode::tokio_websockets`, `closecode::reqwest_websocket`): every read's answer goes to a
/// `Closing`, and the reading goes on until the stream ends, so that the stack sends its reply
/// to the peer's Close. The tests check what the other side received; stopping at the first
/// answer makes them fail.
pub async fn session<S: Stream + Unpin>(
    socket: &mut S,
    closing: &mut Closing,
    closed: impl Fn(&Option<S::Item>) -> Option<Closed>,
) {
    loop {
        let next = socket.next().await;
        closing.read(closed(&next));
        if next.is_none() {
            break;
        }
    }
}

/// The documented pattern on the side that did not start the close: how the connection ended.
pub async fn read_all<S: Stream + Unpin>(
    mut socket: S,
    closed: impl Fn(&Option<S::Item>) -> Option<Closed>,
) -> Closed {
    let mut closing = Closing::new();
    session(&mut socket, &mut closing, closed).await;
    closing.finish()
}

/// Ends a connection through a stack's `Sink`, as the documented pattern does: builds the Close
/// with the stack's closecode builder through a `Closing`, sends it and reads to the end of the
/// stream; or drops the socket. Returns what the closing side made of it (`None` for a drop).
pub async fn end<S, M>(
    mut socket: S,
    ending: &Ending,
    build: impl FnOnce(CloseCode, &str) -> Result<M, EncodeError>,
    closed: impl Fn(&Option<S::Item>) -> Option<Closed>,
) -> Option<Closed>
where
    S: Sink<M> + Stream + Unpin,
{
    match ending {
        Ending::Close(code, reason) => {
            let mut closing = Closing::new();
            let close = closing
                .close(*code, reason, build)
                .expect("a code that may be sent");
            let _ = socket.send(close).await;
            session(&mut socket, &mut closing, closed).await;
            Some(closing.finish())
        }
        Ending::Drop => {
            drop(socket);
            None
        }
    }
}

/// What the side that closed saw: its own code and reason, confirmed by the peer's reply
/// (unless `confirms` is false: actix-ws ends the connection right after its own Close). A peer
/// that never sent its reply (the other side stopped reading at the first Close) leaves it
/// unconfirmed, and the peer's side saw 1006 where the code was sent. A tungstenite-based
/// closer whose code the peer refused gets the peer's 1002 "Protocol violation" reply, which
/// reads as its own library's protest (`ClosedBy::Library`): a reply all the same.
pub fn check_confirmed(
    receiver: &Receiver,
    ending: &Ending,
    seen: Option<&Closed>,
    confirms: bool,
) {
    let stack = receiver.stack;
    match ending {
        Ending::Close(code, reason) => {
            let seen = seen.unwrap_or_else(|| panic!("{stack}: an answer after {ending:?}"));
            let refused_reply = !(receiver.accepts)(*code)
                && (seen.code, seen.by) == (CloseCode::PROTOCOL_ERROR, ClosedBy::Library);
            if !refused_reply {
                assert_eq!(
                    (seen.code, seen.by, seen.reason.as_str()),
                    (
                        *code,
                        ClosedBy::Us {
                            confirmed: confirms
                        },
                        reason.as_str()
                    ),
                    "the side that closed, against {stack}, after {ending:?}: {seen}"
                );
            }
        }
        Ending::Drop => assert_eq!(seen, None, "{stack}"),
    }
}

/// The server closes: for each ending, the client connects to `{base}/close/{i}` and reports
/// what it saw, and the server sends what it saw through `answers` (nothing for a drop).
pub async fn server_closes<F, Fut>(
    base: &str,
    receiver: &Receiver,
    answers: &mut UnboundedReceiver<Closed>,
    confirms: bool,
    client_reads: F,
) where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Closed>,
{
    for (i, ending) in endings().iter().enumerate() {
        let seen = timeout(STEP, client_reads(format!("{base}/close/{i}")))
            .await
            .unwrap_or_else(|_| panic!("{} saw {ending:?} in time", receiver.stack));
        check(receiver, ending, &seen);
        if matches!(ending, Ending::Close(..)) {
            let server = timeout(STEP, answers.recv())
                .await
                .unwrap_or_else(|_| panic!("the server saw the reply to {ending:?} in time"));
            check_confirmed(receiver, ending, server.as_ref(), confirms);
        }
    }
}

/// The client closes: for each ending, the client connects to `{base}/read` and ends the
/// connection, and the server sends what it saw through `answers`.
pub async fn client_closes<F, Fut>(
    base: &str,
    receiver: &Receiver,
    answers: &mut UnboundedReceiver<Closed>,
    endings: Vec<Ending>,
    client_ends: F,
) where
    F: Fn(String, Ending) -> Fut,
    Fut: Future<Output = Option<Closed>>,
{
    for ending in endings {
        let client = timeout(STEP, client_ends(format!("{base}/read"), ending.clone()))
            .await
            .unwrap_or_else(|_| panic!("the client ended with {ending:?} in time"));
        check_confirmed(receiver, &ending, client.as_ref(), true);
        let seen = timeout(STEP, answers.recv())
            .await
            .unwrap_or_else(|_| panic!("{} saw {ending:?} in time", receiver.stack))
            .expect("the server is running");
        check(receiver, &ending, &seen);
    }
}

/// A handshake the server refuses with 401.
pub fn check_refused(stack: &str, seen: &Closed) {
    assert_eq!(
        seen.by,
        ClosedBy::Handshake { status: Some(401) },
        "{stack}: {seen}"
    );
    assert_eq!(seen.code, CloseCode::ABNORMAL_CLOSURE);
    assert_eq!(seen.retry(), closecode::RetryClass::Credentials);
}

/// The loop `session` runs is the one the docs show: each stack module's example (and the
/// README's axum handler) hands every read's answer to a `Closing` and takes the result from
/// `finish` after the loop, and the ones whose stack replies on the next read say why they go on
/// reading.
#[test]
fn the_docs_show_the_loop_the_tests_run() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &str| std::fs::read_to_string(root.join(path)).expect(path);
    let modules = [
        ("src/axum.rs", "axum", true),
        ("src/tungstenite.rs", "tungstenite", true),
        ("src/tokio_websockets.rs", "tokio_websockets", true),
        ("src/reqwest_websocket.rs", "reqwest_websocket", true),
        ("src/actix_ws.rs", "actix_ws", false),
        ("src/fastwebsockets.rs", "fastwebsockets", false),
    ];
    for (path, module, replies_on_next_read) in modules {
        let text = read(path);
        let reads = format!("closing.read(closecode::{module}::closed(&next))");
        assert!(text.contains(&reads), "{path}: {reads}");
        assert!(text.contains("let closed = closing.finish();"), "{path}");
        if replies_on_next_read {
            assert!(
                text.contains("keep reading so that the reply goes out"),
                "{path}"
            );
        }
    }
    let readme = read("README.md");
    assert!(readme.contains("closing.read(closecode::axum::closed(&next))"));
    assert!(readme.contains("let closed = closing.finish();"));
}
