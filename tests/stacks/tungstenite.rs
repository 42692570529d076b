//! A tokio-tungstenite 0.30 server with a tokio-websockets client.

use std::sync::{Arc, Mutex};

use closecode::Closed;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::{Message, http};
use tokio_tungstenite_0_30 as tokio_tungstenite;

use crate::common::{
    TUNGSTENITE, check_refused, client_closes, end, endings, listen, read_all, server_closes,
    within,
};
use crate::tws_client::{self, TOKIO_WEBSOCKETS};

async fn start() -> (String, UnboundedReceiver<Closed>) {
    listen(serve).await
}

// The handshake callback's error is tungstenite's own (large) response type.
#[allow(clippy::result_large_err)]
async fn serve(stream: tokio::net::TcpStream, answers: UnboundedSender<Closed>) {
    let path = Arc::new(Mutex::new(String::new()));
    let seen = path.clone();
    let callback = move |request: &Request, response: Response| {
        *seen.lock().unwrap() = request.uri().path().to_owned();
        if request.uri().path() == "/refuse" {
            let refusal: ErrorResponse = http::Response::builder()
                .status(http::StatusCode::UNAUTHORIZED)
                .body(None)
                .expect("a response");
            return Err(refusal);
        }
        Ok(response)
    };
    let Ok(socket) = tokio_tungstenite::accept_hdr_async(stream, callback).await else {
        return;
    };
    let path = path.lock().unwrap().clone();
    if path == "/read" {
        let closed = read_all(socket, closecode::tungstenite::closed);
        let _ = answers.send(closed.await);
        return;
    }
    let i: usize = path
        .trim_start_matches("/close/")
        .parse()
        .expect("an ending");
    let build =
        |code, reason: &str| closecode::tungstenite::close_frame(code, reason).map(Message::Close);
    let ours = end(socket, &endings()[i], build, closecode::tungstenite::closed).await;
    if let Some(ours) = ours {
        let _ = answers.send(ours);
    }
}

#[tokio::test]
async fn tungstenite_server_closes_and_tokio_websockets_reads() {
    within(async {
        let (base, mut answers) = start().await;
        server_closes(
            &base,
            &TOKIO_WEBSOCKETS,
            &mut answers,
            true,
            tws_client::reads,
        )
        .await;
    })
    .await;
}

#[tokio::test]
async fn tokio_websockets_closes_and_tungstenite_server_reads() {
    within(async {
        let (base, mut answers) = start().await;
        client_closes(
            &base,
            &TUNGSTENITE,
            &mut answers,
            endings(),
            tws_client::ends,
        )
        .await;
    })
    .await;
}

#[tokio::test]
async fn tungstenite_server_refuses_and_tokio_websockets_reports_the_status() {
    within(async {
        let (base, _) = start().await;
        check_refused(
            "tokio-websockets",
            &tws_client::refused(format!("{base}/refuse")).await,
        );
    })
    .await;
}
