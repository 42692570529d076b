//! OkHttp's WebSocket.
//!
//! Sources, square/okhttp @ 1682d9bac8c03dffde2969b0b74d47649d0dbb52:
//! * `okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/ws/RealWebSocket.kt`
//!   `checkUpgradeSuccess`: "Expected HTTP 101 response but was '${response.code}
//!   ${response.message}'"; `writePingFrame`: "sent ping but didn't receive pong within
//!   ${pingIntervalMillis}ms (after ${failedPing - 1} successful ping/pongs)".
//! * `.../internal/ws/WebSocketProtocol.kt` `closeCodeExceptionMessage`: "Code must be in
//!   range [1000,5000): $code" and "Code $code is reserved and may not be used.", raised for a
//!   peer's Close frame (`WebSocketReader`) and for the application's own `close()` alike, so
//!   the line does not say who; it reports the code that may not be used.

use super::cursor::{after, code, number, starts, status};
use super::{Found, Timeout, Who};

pub(super) const ANCHORS: &[&str] = &[
    "Expected HTTP 101 response",
    "Code must be in range",
    "may not be used.",
    "didn't receive pong",
];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(line, "Expected HTTP 101 response but was '") {
        let (status, rest) = status(rest)?;
        return (rest.starts_with(' ') || rest.starts_with('\'')).then(|| Found::http(status));
    }
    if let Some(at) = line.find("Code must be in range [1000,5000): ") {
        let message = &line[at..];
        let (code, rest) = code(starts(message, "Code must be in range [1000,5000): ")?)?;
        return rest
            .is_empty()
            .then(|| Found::code(code, Who::Unknown, Some(message)));
    }
    if let Some(at) = line.find("Code ") {
        let message = &line[at..];
        let (code, rest) = code(starts(message, "Code ")?)?;
        return (rest == " is reserved and may not be used.")
            .then(|| Found::code(code, Who::Unknown, Some(message)));
    }
    if let Some(rest) = after(line, "sent ping but didn't receive pong within ") {
        let (_, rest) = number(rest, 20)?;
        let rest = starts(rest, "ms (after ")?;
        let (_, rest) = number(rest, 20)?;
        return (rest == " successful ping/pongs)").then(|| Found::timeout(Timeout::Idle));
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
            Stack::OkHttp,
            &[
                (
                    "java.net.ProtocolException: Expected HTTP 101 response but was '401 Unauthorized'",
                    "http-401",
                    Who::Peer,
                ),
                (
                    "java.net.ProtocolException: Code must be in range [1000,5000): 999",
                    "999",
                    Who::Unknown,
                ),
                (
                    "java.net.ProtocolException: Code 1005 is reserved and may not be used.",
                    "1005",
                    Who::Unknown,
                ),
                (
                    "java.net.SocketTimeoutException: sent ping but didn't receive pong within 500ms (after 0 successful ping/pongs)",
                    "timeout-idle",
                    Who::Local,
                ),
            ],
        );
        assert_eq!(
            reason("ProtocolException: Code must be in range [1000,5000): 999"),
            Some("Code must be in range [1000,5000): 999")
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&[
            "Expected HTTP 101 response but was 'x'",
            "Code 1005 is reserved and may not be used for parking.",
            "sent ping but didn't receive pong within 5 seconds",
        ]);
    }
}
