//! A fastwebsockets server (on hyper) with a reqwest-websocket client.

use closecode::{CloseCode, Closed, ClosedBy, Closing};
use fastwebsockets::{WebSocket, WebSocketError};
use http_body_util::Empty;
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio::time::timeout;

use crate::common::{
    Ending, Receiver, STEP, TUNGSTENITE, check_refused, client_closes, end, endings, listen,
    read_all, server_closes, tungstenite_accepts, within, without_code,
};

/// fastwebsockets refuses the codes tungstenite refuses (its `close.rs` has the same table),
/// and returns `WebSocketError::InvalidCloseCode` rather than a Close frame.
const FASTWEBSOCKETS: Receiver = Receiver {
    stack: "fastwebsockets",
    accepts: tungstenite_accepts,
    refused_reason: None,
    empty: without_code,
};

/// reqwest-websocket runs on tungstenite 0.28, and turns a Close frame without a code into
/// `Close { code: Normal, reason: "" }`: 1005 arrives as 1000.
const REQWEST_WEBSOCKET: Receiver = Receiver {
    empty: || Closed::new(CloseCode::NORMAL_CLOSURE, ClosedBy::Peer, ""),
    stack: "reqwest-websocket",
    ..TUNGSTENITE
};

async fn start() -> (String, UnboundedReceiver<Closed>) {
    listen(|stream, answers| async move {
        let service = service_fn(move |request| handle(request, answers.clone()));
        let connection = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
        let _ = connection.with_upgrades().await;
    })
    .await
}

async fn handle(
    mut request: Request<Incoming>,
    answers: UnboundedSender<Closed>,
) -> Result<Response<Empty<Bytes>>, WebSocketError> {
    let path = request.uri().path().to_owned();
    if path == "/refuse" {
        let mut refusal = Response::new(Empty::new());
        *refusal.status_mut() = StatusCode::UNAUTHORIZED;
        return Ok(refusal);
    }
    let (response, upgrade) = fastwebsockets::upgrade::upgrade(&mut request)?;
    tokio::spawn(async move {
        let Ok(socket) = upgrade.await else { return };
        if path == "/read" {
            let _ = answers.send(read(socket).await);
        } else {
            let i: usize = path
                .trim_start_matches("/close/")
                .parse()
                .expect("an ending");
            if let Some(ours) = close(socket, &endings()[i]).await {
                let _ = answers.send(ours);
            }
        }
    });
    Ok(response)
}

type Socket = WebSocket<TokioIo<hyper::upgrade::Upgraded>>;

/// The loop of the module docs (closecode::fastwebsockets): fastwebsockets writes its reply
/// inside the read that returns the peer's Close, so it stops at the first answer.
async fn session(socket: &mut Socket, closing: &mut Closing) {
    loop {
        let next = socket.read_frame().await;
        if closing
            .read(closecode::fastwebsockets::closed(&next))
            .is_some()
        {
            break;
        }
        if next.is_err() {
            break;
        }
    }
}

async fn read(mut socket: Socket) -> Closed {
    let mut closing = Closing::new();
    session(&mut socket, &mut closing).await;
    closing.finish()
}

async fn close(mut socket: Socket, ending: &Ending) -> Option<Closed> {
    match ending {
        Ending::Close(code, reason) => {
            let mut closing = Closing::new();
            let frame = closing
                .close(*code, reason, closecode::fastwebsockets::close_frame)
                .expect("sendable");
            let _ = socket.write_frame(frame).await;
            let _ = timeout(STEP, session(&mut socket, &mut closing)).await;
            Some(closing.finish())
        }
        Ending::Drop => {
            drop(socket);
            None
        }
    }
}

async fn connect(url: String) -> reqwest_websocket::WebSocket {
    match reqwest_websocket::websocket(url).await {
        Ok(socket) => socket,
        Err(err) => panic!("connects: {err}"),
    }
}

async fn client_reads(url: String) -> Closed {
    read_all(connect(url).await, closecode::reqwest_websocket::closed).await
}

async fn client_ends(url: String, ending: Ending) -> Option<Closed> {
    end(
        connect(url).await,
        &ending,
        closecode::reqwest_websocket::close_message,
        closecode::reqwest_websocket::closed,
    )
    .await
}

#[tokio::test]
async fn fastwebsockets_closes_and_reqwest_websocket_reads() {
    within(async {
        let (base, mut answers) = start().await;
        server_closes(&base, &REQWEST_WEBSOCKET, &mut answers, true, client_reads).await;
    })
    .await;
}

#[tokio::test]
async fn reqwest_websocket_closes_and_fastwebsockets_reads() {
    within(async {
        let (base, mut answers) = start().await;
        // reqwest-websocket cannot send an empty Close frame: its builder refuses 1005.
        let (empty, sendable): (Vec<_>, Vec<_>) = endings()
            .into_iter()
            .partition(|ending| matches!(ending, Ending::Close(CloseCode::NO_STATUS_RCVD, _)));
        assert_eq!(empty.len(), 1);
        assert!(
            closecode::reqwest_websocket::close_message(CloseCode::NO_STATUS_RCVD, "").is_err()
        );
        client_closes(&base, &FASTWEBSOCKETS, &mut answers, sendable, client_ends).await;
    })
    .await;
}

#[tokio::test]
async fn fastwebsockets_refuses_and_reqwest_websocket_reports_the_status() {
    within(async {
        let (base, _) = start().await;
        let Err(err) = reqwest_websocket::websocket(format!("{base}/refuse")).await else {
            panic!("the server refuses")
        };
        let seen = closecode::reqwest_websocket::closed(&Some(Err(err))).expect("an answer");
        check_refused("reqwest-websocket", &seen);
    })
    .await;
}
