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
//! * `src/websockets/asyncio/client.py`: `TimeoutError("timed out during opening handshake")`.
//! * `src/websockets/asyncio/connection.py`: keepalive fails the connection with 1011
//!   "keepalive ping timeout" (so "sent 1011 (internal error) keepalive ping timeout; no close
//!   frame received").

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

/// `Close.__str__` at the start of `s`: the code and the reason (up to the end of `s`).
fn close(s: &str) -> Option<(u16, &str)> {
    let (code, rest) = code(s)?;
    let rest = starts(rest, " (")?;
    let rest = starts(rest, explanation(code))?;
    let rest = starts(rest, ")")?;
    let reason = match rest {
        "" => "",
        _ => starts(rest, " ")?,
    };
    Some((code, reason))
}

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if line.contains("no close frame received or sent") {
        return Some(Found::code(1006, Who::Local, None));
    }
    if let Some(rest) = after(line, "server rejected WebSocket connection: HTTP ") {
        let (status, rest) = status(rest)?;
        return rest.is_empty().then(|| Found::http(status));
    }
    if line.contains("timed out during opening handshake") {
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
            let body = if let Some(body) = rest.strip_suffix(ours) {
                body
            } else if let Some(at) = rest.rfind(theirs) {
                close(&rest[at + theirs.len()..])?;
                &rest[..at]
            } else {
                continue;
            };
            if let Some((code, reason)) = close(body) {
                return Some(Found::code(code, who, Some(reason)));
            }
        }
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
            Stack::PythonWebsockets,
            &[
                (
                    "websockets.exceptions.ConnectionClosedError: no close frame received or sent",
                    "1006",
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
        ]);
    }
}
