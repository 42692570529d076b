//! Rust's tungstenite (tokio-tungstenite shows the same errors).
//!
//! Sources, tungstenite 0.30.0 as published (`.cargo_vcs_info.json`: snapview/tungstenite-rs @
//! 7f4aeaf0944992c5664c8fb8e0d54577c7e18020), `src/error.rs`, the `#[error]` attributes:
//! * `Error::Io`: "IO error: {0}"; `Error::Tls`: "TLS error: {0}"; `Error::Capacity`: "Space
//!   limit exceeded: {0}" with `CapacityError::MessageTooLong`: "Message too long: {size} >
//!   {max_size}"; `Error::Protocol`: "WebSocket protocol error: {0}"; `Error::Utf8`: "UTF-8
//!   encoding error: {0}"; `Error::Url`: "URL error: {0}" with `UrlError::UnableToConnect`:
//!   "Unable to connect to {0}"; `Error::Http`: "HTTP error: {}" with the response's status
//!   (`http::StatusCode`'s Display: "401 Unauthorized").
//! * `ProtocolError`: "Connection reset without closing handshake" and the frame errors below.
//! * `src/protocol/frame/frame.rs`: `CloseFrame` derives `Debug` ("CloseFrame { code: Away,
//!   reason: \"bye\" }"); `src/protocol/frame/coding.rs`: the `CloseCode` variants.
//! * The text of an `io::Error` from the OS is std's "{description} (os error {code})"; a
//!   failed name lookup is "failed to lookup address information: ..." (both observed in
//!   `docs/research/failures/failures.toml`, rows `dns` and `reset`).

use super::cursor::{after, code, number, starts, status};
use super::{Found, LoggedFailure, Timeout, Tls, Who};

pub(super) const ANCHORS: &[&str] = &[
    "IO error: ",
    "TLS error: ",
    "Space limit exceeded: ",
    "WebSocket protocol error: ",
    "UTF-8 encoding error: ",
    "URL error: ",
    "HTTP error: ",
    "CloseFrame { code: ",
];

/// `ProtocolError` messages that fail the connection for breaking the framing rules (RFC 6455
/// says to fail with 1002).
const FRAME_ERRORS: [&str; 10] = [
    "Reserved bits are non-zero",
    "Received an unmasked frame from client",
    "Received a masked frame from server",
    "Fragmented control frame",
    "Control frame too big (payload must be 125 bytes or less)",
    "Unknown control frame type: ",
    "Unknown data frame type: ",
    "Continue frame but nothing to continue",
    "While waiting for more fragments received: ",
    "Encountered invalid opcode: ",
];

/// What an OS error's text says, for the errors that end connections.
pub(super) fn os_failure(text: &str) -> Option<LoggedFailure> {
    if text.starts_with("failed to lookup address information") {
        Some(LoggedFailure::Dns)
    } else if text.starts_with("Connection reset by peer") {
        Some(LoggedFailure::Reset)
    } else if text.starts_with("Connection refused") {
        Some(LoggedFailure::Refused)
    } else if text.starts_with("Connection timed out") || text.starts_with("timed out") {
        Some(LoggedFailure::Timeout(Timeout::Unknown))
    } else {
        None
    }
}

/// tungstenite's `CloseCode` variant (its `Debug`) as a number.
fn variant(s: &str) -> Option<(u16, &str)> {
    const NAMED: [(&str, u16); 14] = [
        ("Normal", 1000),
        ("Away", 1001),
        ("Protocol", 1002),
        ("Unsupported", 1003),
        ("Status", 1005),
        ("Abnormal", 1006),
        ("Invalid", 1007),
        ("Policy", 1008),
        ("Size", 1009),
        ("Extension", 1010),
        ("Error", 1011),
        ("Restart", 1012),
        ("Again", 1013),
        ("Tls", 1015),
    ];
    for (name, code) in NAMED {
        if let Some(rest) = starts(s, name) {
            if !rest.starts_with('(') {
                return Some((code, rest));
            }
        }
    }
    for name in ["Reserved(", "Iana(", "Library(", "Bad("] {
        if let Some(rest) = starts(s, name) {
            let (code, rest) = code(rest)?;
            return Some((code, starts(rest, ")")?));
        }
    }
    None
}

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(line, "HTTP error: ") {
        let (status, rest) = status(rest)?;
        return (rest.is_empty() || rest.starts_with(' ')).then(|| Found::http(status));
    }
    if let Some(message) = after(line, "WebSocket protocol error: ") {
        if message == "Connection reset without closing handshake" {
            return Some(Found::code(1006, Who::Local, Some(message)));
        }
        return FRAME_ERRORS
            .iter()
            .any(|e| message.starts_with(e))
            .then(|| Found::code(1002, Who::Local, Some(message)));
    }
    if let Some(message) = after(line, "Space limit exceeded: ") {
        let rest = starts(message, "Message too long: ")?;
        let (_, rest) = number(rest, 20)?;
        let (_, rest) = number(starts(rest, " > ")?, 20)?;
        return rest
            .is_empty()
            .then(|| Found::code(1009, Who::Local, Some(message)));
    }
    if let Some(message) = after(line, "UTF-8 encoding error: ") {
        return Some(Found::code(1007, Who::Local, Some(message)));
    }
    if let Some(uri) = after(line, "URL error: Unable to connect to ") {
        return Some(Found::failure(
            LoggedFailure::Refused,
            Who::Local,
            Some(uri),
        ));
    }
    if let Some(message) = after(line, "TLS error: ") {
        let tls = if message.contains("certificate") {
            Tls::Certificate
        } else {
            Tls::Other
        };
        return Some(Found::failure(
            LoggedFailure::Tls(tls),
            Who::Local,
            Some(message),
        ));
    }
    if let Some(message) = after(line, "IO error: ") {
        let failure = os_failure(message)?;
        return Some(Found::failure(failure, Who::Local, Some(message)));
    }
    if let Some(rest) = after(line, "CloseFrame { code: ") {
        let (code, rest) = variant(rest)?;
        let reason = starts(rest, ", reason: \"")?;
        let end = reason.rfind("\" }")?;
        return Some(Found::code(code, Who::Unknown, Some(&reason[..end])));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::explain::{self, Reported, Stack, Who};

    #[test]
    fn format_strings() {
        let codes = [
            (
                "WebSocket protocol error: Connection reset without closing handshake",
                1006,
                Who::Local,
            ),
            (
                "Error: WebSocket protocol error: Reserved bits are non-zero",
                1002,
                Who::Local,
            ),
            (
                "WebSocket protocol error: Unknown data frame type: 3",
                1002,
                Who::Local,
            ),
            (
                "Space limit exceeded: Message too long: 70000000 > 67108864",
                1009,
                Who::Local,
            ),
            (
                "UTF-8 encoding error: invalid utf-8 sequence of 1 bytes from index 0",
                1007,
                Who::Local,
            ),
            (
                "received Close(Some(CloseFrame { code: Away, reason: \"bye\" }))",
                1001,
                Who::Unknown,
            ),
            (
                "Close(Some(CloseFrame { code: Library(4000), reason: \"\" }))",
                4000,
                Who::Unknown,
            ),
        ];
        for (line, code, who) in codes {
            let found = explain::line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(found.stack, Some(Stack::Tungstenite), "{line}");
            assert_eq!(found.reported, Reported::Code(code.into()), "{line}");
            assert_eq!(found.who, who, "{line}");
        }
        let failures = [
            ("HTTP error: 401 Unauthorized", "http-401"),
            (
                "connect failed: HTTP error: 503 Service Unavailable",
                "http-503",
            ),
            (
                "URL error: Unable to connect to ws://127.0.0.1:9/",
                "refused",
            ),
            ("IO error: Connection reset by peer (os error 104)", "reset"),
            (
                "IO error: failed to lookup address information: Name or service not known",
                "dns",
            ),
            (
                "TLS error: native-tls error: certificate verify failed",
                "tls-certificate",
            ),
        ];
        for (line, id) in failures {
            let found = explain::line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (found.stack, found.reported.id()),
                (Some(Stack::Tungstenite), id.into()),
                "{line}"
            );
        }
    }

    #[test]
    fn look_alikes() {
        explain::check::rejects(&[
            "HTTP error: 4040",
            "IO error: permission denied",
            "WebSocket protocol error: Sending after closing is not allowed",
            "CloseFrame { code: Sideways, reason: \"x\" }",
            "Space limit exceeded: Write buffer full",
        ]);
    }
}
