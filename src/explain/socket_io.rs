//! socket.io's disconnect reasons.
//!
//! Sources, socketio/socket.io @ d2d753fed4435015c2d83fe62e676b44e07fa3f7: the reasons a
//! `disconnect` listener receives, `packages/socket.io-client/lib/socket.ts`
//! (`Socket.DisconnectReason`: "io server disconnect", "io client disconnect", "ping timeout",
//! "transport close", "transport error", "parse error") and `packages/socket.io/lib/socket-types.ts`
//! (`DisconnectReason`: also "forced close", "server shutting down", "forced server close",
//! "server namespace disconnect", "client namespace disconnect"). socket.io prints no line of its
//! own but for `debug` lines: applications log the reason, so a line counts when it names one
//! of these reasons and says "disconnect" (any case) elsewhere, or when the reason ends the
//! server's debug lines `packages/socket.io/lib/client.ts` `debug("client close with reason
//! %s", reason)` and `lib/socket.ts` `debug("closing socket - reason %s", reason)` (printed
//! "socket.io:socket closing socket - reason ping timeout +6s", socketio/socket.io#3191).
//!
//! socket.io has no close codes; each reason maps to the code of the same meaning: the other
//! side's deliberate disconnect to 1000 from the peer, the own side's to 1000 locally, a server
//! shutting down to 1001, a dropped transport to 1006, an undecodable packet to 1002, and a
//! missed heartbeat to an idle timeout.

use super::cursor::contains_ignore_case;
use super::{Found, LoggedFailure, Timeout, Who};

pub(super) const ANCHORS: &[&str] = &["isconnect"];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    const REASONS: [(&str, Option<(u16, Who)>); 11] = [
        ("io server disconnect", Some((1000, Who::Peer))),
        ("io client disconnect", Some((1000, Who::Local))),
        ("server namespace disconnect", Some((1000, Who::Peer))),
        ("client namespace disconnect", Some((1000, Who::Local))),
        ("forced server close", Some((1000, Who::Peer))),
        ("server shutting down", Some((1001, Who::Peer))),
        ("forced close", Some((1000, Who::Local))),
        ("transport close", Some((1006, Who::Local))),
        ("transport error", Some((1006, Who::Local))),
        ("parse error", Some((1002, Who::Local))),
        ("ping timeout", None),
    ];
    for (reason, meaning) in REASONS {
        let Some(at) = line.find(reason) else {
            continue;
        };
        let end = at + reason.len();
        let bounded = super::cursor::word_start(line, at)
            && !line
                .as_bytes()
                .get(end)
                .is_some_and(u8::is_ascii_alphanumeric);
        let outside = format!("{}{}", &line[..at], &line[end..]);
        let debug = ["client close with reason ", "closing socket - reason "]
            .iter()
            .any(|debug| line[..at].ends_with(debug));
        if !bounded || !(debug || contains_ignore_case(&outside, "disconnect")) {
            continue;
        }
        let reason = &line[at..end];
        return Some(match meaning {
            Some((code, who)) => Found::code(code, who, Some(reason)),
            None => Found::failure(
                LoggedFailure::Timeout(Timeout::Idle),
                Who::Local,
                Some(reason),
            ),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::SocketIo,
            &[
                (
                    "socket disconnected: io server disconnect",
                    "1000",
                    Who::Peer,
                ),
                ("disconnect: io client disconnect", "1000", Who::Local),
                ("Disconnected (reason: transport close)", "1006", Who::Local),
                ("disconnect ping timeout", "timeout-idle", Who::Local),
                (
                    "  socket.io:client client close with reason ping timeout +6s",
                    "timeout-idle",
                    Who::Local,
                ),
                (
                    "socket.io:socket closing socket - reason transport close +0ms",
                    "1006",
                    Who::Local,
                ),
                (
                    "[socket.io] disconnect: server shutting down",
                    "1001",
                    Who::Peer,
                ),
                (
                    "client abc disconnected, reason: parse error",
                    "1002",
                    Who::Local,
                ),
            ],
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&[
            "json parse error at line 3",
            "transport closed",
            "ping timeout after 20000 ms",
            "disconnect: transport closed",
            "closing socket - reason transport closed",
            "socket close with reason ping timeout",
        ]);
    }
}
