//! ASP.NET Core SignalR's JavaScript client.
//!
//! Source: dotnet/aspnetcore `src/SignalR/clients/ts/signalr/src/WebSocketTransport.ts` @
//! 11a52028a91bfa3f9f7c68d5e879089afa3e91f2, `close()`: for a close that is not clean or not
//! 1000, `new Error(\`WebSocket closed with status code: ${event.code} (${event.reason}).\`)`,
//! which `HttpConnection` logs inside "Connection disconnected with error '...'". The code is
//! the browser's `CloseEvent.code`: the peer's, or 1006 when no Close frame came.

use super::cursor::{after, code, starts};
use super::{Found, Who};

pub(super) const ANCHORS: &[&str] = &["WebSocket closed with status code"];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    let rest = after(line, "WebSocket closed with status code: ")?;
    let (code, rest) = code(rest)?;
    let rest = starts(rest, " (")?;
    let end = rest.rfind(").")?;
    let who = match code {
        1006 => Who::Local,
        _ => Who::Peer,
    };
    Some(Found::code(code, who, Some(&rest[..end])))
}

#[cfg(test)]
mod tests {
    use crate::explain::{self, Reported, Stack, Who};

    #[test]
    fn format_strings() {
        let line = "[2026-11-26T02:00:00.000Z] Error: Connection disconnected with error 'Error: WebSocket closed with status code: 1006 ().'.";
        let found = explain::line(line).unwrap();
        assert_eq!(
            (found.stack, found.reported, found.who),
            (
                Some(Stack::SignalR),
                Reported::Code(1006.into()),
                Who::Local
            )
        );
        assert_eq!(found.reason, None);
        let found = explain::line(
            "Error: WebSocket closed with status code: 1011 (Server error (see logs)).",
        )
        .unwrap();
        assert_eq!(
            (found.who, found.reason),
            (Who::Peer, Some("Server error (see logs)"))
        );
    }

    #[test]
    fn look_alikes() {
        assert_eq!(
            explain::line("WebSocket closed with status code: abc (x)."),
            None
        );
        // Not SignalR's format (no reason part); the generic layer reads "status code: 1000".
        let found = explain::line("WebSocket closed with status code: 1000").map(|f| f.stack);
        assert_eq!(found, Some(None));
    }
}
