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
    let app = Router::new()
        .route(
            "/close/{i}",
            any(
                |Path(i): Path<usize>, upgrade: WebSocketUpgrade| async move {
                    upgrade.on_upgrade(move |socket| close(socket, i))
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

async fn close(socket: WebSocket, i: usize) {
    let build = |code, reason: &str| closecode::axum::close_frame(code, reason).map(Message::Close);
    end(socket, &endings()[i], build).await;
}

async fn read(socket: WebSocket, answers: UnboundedSender<Closed>) {
    let _ = answers.send(read_all(socket, closecode::axum::closed).await);
}

async fn client_reads(url: String) -> Closed {
    let (socket, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("connects");
    read_all(socket, |next| next.as_ref().and_then(v0_29::closed)).await
}

async fn client_ends(url: String, ending: Ending) {
    let (socket, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("connects");
    let build = |code, reason: &str| v0_29::close_frame(code, reason).map(Message29::Close);
    end(socket, &ending, build).await;
}

#[tokio::test]
async fn axum_closes_and_tungstenite_0_29_client_reads() {
    within(async {
        let (base, _) = start().await;
        server_closes(&base, &TUNGSTENITE, client_reads).await;
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
