//! Java-WebSocket (org.java_websocket).
//!
//! Sources, TooTallNate/Java-WebSocket @ afeacbf8c0f6f6a761c9d9daed8c813dd3b8ed7d:
//! * `src/main/java/org/java_websocket/drafts/Draft.java` `translateHandshakeHttpClient`:
//!   `String.format("Invalid status code received: %s Status line: %s", ...)`.
//! * `src/main/java/org/java_websocket/AbstractWebSocket.java`: the lost-connection check
//!   closes with `CloseFrame.ABNORMAL_CLOSE` (1006) and "The connection was closed because the
//!   other endpoint did not respond with a pong in time. For more information check: ...".
//! * `src/main/java/org/java_websocket/WebSocketImpl.java`: `close(CloseFrame.PROTOCOL_ERROR,
//!   "draft " + draft + " refuses handshake")`.
//! * `src/main/java/org/java_websocket/framing/CloseFrame.java` `toString()`: `super.toString()
//!   + "code: " + code`, after `FramedataImpl1.toString()`'s "Framedata{ opcode:CLOSING, ...}".
//! * `src/main/example/ExampleClient.java` `onClose`: "Connection closed by " + (remote ?
//!   "remote peer" : "us") + " Code: " + code + " Reason: " + reason (the project's example,
//!   copied into many clients).
//! * `src/main/java/org/java_websocket/framing/CloseFrame.java` `isValid()` (@ 033a1bbd):
//!   `"closecode must not be sent over the wire: " + code` for a received code no endpoint may
//!   send (1004, 1005, 1006, 1015, below 1000, above 4999); the frame is invalid, so
//!   Java-WebSocket fails the connection with 1002 (`WebSocketImpl.decodeFrames`).

use super::cursor::{after, code, starts, status};
use super::{Found, Who};

pub(super) const ANCHORS: &[&str] = &[
    "Invalid status code received",
    "respond with a pong",
    " refuses handshake",
    "opcode:CLOSING",
    "Connection closed by ",
    "closecode must not be sent over the wire",
];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(line, "Invalid status code received: ") {
        let (status, rest) = status(rest)?;
        return starts(rest, " Status line: ").map(|_| Found::http(status));
    }
    const PONG: &str =
        "The connection was closed because the other endpoint did not respond with a pong in time.";
    if let Some(at) = line.find(PONG) {
        return Some(Found::code(1006, Who::Local, Some(&line[at..])));
    }
    if let Some(at) = line.find("draft ") {
        let message = &line[at..];
        return message
            .ends_with(" refuses handshake")
            .then(|| Found::code(1002, Who::Local, Some(message)));
    }
    if let Some(rest) = after(line, "Framedata{ opcode:CLOSING") {
        let (code, rest) = code(after(rest, "}code: ")?)?;
        return rest
            .is_empty()
            .then(|| Found::code(code, Who::Unknown, None));
    }
    // Checked before the example's "Connection closed by us Code: 1002 Reason: ...", which
    // carries this message as its reason and would lose the code received.
    if let Some(at) = line.find("closecode must not be sent over the wire: ") {
        let message = &line[at..];
        let (received, rest) =
            code(&message["closecode must not be sent over the wire: ".len()..])?;
        return rest.is_empty().then(|| {
            Found::code(1002, Who::Local, Some(message)).exchanged(Some(received), Some(1002))
        });
    }
    if let Some(rest) = after(line, "Connection closed by ") {
        let (who, rest) = if let Some(rest) = starts(rest, "remote peer Code: ") {
            (Who::Peer, rest)
        } else {
            (Who::Local, starts(rest, "us Code: ")?)
        };
        let (code, rest) = code(rest)?;
        // An empty reason leaves "Reason: " at the end, trimmed with the line end.
        let reason = starts(rest, " Reason:")?;
        let reason = reason.strip_prefix(' ').unwrap_or(reason);
        let who = if code == 1006 { Who::Local } else { who };
        return Some(Found::code(code, who, Some(reason)));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{reason, recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::JavaWebSocket,
            &[
                (
                    "org.java_websocket.exceptions.InvalidHandshakeException: Invalid status code received: 404 Status line: HTTP/1.1 404 Not Found",
                    "http-404",
                    Who::Peer,
                ),
                (
                    "closed: The connection was closed because the other endpoint did not respond with a pong in time. For more information check: https://github.com/TooTallNate/Java-WebSocket/wiki/Lost-connection-detection",
                    "1006",
                    Who::Local,
                ),
                (
                    "draft org.java_websocket.drafts.Draft_6455@1b6d3586 refuses handshake",
                    "1002",
                    Who::Local,
                ),
                (
                    "Framedata{ opcode:CLOSING, fin:true, rsv1:false, rsv2:false, rsv3:false, payload length:[pos:0, len:6], payload:\u{3}\u{e9}bye}code: 1001",
                    "1001",
                    Who::Unknown,
                ),
                (
                    "Connection closed by remote peer Code: 1008 Reason: policy",
                    "1008",
                    Who::Peer,
                ),
                (
                    "Connection closed by us Code: 1006 Reason: ",
                    "1006",
                    Who::Local,
                ),
            ],
        );
        assert_eq!(
            reason("Connection closed by remote peer Code: 1008 Reason: policy"),
            Some("policy")
        );
        assert_eq!(reason("Connection closed by us Code: 1006 Reason: "), None);
        for line in [
            "org.java_websocket.exceptions.InvalidFrameException: closecode must not be sent over the wire: 1005",
            "Connection closed by us Code: 1002 Reason: closecode must not be sent over the wire: 1005",
        ] {
            let refused = crate::explain::line(line).unwrap();
            assert_eq!(
                (
                    refused.stack,
                    refused.reported.id(),
                    refused.received,
                    refused.sent
                ),
                (
                    Some(Stack::JavaWebSocket),
                    "1002".into(),
                    Some(1005.into()),
                    Some(1002.into())
                ),
                "{line}"
            );
        }
    }

    #[test]
    fn look_alikes() {
        rejects(&[
            "Invalid status code received: 200",
            "Connection closed by remote peer after 1006 ms",
            "Framedata{ opcode:TEXT, fin:true}code: 1000",
            "draft of the plan refuses handshakes",
            "closecode must not be sent over the wire: 1005 twice",
        ]);
    }
}
