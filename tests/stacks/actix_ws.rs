//! An actix-ws server with a tokio-websockets client. actix runs its own runtime (actix-rt, a
//! current-thread tokio runtime per thread), so each test starts one System.

use std::future::Future;

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use closecode::{Closed, ClosedBy};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

use crate::common::{
    Ending, Receiver, answer, check_refused, client_closes, drain, endings, server_closes, within,
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
) -> actix_web::Result<HttpResponse> {
    let (response, session, mut stream) = actix_ws::handle(&request, body)?;
    let ending = endings()[i.into_inner()].clone();
    actix_web::rt::spawn(async move {
        match ending {
            Ending::Close(code, reason) => {
                let reason = closecode::actix_ws::close_reason(code, &reason).expect("sendable");
                let _ = session.close(reason).await;
                drain(&mut stream).await;
            }
            Ending::Drop => drop((session, stream)),
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
    actix_web::rt::spawn(async move {
        let closed = answer(&mut stream, closecode::actix_ws::closed).await;
        // actix-ws leaves the answering Close to the application: echo the code.
        if matches!(closed.by, ClosedBy::Peer | ClosedBy::PeerWithoutCode) {
            let echo = closecode::actix_ws::close_reason(closed.code, "").expect("sendable");
            let _ = session.close(echo).await;
        }
        let _ = answers.send(closed);
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
    actix_test(|base, _| async move {
        server_closes(&base, &TOKIO_WEBSOCKETS, tws_client::reads).await;
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
