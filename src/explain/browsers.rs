//! The consoles of Chromium and Firefox.
//!
//! Chromium, chromium/chromium:
//! * `third_party/blink/renderer/modules/websockets/websocket_channel_impl.cc` @ 006a6b04,
//!   `WebSocketChannelImpl::Fail`: "WebSocket connection to '" + url + "' failed: " + reason.
//! * `net/websockets/websocket_basic_handshake_stream.cc` @ 01779449, `ValidateResponse`:
//!   "Error during WebSocket handshake: Unexpected response code: %d"; a net error during the
//!   handshake: "Error during WebSocket handshake: " + `ErrorToString(rv)` (`net::ERR_...`);
//!   "Connection closed before receiving a handshake response".
//! * `net/websockets/websocket_stream.cc` @ 068d2910: 401 → "HTTP Authentication failed; no
//!   valid credentials available", 407 → "Proxy authentication failed";
//!   `FailureMessageFromNetError`: "Error in connection establishment: " + `ErrorToString`;
//!   `ERR_TIMED_OUT` → "WebSocket opening handshake timed out".
//! * `net/websockets/websocket_channel.cc` `ParseClose`: "Received a broken close frame
//!   containing an invalid size body." (newer: "... with an invalid size of 1 byte."), "...
//!   containing a reserved status code.", "... containing invalid UTF-8.", each failing the
//!   connection with 1002 (`kWebSocketErrorProtocolError`).
//! * the same file, `HandleFrameByState`: a frame after the closing handshake began fails the
//!   channel with `frame_name + " received after close"` ("Data frame received after close");
//!   in that state no further Close frame is sent, so the page sees 1006.
//!
//! Firefox, mozilla/gecko-dev: `dom/websocket/WebSocket.cpp` @ 6613ec76,
//! `WebSocketImpl::ConsoleError` (called by `FailConnection`) prints `connectionFailure` while
//! the socket is not yet open and `netInterrupt` after, from
//! `browser/locales/en-US/chrome/overrides/appstrings.properties` @ 020ce4b8:
//! "Firefox can’t establish a connection to the server at %S." (older releases, and text
//! copied through ASCII, "can't") and "The connection to %S was
//! interrupted while the page was loading.". EventSource prints the same texts with an http(s)
//! URL, so only ws: and wss: URLs are taken.

use super::cursor::{after, starts, status};
use super::{Found, LoggedFailure, Timeout, Tls, Who};

pub(super) const ANCHORS: &[&str] = &[
    "WebSocket connection",
    "is neither.",
    "establish a connection to the server at ws",
    "was interrupted while the page",
];

/// What a Chromium net error (`ErrorToString`: "net::ERR_...") says.
fn net_error(name: &str) -> LoggedFailure {
    // The name is Chromium's constant (capitals, digits, underscores); a copied line may go on
    // after it with the quote or backtick that closed it, a full stop, or the console's source.
    let end = name
        .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
        .unwrap_or(name.len());
    match &name[..end] {
        "ERR_NAME_NOT_RESOLVED" | "ERR_NAME_RESOLUTION_FAILED" => LoggedFailure::Dns,
        "ERR_CONNECTION_REFUSED" => LoggedFailure::Refused,
        "ERR_CONNECTION_RESET" | "ERR_CONNECTION_CLOSED" | "ERR_CONNECTION_ABORTED" => {
            LoggedFailure::Reset
        }
        "ERR_CONNECTION_TIMED_OUT" | "ERR_TIMED_OUT" => LoggedFailure::Timeout(Timeout::Connect),
        "ERR_CERT_DATE_INVALID" => LoggedFailure::Tls(Tls::Expired),
        "ERR_CERT_AUTHORITY_INVALID" => LoggedFailure::Tls(Tls::Untrusted),
        "ERR_CERT_COMMON_NAME_INVALID" => LoggedFailure::Tls(Tls::Hostname),
        "ERR_SSL_VERSION_OR_CIPHER_MISMATCH" | "ERR_SSL_PROTOCOL_ERROR" => {
            LoggedFailure::Tls(Tls::Protocol)
        }
        name if name.starts_with("ERR_CERT_") => LoggedFailure::Tls(Tls::Certificate),
        name if name.starts_with("ERR_SSL_") => LoggedFailure::Tls(Tls::Other),
        _ => LoggedFailure::Handshake,
    }
}

/// The page's own `close()`, as Blink reports it
/// (`third_party/blink/renderer/modules/websockets/dom_websocket.cc`, `DOMWebSocket::close`
/// and `CloseInternal`): a code the page may not send ("The code must be either 1000, or
/// between 3000 and 4999. {code} is neither."), a bug in the app that reports the code it
/// tried; and a close before the handshake ended ("WebSocket is closed before the connection
/// is established."), which the page then sees as 1006.
fn page_close(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(
        line,
        "The code must be either 1000, or between 3000 and 4999. ",
    ) {
        let (code, tail) = super::cursor::code(rest)?;
        return starts(tail, " is neither.").map(|_| Found::code(code, Who::Local, None));
    }
    line.contains("WebSocket is closed before the connection is established")
        .then(|| Found::code(1006, Who::Local, None))
}

pub(super) fn chromium(line: &str) -> Option<Found<'_>> {
    if let Some(found) = page_close(line) {
        return Some(found);
    }
    let rest = after(line, "WebSocket connection to '")?;
    if !(rest.starts_with("ws://") || rest.starts_with("wss://")) {
        return None;
    }
    let reason = after(rest, "' failed: ")?;
    if let Some(rest) = starts(reason, "Error during WebSocket handshake: ") {
        if let Some(code) = starts(rest, "Unexpected response code: ") {
            let (status, tail) = status(code)?;
            return tail
                .is_empty()
                .then(|| Found::failure(LoggedFailure::Http(status), Who::Peer, Some(reason)));
        }
        let name = starts(rest, "net::")?;
        return Some(Found::failure(net_error(name), Who::Local, Some(reason)));
    }
    if let Some(name) = starts(reason, "Error in connection establishment: net::") {
        return Some(Found::failure(net_error(name), Who::Local, Some(reason)));
    }
    let found = match reason {
        "HTTP Authentication failed; no valid credentials available" => {
            Found::failure(LoggedFailure::Http(401), Who::Peer, Some(reason))
        }
        "Proxy authentication failed" => {
            Found::failure(LoggedFailure::Http(407), Who::Peer, Some(reason))
        }
        "WebSocket opening handshake timed out" => Found::failure(
            LoggedFailure::Timeout(Timeout::Connect),
            Who::Local,
            Some(reason),
        ),
        "Connection closed before receiving a handshake response" => {
            Found::failure(LoggedFailure::Handshake, Who::Peer, Some(reason))
        }
        "Received a broken close frame containing an invalid size body."
        | "Received a broken close frame with an invalid size of 1 byte."
        | "Received a broken close frame containing a reserved status code."
        | "Received a broken close frame containing invalid UTF-8." => {
            Found::code(1002, Who::Local, Some(reason))
        }
        _ if reason.ends_with(" frame received after close") => {
            Found::code(1006, Who::Local, Some(reason))
        }
        _ => return None,
    };
    Some(found)
}

/// A ws: or wss: URL at the start of `s`, up to `end`.
fn ws_url<'a>(s: &'a str, end: &str) -> Option<&'a str> {
    if !(s.starts_with("ws://") || s.starts_with("wss://")) {
        return None;
    }
    let at = s.find(end)?;
    Some(&s[..at])
}

pub(super) fn firefox(line: &str) -> Option<Found<'_>> {
    // Older releases and copied text use a straight apostrophe.
    let cannot = after(line, "can’t establish a connection to the server at ")
        .or_else(|| after(line, "can't establish a connection to the server at "));
    if let Some(rest) = cannot {
        // A copied line may keep the quotes or backticks around it.
        let rest = rest.trim_end_matches(['`', '"', '\'', ' ']);
        let url = rest.strip_suffix('.').unwrap_or(rest);
        return (url.starts_with("ws://") || url.starts_with("wss://"))
            .then(|| Found::failure(LoggedFailure::Handshake, Who::Unknown, None));
    }
    let rest = after(line, "The connection to ")?;
    let url = ws_url(rest, " was interrupted while the page was loading.")?;
    let tail = &rest[url.len()..];
    (tail == " was interrupted while the page was loading.")
        .then(|| Found::code(1006, Who::Local, None))
}

#[cfg(test)]
mod tests {
    use crate::explain::{self, Stack, Who};

    #[test]
    fn chromium_format_strings() {
        let url = "WebSocket connection to 'wss://example.com/socket?x=1' failed: ";
        let cases = [
            (
                "Error during WebSocket handshake: Unexpected response code: 403",
                "http-403",
                Who::Peer,
            ),
            (
                "HTTP Authentication failed; no valid credentials available",
                "http-401",
                Who::Peer,
            ),
            ("Proxy authentication failed", "http-407", Who::Peer),
            (
                "Error in connection establishment: net::ERR_CONNECTION_REFUSED",
                "refused",
                Who::Local,
            ),
            // A copied console line goes on after the name.
            (
                "Error in connection establishment: net::ERR_CONNECTION_REFUSED\", source: app.js (17)",
                "refused",
                Who::Local,
            ),
            (
                "Error in connection establishment: net::ERR_CONNECTION_REFUSED. What now?",
                "refused",
                Who::Local,
            ),
            (
                "Error in connection establishment: net::ERR_NAME_NOT_RESOLVED",
                "dns",
                Who::Local,
            ),
            (
                "Error in connection establishment: net::ERR_CERT_DATE_INVALID",
                "tls-expired",
                Who::Local,
            ),
            (
                "Error in connection establishment: net::ERR_CERT_AUTHORITY_INVALID",
                "tls-untrusted",
                Who::Local,
            ),
            (
                "Error in connection establishment: net::ERR_CERT_COMMON_NAME_INVALID",
                "tls-hostname",
                Who::Local,
            ),
            (
                "Error in connection establishment: net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH",
                "tls-protocol",
                Who::Local,
            ),
            (
                "Error during WebSocket handshake: net::ERR_CONNECTION_RESET",
                "reset",
                Who::Local,
            ),
            (
                "WebSocket opening handshake timed out",
                "timeout-connect",
                Who::Local,
            ),
            (
                "Connection closed before receiving a handshake response",
                "handshake",
                Who::Peer,
            ),
            (
                "Received a broken close frame containing a reserved status code.",
                "1002",
                Who::Local,
            ),
            (
                "Received a broken close frame containing invalid UTF-8.",
                "1002",
                Who::Local,
            ),
            ("Data frame received after close", "1006", Who::Local),
        ];
        for (reason, id, who) in cases {
            let line = format!("{url}{reason}");
            let found = explain::line(&line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(found.stack, Some(Stack::Chromium), "{line}");
            assert_eq!((found.reported.id(), found.who), (id.into(), who), "{line}");
        }
    }

    #[test]
    fn firefox_format_strings() {
        let failed = explain::line(
            "Firefox can’t establish a connection to the server at wss://example.com/ws.",
        )
        .unwrap();
        assert_eq!(
            (failed.stack, failed.reported.id()),
            (Some(Stack::Firefox), "handshake".into())
        );
        let cut = explain::line(
            "The connection to ws://localhost:8080/ws was interrupted while the page was loading.",
        )
        .unwrap();
        assert_eq!(
            (cut.stack, cut.reported.id(), cut.who),
            (Some(Stack::Firefox), "1006".into(), Who::Local)
        );
    }

    #[test]
    fn look_alikes() {
        explain::check::rejects(&[
            "WebSocket connection to 'https://example.com' failed: Error during WebSocket handshake: Unexpected response code: 403",
            "WebSocket connection to 'wss://x' failed: Error during WebSocket handshake: Unexpected response code: 4030",
            "WebSocket connection to 'wss://x' failed: something else",
            "Firefox can’t establish a connection to the server at https://example.com/events.",
            "The connection to https://example.com/sse was interrupted while the page was loading.",
        ]);
    }
}
