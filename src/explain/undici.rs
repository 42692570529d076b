//! Node's undici WebSocket (Node's built-in `WebSocket` is undici's).
//!
//! Sources, nodejs/undici @ 7eb7c8ec8f23acd9c3da93a286162f8c1dc68326:
//! * `lib/core/diagnostics.js` `trackWebSocketEvents` (`NODE_DEBUG=websocket`): "closed
//!   connection to %s - %s %s" with the URL, the code and the reason.
//! * `lib/web/websocket/websocket.js` `#onSocketClose`: the code is the received Close frame's
//!   (1005 when it had none), or 1006 when no Close frame was received.

use super::cursor::{after, code, starts};
use super::{Found, Who};

pub(super) const ANCHORS: &[&str] = &["closed connection to ws"];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    let rest = after(line, "closed connection to ")?;
    if !(rest.starts_with("ws://") || rest.starts_with("wss://")) {
        return None;
    }
    let rest = after(rest, " - ")?;
    let (code, rest) = code(rest)?;
    let reason = match rest {
        "" => None,
        rest => Some(starts(rest, " ")?),
    };
    let who = match code {
        1006 => Who::Local,
        _ => Who::Peer,
    };
    Some(Found::code(code, who, reason))
}

#[cfg(test)]
mod tests {
    use crate::explain::{self, Reported, Stack, Who};

    #[test]
    fn format_strings() {
        let found = explain::line(
            "WEBSOCKET 4242: closed connection to wss://example.com/ws - 1001 restarting",
        )
        .unwrap();
        assert_eq!(
            (found.stack, found.reported, found.who),
            (Some(Stack::Undici), Reported::Code(1001.into()), Who::Peer)
        );
        assert_eq!(found.reason, Some("restarting"));
        let dropped =
            explain::line("WEBSOCKET 4242: closed connection to ws://localhost:8080/ - 1006 ")
                .unwrap();
        assert_eq!((dropped.who, dropped.reason), (Who::Local, None));
    }

    #[test]
    fn look_alikes() {
        assert_eq!(
            explain::line("closed connection to wss://x - port 443"),
            None
        );
        assert_eq!(explain::line("closed connection to db - 1006 x"), None);
    }
}
