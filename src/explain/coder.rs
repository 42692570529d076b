//! Go's coder/websocket (formerly nhooyr.io/websocket).
//!
//! Sources, coder/websocket `close.go` and `read.go` (v1.8.x):
//! * `CloseError.Error()`: `fmt.Sprintf("status = %v and reason = %q", ce.Code, ce.Reason)`;
//!   `StatusCode` prints through its `stringer` (`stringer.go`): `StatusGoingAway`, ...,
//!   and `StatusCode(4403)` for a code without a name.
//! * `read.go` `handleControl`: `fmt.Errorf("received close frame: %w", ce)` for a Close frame
//!   the peer sent; `"received invalid close payload: %w"` when the payload is refused, after
//!   writing `StatusProtocolError` (1002).

use super::cursor::{after, code, starts};
use super::{Found, Who, names};

pub(super) const ANCHORS: &[&str] = &["status = ", "close payload"];

/// The code `%v` of a `StatusCode` prints: `StatusGoingAway` or `StatusCode(4403)`.
fn status(s: &str) -> Option<(u16, &str)> {
    if let Some(number) = starts(s, "StatusCode(") {
        let (code, rest) = code(number)?;
        return Some((code, starts(rest, ")")?));
    }
    let name = starts(s, "Status")?;
    let end = name
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(name.len());
    Some((names::value(&name[..end])?, &name[end..]))
}

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(rest) = after(line, "received invalid close payload: ") {
        return Some(Found::code(1002, Who::Local, Some(rest)).exchanged(None, Some(1002)));
    }
    let rest = after(line, "status = ")?;
    let (code, rest) = status(rest)?;
    let reason = starts(rest, " and reason = \"")?;
    let reason = reason.strip_suffix('"').unwrap_or(reason);
    let who = if line.contains("received close frame: ") {
        Who::Peer
    } else {
        Who::Unknown
    };
    let received = (who == Who::Peer).then_some(code);
    Some(Found::code(code, who, Some(reason)).exchanged(received, None))
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{reason, recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::Coder,
            &[
                (
                    "failed to get reader: received close frame: status = StatusGoingAway and reason = \"\"",
                    "1001",
                    Who::Peer,
                ),
                (
                    "received close frame: status = StatusCode(4403) and reason = \"forbidden\"",
                    "4403",
                    Who::Peer,
                ),
                (
                    "failed to read: status = StatusPolicyViolation and reason = \"slow\"",
                    "1008",
                    Who::Unknown,
                ),
                (
                    "received invalid close payload: invalid status code 1004",
                    "1002",
                    Who::Local,
                ),
            ],
        );
        assert_eq!(
            reason("received close frame: status = StatusCode(4403) and reason = \"forbidden\""),
            Some("forbidden")
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&["job status = done and reason = none", "status = 200"]);
    }
}
