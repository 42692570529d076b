//! Node's ws.
//!
//! Sources, websockets/ws @ a2f4e7c046c2112bbce6fef39a083dac77d6f0d2:
//! * `lib/receiver.js` `createError(ErrorCtor, message, prefix, statusCode, errorCode)`: the
//!   message is `Invalid WebSocket frame: ${message}` when `prefix` is true; `statusCode` is
//!   the code ws fails the connection with. The calls: "RSV2 and RSV3 must be clear", "RSV1
//!   must be clear", "invalid opcode 0", `invalid opcode ${this._opcode}`, "FIN must be set",
//!   `invalid payload length ${this._payloadLength}`, "MASK must be set", "MASK must be clear",
//!   `invalid status code ${code}` (1002, prefixed); "invalid UTF-8 sequence" (1007,
//!   prefixed); "Max payload size exceeded" and "Unsupported WebSocket frame: payload length >
//!   2^53 - 1" (1009, `RangeError`, not prefixed); "Too many message fragments" (1008,
//!   `RangeError`, not prefixed).
//! * `lib/websocket.js` `initAsClient`: `Unexpected server response: ${res.statusCode}` and
//!   "Opening handshake has timed out".
//! * `lib/websocket.js` `close()` while still connecting: `abortHandshake` with "WebSocket was
//!   closed before the connection was established" (the app's own `close()`; the connection
//!   then closes with 1006, as no Close frame was exchanged).
//! * Before 4.0 (`lib/WebSocket.js`, the client request's `response` handler):
//!   `unexpected server response (${res.statusCode})`, as websockets/ws#1208 and #397 show it.

use super::cursor::{after, code, number, starts, status};
use super::{Found, Timeout, Who};

pub(super) const ANCHORS: &[&str] = &[
    "Invalid WebSocket frame: ",
    "RangeError: ",
    "Unexpected server response: ",
    "unexpected server response (",
    "timed out",
];

/// A prefixed receiver message and the code ws fails the connection with.
fn frame_error(message: &str) -> Option<u16> {
    let fixed = match message {
        "RSV2 and RSV3 must be clear"
        | "RSV1 must be clear"
        | "FIN must be set"
        | "MASK must be set"
        | "MASK must be clear" => Some(1002),
        "invalid UTF-8 sequence" => Some(1007),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    for prefix in ["invalid opcode ", "invalid payload length "] {
        if let Some(rest) = starts(message, prefix) {
            return matches!(number(rest, 20), Some((_, ""))).then_some(1002);
        }
    }
    let rest = starts(message, "invalid status code ")?;
    matches!(code(rest), Some((_, ""))).then_some(1002)
}

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(line, "unexpected server response (") {
        let (status, rest) = super::cursor::status(rest)?;
        return starts(rest, ")").map(|_| Found::http(status));
    }
    if let Some(message) = after(line, "Invalid WebSocket frame: ") {
        let code = frame_error(message)?;
        // A Close frame's code ws refuses: the peer sent it, ws failed with 1002.
        let received = starts(message, "invalid status code ")
            .and_then(super::cursor::code)
            .map(|(received, _)| received);
        let found = Found::code(code, Who::Local, Some(message));
        return Some(match received {
            Some(received) => found.exchanged(Some(received), Some(code)),
            None => found,
        });
    }
    if let Some(message) = after(line, "RangeError: ") {
        let code = match message {
            "Max payload size exceeded"
            | "Unsupported WebSocket frame: payload length > 2^53 - 1" => 1009,
            "Too many message fragments" => 1008,
            _ => return None,
        };
        return Some(Found::code(code, Who::Local, Some(message)));
    }
    if let Some(rest) = after(line, "Unexpected server response: ") {
        let (status, rest) = status(rest)?;
        // Also the message inside a dumped error object: "message: 'Unexpected server
        // response: 502',".
        let ends = rest.is_empty() || rest.starts_with(['\'', '"']);
        return ends.then(|| Found::http(status));
    }
    if line.ends_with("WebSocket was closed before the connection was established") {
        return Some(Found::code(1006, Who::Local, None));
    }
    if line.ends_with("Opening handshake has timed out") {
        return Some(Found::timeout(Timeout::Connect));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::NodeWs,
            &[
                (
                    "RangeError: Invalid WebSocket frame: invalid status code 1005",
                    "1002",
                    Who::Local,
                ),
                (
                    "RangeError: Invalid WebSocket frame: RSV2 and RSV3 must be clear",
                    "1002",
                    Who::Local,
                ),
                (
                    "RangeError: Invalid WebSocket frame: invalid opcode 3",
                    "1002",
                    Who::Local,
                ),
                (
                    "RangeError: Invalid WebSocket frame: invalid payload length 126",
                    "1002",
                    Who::Local,
                ),
                (
                    "Error: Invalid WebSocket frame: invalid UTF-8 sequence",
                    "1007",
                    Who::Local,
                ),
                ("RangeError: Max payload size exceeded", "1009", Who::Local),
                ("RangeError: Too many message fragments", "1008", Who::Local),
                (
                    "Error: unexpected server response (400)",
                    "http-400",
                    Who::Peer,
                ),
                (
                    "Error: Unexpected server response: 403",
                    "http-403",
                    Who::Peer,
                ),
                (
                    "  message: 'Unexpected server response: 401',",
                    "http-401",
                    Who::Peer,
                ),
                (
                    "Error: WebSocket was closed before the connection was established",
                    "1006",
                    Who::Local,
                ),
                (
                    "Error: Opening handshake has timed out",
                    "timeout-connect",
                    Who::Local,
                ),
            ],
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&[
            "Invalid WebSocket frame: invalid status code",
            "Invalid WebSocket frame: too short",
            "Unexpected server response: 1006",
            "unexpected server response (1006)",
            "RangeError: Maximum call stack size exceeded",
        ]);
    }
}
