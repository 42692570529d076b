//! Python's websocket-client (`import websocket`).
//!
//! Sources, websocket-client/websocket-client:
//! * `websocket/_handshake.py` `_get_resp_headers`: `WebSocketBadStatusException("Handshake
//!   status %d %s", status, status_message, ...)` ("Handshake status 403 Forbidden"; before 1.0
//!   "Handshake status %d" alone), often followed by " -+-+- " and the headers or by
//!   `run_forever`'s " - goodbye".
//! * `websocket/_socket.py` `recv`: `WebSocketConnectionClosedException("Connection to remote
//!   host was lost.")` when the socket reads nothing: the TCP connection ended without a Close
//!   frame, which is 1006.

use super::cursor::{after, status};
use super::{Found, Who};

pub(super) const ANCHORS: &[&str] = &["Handshake status ", "Connection to remote host was lost"];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(line, "Handshake status ") {
        let (code, rest) = status(rest)?;
        return (code != 101 && !rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
            .then(|| Found::http(code));
    }
    line.contains("Connection to remote host was lost")
        .then(|| Found::code(1006, Who::Local, None))
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::WebsocketClient,
            &[
                (
                    "websocket._exceptions.WebSocketBadStatusException: Handshake status 403 Forbidden -+-+- {'server': 'nginx'}",
                    "http-403",
                    Who::Peer,
                ),
                ("Handshake status 401", "http-401", Who::Peer),
                (
                    "ERROR:websocket:Connection to remote host was lost. - goodbye",
                    "1006",
                    Who::Local,
                ),
            ],
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&[
            "Handshake status 101 Switching Protocols",
            "Handshake status 4031",
        ]);
    }
}
