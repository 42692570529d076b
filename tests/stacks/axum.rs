//! An axum 0.8 server with a tokio-tungstenite 0.29 client: the pairing whose types clashed
//! before closecode had a module per tungstenite version.

use axum::Router;
use axum::extract::Path;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::StatusCode;
use axum::routing::any;
use closecode::Closed;
use closecode::tungstenite::v0_29;
use tokio::net::TcpListener;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio_tungstenite::tungstenite::Message as Message29;
use tokio_tungstenite_0_29 as tokio_tungstenite;

use crate::common::{
    Ending, TUNGSTENITE, check_refused, client_closes, end, endings, read_all, server_closes,
    within,
};

async fn start() -> (String, UnboundedReceiver<Closed>) {
    let (answers, received) = unbounded_channel();
    let closes = answers.clone();
    let app = Router::new()
        .route(
            "/close/{i}",
            any(
                move |Path(i): Path<usize>, upgrade: WebSocketUpgrade| async move {
                    upgrade.on_upgrade(move |socket| close(socket, i, closes))
                },
            ),
        )
        .route(
            "/read",
            any(move |upgrade: WebSocketUpgrade| async move {
                upgrade.on_upgrade(move |socket| read(socket, answers))
            }),
        )
        .route("/refuse", any(|| async { StatusCode::UNAUTHORIZED }));
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let base = format!("ws://{}", listener.local_addr().expect("an address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    (base, received)
}

async fn close(socket: WebSocket, i: usize, answers: UnboundedSender<Closed>) {
    let build = |code, reason: &str| closecode::axum::close_frame(code, reason).map(Message::Close);
    if let Some(ours) = end(socket, &endings()[i], build, closecode::axum::closed).await {
        let _ = answers.send(ours);
    }
}

async fn read(socket: WebSocket, answers: UnboundedSender<Closed>) {
    let _ = answers.send(read_all(socket, closecode::axum::closed).await);
}

async fn client_reads(url: String) -> Closed {
    let (socket, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("connects");
    read_all(socket, v0_29::closed).await
}

async fn client_ends(url: String, ending: Ending) -> Option<Closed> {
    let (socket, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("connects");
    let build = |code, reason: &str| v0_29::close_frame(code, reason).map(Message29::Close);
    end(socket, &ending, build, v0_29::closed).await
}

#[tokio::test]
async fn axum_closes_and_tungstenite_0_29_client_reads() {
    within(async {
        let (base, mut answers) = start().await;
        server_closes(&base, &TUNGSTENITE, &mut answers, true, client_reads).await;
    })
    .await;
}

#[tokio::test]
async fn tungstenite_0_29_client_closes_and_axum_reads() {
    within(async {
        let (base, mut answers) = start().await;
        client_closes(&base, &TUNGSTENITE, &mut answers, endings(), client_ends).await;
    })
    .await;
}

#[tokio::test]
async fn axum_refuses_and_tungstenite_0_29_reports_the_status() {
    within(async {
        let (base, _) = start().await;
        let Err(err) = tokio_tungstenite::connect_async(format!("{base}/refuse")).await else {
            panic!("axum refuses")
        };
        check_refused(
            "tungstenite 0.29",
            &v0_29::closed(&Err(err)).expect("an answer"),
        );
    })
    .await;
}

/// axum wraps the errors of its own, private tokio-tungstenite (0.29 in axum 0.8.9), and
/// `closecode::axum::closed` finds them by downcasting to tungstenite 0.29's `Error`. A real
/// protocol error, a text frame that is not UTF-8, must come out as tungstenite's 1007: when
/// axum moves to another tungstenite, the downcast finds nothing, the answer falls back to
/// 1006, and this test fails.
#[tokio::test]
async fn axum_protocol_errors_keep_their_code() {
    within(async {
        let (base, mut answers) = start().await;
        let (mut socket, _) = tokio_tungstenite::connect_async(format!("{base}/read"))
            .await
            .expect("connects");
        let tokio_tungstenite::MaybeTlsStream::Plain(tcp) = socket.get_mut() else {
            panic!("a plain TCP stream")
        };
        // FIN and text, masked (with a zero key), one byte that is not UTF-8.
        let frame = [0x81, 0x81, 0, 0, 0, 0, 0xff];
        tcp.writable().await.expect("writable");
        assert_eq!(tcp.try_write(&frame).expect("written"), frame.len());
        let seen = tokio::time::timeout(crate::common::STEP, answers.recv())
            .await
            .expect("the server answers in time")
            .expect("the server is running");
        assert_eq!(
            (seen.code, seen.by),
            (
                closecode::CloseCode::INVALID_FRAME_PAYLOAD_DATA,
                closecode::ClosedBy::Library
            ),
            "{seen}"
        );
    })
    .await;
}
