//! nginx's error log, proxying WebSocket upstreams.
//!
//! Sources, nginx/nginx @ 3f6f7824d4e2eb1ac37dec76683d525ac0ff521c:
//! * `src/http/ngx_http_upstream.c`: `ngx_http_upstream_upgrade` sets the log action to
//!   "proxying upgraded connection" (the WebSocket after its 101); `..._process_upgraded`:
//!   `ngx_connection_error(c, NGX_ETIMEDOUT, "upstream timed out")`; "upstream prematurely
//!   closed connection"; "no live upstreams".
//! * `src/core/ngx_log.c` `ngx_log_error_core`: the message, then `ngx_log_errno`'s " (%d:
//!   %s)" (the errno and its text), then the handler's " while " + action.
//! * The actions before an upgrade: "connecting to upstream" and "reading response header from
//!   upstream"; a failure there makes nginx answer the upgrade request with 502 (504 for a
//!   timeout), which is what the WebSocket client sees.

use super::cursor::{after, number};
use super::{Found, LoggedFailure, Timeout, Who};

pub(super) const ANCHORS: &[&str] = &[
    "proxying upgraded connection",
    "connecting to upstream",
    "header from upstream",
];

/// The failure an errno from `ngx_log_errno` (" (111: Connection refused)") names.
fn errno(message: &str) -> Option<LoggedFailure> {
    let rest = after(message, " (")?;
    let (errno, _) = number(rest, 5)?;
    Some(match errno {
        104 => LoggedFailure::Reset,
        110 => LoggedFailure::Timeout(Timeout::Unknown),
        111 => LoggedFailure::Refused,
        _ => return None,
    })
}

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    let (message, action) = if let Some(at) = line.find(" while proxying upgraded connection") {
        (&line[..at], Action::Upgraded)
    } else if let Some(at) = line.find(" while connecting to upstream") {
        (&line[..at], Action::Connecting)
    } else {
        let at = line.find(" while reading response header from upstream")?;
        (&line[..at], Action::Header)
    };
    let timed_out = message.contains("upstream timed out");
    let closed = message.ends_with("upstream prematurely closed connection");
    let failure = match action {
        Action::Upgraded if closed => return Some(Found::code(1006, Who::Peer, None)),
        Action::Upgraded if timed_out => LoggedFailure::Timeout(Timeout::Idle),
        Action::Connecting if timed_out => LoggedFailure::Timeout(Timeout::Connect),
        Action::Connecting if message.ends_with("no live upstreams") => LoggedFailure::Http(502),
        Action::Header if timed_out => LoggedFailure::Http(504),
        Action::Header if closed => LoggedFailure::Http(502),
        _ => errno(message)?,
    };
    Some(Found::failure(failure, Who::Local, None))
}

#[derive(Clone, Copy)]
enum Action {
    Upgraded,
    Connecting,
    Header,
}

#[cfg(test)]
mod tests {
    use crate::explain::{self, Stack};

    #[test]
    fn format_strings() {
        let tail = ", client: 10.0.0.1, server: example.com, request: \"GET /ws HTTP/1.1\", upstream: \"http://127.0.0.1:8080/ws\", host: \"example.com\"";
        let cases = [
            (
                "2026/11/26 02:00:00 [error] 31#31: *7 upstream timed out (110: Connection timed out) while proxying upgraded connection",
                "timeout-idle",
            ),
            (
                "2026/11/26 02:00:00 [error] 31#31: *7 recv() failed (104: Connection reset by peer) while proxying upgraded connection",
                "reset",
            ),
            (
                "2026/11/26 02:00:00 [error] 31#31: *7 upstream prematurely closed connection while proxying upgraded connection",
                "1006",
            ),
            (
                "2026/11/26 02:00:00 [error] 31#31: *7 connect() failed (111: Connection refused) while connecting to upstream",
                "refused",
            ),
            (
                "2026/11/26 02:00:00 [error] 31#31: *7 upstream timed out (110: Connection timed out) while connecting to upstream",
                "timeout-connect",
            ),
            (
                "2026/11/26 02:00:00 [error] 31#31: *7 no live upstreams while connecting to upstream",
                "http-502",
            ),
            (
                "2026/11/26 02:00:00 [error] 31#31: *7 upstream prematurely closed connection while reading response header from upstream",
                "http-502",
            ),
        ];
        for (head, id) in cases {
            let line = format!("{head}{tail}");
            let found = explain::line(&line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (found.stack, found.reported.id()),
                (Some(Stack::Nginx), id.into()),
                "{line}"
            );
        }
    }

    #[test]
    fn look_alikes() {
        explain::check::rejects(&[
            "2026/11/26 [error] open() \"/x\" failed (2: No such file or directory) while connecting to upstream",
            "2026/11/26 [info] client closed keepalive connection (104: Connection reset by peer)",
        ]);
    }
}
