//! What every pairing shares: the endings, what each receiving stack is known to report, and
//! the bounded loops that drive a connection.

use std::future::Future;
use std::time::Duration;

use closecode::{CloseCode, Closed, ClosedBy, Peer};
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

/// Reads until closecode has an answer. The stream may not end without one.
pub async fn answer<S: Stream + Unpin>(
    stream: &mut S,
    closed: impl Fn(&Option<S::Item>) -> Option<Closed>,
) -> Closed {
    loop {
        let next = stream.next().await;
        if let Some(answer) = closed(&next) {
            return answer;
        }
        assert!(next.is_some(), "the stream ended without an answer");
    }
}

/// Reads what is left (the answering Close), so that the close completes, for a bounded time.
pub async fn drain<S: Stream + Unpin>(stream: &mut S) {
    let _ = timeout(STEP, async { while stream.next().await.is_some() {} }).await;
}

/// Reads until the answer, then what is left, so that the close completes.
pub async fn read_all<S: Stream + Unpin>(
    mut socket: S,
    closed: impl Fn(&Option<S::Item>) -> Option<Closed>,
) -> Closed {
    let answer = answer(&mut socket, closed).await;
    drain(&mut socket).await;
    answer
}

/// Ends a connection through a stack's `Sink`: sends the Close message the stack's closecode
/// builder makes and reads until the answering Close, or drops the socket.
pub async fn end<S, M, E: std::fmt::Debug>(
    mut socket: S,
    ending: &Ending,
    build: impl FnOnce(CloseCode, &str) -> Result<M, E>,
) where
    S: Sink<M> + Stream + Unpin,
{
    match ending {
        Ending::Close(code, reason) => {
            let close = build(*code, reason).expect("a code that may be sent");
            let _ = socket.send(close).await;
            drain(&mut socket).await;
        }
        Ending::Drop => drop(socket),
    }
}

/// The server closes: for each ending, the client connects to `{base}/close/{i}` and reports
/// what it saw.
pub async fn server_closes<F, Fut>(base: &str, receiver: &Receiver, client_reads: F)
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Closed>,
{
    for (i, ending) in endings().iter().enumerate() {
        let seen = timeout(STEP, client_reads(format!("{base}/close/{i}")))
            .await
            .unwrap_or_else(|_| panic!("{} saw {ending:?} in time", receiver.stack));
        check(receiver, ending, &seen);
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
    Fut: Future<Output = ()>,
{
    for ending in endings {
        timeout(STEP, client_ends(format!("{base}/read"), ending.clone()))
            .await
            .unwrap_or_else(|_| panic!("the client ended with {ending:?} in time"));
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
