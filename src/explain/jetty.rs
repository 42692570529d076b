//! Eclipse Jetty's WebSocket.
//!
//! Sources, jetty/jetty.project @ acf33259281419d619d8e392e6f3b2d654bcc914:
//! * `jetty-core/jetty-websocket/jetty-websocket-core-common/src/main/java/org/eclipse/jetty/websocket/core/CloseStatus.java`
//!   `toString()`: `String.format("{%04d=%s,%s}", code, codeString(code), reason)`, with
//!   `codeString`'s names (NORMAL, SHUTDOWN, ..., UNKNOWN).
//! * `.../jetty-websocket-core-client/.../CoreClientUpgradeRequest.java`: "Failed to upgrade to
//!   websocket: Unexpected HTTP Response Status Code: " + responseLine, where responseLine is
//!   status + " " + reason.
//! * `.../jetty-websocket-core-common/.../WebSocketConnection.java`: `new
//!   WebSocketTimeoutException("Connection Idle Timeout", ...)`.
//! * Jetty 9, `jetty-io/src/main/java/org/eclipse/jetty/io/IdleTimeout.java`
//!   `checkIdleTimeout`: `new TimeoutException("Idle timeout expired: " + idleElapsed + "/" +
//!   idleTimeout + " ms")`, which 9.x's WebSocket layer reports as the connection's end (also
//!   wrapped in `org.eclipse.jetty.websocket.api.CloseException`).

use super::cursor::{after, code, starts, status};
use super::{Found, Timeout, Who};

pub(super) const ANCHORS: &[&str] = &[
    "Unexpected HTTP Response Status Code",
    "Connection Idle Timeout",
    "{1",
    "{2",
    "{3",
    "{4",
];

/// `CloseStatus.codeString`.
fn code_string(code: u16) -> &'static str {
    match code {
        1000 => "NORMAL",
        1001 => "SHUTDOWN",
        1002 => "PROTOCOL",
        1003 => "BAD_DATA",
        1004 => "RESERVED",
        1005 => "NO_CODE",
        1006 => "NO_CLOSE",
        1007 => "BAD_PAYLOAD",
        1008 => "POLICY_VIOLATION",
        1009 => "MESSAGE_TOO_LARGE",
        1010 => "EXTENSION_ERROR",
        1011 => "SERVER_ERROR",
        1012 => "SERVICE_RESTART",
        1013 => "TRY_AGAIN_LATER",
        1014 => "BAD_GATEWAY",
        1015 => "FAILED_TLS_HANDSHAKE",
        _ => "UNKNOWN",
    }
}

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(
        line,
        "Failed to upgrade to websocket: Unexpected HTTP Response Status Code: ",
    ) {
        let (status, _) = status(rest)?;
        return Some(Found::http(status));
    }
    if line.contains("WebSocketTimeoutException: Connection Idle Timeout")
        || line.contains("TimeoutException: Idle timeout expired: ")
    {
        return Some(Found::timeout(Timeout::Idle));
    }
    // "{%04d=%s,%s}": find each "{" followed by four digits.
    let mut from = 0;
    while let Some(at) = line[from..].find('{') {
        let rest = &line[from + at + 1..];
        from += at + 1;
        let Some((code, tail)) = code(rest) else {
            continue;
        };
        if rest.len() - tail.len() != 4 {
            continue;
        }
        let Some(tail) = starts(tail, "=").and_then(|t| starts(t, code_string(code))) else {
            continue;
        };
        let Some(reason) = starts(tail, ",") else {
            continue;
        };
        let Some(end) = reason.rfind('}') else {
            continue;
        };
        let reason = match &reason[..end] {
            "null" => None,
            reason => Some(reason),
        };
        return Some(Found::code(code, Who::Unknown, reason));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::explain::{self, Reported, Stack, Who};

    #[test]
    fn format_strings() {
        let found = explain::line("onClose {1001=SHUTDOWN,Connection Idle Timeout}").unwrap();
        assert_eq!(
            (found.stack, found.reported, found.who),
            (
                Some(Stack::Jetty),
                Reported::Code(1001.into()),
                Who::Unknown
            )
        );
        assert_eq!(found.reason, Some("Connection Idle Timeout"));
        let found = explain::line("{4000=UNKNOWN,null}").unwrap();
        assert_eq!(
            (found.reported, found.reason),
            (Reported::Code(4000.into()), None)
        );
        let refused = explain::line("org.eclipse.jetty.websocket.core.exception.UpgradeException: Failed to upgrade to websocket: Unexpected HTTP Response Status Code: 418 I'm a teapot").unwrap();
        assert_eq!(refused.reported.id(), "http-418");
        let idle = explain::line("org.eclipse.jetty.websocket.core.exception.WebSocketTimeoutException: Connection Idle Timeout").unwrap();
        assert_eq!(idle.reported.id(), "timeout-idle");
        let expired = explain::line(
            "java.util.concurrent.TimeoutException: Idle timeout expired: 30001/30000 ms",
        )
        .unwrap();
        assert_eq!(expired.reported.id(), "timeout-idle");
    }

    #[test]
    fn look_alikes() {
        explain::check::rejects(&["{1001=NORMAL,x}", "{100=NORMAL,x}", "{1000=NORMAL x}"]);
    }
}
