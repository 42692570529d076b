//! A tokio-websockets client, the other side of the tungstenite 0.30 and actix-ws servers.

use closecode::{CloseCode, Closed};
use tokio_websockets::ClientBuilder;

use crate::common::{Ending, Receiver, end, read_all, without_code};

/// tokio-websockets accepts every code that may be sent: it refuses only 1004, 1005, 1006 and
/// 1015 (`proto/codec.rs`), none of which is sent here.
pub const TOKIO_WEBSOCKETS: Receiver = Receiver {
    stack: "tokio-websockets",
    accepts: |code| matches!(code.get(), 1000..=1003 | 1007..=1014 | 3000..=4999),
    refused_reason: None,
    empty: without_code,
};

async fn connect(
    url: &str,
) -> Result<
    tokio_websockets::WebSocketStream<tokio_websockets::MaybeTlsStream<tokio::net::TcpStream>>,
    tokio_websockets::Error,
> {
    let builder = ClientBuilder::new().uri(url).expect("a valid URI");
    Ok(builder.connect().await?.0)
}

pub async fn reads(url: String) -> Closed {
    let socket = connect(&url).await.expect("connects");
    read_all(socket, closecode::tokio_websockets::closed).await
}

pub async fn ends(url: String, ending: Ending) -> Option<Closed> {
    let socket = connect(&url).await.expect("connects");
    let build = closecode::tokio_websockets::close_message;
    end(socket, &ending, build, closecode::tokio_websockets::closed).await
}

pub async fn refused(url: String) -> Closed {
    let Err(err) = connect(&url).await else {
        panic!("the server refuses")
    };
    closecode::tokio_websockets::closed(&Some(Err(err))).expect("an answer")
}

#[test]
fn codes_outside_its_range_are_refused_before_sending() {
    let err = closecode::tokio_websockets::close_message(CloseCode::new(999), "").unwrap_err();
    assert_eq!(
        err,
        closecode::frame::EncodeError::CodeNotSendable {
            code: CloseCode::new(999)
        }
    );
    // 1015 fits tokio-websockets' type but may not be sent: Message::close would panic.
    assert!(closecode::tokio_websockets::close_message(CloseCode::TLS_HANDSHAKE, "").is_err());
}
