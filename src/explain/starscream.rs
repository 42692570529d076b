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
//!
//! 3.x (`Sources/Starscream/WebSocket.swift`, `processOneRawMessage`) ends a connection with
//! `WSError(type: .protocolError, message: ..., code: Int(closeCode))`: for a Close frame the
//! peer's code (1002 when that code is not one a peer may send) with its reason, or "connection
//! closed by server"; for a frame Starscream refuses its own message ("masked and rsv data is
//! not currently supported", "unknown opcode: ...", ...) with 1002, or "Decompression failed:
//! ..." with 1007.

use super::cursor::{after, code, status};
use super::{Found, LoggedFailure, Who};

pub(super) const ANCHORS: &[&str] = &["Invalid HTTP upgrade", ", code: "];

/// The messages of the frames Starscream 3.x refuses itself.
const OWN_MESSAGES: &[&str] = &[
    "masked and rsv data is not currently supported",
    "unknown opcode: ",
    "control frames can't be fragmented",
    "continue frame before a binary or text frame",
    "first frame can't be a continue frame",
    "second and beyond of fragment message must be a continue frame",
    "Decompression failed: ",
];

/// A printed 3.x `WSError` of type `protocolError`: the code, who decided, the reason.
fn protocol_error(line: &str) -> Option<Found<'_>> {
    let rest = after(line, "ErrorType.protocolError, message: \"")?;
    let end = rest.rfind("\", code: ")?;
    let (message, tail) = (&rest[..end], &rest[end + "\", code: ".len()..]);
    let (code, _) = code(tail)?;
    if !super::context::sensible(code) {
        return None;
    }
    let own = OWN_MESSAGES.iter().any(|own| message.starts_with(own));
    let (who, reason) = match (own, message) {
        (true, _) => (Who::Local, Some(message)),
        (false, "connection closed by server") => (Who::Peer, None),
        (false, _) => (Who::Peer, Some(message)),
    };
    Some(Found::code(code, who, reason))
}

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(found) = protocol_error(line) {
        return Some(found);
    }
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
    use crate::explain::check::{recognizes, rejects};
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
                (
                    "Starscream.WSError(type: Starscream.ErrorType.protocolError, message: \"Going away\", code: 1001)",
                    "1001",
                    Who::Peer,
                ),
                (
                    "WSError(type: Starscream.ErrorType.protocolError, message: \"masked and rsv data is not currently supported\", code: 1002)",
                    "1002",
                    Who::Local,
                ),
            ],
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&[
            "WSError(type: Starscream.ErrorType.protocolError, message: \"\", code: 0)",
            "WSError(type: Starscream.ErrorType.protocolError, message: \"x\", code: 99999)",
        ]);
    }
}
