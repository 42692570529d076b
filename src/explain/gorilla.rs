//! Go's gorilla/websocket.
//!
//! Sources, gorilla/websocket @ e064f32e3674d9d79a8fd417b5bc06fa5c6cad8f:
//! * `conn.go` `CloseError.Error()`: "websocket: close " + code, then " (normal)", " (going
//!   away)", ... for the codes it names, then ": " + text when there is one.
//! * `conn.go` `errUnexpectedEOF = &CloseError{Code: CloseAbnormalClosure, Text:
//!   io.ErrUnexpectedEOF.Error()}`: "websocket: close 1006 (abnormal closure): unexpected EOF",
//!   raised by gorilla itself when the connection drops.
//! * `conn.go` `advanceFrame`: `handleProtocolError("bad close code " + strconv.Itoa(closeCode))`
//!   and `handleProtocolError("invalid utf8 payload in close frame")`; `handleProtocolError`
//!   sends a 1002 Close frame and returns `errors.New("websocket: " + message)`.
//! * `client.go`: `ErrBadHandshake = errors.New("websocket: bad handshake")`.

use super::cursor::{after, code, starts};
use super::{Found, LoggedFailure, Who};

pub(super) const ANCHORS: &[&str] = &["websocket: "];

/// The names `CloseError.Error()` gives, by code; `None` for codes it prints bare.
fn name(code: u16) -> Option<&'static str> {
    Some(match code {
        1000 => "normal",
        1001 => "going away",
        1002 => "protocol error",
        1003 => "unsupported data",
        1005 => "no status",
        1006 => "abnormal closure",
        1007 => "invalid payload data",
        1008 => "policy violation",
        1009 => "message too big",
        1010 => "mandatory extension missing",
        1011 => "internal server error",
        1015 => "TLS handshake error",
        _ => return None,
    })
}

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    let rest = after(line, "websocket: ")?;
    if let Some(rest) = starts(rest, "close ") {
        let (code, rest) = code(rest)?;
        let rest = match name(code) {
            Some(name) => starts(starts(starts(rest, " (")?, name)?, ")")?,
            None => rest,
        };
        let text = match rest {
            "" => None,
            _ => Some(starts(rest, ": ")?),
        };
        let who = match code {
            1006 => Who::Local,
            _ => Who::Peer,
        };
        return Some(Found::code(code, who, text));
    }
    if let Some(number) = starts(rest, "bad close code ") {
        // The peer's code, refused: gorilla failed the connection with 1002.
        let (received, tail) = code(number)?;
        return tail.is_empty().then(|| {
            Found::code(1002, Who::Local, Some(rest)).exchanged(Some(received), Some(1002))
        });
    }
    if rest == "invalid utf8 payload in close frame" {
        return Some(Found::code(1002, Who::Local, Some(rest)));
    }
    // A wrapper may annotate the error after it: chisel's "... bad handshake (Attempt: 1)".
    if rest == "bad handshake" || rest.starts_with("bad handshake (") {
        return Some(Found::failure(LoggedFailure::Handshake, Who::Peer, None));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{not_by, reason, recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::Gorilla,
            &[
                (
                    "read: websocket: close 1006 (abnormal closure): unexpected EOF",
                    "1006",
                    Who::Local,
                ),
                ("websocket: close 1001 (going away)", "1001", Who::Peer),
                (
                    "websocket: close 1000 (normal): bye: now",
                    "1000",
                    Who::Peer,
                ),
                ("websocket: close 4001: token expired", "4001", Who::Peer),
                ("websocket: close 1012", "1012", Who::Peer),
                ("websocket: bad close code 1005", "1002", Who::Local),
                (
                    "websocket: invalid utf8 payload in close frame",
                    "1002",
                    Who::Local,
                ),
                ("dial: websocket: bad handshake", "handshake", Who::Peer),
                (
                    "client: Connection error: websocket: bad handshake (Attempt: 2)",
                    "handshake",
                    Who::Peer,
                ),
            ],
        );
        assert_eq!(
            reason("websocket: close 1000 (normal): bye: now"),
            Some("bye: now")
        );
        assert_eq!(
            reason("websocket: bad close code 1005"),
            Some("bad close code 1005")
        );
        assert_eq!(reason("websocket: close 1001 (going away)"), None);
        let refused = crate::explain::line("websocket: bad close code 1014").unwrap();
        assert_eq!(
            (refused.received, refused.sent),
            (Some(1014.into()), Some(1002.into()))
        );
    }

    #[test]
    fn look_alikes() {
        // A wrong name is not gorilla's format; the generic layer still reads "close 1006".
        not_by(Stack::Gorilla, &["websocket: close 1006 (normal): x"]);
        rejects(&[
            "websocket: close sent",
            "websocket: close 1001 going away",
            "websocket: close 99999",
            "websocket: bad close code",
            "websocket: read limit exceeded",
            "websocket: bad handshakes",
        ]);
    }
}
