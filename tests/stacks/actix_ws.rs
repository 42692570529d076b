//! An actix-ws server with a tokio-websockets client. actix runs its own runtime (actix-rt, a
//! current-thread tokio runtime per thread), so each test starts one System.

use std::future::Future;

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use closecode::{Closed, ClosedBy, Closing};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

use crate::common::{
    Ending, Receiver, check_refused, client_closes, endings, server_closes, session, within,
    without_code,
};
use crate::tws_client::{self, TOKIO_WEBSOCKETS};

/// actix-ws accepts every code and reads the reason leniently (actix-http's
/// `Parser::parse_close_payload`).
const ACTIX_WS: Receiver = Receiver {
    stack: "actix-ws",
    accepts: |_| true,
    refused_reason: None,
    empty: without_code,
};

/// Starts the server on a worker thread of its own and returns its address.
fn start() -> (String, UnboundedReceiver<Closed>) {
    let (answers, received) = unbounded_channel::<Closed>();
    let server = HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(answers.clone()))
            .route("/close/{i}", web::get().to(close))
            .route("/read", web::get().to(read))
            .route("/refuse", web::get().to(HttpResponse::Unauthorized))
    })
    .workers(1)
    .disable_signals()
    .bind(("127.0.0.1", 0))
    .expect("a loopback port");
    let base = format!("ws://{}", server.addrs()[0]);
    actix_web::rt::spawn(server.run());
    (base, received)
}

async fn close(
    request: HttpRequest,
    body: web::Payload,
    i: web::Path<usize>,
    answers: web::Data<UnboundedSender<Closed>>,
) -> actix_web::Result<HttpResponse> {
    let (response, session_, mut stream) = actix_ws::handle(&request, body)?;
    let ending = endings()[i.into_inner()].clone();
    actix_web::rt::spawn(async move {
        match ending {
            // As the module docs close: through a Closing, then reading to the end.
            Ending::Close(code, reason) => {
                let mut closing = Closing::new();
                let reason = closing
                    .close(code, &reason, closecode::actix_ws::close_reason)
                    .expect("sendable");
                let _ = session_.close(reason).await;
                session(&mut stream, &mut closing, closecode::actix_ws::closed).await;
                let _ = answers.send(closing.finish());
            }
            Ending::Drop => drop((session_, stream)),
        }
    });
    Ok(response)
}

async fn read(
    request: HttpRequest,
    body: web::Payload,
    answers: web::Data<UnboundedSender<Closed>>,
) -> actix_web::Result<HttpResponse> {
    let (response, session, mut stream) = actix_ws::handle(&request, body)?;
    // The handler of the module docs (closecode::actix_ws), word for word but for the data
    // messages and where the answer goes.
    actix_web::rt::spawn(async move {
        let mut closing = Closing::new();
        loop {
            let next = stream.recv().await;
            if let Some(closed) = closing.read(closecode::actix_ws::closed(&next)) {
                if matches!(closed.by, ClosedBy::Peer | ClosedBy::PeerWithoutCode) {
                    // The peer closed: echo its code, as RFC 6455 §5.5.1 asks.
                    let echo = closecode::actix_ws::close_reason(closed.code, "").unwrap_or(None);
                    let _ = session.clone().close(echo).await;
                }
            }
            if next.is_none() {
                break;
            }
        }
        let _ = answers.send(closing.finish());
    });
    Ok(response)
}

fn actix_test<F: Future>(test: impl FnOnce(String, UnboundedReceiver<Closed>) -> F) {
    actix_web::rt::System::new().block_on(async {
        let (base, answers) = start();
        within(test(base, answers)).await;
    });
}

#[test]
fn actix_closes_and_tokio_websockets_reads() {
    actix_test(|base, mut answers| async move {
        // actix-ws ends the response right after the handler's Close frame
        // (`StreamingBody`: "A WebSocket Close frame is terminal"), so the client's reply never
        // reaches the handler: its close stays unconfirmed, while the client gets the code.
        server_closes(
            &base,
            &TOKIO_WEBSOCKETS,
            &mut answers,
            false,
            tws_client::reads,
        )
        .await;
    });
}

#[test]
fn tokio_websockets_closes_and_actix_reads() {
    actix_test(|base, mut answers| async move {
        client_closes(&base, &ACTIX_WS, &mut answers, endings(), tws_client::ends).await;
    });
}

#[test]
fn actix_refuses_and_tokio_websockets_reports_the_status() {
    actix_test(|base, _| async move {
        check_refused(
            "tokio-websockets",
            &tws_client::refused(format!("{base}/refuse")).await,
        );
    });
}
