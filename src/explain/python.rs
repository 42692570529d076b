//! Python's websockets.
//!
//! Sources, python-websockets/websockets @ 04e599ca3caad2c5bb3fa8eaf24066fd270e90a7:
//! * `src/websockets/exceptions.py` `ConnectionClosed.__str__`: "no close frame received or
//!   sent", "sent {sent}; no close frame received", "received {rcvd}; no close frame sent",
//!   "received {rcvd}; then sent {sent}", "sent {sent}; then received {rcvd}";
//!   `InvalidStatus.__str__`: "server rejected WebSocket connection: HTTP {status_code:d}".
//! * `src/websockets/frames.py` `Close.__str__`: "{code} ({explanation})" plus " {reason}" when
//!   there is one; the explanation is `CLOSE_CODE_EXPLANATIONS[code]`, "registered" (3000-3999),
//!   "private use" (4000-4999) or "unknown".
//! * `src/websockets/asyncio/client.py`: `TimeoutError("timed out during opening handshake")`;
//!   `src/websockets/sync/client.py` (11.x on) and the asyncio client's `__await_impl__`:
//!   `TimeoutError("timed out during handshake")` (python-websockets/websockets#1387).
//! * Before 10.0 (7.0 to 9.1, `src/websockets/exceptions.py`, then `frames.py`, `format_close`):
//!   "code = {code} ({explanation}), no reason" or "..., reason = {reason}", the explanation from
//!   an older `CLOSE_CODES` ("connection closed abnormally [internal]", "no status code
//!   [internal]", "unexpected error", ...); 7.x prefixed it with "WebSocket connection is
//!   closed: ".
//! * 10.x printed the same sentences with older explanations (`frames.py` `CLOSE_CODES`:
//!   "sent 1011 (unexpected error) keepalive ping timeout; no close frame received").
//! * `src/websockets/asyncio/connection.py`: keepalive fails the connection with 1011
//!   "keepalive ping timeout" (so "sent 1011 (internal error) keepalive ping timeout; no close
//!   frame received").
//! * 3.x (`websockets/protocol.py`, `fail_connection`, python-websockets/websockets @ tag 3.4):
//!   `logger.info("Failing the WebSocket connection: %d %s", code, reason)`, the code this end
//!   fails the connection with (reduced to debug level in 4.0; python-websockets/websockets#167
//!   shows it).

use super::cursor::{after, code, starts, status};
use super::{Found, Timeout, Who};

pub(super) const ANCHORS: &[&str] = &[
    "close frame",
    "; then ",
    "WebSocket connection",
    "timed out",
];

/// `CLOSE_CODE_EXPLANATIONS` in `frames.py`.
fn explanation(code: u16) -> &'static str {
    match code {
        1000 => "OK",
        1001 => "going away",
        1002 => "protocol error",
        1003 => "unsupported data",
        1005 => "no status received [internal]",
        1006 => "abnormal closure [internal]",
        1007 => "invalid frame payload data",
        1008 => "policy violation",
        1009 => "message too big",
        1010 => "mandatory extension",
        1011 => "internal error",
        1012 => "service restart",
        1013 => "try again later",
        1014 => "bad gateway",
        1015 => "TLS handshake failure [internal]",
        3000..=3999 => "registered",
        4000..=4999 => "private use",
        _ => "unknown",
    }
}

/// The explanations 10.x printed (`CLOSE_CODES` in `frames.py` before 11.0: "unexpected
/// error" for 1011, "connection closed abnormally [internal]" for 1006, ...), for the codes
/// whose wording changed.
fn explanation_10(code: u16) -> Option<&'static str> {
    Some(match code {
        1003 => "unsupported type",
        1005 => "no status code [internal]",
        1006 => "connection closed abnormally [internal]",
        1007 => "invalid data",
        1010 => "extension required",
        1011 => "unexpected error",
        1015 => "TLS failure [internal]",
        _ => return None,
    })
}

/// `Close.__str__` at the start of `s`: the code and the reason (up to the end of `s`).
fn close(s: &str) -> Option<(u16, &str)> {
    let (code, rest) = code(s)?;
    let rest = starts(rest, " (")?;
    let rest = starts(rest, explanation(code)).or_else(|| starts(rest, explanation_10(code)?))?;
    let rest = starts(rest, ")")?;
    let reason = match rest {
        "" => "",
        _ => starts(rest, " ")?,
    };
    Some((code, reason))
}

/// The 3.x log line "Failing the WebSocket connection: 1006 " (code, a space, the reason).
fn failing_3(line: &str) -> Option<Found<'_>> {
    let rest = after(line, "Failing the WebSocket connection: ")?;
    let (code, rest) = code(rest)?;
    if !super::context::sensible(code) {
        return None;
    }
    let reason = match rest {
        "" => "",
        _ => starts(rest, " ")?,
    };
    Some(Found::code(code, Who::Local, Some(reason)))
}

/// The format before 10.0: "code = 1006 (connection closed abnormally [internal]), no reason".
/// The explanation is not checked word for word (it changed between releases); the
/// parenthesis and the reason part are.
fn before_10(line: &str) -> Option<Found<'_>> {
    let rest = after(line, "code = ")?;
    let (code, rest) = code(rest)?;
    let rest = starts(rest, " (")?;
    let end = rest.find("), ")?;
    let rest = &rest[end + 3..];
    let reason = match rest {
        "no reason" => None,
        _ => Some(starts(rest, "reason = ")?),
    };
    // Only a connection that dropped and a Close frame without a code say who decided.
    let who = match code {
        1006 => Who::Local,
        1005 => Who::Peer,
        _ => Who::Unknown,
    };
    Some(Found::code(code, who, reason))
}

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(found) = before_10(line) {
        return Some(found);
    }
    if let Some(found) = failing_3(line) {
        return Some(found);
    }
    if line.contains("no close frame received or sent") {
        return Some(Found::code(1006, Who::Local, None));
    }
    if let Some(rest) = after(line, "server rejected WebSocket connection: HTTP ") {
        let (status, rest) = status(rest)?;
        return rest.is_empty().then(|| Found::http(status));
    }
    if line.contains("timed out during opening handshake")
        || line.contains("TimeoutError: timed out during handshake")
    {
        return Some(Found::timeout(Timeout::Connect));
    }
    // "(received|sent) {close}; (no close frame (sent|received)|then (sent|received) {close})"
    for (first, who) in [("received ", Who::Peer), ("sent ", Who::Local)] {
        let mut from = 0;
        while let Some(at) = line[from..].find(first) {
            let start = from + at;
            from = start + first.len();
            if !super::cursor::word_start(line, start) {
                continue;
            }
            let rest = &line[from..];
            let (ours, theirs) = if who == Who::Peer {
                ("; no close frame sent", "; then sent ")
            } else {
                ("; no close frame received", "; then received ")
            };
            let (body, answer) = if let Some(body) = rest.strip_suffix(ours) {
                (body, None)
            } else if let Some(at) = rest.rfind(theirs) {
                let (answer, _) = close(&rest[at + theirs.len()..])?;
                (&rest[..at], Some(answer))
            } else {
                continue;
            };
            if let Some((code, reason)) = close(body) {
                let (received, sent) = match who {
                    Who::Peer => (Some(code), answer),
                    _ => (answer, Some(code)),
                };
                return Some(Found::code(code, who, Some(reason)).exchanged(received, sent));
            }
        }
    }
    cut_off(line)
}

/// A `ConnectionClosed` message cut off before its second half ("received 1009 (message too
/// big) Max frame length of 65536 has been exceeded." with no "; then sent ..."): the first
/// half, after the exception's name, still says which code and who.
fn cut_off(line: &str) -> Option<Found<'_>> {
    let rest = [
        "ConnectionClosedError: ",
        "ConnectionClosedOK: ",
        "ConnectionClosed: ",
    ]
    .iter()
    .find_map(|name| after(line, name))?;
    let (body, who) = match starts(rest, "received ") {
        Some(body) => (body, Who::Peer),
        None => (starts(rest, "sent ")?, Who::Local),
    };
    let (code, reason) = close(body)?;
    let found = Found::code(code, who, Some(reason));
    Some(match who {
        Who::Peer => found.exchanged(Some(code), None),
        _ => found.exchanged(None, Some(code)),
    })
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{reason, recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::PythonWebsockets,
            &[
                (
                    "websockets.exceptions.ConnectionClosedError: no close frame received or sent",
                    "1006",
                    Who::Local,
                ),
                (
                    "INFO websockets.protocol.fail_connection:613   Failing the WebSocket connection: 1002 ",
                    "1002",
                    Who::Local,
                ),
                (
                    "sent 1011 (internal error) keepalive ping timeout; no close frame received",
                    "1011",
                    Who::Local,
                ),
                (
                    "received 1001 (going away); no close frame sent",
                    "1001",
                    Who::Peer,
                ),
                (
                    "ConnectionClosedOK: received 1000 (OK) bye; then sent 1000 (OK) bye",
                    "1000",
                    Who::Peer,
                ),
                (
                    "sent 1001 (going away) shutting down; then received 1001 (going away)",
                    "1001",
                    Who::Local,
                ),
                (
                    "received 4403 (private use) forbidden; then sent 4403 (private use) forbidden",
                    "4403",
                    Who::Peer,
                ),
                (
                    "received 3000 (registered) a; b; then sent 3000 (registered)",
                    "3000",
                    Who::Peer,
                ),
                (
                    "websockets.exceptions.InvalidStatus: server rejected WebSocket connection: HTTP 429",
                    "http-429",
                    Who::Peer,
                ),
                (
                    "TimeoutError: timed out during opening handshake",
                    "timeout-connect",
                    Who::Local,
                ),
                (
                    "E   TimeoutError: timed out during handshake",
                    "timeout-connect",
                    Who::Local,
                ),
                (
                    "websockets.exceptions.ConnectionClosedError: code = 1006 (connection closed abnormally [internal]), no reason",
                    "1006",
                    Who::Local,
                ),
                (
                    "WebSocket connection is closed: code = 1005 (no status code [internal), no reason",
                    "1005",
                    Who::Peer,
                ),
                (
                    "sent 1011 (unexpected error) keepalive ping timeout; no close frame received",
                    "1011",
                    Who::Local,
                ),
                (
                    "websockets.exceptions.ConnectionClosedError: received 1009 (message too big) Max frame length of 65536 has been exceeded.",
                    "1009",
                    Who::Peer,
                ),
                (
                    "ConnectionClosedOK: code = 1000 (OK), reason = bye",
                    "1000",
                    Who::Unknown,
                ),
            ],
        );
        assert_eq!(
            reason("sent 1011 (internal error) keepalive ping timeout; no close frame received"),
            Some("keepalive ping timeout")
        );
        assert_eq!(
            reason("received 3000 (registered) a; b; then sent 3000 (registered)"),
            Some("a; b")
        );
        assert_eq!(
            reason("received 1001 (going away); no close frame sent"),
            None
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&[
            "received 1001 (bogus) bye; then sent 1001 (going away)",
            "sent 200 bytes; then received 300 bytes",
            "received 1000 (OK) bye; then sent lunch",
            "server rejected WebSocket connection: HTTP 4010",
            "presented 1000 (OK); no close frame received",
            "Failing the WebSocket connection: 10060",
            "Failing the WebSocket connection: 1006ms",
        ]);
    }
}
