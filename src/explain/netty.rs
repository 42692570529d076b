//! Netty's WebSocket codec (Java), also under Reactor Netty, Spring WebFlux and Vert.x.
//!
//! Source, netty/netty
//! `codec-http/src/main/java/io/netty/handler/codec/http/websocketx/CloseWebSocketFrame.java`
//! `requireValidStatusCode`: `IllegalArgumentException("WebSocket close status code does NOT
//! comply with RFC-6455: " + statusCode)`, thrown when an application builds a Close frame with
//! a code it may not send (reactor/reactor-netty#1891 shows 1005): a bug on the sending side,
//! which reports the code it tried.
//! * `WebSocketClientHandshaker13.java` `verify`: `WebSocketHandshakeException("Invalid
//!   handshake response getStatus: " + response.status())`, the client's refused upgrade
//!   ("... getStatus: 404 Not Found", spring-cloud/spring-cloud-gateway#1711).

use super::cursor::{after, code};
use super::{Found, Who};

pub(super) const ANCHORS: &[&str] = &["does NOT comply with RFC-6455", "andshake response"];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(line, "Invalid handshake response getStatus: ") {
        let (status, _) = super::cursor::status(rest)?;
        return Some(Found::http(status));
    }
    let rest = after(
        line,
        "WebSocket close status code does NOT comply with RFC-6455: ",
    )?;
    let (code, rest) = code(rest)?;
    rest.is_empty().then(|| Found::code(code, Who::Local, None))
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::Netty,
            &[
                (
                    "java.lang.IllegalArgumentException: WebSocket close status code does NOT comply with RFC-6455: 1005",
                    "1005",
                    Who::Local,
                ),
                (
                    "io.netty.handler.codec.http.websocketx.WebSocketHandshakeException: Invalid handshake response getStatus: 404 Not Found",
                    "http-404",
                    Who::Peer,
                ),
            ],
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&["WebSocket close status code does NOT comply with RFC-6455: soon"]);
    }
}
