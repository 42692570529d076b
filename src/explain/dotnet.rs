//! .NET's System.Net.WebSockets.
//!
//! Sources, dotnet/runtime:
//! * `src/libraries/System.Net.WebSockets.Client/src/Resources/Strings.resx` @ 0d2a9bb2:
//!   `net_WebSockets_ConnectStatusExpected` "The server returned status code '{0}' when status
//!   code '{1}' was expected." (101 for HTTP/1.1, 200 for HTTP/2), thrown as
//!   `WebSocketException(WebSocketError.NotAWebSocket)` (`WebSocketHandle.Managed.cs`).
//! * `src/libraries/System.Net.WebSockets/src/Resources/Strings.resx` @ 00468812:
//!   `net_WebSockets_ConnectionClosedPrematurely_Generic` "The remote party closed the WebSocket
//!   connection without completing the close handshake." and `net_Websockets_KeepAlivePingTimeout`
//!   "The WebSocket didn't recieve a Pong frame in response to a Ping frame within the
//!   configured KeepAliveTimeout." (sic).
//! * `src/libraries/System.Net.WebSockets/src/System/Net/WebSockets/WebSocketCloseStatus.cs` @
//!   02f0b042: the `WebSocketCloseStatus` names.
//!   (The resource texts are quoted in `docs/research/failures/README.md`, where they were read.)

use super::cursor::{after, status};
use super::{Found, Timeout, Who};

pub(super) const ANCHORS: &[&str] = &[
    "The server returned status code",
    "WebSocket connection",
    "didn't recieve a Pong",
    "didn't receive a Pong",
    "WebSocketCloseStatus.",
];

/// `WebSocketCloseStatus`'s names and values.
const CLOSE_STATUS: [(&str, u16); 10] = [
    ("NormalClosure", 1000),
    ("EndpointUnavailable", 1001),
    ("ProtocolError", 1002),
    ("InvalidMessageType", 1003),
    ("Empty", 1005),
    ("InvalidPayloadData", 1007),
    ("PolicyViolation", 1008),
    ("MessageTooBig", 1009),
    ("MandatoryExtension", 1010),
    ("InternalServerError", 1011),
];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(line, "The server returned status code '") {
        let (status, rest) = status(rest)?;
        // The sentence's full stop is often dropped when the message is quoted in a title.
        let rest = rest.strip_suffix('.').unwrap_or(rest);
        return (rest == "' when status code '101' was expected"
            || rest == "' when status code '200' was expected")
            .then(|| Found::http(status));
    }
    if line.contains(
        "The remote party closed the WebSocket connection without completing the close handshake.",
    ) {
        return Some(Found::code(1006, Who::Local, None));
    }
    // Spelled "recieve" in the resource, "receive" as dotnet/docs
    // `docs/fundamentals/networking/websockets.md` quotes it (dotnet/docs#44611).
    if ["recieve", "receive"].iter().any(|spelling| {
        line.contains(&format!(
            "The WebSocket didn't {spelling} a Pong frame in response to a Ping frame"
        ))
    }) {
        return Some(Found::timeout(Timeout::Idle));
    }
    let rest = after(line, "WebSocketCloseStatus.")?;
    let (name, code) = CLOSE_STATUS
        .iter()
        .find(|(name, _)| rest.starts_with(name))?;
    let next = rest.as_bytes().get(name.len());
    (!next.is_some_and(u8::is_ascii_alphanumeric)).then(|| Found::code(*code, Who::Unknown, None))
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{not_by, recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::DotNet,
            &[
                (
                    "System.Net.WebSockets.WebSocketException (0x80004005): The server returned status code '503' when status code '101' was expected.",
                    "http-503",
                    Who::Peer,
                ),
                (
                    "throw The server returned status code '200' when status code '101' was expected",
                    "http-200",
                    Who::Peer,
                ),
                (
                    "System.Net.WebSockets.WebSocketException (0x80004005): The remote party closed the WebSocket connection without completing the close handshake.",
                    "1006",
                    Who::Local,
                ),
                (
                    "WebSocketException: The WebSocket didn't recieve a Pong frame in response to a Ping frame within the configured KeepAliveTimeout.",
                    "timeout-idle",
                    Who::Local,
                ),
                (
                    "closed with WebSocketCloseStatus.EndpointUnavailable",
                    "1001",
                    Who::Unknown,
                ),
            ],
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&[
            "The server returned status code '200' when status code '201' was expected.",
            "WebSocketCloseStatus.EmptyString",
        ]);
        // Not a .NET name; the generic layer reads the enum name.
        not_by(Stack::DotNet, &["WebSocketCloseStatus.AbnormalClosure"]);
    }
}
