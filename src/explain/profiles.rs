//! The codes of two protocols over WebSocket, recognized by their code and reason together:
//! graphql-ws and Discord's gateway. Applications log the close event in formats of their own,
//! so a line counts when it holds one of these codes followed (within a few characters) by the
//! reason the protocol sends with it.
//!
//! graphql-ws, enisdenjo/graphql-ws @ af4f5c9df60d6b73667d7d90ad1b1c851d22b482: `src/common.ts`
//! `CloseCode`; the reasons from `src/server.ts` (`socket.close(CloseCode.BadRequest, 'Invalid
//! message received')`, 'Forbidden', 'Unauthorized', 'Subprotocol not acceptable', 'Connection
//! initialisation timeout', 'Too many initialisation requests', `Subscriber for ${id} already
//! exists`) and `src/client.ts` ('Connection acknowledgement timeout', 'Internal client
//! error', 'Bad response', and `TerminatedCloseEvent`'s message '4499: Terminated'), and
//! 'Internal server error' (`src/use/*.ts`).
//!
//! Discord, discord/discord-api-docs @ c98d64bc233833839cf0d8d369e81b77f21ade60:
//! `developers/topics/opcodes-and-status-codes.mdx`, the gateway close event codes table
//! (code and description; the gateway sends the description as the reason).

use super::Found;
use super::Who;
use super::cursor::{code, word_start};
use crate::explain::ProfileHint;

/// graphql-ws's codes and reasons; a `{id}` reason is matched by its fixed ends.
const GRAPHQL_WS: [(u16, &str); 12] = [
    (4400, "Invalid message received"),
    (4401, "Unauthorized"),
    (4403, "Forbidden"),
    (4406, "Subprotocol not acceptable"),
    (4408, "Connection initialisation timeout"),
    (4409, "Subscriber for {id} already exists"),
    (4429, "Too many initialisation requests"),
    (4500, "Internal server error"),
    (4504, "Connection acknowledgement timeout"),
    (4005, "Internal client error"),
    (4004, "Bad response"),
    (4499, "Terminated"),
];

/// Discord's gateway close codes and descriptions.
const DISCORD: [(u16, &str); 14] = [
    (4000, "Unknown error"),
    (4001, "Unknown opcode"),
    (4002, "Decode error"),
    (4003, "Not authenticated"),
    (4004, "Authentication failed"),
    (4005, "Already authenticated"),
    (4007, "Invalid seq"),
    (4008, "Rate limited"),
    (4009, "Session timed out"),
    (4010, "Invalid shard"),
    (4011, "Sharding required"),
    (4012, "Invalid API version"),
    (4013, "Invalid intent(s)"),
    (4014, "Disallowed intent(s)"),
];

pub(super) const ANCHORS: &[&str] = &[
    "nvalid ",
    "uthenticat",
    "Unauthorized",
    "Forbidden",
    "Subprotocol not",
    "timeout",
    "timed out",
    "already exists",
    "Too many init",
    "nternal ",
    "Bad response",
    "Terminated",
    "Unknown ",
    "Decode error",
    "Rate limited",
    "Sharding required",
    "intent(s)",
];

/// Whether `reason` is the table's `expected` (a `{id}` stands for any text), ignoring a
/// trailing period.
fn same_reason(expected: &str, reason: &str) -> bool {
    let reason = reason.strip_suffix('.').unwrap_or(reason);
    match expected.split_once("{id}") {
        Some((head, tail)) => {
            reason.len() > head.len() + tail.len()
                && reason.starts_with(head)
                && reason.ends_with(tail)
        }
        None => reason == expected,
    }
}

/// The profile a code and reason from another stack's line belong to.
pub(super) fn profile_of(code: u16, reason: Option<&str>) -> Option<ProfileHint> {
    let reason = reason?;
    if GRAPHQL_WS
        .iter()
        .any(|&(c, r)| c == code && same_reason(r, reason))
    {
        Some(ProfileHint::GraphqlWs)
    } else if DISCORD
        .iter()
        .any(|&(c, r)| c == code && same_reason(r, reason))
    {
        Some(ProfileHint::Discord)
    } else {
        None
    }
}

/// `s` after up to six separator characters (" - ", ": ", ", '", "=\"").
fn separators(s: &str) -> &str {
    let gap = s
        .bytes()
        .take(6)
        .take_while(|b| matches!(b, b' ' | b':' | b'-' | b'(' | b',' | b'=' | b'"' | b'\''))
        .count();
    &s[gap..]
}

/// A code of `table` in `line`, followed within a few separator characters by its reason.
fn find<'a>(line: &'a str, table: &[(u16, &str)]) -> Option<Found<'a>> {
    let bytes = line.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'4' && word_start(line, at) {
            if let Some((number, rest)) = code(&line[at..]) {
                let text = separators(rest);
                let text = text.strip_prefix("reason").map_or(text, separators);
                for &(c, reason) in table.iter().filter(|(c, _)| *c == number) {
                    let matched = match reason.split_once("{id}") {
                        Some((head, tail)) => text.starts_with(head).then(|| {
                            let end = text.find(tail).map(|i| i + tail.len())?;
                            Some(&text[..end])
                        }),
                        None => text
                            .starts_with(reason)
                            .then(|| Some(&text[..reason.len()])),
                    };
                    if let Some(Some(reason)) = matched {
                        let after = text.as_bytes().get(reason.len());
                        if !after.is_some_and(u8::is_ascii_alphanumeric) {
                            return Some(Found::code(c, Who::Unknown, Some(reason)));
                        }
                    }
                }
            }
        }
        at += 1;
    }
    None
}

pub(super) fn graphql_ws(line: &str) -> Option<Found<'_>> {
    find(line, &GRAPHQL_WS)
}

pub(super) fn discord(line: &str) -> Option<Found<'_>> {
    find(line, &DISCORD)
}

#[cfg(test)]
mod tests {
    use crate::explain::{self, ProfileHint, Reported, Stack};

    #[test]
    fn graphql_ws_codes() {
        let cases = [
            (
                "Socket closed with event 4400 Invalid message received",
                4400,
            ),
            ("CloseEvent: 4401: Unauthorized", 4401),
            ("TerminatedCloseEvent: 4499: Terminated", 4499),
            ("closed (4409, 'Subscriber for 1 already exists')", 4409),
            (
                "ws closed code=4408 reason=\"Connection initialisation timeout\"",
                4408,
            ),
        ];
        for (line, code) in cases {
            let found = explain::line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (found.stack, found.profile),
                (Some(Stack::GraphqlWs), Some(ProfileHint::GraphqlWs)),
                "{line}"
            );
            assert_eq!(found.reported, Reported::Code(code.into()), "{line}");
        }
    }

    #[test]
    fn discord_codes() {
        let found = explain::line("Shard 0 closed: 4004 Authentication failed.").unwrap();
        assert_eq!(
            (found.stack, found.profile),
            (Some(Stack::Discord), Some(ProfileHint::Discord))
        );
        assert_eq!(found.reported, Reported::Code(4004.into()));
        let found = explain::line("gateway closed 4014 - Disallowed intent(s)").unwrap();
        assert_eq!(found.reported, Reported::Code(4014.into()));
    }

    #[test]
    fn profile_from_another_stack() {
        let found = explain::line(
            "received 4403 (private use) Forbidden; then sent 4403 (private use) Forbidden",
        )
        .unwrap();
        assert_eq!(
            (found.stack, found.profile),
            (Some(Stack::PythonWebsockets), Some(ProfileHint::GraphqlWs))
        );
        let found = explain::line("websocket: close 4004: Authentication failed.").unwrap();
        assert_eq!(
            (found.stack, found.profile),
            (Some(Stack::Gorilla), Some(ProfileHint::Discord))
        );
        let found = explain::line("websocket: close 4004: Bad response").unwrap();
        assert_eq!(found.profile, Some(ProfileHint::GraphqlWs));
    }

    #[test]
    fn look_alikes() {
        explain::check::rejects(&[
            "GET /admin 403 Forbidden",
            "HTTP/1.1 401 Unauthorized",
            "took 4401 ms: Unauthorized",
            "14004 Authentication failed",
            "4004 Authentication failedness",
        ]);
    }
}
