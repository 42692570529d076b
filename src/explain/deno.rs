//! Deno's `WebSocket` and `WebSocketStream`, and the `ws` module of Deno's standard library that
//! came before them.
//!
//! Sources:
//! * denoland/deno `ext/websocket/lib.rs` (2.x): `WebsocketError::ConnectionFailed`, "failed to
//!   connect to WebSocket: {0}", around a `HandshakeError`; its `InvalidStatusCode(StatusCode)`
//!   prints "Invalid status code {0}" ("Invalid status code 400 Bad Request",
//!   denoland/deno#27769). Over HTTP/1.1 the handshake is fastwebsockets', whose refusal reads
//!   "Invalid status code: 400" (Deno 2.5, denoland/deno#30757) and, in the release Deno 1.33
//!   used, "Invalid status code" without the status (lucacasonato/deno-puppeteer#81).
//! * denoland/deno_std `ws/mod.ts` (`handshake`, before the module was removed): `ws: server
//!   didn't accept handshake: version=${version}, statusCode=${statusCode}`.

use super::cursor::{after, status};
use super::{Found, LoggedFailure, Who};

/// Both held by shorter anchors of other layers ("ocket", "Code"), so they add none.
pub(super) const ANCHORS: &[&str] = &["failed to connect to WebSocket: ", ", statusCode="];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(line, "failed to connect to WebSocket: Invalid status code") {
        let rest = rest.strip_prefix(':').unwrap_or(rest);
        return Some(match rest.strip_prefix(' ').and_then(status) {
            Some((code, _)) => Found::http(code),
            None if rest.is_empty() => Found::failure(LoggedFailure::Handshake, Who::Peer, None),
            None => return None,
        });
    }
    let rest = after(line, "ws: server didn't accept handshake: version=")?;
    let status_code = after(rest, ", statusCode=")?;
    let (code, _) = status(status_code)?;
    Some(Found::http(code))
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::Deno,
            &[
                (
                    "WebSocketError: failed to connect to WebSocket: Invalid status code 403 Forbidden",
                    "http-403",
                    Who::Peer,
                ),
                (
                    "NetworkError: failed to connect to WebSocket: Invalid status code: 404",
                    "http-404",
                    Who::Peer,
                ),
                (
                    "NetworkError: failed to connect to WebSocket: Invalid status code",
                    "handshake",
                    Who::Peer,
                ),
                (
                    "error: Uncaught Error: ws: server didn't accept handshake: version=HTTP/1.1, statusCode=401",
                    "http-401",
                    Who::Peer,
                ),
            ],
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&[
            "failed to connect to WebSocket: Invalid status codes",
            "ws: server didn't accept handshake: version=HTTP/1.1, statusCode=abc",
        ]);
    }
}
