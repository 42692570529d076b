//! Swift's Starscream.
//!
//! Sources, daltoniam/Starscream: since 1.0.1 a refused upgrade carries the response's HTTP
//! status as its error code (daltoniam/Starscream#121, "the error code will be the status code
//! of the HTTP response"): 1.x and 2.x report an `NSError` of domain "WebSocket"
//! ("Error Domain=WebSocket Code=404 \"Invalid HTTP upgrade\""), 3.x a `WSError`
//! (`Sources/Starscream/WebSocket.swift`: `WSError(type: .upgradeError, message: "Invalid HTTP
//! upgrade", code: code)`, printed "WSError(type: Starscream.ErrorType.upgradeError, message:
//! \"Invalid HTTP upgrade\", code: 429)"). Without a status (before 1.0.1) it is a failed
//! handshake.

use super::cursor::{after, status};
use super::{Found, LoggedFailure, Who};

pub(super) const ANCHORS: &[&str] = &["Invalid HTTP upgrade"];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if !line.contains("Invalid HTTP upgrade") {
        return None;
    }
    let code = after(line, "Domain=WebSocket Code=")
        .or_else(|| after(line, "Invalid HTTP upgrade\", code: "))
        .and_then(status);
    Some(match code {
        Some((code, _)) => Found::http(code),
        None => Found::failure(LoggedFailure::Handshake, Who::Peer, None),
    })
}

#[cfg(test)]
mod tests {
    use crate::explain::check::recognizes;
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::Starscream,
            &[
                (
                    "error log - Starscream.WSError(type: Starscream.ErrorType.upgradeError, message: \"Invalid HTTP upgrade\", code: 429)",
                    "http-429",
                    Who::Peer,
                ),
                (
                    "websocketDidDisconnect Optional(Error Domain=WebSocket Code=404 \"Invalid HTTP upgrade\" UserInfo={NSLocalizedDescription=Invalid HTTP upgrade})",
                    "http-404",
                    Who::Peer,
                ),
                (
                    "websocket is disconnected: Invalid HTTP upgrade",
                    "handshake",
                    Who::Peer,
                ),
            ],
        );
    }
}
